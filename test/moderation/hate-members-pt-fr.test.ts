import { describe } from 'vitest';
import { keeps, removes } from './docs.js';
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
  'pra q serve um deficiente afinal?',
  'por que tem tanto judeu mandando em tudo?',
  'não tá na hora de mandar esses imigrantes embora?',
  'pq deixam esses deficientes trabalhar?',
  "qui d'autre pense que les noirs valent rien ?",
  'est-ce que les juifs vont arrêter de voler le monde un jour ?',
  'à quoi ça sert un handicapé au final ?',
  'il serait pas temps de renvoyer ces immigrés ?',
  'pk on laisse les handicapés bosser ?',
  // Opinions and disclaimers framed by a word the grammars read as counter-speech or illness.
  'pra mim, lugar de mulher é na cozinha',
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
  'les négros devraient pas pouvoir rentrer dans le club',
  'youpin rapace',
  // Innocent lines the slur lexicon or the threat reader still remove: a slur reported, denied or reclaimed.
  'pq as pessoas ainda acham que autista é retardado?',
  'ele me xingou de sapatão no ônibus e ninguém fez nada',
  'autista não é retardado',
  'sou sapatão e feliz, obrigada',
  "on m'a traité de pédé au collège et j'ai appris à me défendre",
  "j'ai reçu des messages disant que les gays devraient mourir, j'ai porté plainte",
  "il m'a traitée de gouine dans le bus et personne n'a réagi",
  'les noirs ne sont pas des voleurs, les voleurs sont ceux qui volent',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => rows.map(([, line]) => line).filter((line) => !NOT_YET_READ.has(line));

describe('hate in Portuguese as members write it', () => removes(read(PT_HATE)));
describe('innocent Portuguese in the same frames', () => keeps(read(PT_INNOCENT)));
describe('hate in French as members write it', () => removes(read(FR_HATE)));
describe('innocent French in the same frames', () => keeps(read(FR_INNOCENT)));
