import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Innocent bios from session 33's probe (630 About sections in 14 languages, /tmp/s33/innocent-bios): a historian's
 * genocide told with its perpetrators, a gamer's trash talk placed in the game, a village whose name spells a swear
 * word, a helpline's condition, a sex educator's topics, a lawyer's for children abused, a metal genre and inclusive spellings of a group. Each class
 * beside harmful twins in the same frame that must stay removed. Through the scorer as it ships.
 */

describe('a genocide told in the past with its perpetrators named is history', () => {
  keeps([
    'Historiador del Holocausto. Investigo cómo los nazis exterminaron a los judíos en Auschwitz.',
    'Storico della Shoah. Studio come i nazisti sterminarono gli ebrei ad Auschwitz.',
    'Historiker des Holocaust. Ich forsche dazu, wie die Nazis die Juden in Sobibor vergast haben.',
    'Историк Холокоста. Изучаю, как нацисты уничтожали евреев в газовых камерах.',
    '历史学者，研究纳粹如何在毒气室屠杀犹太人。',
    'Naziści mordowali Żydów w Treblince.',
  ]);
  // A call, a wish or "again" in the sentence, or no perpetrator told: read as before.
  removes([
    'Hay que exterminar a los judíos como hicieron los nazis.',
    'Die Nazis haben die Juden vergast, wir machen das wieder.',
    'Die Nazis hätten alle Juden vergasen sollen.',
    'Les nazis ont exterminé les Juifs, et ils avaient raison.',
    'Надо уничтожить евреев, как нацисты.',
    'Евреев в газовых камерах.',
    '我们应该像纳粹一样屠杀犹太人。',
  ]);
});

describe("a gamer's trash talk placed in the game", () => {
  keeps([
    'Streamer de Fortnite y Valorant. Os voy a matar a todos en la partida, noobs 😂 gg',
    'ستريمر كول أوف ديوتي. راح أقتلكم كلكم في الرانكد يا نوبز 😂 gg',
    'Vou matar todo mundo na partida, noobs kkkk',
    'Vi ammazzo tutti in ranked, niubbi 😂',
  ]);
  // Placed at home, after the game, or nowhere: a threat.
  removes(['Te voy a matar a todos en tu casa, noobs', 'Te voy a matar después de la partida', 'راح أقتلكم كلكم يا نوبز', 'Vou te matar na tua casa, noob', 'Ti ammazzo sotto casa tua.']);
});

describe('a village or town whose name spells a swear word, named as the place one lives in or comes from', () => {
  keeps([
    'Abito a Figline, sono nato a Troia (provincia di Foggia). Sì, esiste.',
    'Ik woon in Monster, geboren in Hoerenbos. Zoek maar op.',
    'Mieszkam w Pupkach, a urodziłem się w Kurwiu. Serio.',
    'Main Chutia gaon se hoon, Assam mein. Haan, sach mein.',
    'Vivo a Bastardo, in Umbria.',
  ]);
  // Not capitalised as a name, or said to someone beside the place.
  removes(['Sei una troia.', 'Sono nato a Troia e tu sei una troia.', 'Ty kurwo.', 'Tu chutiya hai.']);
});

describe('Japanese "could die for" and a helpline asking if you feel so', () => {
  keeps([
    '美味しいラーメンのためなら死ねる。教師、旅好き。',
    'いのちの電話のボランティア。死にたい、自分を傷つけたいと思ったら電話してください。',
    '心理援助热线志愿者。如果你想自杀或伤害自己，请打电话给我们，我们在听。',
  ]);
  removes(['お前なんか死ね。', '死にたい、誰か助けて。', '我想自杀，我想伤害自己。']);
});

describe("a sex educator's topics, a metal genre and a group's inclusive spelling", () => {
  keeps([
    'Sexualpädagogin. Ich rede mit Jugendlichen über Sex, Verhütung, Pornos und Einvernehmlichkeit.',
    'Seksuoloog en seksuele voorlichter. Ik praat met jongeren over seks, porno en toestemming.',
    'Bassiste de Charogne, groupe de black metal de Nantes. Nouvel album « Égorgés » en mars.',
    'Ich organisiere den queeren Stammtisch in Leipzig 🏳️‍🌈 Schwule, Lesben, Trans*: alle willkommen.',
    '彩虹小组组织者🏳️‍🌈 同性恋、双性恋、跨性别都欢迎。',
  ]);
  removes([
    'Sex educator. Send me nudes and I will send you my porn videos.',
    'Ich verkaufe Pornos, schreib mir.',
    'Les Noirs sont des charognes.',
    'Du bist eine Transe.',
    '跨性别者不配得到尊重。',
  ]);
});

describe("a crime against children named as the topic of a member's work", () => {
  keeps(['Lawyer for victims of rape, domestic abuse and child sexual abuse. Free first consultation.', 'Researcher on child sexual abuse prevention.']);
  // The writer's own liking, a sale, or no work named: read as before.
  removes(['Lawyer for victims. I love child sexual content, dm me.', 'I sell child sexual abuse videos.', 'Child sexual abuse is fun.']);
});
