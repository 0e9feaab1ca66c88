import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openReviewStore } from '../../src/review/lowdb-store.js';
import { InvalidTransition, ItemNotFound, StoreCorrupt } from '../../src/review/errors.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { newItem, storeContract } from '../helpers/store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'aboutmod-store-'));
let n = 0;
const freshPath = () => join(root, `case-${++n}`, 'sub', 'review.json');

/** Every file of the store (snapshot, journal, verdict log) with its contents: what "writes nothing" compares. */
function diskState(path: string): Record<string, string> {
  const dir = join(path, '..');
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

storeContract('lowdb', async () => {
  const path = freshPath();
  return { open: () => openReviewStore(path) };
});

describe('lowdb review store on disk', () => {
  it('creates the file 0600 in a 0700 directory', async () => {
    const path = freshPath();
    const store = await openReviewStore(path);
    await store.addPending([newItem('a1')], 'aboutmod');
    await store.close();
    for (const file of readdirSync(join(path, '..'))) expect(statSync(join(path, '..', file)).mode & 0o777).toBe(0o600);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
  });

  it('a read-only open of a missing store creates nothing', async () => {
    const path = freshPath();
    const store = await openReviewStore(path);
    expect(await store.list()).toEqual([]);
    await store.close();
    expect(existsSync(path)).toBe(false);
  });

  it('group commit: 50 concurrent addPending calls take far fewer than 50 durable writes', async () => {
    const store = await openReviewStore(freshPath());
    const added = await Promise.all(Array.from({ length: 50 }, (_, i) => store.addPending([newItem(`g${i}`)], 'aboutmod')));
    expect(added.flat()).toHaveLength(50);
    expect(store.stats.writes).toBeLessThan(5);
    expect(await store.list({ status: 'pending' })).toHaveLength(50);
    await store.close();
  });

  it('a write issued while another is in flight is carried by the next single write', async () => {
    const store = await openReviewStore(freshPath());
    const first = store.addPending([newItem('w0')], 'aboutmod');
    await sleep(0);
    // These arrive while the first batch is being written: one more write covers all of them.
    const rest = Array.from({ length: 20 }, (_, i) => store.addPending([newItem(`w${i + 1}`)], 'aboutmod'));
    await Promise.all([first, ...rest]);
    expect(store.stats.writes).toBeLessThanOrEqual(2);
    await store.close();
  });

  it('a commit appends the batch to the journal instead of rewriting the queue; close folds it into the snapshot', async () => {
    const path = freshPath();
    const seed = await openReviewStore(path);
    await seed.addPending(Array.from({ length: 500 }, (_, i) => newItem(`j${i}`)), 'aboutmod');
    await seed.close();
    const snapshot = statSync(path);
    const store = await openReviewStore(path);
    const [item] = await store.addPending([newItem('j-new')], 'aboutmod');
    const journal = join(path, '..', 'review.journal.jsonl');
    expect(statSync(path).ino).toBe(snapshot.ino);
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(1);
    // Another process reading now sees the journal line.
    const reader = await openReviewStore(path);
    expect((await reader.get(item!.id))?.aboutId).toBe('j-new');
    await reader.close();
    await store.close();
    expect(readFileSync(journal, 'utf8')).toBe('');
    const items = (JSON.parse(readFileSync(path, 'utf8')) as { items: Array<{ id: string }> }).items;
    expect(items).toHaveLength(501);
  });

  it('a refused call (illegal transition, unknown id) writes nothing to disk', async () => {
    const path = freshPath();
    const store = await openReviewStore(path);
    const [item] = await store.addPending([newItem('t1')], 'aboutmod');
    await store.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' });
    const before = diskState(path);
    const writes = store.stats.writes;
    await expect(store.transition(item!.id, 'pending', { by: 'bob', action: 'replaced' })).rejects.toThrow(InvalidTransition);
    await expect(store.transition('nope', 'confirmed', { by: 'x', action: 'confirmed' })).rejects.toThrow(ItemNotFound);
    expect(store.stats.writes).toBe(writes);
    expect(diskState(path)).toEqual(before);
    await store.close();
  });

  it('the verdict log keeps the last verdict per About and compacts itself when most lines are outdated', async () => {
    const path = freshPath();
    const store = await openReviewStore(path);
    for (let round = 0; round < 3; round++) {
      await store.putVerdicts(Array.from({ length: 4000 }, (_, i) => ({
        aboutId: `v${i % 100}`, revision: String(round * 4000 + i), scorer: 's', flagged: false, at: '2026-01-01T00:00:00.000Z',
      })));
    }
    await store.close();
    const log = readFileSync(join(path, '..', 'review.verdicts.jsonl'), 'utf8').trim().split('\n');
    expect(log).toHaveLength(100);
    const again = await openReviewStore(path);
    expect((await again.getVerdicts(['v99', 'v0'])).map((v) => v?.revision)).toEqual([String(2 * 4000 + 3999), String(2 * 4000 + 3900)]);
    await again.close();
  });

  it('two processes adding at the same time lose nothing: the lock serialises their writes', async () => {
    const path = freshPath();
    const module = join(PACKAGE_ROOT, 'dist/review/lowdb-store.js');
    const script = (who: string) => `
      const { openReviewStore } = await import(${JSON.stringify(module)});
      const store = await openReviewStore(${JSON.stringify(path)});
      for (let i = 0; i < 40; i++) {
        await store.addPending([{ aboutId: '${who}' + i, memberId: 'm', original: { content: {}, revision: '1' }, reasons: [], scorer: 's' }], '${who}');
      }
      await store.close();
    `;
    const run = (who: string) => new Promise<number | null>((resolve) => {
      spawn(process.execPath, ['--input-type=module', '-e', script(who)], { stdio: 'inherit' }).once('exit', resolve);
    });
    expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
    const store = await openReviewStore(path);
    expect(await store.list()).toHaveLength(80);
    await store.close();
  });

  it('a corrupt store file is one StoreCorrupt line (exit 1) and is never overwritten', async () => {
    const path = freshPath();
    const store = await openReviewStore(path);
    await store.addPending([newItem('c1')], 'aboutmod');
    await store.close();
    writeFileSync(path, '{"version":1,"items":[{');
    const err = await openReviewStore(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorrupt);
    expect((err as StoreCorrupt).exitCode).toBe(1);
    expect((err as Error).message).toContain(path);
    expect((err as Error).message).not.toContain('\n');
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"items":[{');
  });

  it('a process killed with SIGKILL mid-write leaves the old or the new file, never a broken one', async () => {
    const path = freshPath();
    const seed = await openReviewStore(path);
    await seed.addPending([newItem('k0')], 'aboutmod');
    await seed.close();
    const module = join(PACKAGE_ROOT, 'dist/review/lowdb-store.js');
    // The child rewrites a store of a few hundred items in a loop, so a kill lands mid-write often.
    const script = `
      const { openReviewStore } = await import(${JSON.stringify(module)});
      const store = await openReviewStore(${JSON.stringify(path)});
      const item = (i) => ({ aboutId: 'k' + i, memberId: 'm', original: { content: { text: 'x'.repeat(2000) }, revision: '1' }, reasons: [], scorer: 's' });
      for (let i = 1; ; i++) { await store.addPending([item(i)], 'child'); if (i === 1) process.stdout.write('go\\n'); }
    `;
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((r) => child.stdout.once('data', () => r()));
      await sleep(20 + round * 17);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const store = await openReviewStore(path);
      const items = await store.list();
      expect(items.length).toBeGreaterThan(round);
      expect(items.some((i) => i.aboutId === 'k0')).toBe(true);
      await store.close();
    }
    // The killed writers' lock (pid gone) is broken and their temp files are cleared by the next write.
    const after = await openReviewStore(path);
    await after.addPending([newItem('k-after')], 'aboutmod');
    expect((await after.list({ aboutId: 'k-after' }))).toHaveLength(1);
    await after.close();
    expect(readdirSync(join(path, '..')).filter((f) => /\.tmp$|\.lock/.test(f))).toEqual([]);
  });
});
