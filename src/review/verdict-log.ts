import { AppendLog } from './append-log.js';
import { writeFileDurably } from './durable-file.js';
import { VERDICT_LOG } from './store-shape.js';
import type { VerdictRecord } from './types.js';

/**
 * The last verdict per About, as an append-only JSON-lines log beside the store file. A scan records
 * a verdict for every About it scores, so a full-file rewrite per batch would grow with the site
 * (100k abouts: megabytes per page); appending costs only the batch. The last line for an About
 * wins; the log is rewritten when most of its lines are outdated.
 */
export class VerdictLog {
  private readonly verdicts = new Map<string, VerdictRecord>();
  private readonly log: AppendLog;

  constructor(readonly path: string) {
    this.log = new AppendLog(path, VERDICT_LOG);
  }

  get(aboutId: string): VerdictRecord | undefined {
    return this.verdicts.get(aboutId);
  }

  /** Picks up lines another process appended (or its compaction) since the last look. */
  async refresh(): Promise<void> {
    const { reset, records } = await this.log.readNew();
    if (reset) this.verdicts.clear();
    for (const r of records as VerdictRecord[]) this.verdicts.set(r.aboutId, r);
  }

  /** Durably appends records; the caller holds the store lock and has called refresh(). */
  async append(records: VerdictRecord[]): Promise<void> {
    await this.log.append(records);
    for (const r of records) this.verdicts.set(r.aboutId, r);
    if (this.log.lines > 10_000 && this.log.lines > 2 * this.verdicts.size) {
      // Rename over the log: a crash leaves the old log or the compacted one, both complete.
      await writeFileDurably(this.path, [...this.verdicts.values()].map((r) => `${JSON.stringify(r)}\n`).join(''));
      // Re-reads the compacted file to move the read position onto its new inode and length.
      await this.log.readNew();
    }
  }
}
