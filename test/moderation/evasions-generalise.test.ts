import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Evasions that generalise (issue 17, item 4): a line the scorer catches, its hateful word disguised one way at a time
 * (leet, a masking sign, a space taken out or put in, two letters swapped, one dropped or doubled, letters spaced
 * out, a spelling that sounds the same), in several languages; and innocent lines disguised the same way, or holding
 * words that look or sound like a target, which must stay up. Session 29's perturbation probe measured the classes.
 */
describe('disguised hate is still removed', () => {
  removes([
    'Les f3mm3s sont des ordur3s.', // leet, every letter it reads
    'Ich hasse J*den.', // a star masking a letter
    'Las mu.eres son escoria.', // a dot masking a letter
    'Vr_uwen zijn uitschot.', // an underscore masking a letter
    'Kobiety toszumowiny.', // a space taken out
    'Le donne sono fec cia.', // a space put in
    'As mulheres são escróia.', // two letters swapped
    'Les femmes sont des odures.', // a letter dropped
    'Le donne sono fecccia.', // a letter doubled
    'You are an i.d.i.o.t', // letters spaced out
    'Le donne sono pheccia.', // sounds alike: ph for f
    'Glaub niemals ein einziges Wort, das ein Eynwanderer sagt.', // y for i
    'muzalman cachra hain.', // z for s, c for k
    'Vrouven zijn uitschot.', // v for w
    'Muslimz are vermin.', // z for s
    'Los inmigrantez son ratas.',
    'Go kill iourself.', // i for y
  ]);
});

describe('innocent lines disguised the same way, and look-alike words, stay up', () => {
  keeps([
    'Visit www.example.com or write to my_shop on Instagram.',
    'My notes live in snake_case_notes.txt',
    "I'm a therapist in Scunthorpe, e.g. couples and families.",
    'Las mu.eres de mi familia son maravillosas.',
    'Vrouven zijn geweldig.',
    'Le donne sono phantastiche.',
    'Je kunt me bellen voor een afspraak.', // Dutch "you can", a "cunt" by sound
    'aaj teen auratein sansad chuni gayi.', // Hindi "chuni" (elected), no "khuni" (murderous)
    'I sell Nyger seed for bird feeders.',
    'My favourite river is the Niger.',
    'I mix koktails at the bar on Fridays.',
    'Philosophy student, reading Kant and Hegel.',
    'Holidays in Phuket with my family.',
    'Ich lese gern Bücher über Juden in Wien.',
  ]);
});
