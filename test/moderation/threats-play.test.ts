import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Trash talk (session 22, marked-as-play.ts): a threat with a laugh right after it ("😂", "lol", "xD", "jaja",
 * "kkkk", "mdr", "ахаха", "www") in a bio that names a game or a match is play. A smile or anger is no laugh, a
 * laugh without a game is no play, and a threat that reaches the home, the family or the body past the game
 * stays one. Each line is written for its class, none is a data set's row.
 */
async function threatens(value: string): Promise<boolean> {
  const { reasons } = await rules(value, { policy: { multilingual: true } });
  return reasons.some((r) => r.category === 'harassment/threatening' || r.category === 'violence' || r.category === 'hate/threatening');
}

describe('a threat laughed off in a gamer\'s bio is play', () => {
  it.each([
    ['en', 'Gamer since 2005 🎮 Warzone duo. I will destroy you tonight xD'],
    ['pl', 'Polski gracz, CS:GO od lat 🎮 Dziś wieczorem was rozwalę 😄'],
    ['pl', 'Zabiję cię xD gram w LoL codziennie'],
    ['es', 'Main support en LoL. Los voy a matar a todos jaja 😂'],
    ['es', 'Te voy a matar jajaja 😂 Juego FIFA todas las noches'],
    ['pt', 'Gamer de Fortnite. Vou matar todos vocês kkkkk 😂'],
    ['pt', 'Vou te matar kkkkk 🎮 jogador de Free Fire'],
    ['fr', 'Joueur de LoL depuis 2015. Je vais te tuer mdr'],
    ['it', 'Ti ammazzo ahahah 😂 giocatore di FIFA'],
    ['nl', 'Ik maak je af haha 😂 potje Fortnite vanavond?'],
    ['de', 'Ich bring dich um 😂 Zocker seit 2010, Warzone'],
    ['ru', 'Я тебя убью ахаха 😂 играю в доту по вечерам'],
    ['tr', 'Seni öldüreceğim hahaha 😂 Valorant oynuyorum'],
    ['ar', 'سأقتلك ههههه 😂 ألعب فيفا كل ليلة'],
    ['zh', '我要杀了你哈哈哈 😂 天天打游戏'],
    ['ja', 'お前を殺すぞwww 毎日ゲームしてる'],
  ])('%s: %s', async (_lang, value) => {
    expect(await threatens(value)).toBe(false);
  });
});

describe('a smile, no game, or a threat past the game stays a threat', () => {
  it.each([
    ['en', 'anger', "I'll find you and kill you 😡"],
    ['en', 'a smile', 'I know where you live 🙂'],
    ['en', 'a laugh, no game', 'I know where you live lol'],
    ['en', 'the home, in a gamer\'s bio', 'Ranked player. I know where you live lol'],
    ['en', 'the home burnt, in a gamer\'s bio', "Gamer 🎮 Fortnite. I'll burn your house down tonight 😂"],
    ['en', 'a group, in a gamer\'s bio', "Gamer 🎮 CoD. I'm gonna kill all the Jews lol"],
    ['es', 'a smile, in a gamer\'s bio', 'Gamer de FIFA. Te voy a matar 🙂'],
    ['es', 'a laugh, no game', 'Te voy a matar jajaja 😂'],
    ['es', 'the home, in a gamer\'s bio', 'Jugador de FIFA. Sé dónde vives y te voy a matar jaja'],
    ['pt', 'rape, in a gamer\'s bio', 'Jogador de FIFA. Vou estuprar você kkkk'],
    ['fr', 'anger, in a gamer\'s bio', 'Joueur de LoL. Je vais te tuer 😡'],
    ['fr', 'the home', 'Je vais te tuer mdr, je sais où tu habites'],
    ['de', 'the home, in a gamer\'s bio', 'Zocker seit 2010. Ich weiß wo du wohnst und ich bring dich um 😂'],
    ['pl', 'a laugh, no game', 'Zabiję cię xD'],
    ['ru', 'a laugh, no game', 'Я тебя убью ахаха'],
    ['ar', 'a laugh, no game', 'سأقتلك ههههه'],
    ['ar', 'the home burnt, in a gamer\'s bio', 'سأحرق بيتك ههههه 😂 ألعب فيفا'],
    ['zh', 'the whole family, in a gamer\'s bio', '我要杀了你全家哈哈哈 😂 天天打游戏'],
    ['zh', 'a smile, in a gamer\'s bio', '我要杀了你 🙂 天天打游戏'],
  ])('%s, %s: %s', async (_lang, _why, value) => {
    expect(await threatens(value)).toBe(true);
  });
});
