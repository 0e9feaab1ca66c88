import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import * as probe from './hate-slurs-profanity.data.js';

/**
 * Slurs and profanity aimed at a group (issue 17), as members write them in each language, beside innocent twins in
 * the same frames (hate-slurs-profanity.data.ts): through the scorer as it ships, reading hate, not swearing (an
 * innocent "merde, j'ai raté mon train" is still profanity). The lines it does not read yet are listed with why; the
 * rest must stay as they are, and one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A pet name and salted peanuts: read only with contempt or addressed, not after the personal "a" of "odio a".
  'odio a los panchitos',
  // Feminists are no protected group the grammars name; "crioulo" is also the Creole language.
  'pieprzone feministki',
  'meu bairro tá cheio de crioulo',
  // "To hell", whose Devanagari consonants are "in the crowd" (भीड़ में).
  'भाड़ में जाएं मुसलमान',
  // "عبيد" (slaves) is also history and a surname, and छक्के cricket's sixes: slurs only where aimed.
  'حارتنا مليانة عبيد',
  'ये छक्के',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

const LANGUAGES = [
  ['English', probe.EN_HARMFUL, probe.EN_INNOCENT],
  ['Spanish', probe.ES_HARMFUL, probe.ES_INNOCENT],
  ['French', probe.FR_HARMFUL, probe.FR_INNOCENT],
  ['German', probe.DE_HARMFUL, probe.DE_INNOCENT],
  ['Italian', probe.IT_HARMFUL, probe.IT_INNOCENT],
  ['Dutch', probe.NL_HARMFUL, probe.NL_INNOCENT],
  ['Polish', probe.PL_HARMFUL, probe.PL_INNOCENT],
  ['Portuguese', probe.PT_HARMFUL, probe.PT_INNOCENT],
  ['Arabic', probe.AR_HARMFUL, probe.AR_INNOCENT],
  ['Hindi', probe.HI_HARMFUL, probe.HI_INNOCENT],
  ['Mandarin', probe.ZH_HARMFUL, probe.ZH_INNOCENT],
] as const;
for (const [language, harmful, innocent] of LANGUAGES) {
  describe(`slurs and profanity aimed at a group in ${language}`, () => readsHate(read(harmful)));
  describe(`innocent ${language} in the same frames`, () => readsNoHate(read(innocent)));
}

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('a slur named a word after it, or called of someone unnamed, is mentioned; called by the writer or said to be a thing, it is used', () => {
  readsNoHate([
    'faggot is a slur and it hurts',
    'Schwuchtel ist ein Schimpfwort, sagt das nicht',
    'słowo pedał to obelga, nie mówcie tak',
    'calling people faggots is not ok',
    'chamar alguém de viado é homofobia',
    'llamar maricón a alguien es homofobia',
  ]);
  readsHate([
    'faggots are a disease',
    'i call people faggots when they deserve it',
    'maricón es lo que eres',
    'pedały to zaraza',
  ]);
});
describe('Arabic slurs with the article or a joined determiner; one "شاذ" (irregular) only where aimed', () => {
  readsHate(['في شارعنا كثير من الشواذ', 'هالزنوج', 'يا شاذ', 'والمخنثين']);
  readsNoHate(['هذا جمع تكسير شاذ في قواعد اللغة', 'هذا الفعل شاذ ولا يتبع القاعدة']);
});
describe('a curse joined to a group word in Dutch and German; joined to a thing it is swearing', () => {
  readsHate(['kankerjoden', 'die tyfushomo\'s', 'Scheißausländer raus', 'diese Drecksflüchtlinge']);
  readsNoHate(['kutweer vandaag', 'ik werk bij het kankeronderzoek', 'das ist mir scheißegal', 'so eine Drecksarbeit']);
});
describe('English swearing glued to a group with no determiner, or the whole predicate', () => {
  readsHate(['fucking immigrants everywhere', 'gays are shit', 'muslims are all bastards']);
  readsNoHate(['this printer is shit', 'fuck, i love muslims and their food', 'immigrants are my fucking heroes']);
});
