import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import { TAKEN_UP_HATE, TAKEN_UP_INNOCENT } from './hate-group-taken-up.data.js';

/**
 * Hate said of a group named earlier, taken up by the verb alone, a demonstrative, a relative, "and" or a comma, as
 * members write it in Portuguese, German, Italian, Dutch and French (hate-group-taken-up.data.ts), beside its innocent
 * twins in the same frames: read through the scorer as it ships. The lines not read yet are listed with why; one that
 * starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A duty to be committed without a place named.
  'Tem trans no meu trabalho. Deviam ser internados.',
  // Dislike of none of them: "não gosto de nenhuma" is read as no group.
  'Tem muita mulher no meu curso. Não gosto de nenhuma.',
  // A nationality in the singular after "muito" (Brazilian colloquial plural) is not a group.
  'Tem muito venezuelano aqui. Deviam voltar pro país deles.',
  // Stealing said of a bare "Polen" (also the country), a people named as an adjective of another noun ("ausländische
  // Familien"), a relative verb-final "die nur Ärger machen".
  'Meine Kollegen sind Polen. Die klauen alle.',
  'Es gibt viele ausländische Familien hier. Die sind alle Parasiten.',
  'Wir haben Flüchtlinge im Ort, die nur Ärger machen.',
  // A bare "Polen" is also the country.
  'In ons dorp wonen Polen. Het is tuig.',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('hate said of a group named before it, taken up by a verb, a demonstrative, a relative or a clause', () => readsHate(read(TAKEN_UP_HATE)));
describe('a group named, then something kind, neutral, about someone else or countering', () => readsNoHate(read(TAKEN_UP_INNOCENT)));
