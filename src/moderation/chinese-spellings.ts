import { READ_ALIKE, READING } from './chinese-readings.js';
import { escapeRegExp } from './regex-literals.js';

/**
 * The ways Mandarin hate hides one character of a word from filters, read back for every word of the
 * grammar rather than for the few a list would spell out:
 * - the character in pinyin ("肮zang", "hei人");
 * - a homophone ("鹅心" for 恶心, "拉鸡" for 垃圾): any common character read the same, tones aside;
 * - the character split into its components, side by side ("忄生" for 性, "歹戋" for 残).
 * One character per word: two changed make another word. Homophones are not read in words that hold
 * a function character (不是人 → 不是认, as in 不是认真), where a sound-alike is an ordinary phrase.
 */

/** Characters written as their two components, left and right or top and bottom, as members split them. */
const COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  性: ['忄生'], 妇: ['女彐'], 娘: ['女良'], 们: ['亻门'], 恋: ['亦心'], 基: ['其土'], 佬: ['亻老'], 男: ['田力'], 拉: ['扌立'],
  黑: ['里灬', '㓐灬'], 穆: ['禾㣎'], 斯: ['其斤'], 林: ['木木'], 教: ['孝攵'], 徒: ['彳走'], 绿: ['纟录'], 犹: ['犭尤'], 移: ['禾多'],
  难: ['又隹'], 残: ['歹戋'], 疾: ['疒矢'], 障: ['阝章'], 废: ['广发'], 跨: ['足夸', '𧾷夸'], 别: ['另刂'], 者: ['耂日'], 变: ['亦又'],
  外: ['夕卜'], 国: ['囗玉'], 住: ['亻主'], 洲: ['氵州'], 种: ['禾中'], 洋: ['氵羊'], 炮: ['火包'], 妖: ['女夭'], 椅: ['木奇'], 狗: ['犭句'],
  哑: ['口亚'], 聋: ['龙耳'], 维: ['纟隹'], 吾: ['五口'], 伊: ['亻尹'], 盲: ['亡目'], 双: ['又又'],
  恶: ['亚心'], 垃: ['土立'], 圾: ['土及'], 物: ['牛勿', '牜勿'], 蟑: ['虫章'], 螂: ['虫郎'], 畜: ['玄田'], 贱: ['贝戋'], 讨: ['讠寸'],
  厌: ['厂犬'], 憎: ['忄曾'], 恨: ['忄艮'], 鄙: ['啚阝'], 视: ['礻见'], 渣: ['氵查'], 婊: ['女表'], 肮: ['月亢'], 脏: ['月庄'], 猪: ['犭者'],
  蛆: ['虫且'], 低: ['亻氐'], 劣: ['少力'], 智: ['知日'], 痴: ['疒知'], 杂: ['九木'], 粪: ['米共'], 屎: ['尸米'], 滚: ['氵衮'], 瘟: ['疒昷'],
  疫: ['疒殳'], 病: ['疒丙'], 瘤: ['疒留'], 祸: ['礻呙'], 烂: ['火兰'], 吸: ['口及'], 蠢: ['春虫虫'], 配: ['酉己'], 值: ['亻直'],
  消: ['氵肖'], 铲: ['钅产'], 除: ['阝余'], 驱: ['马区'], 赶: ['走干'], 烧: ['火尧'], 枪: ['木仓'], 毙: ['比死'], 淹: ['氵奄'], 打: ['扌丁'],
  绞: ['纟交'], 吊: ['口巾'], 埋: ['土里'], 砍: ['石欠'], 捅: ['扌甬'], 掉: ['扌卓'], 炸: ['火乍'],
};

/** Words with these have ordinary phrases for sound-alikes: negations, "is", "have", particles, pronouns ("我恨", 我很). */
const FUNCTION = /[不没无别非未莫勿是有的了很太都也就还比更最在对把被给让我你他她它们]/u;
/**
 * The most used characters are never read as a homophone: "一类" is "one kind", not 异类; a member who
 * hides a word picks a rarer sound-alike ("鹅心").
 */
const EVERYDAY = new Set('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很老最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化');

const HAN = /\p{Script=Han}/u;

/** A regular expression source for a grammar word and the spellings of it with one character hidden. */
export function chineseSpellings(word: string): string {
  const chars = [...word];
  const alike = !FUNCTION.test(word) && chars.length >= 2;
  const spellings = chars.flatMap((c, i) => {
    if (!HAN.test(c)) return [];
    const reading = READING[c];
    const others = [
      ...(reading && chars.length >= 2 ? [reading] : []),
      ...(COMPONENTS[c] ?? []),
    ].map(escapeRegExp);
    const sounds = alike && reading ? soundAlikes(c, reading) : '';
    const [before, after] = [escapeRegExp(chars.slice(0, i).join('')), escapeRegExp(chars.slice(i + 1).join(''))];
    // A homophone first is left to chineseSoundsFirst: an alternative that opens with a class of
    // characters is tried at every position of the text.
    const homophone = sounds && i > 0 ? [`${before}[${sounds}]${after}`] : [];
    return [...(others.length === 0 ? [] : [`${before}(?:${others.join('|')})${after}`]), ...homophone];
  });
  return [escapeRegExp(word), ...spellings].join('|');
}

/**
 * The spellings of a word with its first character a homophone ("鹅心"), or undefined: searched only
 * near a group word, since an alternative opening with a class of characters is tried at every position
 * (over a whole segment they made Mandarin segments that name a group three times as slow to read).
 */
export function chineseSoundsFirst(word: string): string | undefined {
  const [first, ...rest] = [...word];
  const reading = first && READING[first];
  if (FUNCTION.test(word) || rest.length === 0 || !reading) return undefined;
  const sounds = soundAlikes(first, reading);
  return sounds ? `[${sounds}]${escapeRegExp(rest.join(''))}` : undefined;
}

/** The characters a member may write for `c` (read `reading`): rarer ones read alike, none of them a function word. */
function soundAlikes(c: string, reading: string): string {
  return [...(READ_ALIKE[reading] ?? '')].filter((s) => s !== c && !EVERYDAY.has(s) && !FUNCTION.test(s)).join('');
}
