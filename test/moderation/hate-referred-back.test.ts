import { describe } from 'vitest';
import { probeLines, readsHate, readsNoHate } from './docs.js';
import { REFERRED_HATE, REFERRED_INNOCENT } from './hate-referred-back.data.js';

/**
 * Hate said of a group named earlier, in a later sentence or clause (hate-referred-back.data.ts), beside its innocent
 * twins in the same frames: read through the scorer as it ships. Hate or not is asked, not removal: an innocent twin
 * may still be removed for the insult it says of a politician. The lines not read yet are listed with why, so the rest
 * must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // English reads a relative "who" and a later "they" after "are trans" (a copula, no plural noun) only beside its own words.
  'My new coworkers are trans. They are disgusting freaks.',
  'We have gay neighbours, who are filthy animals.',
  // A "because" clause after "having nothing to do with" them: the negation of the first clause is read as governing it.
  'Ich habe nichts mit Flüchtlingen zu tun, denn sie sind alle Verbrecher.',
  // Innocent lines still read as hate: a possessive taken for the pronoun ("their dog"), a worth word said of a
  // singular other, a bearing whose object is another noun, the group in the clause after it.
  'Meine Nachbarn sind Muslime. Ihr Hund ist widerlich laut.',
  'Ayudo a los migrantes. El alcalde es un idiota.',
  'Non ne sopporto nessuno di questi rumori, ho vicini musulmani.',
  // The pronoun's nearer antecedent is another plural noun, the group only its possessor.
  'Compré los tomates en el mercado de los inmigrantes. Los odio.',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('hate said of a group named in an earlier sentence or clause', () => readsHate(read(REFERRED_HATE)));
describe('a group named, then something kind, neutral or about someone else', () => readsNoHate(read(REFERRED_INNOCENT)));
