import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/moderation/sentences.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icu = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));

/**
 * One character of every Sentence_Break class the fast path knows (lower, upper, digit, full stop,
 * other terminators, closing quotes and brackets, commas and dashes, spaces, line ends, other), Latin-1
 * and Cyrillic among them, and one it hands to Intl.Segmenter (a Greek letter).
 */
const ALPHABET = ['a', 'Z', '7', '.', '!', '?', '"', ')', '’', '”', '»', ',', '-', '—', ' ', '\xa0', '\t', '\n', '\r', '#', '…', '\x01', 'é', 'É', 'ª', '×', 'ж', 'Ж', 'λ'];

/** Every character below U+0460 and the few above that the fast path reads (others go to Intl.Segmenter). */
const TABLE_CANDIDATES = [...Array.from({ length: 0x460 }, (_, c) => String.fromCharCode(c)), '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026'];
/** Contexts that ask every rule of UAX #29 the fast path implements about the character X. */
const CONTEXTS = ['X', 'a.X', 'a. X', 'a.X b', 'a. Xb', 'A.X', 'X.a', 'X. a', 'X. A', 'a.X. b', 'a.)X a', 'a. X. b', 'a!X A', 'a.\nX', 'X\nb', '1.X', 'X.1', 'a. X a', 'a. " X'];

describe('sentences', () => {
  it('splits where Intl.Segmenter does, on every string of up to three characters of the alphabet', () => {
    const strings = [''];
    for (let length = 1; length <= 3; length++) {
      for (const s of strings.filter((t) => t.length === length - 1)) for (const c of ALPHABET) strings.push(s + c);
    }
    const differing = strings.filter((s) => JSON.stringify(sentences(s)) !== JSON.stringify(icu(s)));
    expect(differing).toEqual([]);
  });

  it('splits where Intl.Segmenter does with every character the table could know, in the context of every rule', () => {
    const differing = TABLE_CANDIDATES.flatMap((c) => CONTEXTS.map((context) => context.replace(/X/g, c))).filter(
      (s) => JSON.stringify(sentences(s)) !== JSON.stringify(icu(s)),
    );
    expect(differing).toEqual([]);
  });

  it('splits where Intl.Segmenter does on longer random strings (SB8 looks ahead past any number of characters)', () => {
    let seed = 16;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const differing: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      for (let length = 1 + Math.floor(random() * 24); s.length < length;) s += ALPHABET[Math.floor(random() * (ALPHABET.length - 1))];
      if (JSON.stringify(sentences(s)) !== JSON.stringify(icu(s))) differing.push(s);
    }
    expect(differing).toEqual([]);
  });

  it('reads abbreviations, decimals, quotes and lower case after a full stop (not after "?") as UAX #29 does', () => {
    const text = 'Born in the U.S. in 1990. Pay 3.50 now! "Really?" she asked. He said no. e.g. this. Ok…\r\nNext';
    expect(sentences(text)).toEqual(icu(text));
    expect(sentences(text).map((s) => s.segment)).toEqual([
      'Born in the U.S. in 1990. ', 'Pay 3.50 now! ', '"Really?" ', 'she asked. ', 'He said no. e.g. this. ', 'Ok…\r\n', 'Next',
    ]);
  });

  it('cuts a text longer than a block after a sentence end, with every offset pointing into the text', () => {
    const text = 'This is a sentence. '.repeat(500) + 'Ünïcödé sentence. '.repeat(300);
    const found = sentences(text);
    expect(found.map((s) => s.segment).join('')).toBe(text);
    for (const { segment, index } of found) expect(text.slice(index, index + segment.length)).toBe(segment);
    expect(found).toHaveLength(800);
  });
});
