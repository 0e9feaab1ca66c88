import { describe, expect, it } from 'vitest';
import { LiteralIndex, RequirementIndex, requiredLiterals } from '../../src/moderation/regex-literals.js';
import { detectLanguage, matchLexicons, type Language } from '../../src/moderation/lexicons/index.js';

const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';
/** As detect-threats-multilingual.ts writes its patterns: words, a space for one or more spaces. */
const words = (source: string) => new RegExp(`${START}(?:${source.replace(/ /g, '\\s+')})${END}`, 'gu');

describe('requiredLiterals: what every match of a pattern holds', () => {
  it.each<[RegExp, string[][]]>([
    [words('(te|os) (voy|vamos) a (matar|herir)'), [['te', 'os'], ['voy', 'vamos'], ['a'], ['matar', 'herir']]],
    // Optional and open-ended parts require nothing.
    [words('(?:(ja|juz) )?(cie|was) (?:\\p{L}+ ){0,3}(zabije|zastrzele)'), [['cie', 'was'], ['zabije', 'zastrzele']]],
    // Adjacent choices are multiplied out.
    [words('(matar|herir)(-te|-lo)'), [['matar-te', 'matar-lo', 'herir-te', 'herir-lo']]],
    // A match is one branch's: for each choice of a set from every branch, it holds a literal of their union.
    [words('(vas|vais) a morir|(estas|ya estas) (muerto|muerta)'), [
      ['estas', 'vais', 'vas', 'ya'], ['estas', 'vais', 'vas'], ['muerta', 'muerto', 'vais', 'vas'], ['a', 'estas', 'ya'], ['a', 'estas'],
      ['a', 'muerta', 'muerto'], ['estas', 'morir', 'ya'], ['estas', 'morir'], ['morir', 'muerta', 'muerto'],
    ]],
    // Above 16 choices, each branch gives its rarest literals only.
    [words('(a|b) (c|d) (e|f) (g|h) (i|j)|(k|l) (m|n) (o|p) (q|r) (s|t)'), [['a', 'b', 'k', 'l']]],
    [/[اأإ]قتل(ك|كم)/u, [['اقتلك', 'اقتلكم', 'أقتلك', 'أقتلكم', 'إقتلك', 'إقتلكم']]],
    [/我们?[^。！？]{0,10}?(杀了|弄死)/gu, [['我们', '我'], ['杀了', '弄死']]],
    // An open part's last strings join what follows it, its first strings what precedes it: "ak" ending the match.
    [/(?:\p{L}+(ak|ek)|\p{L}+ik)!/u, [['ak', 'ek', 'ik'], ['ak!', 'ek!', 'ik!']]],
    [/x(?:a\p{L}*|b\p{L}*)/u, [['xa', 'xb'], ['a', 'b']]],
    [/\p{L}+\s+\p{L}+/u, []],
    [/(?:abc)*x?/u, []],
  ])('%s', (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it('refuses what it cannot read faithfully, rather than guessing', () => {
    expect(() => requiredLiterals(/kill/i)).toThrow(/case-insensitive/);
    expect(() => requiredLiterals(/(?<a>x)\k<a>/u)).toThrow(/escape/);
  });

  it('is never stricter than the pattern: every match meets it, on texts made from its own parts', () => {
    // Each pattern with its parts in order: texts are made by picking a part of each, sometimes leaving
    // one out, doubling or swapping two, with varied spaces and noise around: matches and near misses.
    const cases: [RegExp, string[][]][] = [
      [words("(i'll|ill|we'll|i'm gonna) (?:(just|fucking) )?(kill|hurt|stab) (you|u|him)"), [["i'll", 'ill', "we'll", "i'm gonna", 'skill'], ['', 'just', 'fucking'], ['kill', 'hurt', 'stab', 'kills'], ['you', 'u', 'him', 'yours']]],
      [words('(te|os) (voy|vamos) a (matar|herir)|(vas|vais) a morir'), [['te', 'os', 'vas', 'vais'], ['voy', 'vamos', 'a'], ['a', 'morir'], ['matar', 'herir', 'morir', '']]],
      [words('(matar|esfaquear)(-te|-lo)|(ich|wir) (?:\\p{L}+ )?(um|ab)'), [['matar', 'esfaquear', 'ich', 'wir'], ['-te', '-lo', '', 'dich', 'euch'], ['um', 'ab', '']]],
      [words('(du bist|ihr seid) (so gut wie |schon )?(tot|tot!|ein toter mann)'), [['du bist', 'ihr seid', 'bist'], ['', 'so gut wie', 'schon'], ['tot', 'tot!', 'ein toter mann', 'toter']]],
      [/(?:سوف |راح |س|ح)?[اأإ](قتل|ذبح)(ك|كم)?/gu, [['', 'سوف ', 'راح ', 'س', 'ح'], ['ا', 'أ', 'إ', ''], ['قتل', 'ذبح'], ['ك', 'كم', '']]],
      [/(足|腕)を(へし)?(折って|折っ)(やる|やるぞ)/gu, [['足', '腕'], ['を', ''], ['へし', ''], ['折って', '折っ'], ['やる', 'やるぞ', '']]],
      [/(?:b\p{L}*(ak|ek)|c(ik|ok))[!?]|x(?:a\p{L}*|b\p{L}+)y/gu, [['b', 'c', 'bb', 'x', ''], ['', 'a', 'ak', 'b'], ['ak', 'ek', 'ik', 'ok', 'a', 'y'], ['!', '?', '', 'y']]],
      [/x{2,3}y+z?|(ab|cd)[^e]{0,2}(fg|hi)/gu, [['x', 'xx', 'ab', 'cd'], ['x', 'y', 'e', '', '.'], ['y', 'yy', 'fg', 'hi'], ['z', '']]],
    ];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const spaces = [' ', ' ', '  ', '\n', '', ', '];
    let matched = 0;
    for (const [re, slots] of cases) {
      const index = new RequirementIndex();
      const id = index.add(requiredLiterals(re));
      for (let t = 0; t < 2000; t++) {
        const parts = slots.map((options) => options[random(options.length)]!).filter(() => random(12) > 0);
        if (random(6) === 0) parts.splice(random(parts.length + 1), 0, parts[random(parts.length)] ?? 'x');
        const at = random(parts.length);
        if (random(6) === 0 && at + 1 < parts.length) [parts[at], parts[at + 1]] = [parts[at + 1]!, parts[at]!];
        const text = ['', 'so ', 'Well: '][random(3)] + parts.map((p, i) => (i === 0 ? p : spaces[random(spaces.length)] + p)).join('') + ['', '!', ' ok'][random(3)];
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        index.read(text);
        expect(index.met(id), `${re} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });
});

describe('LiteralIndex', () => {
  it('finds every literal that occurs, overlapping ones too, and no other', () => {
    const index = new LiteralIndex();
    const [kill, ill, skill, kills, dead] = ['kill', 'ill', 'skill', 'kills', 'dead'].map((l) => index.add(l));
    const found = index.found('Skills pay the bills');
    expect([kill, ill, skill, kills, dead].map((id) => (found.includes(id!) ? 1 : 0))).toEqual([1, 1, 0, 1, 0]);
    expect(new Set(found).size).toBe(found.length);
    expect(index.add('kill')).toBe(kill);
  });
});

describe('RequirementIndex', () => {
  it('meets a requirement when each of its sets has a literal in the text, and only then', () => {
    const index = new RequirementIndex();
    const spanish = index.add([['te', 'os'], ['voy', 'vamos'], ['matar']]);
    const english = index.add([['kill'], ['you', 'u']]);
    const none = index.add([]);
    const kill = index.add([['kill']]);
    const met = (text: string) => (index.read(text), [spanish, english, none, kill].map((id) => (index.met(id) ? 1 : 0)));
    expect([spanish, english, none, kill]).toEqual([0, 1, 2, 3]);
    expect(met('te voy a matar')).toEqual([1, 0, 1, 0]);
    expect(met('os vamos a ver')).toEqual([0, 0, 1, 0]);
    expect(met('I will kill you')).toEqual([0, 1, 1, 1]);
    expect(met('Skills pay the bills')).toEqual([0, 0, 1, 1]);
    expect(met('')).toEqual([0, 0, 1, 0]);
  });
});

describe('the lexicons read the language only when a term needs it', () => {
  it.each([
    ['I bake sourdough bread and teach piano on weekends.', false],
    ['Kapa çeneni, salak herif.', true],
    ['I am what I am.', true],
  ])('%s', (text, asked) => {
    let calls = 0;
    const language = (lang: Language) => (calls++, detectLanguage(text) === lang);
    const lazy = matchLexicons(text, { language });
    expect(lazy).toEqual(matchLexicons(text, { language: detectLanguage(text) }));
    expect(calls > 0).toBe(asked);
  });
});
