import { fold } from './lexicons/index.js';

/**
 * A claim put as a question and rejected in the next breath: "Women are stupid? Nonsense.", "¿Los inmigrantes son
 * delincuentes? Mentira.", "Les femmes sont bêtes ? N'importe quoi.", "女人很蠢？胡说。". The writer quotes the claim to
 * throw it out; the question is what they reject, so no detector and not the model reads it (prepare-segments.ts blanks it). Only words that call a
 * claim false count, not a bare "no": "Are X human? No." answers the question, it does not reject it. In English the
 * question must keep a statement's order ("X are ...?"): "Are women people? Nonsense." asks, then rejects their being so.
 * The rejection is a sentence of its own (its words, then the sentence's end), so "Nonsense, they are worse" is not one.
 * Only a claim about others excuses: anything can be asked and called nonsense, so a question that names the writer or
 * the reader ("I will kill you? Nonsense.") or holds a digit, an at sign or a link ("Call me at +1 415...? Nonsense.") is
 * read as written.
 */
const REJECTIONS = [
  // en
  'nonsense', 'rubbish', 'bullshit', 'not true', 'untrue', 'false', 'wrong', 'what nonsense', 'utter nonsense', 'total nonsense', 'complete nonsense', 'ridiculous', 'absurd',
  // es
  'mentira', 'falso', 'tonterias', 'que tonteria', 'que absurdo', 'absurdo', 'chorradas', 'no es verdad', 'no es cierto', 'bobadas', 'estupideces',
  // pt
  'bobagem', 'besteira', 'balela', 'nao e verdade', 'conversa fiada',
  // fr
  "n'importe quoi", 'faux', 'foutaises', 'mensonge', "c'est faux", 'ridicule', 'absurde', 'pas vrai',
  // de
  'unsinn', 'quatsch', 'blodsinn', 'schwachsinn', 'falsch', 'stimmt nicht', 'so ein quatsch', 'so ein unsinn',
  // it
  'sciocchezze', 'assurdo', 'stupidaggini', 'balle', 'non e vero', 'cavolate', 'fesserie',
  // nl
  'onzin', 'flauwekul', 'onwaar', 'kletskoek', 'niet waar', 'klinkklare onzin',
  // pl
  'bzdura', 'bzdury', 'nieprawda', 'brednie', 'nonsens', 'klamstwo',
  // ru (fold() reads й as и)
  'чушь', 'ерунда', 'бред', 'неправда', 'глупости', 'вранье', 'ложь', 'чепуха',
  // ar
  'هراء', 'كلام فارغ', 'غير صحيح', 'كذب', 'خطأ', 'سخافة',
  // zh, ja
  '胡说', '胡说八道', '胡扯', '瞎说', '扯淡', '不对', 'ナンセンス', 'デタラメ', 'でたらめ', 'ばかげてる', '馬鹿げてる', 'そんなことない',
  // hi, tr
  'बकवास', 'झूठ', 'गलत', 'bakwas', 'jhooth', 'galat', 'sacmalik', 'sacma', 'yalan', 'yanlis', 'hic de degil',
];
const ENDS = '[.!。！…।]|$|\\n';
/** Right after the question mark: a rejection, then its sentence's end. */
const REJECTED_AFTER = new RegExp(`^\\s*(?:${REJECTIONS.join('|')})\\s*(?:${ENDS})`, 'u');
/** An English question in a question's order: it asks, it does not quote a claim. */
const ASKED = /^\s*(?:are|is|am|do|does|did|should|shouldn't|can|could|would|will|have|has|was|were|why|how|what|who|which|aren't|isn't|don't|doesn't)(?![\p{L}'])/u;
// A dot inside a word ("scam.ly", "3.5") ends no sentence.
const SENTENCE_END = /[!?\n。！？؟]|\.(?![\p{L}\p{N}])/gu;
/** The writer or the reader named, in each language (folded): what a claim about others does not hold. */
const PERSONAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[
  "i", "i'm", "im", "i'll", "i'd", 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'yours', 'u', 'ur', 'ya', 'yall',
  'yo', 'mis', 'te', 'tu', 'tus', 'ti', 'usted', 'ustedes', 'nosotros', 'nos', 'os', 'vos', 'voy', 'vas',
  'eu', 'meu', 'minha', 'teu', 'tua', 'voce', 'voces', 'vc', 'vou',
  'je', "j'", 'moi', 'mon', 'ma', 'mes', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'nous', 'notre',
  'ich', 'mich', 'mir', 'mein', 'meine', 'du', 'dich', 'dir', 'dein', 'deine', 'euch', 'wir', 'uns', 'unser',
  // Not 'mi': Turkish asks with it ('Kadınlar aptal mı?').
  'io', 'mio', 'mia', 'tuo', 'noi', 'ci', 'voi', 'vi',
  'ik', 'mij', 'mijn', 'jij', 'jou', 'jouw', 'jullie', 'wij', 'ons',
  'ja', 'mnie', 'moj', 'ty', 'cie', 'twoj', 'nas', 'wy', 'was',
  'я', 'меня', 'мне', 'мои', 'ты', 'тебя', 'тебе', 'твои', 'мы', 'вы', 'вас',
  'ben', 'beni', 'bana', 'benim', 'sen', 'seni', 'sana', 'senin', 'biz', 'siz', 'sizi',
  'انا', 'انت', 'انتم', 'انتي', 'main', 'mai', 'tum', 'tujhe', 'aap', 'मैं', 'तुम', 'तू', 'आप', 'तुझे', 'मुझे', 'हम',
].join('|')})(?![\\p{L}\\p{N}])|[我你您私僕俺]|あなた|お前|[\\d@/]|www|\\p{L}\\.\\p{L}`, 'u');
/** A question mark of the scripts: a text without one holds no question (asked before anything else). */
export const QUESTION = /[?？؟]/u;

/** Where each rejected question lies in text: [from, to), from its sentence's start to its question mark. */
export function rejectedQuestions(text: string): [number, number][] {
  if (!QUESTION.test(text)) return [];
  const spans: [number, number][] = [];
  let start = 0;
  for (const { index } of text.matchAll(SENTENCE_END)) {
    // The rejection first: most questions have none after them, and it is the shorter text to fold.
    if (QUESTION.test(text[index]!) && index > start && REJECTED_AFTER.test(fold(text.slice(index + 1, index + 40)).replace(/ı/g, 'i'))) {
      const asked = fold(text.slice(start, index)).replace(/ı/g, 'i');
      if (!ASKED.test(asked) && !PERSONAL.test(asked)) spans.push([start, index + 1]);
    }
    start = index + 1;
  }
  return spans;
}

/** The text with its rejected questions' letters and digits blanked, each unit a space, so offsets hold. */
export function blankRejectedQuestions(text: string): string {
  let blanked = text;
  for (const [from, to] of rejectedQuestions(text)) {
    blanked = blanked.slice(0, from) + text.slice(from, to).replace(/[\p{L}\p{M}\p{N}]/gu, (m) => ' '.repeat(m.length)) + blanked.slice(to);
  }
  return blanked;
}
