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
  rows: Map<number, number>;
  /** The same for the narrow codes (under 2^30, most trigrams), read without a Map. */
  narrow: CodeTable;
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
    const { languages, rows, narrow, weights } = modelsOf(script);
    if (languages.length === 0) return [['und', 1]];
    if (counts.length < rows.size) counts = new Int32Array(rows.size);

    // trigram-utils' clean, then its padding: the same string franc cuts into trigrams. Its two replaces (runs
    // of U+0021-U+0040 by a space, then runs of spaces by one) are one: a run of both is spaces after the first.
    const padded = ` ${value.replace(/[\s\u0021-\u0040]+/g, ' ').trim().toLowerCase()} `;
    const touched: number[] = [];
    const unknownWide = new Set<number>();
    unknownNarrow.clear();
    for (let i = 0; i + 3 <= padded.length; i++) {
      const code = trigramCode(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2));
      const row = code < WIDE ? narrow.get(code) : (rows.get(code) ?? -1);
      if (row >= 0) {
        if (counts[row]++ === 0) touched.push(row);
      } else if (code < WIDE) unknownNarrow.add(code);
      else unknownWide.add(code);
    }
    const n = languages.length;
    const distances = new Array<number>(n).fill((unknownNarrow.size + unknownWide.size) * MAX_DIFFERENCE);
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
 * Greek: most trigrams) pack into 30 bits, a small integer V8 keeps unboxed, looked up in a CodeTable;
 * three whole units (Cyrillic's too) need 48 bits, a heap number, looked up in a Map, which hashes it as a
 * double. Wide codes start at 2^50, above every narrow one.
 */
function trigramCode(a: number, b: number, c: number): number {
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : WIDE + (a * 0x10000 + b) * 0x10000 + c;
}
const WIDE = 2 ** 50;

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
  const rows = new Map<number, number>();
  const cells: number[] = [];
  languages.forEach((language, j) => {
    const trigrams = byLanguage[language]!.split('|');
    for (let weight = trigrams.length - 1; weight >= 0; weight--) {
      const t = trigrams[weight]!;
      const code = trigramCode(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
      let row = rows.get(code);
      if (row === undefined) {
        rows.set(code, (row = rows.size));
        for (let k = 0; k < languages.length; k++) cells.push(-1);
      }
      cells[row * languages.length + j] = weight;
    }
  });
  const narrow = new CodeTable(rows.size);
  for (const [code, row] of rows) if (code < WIDE) narrow.set(code, row);
  return { languages, rows, narrow, weights: Int32Array.from(cells) };
}

/**
 * A map of narrow trigram codes (non-negative, under 2^30) to non-negative values, open addressing in typed
 * arrays, at most half full: a look-up is a multiply and a slot or two read, where the ranking's Map
 * look-ups were most of its own time. `clear` forgets every code at once (a new generation), for a set reused.
 */
class CodeTable {
  /** Per slot, the code + 1 held there in generation `generations[slot]`; any other slot is empty. */
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly generations: Int32Array;
  private generation = 1;
  private readonly shift: number;
  private readonly mask: number;
  /** How many codes the table holds. */
  size = 0;

  /** For at most `most` codes. */
  constructor(most: number) {
    const bits = Math.max(4, 32 - Math.clz32(2 * most - 1));
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.generations = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** The value of the code, or -1 when the table lacks it. */
  get(code: number): number {
    const at = this.slotOf(code);
    return this.generations[at] === this.generation ? this.values[at]! : -1;
  }

  /** Sets the code's value; a new code must fit in the table's `most`. */
  set(code: number, value: number): void {
    const at = this.slotOf(code);
    if (this.generations[at] !== this.generation) {
      this.generations[at] = this.generation;
      this.keys[at] = code + 1;
      this.size++;
    }
    this.values[at] = value;
  }

  /** Adds the code (value 0) when the table lacks it. */
  add(code: number): void {
    if (this.get(code) < 0) this.set(code, 0);
  }

  clear(): void {
    this.size = 0;
    if (++this.generation === 0x7fffffff) {
      this.generations.fill(0);
      this.generation = 1;
    }
  }

  /** The code's slot, or the empty slot where it would go. */
  private slotOf(code: number): number {
    let at = Math.imul(code + 1, 0x9e3779b1) >>> this.shift;
    while (this.generations[at] === this.generation && this.keys[at] !== code + 1) at = (at + 1) & this.mask;
    return at;
  }
}

/**
 * The distinct narrow codes a text holds that no model has: at most its trigrams, two fewer than the padded text's
 * units, which are MAX_LENGTH and two spaces, or up to twice MAX_LENGTH where lower case spells "İ" in two.
 */
const unknownNarrow = new CodeTable(2 * MAX_LENGTH);
