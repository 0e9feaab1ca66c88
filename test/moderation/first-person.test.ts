import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * What a member sells, offers, joins, asks for or means to do to themselves is written in the first person:
 * "I'm selling nudes", "I am a proud soldier of ...", "I'm going to overdose". The framing that excuses an
 * insult said of oneself ("I'm such an idiot") left these at under half their weight (session 26:
 * phrase-detector.ts's 'first-person' framing, for the sexual, spam and scam, illicit, extremism, grooming,
 * sextortion, doxxing and self-harm lexicons). Each line is written for its class, none is a data set's row;
 * the innocent ones are a member describing their own work or past, or denying the act.
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
    ['self-harm/intent', "Tonight I'm going to take all my pills"],
    ['self-harm/intent', "I'm going to overdose tonight"],
    ['self-harm/intent', 'I took all my pills, goodbye'],
    ['self-harm', "I can't stop cutting myself"],
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
    "I'm a nurse: I make sure patients take all their pills",
    "I'm going to take all my vitamins today",
    "I'm not going to hurt myself, don't worry",
    "I won't ever cut myself again",
  ])('%s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});
