import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { NEGATION_QUESTION_HATE, NEGATION_QUESTION_INNOCENT } from './hate-negation-questions.data.js';

/**
 * Hate said by denying a group something good and hate asked as a question, beside their innocent twins in the same
 * frames (hate-negation-questions.data.ts), through the scorer as it ships. The lines it does not read yet are listed
 * with why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // English is read by its own detector, which holds none of these frames yet.
  'No woman has ever been a decent engineer.',
  'Gay men have no sense of decency.',
  'I have yet to meet an immigrant who works hard.',
  'Black people never contribute anything to society.',
  'Who would ever want a disabled person as a coworker?',
  "Don't you think Jews are a plague?",
  // A question opened by "verdad que", which no grammar reads as asking agreement.
  '¿Verdad que los musulmanes son todos unos fanáticos?',
  // Doing nothing right, understanding nothing: "rien" or "nada" not at the clause's end, or the verb not in the list.
  'Os negros não sabem fazer nada direito.',
  'Les femmes ne savent jamais rien faire correctement.',
  'Le donne non capiscono mai niente.',
  'Vrouwen snappen nooit iets van techniek.',
  // An accusative group word (لاجئا), a singular "never" (عمرها ما) with a verb of understanding.
  'لم أقابل يوما لاجئا ذكيا',
  'النسوان عمرها ما تفهم',
  // Leading a country (चला सकती), doing anything good (kuch achha), asked of a neighbour in Mandarin.
  'कोई भी औरत देश नहीं चला सकती',
  'Dalit kabhi kuch achha nahi karte',
  '谁会愿意跟黑人做邻居？',
]);

describe('a good thing denied a group, and hate asked, as members write it', () => removes(probeLines(NEGATION_QUESTION_HATE, NOT_YET_READ)));
describe('a negative denied, a question asked plainly, another\'s contempt told, praise denied oneself', () => keeps(probeLines(NEGATION_QUESTION_INNOCENT, NOT_YET_READ)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('no morals, honour or decency had, the negation the derogation\'s own', () => {
  removes(['Les juifs n\'ont aucun honneur.', 'Un musulman n\'a aucune morale.', 'Schwule haben keine Moral.', 'Juden haben keinen Anstand.', "Homo's hebben geen moraal.",
    'Gli ebrei non hanno onore.', 'Los judíos no tienen ninguna decencia.', 'Judeu não tem honra.', 'Żydzi nie mają honoru.', '同性恋没有道德。', 'المثليين ليس عندهم أخلاق']);
  keeps([
    "Il n'y a pas d'honneur à frapper les femmes.",
    "Non c'è onore nel picchiare le donne.",
    "Ce n'est pas une question de morale, les réfugiés ont besoin d'aide.",
    'Es hat nichts mit Moral zu tun, Flüchtlingen zu helfen.',
    'Les gens qui insultent les gays n\'ont aucune morale.',
    'Wer Flüchtlinge beleidigt, hat keinen Anstand.',
    'Quem xinga os gays não tem caráter.',
    'Chi insulta i gay non ha onore.',
    '歧视同性恋是没有道德的。',
  ]);
});
describe('respect refused a group by someone the writer names is a complaint; the writer\'s own refusal is not', () => {
  keeps(['La police ne respecte pas les noirs.', 'Policja nie szanuje Romów.', 'الشرطة لا تحترم السود', '警察不尊重黑人。', 'लोग दलितों का सम्मान क्यों नहीं करते?', 'Mon patron n\'a aucun respect pour les femmes enceintes.']);
  removes(['Je ne respecte pas les noirs.', 'Nie szanuję Romów.', '我不尊重黑人。', 'لا أحترم السود', 'मैं दलितों का सम्मान नहीं करता']);
});
describe('who would want one as a neighbour, asked; "who wants" otherwise names whoever does', () => {
  removes(['Wer will schon Flüchtlinge als Nachbarn?', 'Wie wil er nou vluchtelingen als buren?', 'Chi vorrebbe rifugiati come vicini?', 'Kto by chciał Żyda za sąsiada?']);
  keeps(['Wer will Muslime töten? Niemand.', 'Wer will schon Kinder als Nachbarn?', 'Chi vorrebbe un cane come amico?', 'Wer würde Flüchtlinge als Nachbarn ablehnen? Niemand hier.']);
});
