import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Polish coins diminutives and calls a person out with the stem's end softened (k to cz, g to ż, ch to sz, d
 * to dź: "suka" → "suczka", vocative "suczko"). The Polish word list holds every such form, the pejorative ones
 * too, so a softened form is read as the name whatever the list says (correct-typos.ts, coinedAt and
 * listedUnlessCoined); the frames around it decide. A plain diminutive stays the word the list has ("ciotka" is
 * an aunt, "krówka" a sweet), and a female dog stays up. Our own sentences, none from an eval set.
 */
describe('a Polish insult with a softened stem is read as the insult', () => {
  removes([
    'Ty głupia suczko.',
    'Zamknij się, suczko.',
  ]);
});

describe('the same forms of dogs, aunts, sweets and cakes stay up', () => {
  keeps([
    'Moja suczka Luna uwielbia spacery.',
    'Chodź do mnie, moja suczko, idziemy na spacer.',
    'Sprzedam szczeniaki, trzy suczki i dwa pieski.',
    'Moja ciotka Basia mieszka w Łodzi.',
    'Ty moja kochana krówko, dobranoc.',
    'Kupiłem nowe pedałki do rowerka.',
    'Upiekłam murzynka na urodziny mamy.',
    'Rączka mojej córeczki jest malutka.',
  ]);
});
