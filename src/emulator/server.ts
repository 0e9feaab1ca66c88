import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage, UsageError } from '../errors.js';
import type { Logger } from '../log.js';
import type { MemberAbout } from '../wix/types.js';
import { EmulatorAuth, randomCredentials, type EmulatorCredentials, type Identity } from './auth.js';
import { mergeFaults, NO_FAULTS, type Faults } from './faults.js';
import { UpdateGate } from './update-gate.js';
import { createHandler, type RouteContext } from './routes.js';
import { statsBody } from './stats.js';
import { applySeed, type SeedEntry } from './seeds.js';
import { appendParagraph } from './ricos-builders.js';
import { loadState, saveState } from './state-file.js';
import { aboutJson, EmulatorStore, type StoredAbout } from './store.js';
import { TriggeredEmails, type TriggeredEmailRecord } from './triggered-emails.js';
import { WebhookDelivery } from './webhook-delivery.js';
import { signAboutEvent, webhookKey, type EventSlug } from './webhook-signer.js';

export interface EmulatorOptions {
  /** 0 (default) = any free port. */
  port?: number;
  host?: string;
  /** `none` (default), `demo`, `bulk:N[:F]`, a JSON file path, or entries. Ignored when the state file exists. */
  seed?: string | SeedEntry[];
  webhookUrl?: string;
  /** Loaded at start when it exists (it wins over `seed`), written after changes and on close. */
  stateFile?: string;
  /** PEM RSA private key for webhook JWTs; default: a fresh key pair per run. */
  privateKeyPem?: string;
  faults?: Partial<Faults>;
  /** Fixed credentials (default: random per run, or those in the state file). */
  credentials?: Partial<EmulatorCredentials>;
  /** Access token lifetime; Wix's is 14400 s. */
  tokenTtlSeconds?: number;
  /** Triggered Email template ids the site has (default: aboutmod-notice). */
  emailTemplates?: string[];
  logger?: Logger;
}

export interface Emulator {
  /** http://host:port, the value for wix.baseUrl. */
  url: string;
  port: number;
  /** SPKI PEM that verifies the webhook JWTs (WIX_WEBHOOK_PUBLIC_KEY). */
  publicKey: string;
  apiKey: string;
  siteId: string;
  appId: string;
  appSecret: string;
  instanceId: string;
  /** WIX_API_KEY and WIX_SITE_ID for a child process. */
  env: Record<string, string>;
  /** WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID for a child process (OAuth). */
  oauthEnv: Record<string, string>;
  store: EmulatorStore;
  /** Current faults; assign fields (or POST /_emulator/faults) to change them at runtime. */
  faults: Faults;
  /** Request counts by route kind ({query, get, update, create, delete, member, token, ...}) and by "METHOD /route". */
  stats(): Record<string, unknown>;
  /** Edits an About as its member would (revision + 1, MEMBER webhook); default content appends a paragraph. */
  memberEdit(aboutId: string, content?: unknown): MemberAbout;
  /** Triggered emails accepted so far (also GET /_emulator/triggered-emails). */
  triggeredEmails(): TriggeredEmailRecord[];
  /** Resolves when every webhook delivery started so far has succeeded or given up. */
  webhooksIdle(): Promise<void>;
  /** Stops listening, stops webhook retries, writes the state file. */
  close(): Promise<void>;
}

/** Debounce for state-file writes after changes. */
const SAVE_DELAY_MS = 1_000;

/** Starts the Wix emulator on 127.0.0.1 (wix-api.md section 9). */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let saveTimer: NodeJS.Timeout | undefined;
  let loaded = false;
  const scheduleSave = () => {
    if (!options.stateFile || !loaded || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      save();
    }, SAVE_DELAY_MS);
  };
  const store = new EmulatorStore(() => crypto.randomUUID(), scheduleSave);
  const fromState = options.stateFile ? loadState(options.stateFile, store) : undefined;
  if (!fromState) applySeed(store, options.seed ?? 'none');
  loaded = true;

  const credentials: EmulatorCredentials = { ...(fromState?.credentials ?? randomCredentials()), ...options.credentials };
  let eventSequence = fromState?.eventSequence ?? 0;
  const save = () => options.stateFile && saveState(options.stateFile, store, { credentials, eventSequence });

  const auth = new EmulatorAuth(credentials);
  if (options.tokenTtlSeconds !== undefined) auth.tokenTtlSeconds = options.tokenTtlSeconds;
  const merged = mergeFaults(NO_FAULTS, options.faults ?? {});
  if (typeof merged === 'string') throw new Error(`emulator faults: ${merged}`);
  const faults: Faults = { ...merged };

  let key: ReturnType<typeof webhookKey>;
  try {
    key = webhookKey(options.privateKeyPem);
  } catch (err) {
    throw new UsageError(`--private-key: not an RSA private key in PEM form (${errorMessage(err)})`);
  }
  const delivery = new WebhookDelivery(options.webhookUrl, options.logger);
  const site = { instanceId: credentials.instanceId, siteId: credentials.siteId };
  const counts = new Map<string, number>();

  const emit = (slug: EventSlug, about: StoredAbout, identity: Identity) => {
    // One site-wide counter: increasing for every entity, which is all receivers rely on.
    const entityEventSequence = ++eventSequence;
    // Snapshot now: the event carries the entity as it was at this change, even if delivered late.
    const entityJson = slug === 'deleted' ? undefined : aboutJson(about);
    delivery.enqueue(() => signAboutEvent(key, site, { slug, entityId: about.id, entityJson, identity, entityEventSequence }), Math.random() < faults.duplicateRate);
  };

  const memberEdit = (aboutId: string, content?: unknown) => {
    const about = store.get(aboutId);
    const edited = store.memberEdit(aboutId, content ?? appendParagraph(about.contentJson, 'Edited by the member.'));
    counts.set('memberEdit', (counts.get('memberEdit') ?? 0) + 1);
    emit('updated', edited, { identityType: 'MEMBER', memberId: edited.memberId });
    return edited;
  };

  const ctx: RouteContext = {
    store, auth, faults, emit, memberEdit, counts, load: { inFlight: 0, maxInFlight: 0 },
    emails: new TriggeredEmails(options.emailTemplates),
    updates: new UpdateGate(),
    extras: { webhooks: () => delivery.stats, waitForWebhooks: () => delivery.idle() },
  };
  // The state file exists from the start (a crash right after seeding keeps the seed), written before
  // listening so an unwritable path is refused before anything runs.
  save();
  const server = createServer(createHandler(ctx));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  return {
    url,
    port: address.port,
    publicKey: key.publicKeyPem,
    apiKey: credentials.apiKey,
    siteId: credentials.siteId,
    appId: credentials.appId,
    appSecret: credentials.appSecret,
    instanceId: credentials.instanceId,
    env: { WIX_API_KEY: credentials.apiKey, WIX_SITE_ID: credentials.siteId },
    oauthEnv: { WIX_APP_ID: credentials.appId, WIX_APP_SECRET: credentials.appSecret, WIX_INSTANCE_ID: credentials.instanceId },
    store,
    faults,
    stats: () => statsBody(ctx),
    memberEdit: (aboutId, content) => JSON.parse(aboutJson(memberEdit(aboutId, content))) as MemberAbout,
    triggeredEmails: () => [...ctx.emails.sent],
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
