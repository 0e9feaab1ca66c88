import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * What the hate grammars skip must not change what they find. Whether a grammar pairs reads what is said, the good
 * words and the negations in a phrase index of their own, the roles that frame a pair in another, read only once a
 * grammar pairs: a good thing denied a group still pairs through the negation and is framed, in each language, and
 * the same sentence without it, or with the negation on something else, stays clean. The script grammars ask one search whether a text
 * holds a letter of any of their scripts before each asks for its own: a Cyrillic or Han sentence among Latin
 * words is still read by its grammar, and Mandarin written in pinyin, which holds none, is still read in syllables.
 */
describe('a good thing denied, paired and framed in two indexes', () => {
  it.each([
    ['es', 'Las mujeres no tienen capacidad para dirigir.'],
    ['fr', "Les femmes n'ont pas la capacité de diriger."],
    ['de', 'Kein Ausländer verdient die Staatsbürgerschaft.'],
    ['pt', 'Mulheres não deveriam governar.'],
  ])('%s: %s', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['es, affirmed', 'Las mujeres tienen capacidad para dirigir.'],
    ['es, the negation elsewhere', 'No lo dudes: las mujeres tienen capacidad para dirigir.'],
    ['fr, affirmed', 'Les femmes ont la capacité de diriger.'],
    ['fr, the negation elsewhere', 'Je ne sais pas pourquoi, mais les femmes ont la capacité de diriger.'],
    ['de, affirmed', 'Jeder Ausländer verdient die Staatsbürgerschaft.'],
    ['pt, affirmed', 'Mulheres deveriam governar.'],
  ])('%s stays clean: %s', async (_case, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('script grammars, whatever else the text holds', () => {
  it.each([
    ['Russian alone', 'Все мигранты паразиты.'],
    ['Russian after English', 'Honestly, все мигранты паразиты.'],
    ['Mandarin alone', '黑人都是垃圾。'],
    ['Mandarin among English', 'Honestly 黑人都是垃圾 and I said it.'],
    ['Mandarin with pinyin', '黑人是la ji'],
    ['Mandarin wholly in pinyin', 'heiren dou shi laji'],
  ])('%s: %s', async (_case, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['Russian, the same group', 'Мигранты строят этот город.'],
    ['Russian after English', 'Honestly, мигранты строят этот город.'],
    ['Mandarin, a history course', '我在大学学习黑人历史。'],
    ['Mandarin among English, an essay', 'I wrote an essay on 黑人历史 for class.'],
    ['Mandarin with pinyin, a teacher', '黑人是lao shi'],
    ['pinyin, music liked', 'wo men dou xi huan heiren de yin yue'],
    ['English naming a group kindly', 'Gay people are lovely and my brother is gay.'],
  ])('%s stays clean: %s', async (_case, value) => {
    expect(await hate(value)).toBe(false);
  });
});
