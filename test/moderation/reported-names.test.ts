import { describe, expect, it } from 'vitest';
import { rules, score } from './docs.js';

/**
 * A name the member reports others called them (insult-target.ts CALLED_ME): a bullying story told is not an insult
 * aimed at anyone. One list of the forms of reporting it is read by the slurs (detect-hate.ts, the lexicons), the
 * insults said to be the writer's (aimedAtSelf) and the text model's re-read (withoutCalledWord); lines from session
 * 22's probe, none from a data set. The harmful twins share the words: the writer calling someone so, a dare in the
 * present, the reader named as the one called.
 */
const multilingual = { policy: { multilingual: true } };
const removedByRules = async (value: string) => (await rules(value, multilingual)).flagged;
/** With the text model too, as the scorer ships. */
const removed = async (value: string) => (await score(value, multilingual)).flagged;

describe('a name the member reports being called', () => {
  it.each([
    // English: the forms the rules read and those the model read are one list ("and called", "used to call me").
    'I was bullied and called a retard for years.',
    'My stepdad called me a worthless idiot; today I run my own company.',
    'Was called a loser once, now I coach losers into winners at chess.',
    'Kids called me a fag every day in middle school. Now I run a support group.',
    'Growing up I got called a faggot more times than I can count.',
    'The other kids used to call me a dyke because I played football.',
    'My brother and I were called retards at school.',
    'Being called a faggot every day taught me empathy.',
    // The other languages.
    'De niña me llamaban la gorda del barrio.',
    'Me decían maricón por bailar ballet.',
    'Na escola me chamavam de retardado, hoje sou professor.',
    'Me xingavam de viado todos os dias.',
    "Ils m'ont traité de pédé pendant des années.",
    'Früher nannte man mich fette Sau, heute laufe ich Marathons.',
    'Sie beschimpften mich als Schwuchtel, heute lache ich darüber.',
    'Da piccolo mi chiamavano frocio, oggi sono fiero di me.',
    'Op school noemden ze me een mongool.',
    'W szkole nazywali mnie pedałem.',
    'Wyzywali mnie od debili, a dziś jestem lekarzem.',
    'В школе называли меня жирным, а теперь я тренер.',
    'Okulda bana şişko derlerdi, şimdi antrenörüm.',
    'في المدرسة كانوا يسموني حمار والآن أنا طبيب',
  ])('keeps %s', async (value) => expect(await removed(value)).toBe(false));

  it.each([
    'I called him a faggot and he cried.',
    'call me a nigger again and see what happens',
    'Call me a retard one more time and I will break your face.',
    "you're being called a whore for a reason",
    'they called, you stupid bitch',
    "I'll call you a faggot every day until you leave.",
    "They called me names, so now I'm calling you a worthless cunt.",
    'Stop calling me a bitch, you fucking whore.',
    'He was called a retard and he deserved it, the retard.',
    'you were called a nigger because you are a nigger',
    'Lo llamaban maricón y tenían razón, es un maricón asqueroso.',
    'Je l\'ai traité de pédé et il a pleuré, sale pédé.',
    'Ich nannte ihn einen Spast, weil er einer ist, du Spast.',
    'Lo chiamavano frocio e aveva ragione, quel frocio di merda.',
    'Me llamaban puta, pero tú eres la verdadera puta, zorra.',
  ])('removes %s', async (value) => expect(await removed(value)).toBe(true));

  // The rules alone: the slurs and insults of the lexicons and frames, without the model's say.
  it.each(['Kids called me a fag every day.', 'Mi davano della troia perché uscivo con i ragazzi.', 'My stepdad called me a worthless idiot.'])(
    'the rules keep %s',
    async (value) => expect(await removedByRules(value)).toBe(false),
  );
  it.each(['You worthless idiot.', 'Sei una troia.', 'I called him a nigger and I would again, nigger.'])('the rules remove %s', async (value) =>
    expect(await removedByRules(value)).toBe(true));
});
