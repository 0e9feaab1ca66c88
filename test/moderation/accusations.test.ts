import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Accusations (detect-accusation.ts): a person named as a paedophile or a rapist, often with an address
 * and a warning, in eight languages, is removed; naming the crime in a profession, a story, a survivor's
 * past, a denial or cryptography's "nonce" is not. Every sentence was written for this test.
 */

/** Whether the rules, multilingual ones on, flag the text as harassment. */
async function harasses(value: string): Promise<boolean> {
  const verdict = await rules(value, { policy: { multilingual: true } });
  return verdict.flagged && verdict.reasons.some((r) => r.category === 'harassment');
}

describe('a person accused of a sex crime', () => {
  it.each([
    'Juan Pérez de la calle Mayor 5 es un pedófilo, cuidado con él',
    'Juan Pérez es un pedófilo',
    'Ojo con mi vecino Carlos, es un violador',
    'Ese tipo es un pederasta, no dejéis a vuestros hijos con él',
    'Marc Dubois, 12 rue Victor Hugo, est un pédophile, méfiez-vous',
    'Attention à Julien Martin, c\'est un violeur',
    'Ce type est un pédophile, éloignez vos enfants de lui',
    'Thomas Müller aus der Hauptstraße 3 ist ein Kinderschänder',
    'Vorsicht vor Klaus Becker, er ist ein Vergewaltiger',
    'Der Typ ist ein Pädophiler, haltet eure Kinder fern',
    'João Silva da rua Augusta 10 é pedófilo, cuidado com os seus filhos',
    'Cuidado com o Pedro Santos, ele é um estuprador',
    'Esse cara é um pedófilo, não deixem as crianças perto dele',
    'Marco Rossi di via Roma 12 è un pedofilo, state attenti',
    'Attenti a Luca Bianchi, è uno stupratore',
    'Jan de Vries uit de Dorpsstraat 4 is een pedofiel, pas op',
    'Pas op voor Pieter Bakker, hij is een verkrachter',
    'Jan Kowalski z ulicy Długiej 5 to pedofil, uważajcie na niego',
    'Uważajcie na Marka Nowaka, to gwałciciel',
    'Beware of John Smith, he is a rapist',
    'My neighbour Tom Baker at 14 Elm Road is a child molester, keep your kids away',
    'That guy Steve is a pedophile, stay away from him',
  ])('is harassment: %s', async (value) => {
    expect(await harasses(value)).toBe(true);
  });
});

describe('the crime named, no one accused', () => {
  it.each([
    'Trabajo con víctimas de abuso infantil y ayudo a denunciar a pedófilos.',
    'Juan Pérez, panadero en la calle Mayor 5, ¡pasad a probar nuestro pan!',
    'Mi novela sigue a una detective que persigue a un violador en serie.',
    'Soy psicóloga forense: evalúo a agresores sexuales y pedófilos para los tribunales.',
    'Él no es un pedófilo, es un buen padre.',
    'Je suis avocate pénaliste et j\'ai défendu des hommes accusés d\'être des violeurs.',
    'Mon roman policier raconte la traque d\'un pédophile dans les Alpes.',
    'Ich arbeite in der Prävention: wir helfen Kindern, sich vor Pädophilen zu schützen.',
    'Mein Krimi handelt von einem Kommissar, der einen Vergewaltiger jagt.',
    'Sou jornalista e investiguei uma rede de pedófilos na internet.',
    'O protagonista do meu livro é um estuprador arrependido.',
    'Sono un\'educatrice: insegno ai bambini come riconoscere un pedofilo online.',
    'Ik ben advocaat en verdedig ook verdachten van verkrachting.',
    'Jestem terapeutką, pracuję z ofiarami pedofilów.',
    'My novel follows a detective hunting a pedophile',
    'He is not a pedophile, he is a great dad',
    'I survived abuse; my father was a pedophile and I speak about it at schools',
    'The protagonist is a rapist who seeks redemption',
    'I volunteer with a charity that supports victims of rapists',
    'Backend developer: every request we sign carries a nonce and a timestamp.',
  ])('stays up: %s', async (value) => {
    expect((await rules(value, { policy: { multilingual: true } })).flagged).toBe(false);
  });
});

describe('with other languages turned off', () => {
  it('reads English accusations only', async () => {
    expect((await rules('Ojo con mi vecino Carlos, es un violador', { policy: { multilingual: false } })).reasons.some((r) => r.source === 'local:accusation')).toBe(false);
    expect((await rules('Beware of John Smith, he is a rapist', { policy: { multilingual: false } })).flagged).toBe(true);
  });
});
