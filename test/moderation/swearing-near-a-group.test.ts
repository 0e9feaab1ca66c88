import { describe, expect, it } from 'vitest';
import { rules, score } from './docs.js';

/**
 * A swear word in a sentence that names a group is not always said of the group (session 22): lines written for
 * the probe as members write them, none from a data set, each class with harmful twins that must stay caught. On a
 * site that allows swearing (flag.profanity off), these bios must stay up.
 */
const swearingAllowed = { policy: { multilingual: true, flag: { profanity: false } } };
/** As the scorer ships, the text model too. */
const removed = async (value: string) => (await score(value, swearingAllowed)).flagged;
const removedByRules = async (value: string) => (await rules(value, swearingAllowed)).flagged;

describe('a writer who names their own group with a swear word', () => {
  it.each([
    "Je suis une putain de lesbienne et fière de l'être.",
    'Soy un puto gay orgulloso y feliz.',
    'Soy una jodida lesbiana y me encanta mi vida.',
    'Sono un fottuto gay e ne vado fiero.',
    'Ich bin eine verdammte Lesbe und stolz darauf.',
    'Ich bin ein verdammter Schwuler und liebe mein Leben.',
    'Ik ben een verdomde lesbienne en trots.',
    'Sou uma porra de lésbica e tenho orgulho.',
    'Sou um puto gay feliz da vida.',
    'Jestem pieprzoną lesbijką i jestem z tego dumna.',
    'Merde, je suis musulmane et fière.',
  ])('keeps %s', async (value) => expect(await removed(value)).toBe(false));
  it.each([
    'Tu es une putain de lesbienne.',
    'Ces putains de lesbiennes me dégoûtent.',
    'Eres un puto gay de mierda.',
    'Du bist eine verdammte Lesbe.',
    'Verdammte Lesben überall.',
    "You're a fucking dyke.",
    'Je suis un homme et ces putains de juifs me dégoûtent.',
    'Soy un hombre y los putos gitanos me dan asco.',
    'Ich bin Deutscher und diese verdammten Ausländer sollen raus.',
    'Sou brasileiro e esses malditos imigrantes devem voltar.',
    'Ik ben Nederlander en die kut Marokkanen moeten weg.',
    'Du bist nichts als ein Drecksjude.',
    'Sono fottuti ebrei.',
  ])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});

describe('a swear word said of something else, before "but" or a comma', () => {
  it.each([
    'Kut weer, maar de vluchtelingen hebben ons goed geholpen.',
    'Scheiß auf Rassismus, Flüchtlinge willkommen.',
    'Qué mierda de tráfico, pero mis vecinos inmigrantes me llevaron.',
    'Que merda de chuva, mas os refugiados do abrigo nos ajudaram.',
    'Putain de bouchons ce matin ; heureusement mes collègues musulmans m’ont couvert.',
  ])('keeps %s', async (value) => expect(await removed(value)).toBe(false));
  it.each([
    "Putain de racaille, mais les Arabes c'est pire.",
    'Scheiß auf die Juden, die sind alle gleich.',
    'Malditos sean, pero sobre todo los gitanos.',
    'Kut weer en kut Marokkanen.',
    'Scheiß Rassismus? Nein, scheiß Ausländer.',
    'Malditos inmigrantes, que se vayan.',
    'Putains de musulmans, rentrez chez vous.',
  ])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});
