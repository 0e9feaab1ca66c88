import { describe } from 'vitest';
import { keeps, probeLines, readsHate, readsNoHate, removes } from './docs.js';
import { FR_CONSTRUCTION_HATE, FR_CONSTRUCTION_INNOCENT, FR_SWEARING_NOT_AT_A_GROUP } from './hate-french-constructions.data.js';

/**
 * French hate by construction beside its innocent twins in the same frames (hate-french-constructions.data.ts), through
 * the scorer as it ships. The lines it does not read yet are listed with why, so the rest must stay as they are; one
 * that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // Attributes no word class holds yet: ordinary words ("frustrées", "émotives", "propres") that hate shares with praise.
  'les trans, ce genre de personnes est malsain',
  'les femmes sont trop émotives pour réfléchir',
  'les lesbiennes sont toutes frustrées',
  'les roms ne sont jamais propres',
  // Liking denied in the present ("j'aime pas") is as often a taste as contempt; belonging and worth denied by a trope.
  "j'aime pas les réfugiés",
  'je ne pourrai jamais aimer une lesbienne',
  "je n'ai jamais rencontré un handicapé qui vaille quelque chose",
  'les musulmans ne seront jamais des vrais français',
  // Questions whose hate is a trope, a wish without a verb of death, or a typical act.
  'est-ce que les immigrés savent faire autre chose que voler ?',
  'qui pourrait aimer un juif ?',
  "ce ne serait pas mieux s'il n'y avait plus d'immigrés ?",
  "n'est-ce pas typique d'un arabe de voler ?",
  'est-ce que les réfugiés servent à quelque chose ?',
  "qu'est-ce qui cloche chez les musulmans ?",
  // "Has anyone ever met an honest one?": the trope denies the good word without a negation.
  "quelqu'un a déjà vu un arabe honnête ?",
  'vous connaissez un seul gay qui soit normal ?',
  // Told to stay home, good only for stealing, "a refugee stays a refugee": exclusion and tropes no grammar holds yet.
  'pourquoi les handicapés ne restent-ils pas chez eux ?',
  'à quoi servent les réfugiés à part voler ?',
  'un réfugié reste un réfugié, sale et ingrat',
  // A place of worship threatened names no group word.
  'je vais faire sauter votre mosquée',
  // A group carried across "..." or named only by "les gens comme elle", and "ce ne sont que des X" (also said of children).
  'les gays... je les hais',
  'Ma collègue est lesbienne. Les gens comme elle me dégoûtent.',
  'évidemment qu\'ils sont stupides. ce ne sont que des noirs après tout.',
  // Innocent lines other readers remove: a game's boss threatened, a slur quoted in a denial (the slur lexicon).
  'je vais tuer ce boss final ce soir',
  "personne ne mérite d'être traité de sale arabe",
  // The threat reader's negation stands right before its match: "je ne pense pas que" is too far before "méritent de mourir".
  'je ne pense pas que les trans méritent de mourir',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('French hate by construction', () => removes(read(FR_CONSTRUCTION_HATE)));
describe('innocent French in the same frames', () => keeps(read(FR_CONSTRUCTION_INNOCENT)));
describe('French swearing not aimed at a group', () => readsNoHate(read(FR_SWEARING_NOT_AT_A_GROUP)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe("the elided 'n' negates, and 'ne ... que' (only) does not", () => {
  readsHate(["je n'aimerai jamais les arabes", "je n'embaucherai jamais une femme", "n'est-ce pas typique d'une femme d'être aussi stupide ?", "les handicapés n'ont aucune utilité"]);
  keeps(["les femmes n'ont pu voter en France qu'en 1944", "les trans n'ont rien de dangereux", "aucun immigré n'est un parasite", "n'est-ce pas génial que les femmes dirigent ?"]);
});
describe("French 'n' negates in French only: Dutch 'n is 'a'", () => {
  readsHate(["moslims zijn 'n plaag", "homo's zijn gewoon 'n stelletje smerige viezeriken"]);
});
describe("spoken French drops 'ne' after the writer's verb of respect", () => {
  readsHate(['je respecte pas les immigrés', 'je les respecterai jamais, ces musulmans', 'je supporte pas les juifs', 'je ne supporterai jamais les gays']);
  readsNoHate(['tu respectes pas les femmes, toi', 'je respecte pas ceux qui insultent les noirs', 'je supporte plus le racisme contre les noirs', 'je fais pas confiance aux banques']);
});
describe("a feeling about another's act on a group, or a manner toward it, says nothing of the group", () => {
  readsHate(['les arabes sont méchants avec les femmes', 'je déteste les juifs', 'les gens comme les roms sont méchants']);
  readsNoHate([
    "je ne supporte pas qu'on insulte les musulmans",
    "je supporte pas qu'on se moque des handicapés",
    'pourquoi les gens sont-ils si méchants avec les roms ?',
    'les policiers ont été violents envers les réfugiés',
  ]);
});
describe("'putain' as an exclamation or before praise is aimed at no one", () => {
  readsHate(['ces putains de juifs', 'putain de pédés', 'les noirs sont des putains de voleurs']);
  readsNoHate(["putain je suis fière d'être lesbienne", 'putain que les femmes de ma famille sont drôles', 'les noirs de mon équipe sont des putains de bons joueurs']);
});
describe("a question asking agreement with what follows 'tu ne penses pas que' says it", () => {
  readsHate(['tu ne penses pas que les roms sont dégueulasses ?', 'ne pensez-vous pas que les femmes sont stupides ?', 'tu ne trouves pas que les roms sont dégueulasses ?']);
  readsNoHate(['tu ne penses pas que les femmes méritent le respect ?', 'je ne pense pas que les noirs sont paresseux', 'je ne trouve pas que les noirs soient paresseux', 'tu ne trouves pas que les gays sont courageux ?']);
});
describe("'not without value': the two negations cancel", () => {
  keeps(['les vies des femmes ne sont pas sans valeur', "la vie d'un musulman n'est pas sans valeur", 'le vite dei musulmani non sono senza valore', 'as vidas dos negros não são sem valor']);
  readsHate(['les immigrés sont sans valeur', 'la vie des juifs est sans valeur', 'i musulmani sono senza valore', "les noirs n'ont pas de valeur, sans exception"]);
});
describe('a wish that a group were dead, asked as a question', () => {
  readsHate(['ne serait-ce pas génial si tous les juifs étaient morts ?', 'ça ne serait pas génial si les gays disparaissaient ?']);
  keeps(['ne serait-ce pas génial si tous les juifs étaient en sécurité ?', 'ce serait génial si les réfugiés trouvaient un logement']);
});
