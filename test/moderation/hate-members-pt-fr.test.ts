import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { FR_HATE, FR_INNOCENT } from './hate-members-fr.data.js';
import { PT_HATE, PT_INNOCENT } from './hate-members-pt.data.js';

/**
 * Hate in Portuguese (as Brazilians write it) and French as members write it, beside its innocent twins in the same
 * frames (hate-members-pt.data.ts, hate-members-fr.data.ts): through the scorer as it ships. The lines it does not
 * read yet are listed here with why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A simile, a smell, a chore or a ban in words no grammar holds as hate yet.
  'mulher é que nem cachorro, tem que ser adestrada',
  'negro tem cheiro de bicho',
  'mulher tem que ficar em casa e calar a boca',
  'tinha que jogar uma bomba nesses judeus',
  'deficiente nao devia nem sair de casa',
  'fora imigrantes! o Brasil é dos brasileiros',
  'proíbam os gays de adotar, eles vão estragar as crianças',
  "interdisez aux gays d'adopter, ils vont pervertir les gosses",
  // Questions whose hate is a trope or a permission, not a word of worth.
  'alguém aí também acha que negro não presta?',
  'será que os judeus vão parar de roubar o mundo algum dia?',
  'por que tem tanto judeu mandando em tudo?',
  'não tá na hora de mandar esses imigrantes embora?',
  'pq deixam esses deficientes trabalhar?',
  "qui d'autre pense que les noirs valent rien ?",
  'est-ce que les juifs vont arrêter de voler le monde un jour ?',
  'il serait pas temps de renvoyer ces immigrés ?',
  'pk on laisse les handicapés bosser ?',
  // Opinions and disclaimers framed by a word the grammars read as counter-speech or illness.
  'eu acho que os gays tinham que ser tratados',
  'não é preconceito, é fato: deficiente só dá despesa',
  "selon moi un trans c'est pas quelqu'un de normal",
  "c'est pas de la haine c'est la réalité : les handicapés coûtent trop cher",
  'je dis ça je dis rien mais les gays sont tous malades',
  "c'est la vérité qui dérange : les trans sont des malades",
  'faut arrêter de se voiler la face, musulman = terroriste',
  // Slurs with another sense (a state, a colour, a monkey, a pedal, a Mongolian) and no derogation beside them.
  'ninguém aguenta esses paraíbas',
  'olha o pretinho ladrão ali',
  'macaco não devia poder entrar no clube',
  'preta fedida',
  'regarde le négro là-bas',
  'sale bonne femme, retourne à ta vaisselle',
  'ce mongol devrait même pas être là',
  'ce débile en fauteuil',
  'les pédales prennent le contrôle',
  'youpin rapace',
  // Innocent lines the slur lexicon or the threat reader still remove: a slur reported, denied or reclaimed.
  'pq as pessoas ainda acham que autista é retardado?',
  'autista não é retardado',
  'sou sapatão e feliz, obrigada',
  "j'ai reçu des messages disant que les gays devraient mourir, j'ai porté plainte",
  'les noirs ne sont pas des voleurs, les voleurs sont ceux qui volent',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('hate in Portuguese as members write it', () => removes(read(PT_HATE)));
describe('innocent Portuguese in the same frames', () => keeps(read(PT_INNOCENT)));
describe('hate in French as members write it', () => removes(read(FR_HATE)));
describe('innocent French in the same frames', () => keeps(read(FR_INNOCENT)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('a bare colour word is a group only as a generic subject', () => {
  removes(['preto é tudo ladrão', 'negro tem que voltar pra senzala', 'essa raça de preto não presta', 'cette race de noirs est inférieure']);
  keeps(['comprei um vestido preto e branco', 'o preto e tudo que combina com ele', 'meu vizinho é negro e tem que acordar cedo']);
});
describe("a disclaimer's negation or mention stops at its 'but' or comma", () => {
  removes([
    'não sou homofóbico mas gay me dá nojo',
    'não tô sendo racista, só falando que os negros são menos inteligentes',
    'chui pas raciste, je dis juste que les noirs sont des voleurs',
    'traitez-moi de raciste mais les gitans sont tous des voleurs',
  ]);
  keeps([
    'não sou racista, os negros não são bandidos',
    'je ne suis pas raciste, les noirs ne sont pas des voleurs',
    'je ne suis pas raciste, et les noirs sont mes frères',
    "je suis pas homophobe mais j'aime pas ce film",
    "on dit que les noirs sont des voleurs mais c'est faux",
    'dizem que os gays são doentes mas isso é mentira',
  ]);
});
describe('rhetorical questions of worth, and being sent back', () => {
  removes(['quem aguenta travesti?', 'desde quando mulher sabe pensar?', 'pra q serve um deficiente afinal?', 'à quoi ça sert un handicapé au final ?', 'muçulmano tinha que voltar pra terra deles']);
  keeps([
    'quem aguenta esse calor?',
    'desde quando as mulheres podem votar no Brasil?',
    'para que serve esse botão?',
    'os refugiados querem voltar pra terra deles quando a guerra acabar',
    'minha mãe vai pro país dela no natal',
    'les réfugiés veulent rentrer chez eux',
    "la cause de tous les problèmes c'est la pollution",
    'dehors les enfants jouent au foot',
  ]);
});
describe('a slur the writer reports being called by one person', () => {
  keeps(['ele me xingou de sapatão no ônibus', "il m'a traitée de gouine dans le bus"]);
  removes(["il m'a traitée de gouine, cette sale gouine"]);
});
