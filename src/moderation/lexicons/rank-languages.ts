import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * franc-min's francAll(value, { only, minLength }), the same ranking to the last bit, at a fraction of
 * its cost. franc cuts the cleaned text into trigram strings, counts them in an object, sorts them, and
 * then, per language, looks each one up in that language's model. Here each trigram is one number
 * (trigramCode), looked up once in a table that holds every allowed language's weight for it,
 * and no string is made per trigram. The distance of a language is a sum of integers, so adding them in
 * another order gives the same number; the rest (script choice, stable sort, normalising) is franc's
 * code as it is. test/moderation/rank-languages.test.ts compares the two on every eval row and on
 * mixed-script text.
 */
export type Ranking = [language: string, score: number][];

/** franc's constants: the most of the text it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** The allowed languages of a script that has trigram models, and their weights per trigram. */
interface ScriptModels {
  languages: string[];
  /** trigramCode -> the trigram's row in `weights`. */
  rows: TrigramRows;
  /** weights[row * languages.length + j]: the trigram's weight in language j, -1 when absent. */
  weights: Int32Array;
}

/** A ranker for the given franc codes (its `only`), with franc's minLength. */
export function languageRanker(only: readonly string[], minLength: number): (value: string) => Ranking {
  const models = new Map<string, ScriptModels>();
  const modelsOf = (script: string): ScriptModels => {
    let known = models.get(script);
    if (known === undefined) models.set(script, (known = buildModels(data[script]!, only)));
    return known;
  };
  const allowed = (language: string) => only.length === 0 || only.includes(language);
  let counts = new Int32Array(1024);
  return (value) => {
    if (!value || value.length < minLength) return [['und', 1]];
    value = value.slice(0, MAX_LENGTH);
    const [script, share] = topScript(value);
    if (!script || !(script in data)) return !script || share === 0 || !allowed(script) ? [['und', 1]] : [[script, 1]];
    const { languages, rows, weights } = modelsOf(script);
    if (languages.length === 0) return [['und', 1]];
    if (counts.length < rows.size) counts = new Int32Array(rows.size);

    // trigram-utils' clean, then its padding: the same string franc cuts into trigrams. Its two replaces (runs
    // of U+0021-U+0040 by a space, then runs of spaces by one) are one: a run of both is spaces after the first.
    const padded = ` ${value.replace(/[\s\u0021-\u0040]+/g, ' ').trim().toLowerCase()} `;
    const touched: number[] = [];
    rows.reserve(padded.length);
    for (let i = 0; i + 3 <= padded.length; i++) {
      const code = trigramCode(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2));
      const row = rows.get(code);
      if (row >= 0) {
        if (counts[row]++ === 0) touched.push(row);
      } else if (row === ABSENT) rows.meet(code);
    }
    const n = languages.length;
    const distances = new Array<number>(n).fill(rows.forgetMet() * MAX_DIFFERENCE);
    for (const row of touched) {
      const count = counts[row]!;
      counts[row] = 0;
      for (let j = 0, at = row * n; j < n; j++, at++) {
        const weight = weights[at]!;
        distances[j]! += weight < 0 ? MAX_DIFFERENCE : Math.abs(count - weight - 1);
      }
    }
    const ranked: Ranking = languages.map((language, j) => [language, distances[j]!]);
    ranked.sort((a, b) => a[1] - b[1]);
    // franc's normalize.
    const min = ranked[0]![1];
    const max = value.length * MAX_DIFFERENCE - min;
    for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
    return ranked;
  };
}

/**
 * One number per trigram of UTF-16 units, different for different trigrams. Units under 1024 (Latin and
 * Greek: most trigrams; Cyrillic starts at 1024) pack into 30 bits, a small integer V8 keeps unboxed, so a Map look-up
 * hashes it directly; three whole units need 48 bits, a heap number allocated and hashed as a double,
 * which made those look-ups most of the ranking's own time. Wide codes start at 2^50, above every narrow one.
 */
function trigramCode(a: number, b: number, c: number): number {
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : WIDE + (a * 0x10000 + b) * 0x10000 + c;
}
const WIDE = 2 ** 50;

/** TrigramRows.get of a code without a row, and of one met (meet) since the last forgetMet. */
const ABSENT = -1;
const MET = -2;

/**
 * trigramCode -> row: the narrow codes (most trigrams) in an open-addressing table of ints, the wide ones in a Map.
 * Map.get hashing each narrow code was half of the ranking's own time (a text asks once a character). It also holds
 * the codes without a row a text has met, to count them once (franc's distance adds MAX_DIFFERENCE for each), until
 * forgetMet takes them out again.
 */
class TrigramRows {
  /** A narrow code + 1 per slot (0: empty), and its row (MET for a code met). */
  private keys = new Int32Array(0);
  private rowOf = new Int32Array(0);
  private shift = 32;
  private mask = 0;
  private readonly wide = new Map<number, number>();
  /** The slots of the narrow codes met, in the order met, and the wide codes met. */
  private readonly metSlots: number[] = [];
  private readonly metWide: number[] = [];
  /** How many codes have a row. */
  size = 0;

  constructor(codes: number) {
    this.reserve(codes);
  }

  /** Room for `codes` more codes, the table at most half full. */
  reserve(codes: number): void {
    const most = this.size + this.metSlots.length + codes;
    if (this.keys.length > 0 && 2 * most <= this.keys.length) return;
    const { keys, rowOf } = this;
    const bits = Math.max(4, 32 - Math.clz32(4 * most));
    this.keys = new Int32Array(1 << bits);
    this.rowOf = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) this.place(keys[slot]! - 1, rowOf[slot]!);
  }

  /** The code's row; ABSENT or MET when it has none. */
  get(code: number): number {
    if (code >= WIDE) return this.wide.get(code) ?? ABSENT;
    const key = code + 1;
    for (let slot = this.slotOf(code); ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot]!;
      if (found === key) return this.rowOf[slot]!;
      if (found === 0) return ABSENT;
    }
  }

  /** Gives a code that has no row the next one (room reserved). */
  add(code: number): number {
    const row = this.size++;
    if (code >= WIDE) this.wide.set(code, row);
    else this.place(code, row);
    return row;
  }

  /** Notes an ABSENT code as MET (room reserved). */
  meet(code: number): void {
    if (code >= WIDE) {
      this.wide.set(code, MET);
      this.metWide.push(code);
    } else this.metSlots.push(this.place(code, MET));
  }

  /**
   * Takes the codes met out again; how many there were. The last code placed is the end of its probe run, so
   * emptying the slots in the reverse order of placing leaves the table as it was before the first.
   */
  forgetMet(): number {
    const met = this.metSlots.length + this.metWide.length;
    for (let k = this.metSlots.length - 1; k >= 0; k--) this.keys[this.metSlots[k]!] = 0;
    for (const code of this.metWide) this.wide.delete(code);
    this.metSlots.length = 0;
    this.metWide.length = 0;
    return met;
  }

  /** Puts a narrow code that is not in the table in the first empty slot of its run; that slot. */
  private place(code: number, row: number): number {
    let slot = this.slotOf(code);
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = code + 1;
    this.rowOf[slot] = row;
    return slot;
  }

  /** A narrow code's first slot: its low bits are one character's, so it is spread by a multiplication first. */
  private slotOf(code: number): number {
    return Math.imul(code, 0x9e3779b1) >>> this.shift;
  }
}

/** franc's getTopScript: the script with the most matches of its expression (the first among equals), and its share. */
function topScript(value: string): [string | undefined, number] {
  // Every expression matches one character at a time, and only Latin's matches ASCII (its letters): with no
  // surrogate to pair across a gap, a count is the ASCII letters' (Latin) plus the matches in the rest, which
  // is most often a few curly quotes, not the whole text twenty times over.
  const rest = SURROGATE.test(value) ? undefined : value.replace(ASCII_RUNS, '');
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    const matches = rest === undefined ? value.match(expressions[script]!)?.length ?? 0 : (rest ? (rest.match(expressions[script]!)?.length ?? 0) : 0) + (script === 'Latin' ? asciiLetters(value) : 0);
    const count = matches / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}
const SURROGATE = /[\ud800-\udfff]/;
const ASCII_RUNS = /[\0-\x7f]+/g;

function asciiLetters(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** A script's models as franc reads them (a trigram's weight is its place in the list, the first place if listed twice). */
function buildModels(byLanguage: Record<string, string>, only: readonly string[]): ScriptModels {
  const languages = Object.keys(byLanguage).filter((language) => only.length === 0 || only.includes(language));
  const lists = languages.map((language) => byLanguage[language]!.split('|'));
  const rows = new TrigramRows(lists.reduce((sum, trigrams) => sum + trigrams.length, 0));
  const cells: number[] = [];
  lists.forEach((trigrams, j) => {
    for (let weight = trigrams.length - 1; weight >= 0; weight--) {
      const t = trigrams[weight]!;
      const code = trigramCode(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
      let row = rows.get(code);
      if (row < 0) {
        row = rows.add(code);
        for (let k = 0; k < languages.length; k++) cells.push(-1);
      }
      cells[row * languages.length + j] = weight;
    }
  });
  return { languages, rows, weights: Int32Array.from(cells) };
}
