import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Innocent bios in the members' other languages (session 29's probe of 282 lines in es, pt, fr, de, it, nl, pl, ru, tr,
 * ar, zh, ja and romanised Hindi): banter about a friend, bands and films whose names are rude or violent, a butcher's
 * work, and local words that spell an insult. Each class with harmful twins in the same frame that must stay removed.
 * Through the scorer as it ships (rules and the text model, multilingual on).
 */

describe('an insult about a friend the writer goes on to love is banter', () => {
  keeps([
    'Mi mejor amigo es un cabrón, pero lo quiero mucho jaja.',
    'Meu melhor amigo é um idiota, mas é o meu idiota favorito haha.',
    "Mon meilleur pote est un gros con mais je l'adore.",
    'Mein bester Freund ist ein Vollidiot, aber ich liebe ihn.',
    'Mijn beste vriend is een idioot, maar ik hou van hem.',
    'Mój najlepszy kumpel to idiota, ale go kocham.',
    'En yakın arkadaşım tam bir salak ama onu çok seviyorum.',
    'My best friend is an idiot, but I love him.',
  ]);
  // No love after it, or said to the reader: read as before.
  removes([
    'Mi vecino es un cabrón y lo odio.',
    'Eres un cabrón, pero te quiero.',
    'Mi mejor amigo es un cabrón, pero tú eres peor, imbécil.',
    'Mein Nachbar ist ein Vollidiot, ich hasse ihn.',
    'Mon voisin est un gros con et je le déteste.',
    'Mijn buurman is een idioot en ik haat hem.',
    'Mój szef to idiota i go nienawidzę.',
    'Komşum tam bir salak, ondan nefret ediyorum.',
    'You are an idiot but I love you.',
  ]);
});

describe("a band named after 'of the' or 'in the' in one word", () => {
  keeps(['Fan du groupe Les Salopards et de Mort aux Vaches.', 'Suono nella band I Bastardi Senza Gloria.']);
  // A group of people, not a band's name (not capitalised), or the insult said to someone beside the name.
  removes(['Tu joues dans un groupe de salopards.', "Le chanteur du groupe Les Salopards, c'est toi le salopard.", 'Fan du groupe Les Salopards, vous êtes des salopards.']);
});

describe('a Mandarin title in title marks or after the work it is', () => {
  keeps(['我最喜欢的电影是杀死比尔，也爱玩使命召唤。', '我喜欢看《杀死比尔》。']);
  removes(['我要杀死你。', '我们要杀死所有移民。']);
});

describe("a butcher's slaughter of sheep and a fisherman's catch in Arabic", () => {
  keeps(['جزار منذ عشرين سنة، أذبح الخراف وأقطع اللحم بنفسي.', 'أنا صياد سمك، أقتل السمك وأبيعه في السوق.']);
  removes(['سأذبحك مثل الخراف', 'سأقتلك وأرميك للسمك', 'سأقتل كل المهاجرين في حارتي.']);
});

describe('local words that spell an insult, read by the lexicons as the place or thing they name', () => {
  keeps(['Wymieniłem pedały w rowerze i jeżdżę codziennie.', 'Nowe pedały rowerowe, jeżdżę codziennie.', 'Ich komme aus Fucking in Oberösterreich, ein kleines Dorf.']);
  // The slur or the insult beside the look-alike is still read.
  removes(['Pedały won z Polski.', 'Mam nowe pedały w rowerze, a wy pedały won z Polski.', 'Ich komme aus Fucking, du Fotze.', 'Siktir git, sik kafalı.']);
});

describe('a title capitalised right after its kind, or in title marks', () => {
  keeps([
    'Meu livro favorito é Ensaio sobre a Cegueira e adoro o filme Bastardos Inglórios.',
    'Il mio film preferito è Bastardi senza gloria.',
    'Люблю фильм Бесславные ублюдки и книгу Идиот.',
    '我最爱的书是《罪与罚》和《白痴》。',
  ]);
  // Not capitalised as a title, said to someone in its sentence, or the insult outside the marks.
  removes(['Questo film è una merda, bastardi.', 'Mi película favorita es Idiota, como tú.', 'Ты идиот, фильм Идиот про тебя.', '《白痴》的作者是个白痴', '你这个白痴']);
});
