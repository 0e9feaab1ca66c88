import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Japanese, Mandarin (characters and pinyin) and Arabizi left by session 30 (issue 17): a beast said of a group at
 * the end of a Japanese sentence; Mandarin calls for a group's suffering as the object of a causative; pinyin run
 * together and the initials of abuse; Arabizi threats and insults to "you". Each with its innocent twins, the same
 * frame with harmless content.
 */
describe('Japanese: a beast said of a group where its sentence ends', () => {
  removes([
    '黒人は猿だ', // nothing after the predicate
    '韓国人は動物だ',
    '黒人なんて猿だ',
    '中国人は豚だ',
    '女なんて所詮豚', // the bare noun after the topic
    '黒人は猿だｗｗｗ', // laughter before the end
  ]);
  keeps([
    '動物園で見たのは猿だった', // a monkey that was seen
    'あれは猿だね、かわいい',
    '在日の友達と飼っているのは猿です', // a cleft sentence: what is kept is a monkey
    '韓国人の妻の干支は猿', // her zodiac sign
    '韓国人の友達の好物は豚です', // his favourite food
    '彼女は猿が大好き。彼女の干支は猿', // 彼女 (she) is no group
    '猿田彦珈琲が好きです',
  ]);
});

describe('Mandarin: a group made to suffer', () => {
  removes(['让那些黑人受苦', '必须让这些穆斯林付出代价', '让所有同性恋吃苦头', '我们要让移民都受苦', '让那些老外好好受苦']);
  keeps([
    '帮助受苦的难民', // refugees who suffer
    '不要让难民受苦',
    '我们不能让那些难民继续受苦',
    '让那些难民不再受苦', // no longer
    '让难民免受苦难', // spared
    '让那些欺负残疾人的人付出代价', // those who bully them pay
    '让移民的孩子不再吃苦头',
  ]);
});

describe('pinyin run together, and the initials of abuse', () => {
  removes([
    'heirenshilaji',
    'nimen heirendoushilaji',
    'tongxinglianshilaji',
    'heiren dou shi lj', // initials in a pinyin text
    '黑人都是lj', // and among characters
    '同性恋都是sb',
    '你是sb',
    'nmsl',
    'cnm 你个傻子',
  ]);
  keeps([
    'heiren yinyue hen hao ting', // black music sounds good
    'nihaowojiaoxiaoming',
    'banana',
    'ask sb for help', // somebody
    'LJ Smith wrote the books',
    'CNM certified nurse midwife',
    'NMB Bank Nepal',
    '我在NMB银行工作', // a bank's initials
    '你好我是sb公司的', // a company's
    'nmsl是什么意思？别用这种词', // the word asked about
  ]);
});

describe('Arabizi: threats and insults to "you", with digits and without', () => {
  removes([
    'ana ha2tlak',
    'ana hatlak',
    'hadba7ak',
    'hadbahak',
    'ra7 e2tlak',
    'wallahi la2tlak',
    'haksar rasak',
    'enta mayet',
    'ro7 mot',
    'ya rab tmoot',
    'ya 7mar',
    'ya hmar',
    'enta ghabi',
    'ya ibn el kalb',
    'kosomak',
  ]);
  keeps([
    'ana ba7eb el kora',
    'ya 7abibi',
    'ya kalbi', // my heart
    '3andi kalb esmo max', // my dog is called Max
    'enta mayet men el da7k', // dying of laughter
    'enta mayet 3aleya', // mad about me
    'ha2ablak bokra', // I'll meet you tomorrow
    'ya rab tenja7',
    'Hamar from Norway',
    'Ha! Talk to you later, hotel booking is weak',
    'int main() { return 0; }',
  ]);
});
