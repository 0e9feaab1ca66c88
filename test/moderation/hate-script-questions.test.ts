import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { SCRIPT_QUESTION_HATE, SCRIPT_QUESTION_INNOCENT } from './hate-script-questions.data.js';

/**
 * Questions of contempt the group closes or opens, and praise denied a group named last, in Arabic, Hindi (both scripts)
 * and Mandarin, with the Polish and Dutch frames beside them (hate-script-questions.data.ts), through the scorer as it
 * ships. The lines not read yet are listed with why; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // "What have X given the world?": the group is the verb's subject, after it, and the question goes on past it.
  'شو قدموا اليهود للعالم؟',
  'ماذا قدم المهاجرون لهذا البلد؟',
  '犹太人为这个世界做过什么好事？',
  '同性恋对社会有什么贡献？',
  // The group in the sentence before, a pronoun in the denial ("ولا واحد منهم"): a good word pairs only in its own sentence.
  'اليهود؟ ولا واحد منهم محترم',
  // Dutch reads a nationality only in the plural ("Marokkanen"): a singular is most often one's own.
  'Geen enkele Marokkaan is eerlijk.',
  // "有什么用" and "谁愿意雇" are read anywhere near a group (session 35), not only where the group closes the question.
  '给难民的援助有什么用？',
  '谁愿意雇佣难民，政府会给补贴',
]);

describe('a question of contempt closed or opened by the group, and praise denied a group, as members write it', () => removes(probeLines(SCRIPT_QUESTION_HATE, NOT_YET_READ)));
describe('the same frames asked plainly, of a person, an institution, oneself or a thing, and answered by us', () =>
  keeps(probeLines(SCRIPT_QUESTION_INNOCENT, NOT_YET_READ)));

describe('the question must close on the group: what follows it asks of something else', () => {
  removes(['من يثق في اليهود؟', '谁会相信穆斯林？', 'मुसलमानों पर कौन भरोसा करेगा?', 'musalmano pe kaun bharosa karega?']);
  keeps(['من يثق في اليهود اكثر من المسيحيين في هذا الاستطلاع؟', '谁会相信穆斯林会这么做？', 'मुसलमानों पर भरोसा करना सीखो', 'mera dost muslims pe bharosa karta hai.']);
});
