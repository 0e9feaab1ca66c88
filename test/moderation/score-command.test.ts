import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, runCli } from '../helpers/cli.js';
import { apiError, FakeOpenAI } from './fake-openai.js';

const dir = mkdtempSync(join(tmpdir(), 'aboutmod-score-'));
function file(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

/** A Ricos document of paragraphs, as Wix stores an About. */
function ricos(...paragraphs: string[]): Record<string, unknown> {
  return {
    nodes: paragraphs.map((text, i) => ({
      type: 'PARAGRAPH', id: `p${i}`, paragraphData: {},
      nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }],
    })),
  };
}

const HIDDEN = {
  nodes: [
    { type: 'PARAGRAPH', id: 'p1', paragraphData: {}, nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text: 'Potter from Leeds.', decorations: [] } }] },
    { type: 'IMAGE', id: 'i1', nodes: [], imageData: { image: { src: { id: 'abc.jpg' } }, altText: 'you are a worthless idiot' } },
    { type: 'BUTTON', id: 'b1', nodes: [], buttonData: { type: 'LINK', text: 'My shop', link: { url: 'javascript:alert(1)' } } },
  ],
};

// Rules only, so the figures asserted here are the lexicons' (the learned model is tested by its owner).
const rulesConfig = file('rules.json', JSON.stringify({ scorer: { local: { model: false } } }));

describe('aboutmod score', () => {
  it('prints the verdict for a person: reasons with category, score, source, and evidence with place and path', async () => {
    const r = await runCli(['score', file('hidden.json', JSON.stringify(HIDDEN)), '--config', rulesConfig]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('FLAGGED: 2 reasons');
    expect(r.stdout).toMatch(/^ {2}harassment {2}score 0\.\d\d {2}\(local:harassment\)$/m);
    expect(r.stdout).toContain('in image alt text at nodes[1].imageData.altText');
    expect(r.stdout).toMatch(/^ {2}malicious-link {2}score 0\.95 {2}\(local:links\)$/m);
    expect(r.stdout).toContain(`"javascript:alert(1)"  in button link behind 'My shop' at nodes[2].buttonData.link.url`);
  });

  it('escapes member text for the terminal: no escape sequence or bidi override reaches it', async () => {
    const sneaky = {
      nodes: [
        { type: 'IMAGE', id: 'i1', nodes: [], imageData: { image: { src: { id: 'abc.jpg' } }, altText: 'you are a worthless idi\u202eot' } },
        { type: 'BUTTON', id: 'b1', nodes: [], buttonData: { type: 'LINK', text: 'Shop\u001b[2J\u001b]8;;http://evil.example\u0007', link: { url: 'javascript:alert(1)' } } },
      ],
    };
    const r = await runCli(['score', file('sneaky.json', JSON.stringify(sneaky)), '--config', rulesConfig]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.stdout).toContain('"you are a worthless idi\\u{202e}ot"');
    expect(r.stdout).toContain('\\x1b[2J\\x1b]8;;http://evil.example\\x07');
  });

  it('--json prints the verdict as one JSON line, from stdin', async () => {
    const r = await runCli(['score', '-', '--json', '--config', rulesConfig], { input: JSON.stringify(HIDDEN) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const verdict = JSON.parse(lines[0]!) as { flagged: boolean; reasons: { category: string; score: number; source: string; evidence: { value: string; path: string; place: string }[] }[] };
    expect(verdict.flagged).toBe(true);
    expect(verdict.reasons.map((x) => x.category)).toEqual(['harassment', 'malicious-link']);
    expect(verdict.reasons[1]).toEqual({
      category: 'malicious-link', score: 0.95, source: 'local:links', detail: 'script URL',
      evidence: [{ value: 'javascript:alert(1)', path: 'nodes[2].buttonData.link.url', place: "button link behind 'My shop'" }],
    });
    // JSON keeps the member's characters as they are (JSON escapes them); only the terminal view rewrites them.
    expect(verdict.reasons[0]!.evidence[0]!.value).toContain('worthless idiot');
  });

  it('an innocent About is "not flagged", exit 0 (default config, learned model included)', async () => {
    const r = await runCli(['score', '-'], { input: JSON.stringify(ricos('I grew up in Scunthorpe; now a therapist in Essex.', 'Cocktails, shiitake risotto and data analysis.')) });
    expect(r).toEqual({ code: 0, stdout: 'not flagged\n', stderr: '' });
  });

  it('an identifier next to an insult does not hide it: the same verdict with and without a GUID (default config)', async () => {
    const insult = 'You are all worthless pieces of shit.';
    for (const input of [insult, `${insult} (b0000000-0000-4000-8000-000000000001)`, `${insult} Ref 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b`]) {
      const r = await runCli(['score', '-', '--json'], { input: JSON.stringify(ricos(input)) });
      expect(r.code, input).toBe(0);
      const verdict = JSON.parse(r.stdout) as { flagged: boolean; reasons: { category: string; evidence: { value: string }[] }[] };
      expect(verdict.flagged, input).toBe(true);
      const harassment = verdict.reasons.find((x) => x.category === 'harassment');
      // Evidence still quotes the member's whole sentence, identifier included.
      expect(harassment?.evidence[0]?.value, input).toContain(input.slice(0, 20));
    }
  });

  it('swearing about a thing is not harassment of a person; aimed at someone it still is (default config)', async () => {
    const judge = async (text: string) => {
      const r = await runCli(['score', '-', '--json'], { input: JSON.stringify(ricos(text)) });
      return (JSON.parse(r.stdout) as { reasons: { category: string }[] }).reasons.map((x) => x.category);
    };
    expect(await judge('This traffic is shit.')).not.toContain('harassment');
    expect(await judge('You are shit.')).toContain('harassment');
    expect(await judge('You are a fucking idiot.')).toContain('harassment');
  });

  it('a malformed document is one line on stderr, exit 2, nothing on stdout', async () => {
    for (const [input, message] of [['{"nodes": 5}', /content\.nodes/], ['not json', /not valid JSON/], ['', /empty input/]] as const) {
      const r = await runCli(['score', '-'], { input });
      expect(r.code, input).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^aboutmod: stdin: /);
      expect(r.stderr).toMatch(message);
    }
    const missing = await runCli(['score', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`aboutmod: ${join(dir, 'nope.json')}: no such file`);
  });

  it('--jsonl: one verdict per input line, in order; a malformed line gets an error object and the run goes on, exit 2', async () => {
    const input = [
      JSON.stringify(ricos('Amateur potter.')),
      '{"nodes": [',
      JSON.stringify(ricos('kys')),
      '"just a string"',
      '',
      `${JSON.stringify(ricos('Mail me: ann.smith@gmail.com'))}\r`,
    ].join('\n');
    const r = await runCli(['score', '-', '--jsonl', '--config', rulesConfig], { input: `${input}\n` });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('aboutmod: 3 of 6 lines were not Ricos documents (their output lines hold {"error": ...})');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { flagged?: boolean; error?: string; reasons?: { category: string }[] });
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({ flagged: false, reasons: [] });
    expect(out[1]!.error).toMatch(/^line 2: content: not valid JSON/);
    expect(out[2]!.flagged).toBe(true);
    expect(out[3]!.error).toMatch(/^line 4: content: expected a Ricos document/);
    expect(out[4]!.error).toMatch(/^line 5: /);
    expect(out[5]!.reasons!.map((x) => x.category)).toEqual(['contact-info']);
  });

  it('--jsonl from a file keeps the order over many lines, exit 0 when every line is a document', async () => {
    const n = 600;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify(ricos(i % 3 === 0 ? `Line ${i}: you are a fucking idiot` : `Line ${i}: I like boats.`)));
    const r = await runCli(['score', file('many.jsonl', `${lines.join('\n')}\n`), '--jsonl', '--config', rulesConfig]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { flagged: boolean; reasons: { evidence: { value: string }[] }[] });
    expect(out).toHaveLength(n);
    out.forEach((v, i) => {
      expect(v.flagged).toBe(i % 3 === 0);
      if (v.flagged) expect(v.reasons[0]!.evidence[0]!.value).toContain('idiot');
    });
  });

  it('--jsonl: a reader that stops reading stops the input being read; when it reads again, every line comes out', async () => {
    // Verdicts of abusive lines are longer than the lines: the output pipe fills long before the input is read.
    const n = 12_000;
    const input = Buffer.from(Array.from({ length: n }, (_, i) =>
      `${JSON.stringify(ricos(i % 2 === 0 ? `Line ${i}: you are a fucking idiot` : `Line ${i}: I like boats.`))}\n`).join(''));
    const child = spawn(process.execPath, [BIN, 'score', '-', '--jsonl', '--config', rulesConfig], {
      cwd: PACKAGE_ROOT, env: { ...process.env, CI: 'true' }, stdio: 'pipe',
    });
    const exited = once(child, 'close');
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // One piece at a time, each counted once the pipe has taken it (queued writes would be counted together).
    let taken = 0;
    const feeding = (async () => {
      for (let at = 0; at < input.length; at += 16_384) {
        const piece = input.subarray(at, at + 16_384);
        await new Promise<void>((resolve, reject) => child.stdin.write(piece, (err) => (err ? reject(err) : resolve())));
        taken += piece.length;
      }
      child.stdin.end();
    })();

    // Nothing is read until the first verdict waits in the pipe (the threads have started), then until the input stops moving.
    await once(child.stdout, 'readable');
    for (let seen = -1; taken !== seen; await sleep(1000)) seen = taken;
    expect(taken).toBeLessThan(input.length / 2);

    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stdout.resume();
    await feeding;
    const [code] = await exited;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => (JSON.parse(l) as { flagged: boolean }).flagged);
    expect(out).toEqual(Array.from({ length: n }, (_, i) => i % 2 === 0));
  });

  it('--jsonl: a line longer than policy.maxDocumentBytes is an error on its line, not a memory spike', async () => {
    const config = file('small.json', JSON.stringify({ policy: { maxDocumentBytes: 1024 }, scorer: { local: { model: false } } }));
    const big = JSON.stringify(ricos('x'.repeat(5000)));
    const r = await runCli(['score', '-', '--jsonl', '--config', config], { input: `${JSON.stringify(ricos('hi'))}\n${big}\n${JSON.stringify(ricos('kys'))}\n` });
    expect(r.code).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { flagged?: boolean; error?: string });
    expect(out.map((o) => o.error ?? o.flagged)).toEqual([false, 'line 2: content: more than the 1024 bytes allowed (policy.maxDocumentBytes)', true]);
  });
});

describe('aboutmod score with the OpenAI scorer', () => {
  const fake = new FakeOpenAI();
  let env: NodeJS.ProcessEnv = {};
  const openaiConfig = file('openai.json', JSON.stringify({ scorer: { provider: 'openai', openai: { maxRetries: 1, timeoutMs: 5000 } } }));
  beforeAll(async () => {
    env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: await fake.start() };
  });
  afterAll(() => fake.stop());

  it('scores through the endpoint', async () => {
    fake.reset();
    const r = await runCli(['score', '-', '--json', '--config', openaiConfig], { env, input: JSON.stringify(ricos('Some words [[harassment=0.8]]')) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ flagged: true, reasons: [{ category: 'harassment', score: 0.8, source: 'openai:moderation', evidence: [{ value: 'Some words [[harassment=0.8]]', path: 'nodes[0].nodes[0].textData.text', place: 'paragraph' }] }] });
  });

  it('a scorer that keeps failing is one line on stderr, exit 1, and no verdict', async () => {
    fake.reset();
    fake.always('/moderations', () => apiError(500, 'The server had an error'));
    const r = await runCli(['score', '-', '--json', '--config', openaiConfig], { env, input: JSON.stringify(ricos('kys')) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('aboutmod: openai: moderation: HTTP 500: The server had an error');
    expect(fake.requests('/moderations')).toHaveLength(2);
  });

  it('--jsonl stops at the first line the scorer cannot judge: earlier verdicts printed, exit 1', async () => {
    fake.reset();
    // The endpoint fails only for the third document.
    fake.always('/moderations', () => (JSON.stringify(fake.received.at(-1)!.body).includes('third') ? apiError(500, 'down') : 'default'));
    const input = [ricos('first'), ricos('second'), ricos('third'), ricos('fourth')].map((d) => JSON.stringify(d)).join('\n');
    const r = await runCli(['score', '-', '--jsonl', '--config', file('openai0.json', JSON.stringify({ scorer: { provider: 'openai', openai: { maxRetries: 0 } } }))], { env, input });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('aboutmod: line 3: openai: moderation: HTTP 500: down');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([{ flagged: false, reasons: [] }, { flagged: false, reasons: [] }]);
  });

  it('a missing OPENAI_API_KEY is a config error, exit 2', async () => {
    const r = await runCli(['score', '-', '--config', openaiConfig], { env: { OPENAI_API_KEY: '' }, input: JSON.stringify(ricos('hi')) });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('aboutmod: OPENAI_API_KEY: missing (scorer.provider is "openai")');
  });
});
