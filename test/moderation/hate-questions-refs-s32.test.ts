import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate asked as a question, and hate said of a group through a reference in the next clause or sentence (session 32,
 * issue 17), written from how members write, not from any data set: an inverted or negated question that asks the reader
 * to agree; the group taken up by "those people", a demonstrative and "people", "all of them", a past plural
 * verb. Innocent twins: a genuine question, a report of others' word, a later clause about the writer's own boss or
 * mayor, the same frames with praise.
 */

describe('hate asked as a question or said of a group named before', () => {
  it.each([
    ['en: why so', 'Why are immigrants so disgusting?'],
    ['en: not just', 'Honestly, are Muslims not just vermin?'],
    ['en: anything but', 'So are refugees really anything but scum?'],
    ['fr: est-ce que ... ne ... pas', 'Est-ce que les immigrés ne sont pas tout simplement des ordures ?'],
    ['pt: será que ... não', 'Será que os judeus não são simplesmente escória?'],
    ['pt: the only one who thinks', 'Sou o único que acha que os gays são parasitas?'],
    ['pt: who else thinks', 'Quem mais acha que os muçulmanos são ratos?'],
    ['hi: क्या ... नहीं', 'क्या प्रवासी बस कचरा नहीं हैं?'],
    ['en: those people, next sentence', "Don't talk to me about Jews. Those people are disgusting."],
    ['en: those people, after a colon', "Don't talk to me about immigrants: those people are filthy animals"],
    ['en: every one of them', 'We have refugees at work now. Every one of them is worthless.'],
    ['en: say what you want', 'Say what you want about Black people, they are still scum'],
    ['de: diese Leute', 'Über Muslime rede ich nicht mehr. Diese Leute sind Parasiten.'],
    ['de: alle sind', 'In meinem Haus wohnen viele Flüchtlinge. Alle sind Ratten.'],
    ['de: sag was du willst', 'Sag über Behinderte, was du willst, sie bleiben Ratten'],
    ['nl: die mensen', 'Begin niet over joden. Die mensen zijn ongedierte.'],
    ['fr: tous sont', 'Il y a beaucoup de réfugiés dans mon immeuble. Tous sont des rats.'],
    ['fr: dites ce que vous voulez', 'Dites ce que vous voulez sur les musulmans, ils restent des porcs'],
    ['pt: digam o que quiserem', 'Digam o que quiserem dos refugiados, eles continuam sendo vermes'],
    ['es: fueron', 'Crecí rodeado de musulmanes. Siempre fueron cerdos.'],
    ['ar: هؤلاء الناس', 'لا تكلمني عن المهاجرين. هؤلاء الناس حيوانات.'],
    ['ar: هن', 'قابلت بعض النساء أمس. هن طفيليات.'],
    ['ar: كانوا', 'كبرت بين اللاجئين. كانوا دائما خنازير.'],
    ['hi: ये लोग', 'समलैंगिक फिर से ख़बरों में हैं। ये लोग कीड़े हैं।'],
    ['hi: वे, next sentence', 'कल मुसलमान हमारे मोहल्ले में आए। वे जानवर हैं।'],
  ])('%s', async (_name, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['en: a genuine question', 'Why are women underrepresented in tech?'],
    ['en: praise, those people', "Don't talk to me about refugees. Those people are great neighbours."],
    ['en: something else in between', 'Muslims run the bakery on my street. The rolls are stale.'],
    ['fr: a genuine question', 'Est-ce que les musulmans ont le droit de voter ici ?'],
    ['fr: my boss', "J'ai travaillé avec les juifs, mais mon chef était un idiot"],
    ['es: my boss', 'Trabajé con los judíos, pero mi jefe era un idiota'],
    ['it: my boss', 'Ho lavorato con gli immigrati, ma il mio capo era un idiota'],
    ['pt: our mayor', 'Digam o que quiserem dos refugiados, o nosso prefeito é um idiota'],
    ['it: called so, reported', 'Perché i musulmani vengono chiamati animali online?'],
    ['pt: who would call them so', 'Por que alguém chamaria os negros de vermes?'],
    ['de: praise, diese Leute', 'Über Flüchtlinge rede ich gern. Diese Leute sind mutig.'],
    ['zh: my manager', '我跟移民共事过，但我的经理是个白痴'],
    ['hi: my manager', 'मेरे साथ कई दलित काम करते थे, लेकिन मेरा मैनेजर बेवकूफ़ था'],
    ['hi: called so, reported', 'ऑनलाइन दलित को परजीवी क्यों कहा जाता है?'],
    ['hi: a genuine question', 'क्या मुसलमान यहाँ वोट दे सकते हैं?'],
    ['ar: praise, هؤلاء', 'استقبلنا المهاجرين. هؤلاء الناس لطفاء.'],
  ])('%s is not hate', async (_name, value) => {
    expect(await hate(value)).toBe(false);
  });
});
