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
    const unknown = new Set<number>();
    for (let i = 0; i + 3 <= padded.length; i++) {
      const code = trigramCode(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2));
      const row = rows.get(code);
      if (row === undefined) unknown.add(code);
      else if (counts[row]++ === 0) touched.push(row);
    }
    const n = languages.length;
    const distances = new Array<number>(n).fill(unknown.size * MAX_DIFFERENCE);
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
  return { languages, rows, weights: Int32Array.from(cells) };
}
