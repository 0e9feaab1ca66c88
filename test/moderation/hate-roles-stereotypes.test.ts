import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { ROLES_STEREOTYPES_HATE, ROLES_STEREOTYPES_INNOCENT } from './hate-roles-stereotypes.data.js';

/**
 * Implicit derogation by construction (hate-roles-stereotypes.data.ts): the group told where it belongs, tolerated on a
 * condition, told to be grateful, restated as what it is ("un X reste un X"), set apart from "us", beside innocent twins in
 * the same frames, through the scorer as it ships. The lines it does not read yet are listed with why; one that starts
 * being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A colour word is a group only with an article or a noun ("un chat noir" is none): "un truc de Noir" has neither.
  'C’est bien un truc de Noir, ça.',
  // Arabic has no reader of a noun restated yet, and "البنت" (a girl) is no group word.
  'اليهودي يبقى يهودي.',
  'البنت لازم تقعد في البيت.',
  // Romanised Hindi: the oblique plural "sharnarthiyon" is no group word yet; the restated noun is read with "rahenge" or
  // "hai" after it, not yet with a sentence-final "rahega".
  'Sharnarthiyon ko shukraguzar hona chahiye ki humne unhe rehne diya.',
  'Musalman to musalman hi rahega.',
  // Innocent, removed on main too: "avoir leur place" (to have their place) read as a place assigned.
  'Les femmes devraient avoir leur place au conseil d’administration.',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('implicit derogation by construction, as members write it', () => removes(read(ROLES_STEREOTYPES_HATE)));
describe('innocent twins in the same frames', () => keeps(read(ROLES_STEREOTYPES_INNOCENT)));
