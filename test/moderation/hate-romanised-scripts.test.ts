import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { ROMANISED_HATE, ROMANISED_INNOCENT } from './hate-romanised-scripts.data.js';

/**
 * Hate in Mandarin, Arabic and Hindi as members type them past a filter (pinyin, homophones, split characters,
 * Arabizi, dialect spellings, Devanagari with or without its vowel signs), beside innocent lines in the same spellings
 * (hate-romanised-scripts.data.ts): through the scorer as it ships. The lines not read yet are listed with why, so the
 * rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // Pinyin run together whose syllables part two ways ("zhenexin": zhe ne xin or zhen e xin).
  'tongxinglianzhenexin',
  // A slur's character written as a syllable another common word shares (穆狗 as "mu狗" is 母狗, a female dog).
  '你们这些穆gou',
  // A homophone for a group word's first character, or for a character the homophones leave out (勿 is a function word),
  // or every character of a word split into its parts.
  '铜性恋都是垃圾',
  '木斯林都是畜生',
  '残疾人都是废勿',
  '犹泰人都不是人',
  '黑人都是土立土及',
  // Arabizi with no digit the skeleton reading waits for, and phrases whose words no grammar holds (a burden, sick).
  'el muhajireen zbalah',
  'kol el yahood lazem yetemo',
  'el mo3a2een 3ala el balad',
  'el mothaleyeen mareed',
  // A letter doubled inside an Arabic word.
  'اليهود كلااب',
  // "Death to X" in Devanagari: मौत without its vowel sign is मत, "do not" ("X को मत मारो").
  'हिजडों को मौत',
  'muslims sab terrorist hote hain yaar',
  // Innocent lines removed: "3ars" (a wedding) read as a threat word by its skeleton, a dog fed read as the insult कुत्ते.
  'el sood fel 3eila 3andohom 3ars',
  'मैंने कुत्ते को खाना दिया',
]);
const read = (rows: ReadonlyArray<readonly [string, string]>) => probeLines(rows, NOT_YET_READ);

describe('hate typed in pinyin, homophones, Arabizi and Devanagari', () => removes(read(ROMANISED_HATE)));
describe('innocent lines in the same spellings', () => keeps(read(ROMANISED_INNOCENT)));

// The constructions read since this probe, each beside the innocent lines that share its words.
describe('a tone 1 the typo reader reads as l, and a character read as members say it', () => {
  removes(['hei1 ren2 dou1 shi4 la1 ji1', 'shei hui gu yong yi ge tong xing lian', 'ying gai sha le nan min']);
  keeps(['shei shuo de? wo bu zhi dao shei lai le', 'la1 ji1 fen1 lei4 hen3 zhong4 yao4', 'sha le? wo dou sha le, bu zhi dao zen me ban']);
});
describe('a slur or a swear word with one character in pinyin, or all of it where its pinyin is no other word', () => {
  removes(['你们这些hei鬼', '死基lao', '你这个niang炮', 'ni men zhe xie hei gui', '这些二椅zi']);
  keeps(['有人yao买吗', '我的老师ji老师很好', '我家的mu狗生了小狗', 'ni hao ji lao shi', '这顿饭的can费是多少']);
});
describe('Arabic written as the dialects say ذ, and who would hire or marry one', () => {
  removes(['اليهود قزرين', 'الشواز مقرفين', 'مين هيشغل واحد معاق', 'محدش هيتجوز لاجئه']);
  keeps(['قدر الله على اللاجئين', 'اللاجئين بيطبخو في قدر كبير', 'المسلمين لهم قدر كبير', 'مين هيشغل الموظف الجديد', 'الفيلم ده مسلي بس الاغاني وحشة', 'اللاجئين لهم حقوق']);
});
describe('Devanagari: worse even than, and who would hire one, asked', () => {
  removes(['औरतें जानवरों से भी बदतर हैं', 'कौन एक दलित को नौकरी देगा', 'कौन किसी हिजड़े को काम देगा?']);
  keeps(['यह मौसम पिछले साल से भी बदतर है', 'सरकार दलितों को नौकरी देगी', 'कौन इस लड़के को नौकरी देगा', 'मुसलमानों ने ईद मनाई']);
});
