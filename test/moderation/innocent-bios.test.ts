import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Innocent Abouts that share words with harm, in the 14 languages (session 21): lines written for the probe as
 * members write them, none from a data set, each class with harmful twins that must stay caught. A false removal
 * is what makes a site owner turn the product off: a member's honest bio vanishes.
 */
const multilingual = { policy: { multilingual: true } };
const removedByRules = async (value: string) => (await rules(value, multilingual)).flagged;

describe('a listed swear word inside an innocent word', () => {
  it.each([
    'Criminal defence lawyer. Murder, assault, drug trafficking: everyone deserves a fierce defence.',
    'I volunteer against human trafficking and run a shelter for survivors.',
    'Anti-trafficking advocate and survivor.',
    'Our feckless council never fixes the roads, so I started a pothole blog.',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each(['What the fuck is wrong with you, trafficker?', 'Go fuck yourself.'])('removes %s', async (value) =>
    expect(await removedByRules(value)).toBe(true));
});
