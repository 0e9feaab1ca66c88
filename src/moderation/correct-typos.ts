import type { Normalised } from './normalise.js';
import { HATE_TYPO_TARGETS } from './hate-grammars.js';
import { TYPO_TARGETS } from './word-lists.js';

/**
 * Variants of the typo targets: two neighbouring letters swapped (not the first letter), or one letter
 * dropped inside the word (never the first or last: "laughter" must not read as "slaughter", nor "hat"
 * as "hate"); from words under six letters only a vowel ("womn", "blck", never "back" for "black").
 * A variant that is itself a target is left alone. Targets: the English ones and the other languages'
 * hate grammar words (hate-grammars.ts).
 */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const targets = new Set([...TYPO_TARGETS, ...Object.values(HATE_TYPO_TARGETS).flatMap((words) => words.split(' '))]);
  const variants = new Map<string, string>();
  const add = (variant: string, word: string) => {
    if (!targets.has(variant) && !variants.has(variant)) variants.set(variant, word);
  };
  for (const word of targets) {
    if (word.length >= 4) {
      for (let i = 1; i < word.length - 1; i++) {
        if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
      }
    }
    for (let i = 1; i < word.length - 1; i++) {
      if (word.length >= 6 || 'aeiou'.includes(word[i]!)) add(word.slice(0, i) + word.slice(i + 1), word);
    }
  }
  return variants;
})();

/** Only runs of letters as long as some variant are looked up. */
const SHORTEST = Math.min(...[...VARIANTS.keys()].map((v) => v.length));
const LONGEST = Math.max(...[...VARIANTS.keys()].map((v) => v.length));
const isAsciiLower = (code: number) => code >= 97 && code <= 122;
/**
 * Whether some variant has this length and these first two and last letters (a-z): most words have
 * none, and this answer is an array read, where looking the word up in VARIANTS first cuts it out of
 * the text and hashes it.
 */
const shapeOf = (first: number, second: number, last: number, length: number) => (((first - 97) * 26 + second - 97) * 26 + last - 97) * (LONGEST + 1) + length;
const SHAPES = (() => {
  const shapes = new Uint8Array(26 * 26 * 26 * (LONGEST + 1));
  for (const v of VARIANTS.keys()) {
    if (/^[a-z]+$/.test(v)) shapes[shapeOf(v.charCodeAt(0), v.charCodeAt(1), v.charCodeAt(v.length - 1), v.length)] = 1;
  }
  return shapes;
})();
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Rewrites misspelt lexicon words to their spelling, each new letter mapped to the whole original word. */
export function correctTypos(n: Normalised): Normalised {
  const fixes: { from: number; to: number; word: string }[] = [];
  const source = n.text;
  // Each maximal run of a-z, as /[a-z]{2,}/g finds them, read by character code: no match objects.
  for (let i = 0; i < source.length;) {
    if (!isAsciiLower(source.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < source.length && isAsciiLower(source.charCodeAt(i))) i++;
    if (i - from < SHORTEST || i - from > LONGEST) continue;
    if (SHAPES[shapeOf(source.charCodeAt(from), source.charCodeAt(from + 1), source.charCodeAt(i - 1), i - from)] === 0) continue;
    const word = VARIANTS.get(source.slice(from, i));
    if (word && !LETTER_OR_NUMBER.test(source[i] ?? '') && !LETTER_OR_NUMBER.test(source[from - 1] ?? '')) fixes.push({ from, to: i, word });
  }
  if (fixes.length === 0) return n;
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  const copy = (to: number) => {
    for (; at < to; at++) {
      text += n.text[at];
      start.push(n.start[at]!);
      end.push(n.end[at]!);
    }
  };
  for (const fix of fixes) {
    copy(fix.from);
    for (const c of fix.word) {
      text += c;
      start.push(n.start[fix.from]!);
      end.push(n.end[fix.to - 1]!);
    }
    at = fix.to;
  }
  copy(n.text.length);
  return { text, original: n.original, start: Int32Array.from(start), end: Int32Array.from(end) };
}
