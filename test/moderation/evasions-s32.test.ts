import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Symbols and digits for letters, sound-alike spellings and a group's name run into the copula after it
 * (issue 17 point 4; session 32's perturbation probe measured the classes in nine languages): "€" for an e,
 * "¡" for an i inside a word, "|" for an i or an l, every "1" of a word of digits an i or an l, "j" and "y"
 * for "i", "ou" for "u", "ai" for "ei", a sound-alike read in the text's language. The same frames with kind
 * words, prices, handles, model names and Spanish exclamations stay up.
 */
describe('symbols and digits for letters are read', () => {
  removes([
    'T\'es qu\'une put€.', // "€" for an e (fr)
    'Las mujeres son inf€riores y estúp¡das.', // "€" and "¡" inside words (es)
    'Du bist eine dr€ckige Hure.', // (de)
    'Sei una puttana sch|fosa.', // "|" for an i (it)
    'Os judeus s\u00e3o |ixo.', // "|" for an l (pt)
    'I will k|ll you.', // (en)
    'I will k111 you and your family.', // every 1 of a word of digits an i or an l
    'Les arabes sont une p1413 pour ce pays.', // (fr)
    'Alle 8u173n14nd3r5 zijn ratten.', // (nl)
  ]);
});

describe('the same frames with kind words, prices and handles stay up', () => {
  keeps([
    'T\'es qu\'une amie en or, 45€ la séance.',
    'Las mujeres son l€yendas del fútbol.',
    '¡Hola! ¡¡Bienvenidos!! Clases desde 30€ la hora.', // "¡" opens a Spanish sentence
    'Du bist eine gr€at Freundin.',
    'Sei una persona mer|vigliosa.',
    'I will c|ll you.',
    'Designer | Mum of 3 | Runner',
    'Find me @anna_89, gr8 to meet u, c u l8r. Top 10 hikes, B2B since 2015, Audi A4, BMW X5.',
    'Tengo 4 hijos, cobro 1.500€ al mes y me encanta el fútbol.',
  ]);
});

describe('sound-alike spellings are read in the text\'s language', () => {
  removes([
    'Los negroz son animales.', // "negros" in Spanish, not English "negroes"
    'Hay que eksterminar a los gitanos.', // a whole target, not two words run together
    'Les gitans sont tous des woleurs.', // (fr)
    'Il faudrait tuer tous les jouifs.', // "ou" for "u"
    'Las muyeres son inferiores.', // "y" for "j"
    'Joden zijn touig.', // (nl)
    'Yuden sind Abschaum.', // (de)
    'Eres una pouta asquerosa.', // (es)
  ]);
  keeps([
    'Los negroz de mi barrio son geniales.', // the same misspelling in a kind frame
    'Les gitans sont tous des musiciens formidables.',
    'Il faudrait inviter tous les jouifs du quartier.',
    'Las muyeres de mi equipo son campeonas.',
    'Joden zijn onze buren.',
    'Ich zähle die Stimmen: every vote will count.', // "count" sounds as no slur: a real word
    'Hay que esterilizar los biberones.',
  ]);
});

describe('a group\'s name run into the copula after it is read', () => {
  removes(['Muslimsare filthy parasites.', 'all immigrantsare rats', 'Jewsare disgusting vermin.']);
  keeps(['Muslimsare wonderful neighbours.', 'all immigrantsare welcome here', 'Power blackout on Main Street tonight.']);
});
