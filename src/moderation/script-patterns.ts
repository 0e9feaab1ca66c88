import type { Category } from './types.js';
import { evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';
import { quoted, segmentText } from './detect-lexicon.js';
import { fold } from './lexicons/index.js';
import { compiledNow, LazyRegExp } from './lazy-regexp.js';
import type { PreparedSegment } from './prepare-segments.js';
import { RequirementIndex, requiredLiterals } from './regex-literals.js';

/**
 * Weighted regular expressions per script, for the languages phrase-pattern.ts cannot read (it reads
 * ASCII skeletons: Cyrillic, Arabic, Devanagari and CJK letters are lost), run over fold(text) of the
 * segments that hold the script. A table's patterns name their category, so one detector may report
 * several (self-harm and self-harm/intent). In the spaced scripts a space stands for any run of spaces
 * and punctuation and `{word}` for one word, with its marks (Devanagari vowel signs are \p{M}); the two
 * never overlap, so optional words are read one way only (linear time). Chinese and Japanese put no spaces
 * between words, and `{near}` is a short run of anything but a sentence's end. The patterns' letters are
 * folded as the text is ("й" reads as "и", "ё" as "е").
 *
 * Every pattern runs only where each of its required literals occurs (regex-literals.ts), all found in one
 * pass over the segment: a segment without them costs a scan for the scripts and one automaton pass (a
 * \p{L} pattern's scan is costly, more so when V8 has dropped its compiled code and compiles it again).
 * The expressions are built on first use (lazy-regexp.ts): most processes meet none of these scripts.
 */
export type ScriptRow = readonly [category: Category, weight: number, source: string];
export interface ScriptTable {
  /** One plain character class, "[...]" (no u flag): cheap to test on every segment. */
  readonly script: RegExp;
  /** Chinese and Japanese: no spaces between words. */
  readonly unspaced?: boolean;
  readonly rows: readonly ScriptRow[];
  /** A match the predicate calls innocent, read on the folded text, is dropped (as a phrase lexicon's innocentAt). */
  readonly innocentAt?: (text: string, from: number, to: number) => boolean;
}

const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';
const SEPARATOR = '[^\\p{L}\\p{M}\\p{N}]+';
const WORD = '[\\p{L}\\p{M}\\p{N}]+';
const NEAR = '[^。！？!?\\n]{0,12}?';
/** A quoted line (a title, a saying) keeps half its weight, as phrase-detector.ts's framing gives it. */
const QUOTED = 0.5;

/** Only runs outside ASCII are folded: they hold no regex syntax. */
const foldLetters = (source: string) => source.replace(/[^\x00-\x7f]+/g, (run) => fold(run));
const compile = (source: string, unspaced: boolean) =>
  unspaced
    ? new LazyRegExp(foldLetters(source).replaceAll('{near}', NEAR), 'gu')
    : new LazyRegExp(`${START}(?:${foldLetters(source).replaceAll('{word}', WORD).replace(/ /g, SEPARATOR)})${END}`, 'gu');

/** fold() of a segment, read once for every table's detector. */
const foldedOf = new WeakMap<PreparedSegment, string>();

/**
 * A reader of the tables: every match in a document's text and link texts, as hits of the row's category
 * (detect-spam.ts weighs its own with a suspect link; withScriptPatterns adds them to a lexicon's).
 */
export function scriptPatterns(tables: readonly ScriptTable[]): (segments: readonly PreparedSegment[]) => Hit[] {
  const literals = new RequirementIndex();
  const compiled = tables.map(({ script, unspaced = false, rows, innocentAt }) => ({
    script,
    innocentAt,
    rows: rows.map(([category, weight, source]) => {
      const re = compile(source, unspaced);
      return { category, weight, re, needs: literals.add(requiredLiterals(re)) };
    }),
  }));
  // Most texts hold none of the scripts: one scan for one class says so instead of one per table.
  const anyScript = compiledNow(new RegExp(`[${tables.map((t) => t.script.source.slice(1, -1)).join('')}]`));
  return (segments) => {
    const hits: Hit[] = [];
    for (const segment of segments) {
      // A link's visible text too: a button's "казино бонус" is the member's words.
      const value = segmentText(segment);
      if (!anyScript.test(value)) continue;
      let text = foldedOf.get(segment);
      if (text === undefined) foldedOf.set(segment, (text = fold(value)));
      // fold keeps a text's length but for rare compositions; then the folded text is quoted.
      const shown = text.length === value.length ? value : text;
      read(text, shown, segment, value);
      // Letters spaced out ("з а р а б о т о к", "日 赚 5 0 0 元") are read again joined, as normalise() joins
      // Latin ones: the tables' words are written whole.
      if (SPACED_OUT.test(text)) {
        const kept = joinedIndices(text);
        read(kept.map((i) => text[i]).join(''), kept.map((i) => shown[i]).join(''), segment, value);
      }
    }
    return hits;

    function read(text: string, shown: string, segment: PreparedSegment, value: string): void {
      literals.read(text);
      for (const { script, rows, innocentAt } of compiled) {
        if (!script.test(value)) continue;
        for (const { category, weight, re, needs } of rows) {
          if (!literals.met(needs)) continue;
          for (const m of text.matchAll(re.regex)) {
            const to = m.index + m[0].length;
            if (innocentAt?.(text, m.index, to)) continue;
            const framed = quoted(text, m.index, to) ? weight * QUOTED : weight;
            hits.push({ category, weight: framed, evidence: evidenceOf(segment, shown.slice(m.index, to)) });
          }
        }
      }
    }
  };
}

/** Four or more characters standing alone between single spaces, the first a digit or outside ASCII. */
const SPACED_OUT = compiledNow(/(?<!\S)[^\s\x00-\x2f\x3a-\x7f](?: \S){3,}(?!\S)/u);
/** A space or a punctuation mark: what stands either side of a spaced-out letter. */
const SPACE_OR_MARK = /[\s\p{P}]/u;

/**
 * The indices of `text` kept when it is read joined: a single space between two letters or digits that stand
 * alone (spaces or punctuation either side) is dropped ("з а р а б о т о к" reads "заработок", "о т" reads
 * "от"), and a longer gap, which parts the spaced-out words, reads as one space.
 */
function joinedIndices(text: string): number[] {
  const apart = (i: number) => i < 0 || i >= text.length || SPACE_OR_MARK.test(text[i]!);
  const alone = (i: number) => i >= 0 && i < text.length && !SPACE_OR_MARK.test(text[i]!) && apart(i - 1) && apart(i + 1);
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && ((alone(i - 1) && alone(i + 1)) || text[i - 1] === ' ')) continue;
    kept.push(i);
  }
  return kept;
}

/** A phrase lexicon's detector with the tables' hits beside it, reported from `source` (policy.multilingual on). */
export function withScriptPatterns(phrases: Detector, tables: readonly ScriptTable[], source: string): Detector {
  const inOtherScripts = scriptPatterns(tables);
  return (segments, policy) => {
    const reasons = phrases(segments, policy);
    if (!policy.multilingual) return reasons;
    const hits = inOtherScripts(segments);
    return hits.length === 0 ? reasons : [...reasons, ...hitsToReasons(hits, source)];
  };
}
