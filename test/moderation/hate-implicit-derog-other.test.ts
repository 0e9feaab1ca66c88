import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate without a slur, as members write it (session 30), in German, Dutch, Polish, Arabic, Mandarin and Hindi (romanised and
 * Devanagari): implicit derogation (only good for one thing, the kitchen as their place, costing only money, kept from
 * children, better never born, never let in as a tenant, a place no one goes out in since they came, a group in a role
 * refused), negative attributes (greedy, aggressive, mad, thieving, nothing in their heads), negated worth (never real
 * nationals, a life counting less, an opinion no one cares about), rhetorical questions (who would live beside them, how
 * can anyone trust them, why are they still let in) and a pronoun that carries the group into the next sentence. From our
 * own sentences, no eval row. Innocent twins: the same frames about old shoes, a building site, a boss, pigeons, geese,
 * a car, the weather forecast; counter-speech aimed at whoever mistreats a group; negated hate ("not criminals, but...").
 */

describe('hate without a slur read by class (de, nl, pl, ar, zh, hi)', () => {
  it.each([
    ['de: only good for', 'Schwarze sind nur zum Fußballspielen zu gebrauchen.'],
    ['de: the stove, and not', 'Frauen gehören hinter den Herd und nicht in den Vorstand.'],
    ['de: never as a tenant', 'Einen Moslem würde ich nie als Mieter in meine Wohnung lassen.'],
    ['de: never born', 'Behinderte sollte man gar nicht erst zur Welt kommen lassen.'],
    ['de: a role refused', 'Eine Frau als Chefin? Nein danke, dann kündige ich sofort.'],
    ['de: never real nationals', 'Einwanderer werden nie echte Deutsche sein.'],
    ['de: an opinion no one cares about', 'Die Meinung von Frauen interessiert hier niemanden.'],
    ['de: who would live beside them', 'Wer würde schon freiwillig neben Schwarzen wohnen wollen?'],
    ['de: why always so', 'Warum sind Muslime immer so aggressiv?'],
    ['de: the next sentence', 'Mein Nachbar hat Flüchtlinge aufgenommen. Die klauen doch alles, was nicht festgenagelt ist.'],
    ['nl: the kitchen', 'Vrouwen horen in de keuken, niet in de directie.'],
    ['nl: costing only money', 'Gehandicapten kosten de staat alleen maar geld.'],
    ['nl: kept from children', "Homo's moeten uit de buurt van onze kinderen blijven."],
    ['nl: never born', 'Gehandicapten hadden nooit geboren moeten worden.'],
    ['nl: respect refused', 'Ik respecteer geen transgenders.'],
    ['nl: never real nationals', 'Immigranten zullen nooit echte Nederlanders worden.'],
    ['nl: how can you trust', 'Hoe kun je joden ooit vertrouwen?'],
    ['nl: the next sentence', 'Mijn buurman heeft vluchtelingen in huis genomen. Die stelen alles wat los en vast zit.'],
    ['pl: never rented to', 'Muzułmaninowi nigdy nie wynająłbym mieszkania.'],
    ['pl: since they came', 'Odkąd mieszkają tu uchodźcy, nikt nie wychodzi wieczorem z domu.'],
    ['pl: not fitting, and never', 'Muzułmanie nie pasują do Polski i nigdy nie będą pasować.'],
    ['pl: never real nationals', 'Imigranci nigdy nie będą prawdziwymi Polakami.'],
    ['pl: an opinion no one cares about', 'Zdanie kobiet nikogo tu nie obchodzi.'],
    ['pl: how can anyone trust', 'Jak można w ogóle ufać Żydom?'],
    ['pl: the next sentence', 'Mamy nowego kolegę, jest Żydem. Oni wszyscy są pazerni na kasę.'],
    ['ar: the kitchen, and not', 'مكان النساء هو المطبخ وليس مجلس الإدارة.'],
    ['ar: kept from children', 'المثليين لازم يبعدوا عن ولادنا.'],
    ['ar: never born', 'المعاقين ماكانش لازم يتولدوا أصلا.'],
    ['ar: who in their right mind', 'مين عاقل يرضى يسكن جنب السود؟'],
    ['ar: how can anyone trust', 'إزاي ممكن حد يثق في اليهود؟'],
    ['ar: aggressive', 'ليه المسلمين دايما عدوانيين كده؟'],
    ['zh: since they came', '自从那些难民住进来，晚上就没人敢出门了。'],
    ['zh: kept from children', '同性恋离我们的孩子远一点。'],
    ['zh: not full people', '女人根本不算完整的人。'],
    ['zh: never real nationals', '移民永远成不了真正的中国人。'],
    ['zh: who would live beside them', '谁会愿意住在黑人旁边？'],
    ['zh: the next sentence', '邻居收留了几个难民。他们什么都偷。'],
    ['hi: the kitchen', 'auraton ki jagah rasoi mein hai, office mein nahi.'],
    ['hi: only fit for', 'dalit sirf safai ke kaam ke layak hai.'],
    ['hi: never real nationals', 'pravasi kabhi asli bharatiya nahi ban sakte.'],
    ['hi: not of this country, and never', 'musalman is desh ke nahi hai aur kabhi nahi honge.'],
    ['hi: how can anyone trust', 'musalmanon pe koi bharosa kaise kar sakta hai?'],
    ['hi (Devanagari): dirty and treacherous', 'मुसलमान गंदे और धोखेबाज़ होते हैं।'],
    ['hi (Devanagari): like vermin', 'प्रवासी कीड़ों की तरह हर जगह फैल रहे हैं।'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['de: old shoes', 'Meine alten Schuhe sind nur noch zum Gartenarbeiten zu gebrauchen.'],
    ['de: the boardroom, and not', 'Frauen gehören in den Vorstand und nicht hinter den Herd.'],
    ['de: never a smoker', 'Einen Raucher würde ich nie als Mieter in meine Wohnung lassen.'],
    ['de: a motorway', 'Wer würde schon freiwillig neben einer Autobahn wohnen wollen?'],
    ['de: whoever mocks them', 'Wer Behinderte verspottet, ist eine Schande.'],
    ['de: people who mistreat them', 'Ich respektiere keine Leute, die Frauen schlecht behandeln.'],
    ['de: a claim denied', 'Frauen sind dumm und das stimmt nicht.'],
    ['de: negated hate', 'Flüchtlinge sind keine Kriminellen, sondern Menschen in Not.'],
    ['nl: a building site', 'Sinds die bouwput hier is durft niemand nog \'s avonds naar buiten.'],
    ['nl: whoever mocks them', 'Wie gehandicapten uitlacht is een schande.'],
    ['nl: people who mistreat them', 'Ik respecteer geen mensen die vrouwen slecht behandelen.'],
    ['nl: neighbours', 'Mijn buurman heeft vluchtelingen in huis genomen. Die helpen hem nu in de tuin.'],
    ['pl: a smoker', 'Palaczowi nigdy nie wynająłbym mieszkania.'],
    ['pl: whoever mocks them', 'Kto wyśmiewa niepełnosprawnych, jest hańbą.'],
    ['pl: people who mistreat them', 'Nie szanuję ludzi, którzy źle traktują kobiety.'],
    ['pl: not criminals, but', 'Uchodźcy nie są przestępcami, tylko ludźmi w potrzebie.'],
    ['pl: a weather forecast', 'Jak można w ogóle ufać tej prognozie pogody?'],
    ['ar: old shoes', 'جزمتي القديمة لا تصلح إلا للجنينة.'],
    ['ar: whoever mocks them', 'اللي بيتريق على المعاقين هو العار.'],
    ['ar: people who mistreat them', 'انا مش بحترم اللي بيعاملوا الستات وحش.'],
    ['ar: a motorway', 'مين عاقل يرضى يسكن جنب الطريق السريع؟'],
    ['zh: a building site', '自从那边开始施工，晚上就没人敢出门了。'],
    ['zh: those who mock them', '嘲笑残疾人的人才是耻辱。'],
    ['zh: those who bully them', '我不尊重那些欺负女人的人。'],
    ['zh: pigeons', '公园里的鸽子就像老鼠一样到处繁殖。'],
    ['hi: old shoes', 'mere purane joote sirf bagiche ke kaam ke layak hai.'],
    ['hi: people who mistreat them', 'main un logon ki izzat nahi karta jo auraton se bura bartav karte hai.'],
    ['hi: a weather office', 'mausam vibhag pe koi bharosa kaise kar sakta hai?'],
    ['hi: as one of them', 'ek gay hone ke naate maine bahut nafrat dekhi hai, par mai haar nahi manunga.'],
    ['hi (Devanagari): mosquitoes', 'मच्छर कीड़ों की तरह हर जगह फैल रहे हैं।'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});
