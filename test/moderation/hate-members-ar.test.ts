import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { AR_HATE, AR_INNOCENT } from './hate-members-ar.data.js';

/**
 * Hate in Arabic as members write it (Standard, Egyptian, Levantine, Gulf, Maghrebi, Arabizi), beside its innocent twins in
 * the same frames (hate-members-ar.data.ts): through the scorer as it ships. The lines it does not read yet are listed here
 * with why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // Sunnis as "السنة" (also the year), a disease or slaves as a likeness, "sick" alone (also patients).
  'السنة كلهم دواعش وارهابيين',
  'المثليين مرض لازم نتعالج منه',
  'السودانيين زي العبيد',
  'في رايي المثليين مرضى',
  // "Less clever": "اقل" is an affirming word, so "مش اقل ذكاء" would read as said too.
  'الحقيقة ان السود اقل ذكاء',
  // Calls whose verb is also a plain report or a wish: "رحلوا" is also "they left", "يرجعوا لبلادهم" what refugees hope for;
  // "let none in" with the group between the negation and the verb.
  'رحلوا الافارقة كلهم',
  'خلوا اللاجئين يرجعوا لبلادهم',
  'ما لازم نخلي ولا لاجئ يدخل',
  // Rhetorical questions with the group between the question word and what it asks, or asking only for use or respect.
  'ليش السوريين ما يرجعون بلادهم؟',
  'مين قال ان المعاقين بشر اصلا؟',
  'شو فايدة النسوان غير الطبخ؟',
  'في حد بيحترم السود؟',
  // The speaker's own "we say" is read as a reported saying.
  'وللمهاجرين نقول اطلعوا برا',
  // Innocent lines still removed: "the criminal" after a comma read as said of the group, deportation named in a report or
  // condemned, a past killing by a named perpetrator, and insults at one person the profanity lexicon removes.
  'الافارقة مش مجرمين، المجرم اللي بيظلمهم',
  'ترحيل اللاجئين ظلم',
  'الحكومة تقرر ترحيل المهاجرين غير الشرعيين',
  'داعش قتلت الايزيديين والمسيحيين',
  'اللي بيشبه السود بالقرود عنصري حقير',
  'مو كل السوريين حرامية، هاد تعميم غبي',
  'مديري غبي',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('hate in Arabic as members write it', () => removes(read(AR_HATE)));
describe('innocent Arabic in the same frames', () => keeps(read(AR_INNOCENT)));

// The constructions read since this probe, each beside innocent lines that share its words.
describe('Levantine and Gulf "we don\'t want" and "they have no"', () => {
  removes(['ما بدنا سوريين بلبنان', 'ما نبي الهنود في ديرتنا', 'العبيد السود ما لهم قيمة', 'بصراحة الشيعة ما عندهم شرف']);
  keeps(['ما بدنا حرب بلبنان', 'ما نبي مشاكل مع الجيران', 'اللاجئين ما لهم ذنب', 'الشيعة ما عندهم مشكلة مع السنة']);
});
describe('good for nothing with "ما" before the verb, only with what it is good for', () => {
  removes(['يا نسوان انتو ما تنفعوا لشي', 'الحريم ما يفهمون شي بالسياسة', 'رأيي ان المرأة ما تصلح للقيادة']);
  keeps(['الناس ما يفهمون معاناة اللاجئين', 'الاطفال ما يفهمون شي', 'هالتلفون ما ينفع لشي']);
});
describe('ruin brought, in the past plural', () => {
  removes(['مو عنصرية بس اللاجئين خربوا البلد']);
  keeps(['الحرب خربت البلد', 'السياسيين خربوا البلد', 'اللاجئين بنوا البلد']);
});
describe('the feminine object and the passive in ن- after "must"', () => {
  removes(['النساء يجب ضربهن', 'المتحولين لازم ينحبسوا', 'الروافض لازم يُبادوا']);
  keeps(['النساء يجب احترامهن', 'الحرامية لازم ينحبسوا', 'لازم ينحبسوا لو سرقوا']);
});
describe('barred by name, asked why they are let be', () => {
  removes(['امنعوا المسلمين من دخول البلد', 'ليش نسمح للشواذ يعيشون بيننا؟']);
  keeps(['امنعوا التدخين', 'امنعوا التنمر على المعاقين', 'ليش ما نسمح للاجئين يشتغلوا؟', 'ليش نسمح للاطفال يلعبوا بالشارع؟']);
});
describe('Maghrebi "must", "not", "we don\'t want" and words of contempt', () => {
  removes(['الزوامل خاصهم يتحرقو', 'المهاجرين الافارقة ماشي بنادم', 'ما بغيناش الافارقة فبلادنا', 'هاد السوريين زبل']);
  keeps(['ما بغيناش الحرب', 'المهاجرين ماشي مجرمين', 'خاصهم يعاونو اللاجئين', 'الزبل فالزنقة ما تجمعش', 'ماشي، غادي نجي غدا', 'اللاجئين في مزبلة التاريخ؟ لا، في قلوبنا']);
});
describe('sects and girls named, unbelief said of a sect', () => {
  removes(['الشيعه كفار', 'البنات كالبهائم', 'اليهوديات ساقطات']);
  keeps(['المسيحيين اخوتنا ومش كفار', 'كفارة اليمين اطعام عشرة مساكين', 'بناتي احلى بنات', 'البنات في المدرسة شاطرات', 'الدروز عندهم اكل طيب']);
});
describe('a negation with "and" or "so" written onto it', () => {
  keeps(['المسيحيين اخوتنا ومش كفار', 'اللاجئين ضيوف فمش حشرات']);
  removes(['المسيحيين كفار', 'اللاجئين ضيوف بس حشرات']);
});
describe('a beast of a colour, a killing reported, the Holocaust', () => {
  keeps(['الكلاب السود مخيفة شوي', 'مقتل ثلاثة لاجئين في غرق قارب قبالة ليبيا', 'النازيين قتلوا ملايين اليهود في المحرقة']);
  removes(['السود كلاب']);
});
describe('whoever hates them is the one judged; the disclaimer before "but"', () => {
  keeps(['والله اللي بيكره اليهود لانهم يهود جاهل', 'من يكره اللاجئين لا يعرف معنى الانسانية']);
  removes(['ما عندي شي ضدهم بس الشواذ مقرفين', 'مو عنصري بس الافارقة وسخين']);
});
