import { join } from 'node:path';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { languageRanker } from '../../src/moderation/lexicons/rank-languages.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';

/** Our languages, as language.ts restricts franc to them. */
const ONLY = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'pol', 'rus', 'arb', 'cmn', 'jpn', 'hin', 'tur'];

/** Texts that read as one language, as another nearly as well, as none, or as a script without models. */
const MADE_UP = [
  'I am so done with this, got my coffee and am off to work',
  'Ich bin Lehrerin und liebe meine Schüler über alles',
  'Je suis développeuse à Lyon, passionnée de montagne',
  'Sou professora em Lisboa e adoro café',
  'Soy de Madrid, me gusta el fútbol y la música',
  'Merhaba, ben İstanbul\'da yaşıyorum ve kahve içmeyi severim',
  'Jestem nauczycielką z Krakowa i kocham góry',
  'Я живу в Москве и люблю читать книги',
  'أنا مهندس من القاهرة وأحب القراءة',
  '我是一名来自上海的设计师，喜欢旅行',
  'こんにちは、東京に住んでいるエンジニアです',
  'मैं दिल्ली में रहता हूँ और मुझे किताबें पसंद हैं',
  'Γεια σας, είμαι από την Αθήνα',
  '서울에 사는 디자이너입니다',
  '12345 67890 !!! ??? ... ---',
  'short',
  '',
  'ok ok ok ok ok ok ok ok ok ok ok ok',
  'Mixed: hola amigo, ciao bella, hello friend, bonjour ami, hallo Freund 🙂🙂',
  // Longer than franc reads, and longer again in lower case ("İ" is two units): every trigram a new one.
  'İzmir İstanbul İİİ qxzj vbwk '.repeat(120),
];

describe('languageRanker', () => {
  const rank = languageRanker(ONLY, 10);

  it('ranks languages exactly as franc-min does, scores to the last bit, on made-up texts in every script', () => {
    for (const text of MADE_UP) expect(rank(text), text).toEqual(francAll(text, { only: ONLY, minLength: 10 }));
  });

  it('ranks every eval row and labeled About (its first 600 characters, as the lexicons ask) as franc-min does', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    let compared = 0;
    for (const set of sets) {
      for (const c of set.cases) {
        const text = c.doc.text.slice(0, 600);
        expect(rank(text), c.id).toEqual(francAll(text, { only: ONLY, minLength: 10 }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(9_000);
  });

  it('ranks with every franc language when none is excluded, beyond 2,048 characters too', () => {
    const all = languageRanker([], 10);
    const long = 'Wir fahren morgen nach Berlin und besuchen das Museum. '.repeat(60);
    for (const text of [...MADE_UP, long]) expect(all(text), text.slice(0, 40)).toEqual(francAll(text, { minLength: 10 }));
  });
});
