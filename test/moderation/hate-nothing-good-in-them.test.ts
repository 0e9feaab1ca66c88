import { describe } from 'vitest';
import { readsHate, readsNoHate } from './docs.js';

/**
 * French "rien de bon chez les X": nothing good, clever or human found in a group, with the elided "d'" ("rien
 * d'intelligent chez les X"); beside it the same frame said of food, of what one likes, of a trade, and "nothing
 * wrong" (lines written for the probe, not from any data set).
 */
describe('nothing good found in a group', () =>
  readsHate([
    "rien d'intelligent chez les musulmans",
    "il n'y a rien de beau chez les juifs",
    'rien de vraiment humain chez les Roms',
    "franchement, rien d'intéressant chez les Arabes",
    "j'ai jamais rien trouvé de bon chez les immigrés, rien d'utile chez les immigrés",
  ]));

describe('the same frame said of food, a trade or nothing wrong', () =>
  readsNoHate([
    'rien de tel que les crêpes chez les Bretons',
    'rien de mieux que le couscous chez les Marocains',
    "il n'y a rien de mal chez les gays",
    'rien de propre chez les éboueurs en grève',
    'rien de bon chez les racistes',
  ]));
