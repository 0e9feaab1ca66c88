import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/moderation/phrase-pattern.js';

/**
 * A choice of words is compiled with the words that start alike grouped (phrase-pattern.ts emitChoice),
 * for speed only: it must match exactly what the words tried one by one, in their order, match, and
 * end where they end (the evidence a reviewer reads, and where the next match may start).
 */

/** Every match of the pattern in the text, as [from, to]. */
function matches(source: string, text: string, slots = {}): [number, number][] {
  return [...text.matchAll(compilePattern(source, slots).regex)].map((m) => [m.index, m.index + m[0].length]);
}

/** The plain regex of a choice of words tried one by one, each followed by `then`: the reference. */
function oneByOne(words: readonly string[], then: readonly string[]): RegExp {
  const word = (w: string) => w.replace(/([a-z])\1*/g, (run, c: string) => (run.length === 1 ? `${c}+` : `${c}{${run.length},}`)).replace(/'/g, "'?");
  const choice = (list: readonly string[]) => `(?:${list.map(word).join('|')})`;
  return new RegExp(`(?<![A-Za-z0-9\\u0001])${choice(words)}[^A-Za-z0-9\\u0001]*${choice(then)}(?![A-Za-z0-9\\u0001])`, 'g');
}

describe('phrase patterns: choices of words', () => {
  it('match harmful phrases and leave innocent ones, in several languages', () => {
    const slots = { insult: ['idiot', 'idiots', 'imbecile', 'moron', 'loser', 'losers'] };
    expect(matches('(a|an|the|absolute) [{insult}] {insult}', 'what an absolute idiot, the losers', slots)).toEqual([[8, 22], [24, 34]]);
    expect(matches('(a|an|the|absolute) [{insult}] {insult}', 'an absolute legend, the lost dog', slots)).toEqual([]);
    expect(matches('(estupido|estupida|est) (eres|es)', 'eres estupida es, est es bueno')).toEqual([[5, 16], [18, 24]]);
    expect(matches('(connard|conne|con) (va|vas)', 'sale conne va-t-en, connaissance va')).toEqual([[5, 13]]);
  });

  it('end where the words tried in their order end, with letters stretched, glued or doubled', () => {
    // Words that start alike, prefixes of each other, doubled letters, digits and optional apostrophes.
    const words = ['ass', 'as', 'asshole', 'a', 'all', "a'll", 'al', 'b', 'bb', 'bob', '14', '1488', 'l', 'll', 'lol'];
    const then = ['s', 'ss', 'so', 'sole', 'hole', 'l', 'lol', 'b'];
    const reference = oneByOne(words, then);
    const source = `(${words.join('|')}) (${then.join('|')})`;
    const pieces = [...words, ...then, 'x', 'hole', 'ss'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let compared = 0;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = 1 + Math.floor(next() * 8); k > 0; k--) {
        const piece = pieces[Math.floor(next() * pieces.length)]!.replace(/[a-z]/, (c) => c.repeat(1 + Math.floor(next() * 3)));
        text += piece + [' ', '', '', '-', ', '][Math.floor(next() * 5)];
      }
      const expected = [...text.matchAll(reference)].map((m) => [m.index, m.index + m[0].length]);
      compared += expected.length;
      expect(matches(source, text), text).toEqual(expected);
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe('phrase patterns: span', () => {
  it('counts the most words a match touches, and no bound with a free word or a gap', () => {
    const slots = { insult: ['idiot', 'a hole', 'piece of shit'] };
    const span = (source: string) => compilePattern(source, slots).span;
    expect(span('kill')).toBe(1);
    expect(span("don't e-mail me")).toBe(5);
    expect(span('(you|you are) [stupid] {insult} $')).toBe(6);
    expect(span('kill~ them*')).toBe(2);
    expect(span('go _ now')).toBe(Infinity);
    expect(span('i .. hate')).toBe(Infinity);
    // Each counted word is a real one of the text at its widest: the pattern matches across exactly that many.
    const longest = compilePattern('(you|you are) [stupid] {insult} $', slots).regex;
    expect('you are stupid piece of shit.'.match(longest)?.[0].split(/[^a-z]+/).length).toBe(6);
  });
});

describe('phrase patterns: anchors', () => {
  it('require of a choice what every option holds, so a text without it is never searched', () => {
    const anchors = (source: string) => compilePattern(source).anchors;
    // Every match holds "die" (whichever option), and one of "just" and "already".
    expect(anchors('(just die|die already)')).toEqual(expect.arrayContaining([['die'], expect.arrayContaining(['just', 'already'])]));
    // "cvv" (squeezed "cv") in every option but the plural's: a text of shops and sales without it is ruled out.
    const cvv = anchors('((fresh|live|valid) cvv~|cvv~ (shop~|store~)|cvvs)');
    expect(cvv).toContainEqual(expect.arrayContaining(['cv', 'cvs']));
    expect(cvv.find((set) => set.includes('cv'))).toHaveLength(2);
    // Every set is one some part of every match holds: these texts match, and hold one literal of each.
    for (const [source, text] of [['(just die|die already)', 'just die'], ['(just die|die already)', 'die already'], ['((fresh|live|valid) cvv~|cvv~ (shop~|store~)|cvvs)', 'cvvs shop']]) {
      expect(compilePattern(source!).regex.test(text!)).toBe(true);
      for (const set of anchors(source!)) expect(set.some((anchor) => text!.replace(/([a-z])\1+/g, '$1').includes(anchor))).toBe(true);
    }
  });

  it('extend each pick of a choice by an option of one word on its own', () => {
    const anchors = (source: string) => compilePattern(source).anchors;
    // A choice of single words (a slot's shape) is one set, in the options' order.
    expect(anchors('(black|white|brown|blue)')).toEqual([['black', 'white', 'brown', 'blue']]);
    // Two picks survive the first options ("cvv", and "fresh"/"live" with "shop"); "dumps" and "fullz" extend each
    // of them, and neither takes the other's anchors.
    expect(anchors('((fresh|live) cvv~|cvv~ shop~|dumps|fullz) now')).toEqual([['cv', 'dumps', 'fulz'], ['fresh', 'live', 'shop', 'dumps', 'fulz'], ['now']]);
    expect(compilePattern('((fresh|live) cvv~|cvv~ shop~|dumps|fullz) now').anchorReach).toEqual([1, 1, 2]);
  });
});
