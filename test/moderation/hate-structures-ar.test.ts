import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Structures of Arabic hate (Session 15): the group in one sentence and the contempt in the next opened by
 * "people", a copula or an adverb; words with a hamza seat (read as normalise() reads the text); implicit
 * derogation by frame (beasts' places, sent back, barred from rights, below a pet); denials of "nobody",
 * "you never"; "ولا" as "nor"; a tag question after a comma. Innocent counterparts share the words.
 * Sentences written for these tests; each fails on the grammar before the session.
 */
describe('Arabic structures', () => {
  it.each([
    ['the next sentence opens with "people"', 'شوفت اليهود في التلفزيون. ناس وسخة.'],
    ['the next sentence opens with a copula carrying them', 'زرت مخيم اللاجئين. كانو زي الحيوانات.'],
    ['the next sentence opens with an adverb', 'عندي زميلات ستات في الشغل. بصراحة بيقرفوني.'],
    ['disgust written with a hamza seat', 'اشمئز من المثليين.'],
    ['put in cages', 'اللاجئين لازم يتحطو في اقفاص.'],
    ['sent back where they came from', 'المهاجرين لازم يرجعو المكان اللي جم منه.'],
    ['barred from marrying, "ولا" going on with it', 'المعاقين لازم ميتجوزوش ولا يخلفو.'],
    ['a cat better than any of them', 'قطتي احسن من اي مثلي.'],
    ['one of them deserving death', 'كل يهودي يستحق الموت.'],
    ['nobody of them deserving respect', 'محدش من النساء يستاهل الاحترام.'],
    ['"you will never be welcome"', 'انتو يا مثليين عمركم ما هتكونو مرحب بيكم هنا.'],
    ['a tag question after the Arabic comma', 'اليهود خونة، مش كده؟'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a corrupt official is someone else', 'المسؤولين الفاسدين بيظلمو اللاجئين.'],
    ['a prison denied, not a place', 'المسلمين مش مكانهم السجن، مكانهم وسطنا.'],
    ['the next sentence praises them', 'قابلت مثليين امبارح. كانو ناس محترمة.'],
    ['nobody deserves injustice', 'محدش من النساء يستاهل الظلم ده.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 17: a grammar word's closing teh marbuta (read as ه, or written ت before a noun) ends it, but for a
 * pronoun or a plural ending. Past them the letters are another word's: "آفة" (a blight) is not in "أفهم" (I
 * understand), nor its ت in "أفتخر" (I am proud) or "افتتحوا" (they opened).
 */
describe('Arabic: a closing teh marbuta ends its word', () => {
  it.each([
    ['the blight written with ة', 'اليهود آفة المجتمع.'],
    ['its ت before a pronoun', 'المهاجرين آفتنا.'],
    ['hate with a pronoun after the closing ه', 'بكرههم المثليين.'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['"I am proud"', 'أنا مسلم وأفتخر.'],
    ['"I understand"', 'أنا مسلمة وأفهم ديني كويس.'],
    ['"I remember"', 'أنا مسيحي وافتكر أيام المدرسة.'],
    ['"they opened"', 'المسيحيين في بلدنا افتتحوا مدرسة جديدة.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 18: peoples and nationalities named with contempt, as migrants often are (the plurals of the nisba
 * adjective and the broken plurals), not the singular a member says who they are with; "we Syrians" is the
 * speaker's own. Short contempt words read only where they are words, not inside innocent ones (prices,
 * cultures, hospitality, borders, experience, followers, "I know").
 */
describe('Arabic: peoples and nationalities', () => {
  it.each([
    ['Syrians called dirty and told to leave', 'السوريين وسخين ولازم يطلعوا من بلدنا'],
    ['Afghans called scum', 'الافغان حثالة ولازم يترحلوا'],
    ['Egyptians called thieves', 'المصريين كلهم حرامية ونصابين'],
    ['Bedouins called savages', 'البدو همج ومتخلفين'],
    ['Kurds to be driven out', 'الكرد خونة ولازم نطردهم'],
    ['Pakistanis, the Standard plural', 'الباكستانيون وسخين ومقرفين'],
    ['Ethiopians, the broken plural', 'الأحباش قذرين وريحتهم وحشة'],
    ['Levantine "these Syrians"', 'هالسوريين ما بيستاهلوا يعيشوا هون، حشرات'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['who the member is', 'أنا سوري وأكره الظلم والكذب'],
    ['the speaker\'s own people', 'احنا المصريين شعب فاشل في الكورة'],
    ['a cuisine', 'المطبخ الأفغاني من أجمل المطابخ'],
    ['Bedouin hospitality', 'البدو مشهورون بالكرم والضيافة'],
    ['reporting the slur', 'اللي بيقولوا إن السوريين وسخين دول عنصريين'],
    ['a country, not its people', 'الحرب في أفغانستان كانت كارثة على الناس'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['cultures', 'أحب التعرف على ثقافات المهاجرين'],
    ['hospitality', 'نستقبل اللاجئين بكرم الضيافة'],
    ['prices', 'أسعار خاصة للاجئين والطلاب'],
    ['a film\'s direction', 'إخراج فيلم وثائقي عن المهاجرين'],
    ['"other"', 'مهاجرين من دول أخرى يعيشون هنا'],
    ['experience', 'عشر سنوات تجربة في دعم اللاجئين'],
    ['borders', 'قصص اللاجئين على الحدود'],
    ['effective', 'مبادرة فعالة لدعم اللاجئين'],
    ['convinced', 'مقتنعة بحقوق المرأة والمساواة'],
    ['followers', 'أتباع كل الأديان مرحب بهم، مسلمين ومسيحيين'],
    ['a logo', 'شعار جمعية النساء العاملات'],
    ['exhibitions', 'معارض فنية للفنانين اللاجئين'],
    ['"regardless"', 'بغض النظر عن الدين، المسلمين والمسيحيين اخوات'],
    ['the Nakba', 'أكتب عن ذكرى النكبة وحكايات الفلسطينيين'],
  ])('a contempt word inside an innocent one (%s): "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['the blight', 'المهاجرين آفة على المجتمع'],
    ['a curse', 'تبا للمهاجرين'],
    ['mange', 'اللاجئين زي الجرب'],
    ['a shame', 'المهاجرين عار على البلد'],
    // A word read whole ends at the text's end or starts at its start as at a space (session 19).
    ['shit, the last word', 'المسلمين خرا'],
    ['a shame, the last word', 'اليهود عار'],
    ['shit, the first word', 'خرا على المسلمين'],
    ['a people read only whole, the last word', 'انا بكره الكرد'],
  ])('the word itself (%s): "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });
});
