import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage, UsageError } from '../errors.js';
import type { Logger } from '../log.js';
import type { MemberAbout } from '../wix/types.js';
import { EmulatorAuth, randomCredentials, randomSiteCredentials, type EmulatorCredentials, type SiteCredentials } from './auth.js';
import { mergeFaults, NO_FAULTS, type Faults } from './faults.js';
import { UpdateGate } from './update-gate.js';
import { createHandler, type AppContext, type SiteContext } from './routes.js';
import { RateLimiter } from './rate-limit.js';
import { applicationError } from './wix-error.js';
import { statsBody } from './stats.js';
import { applySeed, parseBulkSeed, type SeedEntry } from './seeds.js';
import { appendParagraph } from './ricos-builders.js';
import { loadState, saveState } from './state-file.js';
import { aboutJson, EmulatorStore } from './store.js';
import { TriggeredEmails, type TriggeredEmailRecord } from './triggered-emails.js';
import { WebhookDelivery } from './webhook-delivery.js';
import { signAboutEvent, signAppEvent, webhookKey } from './webhook-signer.js';

export interface EmulatorOptions {
  /** 0 (default) = any free port. */
  port?: number;
  host?: string;
  /** How many sites the app is installed on at start (default 1); each gets its own credentials and Abouts. */
  sites?: number;
  /** `none` (default), `demo`, `bulk:N[:F]`, a JSON file path, or entries; every site at start gets it. Ignored when the state file exists. */
  seed?: string | SeedEntry[];
  /** About counts for the first sites, in order (the rest get `seed`): bulk seeds with `seed`'s bulk fraction (else 0). */
  seedSizes?: number[];
  webhookUrl?: string;
  /** Loaded at start when it exists (it wins over `seed`), written after changes and on close. One site only. */
  stateFile?: string;
  /** PEM RSA private key for webhook JWTs; default: a fresh key pair per run. */
  privateKeyPem?: string;
  /** Every site's faults at start (latencyMs and rateLimit included: each site waits and is limited alike). */
  faults?: Partial<Faults>;
  /** Fixed credentials of the app and the first site (default: random per run, or those in the state file). */
  credentials?: Partial<EmulatorCredentials>;
  /** Access token lifetime; Wix's is 14400 s. */
  tokenTtlSeconds?: number;
  /** Triggered Email template ids every site has (default: aboutmod-notice). */
  emailTemplates?: string[];
  logger?: Logger;
}

/** One installed site, for a test or bench in the same process. */
export interface EmulatorSite extends SiteCredentials {
  /** WIX_API_KEY and WIX_SITE_ID for a child process. */
  env: Record<string, string>;
  /** WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID for a child process (OAuth). */
  oauthEnv: Record<string, string>;
  store: EmulatorStore;
  /** This site's faults; assign fields (or POST /_emulator/faults?instanceId=) to change them at runtime. */
  faults: Faults;
  /** Request counts by route kind ({query, get, update, create, delete, member, token, rateLimited, ...}) and by "METHOD /route". */
  stats(): Record<string, unknown>;
  /** Edits an About as its member would (revision + 1, MEMBER webhook); default content appends a paragraph. */
  memberEdit(aboutId: string, content?: unknown): MemberAbout;
  /** Triggered emails accepted so far (also GET /_emulator/triggered-emails). */
  triggeredEmails(): TriggeredEmailRecord[];
}

/** The app, its first site's fields at the top level (what a single-site caller uses). */
export interface Emulator extends EmulatorSite {
  /** http://host:port, the value for wix.baseUrl. */
  url: string;
  port: number;
  /** SPKI PEM that verifies the webhook JWTs (WIX_WEBHOOK_PUBLIC_KEY). */
  publicKey: string;
  appId: string;
  appSecret: string;
  /** Every installed site, in install order (the first is the default of the control API). */
  sites(): EmulatorSite[];
  /** An installed site by instance id. */
  site(instanceId: string): EmulatorSite | undefined;
  /** Installs the app on one more site (`seed` as --seed; default none) and delivers AppInstalled. */
  installSite(seed?: string): EmulatorSite;
  /** Uninstalls a site: its key and tokens stop working; delivers AppRemoved. */
  removeSite(instanceId: string): void;
  /** Resolves when every webhook delivery started so far has succeeded or given up. */
  webhooksIdle(): Promise<void>;
  /** Stops listening, stops webhook retries, writes the state file. */
  close(): Promise<void>;
}

/** Debounce for state-file writes after changes. */
const SAVE_DELAY_MS = 1_000;
/** More sites than a bench needs, few enough that a typo cannot exhaust memory. */
export const MAX_SITES = 10_000;

/** Starts the Wix emulator on 127.0.0.1 (wix-api.md section 9). */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const siteCount = options.sites ?? 1;
  if (!Number.isInteger(siteCount) || siteCount < 1 || siteCount > MAX_SITES) throw new UsageError(`--sites: expected an integer from 1 to ${MAX_SITES}, got ${siteCount}`);
  if (siteCount > 1 && options.stateFile) throw new UsageError('--state-file keeps one site: it cannot be combined with --sites above 1');
  const seed = options.seed ?? 'none';
  const bulk = typeof seed === 'string' ? parseBulkSeed(seed) : undefined;
  const seedFor = (site: number) => {
    const size = options.seedSizes?.[site];
    return size === undefined ? seed : `bulk:${size}:${bulk?.fraction ?? 0}`;
  };

  let saveTimer: NodeJS.Timeout | undefined;
  let loaded = false;
  const scheduleSave = () => {
    if (!options.stateFile || !loaded || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      save();
    }, SAVE_DELAY_MS);
  };
  const firstStore = new EmulatorStore(() => crypto.randomUUID(), scheduleSave);
  const fromState = options.stateFile ? loadState(options.stateFile, firstStore) : undefined;
  if (!fromState) applySeed(firstStore, seedFor(0), 0);
  loaded = true;
  const credentials: EmulatorCredentials = { ...(fromState?.credentials ?? randomCredentials()), ...options.credentials };

  const initialFaults = mergeFaults(NO_FAULTS, options.faults ?? {});
  if (typeof initialFaults === 'string') throw new Error(`emulator faults: ${initialFaults}`);
  let key: ReturnType<typeof webhookKey>;
  try {
    key = webhookKey(options.privateKeyPem);
  } catch (err) {
    throw new UsageError(`--private-key: not an RSA private key in PEM form (${errorMessage(err)})`);
  }
  const delivery = new WebhookDelivery(options.webhookUrl, options.logger);
  const auth = new EmulatorAuth<SiteContext>({ appId: credentials.appId, appSecret: credentials.appSecret });
  if (options.tokenTtlSeconds !== undefined) auth.tokenTtlSeconds = options.tokenTtlSeconds;

  /** A site's state; `eventSequence` goes on from the state file for the first. */
  const makeSite = (creds: SiteCredentials, store: EmulatorStore, eventSequence = 0): SiteContext => {
    const site: SiteContext = {
      instanceId: creds.instanceId, siteId: creds.siteId, apiKey: creds.apiKey, ownerUserId: creds.ownerUserId,
      store,
      faults: { ...initialFaults },
      counts: new Map(),
      load: { inFlight: 0, maxInFlight: 0 },
      emails: new TriggeredEmails(options.emailTemplates),
      updates: new UpdateGate(),
      limiter: new RateLimiter(),
      eventSequence,
      emit: (slug, about, identity) => {
        // One counter per site: increasing for every entity, which is all receivers rely on.
        const entityEventSequence = ++site.eventSequence;
        // Snapshot now: the event carries the entity as it was at this change, even if delivered late.
        const entityJson = slug === 'deleted' ? undefined : aboutJson(about);
        delivery.enqueue(() => signAboutEvent(key, site, { slug, entityId: about.id, entityJson, identity, entityEventSequence }), Math.random() < site.faults.duplicateRate);
      },
      memberEdit: (aboutId, content) => {
        const about = store.get(aboutId);
        const edited = store.memberEdit(aboutId, content ?? appendParagraph(about.contentJson, 'Edited by the member.'));
        site.counts.set('memberEdit', (site.counts.get('memberEdit') ?? 0) + 1);
        site.emit('updated', edited, { identityType: 'MEMBER', memberId: edited.memberId });
        return edited;
      },
    };
    auth.add(site);
    return site;
  };
  const first = makeSite(credentials, firstStore, fromState?.eventSequence);
  const save = () => options.stateFile && saveState(options.stateFile, firstStore, { credentials, eventSequence: first.eventSequence });

  const appEvent = (site: SiteContext, eventType: 'AppInstalled' | 'AppRemoved') =>
    delivery.enqueue(() => signAppEvent(key, site, { eventType, appId: credentials.appId }, { identityType: 'WIX_USER', wixUserId: site.ownerUserId }));
  // Site numbers go into seeded ids; they only grow, so a site installed later never reuses a removed one's.
  let siteNumber = 0;
  const newSite = (spec: string | SeedEntry[]): SiteContext => {
    const store = new EmulatorStore(() => crypto.randomUUID());
    applySeed(store, spec, ++siteNumber);
    return makeSite(randomSiteCredentials(), store);
  };
  for (let i = 1; i < siteCount; i++) newSite(seedFor(i));

  const app: AppContext = {
    auth,
    webhooks: () => delivery.stats,
    waitForWebhooks: () => delivery.idle(),
    installSite: (spec = 'none') => {
      const site = newSite(spec);
      appEvent(site, 'AppInstalled');
      return site;
    },
    removeSite: (instanceId) => {
      const site = auth.remove(instanceId);
      if (!site) throw applicationError(404, 'NOT_FOUND', `no site with instance id ${instanceId}`);
      // Updates held for a test go on (into the removed site's store), so no request hangs.
      site.updates.release();
      appEvent(site, 'AppRemoved');
      return site;
    },
  };
  // The state file exists from the start (a crash right after seeding keeps the seed), written before
  // listening so an unwritable path is refused before anything runs.
  save();
  const server = createServer(createHandler(app));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  const handles = new Map<SiteContext, EmulatorSite>();
  const handle = (site: SiteContext): EmulatorSite => {
    let h = handles.get(site);
    if (!h) {
      h = {
        instanceId: site.instanceId, siteId: site.siteId, apiKey: site.apiKey, ownerUserId: site.ownerUserId,
        env: { WIX_API_KEY: site.apiKey, WIX_SITE_ID: site.siteId },
        oauthEnv: { WIX_APP_ID: credentials.appId, WIX_APP_SECRET: credentials.appSecret, WIX_INSTANCE_ID: site.instanceId },
        store: site.store,
        faults: site.faults,
        stats: () => statsBody(site, delivery.stats),
        memberEdit: (aboutId, content) => JSON.parse(aboutJson(site.memberEdit(aboutId, content))) as MemberAbout,
        triggeredEmails: () => [...site.emails.sent],
      };
      handles.set(site, h);
    }
    return h;
  };

  return {
    ...handle(first),
    url,
    port: address.port,
    publicKey: key.publicKeyPem,
    appId: credentials.appId,
    appSecret: credentials.appSecret,
    sites: () => auth.sites().map(handle),
    site: (instanceId) => {
      const site = auth.site(instanceId);
      return site && handle(site);
    },
    installSite: (spec) => handle(app.installSite(spec)),
    removeSite: (instanceId) => void app.removeSite(instanceId),
    webhooksIdle: () => delivery.idle(),
    async close() {
      delivery.close();
      clearTimeout(saveTimer);
      saveTimer = undefined;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      save();
    },
  };
}
