import PQueue from 'p-queue';
import type { Config } from '../config/schema.js';
import { wixCredentials, type WixCredentials } from '../config/secrets.js';
import type { Logger } from '../log.js';
import { createWixAuth, type TokenCache, type TokenGrant, type WixAuth } from './auth.js';
import { WixAuthError, WixError, WixNotFound, WixUnreachable, wixErrorFromResponse } from './errors.js';
import { DEFAULT_BACKOFF, isRetryableStatus, retryDelayMs, type BackoffOptions } from './retry-policy.js';
import type { AboutPage, Member, MemberAbout, WixApi } from './types.js';

export interface WixClientOptions {
  /** e.g. https://www.wixapis.com, or the emulator's URL. */
  baseUrl: string;
  /** Abouts per query page (Wix allows at most 100). */
  pageSize: number;
  /** Requests in flight at once, across every caller of this client. */
  concurrency: number;
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Retries after the first attempt for transient failures (429, 500, 503, 504, no answer). */
  maxRetries: number;
  credentials: WixCredentials;
  logger?: Logger;
  /** Backoff schedule; tests shorten it. */
  backoff?: BackoffOptions;
  /** OAuth tokens shared with other processes (many workers, one token per instance). */
  tokenCache?: TokenCache;
  /** Requests started in any one second at most, retries included (one site's budget in a worker process); none by default. */
  requestsPerSecond?: number;
}

/** Counters for the scan summary and the bench: logical calls by kind, plus retried attempts. */
export interface WixClientStats {
  query: number;
  get: number;
  update: number;
  member: number;
  token: number;
  email: number;
  retries: number;
}

/** The client as other stages see it: WixApi plus the richer counters. */
export interface WixClient extends WixApi {
  readonly stats: WixClientStats;
}

/** Wix's Triggered Emails "email member" call (the Velo emailMember equivalent). */
export const TRIGGERED_EMAIL_PATH = '/_api/shoutout/v1/emailMember';

/** `id $in` lists are sent in chunks of this size so a long --only list makes no huge filter. */
const ID_CHUNK = 100;

interface RawResponse {
  status: number;
  body: unknown;
  requestId: string | undefined;
  retryAfter: string | null;
}

/** A Wix REST client over global fetch (wix-api.md): paging, revision-safe updates, auth, retries. */
export function createWixClient(options: WixClientOptions): WixClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const queue = new PQueue({
    concurrency: options.concurrency,
    // Strict: a sliding window. p-queue's fixed windows can reset twice at a boundary and let a second
    // window's worth through at once (seen as 22 requests in 3 s at a cap of 5).
    ...(options.requestsPerSecond ? { intervalCap: options.requestsPerSecond, interval: 1000, strict: true } : {}),
  });
  const stats: WixClientStats = { query: 0, get: 0, update: 0, member: 0, token: 0, email: 0, retries: 0 };

  /** One HTTP exchange inside a queue slot: the body is read before the slot is given back. */
  const exchange = (method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<RawResponse> =>
    queue.add(async () => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        // The SDK sends Content-Type only with a body; GET and DELETE have none (wix-api.md section 1).
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined; // gateways answer HTML on some 5xx; the status decides what happens next
      }
      return {
        status: res.status,
        body: parsed,
        requestId: res.headers.get('x-wix-request-id') ?? undefined,
        retryAfter: res.headers.get('retry-after'),
      };
    });

  /**
   * Sends one logical request, retrying transient failures with backoff; a 401 on an OAuth token
   * gets exactly one fresh token (not counted as a retry). Anything but 200 ends as a typed error.
   */
  const send = async (
    what: string,
    method: string,
    path: string,
    body: unknown,
    auth: WixAuth | undefined,
  ): Promise<unknown> => {
    let refreshed = false;
    // `attempt` counts only retries of transient failures: the resend after a token refresh is not one.
    let attempt = 0;
    for (;;) {
      const credentials = auth ? await auth.headers() : undefined;
      let res: RawResponse;
      try {
        res = await exchange(method, path, credentials?.headers ?? {}, body);
      } catch (err) {
        if (attempt < options.maxRetries) {
          await pause(what, attempt++, null, `no answer (${describeNetworkError(err)})`);
          continue;
        }
        throw new WixUnreachable(`Wix at ${baseUrl} did not answer ${what} after ${attempt + 1} attempts (${describeNetworkError(err)})`, { cause: err });
      }
      // Wix answers every success with 200 and a JSON body, DELETE included (wix-api.md section 1).
      if (res.status === 200) return res.body;
      if (res.status === 401 && auth?.refreshable && credentials && !refreshed) {
        refreshed = true;
        await auth.invalidate(credentials.token);
        options.logger?.info({ what }, 'wix: 401, fetching a fresh access token once');
        continue;
      }
      if (isRetryableStatus(res.status) && attempt < options.maxRetries) {
        await pause(what, attempt++, res.retryAfter, `status ${res.status}`);
        continue;
      }
      // Only the token request goes without auth, and whatever it is refused with is the credentials' fault.
      throw wixErrorFromResponse(res.status, res.body, res.requestId, {
        what, credentialsHint: auth?.hint ?? tokenHint, credentialsRequest: !auth,
      });
    }
  };

  const pause = async (what: string, attempt: number, retryAfter: string | null, reason: string) => {
    stats.retries++;
    const delay = retryDelayMs(attempt, retryAfter, backoff);
    options.logger?.debug({ what, attempt: attempt + 1, delayMs: Math.round(delay), reason }, 'wix: retrying');
    await new Promise((r) => setTimeout(r, delay));
  };

  const requestToken = async (tokenBody: Record<string, string>): Promise<TokenGrant> => {
    stats.token++;
    const res = (await send('token request', 'POST', '/oauth2/token', tokenBody, undefined)) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (typeof res?.access_token !== 'string' || typeof res.expires_in !== 'number') {
      throw new WixError('token request: Wix answered 200 without access_token and expires_in');
    }
    return { accessToken: res.access_token, expiresInSeconds: res.expires_in };
  };
  const tokenHint = 'check WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID';
  const auth = createWixAuth(options.credentials, requestToken, Date.now, options.tokenCache);
  const call = (what: string, method: string, path: string, body?: unknown) => send(what, method, path, body, auth);

  /** One query of Abouts: the first page carries the filter and limit, later ones only the cursor, which carries the filter (wix-api.md section 4). */
  async function fetchPage(filter: unknown, cursor: string | undefined): Promise<AboutPage> {
    const query = cursor === undefined
      ? { ...(filter === undefined ? {} : { filter }), cursorPaging: { limit: options.pageSize } }
      : { cursorPaging: { cursor, limit: options.pageSize } };
    stats.query++;
    const res = (await call('query of abouts', 'POST', '/members/v2/abouts/query', { query })) as QueryResponse;
    if (!Array.isArray(res?.memberAbouts)) throw new WixError('query of abouts: Wix answered 200 without memberAbouts');
    const next = res.metadata?.cursors?.next;
    return { abouts: res.memberAbouts.map(toAbout), ...(res.metadata?.hasNext && next ? { nextCursor: next } : {}) };
  }

  async function* queryPages(filter: unknown): AsyncGenerator<MemberAbout[]> {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(filter, cursor);
      if (page.abouts.length) yield page.abouts;
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  }

  return {
    stats,
    async *queryAbouts(queryOptions = {}) {
      const { ids } = queryOptions;
      if (!ids) {
        yield* queryPages(undefined);
        return;
      }
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += ID_CHUNK) {
        yield* queryPages({ id: { $in: unique.slice(i, i + ID_CHUNK) } });
      }
    },
    queryPage: (cursor) => fetchPage(undefined, cursor),
    async getAbout(id) {
      stats.get++;
      const res = (await call(`About ${id}`, 'GET', `/members/v2/abouts/${encodeURIComponent(id)}`)) as AboutResponse;
      return toAbout(res?.memberAbout);
    },
    async updateAbout({ id, revision, content }) {
      stats.update++;
      // Wix replaces the whole content (no field mask); the revision makes the write conditional.
      const res = (await call(`update of About ${id}`, 'PATCH', `/members/v2/abouts/${encodeURIComponent(id)}`, {
        memberAbout: { id, revision, content },
      })) as AboutResponse;
      return toAbout(res?.memberAbout);
    },
    async getMember(memberId) {
      stats.member++;
      try {
        const res = (await call(`member ${memberId}`, 'GET', `/members/v1/members/${encodeURIComponent(memberId)}?fieldsets=FULL`)) as {
          member?: Record<string, unknown>;
        };
        return res?.member ? toMember(res.member) : undefined;
      } catch (err) {
        // Reviewer context is optional: a deleted member or a key without "Read Members" is not a failure.
        if (err instanceof WixNotFound || (err instanceof WixAuthError && err.status === 403)) return undefined;
        throw err;
      }
    },
    async sendTriggeredEmail({ templateId, memberId, variables }) {
      stats.email++;
      // The body Wix's own site runtime sends for emailMember (path and body unverified against
      // wixapis.com; see the README). Retried like every call: a duplicate email is the lesser harm.
      await call(`triggered email ${templateId} to member ${memberId}`, 'POST', TRIGGERED_EMAIL_PATH, {
        emailId: templateId,
        memberId,
        options: { variables },
      });
    },
  };
}

/** The client the CLI commands use: config.wix settings plus credentials from the environment. */
export function createWixClientFromConfig(config: Config, env: NodeJS.ProcessEnv = process.env, logger?: Logger): WixClient {
  return createWixClient({ ...config.wix, credentials: wixCredentials(env), logger });
}

interface QueryResponse {
  memberAbouts?: unknown[];
  metadata?: { hasNext?: boolean; cursors?: { next?: string | null } };
}
interface AboutResponse {
  memberAbout?: unknown;
}

function toAbout(raw: unknown): MemberAbout {
  const a = raw as Partial<MemberAbout> | undefined;
  if (!a || typeof a.id !== 'string' || typeof a.revision !== 'string') {
    throw new WixError('Wix answered 200 with an About that has no id or revision');
  }
  return { id: a.id, revision: a.revision, memberId: typeof a.memberId === 'string' ? a.memberId : '', content: a.content };
}

function toMember(m: Record<string, unknown>): Member {
  const profile = (m.profile ?? {}) as { nickname?: unknown; slug?: unknown };
  return {
    id: String(m.id),
    loginEmail: typeof m.loginEmail === 'string' ? m.loginEmail : undefined,
    status: typeof m.status === 'string' ? (m.status as Member['status']) : undefined,
    profile: {
      nickname: typeof profile.nickname === 'string' ? profile.nickname : undefined,
      slug: typeof profile.slug === 'string' ? profile.slug : undefined,
    },
  };
}

function describeNetworkError(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError') return 'timed out';
    const code = (err.cause as { code?: string } | undefined)?.code;
    return code ?? err.message;
  }
  return String(err);
}
