import type { VerdictRecord } from './types.js';

/**
 * The last verdict per About, in typed arrays instead of an object per About: about 35 bytes an About
 * (27 in the entries, 5-11 in the index), nothing the garbage collector walks, and no doubling copy as
 * a site grows. Entries sit in fixed-size chunks, in the order their Abouts were first seen, so
 * growing adds a chunk and never copies one; an index of entry numbers (open addressing, linear
 * probing) finds an About by a 64-bit hash of its id. Two ids sharing a hash (about 1 in 10^9 across
 * 100,000 ids) would share a verdict, which costs at most a missed rescore of an unchanged About. Each
 * entry also remembers the log line it came from, so the log can be compacted without keeping ids.
 */
export class VerdictTable {
  private chunks: Chunk[] = [];
  private used = 0;
  /** Entry number + 1 per slot, 0 for an empty slot; a power of two in length, at most 3/4 full. */
  private index = new Uint32Array(INITIAL_SLOTS);
  /** Where the last find() stopped: its About's slot, or the free one where it would go. */
  private slot = 0;
  private readonly scorers: string[] = [];
  private readonly scorerIndex = new Map<string, number>();
  /** Revisions that are not integers in 0..ODD_REVISION - 1, by About id. */
  private readonly oddRevisions = new Map<string, string>();

  get size(): number {
    return this.used;
  }

  get(aboutId: string): VerdictRecord | undefined {
    const entry = this.find(aboutId);
    if (entry < 0) return undefined;
    const chunk = this.chunks[entry >>> CHUNK_BITS]!;
    const at = entry & CHUNK_MASK;
    const flags = chunk.flags[at]!;
    const record: VerdictRecord = {
      aboutId,
      revision: chunk.revision[at] === ODD_REVISION ? this.oddRevisions.get(aboutId)! : String(chunk.revision[at]),
      scorer: this.scorers[chunk.scorer[at]!]!,
      flagged: (flags & FLAGGED) !== 0,
      at: new Date(chunk.at[at]!).toISOString(),
    };
    if (flags & KEPT) record.kept = true;
    return record;
  }

  /** Records `record` as its About's latest verdict, read from (or written at) log line `line`. */
  set(record: VerdictRecord, line: number): void {
    let entry = this.find(record.aboutId);
    if (entry < 0) entry = this.add();
    const chunk = this.chunks[entry >>> CHUNK_BITS]!;
    const at = entry & CHUNK_MASK;
    chunk.hashHi[at] = HASH[0]!;
    chunk.hashLo[at] = HASH[1]!;
    const value = Number(record.revision);
    const plain = Number.isInteger(value) && value >= 0 && value < ODD_REVISION && String(value) === record.revision;
    chunk.revision[at] = plain ? value : ODD_REVISION;
    if (plain) this.oddRevisions.delete(record.aboutId);
    else this.oddRevisions.set(record.aboutId, record.revision);
    chunk.at[at] = Date.parse(record.at) || 0;
    chunk.line[at] = line;
    chunk.scorer[at] = this.scorerId(record.scorer);
    chunk.flags[at] = (record.flagged ? FLAGGED : 0) | (record.kept ? KEPT : 0);
  }

  /** Whether log line `line` holds the latest verdict of `aboutId` (compaction keeps only those). */
  isLatest(aboutId: string, line: number): boolean {
    const entry = this.find(aboutId);
    return entry >= 0 && this.chunks[entry >>> CHUNK_BITS]!.line[entry & CHUNK_MASK] === line;
  }

  /** After a compaction: the kept lines, in order, are numbered afresh. */
  renumber(lines: Array<{ aboutId: string }>): void {
    lines.forEach((r, i) => {
      const entry = this.find(r.aboutId);
      this.chunks[entry >>> CHUNK_BITS]!.line[entry & CHUNK_MASK] = i + 1;
    });
  }

  clear(): void {
    this.chunks = [];
    this.used = 0;
    this.index = new Uint32Array(INITIAL_SLOTS);
    this.oddRevisions.clear();
  }

  /** The entry holding `aboutId`, or -1; either way its hash is left in HASH and its slot in `slot`. */
  private find(aboutId: string): number {
    hash64(aboutId);
    const hi = HASH[0]!;
    const lo = HASH[1]!;
    const mask = this.index.length - 1;
    for (let slot = lo & mask; ; slot = (slot + 1) & mask) {
      const entry = this.index[slot]! - 1;
      this.slot = slot;
      if (entry < 0) return -1;
      const chunk = this.chunks[entry >>> CHUNK_BITS]!;
      if (chunk.hashHi[entry & CHUNK_MASK] === hi && chunk.hashLo[entry & CHUNK_MASK] === lo) return entry;
    }
  }

  /** A new entry at the slot find() left, growing the index first when it would pass 3/4 full. */
  private add(): number {
    const entry = this.used++;
    if (entry >>> CHUNK_BITS === this.chunks.length) this.chunks.push(newChunk());
    if (this.used * 4 > this.index.length * 3) {
      this.grow();
      this.index[this.freeSlot(HASH[1]!)] = entry + 1;
    } else {
      this.index[this.slot] = entry + 1;
    }
    return entry;
  }

  /** Doubles the index and places every entry before the new one again. */
  private grow(): void {
    this.index = new Uint32Array(this.index.length * 2);
    for (let entry = 0; entry < this.used - 1; entry++) {
      this.index[this.freeSlot(this.chunks[entry >>> CHUNK_BITS]!.hashLo[entry & CHUNK_MASK]!)] = entry + 1;
    }
  }

  private freeSlot(lo: number): number {
    const mask = this.index.length - 1;
    let slot = lo & mask;
    while (this.index[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  private scorerId(scorer: string): number {
    let id = this.scorerIndex.get(scorer);
    if (id === undefined) {
      id = this.scorers.push(scorer) - 1;
      this.scorerIndex.set(scorer, id);
    }
    return id;
  }
}

interface Chunk {
  hashHi: Uint32Array;
  hashLo: Uint32Array;
  revision: Uint32Array;
  at: Float64Array;
  line: Uint32Array;
  scorer: Uint16Array;
  flags: Uint8Array;
}

/** 16,384 entries (about 440 KB) a chunk: a small site pays one, a large one wastes less than one. */
const CHUNK_BITS = 14;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

function newChunk(): Chunk {
  const n = 1 << CHUNK_BITS;
  return {
    hashHi: new Uint32Array(n), hashLo: new Uint32Array(n), revision: new Uint32Array(n), at: new Float64Array(n),
    line: new Uint32Array(n), scorer: new Uint16Array(n), flags: new Uint8Array(n),
  };
}

/** A power of two, as probing masks with length - 1. */
const INITIAL_SLOTS = 1024;
/** The revision slot's mark for a revision kept in oddRevisions (Wix's are small integers as strings). */
const ODD_REVISION = 0xffffffff;
const FLAGGED = 1;
const KEPT = 2;

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
