import { describe, expect, it } from 'vitest';
import { END, ID, MemoByWordId, readWords, START, STRIDE, Vocabulary, VOCABULARY, wordsWithin } from '../../src/moderation/segment-words.js';

const wordsOf = (text: string) => {
  const r = readWords(text);
  return Array.from({ length: r.count }, (_, k) => text.slice(r.words[k * STRIDE + START], r.words[k * STRIDE + END]));
};

describe('the shared word reading of a segment', () => {
  it('reads the words /[\\p{L}\\p{N}]+/u finds, astral letters and all, and nothing else', () => {
    for (const text of ['you are a worthless idiot.', 'héllo, wörld 😀 a𠀀b 12x', "don't-stop\u00ad now", '\ud800lone surrogate', '']) {
      expect(wordsOf(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    }
  });

  it('gives a word one id in every text, and different words different ids', () => {
    const idsOf = (text: string) => Array.from({ length: readWords(text).count }, (_, k) => readWords(text).words[k * STRIDE + ID]!);
    const a = { id: idsOf('idiot, you idiot') };
    const b = { id: idsOf('what an idiot') };
    expect(a.id[0]).toBe(a.id[2]);
    expect(b.id[2]).toBe(a.id[0]);
    expect(new Set([a.id[0], a.id[1], b.id[0], b.id[1]]).size).toBe(4);
    expect(VOCABULARY.word(a.id[0]!)).toBe('idiot');
  });

  it('tells short words apart by their units, inline or not: ASCII of up to four units, longer, and non-ASCII', () => {
    const vocabulary = new Vocabulary();
    const words = ['a', 'ab', 'abc', 'abcd', 'abcde', 'abce', 'bacd', 'é', 'éé', 'ab\u0100', 'ab\u00e9', '0', '00', 'zzzz', 'zzzzz'];
    const ids = words.map((w) => vocabulary.idOf(w, 0, w.length));
    expect(new Set(ids).size).toBe(words.length);
    // Again, inside other text: the same ids.
    expect(words.map((w) => vocabulary.idOf(` ${w} `, 1, w.length + 1))).toEqual(ids);
    expect(ids.map((id) => vocabulary.word(id))).toEqual(words);
  });

  it('keeps every reading intact while later texts are read (readings share slabs)', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `text ${i} with words ${(i * 7919).toString(36)} and more`);
    const readings = texts.map((text) => readWords(text));
    readings.forEach((reading, i) => {
      const words = Array.from({ length: reading.count }, (_, k) => texts[i]!.slice(reading.words[k * STRIDE + START], reading.words[k * STRIDE + END]));
      expect(words).toEqual(texts[i]!.match(/[\p{L}\p{N}]+/gu));
      expect(reading.words.length).toBe(reading.count * STRIDE);
    });
  });

  it('stops interning when full: new words read as -1, known words keep their ids', () => {
    const vocabulary = new Vocabulary();
    const text = Array.from({ length: Vocabulary.MAX_WORDS + 5 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const ids: number[] = [];
    for (let i = 0, from = 0; i < Vocabulary.MAX_WORDS + 5; i++) {
      const to = text.indexOf(' ', from) < 0 ? text.length : text.indexOf(' ', from);
      ids.push(vocabulary.idOf(text, from, to));
      from = to + 1;
    }
    expect(ids.slice(0, 3)).toEqual([0, 1, 2]);
    expect(ids.slice(-5)).toEqual([-1, -1, -1, -1, -1]);
    expect(vocabulary.idOf('w0 w1', 3, 5)).toBe(1);
    expect(vocabulary.size).toBe(Vocabulary.MAX_WORDS);
  });

  it("gives a part's words as a run of the reading's, unless the part cuts a word", () => {
    const text = 'kill them. all of you';
    const reading = readWords(text);
    const run = wordsWithin(reading, 11, text.length)!;
    expect([run.first, run.last]).toEqual([2, 5]);
    expect(wordsWithin(reading, 0, 10)).toEqual({ reading, first: 0, last: 2 });
    expect(wordsWithin(reading, 1, 10)).toBeUndefined();
    expect(wordsWithin(reading, 0, 7)).toBeUndefined();
    // An astral letter cut in two is no word either way.
    expect(wordsWithin(readWords('a𠀀b c'), 0, 2)).toBeUndefined();
  });

  it('works a word out once by id, a word without an id every time, and again after forget', () => {
    const met: string[] = [];
    // Any int32 but -2^31 is a value: -1 and 0 included.
    const memo = new MemoByWordId((text, from, to) => (met.push(text.slice(from, to)), to - from - 4));
    const reading = readWords('idiot, you idiot');
    const valueOf = (k: number) => memo.of(reading.words[k * STRIDE + ID]!, reading.text, reading.words[k * STRIDE + START]!, reading.words[k * STRIDE + END]!);
    expect([valueOf(0), valueOf(1), valueOf(2), valueOf(2)]).toEqual([1, -1, 1, 1]);
    expect(met).toEqual(['idiot', 'you']);
    expect(memo.of(-1, 'idiot', 0, 5)).toBe(1);
    expect(memo.of(-1, 'idiot', 0, 5)).toBe(1);
    expect(met).toEqual(['idiot', 'you', 'idiot', 'idiot']);
    memo.forget();
    expect(valueOf(1)).toBe(-1);
    expect(met).toEqual(['idiot', 'you', 'idiot', 'idiot', 'you']);
  });

  it("keeps each memo's values apart, however many memos there are, and forgets only its own", () => {
    // More memos than share a table: the values of one word lie side by side, one a memo.
    const worked = Array.from({ length: 40 }, () => 0);
    const memos = worked.map((_, m) => new MemoByWordId((text, from, to) => (worked[m]!++, m * 100 + to - from - 4)));
    const reading = readWords('moron, you moron');
    const valueOf = (memo: MemoByWordId, k: number) => memo.of(reading.words[k * STRIDE + ID]!, reading.text, reading.words[k * STRIDE + START]!, reading.words[k * STRIDE + END]!);
    expect(memos.map((memo) => valueOf(memo, 0))).toEqual(memos.map((_, m) => m * 100 + 1));
    expect(memos.map((memo) => valueOf(memo, 1))).toEqual(memos.map((_, m) => m * 100 - 1));
    memos[17]!.forget();
    expect(memos.map((memo) => valueOf(memo, 2))).toEqual(memos.map((_, m) => m * 100 + 1));
    expect(worked).toEqual(worked.map((_, m) => (m === 17 ? 3 : 2)));
  });
});
