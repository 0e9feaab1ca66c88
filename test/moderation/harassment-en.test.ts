import { describe, expect, it } from 'vitest';
import { isHate, rules } from './docs.js';

/**
 * Harassment in English beyond insult words (session 20): a shame to one's family, laughed at behind one's back,
 * unlovable, alone for ever, told to die, ugliness to the face. The innocent lines share the words: a toast, a
 * love letter, a joke, an anti-bullying coach, self-mockery. And a threat pieced together: where someone lives,
 * a visit to pay, a call to make them pay (each alone innocent), and women sent back to the kitchen. Sentences are our own.
 */
async function harasses(value: string): Promise<boolean> {
  const { reasons } = await rules(value);
  return reasons.some((r) => r.category === 'harassment' || r.category === 'harassment/threatening' || r.category === 'self-harm/instructions');
}

describe('humiliation aimed at the reader is harassment', () => {
  it.each([
    "You are a disgrace to your family.",
    "Nobody would miss you if you disappeared.",
    "The world would be better off without you.",
    "Everyone at school laughs at you behind your back, you know that?",
    "Look at yourself in the mirror, you're hideous.",
    "You should be ashamed of yourself, you pathetic excuse for a mother.",
    "No wonder your husband left you, you fat cow.",
    "You'll always be alone, nobody could ever love someone like you.",
    "Do everyone a favour and jump off a bridge.",
    "Go hang yourself, loser.",
    "You're a waste of space.",
    "Get lost, nobody wants you here.",
    "Your kids must be so embarrassed to have a mom like you.",
    "Shut up, you brainless clown.",
    "I hope you get cancer and die slowly.",
    "You're so pathetic.",
    "What an embarrassment you are to your parents.",
  ])('%s', async (value) => {
    expect(await harasses(value)).toBe(true);
  });
});

describe('the same words said kindly, of oneself or of a cake are not', () => {
  it.each([
    "I'm a disgrace at karaoke, but I love it.",
    "You'll never walk alone.",
    "Don't let anyone tell you you're a waste of space.",
    "At school they called me a fat cow; today I coach body-positive fitness.",
    "Nobody cooks lasagne better than you, mom!",
    "The world would be a sadder place without you, Grandpa. Rest in peace.",
    "Look at yourself in the mirror and smile: you are enough.",
    "Bridge jumping is my hobby (with a bungee cord!).",
    "You are an embarrassment of riches, this garden.",
    "No one will ever love you like I do. Happy anniversary!",
    "You're such a disappointment... said no one ever about this cake.",
    "Everyone laughs at you when you tell that joke, it's the best!",
    "My mom says I'm useless at cooking.",
    "You're useless at cooking? Join my class!",
    "Our kids are so embarrassed when we dance in the kitchen.",
    "Studying why kids laugh at their classmates: a thesis on bullying.",
  ])('%s', async (value) => {
    expect(await harasses(value)).toBe(false);
  });
});

describe('a threat pieced together from an address and a call to act', () => {
  it.each([
    'Sarah Miller lives at 42 Oak Street, Springfield. Go pay her a visit and show her what we think.',
    "Here's the home address of the judge: 1200 Elm Ave, Apt 4B. Make him pay.",
    "I'm gonna find out where you live and make you regret this.",
  ])('%s', async (value) => {
    expect(await harasses(value)).toBe(true);
  });

  it.each([
    'My studio is at 42 Oak Street, Springfield. Come by for a coffee!',
    "Someone should pay him a visit, he's been alone since his wife died.",
    'My grandma lives on Maple Street and bakes the best pie.',
    'Lost our dog? Our home address is on the flyer, please call!',
    "We'll make you regret not trying our cheesecake sooner!",
    'The waiter forgot the bill, so we made him pay for dessert too. Make him pay!',
    "I'll find out where you live and send you a thank-you card, drop me a line.",
  ])('not: %s', async (value) => {
    expect(await harasses(value)).toBe(false);
  });
});

describe('women sent back to the kitchen', () => {
  it('is hate', async () => {
    expect(await isHate('Women belong in the kitchen, not in the office.')).toBe(true);
  });
  it('a wife who says men belong there too is not', async () => {
    expect(await isHate("My wife says men belong in the kitchen too, and she's right.")).toBe(false);
  });
});
