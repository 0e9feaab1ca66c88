import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * A group's name coined into a pejorative collective, the whole group as a rabble (Spanish and Portuguese
 * "-ada": "negrada", "ciganada"; Italian "-aglia": "zingaraglia"), and English run into "boys" ("jewboys"), are
 * read as the group's name in the plural (correct-typos.ts, VARIATION_ENDINGS), the word lists' guard passed
 * when four letters or more stand before the ending. What is said of them decides. Words with the same endings
 * (a home, a dirty trick, a flat tyre, lemonade, a medal, cowboys) and kind words stay up. Our own sentences,
 * none from an eval set.
 */
describe('a group\'s pejorative collective is read as the group', () => {
  removes([
    'Esa negrada son unos animales.', // (es)
    'La gitanada del barrio son ratas.',
    'Odio a la judiada, son parásitos.',
    'Essa negrada são uns animais.', // (pt)
    'A ciganada do bairro são ladrões nojentos.',
    'Quella negraglia sono animali.', // (it)
    'Questa zingaraglia sono parassiti.',
    'Muslimboys are filthy.', // (en)
    'Jewboys are inferior.',
  ]);
});

describe('words with those endings and kind words stay up', () => {
  keeps([
    'La morada de mis abuelos es preciosa.', // a home (es)
    '¡Qué putada, perdí el tren!', // a dirty trick: no group's name
    'Tengo la rueda pinchada otra vez.',
    'Esa limonada y la empanada son ricas.',
    'Soy gitana y mi familia es maravillosa.',
    'A minha morada é na Rua das Flores, Lisboa.', // an address (pt)
    'A meninada brincava na rua com os vizinhos.',
    'Quella medaglia e la battaglia di Waterloo.', // (it)
    'Amo la musica gitana e i miei amici zingari.',
    'Those cowboys are legends of the west.', // (en)
    'I live in Blackboys, a village in East Sussex.',
    'Jewish boys and girls sing in our choir.',
  ]);
});
