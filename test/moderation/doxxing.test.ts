import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Doxxing (detect-doxxing.ts): someone else's address or phone number posted with a call to go there or
 * ring them, in eight languages, is removed; a member's own address, a shop's baker's address for orders,
 * a visit to a brother's gallery and a grandmother's address for birthday cards stay up. Every sentence
 * was written for this test.
 */
describe('an address posted with a call to go there', () => {
  it.each([
    'Here is her address: 14 Rose Street, Leeds. Go tell her what you think of her.',
    'Here\'s his home address, pay him a visit: 22 Birch Lane.',
    'This is his phone number 07700 900123, everyone call him and tell him what a creep he is.',
    'Aquí tenéis su dirección: calle Olmo 7. Id a decirle lo que pensáis.',
    'Voici son adresse : 12 rue Victor Hugo. Allez lui rendre visite.',
    'Hier ist seine Adresse: Hauptstraße 3, Bochum. Besucht ihn mal.',
    'Aqui está o endereço dele: rua Augusta 10. Vão lá falar com ele.',
    'Ecco il suo indirizzo: via Roma 12. Andate a trovarlo.',
    'Hier is zijn adres: Dorpsstraat 4. Ga hem maar eens opzoeken.',
    'Oto jej adres: ulica Długa 5. Odwiedźcie ją.',
    'Posting her home address so you can all go visit her: 9 Elm Road.',
  ])('is harassment: %s', async (value) => {
    const verdict = await rules(value, { policy: { multilingual: true } });
    expect(verdict.flagged && verdict.reasons.some((r) => r.category === 'harassment')).toBe(true);
  });
});

describe('an address given, or a visit suggested, alone', () => {
  it.each([
    'Here is my address for deliveries: 14 Rose Street, Leeds.',
    'Our founder Maria: here is her portfolio and her studio address, 3 Mill Lane, open to visitors.',
    'Her number is 10 on the team and she scores every game.',
    'My grandmother\'s address was 12 rue Victor Hugo; the house is a museum now.',
    'Hier ist meine Adresse für Bestellungen: Hauptstraße 3.',
    'Our baker Anna: here is her address for cake orders, 3 Mill Lane.',
    'My brother paints murals; pay him a visit at his gallery on Main Street.',
    'Es el cumpleaños de mi abuela: aquí tenéis su dirección para mandarle postales.',
    'Posting his photos from the trip soon!',
    'Dropping her new single tomorrow, go listen to her on Spotify',
  ])('stays up: %s', async (value) => {
    expect((await rules(value, { policy: { multilingual: true } })).flagged).toBe(false);
  });
});
