import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Grooming (detect-grooming.ts): a child's age or pictures asked for, with secrecy from the parents, in eight
 * languages, is sexual/minors; a surprise party kept from a mother, a tutor asking a pupil's grade, a pet
 * painter asking for a photo stay up. Every sentence was written for this test.
 */
describe('an approach kept secret from the parents', () => {
  it.each([
    'Hey cutie, how old are you? Send me pics and don\'t tell your parents.',
    'Are you 13? Let\'s keep our chats secret from your mom.',
    '¿Cuántos años tienes? Mándame fotos y no se lo digas a tus padres.',
    'Quantos anos você tem? Me manda fotos e não conta pros seus pais.',
    'Tu as quel âge ? Envoie-moi des photos et ne dis rien à tes parents.',
    'Wie alt bist du? Schick mir Bilder und sag es nicht deinen Eltern.',
    'Quanti anni hai? Mandami foto e non dirlo ai tuoi genitori.',
    'Hoe oud ben je? Stuur me foto\'s en zeg het niet tegen je ouders.',
    'Ile masz lat? Wyślij mi zdjęcia i nie mów rodzicom.',
  ])('is sexual/minors: %s', async (value) => {
    const verdict = await rules(value, { policy: { multilingual: true } });
    expect(verdict.flagged && verdict.reasons.some((r) => r.category === 'sexual/minors')).toBe(true);
  });
});

describe('one part alone', () => {
  it.each([
    'Planning Dad\'s surprise party: don\'t tell your mom, she can\'t keep a secret!',
    'Math tutor for teens. How old are you and what grade? Message me for a free trial lesson.',
    'Send me a photo of your pet and I\'ll paint it!',
    'Our little secret: the best tacos in town are at Rosa\'s.',
    'Youth coach: parents are welcome at every practice, no secrets here.',
  ])('stays up: %s', async (value) => {
    expect((await rules(value, { policy: { multilingual: true } })).flagged).toBe(false);
  });
});
