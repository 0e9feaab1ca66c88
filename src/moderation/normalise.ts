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

/**
 * The skeleton under construction, as parallel typed arrays (one entry per UTF-16 unit of the
 * skeleton, the first n used): its character code and the span of the original it stands for. No
 * object or boxed number per character: normalising is on every document's path. Entries past n are
 * 0, which no step below takes for a letter, digit or separator.
 */
interface Units {
  c: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  n: number;
}

/**
 * Normalises member text before any matching:
 * 1. per character: NFKC, diacritics dropped, lower case, Cyrillic/Greek look-alikes folded, zero-width
 *    and bidi controls removed;
 * 2. letters spelled out with one consistent separator are joined ("f u c k", "k.y.s", "a-s-s", "ح ق ي ر");
 * 3. leetspeak is read inside words that contain letters ("sh1t", "h4te", "$hit"), never in numbers.
 * Stretched letters ("fuuuck") are left in place: patterns match repeated letters themselves, so
 * "class" and "ass" keep their double letters apart.
 */
export function normalise(original: string): Normalised {
  const plain = plainFold(original);
  if (plain) return plain.normalised;
  const units = joinSpacedLetters(foldCharacters(original));
  resolveLeet(units);
  return build(original, units);
}

/**
 * normalise(original), and the text after step 1 only (characters folded, invisibles removed) for
 * contact details and URLs, where digits and "@" mean themselves and must not be read as leetspeak;
 * both from one pass over the characters.
 */
export function normaliseAndFold(original: string): { normalised: Normalised; folded: Normalised } {
  const plain = plainFold(original);
  if (plain) return plain;
  const units = foldCharacters(original);
  // build reads the characters into a string; leetspeak then changes them in place. The offsets are
  // never changed after folding (joining spaced letters makes new arrays), so both share them, and
  // when neither later step changes anything (most texts) the two are one.
  const folded = build(original, units);
  const joined = joinSpacedLetters(units);
  const leet = resolveLeet(joined);
  return { normalised: joined === units && !leet ? folded : build(original, joined), folded };
}

/**
 * normaliseAndFold of the common text, read in one pass without units: every character ASCII or folding
 * to one ASCII character other than a capital (’, “, –, Cyrillic а), and no three single letters or
 * digits each one to three spacing characters from the next (joinSpacedLetters joins none). Every
 * character of the folded text then stands for the one at its place in the original, and the offsets
 * are views of one shared identity array; leetspeak is read in place (resolveLeet on the scratch of
 * units) only when a token holds a letter and a character it may read. undefined for any other text (or one
 * longer than the identity array), which the steps above read.
 */
function plainFold(original: string): { normalised: Normalised; folded: Normalised } | undefined {
  const length = original.length;
  if (length >= IDENTITY.length) return undefined;
  const units = PLAIN_UNITS;
  let tokenLetter = false;
  let tokenLeet = false;
  let leet = false;
  let wordLength = 0;
  // Where the last single letter or digit ended while only spacing has followed it (else -1), and how
  // many singles so spaced lead up to it.
  let singleEnd = -1;
  let singles = 0;
  let afterSingle = false;
  let previousKind = 0;
  for (let i = 0; i <= length; i++) {
    let code = i < length ? original.charCodeAt(i) : 0;
    if (code >= 0x80) {
      code = asciiFoldOf(code);
      if (code === NO_ASCII_FOLD) return undefined;
    } else if (code >= 65 && code <= 90) code += 32;
    units[i] = code;
    const kind = PLAIN_KIND[code]!;
    if ((kind & PLAIN_TOKEN) !== 0) {
      if ((kind & PLAIN_LETTER) !== 0) tokenLetter = true;
      else if ((kind & PLAIN_LEET) !== 0 && mayReadAsLeet(original, i, code, previousKind)) tokenLeet = true;
      leet ||= tokenLetter && tokenLeet;
    } else tokenLetter = tokenLeet = false;
    previousKind = kind;
    if ((kind & PLAIN_WORD) !== 0) {
      if (wordLength === 0) afterSingle = singleEnd >= 0 && i - singleEnd <= 3;
      wordLength++;
      continue;
    }
    // No letter or digit (or the text's end): the end of a word, if one was being read.
    if (wordLength === 1) {
      singles = afterSingle ? singles + 1 : 1;
      if (singles >= 3) return undefined;
      singleEnd = i;
    } else if (wordLength > 1) singleEnd = -1;
    if ((kind & PLAIN_SPACING) === 0) singleEnd = -1;
    wordLength = 0;
  }
  // A string of its own (not the original lower-cased, which may be the original itself): the
  // detectors' regexes ran measurably slower on those (detectHateMultilingual 250 -> 340 µs a row).
  const start = IDENTITY.subarray(0, length);
  const end = IDENTITY.subarray(1, length + 1);
  const folded: Normalised = { text: textOfUnits(units, length), original, start, end };
  // units[length] is 0 (the loop's last step), no letter: resolveLeet may read it ("+" last).
  if (!leet || !resolveLeet({ c: units, s: start, e: end, n: length })) return { normalised: folded, folded };
  return { normalised: { text: textOfUnits(units, length), original, start, end }, folded };
}

function build(original: string, units: Units): Normalised {
  const { c, n } = units;
  return { text: textOfUnits(c, n), original, start: units.s.subarray(0, n), end: units.e.subarray(0, n) };
}

/**
 * The string of the first n UTF-16 units, lone surrogates kept, in one native decode:
 * String.fromCharCode.apply over a typed array took about 9 us for 641 characters, this under 0.5.
 * (Typed arrays are in the machine's byte order, little-endian on every platform Node supports.)
 * Units all under 0x100 (most texts) are decoded as Latin-1, so V8 holds a one-byte string: the
 * detectors' regexes and word readers run faster on those (every stage of an openai row about -5 us),
 * and a utf16le decode gives a two-byte string whatever its units.
 */
export function textOfUnits(units: Uint16Array, n: number): string {
  if (n <= LATIN1_BYTES.length) {
    let k = 0;
    for (; k < n; k++) {
      const unit = units[k]!;
      if (unit > 0xff) break;
      LATIN1_BYTES[k] = unit;
    }
    if (k === n) return LATIN1.toString('latin1', 0, n);
  }
  return Buffer.from(units.buffer, units.byteOffset, 2 * n).toString('utf16le');
}
/** Scratch for textOfUnits' Latin-1 decode (longer texts take the utf16le one). */
const LATIN1_BYTES = new Uint8Array(1 << 16);
const LATIN1 = Buffer.from(LATIN1_BYTES.buffer);

/** The original text behind text.slice(from, to), with its offsets. */
export function originalSpan(n: Normalised, from: number, to: number): { start: number; end: number; value: string } {
  if (to <= from) return { start: n.start[from] ?? 0, end: n.start[from] ?? 0, value: '' };
  const start = n.start[from]!;
  let end = n.end[to - 1]!;
  for (let i = from; i < to; i++) end = Math.max(end, n.end[i]!);
  return { start, end, value: n.original.slice(start, end) };
}

// Render as nothing: format controls (zero-width space/joiners, bidi embeddings and isolates, soft hyphen,
// tags), the blank "letters" used to pad words apart (Hangul fillers, braille blank) and Arabic tatweel,
// which only stretches a word ("المـسلمون").
const INVISIBLE = /^[\p{Cf}\u115f\u1160\u3164\uffa0\u2800\u0640]$/u;
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

function foldCharacters(original: string): Units {
  let units = unitsFor(original.length);
  let { c, s: st, e: en } = units;
  let n = 0;
  for (let i = 0; i < original.length;) {
    const unit = original.charCodeAt(i);
    if (unit < 0x80) {
      c[n] = unit >= 65 && unit <= 90 ? unit + 32 : unit;
      st[n] = i;
      en[n++] = i + 1;
      i++;
      continue;
    }
    const len = original.codePointAt(i)! > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + len));
    // A dropped combining mark or invisible belongs to the letter before it, for evidence spans.
    if (folded === '' && n > 0) en[n - 1] = i + len;
    // Room for these and for the rest of the text, one unit a character (the ASCII path above does
    // not check): only a character folded to several (ß, ﬁ, …) can make it run short.
    if (n + folded.length + original.length - i - len > c.length) {
      const more = unitsFor(2 * (n + folded.length + original.length - i));
      more.c.set(c);
      more.s.set(st);
      more.e.set(en);
      ({ c, s: st, e: en } = units = more);
    }
    for (let k = 0; k < folded.length; k++) {
      c[n] = folded.charCodeAt(k);
      st[n] = i;
      en[n++] = i + len;
    }
    i += len;
  }
  units.n = n;
  return units;
}

/**
 * Room for `size` units, zeroed, the three arrays side by side in a shared slab: a typed array of more
 * than 64 bytes is allocated outside V8's heap, and an ArrayBuffer a call (two or three a segment) was
 * a few per cent of a short bio's time. A slab is handed out front to back and never reused, so every
 * region starts zeroed; it is freed once no text normalised from it is held. Offsets first, for
 * their alignment; a text too large for a slab gets a buffer of its own.
 */
function unitsFor(size: number): Units {
  const bytes = (size * 10 + 7) & ~7;
  let buffer: ArrayBuffer;
  let at = 0;
  if (bytes > SLAB_BYTES / 4) buffer = new ArrayBuffer(bytes);
  else {
    if (slabUsed + bytes > SLAB_BYTES) {
      slab = new ArrayBuffer(SLAB_BYTES);
      slabUsed = 0;
    }
    buffer = slab;
    at = slabUsed;
    slabUsed += bytes;
  }
  return {
    s: new Int32Array(buffer, at, size),
    e: new Int32Array(buffer, at + size * 4, size),
    c: new Uint16Array(buffer, at + size * 8, size),
    n: 0,
  };
}
/** 64 KB: a held text keeps at most this alive (the phrase index holds the latest 64 segments' readings). */
const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

const WORD = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 0 not yet known, 1 a letter or digit, 2 not. */
const wordCache = new Uint8Array(0x10000);
function isWord(code: number | undefined): boolean {
  if (code === undefined) return false;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code <= 0x7f) return false;
  let known = wordCache[code]!;
  if (known === 0) wordCache[code] = known = WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
const isLetter = (code: number | undefined): boolean => code !== undefined && code >= 97 && code <= 122;
/** A letter or digit that is no ASCII digit: spaced-out letters of any script are joined ("ح ق ي ر"). */
const isLetterOfAnyScript = (code: number | undefined): boolean => isWord(code) && !(code! >= 48 && code! <= 57);
// ' ', '.', '-', '_', middle dot
const isSpacing = (code: number | undefined): boolean =>
  code === 0x20 || code === 0x2e || code === 0x2d || code === 0x5f || code === 0xb7;

/** Joins three or more single letters (any script) set apart by one repeated separator: "f u c k", "k.y.s". */
function joinSpacedLetters(units: Units): Units {
  const { c, n } = units;
  const single = (p: number) => isWord(c[p]) && !isWord(p > 0 ? c[p - 1] : undefined) && !isWord(c[p + 1]);
  // The separators inside runs joined, as [from, to) pairs of unit indexes in order: what is dropped.
  let drops: number[] | undefined;
  for (let i = 0; i < n;) {
    if (!isWord(c[i])) {
      i++;
      continue;
    }
    // A word of two units or more holds no single letter: its end is where one may start.
    if (isWord(c[i + 1])) {
      i += 2;
      while (i < n && isWord(c[i])) i++;
      continue;
    }
    if (!single(i)) {
      i++;
      continue;
    }
    const sepStart = i + 1;
    let j = sepStart;
    while (isSpacing(c[j])) j++;
    const sepLen = j - sepStart;
    let last = i;
    let letters = isLetterOfAnyScript(c[i]);
    if (sepLen > 0 && sepLen <= 3) {
      for (let next = i + 1 + sepLen; sameSeparator(c, last + 1, sepStart, sepLen) && single(next); next += 1 + sepLen) {
        last = next;
        letters ||= isLetterOfAnyScript(c[next]);
      }
    }
    const length = (last - i) / (1 + sepLen) + 1;
    if (length >= 3 && letters) {
      drops ??= [];
      for (let p = i; p < last; p += 1 + sepLen) drops.push(p + 1, p + 1 + sepLen);
      i = last + 1;
      continue;
    }
    // A run of digits ("1 2 3 4"): every later start inside it finds the same run's tail, with no
    // letter either, so it is kept as it is up to its last single, which may start a run of its own
    // with another separator. Without this, long digit runs took quadratic time.
    i = length >= 3 ? last : i + 1;
  }
  if (!drops) return units;
  const out = unitsFor(n);
  let w = 0;
  let from = 0;
  const keep = (to: number) => {
    out.c.set(c.subarray(from, to), w);
    out.s.set(units.s.subarray(from, to), w);
    out.e.set(units.e.subarray(from, to), w);
    w += to - from;
  };
  for (let d = 0; d < drops.length; d += 2) {
    keep(drops[d]!);
    from = drops[d + 1]!;
  }
  keep(n);
  out.n = w;
  return out;
}

/** c[at...] holds exactly the separator c[sep...sep+len) (not a longer run of spacing). */
function sameSeparator(c: Uint16Array, at: number, sep: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (c[at + k] !== c[sep + k]) return false;
  return !isSpacing(c[at + len]);
}

/**
 * Leetspeak by character code (ASCII): the letter it stands for, or 0. "|" is an i, as a "1" is: the
 * typo reader tries both as an l where the i spells no word ("p|ague", "k|ll" as written).
 */
const LEET = new Uint16Array(128);
for (const [from, to] of Object.entries({
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'i', '+': 't',
})) LEET[from.charCodeAt(0)] = to.charCodeAt(0);
const EURO = 0x20ac;
const INVERTED_BANG = 0xa1;
/** A check mark written for a u or ü, the letter it is shaped like ("fl√chtlinge", "mus√lmans"). */
const SQUARE_ROOT = 0x221a;
const LETTER_E = 0x65;
const LETTER_I = 0x69;
const LETTER_U = 0x75;
/** The letter a leetspeak character stands for (its code), or 0; "€", "¡" and "√" are the only ones past ASCII. */
export const leet = (code: number): number =>
  code < 128 ? LEET[code]! : code === EURO ? LETTER_E : code === INVERTED_BANG ? LETTER_I : code === SQUARE_ROOT ? LETTER_U : 0;
const BANG = 0x21;
const PLUS = 0x2b;
/** A sign a "+" may stand before as a t ("r@+$", "par4+1+35"): any leetspeak sign but another "+" or a "!". */
const isSignBeforeLetter = (code: number) => code !== PLUS && code !== BANG && leet(code) !== 0;
const STAR = 0x2a;
const inToken = (code: number | undefined): boolean => code !== undefined && (isWord(code) || leet(code) !== 0 || code === STAR);

/**
 * Reads leetspeak inside a token that has letters and no more digits than letters, or one more when it
 * has two letters or more ("h4te", "sh1t", "$hit", "1d10t"), so numbers, dates and "1990s" stay as
 * they are. "!" counts inside a word and before a letter that opens it ("!diots"), never at its end,
 * "¡" only after a letter, "+" only after a letter and before a letter or another sign, or last in a token with another
 * sign ("$0n+"), so "hi!", "c++" and "A+" keep their punctuation. Changes the units in place; says whether it changed any.
 */
function resolveLeet(units: Units): boolean {
  const { c, n } = units;
  let changed = false;
  for (let i = 0; i < n;) {
    if (!inToken(c[i])) {
      i++;
      continue;
    }
    // The token's extent and what it holds, in one pass.
    let letters = 0;
    let digits = 0;
    let signs = 0;
    let j = i;
    do {
      const code = c[j]!;
      if (isLetter(code)) letters++;
      else {
        if (code >= 48 && code <= 57) digits++;
        if (leet(code) !== 0) signs++;
      }
      j++;
    } while (j < n && inToken(c[j]));
    const mappable = signs > 0;
    // One digit more than letters is still a word once it has two letters ("1d10t", "a55h0l3").
    if (mappable && letters > 0 && digits <= (letters >= 2 ? letters + 1 : letters)) {
      for (let k = i; k < j; k++) {
        const code = c[k]!;
        const mapped = leet(code);
        if (mapped === 0) continue;
        // "!" ends a sentence, and opens a word only as its first letter ("!diots", never "!!!"); "¡" opens a
        // Spanish sentence, so it is a letter only after one ("put¡ta").
        if (code === BANG && (k === j - 1 || (k === i && !isLetter(c[k + 1])))) continue;
        if (code === INVERTED_BANG && (k === i || !isLetter(c[k - 1]))) continue;
        if (code === PLUS && !(isLetter(k > 0 ? c[k - 1] : undefined) && (k === j - 1 ? signs >= 2 : isLetter(c[k + 1]) || isSignBeforeLetter(c[k + 1]!)))) continue;
        c[k] = mapped;
        changed = true;
      }
    }
    i = j;
  }
  return changed;
}

/**
 * Whether the leetspeak character at original[i] may be read as a letter, as resolveLeet reads "!"
 * (never last in its token, first only before a letter) and "+" (only between letters); any other
 * always may.
 */
function mayReadAsLeet(original: string, i: number, code: number, previousKind: number): boolean {
  if (code !== BANG && code !== PLUS) return true;
  const next = i + 1 < original.length ? plainKindOf(original.charCodeAt(i + 1)) : 0;
  if (code === PLUS) return (previousKind & PLAIN_LETTER) !== 0 && (next & PLAIN_LETTER) !== 0;
  return (next & PLAIN_TOKEN) !== 0 && ((previousKind & PLAIN_TOKEN) !== 0 || (next & PLAIN_LETTER) !== 0);
}

/** PLAIN_KIND of a character as folded; 0 for one that folds to no ASCII character (plainFold reads no such text). */
function plainKindOf(code: number): number {
  const folded = code < 0x80 ? code : asciiFoldOf(code);
  return folded === NO_ASCII_FOLD ? 0 : PLAIN_KIND[folded]!;
}

/** 0, 1, 2, ...: the offsets of every plainFold text (start a view from 0, end from 1), never written. */
const IDENTITY = Int32Array.from({ length: (1 << 16) + 1 }, (_, i) => i);
/** plainFold's units, copied out into strings before it returns. */
const PLAIN_UNITS = new Uint16Array(IDENTITY.length);
/** PLAIN_KIND bits of an ASCII character, folded (lower case). */
const PLAIN_WORD = 1;
const PLAIN_LETTER = 2;
const PLAIN_LEET = 4;
const PLAIN_TOKEN = 8;
const PLAIN_SPACING = 16;
const PLAIN_KIND = Uint8Array.from({ length: 0x80 }, (_, code) => {
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  return (isWord(lower) ? PLAIN_WORD : 0) | (isLetter(lower) ? PLAIN_LETTER : 0) | (leet(lower) !== 0 ? PLAIN_LEET : 0) | (inToken(lower) ? PLAIN_TOKEN : 0) | (isSpacing(lower) ? PLAIN_SPACING : 0);
});
/** Per BMP unit from 0x80: the ASCII character it folds to alone (foldChar), NO_ASCII_FOLD when none; 0 not yet known. */
const asciiFolds = new Uint8Array(0x10000);
const NO_ASCII_FOLD = 0xff;
function asciiFoldOf(code: number): number {
  let known = asciiFolds[code]!;
  if (known === 0) {
    const folded = code >= 0xd800 && code <= 0xdfff ? '' : foldChar(String.fromCharCode(code));
    const unit = folded.length === 1 ? folded.charCodeAt(0) : NO_ASCII_FOLD;
    asciiFolds[code] = known = unit > 0 && unit < 0x80 && !(unit >= 65 && unit <= 90) ? unit : NO_ASCII_FOLD;
  }
  return known;
}
