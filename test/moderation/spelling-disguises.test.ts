import { describe, expect, it } from 'vitest';
import { keeps, score } from './docs.js';
import { ARABIC_DISGUISES, LETTER_DISGUISES, MANDARIN_DISGUISES, seeded, type Disguise } from './spelling-disguises.js';
import { INNOCENT_BIOS, INNOCENT_TWINS, PLAIN_HATE } from './spelling-disguises.data.js';

/**
 * Hate disguised as members disguise it (issue 17): each line of spelling-disguises.data.ts, which the scorer
 * removes as written, disguised a few seeded ways per class (spelling-disguises.ts), and the share still removed
 * held to a floor per language and class: what the readers read as a mechanism (run-together sentences,
 * pinyin with tone marks, Arabizi as the dialects say its letters), not as the lines. The innocent twins, in
 * the same frames and disguised the same ways, and bios with digits, signs and words run together, stay up.
 */
const TRIALS = 4;

const DISGUISES: Readonly<Record<string, Readonly<Record<string, Disguise>>>> = {
  ...Object.fromEntries(['en', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'hi'].map((lang) => [lang, LETTER_DISGUISES])),
  // Two letters swapped in Devanagari is read in none of the lines yet: no floor to hold.
  'hi-Deva': Object.fromEntries(['a letter dropped', 'two words run together'].map((name) => [name, LETTER_DISGUISES[name]!])),
  ar: ARABIC_DISGUISES,
  zh: MANDARIN_DISGUISES,
};

/** The distinct disguised forms of the lines, TRIALS seeds a line and class, each unlike its line. */
function disguised(lines: readonly string[], disguise: Disguise, name: string): string[] {
  const forms = new Set<string>();
  lines.forEach((line, i) => {
    for (let t = 0; t < TRIALS; t++) {
      const form = disguise(line, seeded(1000 * i + 17 * t + name.length));
      if (form !== line) forms.add(form);
    }
  });
  return [...forms];
}

const removedAsShipped = async (line: string) => (await score(line, { policy: { multilingual: true } })).flagged;

/**
 * Per language and disguise, the share of disguised lines still removed, at least: where the readers stood when the
 * floors were set, rounded down to a twentieth. Devanagari with a letter dropped or words run together, and Arabic
 * with a letter dropped or swapped, are read little yet: their floors hold what there is.
 */
const FLOORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: { 'leet, one word': 1, 'leet, two words': 1, 'leet, every word': 0.65, 'a letter dropped': 0.85, 'a letter dropped in two words': 0.8, 'two letters swapped': 0.95, 'two words run together': 0.85, 'three words run together': 0.8, 'no spaces': 0.35 },
  de: { 'leet, one word': 0.9, 'leet, two words': 0.9, 'leet, every word': 0.9, 'a letter dropped': 0.95, 'a letter dropped in two words': 0.9, 'two letters swapped': 1, 'two words run together': 1, 'three words run together': 1, 'no spaces': 0.85 },
  es: { 'leet, one word': 0.9, 'leet, two words': 0.9, 'leet, every word': 0.9, 'a letter dropped': 0.8, 'a letter dropped in two words': 0.7, 'two letters swapped': 0.85, 'two words run together': 0.95, 'three words run together': 0.85, 'no spaces': 0.85 },
  fr: { 'leet, one word': 0.9, 'leet, two words': 0.95, 'leet, every word': 0.9, 'a letter dropped': 0.9, 'a letter dropped in two words': 0.7, 'two letters swapped': 0.9, 'two words run together': 0.9, 'three words run together': 0.85, 'no spaces': 0.75 },
  it: { 'leet, one word': 0.75, 'leet, two words': 0.9, 'leet, every word': 0.65, 'a letter dropped': 0.8, 'a letter dropped in two words': 0.7, 'two letters swapped': 0.85, 'two words run together': 0.9, 'three words run together': 0.9, 'no spaces': 0.85 },
  nl: { 'leet, one word': 0.9, 'leet, two words': 0.95, 'leet, every word': 0.85, 'a letter dropped': 0.95, 'a letter dropped in two words': 0.6, 'two letters swapped': 1, 'two words run together': 1, 'three words run together': 0.8, 'no spaces': 0.85 },
  pl: { 'leet, one word': 0.85, 'leet, two words': 0.9, 'leet, every word': 0.7, 'a letter dropped': 0.7, 'a letter dropped in two words': 0.45, 'two letters swapped': 0.65, 'two words run together': 0.85, 'three words run together': 0.6, 'no spaces': 0.6 },
  pt: { 'leet, one word': 0.8, 'leet, two words': 0.9, 'leet, every word': 0.9, 'a letter dropped': 0.85, 'a letter dropped in two words': 0.6, 'two letters swapped': 0.95, 'two words run together': 0.95, 'three words run together': 1, 'no spaces': 0.75 },
  hi: { 'leet, one word': 0.85, 'leet, two words': 0.95, 'leet, every word': 0.85, 'a letter dropped': 0.85, 'a letter dropped in two words': 0.7, 'two letters swapped': 1, 'two words run together': 1, 'three words run together': 0.9, 'no spaces': 0.85 },
  'hi-Deva': { 'a letter dropped': 0.05, 'two words run together': 0.1 },
  ar: { 'Arabizi, Egyptian': 0.6, 'Arabizi, Gulf': 0.5, 'a letter dropped': 0.3, 'two letters swapped': 0.4, 'two words run together': 0.8 },
  zh: { 'a character in pinyin': 1, 'two characters in pinyin': 1, 'all in pinyin': 1, 'all in pinyin, tone marks': 1, 'a character in its components': 1, 'a homophone': 0.75 },
};

describe('disguised hate stays removed, per language and disguise', () => {
  it.each(Object.keys(PLAIN_HATE))('%s', async (lang) => {
    const lines = PLAIN_HATE[lang]!;
    for (const line of lines) expect(await removedAsShipped(line), line).toBe(true);
    for (const [name, disguise] of Object.entries(DISGUISES[lang]!)) {
      const forms = disguised(lines, disguise, name);
      let removed = 0;
      for (const form of forms) if (await removedAsShipped(form)) removed++;
      expect(removed / forms.length, `${lang}, ${name}: ${removed}/${forms.length}`).toBeGreaterThanOrEqual(FLOORS[lang]![name]!);
    }
  }, 120_000);
});

describe('innocent twins disguised the same ways stay up', () => {
  it.each(Object.keys(INNOCENT_TWINS))('%s', async (lang) => {
    for (const [name, disguise] of Object.entries(DISGUISES[lang]!)) {
      for (const form of disguised(INNOCENT_TWINS[lang]!, disguise, name)) expect(await removedAsShipped(form), `${lang}, ${name}: ${form}`).toBe(false);
    }
  }, 120_000);
});

describe('bios with digits, signs and words run together stay up', () => {
  keeps([...INNOCENT_BIOS]);
});
