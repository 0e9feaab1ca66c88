import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Everyday Arabizi bios (Egyptian, Levantine, Gulf, Maghrebi) beside a group's name: friends, family, work, football,
 * food and prayer. Read by consonant skeleton (arabizi-skeleton.ts), "asd2a2y" (my friends, أصدقائي) was "I will hurt
 * you" (ساؤذيك) because the 2 of ق read as ك, and "bihom" (with them, بهم) was "beasts" (بهائم) because a preposition
 * joined to "them" has a noun's three consonants. The harmful lines in the same frames stay removed.
 */
describe('everyday Arabizi about friends, family, work, football, food and prayer', () => {
  keeps([
    'el masreyeen asd2a2y',
    'el muhajreen asd2a2y el 7elwin',
    'ana ba7eb asd2a2y awi, a7la nas fel donia',
    'kol el mohagreen mr7b bihom fel nady bta3na',
    "el lag2een gheranna w bashta3'al bihom fel matbakh",
    'el muhajreen ba3mel bihom kol 7aga',
    'el lag2een gheranna, nas gada3 w ma3ahom akl tehfa',
    'yalla el ahly! ma3 el shabab kol gom3a fel 2ahwa',
    'salat el gom3a fel masged w ba3daha fetar ma3 el 3eila',
    'yalla shabab, match el lela ma3 el jiran',
    'ana w s7abi nel3ab kora kol joum3a',
    'b7eb ahli w asd2a2y w kol el nas elli 3arfeenhom',
    'el yahood elly fel 7ara kanu gheranna w asd2a2na',
    'salam 3alekom, el masi7yeen w el moslemeen fel 7ay kolohom 3eila wa7da',
  ]);
  removes([
    'el yahood 7ayawanat',
    'el yahood bahayem',
    'el yahood zbala',
    'el yahood lazem yet2etlo',
    'el yahood lazem nekatelhom',
  ]);
});
