import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Harassment in English beyond insult words (session 20): a shame to one's family, laughed at behind one's back,
 * unlovable, alone for ever, told to die, ugliness to the face. The innocent lines share the words: a toast, a
 * love letter, a joke, an anti-bullying coach, self-mockery. Sentences are our own.
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
