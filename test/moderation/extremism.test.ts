import { describe, expect, it } from 'vitest';
import { reason, rules } from './docs.js';

/**
 * Praise of terrorist and violent extremist groups, recruiting for them, allegiance, and death called on a
 * faith's people (detect-extremism.ts), in several languages; the same names in a historian's, a reporter's,
 * a survivor's or a deradicalisation worker's bio, slogans against things, and Isis the goddess and the given
 * name stay up. Every sentence was written for this test.
 */
const violent = async (value: string) => (reason(await rules(value), 'violence')?.score ?? 0) >= 0.5;

describe('violent extremism praised or recruited for', () => {
  it.each([
    'The Islamic State will conquer Rome, join the caliphate brothers.',
    'Long live the mujahideen, death to the infidels.',
    'Proud supporter of ISIS. The caliphate will return.',
    'Join the ranks of al-Qaeda, jihad is the only way.',
    'Glory to the Islamic State and its soldiers.',
    'Viva el Estado Islámico, muerte a los infieles.',
    'Es lebe der Islamische Staat!',
    'Vive l\'État islamique, mort aux mécréants.',
    'Death to the infidels and the crusaders.',
    'I pledge allegiance to the caliph of the Islamic State.',
    'Combat 18 forever, join Atomwaffen.',
  ])('is violence: %s', async (value) => {
    expect(await violent(value)).toBe(true);
  });
});

describe('the same names studied, reported, survived or opposed', () => {
  it.each([
    'Historian of jihadist movements at the University of Leeds.',
    'Journalist. I covered the war against ISIS in Mosul for five years.',
    'I fought ISIS with the peshmerga and now I run a bakery.',
    'My research: how the Islamic State recruited teenagers online.',
    'Survivor of Boko Haram, now a nurse and a mother.',
    'Death to boredom! Join our board game night.',
    'Death to the patriarchy, long live feminism.',
    'Yo estudio la propaganda del Estado Islámico.',
    'Long live rock and roll.',
    'Why do young Europeans join ISIS? My documentary asks their mothers.',
    'I\'m a deradicalisation worker helping people who wanted to join the Islamic State.',
    'Research on supporters of the caliphate in online forums.',
    'Former hostage of al-Qaeda, now I speak at schools.',
    'Experts warn the Islamic State will return if we ignore the camps.',
    'Join our Isis yoga class on Tuesdays (named after the Egyptian goddess).',
    'Isis Taylor, photographer. Join me on Instagram.',
    'Long live the Queen!',
    'Viva la vida, viva México.',
    'Join Isis, our yoga teacher, every Tuesday.',
  ])('stays up: %s', async (value) => {
    expect((await rules(value)).flagged).toBe(false);
  });
});
