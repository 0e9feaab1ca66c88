import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/moderation/normalise.js';
import { readPinyinAbuse } from '../../src/moderation/pinyin-abuse.js';
import { readWords } from '../../src/moderation/segment-words.js';
import { keeps, removes } from './docs.js';

/**
 * Mandarin swearing and names for a person written in pinyin, with tones or without, spaced or run together,
 * are read as the characters every rule and lexicon knows (pinyin-abuse.ts). A word of three syllables is
 * read anywhere; one of two and the initials only in Mandarin (characters, or pinyin throughout): beside
 * English they are names and brands. Our own sentences, none from an eval set.
 */
describe('Mandarin abuse in pinyin is read as its characters', () => {
  it.each([
    ['ni shi sha bi', 'ni shi 傻逼'],
    ['ni shi shǎbī', 'ni shi 傻逼'],
    ['caonima', '操你妈'],
    ['cào nǐ mā', '操你妈'],
    ['ni zhe ge wangbadan', 'ni zhe ge 王八蛋'],
    ['ni ge sb', 'ni ge 傻逼'],
    ['你个shabi', '你个傻逼'],
  ])('reads %s', (written, read) => expect(readPinyinAbuse(normalise(written)).text).toBe(read));

  // Given the text's word reading, the text is searched only where a word may start a match: the same readings, the
  // syllables spaced across words (with tone digits, after a digit, before an unrelated word) among them.
  it.each([
    'ni shi sha bi', 'ni shi shǎbī', 'caonima', 'cào nǐ mā', 'ni zhe ge wangbadan', 'ni ge sb', '你个shabi', 'ta ma de sha bi', 'ni ma si le',
    'wo shi 2shabi', 'ni3 ma3 de', 'hun dan ren', 'nmsl', '你好我是sb公司的', 'tame the wang ba dan',
    // Tried only at the places of the words that may start one: several in a text, one ending inside the word the next
    // starts in, and "you", which starts "you tai zhu", in English around one.
    'sha bi sha bi wang ba dan', 'shabiwangbadan', 'ni ma de shabi ni ma de', 'wang ba danshabi', 'you know you tai zhu is a slur, you see',
    'thank you', 'you you you tai zhu', 'si ji lao si ji lao', 'wangbadan6wangbadan', 'caonima6caonima 2caonima',
  ])('reads %s alike through its words', (written) => {
    const n = normalise(written);
    expect(readPinyinAbuse(n, readWords(n.text)).text).toBe(readPinyinAbuse(n).text);
  });

  it('leaves two syllables and initials alone beside English', () => {
    for (const written of ['Rachel Shabi writes for a newspaper.', 'I love SB Dunks.', 'Ni Ma is a Tibetan name.']) {
      expect(readPinyinAbuse(normalise(written)).text).toBe(normalise(written).text);
    }
  });
});

describe('the scorer removes Mandarin abuse written in pinyin', () => {
  removes([
    'ni shi sha bi',
    'ni shi shabi',
    'cao ni ma',
    'caonima',
    'cào nǐ mā',
    'wang ba dan',
    'ni ma de',
    'ta ma de sha bi',
    '你个shabi',
  ]);
});

describe('pinyin names, brands and other languages\' words stay up', () => {
  keeps([
    'Sha Li is my friend from Beijing.',
    'My name is Cao Ni, I teach piano.',
    'Ma Yun and Ma Huateng are famous.',
    'Ni Ma is a Tibetan name meaning sun.',
    'I love SB Dunks and Nike sneakers.',
    'Santa Barbara (SB) is my home town.',
    'Cao Cao was a warlord of the Three Kingdoms.',
    'wo ai ni, ni shi wo de bao bei',
    'ni hao, wo jiao ma li',
    'Shabbat shalom to all my friends.',
    '你好我是sb公司的', // initials that name a company
    '我在NMB银行工作', // and a bank
    'I love sashimi and shabu shabu.',
  ]);
});
