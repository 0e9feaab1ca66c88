import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * The Turkish hate grammar (hate-grammars.ts) read through the scorer, by class of word and construction:
 * group stems with their case endings (Suriyeli-ler-den), negation as a verb suffix or a "değil" after what
 * it negates. Each innocent line shares a harmful line's words. Sentences are our own.
 */
describe('hate against groups in Turkish', () => {
  it.each([
    ['vermin', 'Suriyeliler asalak.'],
    ['the colour as the people, plural', 'Siyahlar maymundur.'],
    ['hatred felt, ablative ending', 'Kürtlerden nefret ediyorum.'],
    ['disgust felt', 'Afganlardan tiksiniyorum.'],
    ['death called for', 'Eşcinseller ölmeli.'],
    ['deportation, accusative ending', 'Bütün mültecileri sınır dışı edin.'],
    ['stupid and useless', 'Kadınlar aptal ve hiçbir işe yaramaz.'],
    ['dirty thieves', 'Çingeneler pis hırsızlar.'],
    ['contempt, two attributes', 'Lezbiyenler iğrenç ve sapkın.'],
    ['a likeness to beasts', 'Siyahiler maymun gibiler.'],
    ['a burden, told to get out', 'Göçmenler ülkeye yük, defolsunlar.'],
    ['sent back', 'Mülteciler ülkelerine geri gönderilmeli.'],
    ['"let\'s" of shooting', 'Yahudileri kurşuna dizelim.'],
    ['no place for them (the negation is its own)', 'Çingenelere burada yer yok.'],
    ['worth denied after the word', 'Kadınlar erkekler kadar zeki değil.'],
    ['humanity denied', 'Ermeniler insan değil.'],
    ['a right to live denied', 'Kürtlerin yaşama hakkı yok.'],
    ['carried into the next sentence by "hepsi"', 'Suriyeliler. Hepsi asalak.'],
    ['"nothing but" is no denial', 'Aleviler asalaktan başka bir şey değil.'],
    ['a tag question asks for agreement', 'Suriyeliler asalak değil mi?'],
    ['"not a racist, but" without a comma', 'Irkçı değilim ama Suriyeliler asalak.'],
    ['"ne" is "what", no negation', 'Ne yazık ki Suriyeliler asalak.'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // Neutral and positive mentions.
    ['Mültecilere gönüllü öğretmenlik yapıyorum.'],
    ['Kürt kökenli olmaktan gurur duyuyorum.'],
    // The colour as clothes or pieces, not people.
    ['Siyahlar indirimde, beyazlar tükendi.'],
    ['Satrançta siyahlar ve beyazlar sırayla oynar.'],
    ['Engelli bireyler için ücretsiz atölye düzenliyoruz.'],
    ['Yahudi arkadaşımla kahve içtim.'],
    ['Suriyeli çocuklar okula gitmeli.'],
    // A member naming their own group: "olarak" follows it.
    ['Bir kadın olarak hiçbir işe yaramaz hissettim bugün.'],
    // Negation: "değil" after, the suffix on the verb.
    ['Müslümanlar terörist değil.'],
    ['Müslümanlar aptal değil.'],
    ['Eşcinseller ölmemeli.'],
    ['Kürtlerden nefret etmiyorum.'],
    ['Mülteciler de insan, değil mi?'],
    // "yok" making a verb ("yok say-", ignore) denies nothing.
    ['Kadınların hakları yok sayılıyor.'],
    // Counter-speech.
    ['Suriyeliler asalak demeyi bırakın.'],
    ['Eşcinsellere karşı nefrete hayır.'],
    ['Ermenilere hain demeyi bırakın.'],
    ['Kadına şiddete hayır, kadına şiddet yok edilmeli.'],
    // Words sharing letters: "kurtlar" are wolves (Kürtler by vowel harmony), "kara" a colour, a song title.
    ['Kurtlar aç ve vahşi hayvanlardır.'],
    ["Karadeniz'de kara bulutlar var."],
    ["En sevdiğim şarkı Çingene'nin Düğünü."],
  ])('"%s" is not hate', async (value) => {
    expect(await hate(value)).toBe(false);
  });
});
