import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openReviewStore, type VerdictRecord } from '../../src/review/index.js';

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

async function storePath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-verdicts-'));
  dirs.push(dir);
  return join(dir, 'review.json');
}

const AT = '2026-12-02T10:00:00.000Z';
const verdict = (i: number, revision: string, extra: Partial<VerdictRecord> = {}): VerdictRecord => ({
  aboutId: `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, revision, scorer: i % 3 ? 'local:a' : 'openai:b', flagged: i % 7 === 0, at: AT, ...extra,
});

describe('the verdict cache on disk', () => {
  it('a reopened store answers each About\'s latest verdict exactly, odd revisions and flags included, after compaction', async () => {
    const path = await storePath();
    const store = await openReviewStore(path);
    // More Abouts than one chunk of the in-memory table holds (16,384).
    const n = 20_000;
    await store.putVerdicts(Array.from({ length: n }, (_, i) => verdict(i, '3')));
    // A second round on every About, then three odd ones (beyond 2^53, not numeric, kept).
    await store.putVerdicts(Array.from({ length: n }, (_, i) => verdict(i, String(4 + i))));
    await store.putVerdicts([
      verdict(1, '18446744073709551615'),
      verdict(2, 'not-a-number'),
      verdict(3, '9', { kept: true, flagged: false }),
    ]);
    await store.close();

    const again = await openReviewStore(path);
    const some = [0, 7, 4242, 16_383, 16_384, n - 1];
    expect(await again.getVerdicts(some.map((i) => verdict(i, '').aboutId))).toEqual(some.map((i) => verdict(i, String(4 + i))));
    const [one, two, three, never] = await again.getVerdicts([1, 2, 3].map((i) => verdict(i, '').aboutId).concat('never-scored'));
    expect(one?.revision).toBe('18446744073709551615');
    expect(two?.revision).toBe('not-a-number');
    expect(three).toEqual(verdict(3, '9', { kept: true, flagged: false }));
    expect(never).toBeUndefined();
    await again.close();

    const lines = (await readFile(path.replace(/\.json$/, '.verdicts.jsonl'), 'utf8')).trim().split('\n');
    // Compacted once more than half its lines were outdated: one line per About, the latest.
    expect(lines).toHaveLength(n);
    expect(new Set(lines.map((l) => (JSON.parse(l) as VerdictRecord).aboutId)).size).toBe(n);
  });
  it('the lookups of a page see every verdict another process wrote before they were asked, each exactly', async () => {
    const path = await storePath();
    const writer = await openReviewStore(path);
    const reader = await openReviewStore(path);
    const page = Array.from({ length: 100 }, (_, i) => verdict(i, '1'));
    await writer.putVerdicts(page);
    const ids = page.map((v) => v.aboutId);
    expect(await reader.getVerdicts(ids)).toEqual(page);
    // Lookups still reading while the other process writes, then lookups asked after its write.
    const during = reader.getVerdicts(ids);
    const newer = page.map((v) => ({ ...v, revision: '2' }));
    await writer.putVerdicts(newer);
    expect(await reader.getVerdicts(ids)).toEqual(newer);
    for (const v of await during) expect(['1', '2']).toContain(v?.revision);
    await reader.close();
    await writer.close();
  });
});
