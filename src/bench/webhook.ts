import { randomUUID, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { freePort } from './free-port.js';
import { spawnEmulator, type EmulatorProcess } from '../demo/emulator-process.js';
import { startServe, webhookKeyFile, type ServeProcess } from '../demo/serve-process.js';
import { log, percentile, round } from './figures.js';

/**
 * Webhook figures (issue 9), from real processes: the emulator as Wix and `aboutmod serve`.
 * 1. Events accepted per second: genuine signed events POSTed straight at the server, many in flight,
 *    each one verified, deduplicated durably and queued (its rescan runs meanwhile, as in production).
 * 2. Event to placeholder: abusive member edits made through the emulator at that same rate, and at a
 *    gentle rate; from the edit to the server's "replaced" decision, read from its log lines.
 */
const SITE_ABOUTS = 1_000;
const ACCEPT_EVENTS = 1_000;
const IN_FLIGHT = 32;
const BURST_EDITS = 200;
const GENTLE_RATE = 5;
const GENTLE_EDITS = 25;
const ABUSE = 'You are all worthless pieces of shit.';

export async function benchWebhook(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-bench-webhook-'));
  const key = await webhookKeyFile(dir);

  const port = await freePort();
  const em = await spawnEmulator(['--seed', `bulk:${SITE_ABOUTS}:0`, '--private-key', key.privateKeyFile, '--webhook-url', `http://127.0.0.1:${port}/webhooks/wix`]);
  let server: ServeProcess | undefined;
  try {
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: join(dir, 'review.json') }, schedule: { cron: false } }));
    server = await startServe(config, { ...em.env, WIX_WEBHOOK_PUBLIC_KEY: key.publicKeyPem }, port);
    const ids = Array.from({ length: SITE_ABOUTS }, (_, i) => `b0000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`);

    // 1. Accepted per second. Tokens are signed beforehand: signing is Wix's cost, not ours.
    const tokens = await Promise.all(Array.from({ length: ACCEPT_EVENTS }, (_, i) => signUpdated(key.privateKey, em.siteId, ids[i % ids.length]!)));
    const accept = await postAll(`${server.url}/webhooks/wix`, tokens, IN_FLIGHT);
    const rate = accept.accepted / (accept.ms / 1000);
    figures['webhook.acceptedPerSec'] = round(rate);
    figures['webhook.acceptP95Ms'] = round(accept.p95Ms, 1);
    figures['webhook.shed503'] = accept.shed;
    log(`webhook: ${accept.accepted}/${ACCEPT_EVENTS} events accepted at ${figures['webhook.acceptedPerSec']}/s with ${IN_FLIGHT} in flight `
      + `(answer p95 ${figures['webhook.acceptP95Ms']} ms, Wix allows 1250; ${accept.shed} shed with 503)`);
    await idle(server.url);

    // 2. Event to placeholder, at the accepted rate (a burst) and at a gentle rate.
    for (const [name, editsPerSec, count, offset] of [['atAcceptedRate', rate, BURST_EDITS, 0], ['gentle', GENTLE_RATE, GENTLE_EDITS, BURST_EDITS]] as const) {
      const targets = ids.slice(offset, offset + count);
      const { latencies, spanMs } = await editToPlaceholder(em, server, targets, editsPerSec);
      figures[`webhook.toPlaceholder.${name}.ratePerSec`] = round(editsPerSec);
      figures[`webhook.toPlaceholder.${name}.p50Ms`] = round(percentile(latencies, 0.5));
      figures[`webhook.toPlaceholder.${name}.p95Ms`] = round(percentile(latencies, 0.95));
      figures[`webhook.toPlaceholder.${name}.maxMs`] = round(Math.max(...latencies));
      figures[`webhook.toPlaceholder.${name}.placeholdersPerSec`] = round(count / (spanMs / 1000), 1);
      log(`webhook: member edit -> placeholder, ${count} edits at ${round(editsPerSec)}/s: p50 ${figures[`webhook.toPlaceholder.${name}.p50Ms`]} ms, `
        + `p95 ${figures[`webhook.toPlaceholder.${name}.p95Ms`]} ms, max ${figures[`webhook.toPlaceholder.${name}.maxMs`]} ms; `
        + `${figures[`webhook.toPlaceholder.${name}.placeholdersPerSec`]} placeholders/s`);
    }
  } finally {
    await server?.stop();
    await em.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

/** A Wix-shaped `member_about_updated` JWT (wix-api.md section 8) for the site `siteId`, with a fresh event id. */
function signUpdated(key: KeyObject, siteId: string, aboutId: string): Promise<string> {
  const event = {
    id: randomUUID(), entityFqdn: 'wix.members.about.v2.member_about', slug: 'updated', entityId: aboutId,
    eventTime: new Date().toISOString(), entityEventSequence: '1', updatedEvent: { currentEntity: { id: aboutId, revision: '1' } },
  };
  const data = JSON.stringify({
    eventType: 'wix.members.about.v2.member_about_updated', instanceId: 'bench',
    data: JSON.stringify(event), identity: JSON.stringify({ identityType: 'MEMBER', memberId: 'bench' }), accountInfo: { siteId },
  });
  return new SignJWT({ data }).setProtectedHeader({ alg: 'RS256' }).setIssuedAt().setExpirationTime('1h').sign(key);
}

async function postAll(url: string, bodies: string[], inFlight: number) {
  let next = 0;
  let accepted = 0;
  let shed = 0;
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
      await res.arrayBuffer();
      times.push(performance.now() - t);
      if (res.status === 200) accepted++;
      else if (res.status === 503) shed++;
      else throw new Error(`bench: webhook answered ${res.status}`);
    }
  }));
  return { accepted, shed, ms: performance.now() - started, p95Ms: percentile(times, 0.95) };
}

/** Edits each About abusively at `perSec`, then waits for the server's "replaced" decision for each. */
async function editToPlaceholder(em: EmulatorProcess, server: ServeProcess, aboutIds: string[], perSec: number) {
  const editedAt = new Map<string, number>();
  const content = { nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text: ABUSE, decorations: [] } }], paragraphData: {} }] };
  const started = Date.now();
  const edits = aboutIds.map(async (aboutId, i) => {
    const due = started + (i * 1000) / perSec;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    editedAt.set(aboutId, Date.now());
    const res = await fetch(`${em.url}/_emulator/member-edit`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId, content }),
    });
    if (res.status !== 200) throw new Error(`bench: member-edit answered ${res.status}`);
    await res.arrayBuffer();
  });
  await Promise.all(edits);
  const replacedAt = new Map<string, number>();
  const deadline = Date.now() + 300_000;
  while (replacedAt.size < aboutIds.length) {
    for (const line of server.logs.splice(0)) {
      const summary = line.summary as { replaced?: number } | undefined;
      if (line.msg === 'decision' && summary?.replaced && editedAt.has(line.aboutId as string)) replacedAt.set(line.aboutId as string, line.time as number);
    }
    if (Date.now() > deadline) throw new Error(`bench: only ${replacedAt.size} of ${aboutIds.length} edits were replaced`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    latencies: aboutIds.map((id) => replacedAt.get(id)! - editedAt.get(id)!),
    /** First edit to last placeholder: the rescan throughput when the burst outruns it. */
    spanMs: Math.max(...replacedAt.values()) - started,
  };
}

async function idle(url: string): Promise<void> {
  for (;;) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { queue: { depth: number } };
    if (health.queue.depth === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

