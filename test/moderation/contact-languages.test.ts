import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Contact details in members' languages (session 20): a short line whose words ask to be called says which
 * country's numbers to read ("Chama no zap", "Llámame"), and an address spelled with the language's "dot" and
 * "at" ("punkt", "arroba", "chiocciola"), and digits written as words to slip past a filter. The innocent lines use
 * the same words in prose, and count.
 */
async function contact(value: string): Promise<boolean> {
  const { reasons } = await rules(value);
  return reasons.some((r) => r.category === 'contact-info');
}

describe('a national number on a short line, read by the words that ask to be called', () => {
  it.each([
    ['pt', 'Chama no zap: (11) 98765-4321'],
    ['pt', 'Chama no zap: 11 9 8765 4321'],
    ['es', 'Llámame: 612 34 56 78'],
  ])('%s: %s', async (_lang, value) => {
    expect(await contact(value)).toBe(true);
  });
});

describe('an address spelled out in the language of the member', () => {
  it.each([
    ['de', 'Schreib mir: anna punkt müller at gmx punkt de'],
    ['es', 'Escríbeme: ana arroba gmail punto com'],
    ['pt', 'Mande email: joao ponto silva arroba hotmail ponto com'],
    ['fr', 'Écris-moi : marie arobase orange point fr'],
    ['it', 'Scrivimi: luca chiocciola libero punto it'],
  ])('%s: %s', async (_lang, value) => {
    expect(await contact(value)).toBe(true);
  });

  it.each([
    ['de', 'Wir treffen uns um 8 Uhr at home, punkt.'],
    ['pt', 'Ele chegou ao ponto de ônibus às 8.'],
    ['en', 'So at this point in my life I would rather travel.'],
    ['pl', 'Jestem w punkcie, kropka.'],
  ])('not: %s: %s', async (_lang, value) => {
    expect(await contact(value)).toBe(false);
  });
});

describe('a number written as the names of its digits', () => {
  it.each([
    ['en', 'Call me at six one two, three four five, six seven eight nine.'],
    ['it', 'Mi numero: tre tre otto, uno due tre, quattro cinque sei sette.'],
    ['es', 'Llámame al seis uno dos, tres cuatro, cinco seis, siete ocho.'],
    ['de', 'Ruf an: null eins sieben eins, zwei drei vier, fünf sechs sieben acht.'],
    ['pl', 'Zadzwoń: sześć zero jeden dwa trzy cztery pięć sześć siedem'],
  ])('%s: %s', async (_lang, value) => {
    expect(await contact(value)).toBe(true);
  });

  it.each([
    ['en', 'One, two, three, four, five, six, seven, eight: my kids love this counting song.'],
    ['es', 'Uno, dos, tres, cuatro, cinco, seis, siete: ¡a bailar!'],
    ['en', 'I have two dogs, three cats and one very patient husband.'],
    ['en', 'Top five films: Seven, Eight Mile, Nine, Ten, and One Day.'],
  ])('not: %s: %s', async (_lang, value) => {
    expect(await contact(value)).toBe(false);
  });
});
