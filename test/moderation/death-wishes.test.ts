import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * A death wished on the one addressed or on their family, in the eight languages of the west and tr, ar, hi (session 26,
 * detect-harassment.ts and detect-threats-multilingual.ts): "I hope your whole family dies in a fire", "ojalá toda
 * tu familia se muera", "ich hoffe, du verreckst". Only "I hope you die" was read before. Each sentence is written
 * for its class, none is a data set's row. The innocent ones share the words: wishes of health and holidays, the
 * laughing idioms ("que te mueras de risa", "muoia dal ridere"), a negation, a plant or a trend that "dies".
 */

async function threatened(value: string): Promise<boolean> {
  const { reasons } = await rules(value, { policy: { multilingual: true } });
  return reasons.some((r) => r.category === 'harassment/threatening');
}

describe('a death wished on someone or their family is a threat', () => {
  it.each([
    ['en', 'I hope your whole family dies in a fire'],
    ['en', 'hope your kids get hit by a car'],
    ['en', 'I wish you were dead'],
    ['es', 'Espero que te mueras'],
    ['es', 'Ojalá toda tu familia se muera'],
    ['pt', 'Tomara que você morra'],
    ['pt', 'Espero que toda sua família morra queimada'],
    ['fr', "J'espère que tu crèves"],
    ['fr', "J'espère que toute ta famille meure"],
    ['de', 'Ich hoffe, du verreckst'],
    ['de', 'Hoffentlich stirbt deine ganze Familie'],
    ['it', 'Spero che tu muoia'],
    ['it', 'Spero che tutta la tua famiglia crepi'],
    ['nl', 'Ik hoop dat je doodgaat'],
    ['nl', 'Hopelijk sterft je hele familie'],
    ['pl', 'Obyś zdechł'],
    ['pl', 'Mam nadzieję, że umrzesz'],
    ['tr', 'Ölmeni diliyorum'],
    ['tr: the optative', 'Ölesin inşallah'],
    ['tr: the family', 'Ailenin ölmesini istiyorum'],
    ['ar', 'أتمنى أن تموت'],
    ['ar', 'يا رب تموت'],
    ['hi', 'bhagwan kare tera poora parivar mar jaye'],
    ['hi', 'भगवान करे तू मर जाए'],
  ])('%s: %s', async (_lang, value) => {
    expect(await threatened(value)).toBe(true);
  });
});

describe('wishes, idioms and negations that share the words are not', () => {
  it.each([
    ['en', 'I hope your family has a wonderful Christmas'],
    ['en', 'I hope your dad gets well soon'],
    ['en', 'I wish you were here'],
    ['en', "I hope your plants don't die while I'm away"],
    ['en', 'I hope the movie dies in a fire'],
    ['es', 'Espero que te mueras de risa con este video'],
    ['es', 'Espero que tu familia esté bien'],
    ['pt', 'Tomara que você morra de rir com essa piada'],
    ['fr', "J'espère que tu meures de rire"],
    ['de', 'Ich hoffe, du stirbst nicht vor Langeweile'],
    ['de', 'Ich hoffe, dass du nicht stirbst'],
    ['de', 'Ich hoffe, deine Familie hat schöne Ferien'],
    ['it', 'Spero che tu muoia dal ridere'],
    ['nl', 'Ik hoop dat je niet doodgaat van de hitte'],
    ['pl', 'Mam nadzieję, że umrzesz ze śmiechem'],
    ['tr', 'Umarım olur, çok istiyorum'],
    ['tr', 'Umarım mutlu olursun'],
    ['tr: an elliptical hope ("umarım ölürsün" folds alike and is not read)', 'Başarılı olacak mısın? Umarım olursun.'],
    ['tr: to death, of love', 'Onu ölesiye seviyorum'],
    ['tr: nobody', 'Kimsenin ölmesini istemiyorum'],
    ['ar', 'أتمنى أن تموت من الضحك على هذا الفيديو'],
    ['ar', 'أتمنى أن تنجح في امتحانك'],
    ['hi', 'bhagwan kare tu khush rahe'],
    ['hi', 'भगवान करे तू सदा खुश रहे'],
  ])('%s: %s', async (_lang, value) => {
    expect(await threatened(value)).toBe(false);
  });
});
