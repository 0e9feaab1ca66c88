import { describe, expect, it } from 'vitest';
import { keeps, removes, rules } from './docs.js';

/**
 * Session 33 (issue 17, threats): a bare warning that stands alone or follows the writer's demand, a menace said over
 * two sentences, and a member's own self-harm come back, in members' languages. Each harmful line has innocent twins in
 * its frame: the same warning with a harmless object or after a sentence it warns of, two friendly sentences that share
 * a menace's words, recovery told with its streak, fresh cuts of beef, a haircut cut again.
 */

describe('a bare warning standing alone or after a demand', () => {
  removes([
    "You've been warned.",
    'Last warning, Dave.',
    "I'd be careful if I were you.",
    "Stay away from my sister. You've been warned.",
    'You messed with the wrong person. This isn\'t over.',
    'Te vas a arrepentir de esto.',
    'À ta place, je ferais attention.',
    'Das ist noch nicht vorbei.',
    'Pożałujesz tego.',
    'Это ещё не конец.',
    '这事没完。',
    '覚えてろよ。',
  ]);
  keeps([
    "You've been warned, this hot sauce is lethal.",
    "I talk about my cats a lot. You've been warned.",
    "You'll regret this haircut in ten years, trust me lol",
    'This isn\'t over, season 2 drops in March!',
    "I'd be careful if I were you with the ice on the steps.",
    'Yo que tú tendría cuidado con el hielo de la entrada.',
    'Das ist noch nicht vorbei, Staffel 2 kommt im März!',
    '这事没完，第二季三月上线！',
  ]);
});

describe('a menace said over two sentences', () => {
  removes([
    'I know where your kids go to school. Think about that.',
    'I saw you leave the gym today. I\'ll be waiting.',
    'Nice car you have. Would be a shame if something happened to it.',
    'Pretty house. Shame if it burned down.',
    'Bonito coche tienes. Sería una pena que le pasara algo.',
    'Schönes Auto. Wäre schade, wenn ihm etwas passiert.',
    'Bella macchina. Sarebbe un peccato se le succedesse qualcosa.',
  ]);
  keeps([
    "I know where you live now, we're neighbours! See you soon at the party",
    "I saw you at the gym today. I'll be waiting at the gate to help you park.",
    'Your garden is gorgeous. It would be a shame if the frost got it, cover it tonight.',
    'Ya sé dónde vives, ¡somos vecinos! Nos vemos pronto en la fiesta.',
    'Wiem, gdzie mieszkasz, jesteśmy sąsiadami! Do zobaczenia na imprezie.',
    'Bonito coche tienes. Sería una pena no lavarlo, 20% de descuento.',
  ]);
});

/** Self-harm is flagged for care as self-harm (the policy's category), never as abuse. */
async function selfHarmOf(value: string): Promise<boolean> {
  const { flagged, reasons } = await rules(value, { policy: { multilingual: true } });
  return flagged && reasons.some((r) => r.category.startsWith('self-harm'));
}

describe("a member's own self-harm come back", () => {
  it.each([
    'I relapsed.',
    'Cut again last night. Nobody knows.',
    'I started cutting again',
    'clean for 3 days then relapsed',
    'my fresh cuts hurt so much',
    'Me corté otra vez.',
    'Ich habe mich gestern wieder geritzt.',
    "J'ai recommencé à me scarifier.",
    'Mi sono tagliata di nuovo.',
    'Znowu się pocięłam.',
    'Я снова порезалась.',
    '我又自残了。',
  ])('flags %s as self-harm', async (value) => expect(await selfHarmOf(value)).toBe(true));
  it.each([
    '5 years clean from self-harm, ask me anything',
    'I burn myself out every December with work.',
    'Fresh cuts of beef every morning at our butcher shop.',
    'Fresh cuts and fades, walk-ins welcome at my barbershop.',
    'I relapsed on sugar again, the cookies won.',
    'Cut again by the editor, my scene is gone.',
    'Me corté el pelo otra vez, jaja.',
    'Mi sono tagliata i capelli di nuovo.',
    'Ich habe mir wieder die Haare selbst geschnitten.',
  ])('leaves %s', async (value) => expect((await rules(value, { policy: { multilingual: true } })).flagged).toBe(false));
});
