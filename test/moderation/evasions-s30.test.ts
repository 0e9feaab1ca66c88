import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Disguised spellings read in every language (issue 17, item 4; session 30's perturbation probe measured the
 * classes): a threat or an insult to the one addressed in disguise, read by the threat grammars in the text the
 * spelling readers leave; words in leetspeak with more digits than letters; a "1" for an l; Arabic stretched with
 * tatweel; Arabizi groups spelt any way after the article. Innocent lines disguised the same way stay up.
 */
describe('disguised threats, insults and hate are removed', () => {
  removes([
    'Je vais te tu3r.', // leet in a threat (fr)
    'J3 vais te tuer.', // leet in the threat's glue word
    'Ich bringe d1ch um.', // (de)
    'Du bist 3ine Hure.', // an insult to "you" (de)
    'Ti ammazz0 stasera.', // (it)
    'main tujhe m4ar dalunga.', // (hi)
    'Vou te m.a.t.a.r.', // letters spaced out in a threat (pt)
    'Les musulmans sont des p4r451735.', // every letter of the word in leetspeak (fr)
    'Os 94y5 são doentes.', // (pt)
    'Tutti gli zingari sono 1adr1.', // a 1 for an l, and one for an i (it)
    'Los inmigrantes son anima1es.', // a 1 for an l (es)
    'المـسلمون حشرات.', // tatweel stretching the group's name (ar)
    'أنت عاااهرة.', // a letter stretched in an insult (ar)
    'el muhajreen 7ayawanat', // Arabizi: the group spelt another way after the article
    'el yahoud 7ayawanat',
  ]);
});

describe('innocent lines disguised the same way stay up', () => {
  keeps([
    'Je vais te voir ce soir, bisous.',
    'Ich bringe d1ch zum Bahnhof.',
    'main tujhe kal call karunga.',
    'Meet me at 5pm on the 3rd, room 4b.',
    'I have 2 cats, a 1990s car, an mp3 player and a b2b shop.',
    'Mon code promo: p4r451735, valable 3 jours.',
    'Los anima1es de la granja son felices.', // a 1 for an l in a kind line
    'المـسلمون في حيي جيراني.', // tatweel in a kind line
    'el muhajreen 7ababna', // Arabizi: migrants are our loved ones
    'Al Gore spoke at the b2b summit in 2019.',
    'Call me at el 555 7392 after 5pm.',
  ]);
});
