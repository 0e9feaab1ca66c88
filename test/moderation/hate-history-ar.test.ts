import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Arabic history told, not called for (session 22): "قُتل" (was killed) is written without its vowels, as the
 * imperative and the noun are, so a bare violence word is history where its sentence dates or places it (a
 * year, a war, the Holocaust, "خلال", "تم قتل", victims counted, "لقوا حتفهم", "على يد"), as the Latin
 * grammars read the past passive. A call, wish or approval in the sentence keeps it hate. Sentences written
 * for these tests.
 */
describe('Arabic history in the passive is no call', () => {
  it.each([
    ['the Holocaust', 'مؤرخ متخصص في الحرب العالمية الثانية. قُتل ملايين اليهود في الهولوكوست.'],
    ['"at the hands of"', 'باحثة في تاريخ أوروبا: قُتل ستة ملايين يهودي على يد النازيين.'],
    ['"تم قتل" during a war', 'خلال الحرب الأهلية تم قتل آلاف المسلمين في البوسنة.'],
    ['"لقوا حتفهم" in the camps', 'مؤرخ. لقي ملايين اليهود حتفهم في معسكرات الإبادة.'],
    ['a grandfather killed in the war', 'جدي قُتل في الحرب لأنه كان يهوديًا.'],
    ['a massacre with its year', 'أبحاث عن مذبحة صبرا وشاتيلا التي قُتل فيها مئات الفلسطينيين عام 1982.'],
    ['victims counted', 'أدرس تاريخ العبودية: قُتل آلاف السود وعُذبوا في المزارع.'],
    ['a past plural in a camp', 'جدتي نجت من المحرقة. أكثر من مليون يهودي قتلوا في أوشفيتز.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['"must kill"', 'يجب قتل اليهود.'],
    ['the imperative plural', 'اقتلوا اليهود.'],
    ['"we must kill"', 'لازم نقتل كل اليهود.'],
    ['a call with a year', 'في عام 2025 يجب قتل كل اليهود.'],
    ['a call in the next war', 'في الحرب القادمة لازم نقتل كل اليهود.'],
    ['history wished again', 'قتل ملايين اليهود في الهولوكوست وأتمنى أن يتكرر.'],
    ['history approved', 'ذبح اليهود عام 1942 كان جيدا.'],
    ['history called right', 'قتل المسلمين في البوسنة عام 1995 كان صحيحا.'],
    ['killing called a duty', 'قتل اليهود واجب.'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });
});
