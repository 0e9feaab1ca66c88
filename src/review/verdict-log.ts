import { AppendLog } from './append-log.js';
import { writeFileDurably } from './durable-file.js';
import { VERDICT_LOG } from './store-shape.js';
import type { VerdictRecord } from './types.js';
import { VerdictTable } from './verdict-table.js';

/**
 * The last verdict per About, as an append-only JSON-lines log beside the store file. A scan records
 * a verdict for every About it scores, so a full-file rewrite per batch would grow with the site
 * (100k abouts: megabytes per page); appending costs only the batch. The last line for an About
 * wins; the log is rewritten when most of its lines are outdated. In memory the verdicts are a
 * VerdictTable (tens of bytes an About, no object per About), so the store's size does not follow the
 * site's.
 */
export class VerdictLog {
  private readonly verdicts = new VerdictTable();
  private readonly log: AppendLog;
  /** The read of the log under way, and the one that follows it for calls made meanwhile. */
  private reading?: Promise<void>;
  private next?: Promise<void>;

  constructor(readonly path: string) {
    this.log = new AppendLog(path, VERDICT_LOG);
  }

  get(aboutId: string): VerdictRecord | undefined {
    return this.verdicts.get(aboutId);
  }

  /**
   * Picks up lines another process appended (or its compaction) since the last look. Calls made while a
   * look is under way share the next one, which starts after it: each caller sees every line appended
   * before its call, and lookups made together cost at most two reads of the file, not one each.
   */
  refresh(): Promise<void> {
    if (!this.reading) return this.look();
    this.next ??= this.reading.catch(() => {}).then(() => {
      this.next = undefined;
      return this.look();
    });
    return this.next;
  }

  private look(): Promise<void> {
    const reading = (async () => {
      const { reset, records } = await this.log.readNew();
      if (reset) this.verdicts.clear();
      this.remember(records as VerdictRecord[]);
    })();
    this.reading = reading;
    const done = () => {
      if (this.reading === reading) this.reading = undefined;
    };
    reading.then(done, done);
    return reading;
  }

  /** Durably appends records; the caller holds the store lock and has called refresh(). */
  async append(records: VerdictRecord[]): Promise<void> {
    await this.log.append(records);
    this.remember(records);
    if (this.log.lines > 10_000 && this.log.lines > 2 * this.verdicts.size) await this.compact();
  }

  /** Each record at its line: the last records passed sit on the log's last lines. */
  private remember(records: readonly VerdictRecord[]): void {
    const first = this.log.lines - records.length + 1;
    records.forEach((r, i) => this.verdicts.set(r, first + i));
  }

  /**
   * Rewrites the log with only each About's latest line, read back from the log itself (the table keeps
   * no ids). Rename over the log: a crash leaves the old log or the compacted one, both complete.
   */
  private async compact(): Promise<void> {
    const { records } = await new AppendLog(this.path, VERDICT_LOG).readNew();
    const latest = (records as VerdictRecord[]).filter((r, i) => this.verdicts.isLatest(r.aboutId, i + 1));
    await writeFileDurably(this.path, latest.map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.verdicts.renumber(latest);
    // Re-reads the compacted file to move the read position onto its new inode and length.
    await this.log.readNew();
  }
}
