import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { FRAMES_HARMFUL, FRAMES_INNOCENT } from './innocent-bios-frames.data.js';

/**
 * Innocent member Abouts in the frames hate shares words with, in 14 languages (issue 17: fewer false removals), beside
 * the harmful twins of the frames fixed (innocent-bios-frames.data.ts): through the scorer as it ships. The lines it does
 * not read right yet are listed with why, so the rest must stay as they are; one that starts being read right moves out.
 */
const NOT_YET_READ = new Set([
  // A reclaimed word in an English list of self-descriptions; a village named as an insult; a shame said of a fact in
  // Arabic ("عار." after a report); film titles under a heading in scripts without capitals; a Hindi nickname in Latin
  // letters that holds an English slur.
  'Fat, queer and happy. Plus-size fashion blogger from Bristol.',
  "Vivo a Bastardo, frazione di Giano dell'Umbria. Guida escursionistica.",
  'اللاجئون يموتون في البحر ولا أحد يتحرك. عار.',
  'Любимые фильмы: Бесславные ублюдки, Бешеные псы и Брат.',
  'पसंदीदा फ़िल्में: गैंग्स ऑफ वासेपुर, कमीने और दबंग।',
  'school mein mujhe chinki bulate the. aaj main wahi school mein padhati hoon.',
]);

describe('innocent Abouts in the frames hate shares words with, in 14 languages', () => keeps(probeLines(FRAMES_INNOCENT, NOT_YET_READ)));
describe('the harmful twins of the frames fixed', () => removes(probeLines(FRAMES_HARMFUL, NOT_YET_READ)));

// Each construction read since this probe, its innocent lines beside the abuse that shares its words.
describe('dying reported in the present, not wished', () => {
  keeps([
    "les migrants meurent en mer, c'est une honte",
    'des migrants continuent de mourir en mer chaque semaine',
    'Vluchtelingen verdrinken in de Middellandse Zee en Europa kijkt weg. Een schande.',
    'اللاجئون يموتون في البحر ولا أحد يتحرك.',
  ]);
  removes(['que les migrants crèvent', 'je veux que les migrants meurent', 'laissez les migrants mourir en mer', 'laat die vluchtelingen maar verdrinken', 'vluchtelingen moeten verdrinken', 'خلي اللاجئين يموتو']);
});
describe('a shame said of a fact, not of the group', () => {
  keeps(["les réfugiés meurent de froid, c'est une honte"]);
  removes(['les migrants sont une honte', 'les gays, une honte pour la France', 'les musulmans sont vraiment une honte']);
});
describe("a species named by a people's adjective after an insect's noun", () => {
  keeps(['Il faut tuer les frelons asiatiques avant le printemps', 'Hay que matar las avispas asiáticas', 'Bisogna uccidere i calabroni asiatici', 'Trzeba wytępić szerszenie azjatyckie przed wiosną.']);
  removes(['Il faut tuer les asiatiques', 'Il faut tuer les rats asiatiques', 'Hay que matar a los asiáticos', 'Trzeba wytępić Azjatów']);
});
describe("a strict word read as the ordinary word of the language its sentence speaks", () => {
  keeps(['Chega dessa conversa de que os negros são inferiores', 'Chega dessa conversa de que os negros são lindos']);
  removes(['sale négro', 'ces négros sont des singes', 'esses negros são uns macacos']);
});
describe('calling told in the past, by those who did, and hearing it said', () => {
  keeps([
    'Voluntaria con refugiados a los que en la tele llamaban parásitos.',
    'Bénévole auprès de réfugiés que certains journaux traitaient de parasites.',
    'Wolontariuszka z uchodźcami, których niektóre gazety nazywały pasożytami.',
    'शरणार्थियों के साथ स्वयंसेवक, जिन्हें अख़बारों ने परजीवी कहा था।',
    'Ich kann es nicht mehr hören, dass Ausländer kriminell sein sollen.',
    'Basta con questa storia che le donne non sanno guidare.',
    '移民は犯罪者だと聞くのはもううんざり。',
  ]);
  removes(['Los refugiados son parásitos.', 'Les réfugiés sont des parasites.', 'Uchodźcy to pasożyty.', 'Ausländer sind kriminell.', 'Le donne non sanno guidare, sono inutili.', '移民は犯罪者だ。']);
});
describe('the writer called a slur, in Italian and Mandarin', () => {
  keeps(['Mi hanno chiamato terrone a Milano. Oggi insegno nella stessa scuola.', '上学时别人叫我黑鬼。现在我在那所学校教书。']);
  removes(['sei un terrone', '你这个黑鬼', '黑鬼滚出去']);
});
describe('happiness beside a reclaimed label, as pride', () => {
  keeps(['Bollera, feliz y entrenadora de baloncesto.', 'Lesba, szczęśliwa i trenerka siatkówki.']);
  removes(['eres una bollera feliz']);
});
describe('games and pests killed in Arabic', () => {
  keeps(['لاعب، أقتل الزومبي كل ليلة في البث.']);
});
describe("Spanish Black people as the bare object of wanting, killing or throwing out", () => {
  keeps(['Los calcetines los quiero negros, por favor.', 'Quiero zapatos negros para la boda.']);
  removes(['No quiero negros en mi barrio.', 'Matar negros debería ser legal.']);
});
