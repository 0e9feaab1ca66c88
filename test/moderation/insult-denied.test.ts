import { describe, expect, it } from 'vitest';
import { score } from './docs.js';
import { withoutDenied } from '../../src/moderation/insult-denied.js';

/**
 * An insult denied is encouragement, not an insult ("you're not stupid, you learn differently"): neither the
 * rules (the lexicons, the harassment frames) nor the model's reading of the sentence remove it, in any of the
 * languages that deny with "to be" and a negation. What only looks like a denial stays an insult: "not just",
 * "nothing but", a second insult after the denied one, a swear word ("you're not shit"). Scored with the
 * default configuration, the text model on, as a site owner's scan scores them; each sentence written for its
 * class (session 21), none a data set's row.
 */
const flagged = async (value: string) => (await score(value, { policy: { multilingual: true } })).flagged;

describe('insults denied', () => {
  it.each([
    ['en', "You're not an idiot, you're very smart."],
    ['en', 'You are not a failure, you just had a bad year.'],
    ['en', "You're not stupid, you learn differently. Keep going!"],
    ['en', 'She is not a loser, she is a fighter.'],
    ['es', 'No eres un idiota, eres muy listo.'],
    ['es', 'Tú no eres un fracasado, eres un luchador.'],
    ['pt', 'Não, você não é um idiota.'],
    ['pt', 'Você não é burra, só aprende diferente.'],
    ['fr', "Tu n'es pas un idiot, tu es intelligent."],
    ['fr', "T'es pas un loser, t'es juste fatigué."],
    ['de', 'Du bist kein Idiot, du bist klug.'],
    ['de', 'Ihr seid keine Versager, ihr habt gekämpft.'],
    ['it', 'Non sei un idiota, sei bravissimo.'],
    ['nl', 'Je bent geen idioot, je bent slim.'],
    ['pl', 'Nie jesteś idiotą, jesteś super.'],
    ['tr', 'Sen aptal değilsin, sadece yorgunsun.'],
  ])('%s: "%s" is left alone', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });

  it.each([
    ['en', "You're not just an idiot, you're a complete moron."],
    ['en', "You're not an idiot, you're a fucking moron."],
    ['en', 'You are nothing but a pathetic loser.'],
    ['es', 'No eres más que una pobre fracasada.'],
    ['fr', "Tu n'es qu'un pauvre con."],
    ['it', 'Non sei altro che un idiota.'],
    ['nl', 'Je bent niet meer dan een zielige sukkel.'],
    ['nl', 'Jullie levens zijn geen kut waard.'],
  ])('%s: "%s" is still removed', async (_lang, value) => {
    expect(await flagged(value)).toBe(true);
  });
});

describe("the text model's second reading of a denial (withoutDenied)", () => {
  // The scorer's verdicts above do not tell one denial blanked from all of them (the rules read each denial too): the
  // re-read's own text does.
  it.each([
    ['en', "You're not an idiot and you're not a loser, you're not shit either.", "                    and                   , you're not shit either."],
    ['de', 'Du bist kein Idiot, du bist kein Versager.', 'du                , du                   .'],
    ['tr', 'Sen aptal değilsin, sen salak değilsin.', 'sen               , sen               .'],
  ])('%s: every denied word of "%s" and its negation are blanked, a swear word is not', (_lang, value, expected) => {
    expect(withoutDenied(value)).toBe(expected);
    expect(withoutDenied(value)).toBe(expected);
  });

  it('gives nothing for a sentence that denies nothing', () => {
    expect(withoutDenied('You are smart and kind.')).toBeUndefined();
  });
});
