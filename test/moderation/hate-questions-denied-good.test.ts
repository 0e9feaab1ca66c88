import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { QUESTION_DENIAL_HATE, QUESTION_DENIAL_INNOCENT } from './hate-questions-denied-good.data.js';

/**
 * Hate asked as a question and hate said by denying a group something good, beside their innocent twins in the same
 * frames (hate-questions-denied-good.data.ts), through the scorer as it ships. The lines not read yet are listed with
 * why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A bare yes/no question with no word of contempt ("does a woman think?"); "nenhum" after its noun; "jamais" opening a clause.
  'Mulher pensa?',
  'Negro nenhum é confiável.',
  'Jamais conheci um cigano que trabalhasse.',
  // The group named after the question, set off by a comma.
  'Ils sont humains, les réfugiés ?',
  // Having a brain asked; an accusative never met; a lack of sense denied with "any" (hate-script-questions.test.ts holds the
  // questions the group closes or opens).
  'هل النساء عندهن عقل؟',
  'لم أقابل امرأة ذكية في حياتي',
  'औरतों में कोई अक्ल नहीं होती',
  '女人有脑子吗？',
  // English is read by its own detector, which holds none of these frames yet; its text model reads the last two innocent
  // lines' words of death and terror as harassment.
  'What good are immigrants anyway?',
  'Who would trust a Muslim?',
  'Do women even have a brain?',
  'Since when are trans people normal?',
  'How can anyone stand gay people?',
  'Black people have no morals.',
  'Refugees are never honest.',
  'No refugee deserves to die.',
  'Saying that Muslims are terrorists is racist.',
]);

describe('hate asked, and a good thing denied a group, as members write it', () => removes(probeLines(QUESTION_DENIAL_HATE, NOT_YET_READ)));
describe('a question asked plainly, a negative denied, hate countered, another\'s contempt told, praise denied oneself', () =>
  keeps(probeLines(QUESTION_DENIAL_INNOCENT, NOT_YET_READ)));

describe('a negation written with its modal negates the call it runs into and the clause its "that" opens', () => {
  keeps(['لا يجب قتل المثليين', 'لا ينبغي طرد اللاجئين', 'لا يجب أن نكره النساء', 'لا ينبغي أن يموت المثليون', 'لا أريد أن أرى السود يموتون', 'Il ne faut pas que les gays meurent.']);
  removes(['يجب قتل المثليين', 'يجب أن نكره النساء', 'يجب ان نقتل النساء', 'لا نريد المهاجرين هنا']);
});
describe('not deserving a harm denies the harm; not deserving respect or life is hate', () => {
  keeps(['السود لا يستحقون الموت', 'اللاجئين لا يستحقون أن يعاملوا هكذا', 'المثليين ميستاهلوش الضرب']);
  removes(['السود لا يستحقون الاحترام', 'اليهود لا يستحقون الحياة', 'اليهود يستحقون الموت']);
});
describe('an insult denied is denied, a good word inside it no good word', () => {
  keeps(['Les femmes ne sont pas des sous-humains.', 'Os negros não são sub-humanos.', 'السود ليسوا أقل من البشر', 'النساء لسن ناقصات عقل', 'اللاجئين مش اقل ذكاء من حد']);
  removes(['Les femmes sont des sous-humains.', 'Les femmes ne sont pas humaines.', 'السود أقل من البشر', 'النساء ناقصات عقل', 'المهاجرين مش بشر']);
});
describe('a call reported or refused before the clause that names its group', () => {
  keeps(['Je ne dirai jamais que les juifs doivent mourir.', 'Quand tu dis que les gays méritent de mourir, tu es un monstre.', 'Como você pode dizer que os judeus merecem morrer?',
    'Se você diz que os gays merecem morrer, você é um monstro.']);
  removes(['Je pense que les juifs doivent mourir.', 'Tout le monde sait que les gays méritent de mourir.', 'Eu acho que os gays merecem morrer']);
});
describe('a group the one addressed called a slur is named, not called', () => {
  keeps(['Perdi o respeito por você quando chamou as mulheres de vadias.', 'Você chamou as mulheres de vagabundas, que vergonha.', 'Fiquei triste quando você chamou os deficientes de retardados.']);
  removes(['Eu chamei os gays de viados.', 'Os gays são viados.']);
});
describe('pt and fr questions of contempt, beside the same frames asked of things or plainly', () => {
  removes(['De que servem as mulheres além de cozinhar?', 'Qual a utilidade de um refugiado?', 'Será que os negros sabem pensar?', 'Como alguém aguenta conviver com esses imigrantes?',
    'Quem ia querer casar com uma trans?', 'Est-ce que les immigrés savent seulement lire ?', 'Est-ce que les femmes réfléchissent vraiment ?', "Quelqu'un a déjà vu un Rom honnête ?",
    'Les noirs, ils servent à quoi au juste ?', 'Un noir ne sera jamais un vrai Français.']);
  keeps(['Qual a utilidade de um carburador?', 'Qual a utilidade de um refugiado saber inglês na entrevista?', 'Será que os imigrantes sabem ler português bem o suficiente para a prova?',
    'Est-ce que les réfugiés pensent vraiment que la France est accueillante ?', 'Les outils, ils servent à quoi ?', 'Je ne serai jamais un vrai Français, disait mon grand-père algérien.',
    'Como alguém aguenta conviver com vizinhos barulhentos?', 'Quem ia querer casar comigo?', 'Quem ia querer casar com uma trans? Eu, com muito orgulho!']);
});
