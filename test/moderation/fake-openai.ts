import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received, as sent on the wire by the `openai` package. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** What the fake answers: a status, a JSON body and headers; `hang` never answers (for timeouts); `default` as if unscripted. */
export type Reply = { status: number; body: unknown; headers?: Record<string, string> } | 'hang' | 'default';

const CATEGORIES = [
  'harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent', 'self-harm',
  'self-harm/intent', 'self-harm/instructions', 'sexual', 'sexual/minors', 'violence', 'violence/graphic',
] as const;

/**
 * A moderation result for one input: every category 0.001 except those the input names in the form
 * `[[hate=0.45]]` (text) or `#hate=0.45` in an image URL, so tests choose the scores the "model" gives.
 */
export function moderationResult(input: string): Record<string, unknown> {
  const scores: Record<string, number> = Object.fromEntries(CATEGORIES.map((c) => [c, 0.001]));
  for (const m of input.matchAll(/(?:\[\[|#)([a-z/-]+)=([0-9.]+)/g)) scores[m[1]!] = Number(m[2]);
  return {
    flagged: Object.values(scores).some((s) => s > 0.5),
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, scores[c]! > 0.5])),
    category_scores: scores,
    category_applied_input_types: Object.fromEntries(CATEGORIES.map((c) => [c, ['text']])),
  };
}

/** A chat completion whose message content is `content` (the JSON verdict), as OpenAI sends it. */
export function completion(content: unknown, extra: { refusal?: string; finish_reason?: string } = {}): unknown {
  return {
    id: 'chatcmpl-1', object: 'chat.completion', created: 1_700_000_000, model: 'gpt-4o-mini',
    choices: [{
      index: 0,
      message: { role: 'assistant', content: extra.refusal ? null : JSON.stringify(content), refusal: extra.refusal ?? null },
      logprobs: null, finish_reason: extra.finish_reason ?? 'stop',
    }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

export function apiError(status: number, message: string, code: string | null = null): Reply {
  return { status, body: { error: { message, type: 'server_error', param: null, code } }, headers: { 'retry-after-ms': '0' } };
}

/**
 * An OpenAI-compatible HTTP server on a free local port. Each path has a queue of scripted replies;
 * when it is empty, moderations answer from the inputs (moderationResult) and chat completions with
 * "no rule broken". Every request is recorded.
 */
export class FakeOpenAI {
  readonly received: Received[] = [];
  private readonly scripts = new Map<string, Reply[]>();
  private server?: Server;
  private fallback = new Map<string, () => Reply>();
  private readonly pending = new Set<import('node:http').ServerResponse>();
  private holding = false;
  private readonly held: Array<() => void> = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (d: string) => (raw += d)).on('end', () => {
        const path = (req.url ?? '').replace(/^\/v1/, '');
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        this.received.push({ path, headers: req.headers, body });
        const scripted = this.scripts.get(path)?.shift() ?? this.fallback.get(path)?.() ?? 'default';
        const reply = scripted === 'default' ? this.defaultReply(path, body) : scripted;
        if (reply === 'hang') {
          this.pending.add(res);
          return;
        }
        const requestId = `req_${this.received.length}`;
        const send = () => {
          res.writeHead(reply.status, { 'content-type': 'application/json', 'x-request-id': requestId, ...reply.headers });
          res.end(JSON.stringify(reply.body));
        };
        if (this.holding) this.held.push(send);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Queue replies for a path ('/moderations', '/chat/completions'), used before the defaults. */
  script(path: string, ...replies: Reply[]): void {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...replies]);
  }

  /** Replace the default reply of a path for the rest of the test. */
  always(path: string, reply: () => Reply): void {
    this.fallback.set(path, reply);
  }

  /** Replies wait until release(): a scorer client stays paused between sending a document and its verdict. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    this.held.splice(0).forEach((send) => send());
  }

  requests(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  reset(): void {
    this.received.length = 0;
    this.scripts.clear();
    this.fallback.clear();
  }

  async stop(): Promise<void> {
    for (const res of this.pending) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private defaultReply(path: string, body: Record<string, unknown>): Exclude<Reply, 'default'> {
    if (path === '/moderations') {
      const input = body.input as (string | { type: string; image_url?: { url: string } })[];
      const texts = input.map((i) => (typeof i === 'string' ? i : i.image_url?.url ?? ''));
      return { status: 200, body: { id: 'modr-1', model: 'omni-moderation-2024-09-26', results: texts.map(moderationResult) } };
    }
    if (path === '/chat/completions') return { status: 200, body: completion({ violates: false, rules: [], explanation: 'No rule is broken.', quotes: [] }) };
    return { status: 404, body: { error: { message: `no route ${path}`, type: 'invalid_request_error', param: null, code: null } } };
  }
}
