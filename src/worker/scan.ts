import { availableParallelism } from 'node:os';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { Config } from '../config/index.js';
import { describeError, JobError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Scorer } from '../moderation/index.js';
import { InvalidTransition, ItemNotFound, WORKER } from '../review/index.js';
import type { OutboxNotice, ReviewItem, ReviewStore, VerdictRecord } from '../review/index.js';
import { buildPlaceholder, flatten, flattenMeasured, isPlaceholder } from '../ricos/index.js';
import { RevisionConflict, WixAuthError, WixError, WixNotFound } from '../wix/errors.js';
import type { MemberAbout, WixApi } from '../wix/types.js';
import {
  categoriesOf,
  decideAfterConflict,
  decideBeforeScoring,
  decideOnVerdict,
  verdictRecord,
  type SkipReason,
} from './decide.js';
import { createWorkQueue, type WorkQueue } from './queue.js';
import { ReviewIndex } from './review-index.js';

export interface ScanOptions {
  wix: WixApi;
  store: ReviewStore;
  scorer: Scorer;
  config: Config;
  logger?: Logger;
  /** Write nothing to Wix or the store; report what would be replaced (onPlan and summary.wouldReplace). */
  dryRun?: boolean;
  /** Scan only these About ids. */
  only?: string[];
  /**
   * Shared with webhook rescans (serve) so no About is decided twice at once: each page runs holding its
   * Abouts' keys (addBatch). Default: a private queue. A rescan already running inside `queue.add(id, ...)`
   * holds its key and must not pass the same queue again (it would wait for itself).
   */
  queue?: WorkQueue;
  /** After every page. */
  onProgress?: (progress: ScanProgress) => void;
  /** Dry run: each replacement the scan would make, as it is decided. */
  onPlan?: (plan: PlannedReplacement) => void;
  /**
   * The notices a replacement sends, recorded in the same durable write as its pending item and sent
   * once the placeholder is confirmed live (so a crash in between neither loses nor doubles them).
   */
  noticesFor?: (item: ReviewItem) => OutboxNotice[];
  /** After each replacement is marked in the store (the owner's digest collects them). */
  onReplaced?: (item: ReviewItem) => void;
  now?: () => Date;
}

export interface ScanProgress {
  pages: number;
  abouts: number;
  flagged: number;
}

/** What a dry run would replace: ids and categories only, never the member's text. */
export interface PlannedReplacement {
  aboutId: string;
  memberId: string;
  revision: string;
  categories: string[];
}

export interface ScanSummary {
  /** Abouts read from Wix (each counted once, re-reads after a conflict are not). */
  scanned: number;
  /**
   * Not scored: unchanged since the stored verdict, our placeholder, restored by a reviewer, or a stale
   * read; or scored but not written, because another process had decided on a newer revision meanwhile.
   */
  skipped: number;
  /** Scored as flagged on first read. */
  flagged: number;
  /** Placeholder written and the review item marked replaced (a dry run counts none). */
  replaced: number;
  /** Revision conflicts met (the member edited between our read and our write). */
  conflicts: number;
  /** Abouts left as they are for this run (malformed Ricos, scorer or Wix failure, unsettled write); retried next scan. */
  errors: number;
  durationMs: number;
  /** Extras: pages read, review items superseded by this run, and the dry-run flag. */
  pages: number;
  superseded: number;
  dryRun: boolean;
  /** Dry run only: what would be replaced. */
  wouldReplace?: PlannedReplacement[];
}

/**
 * Scorer calls in flight in a scan, for a scorer that does not say (`Scorer.keepBusy`): a network
 * scorer's requests at once.
 */
const SCORE_CONCURRENCY = Math.max(16, 4 * availableParallelism());
/** decide() gives the event loop a turn once this long has passed since the last. */
const TURN_EVERY_MS = 5;
/** Verdicts are buffered: losing them in a crash only costs a rescore, and each store write rewrites the file. */
const VERDICT_FLUSH_COUNT = 5000;
const VERDICT_FLUSH_MS = 5000;
/**
 * How far the scan reads ahead of the oldest page not yet written, when it has its work queue to itself:
 * pages are begun while the JSON of their Abouts' content (plus ABOUT_OVERHEAD_BYTES each) weighs less
 * than this. Two pages are decided at once; the others wait in the queue, so paging goes on while the
 * scoring thread starts (one to two seconds: 30-70 pages at Wix's 30 ms a page) or falls behind for a
 * moment. 8 MB is about 32 pages of Abouts of 2 KB of JSON each, the bound this replaced, and a whole
 * 10k site of short ones: at Wix's pace, the bench's 10k first scan went from 0.85 of a bare paging loop
 * with 32 pages to 0.93 (docs/speed.md, session 24). A queue shared with webhook rescans (`serve`) gets
 * one page: a rescan waits behind at most two.
 */
const READ_AHEAD_BYTES = 8 * 1024 * 1024;
/** An About's object, ids and revision beside its content's JSON: what a page of short Abouts holds besides. */
const ABOUT_OVERHEAD_BYTES = 500;

/**
 * One moderation pass: pages through the Abouts (the next page is fetched while the current one is
 * decided), scores what changed, and replaces the flagged ones revision-safely: for each page, ONE durable
 * addPending covers its flagged Abouts before any PATCH goes out; then each PATCH carries the revision the
 * decision was made on, and its item becomes `replaced`. Holds about READ_AHEAD_BYTES of Abouts at a
 * time, and two pages more (two being decided, one in the post); three pages with a shared queue.
 * Throws (JobError) only when the scan cannot go on: credentials refused, Wix unreachable for paging, the
 * store unwritable. Failures for one About are counted in `errors` and left for the next scan.
 */
export async function runScan(options: ScanOptions): Promise<ScanSummary> {
  const { wix, store } = options;
  const queue = options.queue ?? createWorkQueue({ concurrency: 2 });
  const shared = options.queue !== undefined;
  // A rescan of a few Abouts (--only, webhooks) reads only their items, not the whole queue.
  const only = options.only?.length ? [...new Set(options.only)] : undefined;
  const index = new ReviewIndex(only ? (await Promise.all(only.map((aboutId) => store.list({ aboutId })))).flat() : await store.list());
  const scanner = createPageScanner(options, index);
  const { summary } = scanner;
  const progress = () => options.onProgress?.({ pages: summary.pages, abouts: summary.scanned, flagged: summary.flagged });

  const pages = wix.queryAbouts(only ? { ids: only } : undefined)[Symbol.asyncIterator]();
  // Pages begun and not yet reported, oldest first, with what each weighs: they are written in that order (processPage).
  const begun: { written: Promise<void>; bytes: number }[] = [];
  let aheadBytes = 0;
  // A page that failed stops the reading at once; the pages before it are reported, then its error.
  let failed = false;
  try {
    let next = pages.next();
    for (;;) {
      let result: IteratorResult<MemberAbout[]>;
      try {
        result = await next;
      } catch (err) {
        if (summary.pages === 0 || !(err instanceof Error)) throw err;
        throw new JobError(`scan stopped after ${summary.scanned} abouts: ${err.message}`, { cause: err });
      }
      if (result.done || failed) break;
      const page = result.value;
      // Pipelining: the next page travels while this one is scored and written.
      next = pages.next();
      next.catch(() => {}); // awaited on the next turn; a failure then is reported there
      // Two pages at once: this page's Abouts are scored while the last ones of the page before are, so the
      // scoring threads never wait at a page's end (each page still holds its own Abouts' keys).
      const bytes = scanner.weigh(page);
      const written = queue.addBatch(page.map((a) => a.id), () => scanner.processPage(page));
      written.catch(() => (failed = true)); // awaited below
      begun.push({ written, bytes });
      aheadBytes += bytes;
      while (begun.length > 1 && (shared || aheadBytes > READ_AHEAD_BYTES)) {
        const oldest = begun.shift()!;
        aheadBytes -= oldest.bytes;
        await pageDone(oldest.written, progress);
      }
    }
    while (begun.length > 0) await pageDone(begun.shift()!.written, progress);
  } finally {
    // A scan that stops (paging failed, a page failed) lets the pages begun finish their writes first.
    await Promise.allSettled(begun.map((page) => page.written));
    await pages.return?.(undefined).catch(() => {});
  }
  return scanner.finish();
}

/** Waits for a page, then reports progress (which may stop the scan by throwing). */
async function pageDone(page: Promise<void>, progress: () => void): Promise<void> {
  await page;
  progress();
}

/** Decides and writes pages of Abouts; runScan drives one, and so does a job that processes one page alone. */
export interface PageScanner {
  /**
   * Decides one page and writes its outcome (pending items, PATCHes, verdicts as they come due). Pages
   * may be decided at once (on disjoint Abouts); their outcomes are written in the order they began.
   */
  processPage(page: MemberAbout[]): Promise<void>;
  /**
   * What a page read ahead holds, in bytes: its Abouts' content as JSON (made here once and kept for the
   * scorer) plus a fixed cost an About. A page processed without being weighed has its JSON made as it is scored.
   */
  weigh(page: MemberAbout[]): number;
  /** Flushes the buffered verdicts; the summary of every page processed. */
  finish(): Promise<ScanSummary>;
  /** Counts so far. */
  readonly summary: ScanSummary;
}

/**
 * The scan's decisions and writes for pages of Abouts. `index` holds the review facts of every About the
 * pages may contain: the whole queue for a full scan, or only a page's own Abouts' items for a page
 * processed on its own (one job of a scan split into jobs).
 */
export function createPageScanner(options: Omit<ScanOptions, 'only' | 'queue' | 'onProgress'>, index: ReviewIndex): PageScanner {
  const { wix, store, scorer, config, logger, dryRun = false } = options;
  const now = options.now ?? (() => new Date());
  const started = Date.now();
  const placeholder = buildPlaceholder(config.policy.placeholder);
  const summary: ScanSummary = {
    scanned: 0, skipped: 0, flagged: 0, replaced: 0, conflicts: 0, errors: 0, durationMs: 0,
    pages: 0, superseded: 0, dryRun,
    ...(dryRun ? { wouldReplace: [] } : {}),
  };
  const verdicts = createVerdictBuffer(store, dryRun);
  const scoring = new PQueue({ concurrency: scorer.keepBusy ?? SCORE_CONCURRENCY });
  let lastTurn = performance.now();

  const skipped = (about: MemberAbout, why: SkipReason) => {
    summary.skipped++;
    logger?.debug({ aboutId: about.id, revision: about.revision, why }, 'skipped');
  };
  const failed = (about: Pick<MemberAbout, 'id' | 'revision'>, what: string, err: unknown) => {
    summary.errors++;
    logger?.warn({ aboutId: about.id, revision: about.revision, err: describeError(err) }, `${what}: left as it is, retried next scan`);
  };

  /** Each About's content as JSON, made once (weigh() or the scorer, whichever comes first) until it is scored. */
  const contentJson = new WeakMap<MemberAbout, string>();
  function jsonOf(about: MemberAbout): string | undefined {
    let json = contentJson.get(about);
    if (json === undefined && about.content !== undefined) {
      try {
        json = JSON.stringify(about.content);
      } catch {
        return undefined; // only a value built in code: flatten() says what is wrong
      }
      contentJson.set(about, json);
    }
    return json;
  }

  /**
   * Flattens and scores an About's content, its size measured on its JSON. A scorer on threads takes the
   * JSON and flattens it there: this thread hands over one string, not a flat document's objects. One in
   * this thread flattens the content it already holds. Without content, flatten() says what is wrong.
   */
  function scoreContent(about: MemberAbout) {
    const limits = { maxBytes: config.policy.maxDocumentBytes };
    const json = jsonOf(about);
    contentJson.delete(about);
    if (json === undefined) return scorer.score(flatten(about.content, limits));
    return scorer.scoreRicosJson ? scorer.scoreRicosJson(json, limits) : scorer.score(flattenMeasured(about.content, json, limits));
  }

  /** Prechecks and scores one About; returns the review item to write when it is flagged. */
  async function decide(about: MemberAbout, stored: VerdictRecord | undefined) {
    const ours = isPlaceholder(about.content);
    const pre = decideBeforeScoring(about, ours, stored, scorer.id, index.get(about.id));
    if (pre.action === 'skip') {
      if (pre.why === 'pending') {
        failed(about, 'unsettled earlier write', new Error('pending review item'));
        return undefined;
      }
      skipped(about, pre.why);
      // Remember placeholders and restored revisions too, so the next scan skips them at the first test.
      if ((pre.why === 'ours' || pre.why === 'restored') && stored?.revision !== about.revision) {
        verdicts.add(verdictRecord(about.id, about.revision, scorer.id, false, now()));
      }
      return undefined;
    }
    let verdict;
    try {
      verdict = await scoring.add(() => scoreContent(about));
    } catch (err) {
      // Malformed Ricos or a scorer failure: fail safe, never a flag.
      failed(about, 'not scored', err);
      return undefined;
    } finally {
      // The local scorer on this thread is CPU-bound: a turn of the event loop every few ms lets the
      // prefetched page and the PATCH answers travel while the page is scored (the pipelining). Not one
      // per document: on threads, answers come 16 at a time and a turn each was 5 % of what a scan allocates.
      if (performance.now() - lastTurn >= TURN_EVERY_MS) {
        lastTurn = performance.now();
        await yieldToIo();
      }
    }
    const decision = decideOnVerdict(about, verdict, scorer.id);
    if (decision.action === 'keep') {
      if (pre.supersedes && !dryRun) {
        await supersede(pre.supersedes, 'the member replaced our placeholder with new content', about.revision);
      }
      // Kept: the store also closes an item of ours this scan's queue did not know (another process's).
      verdicts.add(verdictRecord(about.id, about.revision, scorer.id, false, now(), true));
      return undefined;
    }
    return { about, item: decision.item, supersedes: pre.supersedes };
  }

  type Flagged = NonNullable<Awaited<ReturnType<typeof decide>>>;

  /** Settles our item as superseded, unless another process settled it first (then there is nothing to do). */
  async function supersede(itemId: string, note: string, revision?: string) {
    try {
      index.note(await store.transition(itemId, 'superseded', { by: WORKER, action: 'superseded', note, revision }));
      summary.superseded++;
    } catch (err) {
      if (!(err instanceof InvalidTransition || err instanceof ItemNotFound)) throw err;
    }
  }

  /**
   * Pending items durable first (one write, with their notices), then the PATCHes. A decision the store
   * refuses (another process decided on a newer revision of that About meanwhile) is not written.
   */
  async function replaceAll(flagged: Flagged[], attempt: number) {
    const items = await store.addPending(flagged.map((f) => f.item), WORKER, { noticesFor: options.noticesFor });
    const byAbout = new Map(items.map((item) => [item.aboutId, item]));
    items.forEach((item) => index.note(item));
    await Promise.all(flagged.map((f) => {
      const item = byAbout.get(f.about.id);
      if (!item) {
        summary.skipped++;
        logger?.info({ aboutId: f.about.id, revision: f.about.revision }, 'not replaced: a newer revision of this About was decided meanwhile');
        return undefined;
      }
      // addPending itself supersedes an About's older open item (one open item per About).
      if (f.supersedes) summary.superseded++;
      return replaceOne(f.about, item, attempt);
    }));
  }

  async function replaceOne(about: MemberAbout, item: ReviewItem, attempt: number): Promise<void> {
    try {
      const updated = await wix.updateAbout({ id: about.id, revision: about.revision, content: placeholder });
      await markReplaced(item, updated.revision);
    } catch (err) {
      if (err instanceof RevisionConflict) return conflicted(about, item, attempt);
      if (err instanceof WixNotFound) return supersede(item.id, 'the About was deleted before the placeholder was written');
      if (err instanceof WixAuthError || !isWixFailure(err)) throw err;
      // The PATCH may or may not have landed: the item stays pending, and giving up our lease lets
      // recovery (in any process) settle it with a GET.
      await store.releasePending(item.id);
      failed(about, 'placeholder not written', err);
    }
  }

  /** Our PATCH landed: the item becomes replaced (its waiting notices become due). */
  async function markReplaced(pending: ReviewItem, revision: string) {
    let item;
    try {
      item = await store.transition(pending.id, 'replaced', { by: WORKER, action: 'replaced', revision }, { placeholderRevision: revision });
    } catch (err) {
      if (!(err instanceof InvalidTransition || err instanceof ItemNotFound)) throw err;
      const current = await store.get(pending.id);
      // Another process saw our placeholder first (recovery, serve on its webhook): the same outcome.
      if (current?.status === 'replaced' && current.placeholderRevision === revision) item = current;
      // Otherwise a newer decision settled it: the item that holds the original says what is live.
      else return failed({ id: pending.aboutId, revision }, 'review item settled by another process', err);
    }
    index.note(item);
    summary.replaced++;
    options.onReplaced?.(item);
    verdicts.add(verdictRecord(pending.aboutId, revision, scorer.id, false, now()));
  }

  /**
   * 409: re-read. Our write landed after all (its answer was lost and the client's retry met it) only
   * when Wix shows our placeholder at exactly the revision our PATCH produces; anything else is someone
   * else's write, so our item is superseded and the fresh About decided again.
   */
  async function conflicted(about: MemberAbout, item: ReviewItem, attempt: number): Promise<void> {
    summary.conflicts++;
    let fresh: MemberAbout;
    try {
      fresh = await wix.getAbout(about.id);
    } catch (err) {
      if (err instanceof WixNotFound) return supersede(item.id, 'the About was deleted before the placeholder was written');
      if (err instanceof WixAuthError || !isWixFailure(err)) throw err;
      await store.releasePending(item.id);
      return failed(about, 're-read after a conflict failed', err);
    }
    const after = decideAfterConflict(about.revision, { revision: fresh.revision, isPlaceholder: isPlaceholder(fresh.content) });
    if (after === 'landed') return markReplaced(item, fresh.revision);
    await supersede(item.id, 'the About changed before the placeholder was written', fresh.revision);
    if (attempt >= config.policy.maxConflictRetries) return failed(fresh, 'still changing after every conflict retry', err409(attempt));
    const [stored] = await store.getVerdicts([fresh.id]);
    const again = await decide(fresh, stored);
    if (again) {
      // The first read of this About was already counted as flagged; a re-decision does not count twice.
      await replaceAll([again], attempt + 1);
    }
  }

  /** Settles once the last page begun has written its outcome: pages are scored at once, written in order. */
  let written = Promise.resolve();

  async function processPage(page: MemberAbout[]) {
    summary.pages++;
    summary.scanned += page.length;
    const before = written;
    let done!: () => void;
    written = new Promise((resolve) => (done = resolve));
    try {
      // The page's verdicts in one lookup (an unchanged About costs only this); scorer calls are bounded in decide().
      const stored = await store.getVerdicts(page.map((about) => about.id));
      const decided = await Promise.all(page.map((about, i) => decide(about, stored[i])));
      // The pages' plans, pending items and PATCHes go out in page order, whichever was scored first.
      await before;
      await write(decided.filter((d): d is Flagged => d !== undefined));
    } finally {
      done();
    }
  }

  async function write(flagged: Flagged[]) {
    summary.flagged += flagged.length;
    if (dryRun) {
      for (const f of flagged) {
        const plan = { aboutId: f.about.id, memberId: f.about.memberId, revision: f.about.revision, categories: categoriesOf(f.item.reasons) };
        summary.wouldReplace!.push(plan);
        options.onPlan?.(plan);
      }
    } else if (flagged.length) {
      await replaceAll(flagged, 0);
    }
    await verdicts.maybeFlush();
  }

  return {
    processPage,
    weigh: (page) => page.reduce((bytes, about) => bytes + (jsonOf(about)?.length ?? 0) + ABOUT_OVERHEAD_BYTES, 0),
    summary,
    async finish() {
      await verdicts.flush();
      summary.durationMs = Date.now() - started;
      return summary;
    },
  };
}

function createVerdictBuffer(store: ReviewStore, dryRun: boolean) {
  let buffer: VerdictRecord[] = [];
  let lastFlush = Date.now();
  const flush = async () => {
    lastFlush = Date.now();
    if (dryRun || !buffer.length) return;
    const records = buffer;
    buffer = [];
    await store.putVerdicts(records);
  };
  return {
    add(record: VerdictRecord) {
      if (!dryRun) buffer.push(record);
    },
    flush,
    async maybeFlush() {
      if (buffer.length >= VERDICT_FLUSH_COUNT || Date.now() - lastFlush >= VERDICT_FLUSH_MS) await flush();
    },
  };
}

/** Wix failures that concern one About (after the client's retries); anything else is a bug or the store. */
function isWixFailure(err: unknown): boolean {
  return err instanceof WixError;
}

function err409(attempt: number): Error {
  return new Error(`revision conflict ${attempt + 1} times in a row`);
}

