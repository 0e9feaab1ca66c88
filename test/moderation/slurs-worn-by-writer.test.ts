import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * A slur a member wears for themself or their community (insult-target.ts claimedByWriter): after "I am" or "we are",
 * as a proud label opening its clause, naming who a collective or club is of, or in a welcome's list. The same word aimed at the reader,
 * denied, hated, framed with contempt or put in a call stays removed. Through the scorer as it ships.
 */

describe('said of the writer after "I am" or "we are"', () => {
  keeps([
    'Aktivistin für Behindertenrechte. Ich bin Krüppel und nenne mich selbst so.',
    'Aktywistka na rzecz praw osób z niepełnosprawnością. Jestem kaleką i sama tak o sobie mówię.',
    'Ativista pelos direitos das pessoas com deficiência. Sou aleijada, e a palavra é minha.',
    'Somos bolleras, somos feministas y estamos en todas partes.',
    'Ich bin eine stolze Kampflesbe und Grundschullehrerin.',
    'Sono un frocio orgoglioso e un pessimo cuoco.',
    'Je suis une gouine, une prof et une cycliste.',
    'Ik ben een trotse pot en juf van groep 3.',
    'Я гордый пидор и программист.',
  ]);
  removes(['No soy marica, que quede claro.', 'Não sou sapatão.', 'Nie jestem pedałem.', 'Du bist ein Krüppel.', 'Jij bent een vieze flikker.', 'Você é um aleijado inútil.']);
});

describe("a proud label opening the bio's clause", () => {
  keeps([
    'Bollera orgullosa, maestra y tía de dos sobrinos. El club de lectura LGTB es los jueves.',
    'Gouine fière, prof et tata gâteau. Notre club de lecture LGBT, c\'est le jeudi.',
    'Dumna lesba, nauczycielka i ciocia. Nasz klub książki LGBT spotyka się w czwartki.',
    'Sapatão com orgulho, professora e tia coruja. Nosso clube do livro LGBT é às quintas.',
    'Mariquita orgullosa y enfermera de noche.',
    'Orgullosamente marica y diseñador gráfico.',
    "Fière d'être gouine et boulangère à Nantes.",
  ]);
  // Pride said to the reader, hatred of the proud, a bare slur opening a call or a threat.
  removes([
    'Eres una bollera orgullosa y das asco.',
    'Odio a las bolleras orgullosas.',
    'Schwuchteln raus aus unserem Kiez.',
    'Froci fuori dal quartiere.',
    'Maricas orgullosos, os vamos a matar a todos.',
    'Stolze Schwuchteln gehören vergast.',
  ]);
});

describe('who a collective, club or space is of', () => {
  keeps([
    'Colectivo de maricas, bolleras y trans del barrio. Aquí cabemos todes.',
    'Collectif de pédés, de gouines et de personnes trans du quartier. Tout le monde est bienvenu.',
    'Queeres Kollektiv von Schwuchteln, Lesben und trans Menschen aus dem Kiez. Alle willkommen.',
    'Collettivo di froci, lesbiche e persone trans del quartiere. Qui c\'è posto per tutti.',
    'Queer collectief van flikkers, potten en trans mensen uit de wijk. Iedereen welkom.',
    'Kolektyw pedałów, lesb i osób trans z dzielnicy. Wszyscy mile widziani.',
    'Espaço para sapatões e bichas da zona norte.',
    'Jesteśmy grupą lesb i pedałów z Gdańska, gramy w planszówki.',
  ]);
  // Contempt beside the word, a collective to be burned, a welcome denied.
  removes(['Colectivo de maricas de mierda.', 'Grupo de maricas que habría que quemar.', 'Los maricas no son bienvenidos en mi barrio.', 'Flikkers horen hier niet.']);
});

describe('a welcome that lists who is welcome', () => {
  keeps([
    'Welcome to our LGBTQ+ collective, run by queers, for queers. Fags, dykes, trans folks and allies all welcome.',
    'Maricas, bolleras y trans bienvenides.',
    'Schwuchteln, Lesben und trans Leute willkommen!',
  ]);
  // Denied, or welcomed to a pyre or a gas chamber.
  removes([
    'Schwuchteln nicht willkommen.',
    'Maricas, bolleras y trans no son bienvenidos aquí.',
    'Maricas bienvenidos a nuestra hoguera.',
    'Schwuchteln willkommen in unserem Gaskammer.',
    'Fags, dykes and trannies welcome to burn in hell.',
  ]);
});
