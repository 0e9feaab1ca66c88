import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * What a member sells, offers, joins or asks for is written in the first person: "I'm selling nudes",
 * "I am a proud soldier of ...". The framing that excuses an insult said of oneself ("I'm such an idiot")
 * left these at under half their weight (session 26: phrase-detector.ts's 'offer' framing, for the sexual,
 * spam and scam, illicit, extremism, grooming, sextortion and doxxing lexicons). Each line is written
 * for its class, none is a data set's row; the innocent ones are a member describing their own work or past.
 */

describe('a first-person offer is read as written', () => {
  it.each([
    ['sexual', "I'm selling my nudes, dm me"],
    ['sexual', 'I am selling hot pics, dm for prices'],
    ['sexual', "I'm a sugar mommy, I pay my sugar babies 500 a week, message me"],
    ['sexual', 'I am a sugar daddy, I pay my babies weekly'],
    ['illicit', "I'm selling weed and coke, dm me"],
    ['spam', 'I am selling instagram followers cheap'],
    ['violence', "I'm a proud soldier of the Islamic State, join us"],
    ['sexual/minors', "I am 30, how old are you? send me pics and don't tell your parents"],
  ])('%s: %s', async (category, value) => {
    const verdict = await rules(value);
    expect(verdict.flagged).toBe(true);
    expect(verdict.reasons.map((r) => r.category)).toContain(category);
  });
});

describe('a member describing their own work or past is left alone', () => {
  it.each([
    "I'm a nurse at a sexual health clinic",
    "I'm a drug counsellor helping people quit cocaine",
    "I'm a recovering addict, 5 years clean from cocaine",
    "I'm a former ISIS hostage and now a journalist",
    "I'm a sex educator: consent, porn, pleasure",
    "I'm a survivor of grooming, now I help parents",
    'I was a sugar baby in college, now I write about it',
    "I'm not selling anything, just here to chat",
    "I'm selling my old camera, dm me",
    "I'm a photographer: boudoir and intimate portraits",
  ])('%s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});
