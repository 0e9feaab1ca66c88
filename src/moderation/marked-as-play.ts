import { fold } from './lexicons/index.js';
import { normalise } from './normalise.js';
import { GAMES } from './word-lists.js';

/**
 * A threat marked as play: a laugh right after it and a game or match named in the same text. A gamer's
 * "dziś wieczorem was rozwalę 😄" or "I'm gonna destroy you all tonight 😂 #fortnite" is trash talk; "I'll
 * find you and kill you 😡" and "I know where you live 🙂" are not (a smile or anger is no laugh). Nor is any
 * threat that reaches past the game, laugh or not: the home, the family, rape, a search for the person ("I'll
 * burn your house down lol", "sé dónde vives jaja"). Read on the detectors' texts: the threat grammars' folded
 * text and the phrase detectors' normalised one, which differ on kana and Korean letters, so every word is
 * written in both forms.
 */
export function markedAsPlay(text: string, from: number, to: number): boolean {
  const after = LAUGH_AFTER.exec(text.slice(to, to + 48));
  return after !== null && !PAST_THE_GAME.test(text.slice(Math.max(0, from - 24), to + after[0].length)) && gameNamed(text);
}

/** Whether the text names a game, asked once a text: a text of many laughed-off threats is read for games once. */
let lastText = '';
let lastNamed = false;
function gameNamed(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastNamed = GAME_NAMED.test(text);
  }
  return lastNamed;
}

/** Each word as both readings write it, as one alternation. */
const readings = (words: readonly string[]) => [...new Set(words.flatMap((w) => [fold(w), normalise(w).text]))].join('|');
/** Words that stand as words, and words of scripts written without spaces (Japanese, Chinese), which stand anywhere. */
const wordsOrInside = (spaced: string, unspaced: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{M}])(?:${spaced})(?![\\p{L}\\p{M}])|${readings(unspaced)}`, 'u');

/**
 * Laughter in writing, each language's: emoji of laughing or a grin (not 🙂, 😊 or 😉: a smile), lol, xD,
 * haha, jaja (es), kkkk and rsrs (pt), mdr and ptdr (fr), 555 (th), www, 草 and 笑 (ja), 哈哈 (zh), ㅋㅋ (ko),
 * хаха (ru), ههه and خخخ (ar).
 */
const LAUGHS = readings(['😂', '🤣', '😆', '😄', '😁', '😅', '😜', '😝', '🤪', '😹', '😛', 'ㅋㅋ', '哈哈', '草', '笑']);
/** ":D" is read by the phrase detectors only: the threat grammars read a colon as a space. */
const LAUGH_WORDS = 'xd+|:d|:p|lo+l|lmf?ao+|rofl|a?(?:ha){2,}h?|(?:ah){2,}a?|(?:he){2,}|(?:ja){2,}j?|(?:je){2,}|(?:hi){2,}|k{3,}|(?:rs){2,}|mdr+|ptdr+|5{3,}|w{2,}|(?:ха){2,}|(?:ах){2,}а?|(?:хи){2,}|ه{3,}|خ{3,}';
/**
 * Up to four words (the rest of the threat: "a todos", "you all tonight"), a few signs, then the laugh. Words
 * run together in Japanese and Chinese: up to four of their characters ("杀了你哈哈哈", "殺すぞwww").
 */
const LAUGH_AFTER = new RegExp(`^(?:[\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}ー]{0,4}|(?:[\\s,]+[\\p{L}\\p{M}]+){0,4})[\\s!?.,~]{0,4}(?:${LAUGHS}|(?:${LAUGH_WORDS})(?![\\p{L}\\p{M}\\p{N}]))`, 'u');

/** Home, family, rape and a search for the person, in the languages the threat grammars read: never play. */
const PAST_THE_GAME = wordsOrInside(readings([
  'live', 'lives', 'house', 'home', 'address', 'family', 'kids', 'children', 'wife', 'husband', 'mom', 'mum', 'mother', 'dad', 'father', 'sister', 'daughter', 'rape', 'find', 'track', 'hunt', 'irl', 'real life',
  'vives', 'casa', 'familia', 'hijos', 'madre', 'hermana', 'violar', 'encontrar', 'encuentro', 'buscar',
  'moras', 'família', 'filhos', 'mãe', 'irmã', 'estuprar', 'acho',
  'habites', 'maison', 'famille', 'enfants', 'mère', 'violer', 'trouver', 'trouve',
  'wohnst', 'haus', 'familie', 'kinder', 'mutter', 'vergewaltigen', 'finde',
  'abiti', 'famiglia', 'figli', 'stuprare', 'trovo', 'trovare',
  'woont', 'huis', 'kinderen', 'moeder', 'verkrachten', 'vind',
  'mieszkasz', 'dom', 'domu', 'rodzinę', 'rodzina', 'dzieci', 'matkę', 'zgwałcę', 'znajdę',
  'живешь', 'живёшь', 'дом', 'семью', 'детей', 'мать', 'изнасилую', 'найду',
  'evin', 'evini', 'aileni', 'çocuklarını', 'anneni', 'tecavüz', 'bulacağım',
  'تسكن', 'بيتك', 'عائلتك', 'أمك', 'اغتصب',
]), ['家', '住所', '犯す', '强奸', '找到']);

/**
 * A game or match named: the games players name (GAMES; "lol" only after "in", "en"..., else it is a laugh), a gamer's words, and
 * each language's word for a game, a match or playing.
 */
const GAME_NAMED = wordsOrInside(`${GAMES.replace(/(^|\|)lol(?=\||$)/, '$1(?:in|en|on|na|no|au|im|al|w|в|на) lol|league of legends')}|${readings([
  'gamer', 'gamers', 'gaming', 'game', 'games', 'match', 'ranked', 'squad', 'clan', 'esports', 'pvp', 'lobby', 'twitch', 'streamer', 'pubg', 'free fire', 'roblox', 'dota', 'cs go', 'cs2', 'splatoon', 'chess',
  'juego', 'juegos', 'jugador', 'jugadora', 'partida', 'partido', 'ajedrez',
  'jogo', 'jogos', 'jogador', 'jogadora', 'xadrez',
  'jeu', 'jeux', 'joueur', 'joueuse', 'partie', 'échecs',
  'spiel', 'spiele', 'zocke', 'zocken', 'zocker', 'schach',
  'gioco', 'giochi', 'giocatore', 'partita', 'scacchi',
  'spel', 'spellen', 'speler', 'potje', 'schaken',
  'gra', 'gram', 'gracz', 'graczka', 'mecz', 'szachy',
  'игра', 'игры', 'играю', 'игрок', 'матч', 'катка', 'шахматы',
  'oyun', 'oyuncu', 'oynuyorum', 'maç', 'satranç',
  'لعبة', 'ألعاب', 'ألعب', 'نلعب', 'مباراة', 'فيفا', 'ببجي',
])}`, ['🎮', '🕹', 'ゲーム', '試合', 'スプラトゥーン', '游戏', '遊戲', '比赛']);
