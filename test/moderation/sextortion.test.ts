import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Sextortion (detect-sextortion.ts): intimate pictures held over someone with a demand to pay, or they go to
 * the family or online, in eight languages, is a threat; a wedding photographer holding a couple's photos
 * until the balance is paid, a victims' helper and a joke stay up. Every sentence was written for this test.
 */
describe('pictures held over someone for money', () => {
  it.each([
    'I have your nudes. Pay me $500 in bitcoin or I send them to your family.',
    'Pay me or I will post your photos everywhere.',
    'Tengo tus fotos íntimas, págame o se las mando a tu familia.',
    'J\'ai tes photos nues, paie-moi ou je les envoie à ta famille.',
    'Ich habe deine Nacktbilder. Zahl oder ich schicke sie deiner Familie.',
    'Ho le tue foto nude. Pagami o le mando alla tua famiglia.',
    'Ik heb je naaktfoto\'s. Betaal, anders stuur ik ze naar je ouders.',
    'Mam twoje nagie zdjęcia. Zapłać albo wyślę je twojej rodzinie.',
    'Ich habe deine Nacktbilder. Zahl 500 €, sonst schicke ich sie deiner Familie.',
    'Tenho suas fotos íntimas. Me paga ou eu mando para a sua família.',
    'Going to send your nudes to your family unless you pay',
    'I have your pictures. Pay 500 in bitcoin or everyone you know sees them',
    "I'll leak your private videos to your boss unless you send 300",
  ])('is a threat: %s', async (value) => {
    const verdict = await rules(value, { policy: { multilingual: true } });
    expect(verdict.flagged && verdict.reasons.some((r) => r.category === 'harassment/threatening')).toBe(true);
  });
});

describe('the same words without the threat', () => {
  it.each([
    'I help victims of sextortion: if someone threatens to share your photos, contact us.',
    'Photographer: I send proofs to families within a week of the shoot.',
    'Youth football coach. Parents are always welcome at practice.',
    'Ask me how old my bonsai trees are!',
    'I have your photos from the wedding ready, pay the balance and I send them to you.',
    'Tengo tus fotos de la boda listas, págame el resto y te las mando.',
    'Pay me a compliment or I will post my cat photos everywhere 😂',
    'We will post your photos online unless you pay the invoice for the shoot',
    'Pay what you want, or everyone gets it for free anyway',
  ])('stays up: %s', async (value) => {
    expect((await rules(value, { policy: { multilingual: true } })).flagged).toBe(false);
  });
});
