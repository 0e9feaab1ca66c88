import { open, stat } from 'node:fs/promises';
import { StoreCorrupt } from './errors.js';
import { appendDurably, writeFileDurably } from './durable-file.js';
import type { VerdictRecord } from './types.js';

/**
 * The last verdict per About, as an append-only JSON-lines log beside the store file. A scan records
 * a verdict for every About it scores, so a full-file rewrite per batch would grow with the site
 * (100k abouts: megabytes per page); appending costs only the batch. The last line for an About wins;
 * the log is compacted when most of its lines are outdated. Callers hold the store lock for
 * append() and compaction; reads need no lock because appends only add whole lines.
 */
export class VerdictLog {
  private readonly verdicts = new Map<string, VerdictRecord>();
  /** Bytes consumed up to the last complete line. */
  private offset = 0;
  private lines = 0;
  private ino: number | undefined;

  constructor(readonly path: string) {}

  get(aboutId: string): VerdictRecord | undefined {
    return this.verdicts.get(aboutId);
  }

  /** Picks up lines another process appended (or its compaction) since the last look. */
  async refresh(): Promise<void> {
    const info = await stat(this.path).catch(() => undefined);
    if (!info) {
      if (this.ino !== undefined) this.reset();
      return;
    }
    if (info.ino !== this.ino || info.size < this.offset) {
      this.reset();
      this.ino = info.ino;
    }
    if (info.size > this.offset) await this.readFrom(this.offset, info.size);
  }

  /** Durably appends records; the caller holds the store lock and has called refresh(). */
  async append(records: VerdictRecord[]): Promise<void> {
    const size = (await stat(this.path).catch(() => undefined))?.size ?? 0;
    const body = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    await appendDurably(this.path, body, size > this.offset ? this.offset : undefined);
    this.ino = (await stat(this.path)).ino;
    this.offset += Buffer.byteLength(body);
    this.lines += records.length;
    for (const r of records) this.verdicts.set(r.aboutId, r);
    if (this.lines > 10_000 && this.lines > 2 * this.verdicts.size) await this.compact();
  }

  private async compact(): Promise<void> {
    const body = [...this.verdicts.values()].map((r) => `${JSON.stringify(r)}\n`).join('');
    await writeFileDurably(this.path, body);
    this.ino = (await stat(this.path)).ino;
    this.offset = Buffer.byteLength(body);
    this.lines = this.verdicts.size;
  }

  private reset(): void {
    this.verdicts.clear();
    this.offset = 0;
    this.lines = 0;
    this.ino = undefined;
  }

  private async readFrom(start: number, end: number): Promise<void> {
    const buf = Buffer.alloc(end - start);
    const fh = await open(this.path, 'r');
    try {
      await fh.read(buf, 0, buf.length, start);
    } finally {
      await fh.close();
    }
    // A line without its newline is an append in progress (or cut by a crash): not ours to read yet.
    const complete = buf.lastIndexOf(0x0a) + 1;
    const text = buf.subarray(0, complete).toString('utf8');
    let lineNo = this.lines;
    for (const line of text.split('\n')) {
      if (!line) continue;
      lineNo++;
      let record: VerdictRecord;
      try {
        record = JSON.parse(line) as VerdictRecord;
      } catch {
        throw new StoreCorrupt(`verdict log ${this.path}: line ${lineNo} is not valid JSON; left unchanged (move it away to rescan everything)`);
      }
      this.verdicts.set(record.aboutId, record);
    }
    this.lines = lineNo;
    this.offset = start + complete;
  }
}

