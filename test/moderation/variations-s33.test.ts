import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Variations members coin from a group's name or an insult with a productive ending of their language
 * (issue 17 point 4; session 33's probe measured them in nine languages): diminutive, augmentative,
 * pejorative and feminine forms no list holds ("gitanitos", "musulmanettes", "ciganinhas", "zingarelli",
 * "Jüdchen", "moslimpjes", "putona"), read as the name their stem spells. Real words with the same endings
 * (fox cubs, a dog's owner, bold type), the same forms in kind frames and members naming their
 * own group stay up.
 */
describe('a group\'s name or an insult with a coined ending is read as the name', () => {
  removes([
    'Esos gitanitos del barrio son unas ratas.', // diminutive (es)
    'Odio a los musulmanazos, son escoria.', // augmentative (es)
    'Cállate, putona de mierda.', // an insult to "you" (es)
    'Ces musulmanettes sont des parasites.', // diminutive feminine (fr)
    'Je déteste les gitanettes, ce sont des voleuses.', // (fr)
    'As ciganinhas do bairro são umas ladras nojentas.', // (pt)
    'Odeio os judeuzinhos, são lixo.', // (pt)
    'Gli zingarelli sono parassiti, fuori dal paese.', // (it)
    'Tutti questi ebreucci sono feccia.', // (it)
    'Diese Ausländerchen sind Parasiten.', // (de)
    'Ich hasse Muslimchen, die sind Abschaum.', // (de)
    'Die moslimpjes zijn parasieten.', // (nl)
    'Weg met die buitenlandertjes, dat ongedierte!', // (nl)
    'Those muslimettes are filthy vermin.', // (en)
    'Never trust a gypsy, every gypsy is a thief.', // English names one Roma person too
  ]);
});

describe('feminine and Arabic attached forms of a group\'s name are read', () => {
  removes([
    'Die Zigeunerinnen sind Parasiten.', // (de)
    'Die zigeunerinnen zijn walgelijk.', // (nl)
    'Le islamiche sono parassiti.', // (it)
    'شواذكم حثالة', // "your gays", a possessive suffix (ar)
    'اكره شواذهم كلهم حيوانات', // (ar)
  ]);
});

describe('real words with those endings, kind frames and a member\'s own group stay up', () => {
  keeps([
    'Las zorritas del bosque son preciosas.', // fox cubs (es)
    'Mis gatitos duermen en el sofá.',
    'Pon el título en negrita, por favor.', // bold type (es)
    'Mis vecinos gitanitos son muy simpáticos.',
    'Ma fillette porte une jupette bleue.', // (fr)
    'Ma fillette adore les chaussettes rayées.',
    'Je suis musulmane et fière de mon métier.',
    'Os passarinhos cantam no jardim da minha avó.', // (pt)
    'Sou cigana e tenho orgulho da minha família.',
    'I gattini dormono sul divano.', // (it)
    'Frauchen geht mit dem Hund spazieren.', // a dog's owner (de)
    'Die Kätzchen schlafen, ich backe Brötchen.',
    'Als moslima ben ik trots op mijn familie.', // (nl)
    'Mijn dochtertje houdt van de vogeltjes.',
    'I grew up with gypsies and they are my best friends.', // (en)
    'As a gypsy myself, I love travelling.',
    'Mes voisines musulmanettes sont adorables.', // the coined form in a kind frame
  ]);
});
