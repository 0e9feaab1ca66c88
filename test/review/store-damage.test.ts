import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openReviewStore, type ReviewItem } from '../../src/review/index.js';
import { runCli } from '../helpers/cli.js';

/**
 * Every way the review store's files can be damaged, through the spawned CLI: exit 1 and exactly one
 * line on stderr naming the file and what to do, never an empty queue, never "internal error". The
 * store starts as a command leaves it: snapshot, empty journal, verdict log.
 */
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const RESTORE = "restore it from a backup (to start an empty queue instead, move the store's files away)";

interface Store {
  dir: string;
  config: string;
  snapshot: string;
  journal: string;
  verdicts: string;
  item: ReviewItem;
}

/** A store with one replaced item, a reviewer and a verdict, closed (journal folded), in `dir`. */
async function makeStore(dir: string): Promise<Store> {
  const snapshot = join(dir, 'review.json');
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ store: { path: snapshot } }));
  const store = await openReviewStore(snapshot);
  const [added] = await store.addPending([{
    aboutId: 'about-1', memberId: 'member-1', scorer: 'local:test',
    original: { revision: '1', content: { nodes: [{ type: 'PARAGRAPH', id: 'p', nodes: [{ type: 'TEXT', textData: { text: 'the original' } }] }] } },
    reasons: [{ category: 'profanity', score: 0.9, source: 'local:test', evidence: [] }],
  }], 'aboutmod');
  const item = await store.transition(added!.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' });
  await store.putReviewer({ name: 'alice', passwordHash: 'scrypt$x', createdAt: new Date().toISOString() });
  await store.putVerdicts([{ aboutId: 'about-1', revision: '1', scorer: 'local:test', flagged: true, at: new Date().toISOString() }]);
  await store.close();
  return { dir, config, snapshot, journal: join(dir, 'review.journal.jsonl'), verdicts: join(dir, 'review.verdicts.jsonl'), item };
}

async function freshStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-damage-'));
  dirs.push(dir);
  return makeStore(dir);
}

/** Every entry of `dir` with its content (a folder as "(folder)"). */
function diskState(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => {
    const path = join(dir, f);
    return [f, statSync(path).isDirectory() ? '(folder)' : readFileSync(path, 'utf8')];
  }));
}

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected invalid JSON');
}

function snapshotWith(s: Store, edit: (data: { items: Array<Record<string, unknown>> } & Record<string, unknown>) => unknown): void {
  writeFileSync(s.snapshot, JSON.stringify(edit(JSON.parse(readFileSync(s.snapshot, 'utf8')))));
}

const cases: Array<{ damage: string; apply: (s: Store) => void; line: (s: Store) => string }> = [
  {
    damage: 'review.json is not JSON (cut mid-write by another tool)',
    apply: (s) => writeFileSync(s.snapshot, '{"version":1,"items":[{'),
    line: (s) => `review store ${s.snapshot}: not valid JSON (${parseError('{"version":1,"items":[{')}); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'review.json is empty',
    apply: (s) => writeFileSync(s.snapshot, ''),
    line: (s) => `review store ${s.snapshot}: not valid JSON (${parseError('')}); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'review.json is JSON of another shape (an array)',
    apply: (s) => writeFileSync(s.snapshot, '[1,2,3]'),
    line: (s) => `review store ${s.snapshot}: not a review store (top level: expected object, received array); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'items is not an array',
    apply: (s) => snapshotWith(s, (d) => ({ ...d, items: { [s.item.id]: s.item } })),
    line: (s) => `review store ${s.snapshot}: not a review store (items: expected array, received object); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'an item lacks a field (aboutId)',
    apply: (s) => snapshotWith(s, (d) => ({ ...d, items: d.items.map(({ aboutId: _, ...rest }) => rest) })),
    line: (s) => `review store ${s.snapshot}: not a review store (items[0].aboutId: expected string, received undefined); left unchanged; ${RESTORE}`,
  },
  {
    damage: "an item's original content is gone",
    apply: (s) => snapshotWith(s, (d) => ({ ...d, items: d.items.map((i) => ({ ...i, original: { revision: '1' } })) })),
    line: (s) => `review store ${s.snapshot}: not a review store (items[0].original.content: missing); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'an item has an unknown status',
    apply: (s) => snapshotWith(s, (d) => ({ ...d, items: d.items.map((i) => ({ ...i, status: 'approved' })) })),
    line: (s) => `review store ${s.snapshot}: not a review store (items[0].status: expected one of "pending"|"replaced"|"restored"|"confirmed"|"superseded"); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'review.json deleted (after a command: the journal folded, empty)',
    apply: (s) => unlinkSync(s.snapshot),
    line: (s) => `review store ${s.snapshot} is missing, though ${s.verdicts} shows it was written before: ${RESTORE}`,
  },
  {
    damage: 'review.json deleted while the journal holds changes not folded yet (serve running)',
    apply: (s) => {
      appendFileSync(s.journal, `${JSON.stringify({ reviewers: [{ name: 'bob', passwordHash: 'scrypt$z', createdAt: '2026-01-01T00:00:00Z' }] })}\n`);
      unlinkSync(s.snapshot);
    },
    line: (s) => `review store ${s.snapshot} is missing, though ${s.journal} shows it was written before: ${RESTORE}`,
  },
  {
    damage: 'review.json and its journal deleted, the verdict log left',
    apply: (s) => {
      unlinkSync(s.snapshot);
      unlinkSync(s.journal);
    },
    line: (s) => `review store ${s.snapshot} is missing, though ${s.verdicts} shows it was written before: ${RESTORE}`,
  },
  {
    damage: 'the journal deleted',
    apply: (s) => unlinkSync(s.journal),
    line: (s) => `review journal ${s.journal} is missing beside ${s.snapshot}: changes since the last fold may be lost; restore it from a backup, or create it empty to go on from the snapshot alone`,
  },
  // Each file turned into a folder: unreadable, named with what it is.
  ...([['snapshot', 'review store'], ['journal', 'review journal'], ['verdicts', 'verdict log']] as const).map(([file, what]) => ({
    damage: `the ${what} is a directory`,
    apply: (s: Store) => {
      unlinkSync(s[file]);
      mkdirSync(s[file]);
    },
    line: (s: Store) => `${what} ${s[file]}: cannot read (EISDIR); it must be a file the user running aboutmod can read`,
  })),
  {
    damage: 'a journal line is not JSON',
    apply: (s) => appendFileSync(s.journal, '{"items":[\n'),
    line: (s) => `review journal ${s.journal}: line 1 is not valid JSON; left unchanged; ${RESTORE}`,
  },
  {
    damage: 'a journal line is JSON of another shape',
    apply: (s) => appendFileSync(s.journal, `${JSON.stringify({ items: [{ id: 'x', status: 'replaced' }] })}\n`),
    line: (s) => `review journal ${s.journal}: line 1 is not a review journal line (items[0].aboutId: expected string, received undefined); left unchanged; ${RESTORE}`,
  },
  {
    damage: 'a verdict log line is JSON of another shape',
    apply: (s) => appendFileSync(s.verdicts, `${JSON.stringify({ aboutId: 'a', revision: '1', scorer: 's', flagged: 'yes', at: 'now' })}\n`),
    line: (s) => `verdict log ${s.verdicts}: line 2 is not a verdict log line (flagged: expected boolean, received string); left unchanged; delete it to have every About scored again, or restore it from a backup`,
  },
];

describe('a damaged review store is one line naming the file and what to do, exit 1', () => {
  it('the undamaged store lists its item (the table below starts from this)', async () => {
    const s = await freshStore();
    expect(readdirSync(s.dir).sort()).toEqual(['config.json', 'review.journal.jsonl', 'review.json', 'review.verdicts.jsonl']);
    const r = await runCli(['review', 'list', '--json', '--config', s.config]);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([s.item.id]);
  });

  for (const c of cases) {
    it(c.damage, async () => {
      const s = await freshStore();
      c.apply(s);
      const before = diskState(s.dir);
      for (const args of [['review', 'list', '--json'], ['review', 'export']]) {
        const r = await runCli([...args, '--config', s.config]);
        expect({ code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ code: 1, stderr: `aboutmod: ${c.line(s)}\n`, stdout: '' });
      }
      // Left exactly as it was: the owner's backup or repair starts from what was there.
      expect(diskState(s.dir)).toEqual(before);
    });
  }
});

describe('what is not damage', () => {
  it('a first write cut short (an empty journal alone) is a new, empty store, and the next write completes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-damage-'));
    dirs.push(dir);
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ store: { path: join(dir, 'review.json') } }));
    writeFileSync(join(dir, 'review.journal.jsonl'), '');
    const list = await runCli(['review', 'list', '--json', '--config', config]);
    expect({ code: list.code, stderr: list.stderr, stdout: list.stdout }).toEqual({ code: 0, stderr: '', stdout: '{"items":[]}\n' });
    const added = await runCli(['review', 'add-reviewer', 'dana', '--config', config], { input: 'dana-password\n' });
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'review.journal.jsonl', 'review.json']);
    expect((JSON.parse(readFileSync(join(dir, 'review.json'), 'utf8')) as { reviewers: Array<{ name: string }> }).reviewers.map((r) => r.name)).toEqual(['dana']);
  });
});

describe('a full disk', () => {
  const mountPoint = join(tmpdir(), `aboutmod-full-disk-${process.pid}`);
  let mounted = false;
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('names the disk and the file for a write (exit 1); list, show and export still work; nothing is left behind', async (ctx) => {
    mkdirSync(mountPoint, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'pipe' });
      mounted = true;
    } catch (err) {
      console.warn(`skipped: cannot mount a small tmpfs to fill (needs root): ${(err as Error).message.split('\n')[0]}`);
      ctx.skip();
    }
    const s = await makeStore(mountPoint);
    // A change another process wrote and did not fold yet: a reader's close would fold it, and must not fail for it.
    const other = await openReviewStore(s.snapshot);
    await other.putReviewer({ name: 'carol', passwordHash: 'scrypt$y', createdAt: new Date().toISOString() });
    expect(readFileSync(s.journal, 'utf8')).not.toBe('');
    // Fill the disk.
    const filler = join(mountPoint, 'filler');
    const chunk = Buffer.alloc(4096, 1);
    try {
      for (;;) appendFileSync(filler, chunk);
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const before = readdirSync(mountPoint).sort();

    const added = await runCli(['review', 'add-reviewer', 'bob', '--config', s.config], { input: 'bob-password\n' });
    expect({ code: added.code, stderr: added.stderr }).toEqual({
      code: 1,
      stderr: `aboutmod: disk full: cannot write review store ${s.snapshot} (the tmpfs file system mounted at ${mountPoint}); free space and retry\n`,
    });

    const list = await runCli(['review', 'list', '--json', '--config', s.config]);
    expect({ code: list.code, stderr: list.stderr }).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(list.stdout) as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([s.item.id]);
    const show = await runCli(['review', 'show', s.item.id, '--json', '--config', s.config]);
    expect({ code: show.code, stderr: show.stderr }).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(show.stdout) as ReviewItem).original).toEqual(s.item.original);
    const exported = await runCli(['review', 'export', '--config', s.config]);
    expect({ code: exported.code, stderr: exported.stderr }).toEqual({ code: 0, stderr: '' });
    expect(exported.stdout.trim().split('\n').map((l) => (JSON.parse(l) as ReviewItem).id)).toEqual([s.item.id]);

    // No temp file or lock left on the full disk; once there is space again, the write goes through.
    expect(readdirSync(mountPoint).sort()).toEqual(before);
    unlinkSync(filler);
    const retried = await runCli(['review', 'add-reviewer', 'bob', '--config', s.config], { input: 'bob-password\n' });
    expect({ code: retried.code, stderr: retried.stderr }).toEqual({ code: 0, stderr: '' });
    await other.close();
  });
});
