import type { VerdictRecord } from './types.js';

/**
 * The last verdict per About, in typed arrays instead of an object per About: a site's 100,000 Abouts
 * cost about 8 MB of flat memory (80 bytes an About with the table's slack), and nothing the garbage collector walks. An About is found by a
 * 64-bit hash of its id (open addressing, linear probing); two ids sharing a hash (about 1 in 10^9
 * across 100,000 ids) would share a verdict, which costs at most a missed rescore of an unchanged About.
 * Each entry also remembers the log line it came from, so the log can be compacted without keeping ids.
 */
export class VerdictTable {
  private capacity = INITIAL_CAPACITY;
  private used = 0;
  private hashHi!: Uint32Array;
  private hashLo!: Uint32Array;
  /** Revisions that fit a double exactly; others (beyond 2^53, or not numeric) live in `oddRevisions`. */
  private revision!: Float64Array;
  private at!: Float64Array;
  private line!: Uint32Array;
  private scorer!: Uint16Array;
  /** bit 0: slot used, bit 1: flagged, bit 2: kept. */
  private flags!: Uint8Array;
  private readonly scorers: string[] = [];
  private readonly scorerIndex = new Map<string, number>();
  private readonly oddRevisions = new Map<string, string>();

  constructor() {
    this.allocate();
  }

  get size(): number {
    return this.used;
  }

  get(aboutId: string): VerdictRecord | undefined {
    const slot = this.find(aboutId);
    if (!(this.flags[slot]! & 1)) return undefined;
    const flags = this.flags[slot]!;
    const record: VerdictRecord = {
      aboutId,
      revision: this.oddRevisions.get(aboutId) ?? String(this.revision[slot]),
      scorer: this.scorers[this.scorer[slot]!]!,
      flagged: (flags & 2) !== 0,
      at: new Date(this.at[slot]!).toISOString(),
    };
    if (flags & 4) record.kept = true;
    return record;
  }

  /** Records `record` as its About's latest verdict, read from (or written at) log line `line`. */
  set(record: VerdictRecord, line: number): void {
    if ((this.used + 1) * 2 > this.capacity) this.grow();
    hash64(record.aboutId);
    const slot = this.probe(HASH[0]!, HASH[1]!);
    if (!(this.flags[slot]! & 1)) this.used++;
    this.hashHi[slot] = HASH[0]!;
    this.hashLo[slot] = HASH[1]!;
    const value = Number(record.revision);
    const numeric = Number.isSafeInteger(value) && value >= 0 && String(value) === record.revision;
    this.revision[slot] = numeric ? value : NaN;
    if (numeric) this.oddRevisions.delete(record.aboutId);
    else this.oddRevisions.set(record.aboutId, record.revision);
    this.at[slot] = Date.parse(record.at) || 0;
    this.line[slot] = line;
    this.scorer[slot] = this.scorerId(record.scorer);
    this.flags[slot] = 1 | (record.flagged ? 2 : 0) | (record.kept ? 4 : 0);
  }

  /** Whether log line `line` holds the latest verdict of `aboutId` (compaction keeps only those). */
  isLatest(aboutId: string, line: number): boolean {
    const slot = this.find(aboutId);
    return (this.flags[slot]! & 1) !== 0 && this.line[slot] === line;
  }

  /** After a compaction: the kept lines, in order, are numbered afresh. */
  renumber(lines: Array<{ aboutId: string }>): void {
    lines.forEach((r, i) => (this.line[this.find(r.aboutId)] = i + 1));
  }

  clear(): void {
    this.capacity = INITIAL_CAPACITY;
    this.used = 0;
    this.allocate();
    this.oddRevisions.clear();
  }

  /** The slot holding `aboutId`, or the empty slot where it would go. */
  private find(aboutId: string): number {
    const hash = hash64(aboutId);
    return this.probe(hash[0]!, hash[1]!);
  }

  private probe(hi: number, lo: number): number {
    const mask = this.capacity - 1;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      if (!(this.flags[slot]! & 1) || (this.hashHi[slot] === hi && this.hashLo[slot] === lo)) return slot;
    }
  }

  private scorerId(scorer: string): number {
    let id = this.scorerIndex.get(scorer);
    if (id === undefined) {
      id = this.scorers.push(scorer) - 1;
      this.scorerIndex.set(scorer, id);
    }
    return id;
  }

  private grow(): void {
    const old = { hi: this.hashHi, lo: this.hashLo, revision: this.revision, at: this.at, line: this.line, scorer: this.scorer, flags: this.flags };
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.allocate();
    const mask = this.capacity - 1;
    for (let i = 0; i < oldCapacity; i++) {
      if (!(old.flags[i]! & 1)) continue;
      let slot = old.lo[i]! & mask;
      while (this.flags[slot]! & 1) slot = (slot + 1) & mask;
      this.hashHi[slot] = old.hi[i]!;
      this.hashLo[slot] = old.lo[i]!;
      this.revision[slot] = old.revision[i]!;
      this.at[slot] = old.at[i]!;
      this.line[slot] = old.line[i]!;
      this.scorer[slot] = old.scorer[i]!;
      this.flags[slot] = old.flags[i]!;
    }
  }

  private allocate(): void {
    this.hashHi = new Uint32Array(this.capacity);
    this.hashLo = new Uint32Array(this.capacity);
    this.revision = new Float64Array(this.capacity);
    this.at = new Float64Array(this.capacity);
    this.line = new Uint32Array(this.capacity);
    this.scorer = new Uint16Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
  }
}

/** A power of two, as probing masks with capacity - 1. */
const INITIAL_CAPACITY = 1024;

/** hash64's result, reused: the hot path of loading 100,000 verdicts allocates nothing per id. */
const HASH = new Uint32Array(2);

/** Two independent 32-bit FNV-1a style hashes of the UTF-16 code units (64 bits per id), into HASH. */
function hash64(s: string): Uint32Array {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  HASH[0] = h1;
  HASH[1] = h2 ^ (h2 >>> 13);
  return HASH;
}
