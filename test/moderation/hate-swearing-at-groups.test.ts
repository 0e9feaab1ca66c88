import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import { SWEARING_AT_GROUPS_HARMFUL, SWEARING_AT_GROUPS_INNOCENT } from './hate-swearing-at-groups.data.js';

/**
 * Swear words in their forms and slurs aimed at a group, in ten languages and English, beside swearing at no one or at a
 * thing, praise, reclaimed words, slurs named as words and the places, dishes and homonyms that hold them
 * (hate-swearing-at-groups.data.ts, through the scorer as it ships). The lines not read yet are listed with why.
 */
const NOT_YET_READ = new Set([
  // English swearing set off before a group is read by the multilingual grammars only.
  'shit, more refugees on my street',
  // A colour is a group only after an article; a swear word between commas is an exclamation, and "siempre robando" no
  // predicate the Spanish grammar reads.
  'joder, más negros en el barrio',
  'los moros, joder, siempre robando',
  // The "Kanacke" spelling is listed alone, not in a "Drecks-" compound.
  'Dreckskanacken',
  // "retardados" is a strict term (an ordinary Spanish word), counted in Portuguese only where the text reads as it.
  'retardados do caralho',
  'المثليين ولاد الحرام',
  // The Dutch grammar does not pair "met die" with the group after it.
  'naar de hel met die joden',
  // A region's people are no protected group; "साले" is also a brother-in-law; the Devanagari swear word's suffix.
  'bhenchod bihari log',
  'साले दलित',
  'भोसड़ीवाले हिजड़े',
  // A bundle of sticks called by its old name, and "ciapaty" (spotted) of a cat.
  'my granny called a bundle of sticks a faggot',
  'mamy ciapatego kotka',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('swear words and slurs aimed at a group, in their forms', () => readsHate(read(SWEARING_AT_GROUPS_HARMFUL)));
describe('swearing at no one or at a thing, praise, reclaimed and named words, places and dishes', () => readsNoHate(read(SWEARING_AT_GROUPS_INNOCENT)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('a comma ends an adjective: a swear word set off before an adverb and the group is an exclamation aimed at it', () => {
  readsHate(['Scheiße, überall diese Ausländer', 'Scheiße, schon wieder diese Zigeuner', 'Scheiße, immer diese Flüchtlinge']);
  readsNoHate(['Scheiße, überall diese Baustellen', 'Scheiße, die Syrer im Haus kochen einfach super']);
});
describe('"joder" is a swear word, at a group or at no one', () => {
  readsHate(['joder con los moros, siempre igual', 'joder, siempre los inmigrantes', 'los musulmanes, joder']);
  readsNoHate(['joder, qué partidazo', 'mis vecinos musulmanes, joder, qué buena gente', 'vivo en Jódar, en la provincia de Jaén']);
});
describe('calling a group a slur, judged as racism, names the word', () => {
  readsNoHate([
    'calling muslims towelheads is racist',
    'chiamare i meridionali terroni è razzismo',
    'traiter les juifs de youpins, c’est de l’antisémitisme',
    'chamar negros de macacos é racismo',
    '叫人阿三是歧视',
    'katua ek gaali hai, mat bolo',
    'Schwuchtel ist eine Beleidigung, sagt das nicht',
  ]);
  // Not a calling judged harmless, nor one the writer means.
  readsHate(['calling muslims towelheads is not racist', 'i will keep calling muslims towelheads', 'chiamare i meridionali terroni non è razzismo']);
});
describe('English swearing borrowed in another language, and a group sent to hell, are aimed at it; at a thing or in English spam they are not', () => {
  readsHate(['fuck die Ausländer', 'fuck les arabes', 'fuck Żydów', 'al diablo con los judíos', 'zum Teufel mit den Muslimen', 'die Ausländer können mich mal']);
  readsNoHate(['fuck le racisme, les musulmans sont bienvenus', 'fuck gay teens hot videos', 'au diable la pluie, les migrants du quartier ont fait la fête', 'meine Nachbarinnen können mich mal besuchen']);
});
describe('Italian "sono" before a singular slur is the writer; before a plural, the others', () => {
  readsNoHate(['sono frocio e orgoglioso', 'sono lesbica e felice']);
  readsHate(['sono froci schifosi', 'quelli sono froci di merda']);
});
