import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Issue 17: a slur named as a word (named-as-word.ts) by a linguist, a historian, a trainer or a moderator: after "the
 * word", "the slur", "slurs like", quoted or not, and the rest of its list. The same slur aimed at a person or a group,
 * in scare quotes at someone, after a verb of being, or refused at the door, stays removed. Through the scorer as it ships.
 */
describe('a slur named as a word', () => {
  keeps([
    'My workshop covers slurs like "faggot" and "kike" and why they wound.',
    'Linguist. My thesis traces how the word "faggot" went from a bundle of sticks to a slur.',
    'Anti-racism trainer. We talk about words like "chink" and "kike" and the harm they carry.',
    'Historian of the civil rights era; I teach how the word "nigger" was used to humiliate.',
    'I lecture on hate speech: slurs such as "kike", "chink" and "spic" and their histories.',
    'I compiled a glossary of ethnic slurs, from "chink" to "wetback", for a museum.',
    'Librarian curating a collection on slurs: "kike", "chink", "tranny" and others.',
    'I research the word tranny, its origins and its decline.',
    'Estudio la palabra maricón y su historia en el habla de Madrid.',
    'Ich erkläre in Schulen, warum das Wort Schwuchtel verletzt.',
  ]);
  removes([
    "You're a faggot and everyone knows it.",
    'Kikes run the banks.',
    'You "faggot", nobody wants you here.',
    'Hey "tranny", go back to your cave.',
    'The word for you is "faggot".',
    'There is a word for people like you: faggot.',
    'La palabra para ti es maricón.',
  ]);
});

describe('a group refused at the door', () => {
  removes(['No fags welcome.', 'No queers wanted around here.', 'No kikes allowed.']);
  keeps(['No fags allowed inside, please smoke in the garden.', 'No drama welcome.', 'No dogs allowed.']);
});

describe('a warning to a name, then the word that it is meant', () => {
  removes(["Watch yourself, Jenna. I'm not joking.", 'Watch your back, Tom. I mean it.', "Be careful, Sarah. I'm serious."]);
  keeps([
    "Watch yourself on the ice, it's slippery. I'm not joking.",
    'Be careful, Sarah. I mean it, the ice is thin.',
    "Careful with the oven. I'm not kidding, it's hot.",
  ]);
});

describe('"send them back" before the group it blames', () => {
  removes(['Send them all back. Immigrants ruin everything.', 'Kick them all out. Immigrants destroy everything.']);
  keeps([
    'Send them all back to the shop. Faulty parts ruin everything.',
    "Send them back if they don't fit. Refugees run our tailoring shop.",
    'Send them all my love. Immigrants welcome here.',
  ]);
});

describe('a community naming itself a group of', () => {
  keeps(['Somos un grupo de bolleras que sale a correr los domingos.', 'Somos um grupo de sapatões que corre aos domingos.']);
  removes(['Sois un grupo de bolleras asquerosas.']);
});
