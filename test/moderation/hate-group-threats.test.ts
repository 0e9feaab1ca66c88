import { describe } from 'vitest';
import { keeps, probeLines, readsHate, readsNoHate, removes } from './docs.js';
import { GROUP_THREATS, GROUP_THREATS_INNOCENT } from './hate-group-threats.data.js';

/**
 * Threats against a protected group, direct and said to be fine or deserved (issue 17), beside their innocent twins
 * (hate-group-threats.data.ts), through the scorer as it ships. The lines it does not read yet, or still removes, are
 * listed with why; the rest must stay as they are, and one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // Feminists are no protected group in the Spanish lists; a colour word after a comma names no group ("macacos pretos").
  'pienso quemar a todas las feministas',
  'eu vou exterminar vocês, macacos pretos',
  // Devanagari is read without vowel signs, where पीटना (to beat) is पटाना (to woo).
  'औरतों को पीटना सही है',
  // A fate foretold without a verb of violence; a group only in the vocative after the object pronoun.
  'vous, les trans, vous finirez tous dans un fossé',
  'wykończymy was wszystkich, Żydzi',
  // Spanish "a dead X is a good X": its words as typo targets would read "muertea" ("muerte a", space lost) as "muerta".
  'un inmigrante muerto es un inmigrante bueno',
  // "andrebbero" with these participles is read as another frame (before this session too).
  'i gay andrebbero appesi',
  'i disabili andrebbero soppressi',
  // Innocent lines still removed, as on main: a joke threat to one person, history and news told in the past without
  // its auxiliary, a condemnation the violence reader takes for the call, pests called by "il faut"-like modals.
  'ich bring dich um, wenn du mir den Kuchen wegisst! 😂',
  'die Nazis haben Millionen Juden vergast',
  "de nazi's hebben miljoenen joden vergast",
  'wer sagt, Ausländer gehören erschossen, ist ein Rassist',
  'in questo gioco vanno uccisi tutti i non morti',
  'vou matar todos os chefões do jogo',
  'سأقتل كل الناموس في الغرفة',
  'لا يجب قتل اللاجئين أبدا',
  'الحكم على رجل قتل مهاجرين اثنين',
  '杀害两名移民的男子被判刑',
  "tuer les frelons asiatiques, c'est la bonne chose à faire",
  'habría que matarlas a todas, a las cucarachas',
  'trzeba je wszystkie zabić, te karaluchy',
  'es horrible que maten a los inmigrantes',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('threats against a group, direct and normalised, in eleven languages', () => removes(read(GROUP_THREATS)));
describe('violence in fiction, games, history, news, pests, idioms, sport and condemnation', () => keeps(read(GROUP_THREATS_INNOCENT)));

describe('a killing wished or called good, done by someone or an impersonal subject, in the verb the wish takes', () => {
  readsHate([
    "j'espère que quelqu'un tuera ces immigrés",
    'ich hoffe, jemand erschießt diese Migranten',
    'Es wäre gut, wenn man sie alle erschießt, diese Flüchtlinge',
    'sarebbe bello se impiccassero tutti i musulmani',
    'seria bom se matassem todos os muçulmanos',
    'estaría bien que quemaran a todos los judíos',
    'ik hoop dat iemand die migranten doodschiet',
    'chciałbym, żeby ktoś zastrzelił tych uchodźców',
  ]);
  readsNoHate([
    "j'espère que personne ne tuera ces immigrés",
    "j'espère que quelqu'un tuera le dragon à la fin du livre",
    'ich hoffe, niemand erschießt diese Migranten an der Grenze',
    'Es wäre schlimm, wenn man sie alle erschießt, diese Flüchtlinge',
    'sarebbe orribile se impiccassero tutti i musulmani',
    'espero que ninguém mate esses refugiados',
    'ik hoop dat niemand die migranten doodschiet',
    'mam nadzieję, że nikt nie zabije tych imigrantów',
  ]);
});
describe('a Spanish infinitive before "a" and its group stays a call: the new wish forms glue no "matar a" into "matara"', () => {
  readsHate(['hay que matar a los inmigrantes', 'es hora de matar a todos los gitanos', 'quemar a los judíos es lo que hace falta']);
  readsNoHate(['voy a matar a todas las cucarachas de la cocina', 'el domingo vamos a matar a los rivales en la cancha']);
});
describe('English: killing a group called right, every last one of them, the next one met', () => {
  readsHate(['Killing immigrants is the right thing to do', 'someone ought to hang every last gay', "I'd happily strangle every last one of those refugees", 'next trans person I meet is getting stabbed']);
  readsNoHate(['killing immigrants is never the right thing to do', 'killing rats is the right thing to do in a restaurant', 'the next gay person I meet is getting a hug', 'beating women at chess is fine by me, says the champion']);
});
