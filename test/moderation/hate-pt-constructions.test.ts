import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { PT_CONSTRUCTION_HATE, PT_CONSTRUCTION_INNOCENT } from './hate-pt-constructions.data.js';

/**
 * Portuguese hate by construction, beside its innocent twins in the same frames (hate-pt-constructions.data.ts), through the
 * scorer as it ships. The lines it does not read yet are listed here with why, so the rest must stay as they are; one that
 * starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A bare exclamation of misfortune ("que desgraça"), a people (a nationality) carried to the next sentence, trust denied
  // to "nenhuma" with no group word in its sentence.
  'Negros no condomínio agora. Que desgraça.',
  'Estive com uns africanos. Eram uns selvagens.',
  'Mulher é assim. Não dá pra confiar em nenhuma.',
  // Questions whose hate is their answer ("Eu não."), a woman "dessas", or letting a group in.
  'Alguém aqui gosta de muçulmano? Eu não.',
  'Quem é que consegue respeitar uma mulher dessas?',
  'Alguém conhece uma mulher que seja inteligente? Eu não.',
  'Por que deixam os ciganos entrarem na cidade?',
  // A diminutive colour word ("pretinho" is also a little black dress); "doente", "internado" and "escondido" alone tell
  // of hospitals and persecutions; profit from others' misfortune and a theft presumed are tropes in no word of worth.
  'Os pretinhos da favela são todos marginais.',
  'Os trans deviam ser internados.',
  'Os judeus sempre dão um jeito de lucrar com a desgraça dos outros.',
  'Se fosse negro, com certeza roubou.',
  // The group named after a disgust exclaimed ("Dos judeus, quero dizer."), a friend refused in the conditional, a lack
  // said with "carecem de capacidade" or "qualquer noção de higiene", "5" for "ç".
  'Que nojo deles. Dos judeus, quero dizer.',
  'Quem é que gostaria de ter um trans como amigo?',
  'As mulheres carecem totalmente de capacidade de pensar por si próprias.',
  'Os imigrantes não têm qualquer noção de higiene.',
  'Os mu5ulmanos são lixo.',
  // A group in the singular "only good for" a trade: the singular "só serve para X" says what a shelter or a tool is for
  // ("Esse abrigo só serve para refugiados"), and the grammar cannot ask that its subject be the group.
  'Nordestino só serve pra obra.',
  // Spellings: "naum" before a derogation that holds its own "não", "$" for "ç", "0" for "ú", letters spaced, "n" for "não".
  'naum suporto esses muçulmanos',
  'os mu$ulmanos sao terroristas',
  'os deficientes sao in0teis',
  'odeio g a y s',
  'mulheres n prestam p nada',
  // Innocent lines still removed: a derogation redefined ("terroristas são os que matam"); a sentence franc reads as French,
  // where "negros" is the French slur; calling in the European personal infinitive ("chamares") and a belief in the
  // subjunctive ("pense"), whose words change the real-word guard; swearing words said of oneself or a chore; a vanishing
  // of pains and a killing asked about (the threat reader's).
  'Os muçulmanos não são terroristas, terroristas são os que matam.',
  'Chega dessa conversa de que os negros são inferiores.',
  'Se chamares os refugiados de parasitas, vou denunciar-te.',
  'Não posso acreditar que alguém ainda pense que os judeus são vermes.',
  'Como imigrante, já fui chamado de vagabundo muitas vezes.',
  'Esse trabalho é um pé no saco.',
  'Seria bom se as dores das mulheres sumissem.',
  'Quem em sã consciência mataria um gay? Ninguém devia.',
]);

describe('Portuguese hate by construction as members write it', () => removes(probeLines(PT_CONSTRUCTION_HATE, NOT_YET_READ)));
describe('innocent Portuguese in the same frames', () => keeps(probeLines(PT_CONSTRUCTION_INNOCENT, NOT_YET_READ)));

// The constructions read since this probe, each beside innocent lines that share its words, in Portugal's Portuguese too,
// and the Romance neighbours that borrow Portuguese counter-speech (Spanish) or share its words.
describe('a good one of them denied existence, or only a dead or absent one good', () => {
  removes(['Não existe cigano honesto.', 'Refugiado bom não existe.', 'Imigrante bom é imigrante deportado.', 'Nenhum nordestino presta.']);
  keeps(['Não existe almoço grátis.', 'Político honesto é lenda.', 'Mosquito bom é mosquito morto.', 'Não existe imigrante bom e imigrante mau, existem pessoas.']);
});
describe('a class named with "uns", "tudo" or a pack, and a pack taking a group up', () => {
  removes(['Os ciganos são uns sovinas.', 'Esses imigrante é tudo marginal.', 'Os refugiados chegaram a Lisboa. Um bando de sujos.', 'Os judeus outra vez nas notícias. Raça maldita.']);
  keeps(['Os indígenas vivem em áreas marginais da cidade.', 'Os ciganos chegaram à festa. Um bando de músicos incríveis.', 'Os refugiados chegaram. Tudo bem com eles.']);
});
describe('a claim named a story or judged to think, in Portuguese and Spanish', () => {
  keeps([
    'Essa história de que os judeus controlam tudo é uma teoria da conspiração.',
    'É absurdo pensar que os gays são uma doença.',
    'Pensar que os deficientes são um fardo é cruel.',
    'Es absurdo pensar que los gays son una enfermedad.',
    'Esa historia de que los judíos controlan todo es mentira.',
  ]);
  removes(['Os judeus controlam tudo.', 'Os gays são uma doença.', 'Los gays son una enfermedad.']);
});
describe('"não era melhor se...", "não dava pra mandar...": a question that asks agreement in Brazilian speech', () => {
  removes(['Não era melhor se os muçulmanos sumissem de vez?', 'Não dava pra mandar esses refugiados de volta?']);
  keeps(['Não era melhor se os imigrantes tivessem mais apoio?', 'Não dava pra mandar os documentos dos refugiados de volta?']);
});
