import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Hate without a slur in French, Portuguese, Spanish and Italian (session 30), by class, as members write it: made for
 * the kitchen; a decline blamed on a group's arrival; a team or a street spoilt by their being there; in everyone's way;
 * thinking only of money; customers driven off by hiring one; asked whether they have any morals; "who would hire one?",
 * "who can still stand them?";
 * a group carried into the next sentence by "that kind of people" or by what they do to the speaker. Each with its
 * innocent twin: the same frame about a factory, a boss, prices, luggage, banks, a grandmother's cooking, a question
 * about help, and counter-speech that reports someone else's belief.
 */

describe('implicit derogation in French', () => {
  removes([
    'Les femmes sont faites pour la cuisine et le ménage, pas pour diriger une entreprise.',
    'Depuis que les Roms se sont installés dans le quartier, tout est parti en vrille.',
    "Les musulmans pourrissent l'ambiance du quartier.",
    'Les handicapés devraient rester chez eux au lieu d\'encombrer les trottoirs.',
    "Les juifs ne pensent qu'à l'argent.",
    "Embaucher une femme trans, c'est faire fuir la clientèle.",
    'Les gitans ont-ils même une conscience ?',
    'Qui peut encore supporter les réfugiés ?',
  ]);
  keeps([
    'Ma femme est faite pour la danse, elle est incroyable.',
    'Depuis que le nouveau maire est arrivé, tout fout le camp.',
    'Depuis que les migrants sont arrivés dans notre village, l\'école a rouvert.',
    "Les travaux pourrissent l'ambiance du quartier.",
    "Les handicapés n'encombrent personne, ils ont le droit de prendre le bus.",
    'Je pense souvent à mes amis musulmans.',
    "Certains pensent que les juifs ne pensent qu'à l'argent, c'est faux.",
    'Les prix trop élevés font fuir les clients.',
    'Les gitans ont-ils accès aux soins ? C\'est une vraie question.',
    'Pourquoi certains pensent-ils encore que les femmes sont inférieures ?',
    'Je suis toujours en retard le matin, mais je ramène les croissants.',
    'Qui peut encore supporter les bouchons du matin ?',
  ]);
});

describe('implicit derogation in Portuguese', () => {
  removes([
    'Mulher foi feita para cuidar da casa, não para mandar.',
    'Desde que esses haitianos chegaram, o bairro virou um lixo.',
    'Gay no time de futebol estraga o vestiário.',
    'Os deficientes só atrapalham todo mundo.',
    'Os judeus só pensam em dinheiro.',
    'Contratar uma mulher trans é espantar os clientes.',
    'Será que os gays têm alguma moral?',
    'Quem ainda aguenta os refugiados?',
  ]);
  keeps([
    'Minha avó nasceu pra cozinhar, faz o melhor bolo do mundo.',
    'Desde que a fábrica fechou, o bairro virou um lixo.',
    'Desde que os refugiados chegaram, a feira ficou mais bonita.',
    'O chefe novo estraga o ambiente da empresa.',
    'As obras incomodam todo mundo.',
    'Penso muito nos meus amigos muçulmanos.',
    'Tem gente que pensa que os judeus só pensam em dinheiro, que absurdo.',
    'Preço alto espanta a clientela.',
    'Os refugiados têm algum apoio do governo?',
    'Quem ainda aguenta essas obras na rua?',
  ]);
});

describe('implicit derogation in Spanish', () => {
  removes([
    'Las mujeres están para la cocina, no para dirigir empresas.',
    'Desde que llegaron los gitanos al barrio, todo ha ido a peor.',
    'Un gay en el vestuario arruina el equipo.',
    'Los discapacitados deberían quedarse en casa en vez de estorbar.',
    'Los judíos solo piensan en el dinero.',
    'Contratar a una mujer trans es espantar a los clientes.',
    '¿Quién querría a un judío de vecino?',
    'Mi nueva compañera es lesbiana. Esa gente es degenerada.',
    'Se habla mucho de los trans últimamente. Me dan asco.',
    'Los gays no son gente normal.',
    'La opinión de una mujer no cuenta.',
    '¿Quién aguanta ya a los refugiados?',
  ]);
  keeps([
    'Mi abuela nació para cocinar, hace la mejor paella.',
    'Desde que cerró la fábrica, el pueblo es un vertedero.',
    'Desde que vinieron los marroquíes, el pueblo tiene más vida.',
    'El nuevo jefe estropea el ambiente de la oficina.',
    'Las maletas estorban en el pasillo.',
    'Los bancos solo piensan en el dinero.',
    'Los precios altos ahuyentan a la clientela.',
    '¿Quién querría vivir al lado de una autopista?',
    'Mi nueva compañera es lesbiana. Es majísima.',
    'Se habla mucho de los trans últimamente. Merecen respeto.',
    '¿Por qué todavía hay gente que cree que las mujeres son inferiores?',
    '¿Quién aguanta ya a los vecinos de arriba?',
  ]);
});

describe('implicit derogation in Italian', () => {
  removes([
    'Le donne servono solo a cucinare e stirare.',
    'Da quando sono arrivati gli zingari nel quartiere, è tutto peggiorato.',
    'Un gay nello spogliatoio rovina la squadra.',
    'I disabili dovrebbero stare a casa invece di intralciare tutti.',
    'Gli ebrei pensano solo ai soldi.',
    'Assumere una donna trans significa far scappare i clienti.',
    "I musulmani ce l'hanno una coscienza?",
    'La mia nuova collega è lesbica. Questa gente è degenerata.',
    'Si parla tanto dei trans ultimamente. Mi fanno schifo.',
    'Chi sopporta ancora i profughi?',
  ]);
  keeps([
    'Mia nonna è nata per cucinare, fa le lasagne migliori.',
    'Da quando ha chiuso la fabbrica, il paese è una discarica.',
    'Da quando sono arrivati i rumeni, il paese è rinato.',
    "Il nuovo capo rovina l'ambiente dell'ufficio.",
    "Le valigie sono d'intralcio nel corridoio.",
    'Le banche pensano solo ai soldi.',
    'I prezzi alti fanno scappare la clientela.',
    "I profughi ce l'hanno un aiuto dallo Stato?",
    'La mia nuova collega è lesbica. È simpaticissima.',
    "Perché c'è ancora chi pensa che le donne siano inferiori?",
    'Chi sopporta ancora i lavori sotto casa?',
  ]);
});
