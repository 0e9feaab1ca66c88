import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Innocent bios from session 34's probe (588 About sections in 14 languages): a helpline's toll-free number, a village
 * whose name spells a swear word, actors' wish of luck, a writer's own clumsy deed, a pest controller's kill, a defence
 * lawyer's charges, a historian's subject and a Dalit rights worker's report. Each beside harmful twins in the same frame that stay removed.
 */

describe("a toll-free number is a service's line, not a member's contact", () => {
  keeps([
    'Ehrenamtlich bei der Telefonseelsorge. Wenn du daran denkst, dich umzubringen: 0800 1110111. Du bist nicht allein.',
    'Волонтёр телефона доверия. Если думаешь о самоубийстве, позвони 8-800-2000-122. Ты не один.',
  ]);
  removes(['Ruf mich an: 0151 23456789, ich warte.', 'Звони мне: 8-916-123-45-67', 'Ligue para mim: (11) 98765-4321']);
});

describe('a village named as the place one is from', () => {
  keeps(['Geboren in Fucking, heute wohnhaft in Kotzen. Ja, die Orte gibt es wirklich.', 'Urodzony w Kurwiu, mieszkam w Pupkach. Tak, te wsie naprawdę istnieją.']);
  removes(['I live in fucking hell, fuck you all.', 'Urodzony w Krakowie, ty kurwo.', 'Wohnhaft in Berlin, fick dich.']);
});

describe("actors' wish of luck before a premiere", () => {
  keeps(['Merda pra você na estreia! Diretor de teatro amador.', 'Muita merda pra todo o elenco!']);
  removes(['Merda pra você, seu lixo.', 'Vai à merda, seu idiota.']);
});

describe("the writer's own clumsy deed, told in a relative clause", () => {
  keeps([
    "I'm the idiot who locked her keys in the car twice this week. Librarian, knitter, tea addict.",
    "I'm a clumsy idiot who trips over his own shoelaces.",
  ]);
  removes(["You're the idiot who locked her keys in the car.", "I'm the one who thinks you're an idiot.", "I'm the idiot who married you, you worthless moron."]);
});

describe("a pest controller's kill and a defence lawyer's charges", () => {
  keeps(['عامل مكافحة حشرات. أقتل الفئران والصراصير والدبابير وأنام مرتاحاً.', '刑事辩护律师。我为被控杀人和强奸的人辩护，因为每个人都有权得到辩护。']);
  removes(['سأقتلك.', 'راح أقتل جاري وأنام مرتاح.', '我要强奸你。', '我被控杀人，我还会强奸你们。']);
});

describe('an event a historian studies, named as a noun', () => {
  keeps([
    "Historien de la Shoah. Je travaille sur la rafle du Vél d'Hiv et la déportation des Juifs de France.",
    'Historiadora. Investigo la deportación de los judíos de Salónica.',
    'Ich forsche zur Deportation der Juden aus Frankfurt.',
  ]);
  // Not studied: a slogan, a wish, "how to", a solution, "again".
  removes([
    'Déportation des Juifs !',
    'Je veux la déportation des Juifs.',
    "J'étudie comment tuer les Juifs.",
    'La déportation des Juifs est la seule solution.',
    'Je travaille sur la déportation des Juifs et il faut recommencer.',
  ]);
});

describe('Hindi violence told as done by a named agent', () => {
  keeps(['दलित अधिकार कार्यकर्ता। हम उन परिवारों के साथ हैं जिनके बेटों को ऊँची जाति के लोगों ने मार डाला।']);
  // The imperative, spelt with the same consonants; a report followed by a call; approval; "should again".
  removes([
    'दलितों को मार डालो।',
    'मुसलमानों ने हमारे लोगों को मार डाला, अब सब मुसलमानों को मार डालो।',
    'उन्होंने दलितों को मार डाला और अच्छा किया।',
    'दलितों को फिर से मार दिया जाना चाहिए।',
  ]);
});
