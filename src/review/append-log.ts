import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FILE_MODE, syncDir, writeFileDurably } from './durable-file.js';
import { StoreCorrupt, StoreUnavailable } from './errors.js';

/** What a log's lines are, to check each one read and to say what is wrong with a damaged file. */
export interface LogFormat {
  /** The file in words: "review journal". */
  what: string;
  /** What is wrong with a parsed line, or undefined when it is one of ours. */
  problem(record: unknown): string | undefined;
  /** What the owner can do about a damaged file. */
  advice: string;
}

/**
 * A JSON-lines file that only grows between explicit truncations: one durable append per batch
 * costs the batch, not the file. A line is a whole record or nothing: a line without its newline is
 * an append in progress or cut by a crash, so it is not read, and it is cut off before the next
 * append. Callers hold the store lock for append() and truncate(); reading needs no lock.
 */
export class AppendLog {
  /** Bytes consumed up to the last complete line. */
  private offset = 0;
  private ino: number | undefined;
  private lineCount = 0;

  constructor(readonly path: string, private readonly format: LogFormat) {}

  get bytes(): number {
    return this.offset;
  }

  get lines(): number {
    return this.lineCount;
  }

  /**
   * Records added since the last read. `reset` means the file was replaced or truncated meanwhile
   * (by a compaction here or in another process): `records` then holds every record from the start.
   */
  async readNew(): Promise<{ reset: boolean; records: unknown[] }> {
    const info = await stat(this.path).catch(() => undefined);
    // A folder's size is the file system's business (0 on some): never read one as an empty log.
    if (info && !info.isFile()) throw this.unreadable(info.isDirectory() ? 'EISDIR' : 'not a regular file');
    let reset = false;
    if (!info || info.ino !== this.ino || info.size < this.offset) {
      reset = this.ino !== undefined || this.offset > 0;
      this.offset = 0;
      this.lineCount = 0;
      this.ino = info?.ino;
    }
    if (!info || info.size === this.offset) return { reset, records: [] };
    return { reset, records: await this.readFrom(this.offset, info.size) };
  }

  /** Appends records, one line each, and fsyncs; the caller has called readNew() under the lock. */
  async append(records: unknown[]): Promise<void> {
    const body = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    const created = !(await stat(this.path).catch(() => undefined));
    const fh = await open(this.path, 'a', FILE_MODE);
    try {
      const { size } = await fh.stat();
      if (size > this.offset) await fh.truncate(this.offset);
      await fh.writeFile(body, 'utf8');
      await fh.sync();
      this.ino = (await fh.stat()).ino;
    } finally {
      await fh.close();
    }
    // A new file's directory entry must be durable too, or the whole log can vanish on power loss.
    if (created) await syncDir(dirname(this.path));
    this.offset += Buffer.byteLength(body);
    this.lineCount += records.length;
  }

  /**
   * Empties the log durably (after its records were folded into a snapshot). A new, empty file is
   * renamed over the old one, so a reader holding an offset sees a new inode and starts over.
   */
  async truncate(): Promise<void> {
    await writeFileDurably(this.path, '');
    this.ino = (await stat(this.path)).ino;
    this.offset = 0;
    this.lineCount = 0;
  }

  /** Forgets the read position: the next readNew() returns every record from the start. */
  rewind(): void {
    this.offset = 0;
    this.lineCount = 0;
    this.ino = undefined;
  }

  private unreadable(why: string): StoreUnavailable {
    return new StoreUnavailable(`${this.format.what} ${this.path}: cannot read (${why}); it must be a file the user running aboutmod can read`);
  }

  private async readFrom(start: number, end: number): Promise<unknown[]> {
    const buf = Buffer.alloc(end - start);
    try {
      const fh = await open(this.path, 'r');
      try {
        await fh.read(buf, 0, buf.length, start);
      } finally {
        await fh.close();
      }
    } catch (err) {
      throw this.unreadable((err as NodeJS.ErrnoException).code ?? (err as Error).message);
    }
    const complete = buf.lastIndexOf(0x0a) + 1;
    const records: unknown[] = [];
    for (const line of buf.subarray(0, complete).toString('utf8').split('\n')) {
      if (!line) continue;
      this.lineCount++;
      const { what, advice } = this.format;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new StoreCorrupt(`${what} ${this.path}: line ${this.lineCount} is not valid JSON; left unchanged; ${advice}`);
      }
      const wrong = this.format.problem(record);
      if (wrong) throw new StoreCorrupt(`${what} ${this.path}: line ${this.lineCount} is not a ${what} line (${wrong}); left unchanged; ${advice}`);
      records.push(record);
    }
    this.offset = start + complete;
    return records;
  }
}
