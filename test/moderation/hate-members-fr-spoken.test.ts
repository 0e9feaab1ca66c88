import { describe } from 'vitest';
import { keeps, probeLines, readsHate, readsNoHate, removes } from './docs.js';
import { FR_SPOKEN_HATE, FR_SPOKEN_INNOCENT, FR_SPOKEN_SWEARING } from './hate-members-fr-spoken.data.js';

/**
 * French hate about groups as members write it in France, Belgium, Québec and Africa, beside its innocent twins in the
 * same frames (hate-members-fr-spoken.data.ts), through the scorer as it ships. The lines it does not read yet are
 * listed here with why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A chore as the only use, a veiled threat, disgust by "gerber", a misspelling too short to restore.
  'à quoi servent les femmes à part faire la cuisine ?',
  "je vais m'occuper personnellement de chaque musulman",
  'ces trans me donnent envie de gerber',
  'les juis sont des rats',
  // A colour word needs a determiner to name people, and "comme tous les X" generalises from one without a derogation word.
  'tabarnak de noirs',
  "mon collègue est noir. comme tous les noirs, c'est un fainéant",
  // Innocent lines other readers remove: a game level "killed", a history of extermination, a line the model reads as swearing.
  'je vais le tuer ce niveau',
  'les nazis voulaient exterminer les juifs',
  'les trains sont en retard',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('French hate as members speak and spell it', () => removes(read(FR_SPOKEN_HATE)));
describe('innocent French in the same frames', () => keeps(read(FR_SPOKEN_INNOCENT)));
describe('French swearing at the day, not at a group', () => readsNoHate(read(FR_SPOKEN_SWEARING)));

// The constructions read since this probe, each beside the innocent lines that share its words, in French and the
// Romance languages whose words look alike.
describe("a conjunction's 'que' is no restrictive 'ne ... que', so 'personne ne' negates across it", () => {
  keeps(["personne ne mérite de mourir parce qu'il est trans", 'nadie merece morir porque es gay', 'nessuno merita di morire perché è gay', 'ninguém merece morrer porque é gay']);
  readsHate(["les juifs ne sont que des rats", "ces immigrés ne pensent qu'à voler"]);
});
describe("French 'pas ... rien' cancels, and only in French", () => {
  keeps(['les handicapés ne servent pas à rien', 'les immigrés ne valent pas rien']);
  readsHate(['les handicapés ne servent à rien', 'les handicapés servent à rien', 'los discapacitados no sirven para nada', 'os deficientes não servem pra nada']);
});
describe('the writer taking back a belief, fear denied, and "zéro"', () => {
  keeps(["je croyais que les trans étaient dérangés, j'avais tort", 'les réfugiés ne devraient pas avoir peur de vivre ici', 'los refugiados no deberían tener miedo de vivir aquí', 'zéro haine contre les juifs']);
  readsHate(['je croyais que les trans étaient dérangés, et je le crois encore', 'zéro respect pour les gays']);
});
describe('"ce ne sont que des X" says what came before of the group, not of children', () => {
  readsHate(["évidemment qu'ils sont bêtes. ce ne sont que des noirs après tout."]);
  keeps(["évidemment qu'ils sont bêtes. ce ne sont que des gamins après tout."]);
});
