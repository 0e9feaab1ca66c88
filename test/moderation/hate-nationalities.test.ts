import { describe, expect, it } from 'vitest';
import { isHate } from './docs.js';

/**
 * Nationalities and peoples as a target group (session 23, nationalities.ts): their plurals are read
 * wherever the grammars read a group, in es pt fr de it nl pl en. Written for the class, not from a data
 * set. The innocent lines share the words: a member's own nationality, praise, neutral facts, sport, a
 * swear word about something else, counter-speech, and the plural as an adjective of things.
 */
describe('a nationality as the target of hate', () => {
  it.each([
    ['it', 'Fottuti rumeni, tornatevene a casa vostra'],
    ['it', 'Gli albanesi sono tutti delinquenti'],
    ['pl', 'Pieprzeni Ukraińcy, wynocha z Polski'],
    ['pl', 'Turcy to śmiecie'],
    ['de', 'Scheiß Polen, raus aus unserem Land'],
    ['de', 'Die Rumänen sind alle Diebe'],
    ['de', 'Alle Türken sollte man abschieben'],
    ['es', 'Malditos venezolanos, vuelvan a su país'],
    ['es', 'Los marroquíes son unas ratas'],
    ['fr', 'Ces sales Algériens'],
    ['fr', 'Les Roumains sont tous des voleurs'],
    ['pt', 'Os brasileiros são todos ladrões'],
    ['pt', 'Os angolanos e os cabo-verdianos são uns animais'],
    ['nl', 'Rot op naar je eigen land, vuile Turken'],
    ['en', 'Romanians are all thieves and should be deported'],
    ['en', 'I hate Ukrainians, they should all go back'],
  ])('%s: %s', async (_lang, value) => {
    expect(await isHate(value)).toBe(true);
  });
});

describe('a nationality named without hate', () => {
  it.each([
    ['it', 'Sono rumena e fiera delle mie origini'],
    ['en', "I'm Polish, ask me about pierogi"],
    ['es', 'Mis vecinos venezolanos son geniales'],
    ['de', 'Wir haben viele polnische Kunden'],
    ['de', 'Scheiß Wetter, aber die Polen im Team sind super'],
    ['de', 'Die Polen haben uns 3:0 geschlagen'],
    ['en', "Saying 'Romanians are thieves' is racist"],
    ['it', 'Non odio i rumeni, anzi ho molti amici rumeni'],
    ['it', 'Dire che i rumeni sono ladri è razzismo'],
    ['pt', 'Os brasileiros não são ladrões, isso é preconceito'],
    ['es', 'Los tomates marroquíes son los mejores del mercado'],
    ['nl', "Ik werk samen met Turken en Marokkanen, top collega's"],
    ['fr', "J'aide les Algériens et les Marocains dans leurs démarches administratives"],
    ['pl', 'Pracuję z Ukraińcami i są świetni'],
  ])('%s: %s', async (_lang, value) => {
    expect(await isHate(value)).toBe(false);
  });
});
