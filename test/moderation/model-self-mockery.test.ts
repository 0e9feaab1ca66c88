import { describe, expect, it } from 'vitest';
import { score } from './docs.js';

/**
 * The text model's harassment is no evidence in a sentence about its writer alone (insult-target.ts
 * sentenceAboutSelf): the writer named as subject, and no one else. Its twins keep the model's reason: the
 * same insult said to someone, said with no subject at all, or said of the writer and of the reader together.
 */
const modelHarasses = async (value: string) =>
  (await score(value)).reasons.some((r) => r.category === 'harassment' && r.source === 'local:model');

describe("the text model's self-mockery", () => {
  it.each(["I'm a pathetic loser.", "I'm the idiot who forgot the cake.", 'Soy un idiota total.'])(
    'gives no model harassment for %s',
    async (value) => expect(await modelHarasses(value)).toBe(false),
  );
  it.each([
    // Someone else named beside the writer.
    "I'm an idiot and so are you.",
    "I'm the idiot who told you, idiot.",
    // No writer named.
    "You're a pathetic loser.",
    'What a pathetic loser.',
    'Eres un idiota total.',
  ])('keeps the model harassment of %s', async (value) => expect(await modelHarasses(value)).toBe(true));
});
