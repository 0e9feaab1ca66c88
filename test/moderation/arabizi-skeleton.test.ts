import { describe, expect, it } from 'vitest';
import { arabicSkeleton, arabicSkeletons, arabiziGrammarSkeletons, arabiziSkeleton, compileSkeletons, findSkeletons, phrasesOf } from '../../src/moderation/arabizi-skeleton.js';

/** Arabizi spellings made up for these tests, as members vary them. */
describe('arabiziSkeleton', () => {
  it.each([
    ['7ayawanat', 'hayawanaat', 'hywnt'],
    ['zbala', 'zebalah', 'zibaalla'],
    ['2atl', 'qatl', 'ktl'],
    ['5awana', 'khawana', 'khwna'],
    ['wes5een', 'wiskheen', 'wesakhin'],
    ['mo3akeen', 'moakeen', 'mu3aqeen'],
  ])('reads %s, %s and %s alike where the grammar spells it the first way', (a, b, c) => {
    expect(arabiziGrammarSkeletons(a)).toContain(arabiziSkeleton(b));
    expect(arabiziGrammarSkeletons(a)).toContain(arabiziSkeleton(c));
  });

  it('reads 2 and q as ق or the hamza, never as ك: "asd2a2y" (my friends) is not "ساؤذيك" (I will hurt you)', () => {
    expect(arabicSkeletons('ساؤذيك')).not.toContain(arabiziSkeleton('asd2a2y'));
    expect(arabicSkeletons('قتل')).toContain(arabiziSkeleton('2atl'));
    expect(arabicSkeletons('قتل')).toContain(arabiziSkeleton('katl'));
  });

  it('reads a preposition joined to "them" or "you" as a function word: "bihom" (with them) is not "بهائم" (beasts)', () => {
    for (const word of ['bihom', 'behom', 'lihom', '3alehom', 'fihom', 'bikom', '3alekom']) expect(arabiziSkeleton(word)).toMatch(/^~/);
    expect(arabiziSkeleton('bahayem')).toBe(arabicSkeleton('بهايم'));
    expect(arabiziSkeleton('2atalohom')).not.toMatch(/^~/);
  });

  it('tells apart words of other consonants', () => {
    expect(arabiziSkeleton('klab')).not.toBe(arabiziSkeleton('kalam'));
    expect(arabiziSkeleton('2atl')).not.toBe(arabiziSkeleton('2alb'));
  });

  it('reads a word of one consonant by its first sounds: "la" (no) is not the article "el"', () => {
    expect(arabiziSkeleton('la')).not.toBe(arabiziSkeleton('el'));
    expect(arabiziSkeleton('fe')).toBe(arabiziSkeleton('fi'));
  });
});

describe('arabicSkeleton', () => {
  it.each([
    ['زبالة', 'zebala'],
    ['حيوانات', '7ayawanat'],
    ['قتل', '2atl'],
    ['خونة', '5awana'],
    ['لا', 'la'],
  ])('reads %s as Arabizi writes it (%s)', (arabic, arabizi) => {
    expect(arabicSkeleton(arabic)).toBe(arabiziSkeleton(arabizi));
  });
});

describe('findSkeletons', () => {
  const lexicon = compileSkeletons(
    [
      { words: [arabicSkeleton('حشرات')], category: 'hate', weight: 0.75 },
      { words: ['مكانهم', 'مطبخ'].map(arabicSkeleton), category: 'hate', weight: 0.75 },
      { words: [arabiziSkeleton('bet')], category: 'hate', weight: 0.75 },
      { words: [arabiziSkeleton('kolohom')], category: 'hate', weight: 0.75 },
    ],
    new Set([arabiziSkeleton('kolohom')]),
  );

  it('finds a word in a spelling no list holds, with where it is', () => {
    const text = 'el laj2een 7ashraat';
    expect(findSkeletons(text, lexicon).map((m) => text.slice(m.from, m.to))).toEqual(['7ashraat']);
  });

  it('passes over a lone article inside a phrase', () => {
    const text = 'el nsa2 makanhom el matba5';
    expect(findSkeletons(text, lexicon).map((m) => text.slice(m.from, m.to))).toEqual(['makanhom el matba5']);
  });

  it('leaves out skeletons too short to tell apart, and common words', () => {
    expect(findSkeletons('bet el sood kolohom', lexicon)).toEqual([]);
  });
});

describe('phrasesOf', () => {
  it('spells out alternatives and optional words', () => {
    expect(phrasesOf('(mesh|msh) [2awi] tay2')).toEqual([['mesh', 'tay2'], ['mesh', '2awi', 'tay2'], ['msh', 'tay2'], ['msh', '2awi', 'tay2']]);
  });

  it('leaves out alternatives with a gap or a wildcard', () => {
    expect(phrasesOf('ne2tel .. kolohom|e5las*|yemooto')).toEqual([['yemooto']]);
  });
});
