import { describe, expect, it } from 'vitest';
import { keeps, readsHate, readsNoHate, score } from './docs.js';
import { HATE_TO_MISSPELL, INNOCENT_NEAR_MISSPELT } from './hate-misspelt-latin.data.js';

/**
 * Hate in the Latin-script languages misspelt every way members misspell it (issue 17), from the lines of
 * hate-misspelt-latin.data.ts: each space deleted in turn, each letter after the first of a word of four letters or
 * more dropped, each pair of neighbouring letters inside such a word swapped, each such word in leet (every letter
 * a sign stands for, or every other one). The share still read as hate is held to a floor per language and
 * misspelling (where the readers stood when it was set, rounded down to a twentieth); the constructions fixed with
 * it are held line by line, and the innocent lines near the same words stay up.
 */
const LEET: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
const leet = (word: string, every: boolean) => [...fold(word)].map((c, k) => (every || k % 2 === 1 ? (LEET[c.toLowerCase()] ?? c) : c)).join('');

/** The line's words with word i changed to each of `forms`. */
const withWord = (words: readonly string[], i: number, forms: Iterable<string>) =>
  [...forms].map((form) => [...words.slice(0, i), form, ...words.slice(i + 1)].join(' '));

function misspellings(line: string): Record<string, string[]> {
  const words = line.split(' ');
  const out: Record<string, string[]> = { 'spaces deleted': [], 'a letter dropped': [], 'two letters swapped': [], leet: [] };
  for (let i = 0; i < words.length - 1; i++) out['spaces deleted']!.push([...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)].join(' '));
  words.forEach((word, i) => {
    const letters = [...word];
    if (letters.length < 4) return;
    const dropped = letters.slice(1).map((_, k) => [...letters.slice(0, k + 1), ...letters.slice(k + 2)].join(''));
    const swapped = letters.slice(1, -1).flatMap((c, k) => (c === letters[k + 2] ? [] : [[...letters.slice(0, k + 1), letters[k + 2], c, ...letters.slice(k + 3)].join('')]));
    out['a letter dropped']!.push(...withWord(words, i, dropped));
    out['two letters swapped']!.push(...withWord(words, i, swapped));
    out.leet!.push(...withWord(words, i, new Set([leet(word, true), leet(word, false)].filter((form) => form !== word))));
  });
  return out;
}

const FLOORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: { 'spaces deleted': 1, 'a letter dropped': 0.85, 'two letters swapped': 1, leet: 1 },
  es: { 'spaces deleted': 0.9, 'a letter dropped': 0.75, 'two letters swapped': 0.95, leet: 1 },
  fr: { 'spaces deleted': 1, 'a letter dropped': 0.9, 'two letters swapped': 0.95, leet: 1 },
  it: { 'spaces deleted': 0.9, 'a letter dropped': 0.8, 'two letters swapped': 0.95, leet: 0.95 },
  nl: { 'spaces deleted': 1, 'a letter dropped': 0.8, 'two letters swapped': 0.95, leet: 1 },
  pl: { 'spaces deleted': 0.9, 'a letter dropped': 0.85, 'two letters swapped': 1, leet: 1 },
  pt: { 'spaces deleted': 0.9, 'a letter dropped': 0.75, 'two letters swapped': 1, leet: 1 },
  hi: { 'spaces deleted': 0.85, 'a letter dropped': 0.7, 'two letters swapped': 0.8, leet: 1 },
  en: { 'spaces deleted': 1, 'a letter dropped': 0.8, 'two letters swapped': 1, leet: 1 },
};

const hateAsShipped = async (value: string) => (await score(value, { policy: { multilingual: true } })).reasons.some((r) => r.category.startsWith('hate'));

describe('misspelt hate read per language and misspelling, at least the floor', () => {
  for (const [lang, floors] of Object.entries(FLOORS)) {
    for (const [misspelling, floor] of Object.entries(floors)) {
      it(`${lang}, ${misspelling}: at least ${floor}`, async () => {
        const forms = HATE_TO_MISSPELL.filter(([l]) => l === lang).flatMap(([, line]) => misspellings(line)[misspelling]!);
        let read = 0;
        for (const form of forms) if (await hateAsShipped(form)) read++;
        expect(read / forms.length).toBeGreaterThanOrEqual(floor);
      }, 60_000);
    }
  }
});

describe('a word of a kin language a letter from the hate word the frame expects', () => readsHate([
  'les juifs sont des parastes',
  'las mujeres son inferires',
  'les femes sont stupides',
  'je détete les musulmans',
  'tous les noris sont des ordures',
  'le donen sono inferiori',
]));
describe("the kin word left alone where no key word of the text stands beside it, or where the reading is no kin's", () => readsNoHate([
  'viklang bachon ke liye school, 10 saal se',
  'obrigada, les amis ! parastes-vous au bar ?',
  'parastes de fumar? parabéns',
  'kobity z mojej wsi pieką najlepsze ciasta',
  'immigrai in Germania nel 1990',
]));
describe('innocent lines near the same words', () => keeps(INNOCENT_NEAR_MISSPELT.map(([, line]) => line)));
