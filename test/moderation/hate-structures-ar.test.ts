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
