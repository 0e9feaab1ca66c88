import type { Detector } from './detector.js';
import { phraseDetector } from './phrase-detector.js';
import { ACCUSED } from './word-lists.js';

/**
 * Who a sentence is about when it is a story's: "the protagonist is a rapist", "o protagonista do meu livro é
 * um estuprador". Looked for in the words just before an accusation.
 */
const FICTION_BEFORE = new RegExp(
  '(?<!\\p{L})(?:protagonist|antagonist|character|villain|narrator|hero|heroine|anti hero|antihero|novel|book|film|movie|series|story|play|game|' +
    'protagonista|antagonista|personaje|personagem|villano|vilao|novela|romance|pelicula|filme|serie|historia|' +
    'personnage|heros|mechant|roman|histoire|figur|hauptfigur|bosewicht|held|krimi|personaggio|cattivo|eroe|racconto|' +
    'personage|hoofdpersoon|schurk|verhaal|postac|bohater|zloczynca|powiesc)(?!\\p{L})[^.!?\\n]{0,60}$',
  'u',
);

const saidOfACharacter = (text: string, from: number) => FICTION_BEFORE.test(text.slice(Math.max(0, from - 80), from));

const english = phraseDetector('accusation', {
  innocentAt: saidOfACharacter,
  slots: { accused: ACCUSED.en },
  phrases: {
    harassment: [
      [0.7, "(is|he's|she's|hes|shes) [a|an] [known|convicted|registered|fucking|filthy|dirty|disgusting|sick|creepy] {accused}"],
      [0.85, '(you|u|ya) [fucking|filthy|dirty|disgusting|sick|creepy] {accused} $'],
      // "Nonce" only of a person: "each request signs a nonce" is cryptography.
      [0.7, "(he's|she's|hes|shes|he is|she is|you're|youre|you are|you|u|ya) [a] [fucking|filthy|dirty|disgusting|sick|creepy] nonce"],
    ],
  },
});

/** The same in other languages, with policy.multilingual, each with its copulas, articles and sneers. */
const otherLanguages = phraseDetector('accusation', {
  innocentAt: saidOfACharacter,
  slots: { es: ACCUSED.es, pt: ACCUSED.pt, fr: ACCUSED.fr, de: ACCUSED.de, it: ACCUSED.it, nl: ACCUSED.nl, pl: ACCUSED.pl },
  phrases: {
    harassment: [
      [0.7, '(es|eres) [un|una] [puto|puta|asqueroso|asquerosa|maldito|maldita] {es}'],
      [0.7, '(e|eh|es) [um|uma] [puto|puta|nojento|nojenta|maldito|maldita] {pt}'],
      [0.7, "(est|c'est|t'es|es) [un|une] [sale|gros|vrai|vraie] {fr}"],
      [0.7, '(ist|bist) [ein|eine|der|die] [dreckiger|dreckige|widerlicher|widerliche|verdammter|verdammte|perverser|perverse] {de}'],
      [0.7, '(e|sei) [un|uno|una] [lurido|lurida|schifoso|schifosa|maledetto|maledetta] {it}'],
      [0.7, '(is|ben) [een] [vieze|smerige|zieke|vuile] {nl}'],
      [0.7, '(to|jest) [obrzydliwy|obrzydliwa|zwykly|zwykla|chory|chora] {pl}'],
    ],
  },
});

/**
 * Accusations: a person named as a paedophile or a rapist ("Juan Pérez de la calle Mayor 5 es un pedófilo,
 * cuidado con él"), the posting that turns a neighbourhood against someone, often with their address. Said
 * as what someone is, in the present ("is a", "es un", "c'est un", "ist ein", "to"), or to their face. Naming
 * the crime is not accusing anyone: "I help victims of rapists", "my novel follows a detective hunting a
 * pedophile", "my father was a pedophile" (a survivor's past tense) and "he is not a pedophile" stay up, and
 * so does a story's character.
 */
export const detectAccusation: Detector = (segments, policy) =>
  policy.multilingual ? [...english(segments, policy), ...otherLanguages(segments, policy)] : english(segments, policy);
