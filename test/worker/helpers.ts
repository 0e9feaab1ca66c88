import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReviewStore, type ReviewItem } from '../../src/review/index.js';
import type { MemberAbout } from '../../src/wix/types.js';
import { runCli, type CliResult } from '../helpers/cli.js';

/** A throwaway directory with a config pointing at the emulator and a fresh review store (`store.kind` from `extra.store`). */
export async function scanSetup(url: string, extra: { wix?: object; policy?: object; scorer?: object; schedule?: object; store?: object } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-scan-'));
  const config = join(dir, 'config.json');
  const storePath = join(dir, 'review.json');
  await writeFile(config, JSON.stringify({
    wix: { baseUrl: url, ...extra.wix }, policy: { ...extra.policy }, store: { path: storePath, ...extra.store }, scorer: extra.scorer, schedule: extra.schedule,
  }));
  return { dir, config, storePath };
}

export interface Summary {
  scanned: number; skipped: number; flagged: number; replaced: number; conflicts: number; errors: number; durationMs: number;
  pages: number; superseded: number; dryRun: boolean; wouldReplace?: Array<{ aboutId: string; categories: string[] }>;
  notices?: { sent: number; failed: number; pending: number; abandoned: number } | { wouldSend: string[] };
}

export async function scan(config: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ result: CliResult; summary: Summary }> {
  const result = await runCli(['scan', '--json', '--config', config, ...args], { env, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`scan exited ${result.code}: ${result.stderr}`);
  return { result, summary: JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Summary };
}

/** The review queue as the store on disk holds it (snapshot + journal), read through the store module. */
export async function readItems(storePath: string): Promise<ReviewItem[]> {
  if (!existsSync(storePath) && !existsSync(storePath.replace(/\.json$/, '.journal.jsonl'))) return [];
  const store = await openReviewStore(storePath);
  try {
    return await store.list();
  } finally {
    await store.close();
  }
}

/** Every file of the store (name -> bytes), to show that something wrote nothing. */
export function storeFiles(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).filter((f) => f !== 'config.json').map((f) => [f, readFileSync(join(dir, f))]));
}

export async function emulatorStats(url: string): Promise<Record<string, number>> {
  return (await (await fetch(`${url}/_emulator/stats`)).json()) as Record<string, number>;
}

export async function resetStats(url: string): Promise<void> {
  await fetch(`${url}/_emulator/stats/reset`, { method: 'POST' });
}

/** The live About as the emulator holds it (control API: no auth, no faults, not counted). */
export async function liveAbout(url: string, id: string): Promise<MemberAbout> {
  return ((await (await fetch(`${url}/_emulator/abouts/${encodeURIComponent(id)}`)).json()) as { memberAbout: MemberAbout }).memberAbout;
}

/** Every About on the emulated site, through the Wix query API the way any client pages. */
export async function allAbouts(url: string, env: NodeJS.ProcessEnv): Promise<MemberAbout[]> {
  const headers = { authorization: env.WIX_API_KEY!, 'wix-site-id': env.WIX_SITE_ID!, 'content-type': 'application/json' };
  const all: MemberAbout[] = [];
  let query: object = { cursorPaging: { limit: 100 } };
  for (;;) {
    const res = await fetch(`${url}/members/v2/abouts/query`, { method: 'POST', headers, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { memberAbouts: MemberAbout[]; metadata: { hasNext?: boolean; cursors?: { next?: string } } };
    all.push(...body.memberAbouts);
    if (!body.metadata.hasNext || !body.metadata.cursors?.next) return all;
    query = { cursorPaging: { limit: 100, cursor: body.metadata.cursors.next } };
  }
}
