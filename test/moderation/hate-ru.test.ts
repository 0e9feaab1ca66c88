import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate against protected groups in Russian, by the classes hate-grammars.ts lists for it: each harmful
 * sentence names a group in one of its case forms and says something of a class (vermin, a contemptuous
 * attribute, hatred felt, worth denied, no place for them, driving them out, a call to kill with a modal
 * or a pronoun); each innocent one shares words with them in a neutral mention, the speaker's own group,
 * counter-speech, a negation, a report or an idiom. Sentences written for these tests.
 */
describe('Russian', () => {
  it.each([
    ['vermin', 'Мигранты — это паразиты.'],
    ['hatred felt, the group in the genitive', 'Ненавижу евреев.'],
    ['death wished, the group a whole word', 'Геи должны сдохнуть.'],
    ['driving them out with a modal', 'Всех мусульман надо выгнать из страны.'],
    ['a contemptuous attribute and good for nothing', 'Женщины тупые и ни на что не годятся.'],
    ['filth and theft', 'Цыгане — грязные воры.'],
    ['humanity denied', 'Инвалиды не люди.'],
    ['beasts, with ё read as е', 'Чернокожие — обезьяны, учёные это знают.'],
    ['no place for them, the group in the dative', 'Женщинам не место в политике.'],
    ['trust denied', 'Беженцам нельзя доверять.'],
    ['a call carried by a pronoun into the next sentence', 'Таджики? Их всех надо сжечь.'],
    ['a feminine plural attribute', 'Лесбиянки — мерзкие извращенки.'],
    ['another group after the speaker\'s own', 'Как женщина, я считаю, что мусульманки тупые.'],
    ['not borne', 'Я терпеть не могу трансгендеров.'],
    ['the first person plural future', 'Мы перебьём этих узбеков.'],
    ['hatred felt, the group before the verb', 'Евреев я ненавижу всей душой.'],
    ['what they are said to do', 'Мигранты наводнили наш город.'],
    ['a negated verb of knowing does not reach the clause after "почему"', 'Не понимаю, почему мигранты такие тупые.'],
    ['the colour as the people, a whole plural word', 'Чёрные — это обезьяны.'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a neutral mention', 'Я работаю с мигрантами в центре помощи.'],
    ['pride in roots', 'Горжусь своими еврейскими корнями.'],
    ['the speaker\'s own group', 'Как женщина, я ненавижу, когда меня перебивают.'],
    ['the speaker\'s own group, said of something else', 'Я гей и терпеть не могу ранние подъёмы.'],
    ['the speaker\'s own groups, joined by "and"', 'Как женщина и мусульманка, я ненавижу пробки.'],
    ['counter-speech: stop saying it', 'Хватит говорить, что мигранты паразиты.'],
    ['counter-speech: against hatred', 'Мы против ненависти к геям.'],
    ['a negation', 'Мусульмане не террористы.'],
    ['a stereotype named and denied', 'Цыгане не воры, это стереотип.'],
    ['a negated verb of thinking reaches the clause after "что"', 'Я не думаю, что мигранты тупые.'],
    ['said to be untrue', 'Неправда, что цыгане — воры.'],
    ['black coffee and a dog', 'Пью черный кофе, а моя собака спит у ног.'],
    ['black cats and black jeans', 'Черные кошки приносят удачу, а черные джинсы — это классика.'],
    ['black and white alike', 'Чёрные и белые — все равны.'],
    ['"dirty work" is the work', 'Мигранты делают всю грязную работу за копейки.'],
    ['killing time is an idiom', 'Мы с женщинами из клуба убиваем время за вязанием.'],
    ['sending documents, not deporting', 'Беженцам нужно выслать документы до пятницы.'],
    ['a history told', 'Нацисты уничтожили миллионы евреев.'],
    ['pork, not pigs', 'Мусульмане не едят свинину, поэтому мы заказали рыбу.'],
    ['disgust at how a group is treated', 'Отвратительно, как обращаются с мигрантами.'],
    ['Khokhloma, a folk craft, is no slur', 'Хохломская роспись — мой любимый промысел.'],
    ['hatred aimed at something else, the group after a comma', 'Ненавижу пробки, особенно когда везу детей-инвалидов в школу.'],
    ['a cartoon\'s rat, in the singular', 'Крыса Лариска и женщина с собакой — мои любимые персонажи.'],
    ['theft from a group, not by it', 'У мигрантов воруют зарплату, и мы помогаем им судиться.'],
    ['what the speaker\'s own group hears said', 'Мы, женщины, часто слышим, что мы тупые.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/** Session 18: peoples said with contempt by their plural (not the singular a member says who they are with). */
describe('Russian: peoples and nationalities', () => {
  it.each(['сирийцы грязные животные', 'китайцы тупые крысы', 'грузины воры и бандиты', 'дагестанцы дикари', 'арабы паразиты, гнать их всех'])('"%s" is hate', async (value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each(['я грузин, живу в Москве, люблю хинкали', 'китайцы изобрели порох и бумагу', 'Готовлю грузинскую и армянскую кухню', 'Перевожу с арабского, работаю с сирийцами и афганцами', 'Корейцы делают лучшую косметику'])(
    '"%s" is not hate',
    async (value) => {
      expect(await hate(value)).toBe(false);
    },
  );
});
