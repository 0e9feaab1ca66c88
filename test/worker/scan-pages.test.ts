import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/index.js';
import type { Scorer, Verdict } from '../../src/moderation/index.js';
import { openReviewStore, type ReviewStore } from '../../src/review/index.js';
import type { FlatDocument } from '../../src/ricos/types.js';
import type { MemberAbout, WixApi } from '../../src/wix/types.js';
import { runScan, type PlannedReplacement } from '../../src/worker/scan.js';
import { countedScorer, ScorerOutcomes } from '../../src/worker/index.js';

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

const about = (page: number, i: number, text: string): MemberAbout => ({
  id: `p${page}-a${i}`, revision: '1', memberId: `m${page}-${i}`,
  content: { nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }] }] },
});

/** Three pages of four Abouts; the second of each page is abusive. */
const PAGES = [0, 1, 2].map((p) => [0, 1, 2, 3].map((i) => about(p, i, i === 1 ? `page ${p} bad words` : `page ${p} pottery`)));

function fakeWix(): WixApi {
  return {
    async *queryAbouts() {
      for (const page of PAGES) yield page;
    },
    queryPage: () => Promise.reject(new Error('not used')),
    getAbout: () => Promise.reject(new Error('not used')),
    updateAbout: () => Promise.reject(new Error('not used')),
    getMember: () => Promise.resolve(undefined),
    sendTriggeredEmail: () => Promise.resolve(),
    stats: { query: 0, get: 0, update: 0, retries: 0 },
  };
}

/**
 * Flags "bad"; the first page's abusive About is slow to score, like a long document on a busy thread.
 * Records which texts were being scored at once.
 */
function slowFirstPageScorer(log: string[]): Scorer {
  return {
    id: 'local:test',
    async score(doc: FlatDocument): Promise<Verdict> {
      log.push(`start ${doc.text}`);
      await new Promise((r) => setTimeout(r, doc.text === 'page 0 bad words' ? 300 : 5));
      log.push(`end ${doc.text}`);
      const flagged = doc.text.includes('bad');
      return { flagged, reasons: flagged ? [{ category: 'harassment', score: 0.9, evidence: [], source: 'local:test' }] : [] };
    },
  };
}

describe('a scan of several pages', () => {
  it('scores the next page while a page\'s last About is still scored, and still lists what it would replace in page order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-scan-pages-'));
    dirs.push(dir);
    const store = await openReviewStore(join(dir, 'review.json'));
    const log: string[] = [];
    const plans: PlannedReplacement[] = [];
    try {
      const summary = await runScan({
        wix: fakeWix(), store, scorer: slowFirstPageScorer(log), config: configSchema.parse({}), dryRun: true,
        onPlan: (plan) => plans.push(plan),
      });
      expect(summary).toMatchObject({ scanned: 12, flagged: 3, errors: 0, pages: 3 });
      expect(plans.map((p) => p.aboutId)).toEqual(['p0-a1', 'p1-a1', 'p2-a1']);
      // The second page was scored while the first page's slow About was (no wait at the page's end).
      expect(log.indexOf('start page 1 pottery')).toBeLessThan(log.indexOf('end page 0 bad words'));
    } finally {
      await store.close();
    }
  });

  it('leaves an About over policy.maxDocumentBytes as it is, unscored, and scores the rest (a scorer on this thread)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-scan-pages-'));
    dirs.push(dir);
    const store = await openReviewStore(join(dir, 'review.json'));
    const scored: string[] = [];
    const scorer: Scorer = {
      id: 'local:test',
      async score(doc) {
        scored.push(doc.text);
        return { flagged: false, reasons: [] };
      },
    };
    const big = about(0, 0, `bad words ${'x'.repeat(2000)}`);
    const wix = { ...fakeWix(), async *queryAbouts() { yield [big, about(0, 1, 'pottery'), about(0, 2, 'hiking')]; } };
    try {
      const summary = await runScan({ wix, store, scorer, config: configSchema.parse({ policy: { maxDocumentBytes: 1024 } }), dryRun: true });
      expect(summary).toMatchObject({ scanned: 3, flagged: 0, errors: 1 });
      expect(scored).toEqual(['pottery', 'hiking']);
    } finally {
      await store.close();
    }
  });

  it('keeps as many documents in flight as the scorer asks for, also when its calls are counted for health (scan, serve)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-scan-pages-'));
    dirs.push(dir);
    const store = await openReviewStore(join(dir, 'review.json'));
    let inFlight = 0;
    let most = 0;
    const pool: Scorer = {
      id: 'local:test',
      keepBusy: 3,
      async score(doc) {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return { flagged: doc.text.includes('bad'), reasons: [] };
      },
    };
    try {
      // Two pages of four are decided at once: eight Abouts could be scored together, the pool asks for three.
      await runScan({ wix: fakeWix(), store, scorer: countedScorer(pool, new ScorerOutcomes()), config: configSchema.parse({}), dryRun: true });
      expect(most).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('reads ahead by what the pages weigh: a site of short Abouts while the scorer starts, a few pages of long ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-scan-pages-'));
    dirs.push(dir);
    const store = await openReviewStore(join(dir, 'review.json'));
    try {
      // 40 pages of 100 short Abouts (about 0.1 MB a page) fit in the scan's 8 MB; 40 pages of ten 100 KB Abouts do not.
      const short = await pagesReadWhileScorerWaits(store, 40, 100, 'pottery and hiking');
      expect(short).toEqual({ whileWaiting: 40, scanned: 4000 });
      const long = await pagesReadWhileScorerWaits(store, 40, 10, 'pottery '.repeat(12_500));
      expect(long.whileWaiting).toBeGreaterThanOrEqual(8);
      expect(long.whileWaiting).toBeLessThanOrEqual(11);
      expect(long.scanned).toBe(400);
    } finally {
      await store.close();
    }
  });
});

/**
 * A dry-run scan of `pages` pages of Abouts of one text whose scorer answers nothing until paging has
 * stopped: how many pages the scan read meanwhile, and how many Abouts it scanned in the end.
 */
async function pagesReadWhileScorerWaits(store: ReviewStore, pages: number, perPage: number, text: string) {
  let read = 0;
  const wix: WixApi = {
    ...fakeWix(),
    async *queryAbouts() {
      for (let p = 0; p < pages; p++) {
        read++;
        yield Array.from({ length: perPage }, (_, i) => about(p, i, text));
      }
    },
  };
  let start!: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  const scorer: Scorer = {
    id: 'local:test',
    async score() {
      await started;
      return { flagged: false, reasons: [] };
    },
  };
  const scan = runScan({ wix, store, scorer, config: configSchema.parse({}), dryRun: true });
  // Paging has stopped once no page was read for 200 ms (it reads from memory here, a page in well under that).
  let whileWaiting = -1;
  while (read !== whileWaiting) {
    whileWaiting = read;
    await new Promise((r) => setTimeout(r, 200));
  }
  start();
  return { whileWaiting, scanned: (await scan).scanned };
}

