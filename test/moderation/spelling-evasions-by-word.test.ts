import { describe, expect, it } from 'vitest';
import { isHate, score } from './docs.js';
import { MARKED_DISGUISES, markedCount, RUN_TOGETHER, unmarked } from './spelling-disguises.js';
import { INNOCENT_LOOKALIKES, MARKED_HATE } from './spelling-evasions-by-word.data.js';

/**
 * Spelling evasions aimed at the word a filter looks for (issue 17): the group's name or the hate word of each line of
 * spelling-evasions-by-word.data.ts written in digits and signs, with a letter dropped or two swapped, or the whole
 * line run together, in every Latin-script language. The share still read as hate is held to a floor per language and
 * evasion (where the readers stood when it was set, rounded down to a twentieth); the constructions fixed with it are
 * held one by one below. Innocent look-alikes (real words an edit away, compounds, lines run together, digits in
 * prices, times and names) stay up.
 */
const ON = { policy: { multilingual: true } };

/** Every disguised form of the lines, per evasion: each marked word disguised in turn, and the line run together. */
function formsOf(lines: readonly string[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  const add = (evasion: string, form: string) => forms.set(evasion, [...(forms.get(evasion) ?? []), form]);
  for (const line of lines) {
    for (const [name, disguise] of Object.entries(MARKED_DISGUISES)) {
      for (let k = 0; k < markedCount(line); k++) {
        const form = disguise(line, k);
        if (form !== unmarked(line)) add(name.replace(/, \w+$/, ''), form);
      }
    }
    for (const runTogether of Object.values(RUN_TOGETHER)) add('spaces deleted', runTogether(unmarked(line)));
  }
  return forms;
}

const FLOORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: { leet: 0.9, 'a letter dropped': 0.8, 'two letters swapped': 0.9, 'spaces deleted': 0.8 },
  de: { leet: 1, 'a letter dropped': 0.85, 'two letters swapped': 0.9, 'spaces deleted': 0.9 },
  es: { leet: 1, 'a letter dropped': 0.85, 'two letters swapped': 0.9, 'spaces deleted': 1 },
  fr: { leet: 1, 'a letter dropped': 0.75, 'two letters swapped': 0.95, 'spaces deleted': 1 },
  it: { leet: 1, 'a letter dropped': 0.8, 'two letters swapped': 0.95, 'spaces deleted': 1 },
  nl: { leet: 1, 'a letter dropped': 0.85, 'two letters swapped': 1, 'spaces deleted': 0.9 },
  pl: { leet: 1, 'a letter dropped': 0.7, 'two letters swapped': 0.9, 'spaces deleted': 0.8 },
  pt: { leet: 1, 'a letter dropped': 0.8, 'two letters swapped': 0.9, 'spaces deleted': 0.9 },
  hi: { leet: 1, 'a letter dropped': 0.85, 'two letters swapped': 0.9, 'spaces deleted': 0.8 },
};

describe('hate with its group name or hate word disguised stays removed, per language and evasion', () => {
  it.each(Object.keys(MARKED_HATE))('%s', async (lang) => {
    for (const [evasion, forms] of formsOf(MARKED_HATE[lang]!)) {
      let removed = 0;
      for (const form of forms) if (await isHate(form)) removed++;
      expect.soft(removed / forms.length, `${lang}, ${evasion}: ${removed}/${forms.length}`).toBeGreaterThanOrEqual(FLOORS[lang]![evasion]!);
    }
  }, 120_000);
});

describe('a sentence run together is split into words of one language', () => {
  it.each([
    ['fr', 'not "detest eles"', 'jedetestelesmusulmans'],
    ['fr', 'two words, not "detest eles"', 'Je détesteles musulmans.'],
    ['es', 'not "extermin ara"', 'Hayqueexterminaralosgitanos.'],
    ['pt', 'not "todo sos"', 'todososimigrantessaoratos'],
    ['en', 'not "immigrant sare"', 'Allimmigrantsareparasites.'],
  ])('%s, %s: %s', async (_lang, _how, value) => {
    expect(await isHate(value)).toBe(true);
  });
});

describe('a Polish group name that takes any ending, run together or misspelt', () => {
  it.each([
    ['declined in a run', 'Murzynitozwierzęta.'],
    ['declined in a run', 'cyganietozłodzieje'],
    ['declined in a run', 'Uchodźcytośmiecie.'],
    ['declined in a run', 'Wszyscyimigrancitoszczury.'],
    ['two letters swapped', 'Muzryni to zwierzęta.'],
    ['two letters swapped, the stem\'s last with the ending', 'Murznyi to zwierzęta.'],
    ['two letters swapped, the stem\'s last with the ending', 'Cygaine to złodzieje.'],
    ['two letters swapped', 'Ucohdźcy to śmiecie.'],
    ['two letters swapped', 'Wszyscy imgiranci to szczury.'],
    ['a letter dropped from a short stem', 'Murzni to zwierzęta.'],
  ])('%s: %s', async (_how, value) => {
    expect(await isHate(value)).toBe(true);
  });

  it.each([
    ['a place name like a stem', 'Miranda de Ebro, moje miasto.'],
    ['a café named for a stem', 'Cyganeria, kawiarnia w Krakowie, otwarte 8-22.'],
    ['a word of another language a letter from a stem', 'Le Cygne de Saint-Saëns, mon morceau préféré au piano.'],
  ])('%s, left alone: %s', async (_how, value) => {
    expect((await score(value, ON)).flagged).toBe(false);
  });
});

describe('a check mark written for a u', () => {
  it.each(['Alle Fl√chtlinge sind Ratten.', 'Les mus√lmans sont des rats.'])('%s', async (value) => {
    expect(await isHate(value)).toBe(true);
  });
  it.each(['Fl√chtlinge willkommen!', 'Mathe-Nachhilfe: x√y und a√b verstehen.', '√2 ist irrational.'])('left alone: %s', async (value) => {
    expect((await score(value, ON)).flagged).toBe(false);
  });
});

describe('innocent look-alikes, compounds, lines run together and digits stay up', () => {
  it.each(Object.keys(INNOCENT_LOOKALIKES))('%s', async (lang) => {
    for (const line of INNOCENT_LOOKALIKES[lang]!) expect((await score(line, ON)).flagged, line).toBe(false);
  }, 60_000);
});
