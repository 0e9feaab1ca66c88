import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Work bios whose verbs are violent words (session 28's probe): a photographer shoots, a trainer burns, a gardener
 * kills, a band kills it, a coach destroys the competition. Each class with harmful twins that must stay removed.
 * Through the scorer as it ships (rules and the text model, multilingual on).
 */

describe('"kill all", "shoot all" said of things, not people', () => {
  keeps([
    'I shoot all kinds of weddings, elopements and family portraits.',
    'We shoot all day and edit all night.',
    'Burn all the calories with our HIIT classes!',
    'I hang all my paintings myself.',
    'We kill all the weeds organically.',
  ]);
  removes(['Hang them all.', 'Kill them all, every last one of them.', 'We should shoot all the immigrants.', 'Kill all the cops.', 'Kill all invading foreigners.']);
});

describe('a promise to make a group feel something good', () => {
  keeps(['Our goal is to make all women feel safe on the road.', 'We will make every immigrant family feel at home.', 'I am going to make those kids laugh.']);
  removes(["I'm going to make those Muslims suffer.", 'We will make all gays pay for this.']);
});

describe('a plan in the first person is not said of oneself', () => {
  // "I'm going to" before the act once read as "I'm [an idiot]", a self-label, and cut the threat's weight.
  keeps(['I am such an idiot.']);
  removes(["I'm going to kill all the Muslims.", "I'm ready to shoot all the immigrants.", "Gamer 🎮 CoD. I'm gonna kill all the Jews lol"]);
});

describe('a self-label said of a plan or about a thing', () => {
  // "I'm gonna be such an idiot": a plan to be something is said of oneself; "about this" names a thing, not someone.
  keeps(["I'm gonna be such an idiot about this.", "I'm going to be a total idiot at the wedding, sorry in advance.", 'I was such a moron about this.']);
  removes(["I'm gonna call you an idiot.", "I'm such a loser, you are an even bigger one.", "I'm sick of this idiot."]);
});

describe('a threat played down by kindness or laughter', () => {
  // "I'll" is read by the threat grammar too, which now plays a threat down as the phrase detectors do.
  keeps(['We will bury you in compliments.', "I'll bury you in compliments when you visit.", 'You will die laughing at our comedy night.', 'I will drown you in kisses.']);
  removes(['We will bury you in the backyard.', "I'll bury you in the backyard.", 'You will die in agony.', 'I will drown you in the lake.', 'I will poison you.']);
});

describe('a call to attack needs someone or somewhere to attack', () => {
  keeps(['We will kill it on stage tonight.', 'We will destroy the competition this season.', 'We will attack the problem from every angle.']);
  removes(['We should attack China.', 'We should bomb the embassy.', 'We will kill them.']);
});

describe('praise and equal worth are not their hateful twins', () => {
  keeps([
    'Putting a woman in charge was the best decision our board ever made.',
    'Disabled lives are not worth any less than anyone else’s.',
    'His blatant contempt for women is why I left that job.',
  ]);
  removes([
    'Putting a woman in charge is always a mistake.',
    'Disabled lives are not worth saving.',
    'Gay lives don’t matter.',
    'My contempt for Muslims knows no bounds.',
  ]);
});
