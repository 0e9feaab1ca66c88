import { describe, expect, it } from 'vitest';
import { rules } from './docs.js';

/**
 * Harassment aimed at the reader in Polish, Russian, Turkish, Arabic, Mandarin, Japanese and Hindi (session 20,
 * detect-threats-multilingual.ts): names and sneers said to "you", called out, "nobody loves you", "everyone
 * laughs at you", "the world is better without you", "you'll die alone", and the call to kill oneself. Each line
 * is written for its class, none is a data set's row. The innocent ones share the words: the writer mocking
 * themselves, praise, negations, reports and quotes, bullying recalled, farms, recycling, "nobody loves you like
 * I do", and fond teasing.
 */

/** Whether the rules, multilingual ones on, read harassment (or its threats) in the text. */
async function harasses(value: string): Promise<boolean> {
  const { reasons } = await rules(value, { policy: { multilingual: true } });
  return reasons.some((r) => r.category === 'harassment' || r.category === 'harassment/threatening');
}

describe('harassment aimed at "you", by language and class', () => {
  it.each([
    ['pl', 'a name, instrumental', 'Jesteś nikim, wszyscy się z ciebie śmieją.'],
    ['pl', 'a sneer and a vocative', 'Spójrz na siebie w lustro, gruba świnio.'],
    ['pl', 'called out', 'Zamknij się, debilu.'],
    ['pl', '"what a ... you are"', 'Co za żałosny frajer z ciebie.'],
    ['pl', 'the world better without you', 'Świat byłby lepszy bez ciebie.'],
    ['pl', 'told to hang oneself', 'Idź się powieś.'],
    ['pl', 'a band of losers', 'Jesteście bandą nieudaczników.'],
    ['ru', 'a name', 'Ты ничтожество, тебя никто не любит.'],
    ['ru', 'formal you, sneer and name', 'Вы полное ничтожество, уходите.'],
    ['ru', 'the name first', 'Шлюха ты дешёвая.'],
    ['ru', 'called out', 'Проваливай отсюда, лузер.'],
    ['ru', 'nobody needs you', 'Никому ты не нужен.'],
    ['ru', 'better never born', 'Лучше бы ты вообще не рождался.'],
    ['ru', 'told to hang oneself', 'Иди повесься.'],
    ['ru', 'plural names', 'Вы просто жалкие неудачники.'],
    ['ru', 'everyone laughs at you', 'Над тобой весь интернет ржёт.'],
    ['tr', 'the copula of "you"', 'Ailenin yüz karasısın.'],
    ['tr', 'after "sen"', 'Sen tam bir ezik ve zavallısın.'],
    ['tr', 'called out', 'Kes sesini, salak.'],
    ['tr', 'nobody loves you', 'Kimse seni sevmiyor, bunu kabul et.'],
    ['tr', 'the world better without you', 'Sen olmasan dünya daha güzel olurdu.'],
    ['tr', 'told to hang oneself', 'Git kendini as.'],
    ['ar', 'a name after "you"', 'انت فاشل ومحدش بيحبك'],
    ['ar', 'feminine, vowel-marked', 'أنتِ حقيرة ووسخة'],
    ['ar', 'everyone laughs at you', 'الكل يضحك عليك'],
    ['ar', 'the world better without you', 'العالم سيكون أفضل بدونك'],
    ['ar', 'a shame to the family', 'أنت عار على عائلتك'],
    ['ar', 'plural, "a bunch of"', 'انتو شوية زبالة'],
    ['ar', 'told to go die', 'روح انتحر، ما حدا رح يفتقدك'],
    ['ar', 'told to kill oneself and give rest', 'انتحر وريحنا منك'],
    ['ar', 'told to die, feminine', 'موتي وريحينا منك يا شيخة'],
    ['zh', 'a name after the copula', '你就是个废物，没人喜欢你。'],
    ['zh', 'polite you', '您真是个废物。'],
    ['zh', 'called out', '死胖子，滚远点。'],
    ['zh', 'the world better without you', '没有你世界会更好。'],
    ['zh', 'the family\'s shame', '你是你们家的耻辱。'],
    ['zh', 'told to die', '你怎么不去死？'],
    ['ja', 'a name after "you"', 'お前は本当に役立たずだな。'],
    ['ja', 'a sneer before the name', 'お前は本当に使えないゴミだ。'],
    ['ja', 'called out', '黙れ、バカ。'],
    ['ja', 'needed by no one', 'お前なんか誰にも必要とされてない。消えろ。'],
    ['ja', 'no worth in living', 'あんたなんか生きてる価値ない。'],
    ['ja', 'told to kill oneself', '自殺しろよ。'],
    ['hi', 'a name after "tu"', 'तू एकदम बेकार है।'],
    ['hi', 'romanised, polite you', 'aap ek nikamme insaan ho'],
    ['hi', 'of no use', 'tu kisi kaam ka nahi hai'],
    ['hi', 'called out', 'chup kar gadhe'],
    ['hi', 'nobody likes you', 'koi tujhe pasand nahi karta'],
    ['hi', 'the world better without you', 'तेरे बिना दुनिया बेहतर होगी।'],
    ['hi', 'told to go die', 'ja ke mar ja'],
  ])('%s (%s): "%s" is harassment', async (_lang, _class, value) => {
    expect(await harasses(value)).toBe(true);
  });

  it.each([
    ['pl', 'self-mockery', 'Jestem beznadziejna w gotowaniu, ale uwielbiam piec ciasta.'],
    ['pl', 'a skill, to another', 'Jesteś beznadziejny w kłamaniu, dlatego ci ufam.'],
    ['pl', 'negated', 'Nie jesteś nikim — jesteś kimś ważnym.'],
    ['pl', 'reported, to reject it', 'Nie pozwól, by ktoś ci wmówił, że jesteś nikim.'],
    ['pl', 'bullying recalled', 'W szkole mówili na mnie gruba świnia, dziś prowadzę warsztaty o przemocy rówieśniczej.'],
    ['pl', 'a farm', 'Na naszej farmie mamy świnie, krowy i kury.'],
    ['pl', 'nobody loves you as I do', 'Nikt cię nie lubi bardziej niż ja.'],
    ['pl', 'nobody wants to hurt you', 'Nikt cię nie chce skrzywdzić, spokojnie.'],
    ['ru', 'self-mockery', 'Я полный неудачник в готовке, зато пеку хорошие пироги.'],
    ['ru', 'negated', 'Ты не ничтожество, ты очень важен для нас.'],
    ['ru', 'reported, to reject it', 'Не позволяй никому говорить тебе, что ты ничтожество.'],
    ['ru', 'praise', 'Ты монстр! Такой результат на марафоне.'],
    ['ru', 'nobody loves you as I do', 'Никто тебя не любит так, как я.'],
    ['ru', 'an idiom', 'Хоть убейся, не помню пароль.'],
    ['ru', 'nobody laughs at you', 'Над тобой никто не смеётся, не бойся.'],
    ['ru', 'quoted', 'Тренер говорил мне: «ты бесполезен». Он ошибался.'],
    ['tr', 'negated after the name', 'Sen bir hiç değilsin, çok değerlisin.'],
    ['tr', 'praise', 'Sen bir canavarsın, maçta harikaydın!'],
    ['tr', 'nobody wants to upset you', 'Kimse seni üzmek istemiyor.'],
    ['tr', 'the killing thought, a help line', 'Kendini öldürme düşüncesi olanlar için destek hattı: 182.'],
    ['tr', 'a picture hung', 'Duvara yeni bir tablo astım.'],
    ['tr', 'a film title', 'Hadi git, Çirkin Ördek Yavrusu başlıyor.'],
    ['ar', 'self-mockery', 'أنا فاشل في الطبخ بس بحب الحلويات'],
    ['ar', 'negated', 'أنت لست فاشلا، أنت رائع'],
    ['ar', 'praise', 'انت وحش! أداء رهيب في الماتش'],
    ['ar', 'reported', 'لا تدع أحدا يقول لك إنك فاشل'],
    ['ar', 'nobody loves you like me', 'محدش بيحبك قدي'],
    ['ar', 'nobody wants you upset', 'محدش عايزك تزعل'],
    ['ar', 'killing boredom', 'اقتل الملل بالقراءة'],
    ['ar', 'news of a suicide', 'انتحر شاب في القاهرة أمس بعد أزمة نفسية'],
    ['zh', 'self-mockery', '我真是个废物哈哈，又睡过头了。'],
    ['zh', 'recycling', '废物利用，做了个花盆。'],
    ['zh', 'rubbish sorting', '垃圾分类从我做起。'],
    ['zh', 'reported, to reject it', '别让任何人说你是废物。'],
    ['zh', 'fond', '你可真蠢萌。'],
    ['zh', 'a fight to the end', '拼个你死我活。'],
    ['zh', 'a will', '如果你死了，遗产怎么分？'],
    ['ja', 'self-mockery', '私は料理が本当にダメで、役立たずです笑'],
    ['ja', 'holidays', '夏のバカンスは沖縄へ。'],
    ['ja', 'custard', 'カスタードプリンが好きです。'],
    ['ja', 'denied', 'あなたはバカじゃないよ、頑張ってる。'],
    ['ja', 'honest to a fault', 'あなたはバカ正直だね。'],
    ['ja', 'rubbish day', 'ゴミ出しは毎週火曜日です。'],
    ['hi', 'self-mockery', 'मैं खाना बनाने में बिल्कुल बेकार हूँ, पर मिठाई अच्छी बनाती हूँ।'],
    ['hi', 'negated', 'tum bekaar nahi ho, tum bahut khaas ho'],
    ['hi', 'reported, to reject it', 'kisi ko yeh mat kehne do ki tum bekaar ho'],
    ['hi', 'a film title', 'Favourite film: Tu Jhoothi Main Makkaar'],
    ['hi', 'needless worry', 'tu bekaar ki tension le raha hai'],
    ['hi', 'do not die', 'kaam pe ja, mar mat'],
    ['hi', 'nobody loves you as I do', 'koi tumse pyaar nahi karta jitna main karta hoon'],
  ])('%s (%s): "%s" is not harassment', async (_lang, _class, value) => {
    expect(await harasses(value)).toBe(false);
  });
});
