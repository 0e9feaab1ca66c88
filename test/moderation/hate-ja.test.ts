import { describe, expect, it } from 'vitest';
import { doc, isHate as hate, rules, text } from './docs.js';

/**
 * Japanese hate against protected groups (SCRIPT_GRAMMARS.ja), read where kana are: each class with a
 * harmful sentence and innocent ones that share its words. Sentences written for these tests (none is an
 * eval row).
 */

describe('Japanese classes', () => {
  it.each([
    ['expulsion', '在日は日本から出て行け'],
    ['a call to kill', '朝鮮人を殺せ'],
    ['a dehumanising noun', '外国人はゴキブリだ'],
    ['contemptible attributes', '女は馬鹿で役に立たない'],
    ['disgust and a death wish', 'ホモは気持ち悪い、死ね'],
    ['worth denied', '障害者は生きる価値がない'],
    ['vermin, then a call to exterminate', '難民は害虫だ、駆除しろ'],
    ['humanity denied', '黒人は人間じゃない'],
    ['a slur and filth', '支那人は汚い'],
    ['a comparison with vermin', '移民はゴキブリのような存在だ'],
    ['rights denied', '女には人権なんてない'],
    ['"not X but Y": the second insult stands', '在日はゴキブリなんかじゃない、ダニだ'],
    ['"every last one": a negation that denies nothing', '朝鮮人は一人残らず殺せ'],
    ['half-width katakana', 'ｶﾞｲｼﾞは死ね'],
    ['reduced to a breeding machine', '女は子供を産む機械だ'],
    ['a contemptible attribute as a phrase', '黒人は頭が悪い'],
    ['dislike said of the group right before it', '在日が大嫌い'],
    ['monkeys, the kanji said as what they are', '黒人は猿と同じだ。'],
    ['beasts, lower than', '同性愛者は動物以下だ。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a friend who is Zainichi', '在日韓国人の友達と料理教室をしています'],
    ['monkeys seen with a friend, and a coffee shop named for them', '黒人の友達と猿を見に行った。猿田彦珈琲で働いています。'],
    ['a monkey that was seen, in the past', '見たのは猿だった、と黒人の子が言った。'],
    ['a vet who loves animals', '女性の獣医です。動物が大好きです。'],
    ['a guide for foreign tourists', '外国人観光客のガイドをしています'],
    ['pest control as a trade', 'ゴキブリ駆除の仕事をしています'],
    ['pest control, with foreign staff', '害虫駆除なら外国人スタッフもいる当社へ'],
    ['rubbish sorted, for foreign tourists', '外国人観光客の皆さん、ゴミはゴミ箱へ'],
    ['a pig-shaped money box', '女性のお客様にはブタの貯金箱をプレゼント'],
    ['gas is not scum (ガス is read with its voicing)', 'ガス料金の計算方法を外国人向けに説明します'],
    ['she (彼女) is not women (女)', '彼女はバカだ'],
    ['the U.S. forces in Japan', '在日米軍は出て行け'],
    ['the idiom "made fun of"', '外国人だから馬鹿にされるのはおかしい'],
    ['the intensifier "too" (バカ丁寧)', '外国人に道を聞かれて、バカ丁寧に答えてしまった'],
    ['a cockroach seen', '外国人の友達がゴキブリを見て叫んだ'],
    ['dislike of something else', '女性は虫が嫌いな人が多い'],
    ['the history of a genocide', 'ユダヤ人がガス室で殺された歴史を学ぶ'],
    ['a duty to protect rights', '障害者の方が生きる権利を守らないといけない'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Japanese constructions', () => {
  it.each([
    ['a group named, then "they" derogated in the next sentence', '外国人が多すぎる。あいつらはゴキブリだ。'],
    ['a negated question that asks for agreement', '在日は犯罪者じゃないか？'],
    ['a negation in another clause does not govern', '外国人なんか日本にいらない、出て行け'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a negation just after what is said', '移民は犯罪者ではない'],
    ['a negated insult, polite', '難民は害虫ではありません'],
    ['a call negated', '外国人を殺すな'],
    ['counter-speech: a quoted slogan opposed', '「在日は出て行け」というヘイトスピーチに反対します'],
    ['counter-speech: a prejudice fought', '「女は馬鹿だ」という偏見と戦っています'],
    ['counter-speech: the idea called wrong', '障害者が生きる価値がないなんて、絶対に間違っている'],
    ['a report of being told it', '女性は気持ち悪いと言われて傷ついた経験があります'],
    ['the speaker\'s own group', '私はトランスジェンダーとして、毎日を大切に生きています'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Japanese is read by its kana', () => {
  it('reads a Japanese button label in an English About', async () => {
    const about = doc(text('Hi, I make pottery in Osaka.'), text('在日は出て行け', 'nodes[1].buttonData.text', 'button'));
    expect((await rules(about, { policy: { multilingual: true } })).reasons.some((r) => r.category === 'hate/threatening')).toBe(true);
  });

  it('leaves a segment without kana to the Mandarin grammar, in a Japanese About too', async () => {
    const cell = (value: string) => doc(text('外国人の友達と料理教室をしています'), text(value, 'nodes[1].tableData.cells[0]', 'table cell'));
    expect((await rules(cell('外国人は犯罪者だ'), { policy: { multilingual: true } })).reasons.some((r) => r.category === 'hate')).toBe(true);
    expect((await rules(cell('外国人犯罪者统计'), { policy: { multilingual: true } })).reasons.some((r) => r.category === 'hate')).toBe(false);
  });
});
