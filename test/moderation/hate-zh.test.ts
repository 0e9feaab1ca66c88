import { describe, expect, it } from 'vitest';
import { chinesePinyin, chineseSpellings } from '../../src/moderation/chinese-spellings.js';
import { isHate as hate } from './docs.js';

/**
 * Mandarin hate by the classes session 7 added to the zh grammar, the slur lexicon and the spelling reader,
 * each class with a harmful sentence and an innocent one that shares its words. Sentences written for
 * these tests (none is an eval row).
 */

describe('Mandarin classes', () => {
  it.each([
    ['a dehumanising noun: defective goods', '残疾人都是残次品。'],
    ['a group likened to beasts', '那些移民跟畜生没什么两样。'],
    ['a waste of air', '跨性别者就是在浪费氧气。'],
    ['a contemptible attribute: brainless', '穆斯林个个都是无脑的。'],
    ['nothing worse than them', '没有什么比同性恋更糟糕的。'],
    ['hatred felt, the speaker full of it', '我对你们这些难民充满了仇恨。'],
    ['a pet above them', '我家的猫都比黑人懂事。'],
    ['would sooner die than be with one', '我宁愿死也不跟外国人结婚。'],
    ['their existence a mistake', '女人的存在就是个错误。'],
    ['a good thing denied: a future', '残疾人没有任何未来。'],
    ['violence with the will to do it', '我迟早要掐死那些同性恋。'],
    ['violence said deserved, in the passive', '穆斯林都该被鞭打。'],
    ['wiped out', '我们会让黑人从这里绝迹。'],
    ['normalised violence: "nothing wrong with"', '打死几个难民没什么问题。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['no different from us', '同性恋跟我们没什么两样。'],
    ['a negation of the attribute', '穆斯林一点也不无脑。'],
    ['someone else full of hatred, denounced', '我们必须抵制社会上对难民的仇恨。'],
    ['cats compared with dogs', '我家的猫都比狗安静。'],
    ['"would sooner die" in a promise to protect', '我宁愿死也不会伤害任何女人。'],
    ['praise of what they give', '外国人对社会有很大的贡献。'],
    ['news of violence they suffer', '一名黑人男子被殴打，警方正在调查。'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Mandarin constructions', () => {
  it.each([
    ['a negated yes-or-no question asks for agreement', '你们不觉得女人都很恶心吗？'],
    ['an A-not-A question', '残疾人是不是都是废物？'],
    ['a negation in the clause before does not reach a clause with its own subject', '我不想和穆斯林住在一起，他们太脏了。'],
    ['a group named, then "they" derogated in the same sentence', '我认识几个同性恋，他们都是变态。'],
    ['the group itself the object', '我们要消灭难民'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a negation in the derogation\'s own clause', '我不觉得女人很恶心，她们很好。'],
    ['counter-speech: those who think it', '那些认为穆斯林应该被驱逐的人都错了。'],
    ['counter-speech: the one who thinks it addressed', '如果你认为黑人都是罪犯，那你就是个种族主义者。'],
    ['counter-speech: a claim called nonsense', '有人说同性恋是病，这完全是胡说。'],
    ['a plain question', '你不觉得黑人音乐很棒吗？'],
    // Session 19: the group is the subject of a relative clause before the noun the verb acts on.
    ['a relative clause before its noun: the poverty refugees suffer', '我们要消灭难民所遭受的贫困'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Mandarin slurs', () => {
  it.each([
    ['a slur for Black people', '黑蛆都滚出去。'],
    ['a slur for gay men, unambiguous', '那个屁精又来了。'],
    ['8 March as an insult, aimed at the one addressed', '闭嘴吧，你这个三八。'],
    ['a colour as a slur for Muslims, with contempt', '又是一群绿绿在闹事。'],
    ['glass as a slur for gay men, with contempt', '死玻璃离我远点。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['Women\'s Day', '祝大家三八妇女节快乐！'],
    ['an honorary title', '她是一个三八红旗手。'],
    ['green leaves', '这些绿绿的叶子真好看。'],
    ['a glass', '你这个玻璃杯真漂亮。'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Mandarin spellings', () => {
  it.each([
    ['a whole word in spaced pinyin', '穆斯林都是la ji。'],
    ['pinyin with tone digits', '同性恋让我e4 xin1。'],
    ['pinyin with tone marks', '黑人都是fèi wù。'],
    ['a group word in pinyin', '所有tongxinglian都是垃圾。'],
    ['a character split into its components', '跨性别者都是垃土及。'],
    ['a component written as its whole radical', '黑人都是人氵查。'],
    ['a homophone of the second character', '难民都是人喳。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a pinyin word near no derogation', '我和tongxue一起学习，他们是外国人。'],
    ['pinyin of an ordinary word', '外国人喜欢吃jiaozi。'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });

  it('reads every reading of a character read several ways, and ü as u or v', () => {
    expect(new RegExp(chinesePinyin('女人')!, 'u').test('nvren')).toBe(true);
    expect(new RegExp(chinesePinyin('女人')!, 'u').test('nu ren')).toBe(true);
    expect(new RegExp(`^(?:${chineseSpellings('死了')})$`, 'u').test('死liao')).toBe(true);
    expect(new RegExp(`^(?:${chineseSpellings('死了')})$`, 'u').test('死le')).toBe(true);
  });
});

describe('Mandarin in pinyin', () => {
  it.each([
    ['wholly in pinyin, spaced', 'hei ren dou shi la ji'],
    ['wholly in pinyin, a word run together, tones', 'tongxinglian1 dou gai si'],
    ['two characters of a word in pinyin with tones', '跨xing4 bie2者是我们这个社会的寄生虫。'],
    ['a group word in pinyin, the insult in characters', '我讨厌wai4 guo2人，他们都让我恶心。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['negated, in pinyin', 'hei ren bu shi la ji'],
    ['negated, mixed', '跨xing4 bie2者不是寄生虫。'],
    ['a bio in pinyin: music of black artists', 'Ni hao, wo jiao Li Wei, wo zhu zai Beijing, xi huan hei ren de yin yue.'],
    ['English made of syllables', 'He ran long and then he sang a song.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});
