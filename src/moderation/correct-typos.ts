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

/** Rewrites misspelt lexicon words to their spelling, each new letter mapped to the whole original word. */
export function correctTypos(n: Normalised): Normalised {
  const fixes: { from: number; to: number; word: string }[] = [];
  for (const m of n.text.matchAll(/[a-z]{2,}/g)) {
    const word = VARIANTS.get(m[0]);
    if (word && !/[\p{L}\p{N}]/u.test(n.text[m.index + m[0].length] ?? '') && !/[\p{L}\p{N}]/u.test(n.text[m.index - 1] ?? '')) {
      fixes.push({ from: m.index, to: m.index + m[0].length, word });
    }
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
