import { describe, expect, it } from 'vitest';
import { maskLookalikes, maskNormalised } from '../../src/moderation/innocent-lookalikes.js';
import { normalise } from '../../src/moderation/normalise.js';
import { readWords } from '../../src/moderation/segment-words.js';
import { aimedAtSelf } from '../../src/moderation/insult-target.js';
import { categories, reason, score } from './docs.js';

describe('innocent look-alikes', () => {
  it('are blanked to spaces of the same length, whole phrases only', () => {
    const text = 'Best dishes: spotted dick with custard; family in Shitterton and Twatt.';
    const masked = maskLookalikes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/dick|shitterton|twatt/i);
    expect(masked.indexOf('custard')).toBe(text.indexOf('custard'));
    // "faggots" alone, or before anything but a dish, is not a look-alike.
    expect(maskLookalikes('faggots with their agenda')).toBe('faggots with their agenda');
    expect(maskLookalikes('greatest tits')).toBe('greatest tits');
  });

  it('are blanked alike when the words are read first (a text none of whose words holds one is not searched)', () => {
    for (const value of [
      'Best dishes: spotted dick with custard; family in Shitterton and Twatt.',
      'I count great tits and blue tits, and keep a cockatoo.',
      'Mi amiga es actriz: ¡mucha mierda! 你这个三八节 ぶっかけうどん',
      'greatest tits, faggots with their agenda, a dick',
      'An ordinary bio about gardens, chess and the sea.',
    ]) {
      const n = normalise(value);
      for (let pass = 0; pass < 2; pass++) expect(maskNormalised(n, readWords(n.text)).text).toBe(maskNormalised(n).text);
    }
    const n = normalise('We cook spotted dick.');
    expect(maskNormalised(n, readWords(n.text)).text).toBe('we cook             .');
  });

  it.each([
    'Family in Shitterton, Dorset, and cousins in Twatt, Orkney.',
    'Best dishes I cook: spotted dick with custard, and faggots with mushy peas.',
    'I grow pussy willow and cocksfoot grass, and count great tits for a bird survey.',
    'Actriz de teatro: ¡mucha mierda a todos en el estreno!',
  ])('pass no rule or the model: %s', async (bio) => {
    expect((await score(bio)).flagged).toBe(false);
  });

  it('leave a real insult beside them to be read, with its own evidence', async () => {
    const verdict = await score('Spotted dick is great, unlike you, you fucking idiot.');
    expect(verdict.flagged).toBe(true);
    expect(reason(verdict, 'harassment')!.evidence.map((e) => e.value).join(' ')).toContain('idiot');
    expect((await score('faggots with their agenda')).flagged).toBe(true);
  });
});

/**
 * Session 17, from a probe of bios in Russian, Arabic, Chinese, Japanese, Hindi and Turkish: words innocent in a
 * sense their neighbours give them. Cricket's six (the slur's word "chhakka"), a brother-in-law ("saale") and dogs
 * ("kutte") in romanised Hindi; a breeder's bitch in Russian; a curse on a thing in Arabic; a Turkish doubled
 * adjective (an adverb) and the television; a katakana word that holds a term. Beside each, the insult it looks like,
 * and the insults and death wishes the probe found missed (an Arabic "you" with its hamza, a whore's son with the article).
 */
describe('words innocent in their sense, by class', () => {
  it.each([
    'أنت إنسان رائع، وعندي حيوان أليف.',
    'أتمنى تنجح في امتحانك.',
    'Cricket mein chhakke maarna pasand hai, gully team ka captain hoon.',
    'Sachin ne chhakka maara aur main ro pada tha.',
    'Dushman ke chhakke chhuda dete hain hum cricket mein.',
    'Mere saale ki shaadi hai agle mahine, Jaipur ja raha hoon.',
    'Kutte paalna mera shauk hai, ghar mein teen kutte hain.',
    'Заводчик овчарок: наша сука Ника принесла шестерых щенков.',
    'يلعن أبو الكسل 😂 كل يوم أقول بكرة أبدأ الرياضة.',
    'Salak salak gülerim, kusura bakmayın.',
    'Aptal kutusuna bağımlıyım, her akşam dizi izlerim.',
    'ガイジン扱いされがちなハーフです。',
  ])('pass: %s', async (bio) => {
    expect((await score(bio)).flagged).toBe(false);
  });

  it.each([
    // Session 17's misses: insults and death wishes aimed at the reader.
    'أنت حيوان وحقير.',
    'يا ابن الشرموطة.',
    'أتمنى تموت بالسرطان.',
    'Сдохни, мразь.',
    'Ты жирная уродина, никто тебя не любит.',
    '你这个死肥猪。',
    '祝你全家死光。',
    'お前みたいなゴミは生きる価値がない。',
    'Ananı sikeyim.',
    'Gebermeni istiyorum, öl artık.',
    'Saare chhakke gande hain.',
    'Tu chutiya hai saale, nikal yahan se.',
    'Ты сука, отвали.',
    'يلعن أبوك يا مشرف.',
    'Sen aptalın tekisin, salak.',
    'ガイジは消えろ。',
  ])('flag: %s', async (bio) => {
    expect((await score(bio)).flagged).toBe(true);
  });
});

describe('who an insult is aimed at', () => {
  const at = (text: string, insult: string) => {
    const from = text.indexOf(insult);
    return aimedAtSelf(text, from, from + insult.length);
  };

  it('an insult of oneself, or of one\'s skill at something, is self-aimed', () => {
    expect(at('professional idiot at parallel parking, decent baker', 'idiot')).toBe(true);
    expect(at("i'm a hot mess before coffee and a certified dumbass at karaoke", 'dumbass')).toBe(true);
    expect(at('je suis un vrai idiot en cuisine', 'idiot')).toBe(true);
    expect(at('ich bin ein totaler idiot beim einparken', 'idiot')).toBe(true);
    // The writer after the insult, named by others, in apposition, or spoken to by themself.
    expect(at('what an idiot i am! locked my keys in the car again', 'idiot')).toBe(true);
    expect(at('quel idiot je suis : j\'ai encore oublié mes clés', 'idiot')).toBe(true);
    expect(at('mijn vrienden noemen me de idioot van de groep', 'idioot')).toBe(true);
    expect(at('ich idiot habe schon wieder meinen schlüssel vergessen', 'idiot')).toBe(true);
    expect(at('i tell myself every morning: get up, you lazy idiot', 'idiot')).toBe(true);
  });

  it('reads the writer in Arabic, Japanese and Mandarin, and who else a sentence names there', () => {
    const atIn = (text: string, insult: string, lang: string) => aimedAtSelf(text, text.indexOf(insult), text.indexOf(insult) + insult.length, lang);
    expect(atIn('أنا غبي جدا في الرياضيات بس أحب الفيزياء', 'غبي', 'ar')).toBe(true);
    expect(atIn('أنت غبي جدا', 'غبي', 'ar')).toBe(false);
    expect(atIn('انا بقول يا حمار', 'يا حمار', 'ar')).toBe(false);
    expect(atIn('私ってほんとクズだなあ、また寝坊した', 'クズ', 'ja')).toBe(true);
    expect(atIn('キモいオタクの僕ですが', 'キモい', 'ja')).toBe(true);
    // A possessor, or someone else in the sentence, is not the writer.
    expect(atIn('私の上司はクズです', 'クズ', 'ja')).toBe(false);
    expect(atIn('お前はクズだ', 'クズ', 'ja')).toBe(false);
    expect(atIn('我就是个傻逼，天天熬夜', '傻逼', 'zh')).toBe(true);
    expect(atIn('我老板是个傻逼', '傻逼', 'zh')).toBe(false);
    expect(atIn('你就是个傻逼', '傻逼', 'zh')).toBe(false);
  });

  it('the writer is no verb\'s subject before the insult, nor the speaker of a clause the insult is not in', () => {
    expect(at('ich hasse idioten', 'idioten')).toBe(false);
    expect(at('the idiot i am married to', 'idiot')).toBe(false);
    expect(at('what an idiot i am, says he', 'idiot')).toBe(false);
    // Italian "sono" is also "they are".
    expect(at('che stronzi che sono, i vicini', 'stronzi')).toBe(false);
  });

  it('an insult of someone else, or of a person at a place, is not', () => {
    expect(at("you're a total idiot at parking", 'idiot')).toBe(false);
    expect(at('she is a dumbass', 'dumbass')).toBe(false);
    expect(at('the idiot at the front desk', 'idiot')).toBe(false);
    // A sentence that names someone else is read as aimed at them, even after "I'm".
    expect(at("i'm a loser at chess, unlike you", 'loser')).toBe(false);
    expect(at("i'm fine, unlike you, loser", 'loser')).toBe(false);
    expect(at('eres un idiota en la cocina', 'idiota')).toBe(false);
    expect(at('du bist ein idiot', 'idiot')).toBe(false);
  });

  it('self-mockery is not removed; the same insult aimed at a member is', async () => {
    expect((await score('Professional idiot at parallel parking, total loser at chess, decent baker.')).flagged).toBe(false);
    expect((await score("I'm a hot mess before coffee and a certified dumbass at karaoke.")).flagged).toBe(false);
    expect(categories(await score("You're a total idiot at parallel parking."))).toContain('harassment');
    expect(categories(await score('She is a dumbass.'))).toContain('harassment');
  });
});

describe('urging someone to end their life', () => {
  it.each([
    'nobody would miss you, just end it already',
    'do everyone a favour and kill yourself',
    'Mátate, nadie te extrañaría.',
    'Bring dich doch um, niemand würde dich vermissen.',
    'Tue-toi.',
    'Zabij się.',
  ])('is removed: %s', async (text) => {
    expect((await score(text)).flagged).toBe(true);
  });

  it.each([
    'I just end it early on Fridays to pick up the kids.',
    'Nobody would miss the old printer.',
  ])('its innocent look-alikes are not: %s', async (text) => {
    expect((await score(text)).flagged).toBe(false);
  });
});
