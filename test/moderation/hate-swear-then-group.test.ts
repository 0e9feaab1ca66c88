import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import { SWEAR_THEN_GROUP_HATE, SWEAR_THEN_GROUP_INNOCENT } from './hate-swear-then-group.data.js';

/**
 * A swear word set off by a comma from a group named alone in its sentence ("porra, esses gays", "ces X, putain"),
 * and a curse told to a group called after it ("crevez, les X", "andatevene, immigrati"), are hate against the
 * group; a swear word before a clause that says something else of a group, and "die" of envy or laughter, are not
 * (hate-swear-then-group.data.ts, through the scorer as it ships). The lines not read yet are listed with why.
 */
const NOT_YET_READ = new Set([
  // Not a group: "macacos" is also the animal, read only with contempt the lexicon knows.
  'morram, macacos imundos',
  // "vão embora" is also the future of leaving ("os refugiados vão embora amanhã").
  'vão embora, imigrantes',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('a swear word or a curse aimed at a group named after it', () => readsHate(read(SWEAR_THEN_GROUP_HATE)));
describe('a swear word before a clause about a group, and kind or idiomatic imperatives to a group', () => readsNoHate(read(SWEAR_THEN_GROUP_INNOCENT)));
