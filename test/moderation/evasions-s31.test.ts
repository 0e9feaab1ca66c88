import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Dropped, swapped and doubled letters in the glue words of a frame (issue 17; session 31's perturbation probe
 * measured the classes): a copula, pronoun or auxiliary misspelt beside a key word is read back, where the
 * written word is no real word of the text's languages. The same frames with kind words, and real words a letter
 * from a glue word, stay up. A link's host ("t.co") is no masked word.
 */
describe('glue words misspelt beside a key word are read', () => {
  removes([
    'Du bst ein Idiot.', // a letter dropped from the copula (de)
    'Ihr sied Versager.', // two letters swapped (de)
    'Te vyo a matar.', // a threat's auxiliary swapped (es)
    'Vuo te matar.', // (pt)
    'Tu seii una troia.', // a letter doubled (it)
    'Jij bnet een klootzak.', // (nl)
    'Muslims aer rats.', // (en)
    'I wll kill you.', // a short text: the key word's language is the text's
    'Les juifs snot une vermine.', // an English word, read as French in a French text
    'Les j.ifs sont des parasites, http://t.co/x1y2', // a dot masking a letter is still read beside a link
  ]);
});

describe('the same frames with kind words, and real words near glue words, stay up', () => {
  keeps([
    'Du bst ein Engel.',
    'Ihr sied Helden.',
    'Te vyo a llamar.',
    'Vuo te ligar amanhã.',
    'Tu seii una stella.',
    'Jij bnet een kanjer.',
    'Muslims aer neighbours.',
    'I wll call you.',
    'Les juifs snot une famille adorable.',
    'Ich arbeite bis fünf und spiele dann Schach.', // "bis" is German, no misspelt "bist"
    'Je vas au marché le samedi.',
    "My kid's snot is everywhere after daycare.",
    'Watch it here http://t.co/tacos and follow t.co/toco', // a link's host, no masked "taco"
    'Taco tuesday at our place: t.a.c.o.s for everyone',
  ]);
});
