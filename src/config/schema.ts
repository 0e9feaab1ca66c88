import { z } from 'zod';

/**
 * The whole configuration with its defaults, in one place (config.json mirrors these values).
 * Error texts are written to complete the sentence "<file>: <key>: <message>, got <value>".
 */

const intRange = (min: number, max: number) =>
  z.number({ error: `expected an integer from ${min} to ${max}` })
    .int({ error: `expected an integer from ${min} to ${max}` })
    .min(min, { error: `expected an integer from ${min} to ${max}` })
    .max(max, { error: `expected an integer from ${min} to ${max}` });

const probability = z.number({ error: 'expected a number from 0 to 1' })
  .min(0, { error: 'expected a number from 0 to 1' })
  .max(1, { error: 'expected a number from 0 to 1' });

const bool = z.boolean({ error: 'expected true or false' });
const text = z.string({ error: 'expected a string' });
const nonEmpty = text.min(1, { error: 'expected a non-empty string' });
const url = z.url({ error: 'expected an http(s) URL', protocol: /^https?$/ });

/** Every category a reason can carry: OpenAI's names where they overlap, plus the project's own. */
export const CATEGORIES = [
  'harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent',
  'self-harm', 'self-harm/intent', 'self-harm/instructions', 'sexual', 'sexual/minors', 'violence',
  'violence/graphic', 'profanity', 'spam', 'contact-info', 'malicious-link', 'external-link', 'prompt-injection',
  'guidelines',
] as const;
export type Category = (typeof CATEGORIES)[number];

const thresholds = z.partialRecord(z.enum(CATEGORIES, { error: 'unknown category' }), probability);

const DEFAULT_OPENAI_THRESHOLDS = {
  harassment: 0.5, 'harassment/threatening': 0.4, hate: 0.4, 'hate/threatening': 0.3, illicit: 0.6,
  'illicit/violent': 0.5, 'self-harm': 0.5, 'self-harm/intent': 0.4, 'self-harm/instructions': 0.4,
  sexual: 0.5, 'sexual/minors': 0.2, violence: 0.6, 'violence/graphic': 0.6,
};

const DEFAULT_LOCAL_THRESHOLDS = {
  harassment: 0.5, 'harassment/threatening': 0.5, hate: 0.5, 'hate/threatening': 0.5, illicit: 0.5,
  'illicit/violent': 0.5, 'self-harm': 0.5, 'self-harm/intent': 0.5, 'self-harm/instructions': 0.5,
  sexual: 0.5, 'sexual/minors': 0.5, violence: 0.5, 'violence/graphic': 0.5, profanity: 0.5, spam: 0.5,
  'contact-info': 0.5, 'malicious-link': 0.4, 'external-link': 0.5, 'prompt-injection': 0.5, guidelines: 0.5,
};

const smtp = z.strictObject({
  host: nonEmpty,
  port: intRange(1, 65535).default(587),
  secure: bool.default(false),
  from: nonEmpty,
  to: z.union([nonEmpty, z.array(nonEmpty).min(1)], { error: 'expected an address or a list of addresses' }),
});

export const configSchema = z.strictObject({
  wix: z.strictObject({
    /** Wix REST base URL; the default is the bundled emulator (`aboutmod emulator`). */
    baseUrl: url.default('http://127.0.0.1:8787'),
    pageSize: intRange(1, 100).default(100),
    concurrency: intRange(1, 64).default(4),
    timeoutMs: intRange(100, 600_000).default(15_000),
    maxRetries: intRange(0, 10).default(4),
  }).prefault({}),
  scorer: z.strictObject({
    provider: z.enum(['local', 'openai'], { error: 'expected "local" or "openai"' }).default('local'),
    local: z.strictObject({
      thresholds: thresholds.default(DEFAULT_LOCAL_THRESHOLDS),
      /** Use the learned text model beside the rules (when its weights ship in the package). */
      model: bool.default(true),
      /** Worker threads that score (docs/scoring-pool.md): "auto" = one per core, 0 = on the main thread. */
      threads: z.union([z.literal('auto'), intRange(0, 64)], { error: 'expected "auto" or an integer from 0 to 64' })
        .default('auto'),
      /** A document not scored within this is an error for its About (retried later), and its thread is replaced. */
      deadlineMs: intRange(1, 600_000).default(10_000),
    }).prefault({}),
    openai: z.strictObject({
      model: nonEmpty.default('omni-moderation-latest'),
      guidelinesModel: nonEmpty.default('gpt-4o-mini'),
      thresholds: thresholds.default(DEFAULT_OPENAI_THRESHOLDS),
      timeoutMs: intRange(100, 600_000).default(30_000),
      maxRetries: intRange(0, 10).default(3),
    }).prefault({}),
    /** Path of the community-guidelines prompt (relative to the config file), or false for off. */
    guidelines: z.union([z.literal(false), nonEmpty], { error: 'expected a prompt file path or false' })
      .default(false),
  }).prefault({}),
  policy: z.strictObject({
    placeholder: nonEmpty.default(
      'This section is under review by the site\'s moderators and will be back once it has been checked.',
    ),
    /** What the placeholder says once a reviewer confirms the removal (`review confirm`). */
    confirmedPlaceholder: nonEmpty.default('This About was removed for breaking the community guidelines.'),
    flagExternalLinks: bool.default(false),
    allowedDomains: z.array(nonEmpty, { error: 'expected a list of domain names' }).default([]),
    flagContactInfo: bool.default(true),
    /** Countries whose national-format phone numbers count as contact details (international ones always do). */
    phoneRegions: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected two-letter country codes like "US"' }),
      { error: 'expected a list of two-letter country codes' }).default(['US', 'GB']),
    /** Which kinds of content the default policy flags; each can be switched off. */
    flag: z.strictObject({
      profanity: bool.default(true),
      hate: bool.default(true),
      harassment: bool.default(true),
      sexual: bool.default(true),
      selfHarm: bool.default(true),
      violence: bool.default(true),
      illicit: bool.default(true),
      /** Scam and spam bait: pharmacy, casino, prize, crypto doubling, "verify your account", payment requests. */
      spam: bool.default(true),
      maliciousLinks: bool.default(true),
    }).prefault({}),
    /** Swearing, slurs and threats in the lexicons' other languages (docs/quality.md); false leaves them to the English rules. */
    multilingual: bool.default(true),
    /** Bounded re-decisions when the member edits between our read and our write. */
    maxConflictRetries: intRange(0, 10).default(3),
    /** Largest Ricos document accepted, in bytes of JSON. */
    maxDocumentBytes: intRange(1024, 50_000_000).default(2_000_000),
  }).prefault({}),
  store: z.strictObject({
    /** Where the review queue lives: the embedded file below, or PostgreSQL at DATABASE_URL (docs/postgres.md). */
    kind: z.enum(['lowdb', 'postgres'], { error: 'expected "lowdb" or "postgres"' }).default('lowdb'),
    /** Review store file (relative to the config file). Holds personal data: created with mode 0600. */
    path: nonEmpty.default('.aboutmod/review.json'),
  }).prefault({}),
  schedule: z.strictObject({
    cron: z.union([z.literal(false), nonEmpty], { error: 'expected a cron expression or false' })
      .default('0 3 * * *'),
  }).prefault({}),
  server: z.strictObject({
    port: intRange(0, 65535).default(8788),
    host: nonEmpty.default('127.0.0.1'),
    bodyLimitBytes: intRange(1024, 20_000_000).default(4_000_000),
    queueLimit: intRange(1, 1_000_000).default(10_000),
    /** Whole request, headers and body, from its first byte: a client trickling its body is cut off. */
    requestTimeoutMs: intRange(100, 600_000).default(10_000),
    /** How long an idle keep-alive connection is kept open for its next request. */
    keepAliveTimeoutMs: intRange(100, 600_000).default(5_000),
    /** Requests on one keep-alive connection before it is closed (then reopened by the client). */
    maxRequestsPerSocket: intRange(1, 1_000_000).default(1_000),
    /** Open connections at once; further ones are closed as they arrive. */
    maxConnections: intRange(1, 100_000).default(1_000),
  }).prefault({}),
  /** Many sites as a Wix app (docs/workers.md): `aboutmod worker` processes and their job queues in PostgreSQL. */
  app: z.strictObject({
    /** Requests per second toward Wix for one site, per worker process (retries included). */
    siteRequestsPerSecond: intRange(1, 1000).default(10),
    /** Page jobs of full scans one worker runs at once (each for a different site: a site's pages run one at a time). */
    scanConcurrency: intRange(1, 64).default(4),
    /** Webhook rescans one worker runs at once, on their own slots so they never wait behind scan pages. */
    rescanConcurrency: intRange(1, 64).default(4),
    /** How often an idle worker asks for new rescans, in ms (scan pages: every second). */
    rescanPollMs: intRange(500, 60_000).default(500),
    /** A job running longer than this is taken for dead (its worker killed) and retried elsewhere from its checkpoint. */
    jobExpireSeconds: intRange(5, 3600).default(120),
    /** How often expired jobs are looked for (pg-boss maintenance), in seconds. */
    maintenanceSeconds: intRange(1, 3600).default(30),
    /** Retries of a failed job, with exponential backoff from retryDelaySeconds. */
    retryLimit: intRange(0, 100).default(5),
    retryDelaySeconds: intRange(1, 3600).default(10),
    /** A removed site's data is kept this long (a re-install within it keeps the queue), then deleted. */
    removalGraceSeconds: intRange(0, 365 * 86_400).default(7 * 86_400),
    /** How often a worker looks for removed sites whose grace has passed. */
    purgeCheckSeconds: intRange(1, 86_400).default(300),
    /** On SIGTERM, how long running jobs may take to finish before they are released to other workers. */
    stopTimeoutSeconds: intRange(1, 3600).default(30),
  }).prefault({}),
  notify: z.strictObject({
    enabled: bool.default(false),
    guidelinesUrl: z.union([z.literal(''), url], { error: 'expected an http(s) URL or ""' }).default(''),
    member: z.strictObject({
      templateId: z.union([z.null(), nonEmpty], { error: 'expected a template id or null' }).default(null),
    }).prefault({}),
    owner: z.strictObject({
      webhookUrl: z.union([z.null(), url], { error: 'expected an http(s) URL or null' }).default(null),
      smtp: z.union([z.null(), smtp], { error: 'expected an SMTP object or null' }).default(null),
      /** Base URL of the review page, for links in owner notices. */
      reviewUrl: z.union([z.null(), url], { error: 'expected an http(s) URL or null' }).default(null),
    }).prefault({}),
  }).prefault({}),
});

export type Config = z.infer<typeof configSchema>;
