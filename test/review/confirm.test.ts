import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../src/review/index.js';
import { buildPlaceholder, isPlaceholder } from '../../src/ricos/index.js';
import type { MemberAbout } from '../../src/wix/types.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';

/**
 * `review confirm` rewrites our placeholder to the owner's final words, revision-safely, and a confirm
 * can be undone by `review restore` while that placeholder is live. Through the built CLI against the
 * emulator's demo site, with review items from a real scan.
 */
const FINAL = 'Removed by the Riverside moderators: it broke our rules.';
let em: Awaited<ReturnType<typeof startEmulatorProcess>>;
let config: string;
let storePath: string;

beforeAll(async () => {
  em = await startEmulatorProcess(['--seed', 'demo']);
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-confirm-'));
  config = join(dir, 'config.json');
  storePath = join(dir, 'review.json');
  await writeFile(config, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: storePath }, policy: { confirmedPlaceholder: FINAL } }));
  const scan = await cli(['scan', '--json']);
  expect(scan.code, scan.stderr).toBe(0);
  expect(items().filter((i) => i.status === 'replaced').length).toBeGreaterThanOrEqual(6);
}, 120_000);
afterAll(async () => {
  await em?.stop();
});

function cli(args: string[]): Promise<CliResult> {
  return runCli([...args, '--config', config], { env: em.env });
}
function items(): ReviewItem[] {
  return (JSON.parse(readFileSync(storePath, 'utf8')) as { items: ReviewItem[] }).items;
}
function stored(id: string): ReviewItem {
  return items().find((i) => i.id === id)!;
}
const taken = new Set<string>();
function takeReplaced(): ReviewItem {
  const item = items().find((i) => i.status === 'replaced' && !taken.has(i.id));
  if (!item) throw new Error('the demo site ran out of replaced items for these tests');
  taken.add(item.id);
  return item;
}
async function live(id: string): Promise<MemberAbout> {
  return ((await (await fetch(`${em.url}/_emulator/abouts/${encodeURIComponent(id)}`)).json()) as { memberAbout: MemberAbout }).memberAbout;
}
async function updates(): Promise<number> {
  return ((await (await fetch(`${em.url}/_emulator/stats`)).json()) as { update?: number }).update ?? 0;
}
async function memberEdit(aboutId: string): Promise<MemberAbout> {
  const res = await fetch(`${em.url}/_emulator/member-edit`, { method: 'POST', body: JSON.stringify({ aboutId }) });
  expect(res.status).toBe(200);
  return live(aboutId);
}
const next = (revision: string) => (BigInt(revision) + 1n).toString();
const steps = (item: ReviewItem) => item.history.filter((h) => h.to).map((h) => [h.action, h.by, h.from ?? null, h.to]);

describe('review confirm', () => {
  it('rewrites the placeholder to the configured final text at the next revision and records that revision; a rescan leaves it alone', async () => {
    const item = takeReplaced();
    const r = await cli(['review', 'confirm', item.id, '--by', 'carol', '--note', 'a slur']);
    expect(r.code, r.stderr).toBe(0);
    const revision = next(item.placeholderRevision!);
    expect(r.stdout.trim()).toBe(`confirmed ${item.id} (About ${item.aboutId}, revision ${revision})`);

    const about = await live(item.aboutId);
    expect(about.revision).toBe(revision);
    expect(isPlaceholder(about.content, FINAL)).toBe(true);
    const after = stored(item.id);
    expect(after).toMatchObject({ status: 'confirmed', placeholderRevision: revision, original: item.original });
    expect(after.history.at(-1)).toMatchObject({ action: 'confirmed', by: 'carol', note: 'a slur', revision, from: 'replaced', to: 'confirmed' });

    // The final placeholder is still ours: a scan neither flags nor writes it.
    const before = await updates();
    const scan = await cli(['scan', '--json', '--only', item.aboutId]);
    expect(scan.code, scan.stderr).toBe(0);
    expect(JSON.parse(scan.stdout.trim().split('\n').at(-1)!)).toMatchObject({ flagged: 0, replaced: 0 });
    expect(await updates()).toBe(before);
  });

  it('can be undone: restore puts the exact original back over the final placeholder, and the history shows both steps', async () => {
    const item = takeReplaced();
    expect((await cli(['review', 'confirm', item.id, '--by', 'carol'])).code).toBe(0);
    const r = await cli(['review', 'restore', item.id, '--by', 'dave', '--note', 'my mistake', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const after = JSON.parse(r.stdout) as ReviewItem;
    const about = await live(item.aboutId);
    expect(about.content).toEqual(item.original.content);
    expect(after).toMatchObject({ status: 'restored', restoredRevision: about.revision });
    expect(about.revision).toBe(next(next(item.placeholderRevision!)));
    expect(steps(after)).toEqual([
      ['flagged', 'aboutmod', null, 'pending'],
      ['replaced', 'aboutmod', 'pending', 'replaced'],
      ['confirmed', 'carol', 'replaced', 'confirmed'],
      ['restored', 'dave', 'confirmed', 'restored'],
    ]);
    expect(after.history.at(-1)).toMatchObject({ note: 'my mistake', revision: about.revision });
  });

  it('a restore after the member edited the confirmed About is refused as today: one line, exit 1 (the world refused, not bad input), their edit stands, superseded', async () => {
    const item = takeReplaced();
    expect((await cli(['review', 'confirm', item.id])).code).toBe(0);
    const edited = await memberEdit(item.aboutId);
    const before = await updates();

    const r = await cli(['review', 'restore', item.id, '--by', 'erin']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`aboutmod: review item "${item.id}" not restored: the member edited their About since; their edit stands`);
    expect(await updates()).toBe(before);
    expect(await live(item.aboutId)).toEqual(edited);
    expect(stored(item.id).history.at(-1)).toMatchObject({ by: 'erin', action: 'superseded', revision: edited.revision, from: 'confirmed', to: 'superseded' });
  });

  it('a confirm after the member edited is refused the same way and writes nothing on Wix', async () => {
    const item = takeReplaced();
    const edited = await memberEdit(item.aboutId);
    const before = await updates();
    const r = await cli(['review', 'confirm', item.id, '--by', 'frank']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`aboutmod: review item "${item.id}" not confirmed: the member edited their About since; their edit stands`);
    expect(await updates()).toBe(before);
    expect(await live(item.aboutId)).toEqual(edited);
    expect(stored(item.id)).toMatchObject({ status: 'superseded', original: item.original });
  });

  it('a second confirm is refused (exit 2) and changes nothing', async () => {
    const item = takeReplaced();
    expect((await cli(['review', 'confirm', item.id])).code).toBe(0);
    const storeBefore = readFileSync(storePath, 'utf8');
    const wixBefore = await updates();
    const again = await cli(['review', 'confirm', item.id]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(`aboutmod: review item "${item.id}" is confirmed: it cannot become confirmed`);
    expect(readFileSync(storePath, 'utf8')).toBe(storeBefore);
    expect(await updates()).toBe(wixBefore);
  });

  it('an earlier confirm whose store write was lost (final text live at the next revision) is recorded, not refused', async () => {
    const item = takeReplaced();
    // The update went out and landed, but the process died before the store heard of it.
    const res = await fetch(`${em.url}/members/v2/abouts/${item.aboutId}`, {
      method: 'PATCH',
      headers: { authorization: em.env.WIX_API_KEY!, 'wix-site-id': em.env.WIX_SITE_ID!, 'content-type': 'application/json' },
      body: JSON.stringify({ memberAbout: { id: item.aboutId, revision: item.placeholderRevision, content: buildPlaceholder(FINAL) } }),
    });
    expect(res.status).toBe(200);
    const before = await updates();
    const r = await cli(['review', 'confirm', item.id, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'confirmed', placeholderRevision: next(item.placeholderRevision!) });
    expect(await updates()).toBe(before);
  });
});
