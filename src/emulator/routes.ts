import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { EmulatorAuth, Identity, SiteCredentials } from './auth.js';
import { drawFault, mergeFaults, type Faults } from './faults.js';
import { memberBody } from './members.js';
import { aboutJson, type EmulatorStore, type StoredAbout } from './store.js';
import type { EventSlug } from './webhook-signer.js';
import type { DeliveryStats } from './webhook-delivery.js';
import { statsBody } from './stats.js';
import type { TriggeredEmails } from './triggered-emails.js';
import type { UpdateGate } from './update-gate.js';
import type { RateLimiter } from './rate-limit.js';
import { applicationError, systemError, validationError, WixHttpError } from './wix-error.js';

/** Largest request body accepted (a Ricos document may be large, but not unbounded). */
const BODY_LIMIT_BYTES = 20_000_000;

/** One installed site: its credentials, Abouts, counters and injected trouble. */
export interface SiteContext extends SiteCredentials {
  store: EmulatorStore;
  faults: Faults;
  /** Records one change for webhooks (delivery happens in the background). */
  emit(slug: EventSlug, about: StoredAbout, identity: Identity): void;
  /** A change as the member makes it (revision + 1, MEMBER webhook); default content appends a paragraph. */
  memberEdit(aboutId: string, content?: unknown): StoredAbout;
  /** Counts by route kind and by "METHOD /route". */
  counts: Map<string, number>;
  /** Wix API requests being handled now, and the most at once (shows a client's concurrency bound). */
  load: { inFlight: number; maxInFlight: number };
  /** Triggered emails accepted so far, and the template ids the site has. */
  emails: TriggeredEmails;
  /** Updates held before they are applied (POST /_emulator/hold-updates). */
  updates: UpdateGate;
  /** This site's request budget (faults.rateLimit per second). */
  limiter: RateLimiter;
  /** The last About event's entityEventSequence (one counter per site, kept in the state file). */
  eventSequence: number;
}

/** The app and every site it is installed on. */
export interface AppContext {
  auth: EmulatorAuth<SiteContext>;
  /** Webhook counters, and a wait until every delivery has settled. */
  webhooks(): DeliveryStats;
  waitForWebhooks(): Promise<void>;
  /** Installs the app on a new site seeded by `seed` (a --seed spec); delivers AppInstalled. */
  installSite(seed?: string): SiteContext;
  /** Uninstalls it (404 when unknown); delivers AppRemoved. */
  removeSite(instanceId: string): SiteContext;
}

type Handler = (req: Parsed, site: SiteContext, app: AppContext) => Promise<unknown> | unknown;
interface Parsed {
  params: string[];
  query: URLSearchParams;
  body: unknown;
  identity?: Identity;
}
interface Route {
  method: string;
  /** "/members/v2/abouts/:id"; also the key in /_emulator/stats. */
  path: string;
  pattern: RegExp;
  /** Short name for /_emulator/stats. */
  kind: string;
  /** Wix API routes need auth and get faults; /_emulator/ routes need neither. */
  api: 'wix' | 'token' | 'control';
  handle: Handler;
}

/** Every route of the emulated Wix API (wix-api.md sections 2, 3, 5) and the emulator's own control API. */
const ROUTES: Route[] = [
  route('POST', '/oauth2/token', 'token', 'token', (r, _c, app) => app.auth.issueToken(r.body)),
  route('POST', '/members/v2/abouts/query', 'query', 'wix', queryAbouts),
  // "Get my About" needs a member's own login; a site key or app token is not one.
  route('GET', '/members/v2/abouts/my', 'my', 'wix', () => { throw applicationError(403, 'PERMISSION_DENIED', 'needs member authentication'); }),
  route('POST', '/members/v2/abouts', 'create', 'wix', createAbout),
  route('GET', '/members/v2/abouts/:id', 'get', 'wix', (r, c) => raw(`{"memberAbout":${aboutJson(c.store.get(r.params[0]!))}}`)),
  route('PATCH', '/members/v2/abouts/:id', 'update', 'wix', updateAbout),
  route('DELETE', '/members/v2/abouts/:id', 'delete', 'wix', deleteAbout),
  route('GET', '/members/v1/members/:id', 'member', 'wix', getMember),
  route('POST', '/_api/shoutout/v1/emailMember', 'email', 'wix', (r, c) => c.emails.accept(r.body, c.store)),
  // Emulator extras: no auth, no faults. For tests, the demo and benchmarks only; real Wix has nothing like them.
  // Those that act on one site take ?instanceId= (default: the first installed site).
  route('POST', '/_emulator/member-edit', 'control', 'control', controlMemberEdit),
  route('GET', '/_emulator/stats', 'control', 'control', (_r, c, app) => statsBody(c, app.webhooks())),
  route('POST', '/_emulator/stats/reset', 'control', 'control', (_r, c) => { c.counts.clear(); c.load.maxInFlight = 0; return {}; }),
  route('POST', '/_emulator/faults', 'control', 'control', controlFaults),
  route('GET', '/_emulator/faults', 'control', 'control', (_r, c) => c.faults),
  route('GET', '/_emulator/abouts/:id', 'control', 'control', (r, c) => raw(`{"memberAbout":${aboutJson(c.store.get(r.params[0]!))}}`)),
  route('POST', '/_emulator/hold-updates', 'control', 'control', controlHoldUpdates),
  route('GET', '/_emulator/hold-updates', 'control', 'control', (_r, c) => c.updates.status),
  route('POST', '/_emulator/release-updates', 'control', 'control', (_r, c) => c.updates.release()),
  route('GET', '/_emulator/triggered-emails', 'control', 'control', (_r, c) => ({ triggeredEmails: c.emails.sent })),
];

/** Control routes about the app, not one site. */
const APP_ROUTES: Route[] = [
  // Without ?instanceId= every site's tokens expire (what one site meant before there were many).
  route('POST', '/_emulator/expire-tokens', 'control', 'control', (r, _c, app) => ({ expired: app.auth.expireTokens(r.query.get('instanceId') ?? undefined) })),
  route('POST', '/_emulator/webhooks/flush', 'control', 'control', async (_r, _c, app) => { await app.waitForWebhooks(); return app.webhooks(); }),
  route('GET', '/_emulator/sites', 'control', 'control', (_r, _c, app) => ({ sites: app.auth.sites().map(siteSummary) })),
  route('POST', '/_emulator/sites', 'control', 'control', controlInstall),
  route('DELETE', '/_emulator/sites/:id', 'control', 'control', (r, _c, app) => siteSummary(app.removeSite(r.params[0]!))),
];

function route(method: string, path: string, kind: string, api: Route['api'], handle: Handler): Route {
  const pattern = new RegExp(`^${path.replace(/:id/g, '([^/]+)')}$`);
  return { method, path, pattern, kind, api, handle };
}

/** A body already serialised (abouts keep their content as JSON text). */
class Raw { constructor(readonly json: string) {} }
const raw = (json: string) => new Raw(json);

export function createHandler(app: AppContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    res.setHeader('x-wix-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    // Counts of a request no site can be named for (a wrong key, an unknown instance) go to the first site.
    let site = app.auth.first();
    try {
      const appRoute = APP_ROUTES.find((r) => r.method === method && r.pattern.test(url.pathname));
      const route = appRoute ?? ROUTES.find((r) => r.method === method && r.pattern.test(url.pathname));
      if (!route) throw applicationError(404, 'NOT_FOUND', `no route ${method} ${url.pathname}`);
      const params = route.pattern.exec(url.pathname)!.slice(1).map(decodePathParam);
      const body = await readJson(req, method);
      const parsed: Parsed = { params, query: url.searchParams, body };
      const siteIdHeader = headerValue(req.headers['wix-site-id']);
      if (route.api === 'control') {
        if (!appRoute) site = controlSite(app, url.searchParams);
      } else {
        site = (route.api === 'wix' ? app.auth.siteOf(req.headers.authorization, siteIdHeader) : tokenSite(app, body)) ?? site;
        if (site) await admit(site, route, method, res);
      }
      if (route.api === 'wix') {
        const authenticated = app.auth.authenticate(req.headers.authorization, siteIdHeader);
        parsed.identity = authenticated.identity;
        site = authenticated.site;
      }
      const result = await route.handle(parsed, site!, app);
      send(res, 200, result instanceof Raw ? result.json : JSON.stringify(result ?? {}));
    } catch (err) {
      if (err instanceof WixHttpError) {
        if ((err.status === 401 || err.status === 403) && site) count(site, 'authFailures');
        send(res, err.status, JSON.stringify(err.body), err.headers);
      } else {
        // Wix's 5xx bodies are empty by design; the emulator's own bug goes to stderr.
        process.stderr.write(`emulator: internal error on ${method} ${url.pathname}: ${err instanceof Error ? err.stack : String(err)}\n`);
        send(res, 500, JSON.stringify(systemError(500).body));
      }
    }
  };
}

/** A Wix API request as the site meets it: counted, delayed, then rate-limited or failed on purpose. */
async function admit(site: SiteContext, route: Route, method: string, res: ServerResponse): Promise<void> {
  site.load.maxInFlight = Math.max(site.load.maxInFlight, ++site.load.inFlight);
  res.once('close', () => site.load.inFlight--);
  count(site, route.kind);
  count(site, `${method} ${route.path}`);
  if (site.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, site.faults.latencyMs));
  const waitMs = site.limiter.take(site.faults.rateLimit);
  if (waitMs > 0) {
    count(site, 'rateLimited');
    // Wix documents no Retry-After; the emulator sends one (whole seconds, RFC 9110) so clients can be tested with it.
    throw new WixHttpError(429, applicationError(429, 'RESOURCE_EXHAUSTED', 'Too many requests').body, { 'retry-after': String(Math.ceil(waitMs / 1000)) });
  }
  const fault = drawFault(site.faults);
  if (fault) {
    count(site, `fault${fault.status}`);
    throw fault;
  }
}

function controlSite(app: AppContext, query: URLSearchParams): SiteContext {
  const instanceId = query.get('instanceId');
  const site = instanceId === null ? app.auth.first() : app.auth.site(instanceId);
  if (!site) throw applicationError(404, 'NOT_FOUND', instanceId === null ? 'no site is installed' : `no site with instance id ${instanceId}`);
  return site;
}

function tokenSite(app: AppContext, body: unknown): SiteContext | undefined {
  const instanceId = (body as { instance_id?: unknown } | undefined)?.instance_id;
  return typeof instanceId === 'string' ? app.auth.site(instanceId) : undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function siteSummary(site: SiteContext): { instanceId: string; siteId: string; apiKey: string; ownerUserId: string; abouts: number } {
  return { instanceId: site.instanceId, siteId: site.siteId, apiKey: site.apiKey, ownerUserId: site.ownerUserId, abouts: site.store.size };
}

function decodePathParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw applicationError(404, 'NOT_FOUND', 'malformed id in the path');
  }
}

function count(site: SiteContext, key: string): void {
  site.counts.set(key, (site.counts.get(key) ?? 0) + 1);
}

function send(res: ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

async function readJson(req: IncomingMessage, method: string): Promise<unknown> {
  if (method === 'GET' || method === 'DELETE') {
    req.resume();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) throw applicationError(413, 'PAYLOAD_TOO_LARGE', `request body over ${BODY_LIMIT_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new WixHttpError(400, { message: 'request body is not valid JSON', details: { validationError: { fieldViolations: [] } } });
  }
}

function queryAbouts(r: Parsed, c: SiteContext): Raw {
  const query = (r.body as { query?: unknown } | undefined)?.query;
  if (query !== undefined && (typeof query !== 'object' || query === null)) throw validationError('query', 'must be an object');
  const page = c.store.query((query ?? {}) as Parameters<EmulatorStore['query']>[0]);
  const cursors = `{"next":${JSON.stringify(page.next)},"prev":${JSON.stringify(page.prev)}}`;
  return raw(`{"memberAbouts":[${page.items.map(aboutJson).join(',')}],"metadata":{"count":${page.items.length},"cursors":${cursors},"hasNext":${page.next !== null}}}`);
}

function aboutPayload(body: unknown): Record<string, unknown> {
  const about = (body as { memberAbout?: unknown } | undefined)?.memberAbout;
  if (!about || typeof about !== 'object') throw validationError('memberAbout', 'is required', 'REQUIRED_FIELD');
  return about as Record<string, unknown>;
}

function requireContent(about: Record<string, unknown>): unknown {
  const content = about.content;
  if (!content || typeof content !== 'object' || Array.isArray(content)) throw validationError('memberAbout.content', 'is required and must be a rich content object', 'REQUIRED_FIELD');
  return content;
}

function createAbout(r: Parsed, c: SiteContext): Raw {
  const input = aboutPayload(r.body);
  if (typeof input.memberId !== 'string' || !input.memberId) throw validationError('memberAbout.memberId', 'is required', 'REQUIRED_FIELD');
  const content = requireContent(input);
  if (!c.store.members.has(input.memberId)) throw applicationError(404, 'NOT_FOUND', `member ${input.memberId} not found`);
  const about = c.store.create({ memberId: input.memberId, content });
  c.emit('created', about, r.identity!);
  return raw(`{"memberAbout":${aboutJson(about)}}`);
}

async function updateAbout(r: Parsed, c: SiteContext): Promise<Raw> {
  const id = r.params[0]!;
  const input = aboutPayload(r.body);
  if (input.id !== undefined && input.id !== id) throw validationError('memberAbout.id', 'must match the id in the path', 'CUSTOM');
  if (input.revision === undefined || input.revision === null) throw validationError('memberAbout.revision', 'is required', 'REQUIRED_FIELD');
  if (typeof input.revision !== 'string' || !/^\d+$/.test(input.revision)) throw validationError('memberAbout.revision', 'must be a uint64 string', 'FORMAT');
  const content = requireContent(input);
  await c.updates.pass();
  if (Math.random() < c.faults.editRate) {
    // The member saves an edit just before our update lands, so the update meets a 409.
    c.memberEdit(id);
  }
  const about = c.store.update(id, Number(input.revision), content);
  c.emit('updated', about, r.identity!);
  return raw(`{"memberAbout":${aboutJson(about)}}`);
}

function deleteAbout(r: Parsed, c: SiteContext): object {
  const about = c.store.delete(r.params[0]!);
  c.emit('deleted', about, r.identity!);
  return {}; // Wix answers DELETE with 200 {} (the SDK always parses a JSON body)
}

function getMember(r: Parsed, c: SiteContext): object {
  const member = c.store.members.get(r.params[0]!);
  if (!member) throw applicationError(404, 'NOT_FOUND', `member ${r.params[0]} not found`);
  return { member: memberBody(member, r.query.getAll('fieldsets')) };
}

function controlMemberEdit(r: Parsed, c: SiteContext): Raw {
  const body = (r.body ?? {}) as { aboutId?: unknown; content?: unknown };
  if (typeof body.aboutId !== 'string') throw validationError('aboutId', 'is required', 'REQUIRED_FIELD');
  if (body.content !== undefined && (!body.content || typeof body.content !== 'object')) throw validationError('content', 'must be a rich content object');
  return raw(`{"memberAbout":${aboutJson(c.memberEdit(body.aboutId, body.content))}}`);
}

function controlHoldUpdates(r: Parsed, c: SiteContext): { armed: number } {
  const count = (r.body as { count?: unknown } | undefined)?.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw validationError('count', 'expected a whole number >= 1');
  return c.updates.hold(count);
}

function controlInstall(r: Parsed, _c: SiteContext, app: AppContext): ReturnType<typeof siteSummary> {
  const seed = (r.body as { seed?: unknown } | undefined)?.seed ?? 'none';
  if (typeof seed !== 'string') throw validationError('seed', 'expected a --seed spec: none, demo, bulk:N[:F] or a file');
  try {
    return siteSummary(app.installSite(seed));
  } catch (err) {
    if (err instanceof UsageError) throw validationError('seed', err.message);
    throw err;
  }
}

function controlFaults(r: Parsed, c: SiteContext): Faults {
  const merged = mergeFaults(c.faults, (r.body ?? {}) as Record<string, unknown>);
  if (typeof merged === 'string') throw validationError('faults', merged);
  Object.assign(c.faults, merged);
  return c.faults;
}
