import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Contact details in members' languages (session 20): a short line whose words ask to be called says which
 * country's numbers to read ("Chama no zap", "Llámame"), and an address spelled with the language's "dot" and
 * "at" ("punkt", "arroba", "chiocciola"). The innocent lines use the same words in prose.
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
