import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Slurs that are also ordinary words count only where aimed (lexicons/curation.ts). Session 14 added two
 * general ways of aiming them: a pack of people ("un montón de", "ein Haufen", "X ka jhund") and "you are
 * a" stressed by an adverb ("solo eres un", "ben je gewoon een"), in every language that had the frames.
 * Written for the class, none a data set's row. A pack of beasts or of terrorists stays a herd or a cell.
 */
describe('slurs aimed at a pack or by a stressed "you are a"', () => {
  it.each([
    ['es', 'Los de esa calle son una pandilla de retrasados.'],
    ['es', 'Eres simplemente una marimacha.'],
    ['pt', 'Aquilo lá é uma corja de vagabundos.'],
    ['pt', 'Você é mesmo uma bicha.'],
    ['fr', 'Au boulot ce sont un tas de dégénérés.'],
    ['fr', 'Tu es vraiment une salope.'],
    ['it', 'In quel bar c\'è un branco di mongoli.'],
    ['it', 'Per me sei proprio una troia.'],
    ['nl', 'Op dat feest liep een stelletje debielen rond.'],
    ['nl', 'Voor mij ben je gewoon een pot.'],
    ['de', 'Im Bus saß wieder so ein Haufen Spastis.'],
    ['de', 'Für mich bist du einfach eine Tussi.'],
    ['pl', 'W tym klubie jest tylko zgraja debilów.'],
    ['pl', 'Jesteś dla mnie szmatą.'],
    ['hi', 'ye sab randiyo ka jhund hai'],
    ['zh', '楼下住着一伙婊子。'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // A breeder's dogs, an ape house, a terrorist cell in the news.
    ['es', 'En la perrera tenemos una manada de perras muy cariñosas.'],
    ['nl', 'Wij fokken labradors en hebben een stel teven van topkwaliteit.'],
    ['de', 'Im Zoo lebt eine ganze Horde Affen.'],
    ['it', 'La polizia ha arrestato una banda di terroristi.'],
    // A pack of innocent words, and a stressed "you are a" praising.
    ['es', 'Tengo un montón de amigos en Sevilla.'],
    ['fr', 'Tu es vraiment une amie formidable.'],
    ['pt', 'Você é realmente uma pessoa incrível.'],
    ['pl', 'Dla mnie jesteś tylko przyjacielem.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});
