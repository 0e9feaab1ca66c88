import { describe, expect, it } from 'vitest';
import { firstCharacters } from '../../src/moderation/first-characters.js';
import { chinesePinyin, chineseSoundsFirst, chineseSpellings, pinyinWord } from '../../src/moderation/chinese-spellings.js';
import { SCRIPT_GRAMMARS } from '../../src/moderation/hate-grammars.js';

const sorted = (chars: string | undefined) => chars && [...chars].sort().join('');

describe('firstCharacters: what a match can begin with', () => {
  it('reads literals, classes and escapes, past lookarounds and optional parts', () => {
    expect(sorted(firstCharacters('女人|黑鬼'))).toBe(sorted('女黑'));
    expect(sorted(firstCharacters('(?<![a-z])(?:nu|nv)\\s?ren(?![a-z])|(?:ru)?人'))).toBe(sorted('nr人'));
    expect(firstCharacters('[xyz]abc|\\s+d')).toBe('xyz\\s');
    expect(firstCharacters('\\p{Script=Han}好|(?=a)b')).toBe('\\p{Script=Han}b');
    // Characters a class body reads otherwise are escaped.
    expect(firstCharacters('\\^|-|\\]')).toBe('\\^\\-\\]');
  });

  it('reads a part that can never match as beginning with nothing, not as empty', () => {
    expect(firstCharacters('(?!)|女人|(?!)')).toBe('女');
    // Nor a branch it begins: neither x nor y can be matched, z alone or nothing before it.
    expect(firstCharacters('(?<!)x|(?!(?:))y|(?:(?!))*z')).toBe('z');
    // A lookaround that can match is still read as empty: what follows it begins the match.
    expect(firstCharacters('(?!a)b|(?=)c|(?!\\b)d')).toBe('bcd');
  });

  it('gives no answer where a match may begin anywhere or be empty, or for syntax it does not read', () => {
    for (const source of ['a|.b', '[^a]b', 'a?', '(?:x|)', '(?!)', '(a)\\1', '(?<name>a)', '\\u0041', 'a{0,2}', 'b|c*']) expect(firstCharacters(source)).toBeUndefined();
  });
});

/** Every match of a global expression, as [index, text]. */
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('a Mandarin word alternation led by its first characters finds what it found without them', () => {
  const zh = SCRIPT_GRAMMARS.zh;
  // The groups, and every tenth derogation and violence word (all of them make thousands of expressions).
  const words = [...zh.group, ...[...zh.derogation, ...zh.violence].filter((_, i) => i % 10 === 0)];
  const spellings = words.flatMap((w) => [chineseSpellings(w), chinesePinyin(w) ?? [], chineseSoundsFirst(w) ?? []].flat());
  // Han words, their pinyin spelt and run together, components split apart, homophones, and Latin around them.
  const texts = [
    '我觉得女人和黑人都很好，nv ren hei ren 都是人。',
    'heirenshilaji, tong xing lian, 冂性恋 and 女良们 in one line; 鹅心 拉鸡 la ji e4xin1',
    `${words.join('，')} ${words.map((w) => [...w].reverse().join('')).join(' ')}`,
    'Photographer and dog lover: I write about history, hiking and noodles (面条).',
  ];
  /** The spellings joined into alternations of about the size the grammar compiles (detect-hate-multilingual.ts). */
  const joined: string[] = [];
  for (const s of spellings) if (joined.length > 0 && joined.at(-1)!.length + s.length < 8000) joined[joined.length - 1] += `|${s}`; else joined.push(s);

  it('over the words one by one and joined', () => {
    for (const source of [...spellings, ...joined]) {
      const first = firstCharacters(source)!;
      for (const text of texts) expect(matches(new RegExp(`(?=[${first}])(?:${source})`, 'gu'), text)).toEqual(matches(new RegExp(source, 'gu'), text));
    }
  });

  it('over the pinyin reading, where a word with no pinyin spelling is a branch that never matches', () => {
    // As the grammar builds it (detect-hate-multilingual.ts): a word of one character has no spelling in that reading.
    const pinyin = [...zh.group, ...zh.violence].map((w) => ([...w].length > 1 ? pinyinWord(w) : undefined) ?? '(?!)');
    expect(pinyin).toContain('(?!)');
    const source = pinyin.join('|');
    const first = firstCharacters(source)!;
    expect(first).toBeDefined();
    for (const text of texts) expect(matches(new RegExp(`(?=[${first}])(?:${source})`, 'gu'), text)).toEqual(matches(new RegExp(source, 'gu'), text));
  });

  it('reads every Mandarin spelling (none falls back to no look-ahead)', () => {
    expect(spellings.filter((s) => firstCharacters(s) === undefined)).toEqual([]);
  });
});
