import { readFileSync } from 'node:fs';
import type { CliContext } from '../context.js';
import { UsageError } from '../../errors.js';
import { createEmulator, MAX_SITES, writeEnvFile } from '../../emulator/index.js';
import { listenFailure } from '../exit.js';

/**
 * `aboutmod emulator`: the local Wix emulator until SIGTERM/SIGINT. The first stdout line is JSON with
 * what a client needs (port, publicKey, API key and site id, plus the OAuth app credentials); with
 * --write-env the same credentials as `export` lines, ready before that line is printed. With --sites N > 1
 * the line adds a `sites` array (the first site's credentials stay at the top level).
 */
export default async function (ctx: CliContext, _args: string[], opts: Record<string, unknown>): Promise<void> {
  const port = integer(opts.port, '--port', 0, 65535);
  const privateKeyPem = typeof opts.privateKey === 'string' ? readPrivateKey(opts.privateKey) : undefined;
  const webhookUrl = typeof opts.webhookUrl === 'string' ? checkUrl(opts.webhookUrl) : undefined;
  const emulator = await createEmulator({
    port,
    host: String(opts.host),
    sites: integer(opts.sites, '--sites', 1, MAX_SITES),
    seed: String(opts.seed),
    seedSizes: opts.seedSizes === undefined ? undefined : seedSizes(opts.seedSizes),
    webhookUrl,
    stateFile: typeof opts.stateFile === 'string' ? opts.stateFile : undefined,
    privateKeyPem,
    faults: {
      rate429: rate(opts.fault429, '--fault-429'),
      rate503: rate(opts.fault503, '--fault-503'),
      latencyMs: integer(opts.latency, '--latency', 0, 600_000),
      editRate: rate(opts.editRate, '--edit-rate'),
      rateLimit: perSecond(opts.rateLimit, '--rate-limit'),
    },
    emailTemplates: templateIds(opts.emailTemplates),
    logger: ctx.logger,
  }).catch((err: unknown) => {
    throw listenFailure(err, String(opts.host), port, '--port');
  });
  if (typeof opts.writeEnv === 'string') {
    try {
      writeEnvFile(opts.writeEnv, { WIX_API_KEY: emulator.apiKey, WIX_SITE_ID: emulator.siteId, WIX_WEBHOOK_PUBLIC_KEY: emulator.publicKey },
        `aboutmod emulator on ${emulator.url} (set wix.baseUrl to it); rewritten on every start`);
    } catch (err) {
      await emulator.close();
      throw new UsageError(`--write-env ${opts.writeEnv}: cannot write the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const sites = emulator.sites();
  ctx.stdout.write(`${JSON.stringify({
    port: emulator.port,
    url: emulator.url,
    publicKey: emulator.publicKey,
    apiKey: emulator.apiKey,
    siteId: emulator.siteId,
    appId: emulator.appId,
    appSecret: emulator.appSecret,
    instanceId: emulator.instanceId,
    // One site keeps the line it always had; many add each site's credentials (about 220 bytes a site).
    ...(sites.length > 1 ? { sites: sites.map(({ instanceId, siteId, apiKey, ownerUserId }) => ({ instanceId, siteId, apiKey, ownerUserId })) } : {}),
  })}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await emulator.close();
}

function integer(value: unknown, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag}: expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

function rate(value: unknown, flag: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${flag}: expected a number from 0 to 1, got ${JSON.stringify(value)}`);
  return n;
}

function perSecond(value: unknown, flag: string): number {
  const n = Number(value);
  if (!(n >= 0 && Number.isFinite(n))) throw new UsageError(`${flag}: expected requests per second >= 0, got ${JSON.stringify(value)}`);
  return n;
}

function seedSizes(value: unknown): number[] {
  const sizes = String(value).split(',').map((s) => Number(s.trim()));
  if (!sizes.every((n) => Number.isInteger(n) && n >= 0 && n <= 2_000_000)) throw new UsageError(`--seed-sizes: expected About counts (0 to 2000000) separated by commas, got ${JSON.stringify(value)}`);
  return sizes;
}

function templateIds(value: unknown): string[] {
  const ids = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError(`--email-templates: expected template ids separated by commas, got ${JSON.stringify(value)}`);
  return ids;
}

function checkUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new UsageError(`--webhook-url: expected an http(s) URL, got ${JSON.stringify(value)}`);
  return value;
}

function readPrivateKey(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--private-key ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
