import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { PT_REFERENCE_HATE, PT_REFERENCE_INNOCENT } from './hate-references-pt.data.js';

/**
 * Portuguese hate carried by a reference, a clause, a question, a denial or a spelling, beside its innocent twins in the
 * same frames (hate-references-pt.data.ts), through the scorer as it ships. The lines it does not read yet are listed
 * here with why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // Words that are no derogation alone: "doente" (ill), "fracas" (weak), "capacidade para nada", "roubaram" (a deed told).
  'Os trans estão em todo o lado agora. Essa gente é doente.',
  'As mulheres são fracas demais pra qualquer coisa.',
  'Mulheres não têm capacidade para nada.',
  'Óbvio que roubaram. São ciganos.',
  'Será que os indígenas são capazes de trabalhar?',
  // A singular generic subject taken up by a plural pronoun; a group in a list taken up by "todas".
  'Mulher no volante. Elas não sabem fazer nada.',
  'As feministas e as mulheres em geral. Odeio todas.',
  // A duty that needs its relative clause to be contempt; "bom" alone is too common to deny; a treatment needed.
  'Os deficientes, que só dão despesa, deviam ficar em casa.',
  'Não existe muçulmano bom.',
  'Os trans precisam é de um psiquiatra.',
  // A proverb of violence, and an article run into a four-letter group name (splitting those splits real words).
  'Mulher e cachorro, quanto mais apanha mais gosta.',
  'Odeio osgays.',
]);

describe('Portuguese hate carried by references, questions, denials and spellings', () => removes(probeLines(PT_REFERENCE_HATE, NOT_YET_READ)));
describe('innocent Portuguese in the same frames', () => keeps(probeLines(PT_REFERENCE_INNOCENT, NOT_YET_READ)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('counter-speech told by disagreeing, by others saying it, or in the passive of calling and treating', () => {
  keeps([
    'Não concordo que os negros sejam preguiçosos.',
    'Já ouvi dizerem que os negros são ladrões. Isso é racismo puro.',
    'Os imigrantes são chamados de parasitas por muita gente. Isso tem de acabar.',
    'Na escravidão, os negros eram tratados como animais.',
    'Chega de tratar os deficientes como um fardo.',
  ]);
  removes(['Concordo que os negros são preguiçosos.', 'Os negros deviam ser tratados como animais.', 'Os imigrantes são parasitas e sempre serão.']);
});
describe('"not all alike" denies no equality, in Portuguese, Spanish and Italian', () => {
  keeps(['Os muçulmanos não são todos iguais.', 'Nem todos os imigrantes são iguais.', 'Los inmigrantes no son todos iguales.', 'Gli immigrati non sono tutti uguali.']);
  removes(['Os muçulmanos não são iguais a nós.', 'Los inmigrantes no son iguales a nosotros.', 'Os muçulmanos são todos iguais, uns terroristas.']);
});
describe('an ellipsis or "?!" ends one sentence, so a group carries past it', () => {
  removes(['Imigrantes... são todos uns criminosos.', 'Los inmigrantes... son todos unos criminales.', 'Gli immigrati... sono tutti criminali.', 'Os refugiados?! São uns parasitas.']);
  keeps(['Conheço muitos imigrantes... São muito trabalhadores.', 'Los inmigrantes... son muy trabajadores.', 'Os ratos... são uma praga.']);
});
describe('who likes them, the place of women, ruining the country', () => {
  removes(['Quem é que gosta de nordestino?', 'Como é que alguém consegue gostar de muçulmanos?', 'Lugar de mulher é na cozinha.', 'Os gays estão a corromper as nossas crianças.', 'Os imigrantes estão destruindo o Brasil.']);
  keeps(['Quem gosta de forró levanta a mão!', 'Lugar de mulher é onde ela quiser.', 'A seca está destruindo o nosso país.', 'Os indígenas denunciam: estão destruindo as nossas florestas.']);
});
