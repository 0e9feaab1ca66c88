import { CONFUSABLES } from './confusables.js';

/**
 * Text reduced to a matching skeleton, with a way back to the original: every UTF-16 unit of `text`
 * knows the span of `original` it came from, so evidence can quote exactly what the member wrote.
 */
export interface Normalised {
  /** Lower case, look-alikes folded to Latin, invisibles gone, spaced letters joined, leetspeak read. */
  readonly text: string;
  readonly original: string;
  /** text[i] came from original.slice(start[i], end[i]). */
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** One unit of the skeleton under construction, with the original span it stands for. */
interface Unit {
  c: string;
  s: number;
  e: number;
}

/**
 * Normalises member text before any matching:
 * 1. per character: NFKC, diacritics dropped, lower case, Cyrillic/Greek look-alikes folded, zero-width
 *    and bidi controls removed;
 * 2. letters spelled out with one consistent separator are joined ("f u c k", "k.y.s", "a-s-s");
 * 3. leetspeak is read inside words that contain letters ("sh1t", "h4te", "$hit"), never in numbers.
 * Stretched letters ("fuuuck") are left in place: patterns match repeated letters themselves, so
 * "class" and "ass" keep their double letters apart.
 */
export function normalise(original: string): Normalised {
  return build(original, resolveLeet(joinSpacedLetters(foldCharacters(original))));
}

/**
 * Only step 1 (characters folded, invisibles removed): for contact details and URLs, where digits and
 * "@" mean themselves and must not be read as leetspeak.
 */
export function foldText(original: string): Normalised {
  return build(original, foldCharacters(original));
}

function build(original: string, units: Unit[]): Normalised {
  const start = new Int32Array(units.length);
  const end = new Int32Array(units.length);
  let text = '';
  units.forEach((u, i) => {
    text += u.c;
    start[i] = u.s;
    end[i] = u.e;
  });
  return { text, original, start, end };
}

/** The original text behind text.slice(from, to), with its offsets. */
export function originalSpan(n: Normalised, from: number, to: number): { start: number; end: number; value: string } {
  if (to <= from) return { start: n.start[from] ?? 0, end: n.start[from] ?? 0, value: '' };
  const start = n.start[from]!;
  let end = n.end[to - 1]!;
  for (let i = from; i < to; i++) end = Math.max(end, n.end[i]!);
  return { start, end, value: n.original.slice(start, end) };
}

// Render as nothing: format controls (zero-width space/joiners, bidi embeddings and isolates, soft hyphen,
// tags) and the blank "letters" used to pad words apart (Hangul fillers, braille blank).
const INVISIBLE = /^[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]$/u;
const MARK = /\p{M}/gu;
const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let out: string;
  if (INVISIBLE.test(c)) out = '';
  else {
    out = CONFUSABLES.get(c) ?? '';
    if (!out) {
      const decomposed = c.normalize('NFKC').normalize('NFD').replace(MARK, '').toLowerCase();
      out = Array.from(decomposed, (d) => CONFUSABLES.get(d) ?? d).join('');
    }
  }
  if (foldCache.size < 50_000) foldCache.set(c, out);
  return out;
}

function foldCharacters(original: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const folded = cp < 0x80 ? (cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : original[i]!) : foldChar(original.slice(i, i + len));
    if (folded === '') {
      // A dropped combining mark or invisible belongs to the letter before it, for evidence spans.
      const last = units[units.length - 1];
      if (last) last.e = i + len;
    }
    for (let k = 0; k < folded.length; k++) units.push({ c: folded[k]!, s: i, e: i + len });
    i += len;
  }
  return units;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '\x7f' && WORD.test(c)));
const SPACING = new Set([' ', '.', '-', '_', '\u00b7']);

/** Joins three or more single letters set apart by one repeated separator: "f u c k", "k.y.s". */
function joinSpacedLetters(units: Unit[]): Unit[] {
  const single = (p: number) => isWord(units[p]?.c) && !isWord(units[p - 1]?.c) && !isWord(units[p + 1]?.c);
  const out: Unit[] = [];
  for (let i = 0; i < units.length;) {
    if (single(i)) {
      let sep = '';
      for (let j = i + 1; SPACING.has(units[j]?.c ?? ''); j++) sep += units[j]!.c;
      const run = [i];
      if (sep.length > 0 && sep.length <= 3) {
        for (let p = i, next = p + 1 + sep.length; sameSeparator(units, p + 1, sep) && single(next); p = next, next += 1 + sep.length) {
          run.push(next);
        }
      }
      if (run.length >= 3 && run.some((p) => isLetter(units[p]!.c))) {
        for (const p of run) out.push(units[p]!);
        i = run[run.length - 1]! + 1;
        continue;
      }
    }
    out.push(units[i]!);
    i++;
  }
  return out;
}

/** units[at...] holds exactly `sep` (not a longer run of spacing). */
function sameSeparator(units: Unit[], at: number, sep: string): boolean {
  for (let k = 0; k < sep.length; k++) if (units[at + k]?.c !== sep[k]) return false;
  return !SPACING.has(units[at + sep.length]?.c ?? '');
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't',
};
const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const inToken = (c: string | undefined): boolean => c !== undefined && (isWord(c) || c in LEET || c === '*');

/**
 * Reads leetspeak inside a token that has letters and no more digits than letters, or one more when it
 * has two letters or more ("h4te", "sh1t", "$hit", "1d10t"), so numbers, dates and "1990s" stay as
 * they are. "!" counts only inside a word, "+" only between letters, so "hi!" and "c++" keep their
 * punctuation.
 */
function resolveLeet(units: Unit[]): Unit[] {
  for (let i = 0; i < units.length;) {
    if (!inToken(units[i]!.c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && inToken(units[j]!.c)) j++;
    let letters = 0;
    let digits = 0;
    for (let k = i; k < j; k++) {
      const c = units[k]!.c;
      if (isLetter(c)) letters++;
      else if (c >= '0' && c <= '9') digits++;
    }
    // One digit more than letters is still a word once it has two letters ("1d10t", "a55h0l3").
    if (letters > 0 && digits <= (letters >= 2 ? letters + 1 : letters)) {
      for (let k = i; k < j; k++) {
        const c = units[k]!.c;
        const mapped = LEET[c];
        if (!mapped) continue;
        if (c === '!' && (k === i || k === j - 1)) continue;
        if (c === '+' && !(isLetter(units[k - 1]?.c) && isLetter(units[k + 1]?.c))) continue;
        units[k]!.c = mapped;
      }
    }
    i = j;
  }
  return units;
}
