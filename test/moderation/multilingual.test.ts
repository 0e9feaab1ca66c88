import { describe, expect, it } from 'vitest';
import { doc, isHate as hate, link, reason, rules, text } from './docs.js';

/**
 * Swearing, slurs and threats in the members' own languages (issue 17 points 1, 2, 4, 5): the curated
 * lexicons (detect-lexicon.ts) and the per-language threat grammar (detect-threats-multilingual.ts),
 * through the local scorer's rules as the CLI and the worker build it, with policy.multilingual on.
 */
const ON = { policy: { multilingual: true } };
const flagged = async (value: string) => (await rules(value, ON)).flagged;

describe('threats of violence in the members\' languages', () => {
  it.each([
    ['es', 'Si vuelves por aquí te voy a romper las piernas.'],
    ['es', 'Cuidado, no me verás venir.'],
    ['pt', 'Eu vou te matar se você aparecer de novo.'],
    ['pt', 'Vou quebrar as tuas pernas, escuta bem.'],
    ['fr', 'Je vais te buter, crois-moi.'],
    ['fr', "T'es mort, je sais où tu habites."],
    ['de', 'Ich bring dich um, wenn du wiederkommst.'],
    ['de', 'Ich werde dir alle Knochen brechen.'],
    ['it', 'Ti spacco la faccia appena ti vedo.'],
    ['it', 'Non mi vedrai arrivare.'],
    ['nl', 'Ik maak je dood als je terugkomt.'],
    ['pl', 'Zaraz cię zabiję, zobaczysz.'],
    ['ru', 'Я тебя найду и зарежу.'],
    ['ru', 'Ты уже труп.'],
    ['tr', 'Seni öldüreceğim, bekle.'],
    ['ar', 'سأقتلك إذا رأيتك'],
    ['hi', 'main tujhe jaan se maar dunga'],
    ['zh', '我要杀了你'],
    ['ja', 'お前をぶっ殺してやる'],
    ['zh', '我知道你住在哪里，小心我打断你的腿'],
    ['ar', 'سأكسر رجليك إذا رأيتك مرة أخرى'],
    ['pl', 'Wiem, gdzie mieszkasz.'],
    ['nl', 'Je ziet me niet aankomen.'],
    ['en', 'Going to burn your shop down with you inside it.'],
    ['es', 'Voy a quemar tu casa esta noche.'],
    ['fr', 'Je vais mettre le feu à ta maison.'],
    ['de', 'Ich werde dein Haus abfackeln.'],
    ['it', 'Darò fuoco alla tua macchina.'],
    ['pl', 'Spalę ci dom.'],
    ['ar', 'سوف أفجر سيارتك إن عدت'],
    ['ja', 'てめえの店に火をつけてやるぞ'],
    ['tr', 'Sizi yakalayıp öldürürüm.'],
    // Session 22: the home named first in Mandarin, the particle dropped in spoken Japanese.
    ['zh', '你家住哪我知道，小心点。'],
    ['zh', '你住哪儿我早就知道了，等着。'],
    ['ja', 'お前の家知ってるからな。覚悟しとけ。'],
    ['ja', 'てめえの住所知ってるぞ。'],
  ])('%s: "%s" is flagged as a threat', async (_lang, value) => {
    const verdict = await rules(value, ON);
    expect(reason(verdict, 'harassment/threatening')?.source).toBe('local:threats');
  });

  it.each([
    ['es', 'Mañana voy a apuñalar a uno de esos, lo juro.'],
    ['de', 'Morgen werde ich einen von denen erstechen.'],
    ['pl', 'Jutro zamierzam zadźgać jednego z nich.'],
    ['it', 'Quei traditori dovrebbero essere impiccati.'],
    ['nl', 'Ik ga er morgen eentje neerschieten.'],
    ['en', 'Someone needs to put a bullet in him.'],
    ['fr', "Quelqu'un devrait lui mettre une balle, à ce juge."],
    ['ru', 'Кто-то должен всадить этому судье пулю.'],
  ])('%s: a call for or an intent of violence against others, "%s", is flagged as violence', async (_lang, value) => {
    expect(reason(await rules(value, ON), 'violence')?.source).toBe('local:threats');
  });

  it.each([
    ['en', 'Break a leg tonight, you will be amazing!'],
    ['en', 'This track slaps. She killed that solo.'],
    ['es', '¡Mucha mierda en el estreno! Me mata de risa este perro.'],
    ['es', 'No te voy a matar, tranquilo: estoy muerta de cansancio.'],
    ['es', 'Voy a quemar calorías en el gimnasio.'],
    ['de', 'Ich zünde eine Kerze an und brenne CDs.'],
    ['en', 'This chili is going to burn your mouth.'],
    ['pt', 'Vou matar a saudade da minha avó. Vou te matar de rir com essa história.'],
    ['fr', 'Je vais tuer le temps au café. Je suis mort de rire.'],
    ['de', 'Hals- und Beinbruch für heute Abend! Der Song bringt mich um vor Lachen.'],
    ['it', 'In bocca al lupo! Questo pezzo spacca.'],
    ['nl', 'Ik ga mijn studie afmaken en het schilderij ophangen.'],
    ['pl', 'Połamania nóg na premierze! Zabijam czas czytaniem.'],
    ['ru', 'Ни пуха ни пера! Я убью время в дороге за книгой.'],
    ['tr', 'Şeytanın bacağını kırdım, sonunda koşuya başladım.'],
    ['zh', '这个笑话我笑死了'],
    ['zh', '你住哪里？我知道一家很好的餐厅。'],
    ['ja', '実家は知ってる人が多い田舎です。'],
    ['ja', 'あなたの家の近くのおいしいパン屋さんを知っています。'],
    ['ja', '殺人事件のミステリー小説が好きです'],
    ['ar', 'سأحرق السعرات في النادي الرياضي.'],
    ['ja', 'キャンプで火をつけて料理するのが好き'],
    ['tr', 'Seni bulup sarılırım, çok özledim.'],
    ['fr', 'Je ne sais pas où tu habites, envoie-moi ton adresse pour la carte.'],
  ])('%s: the idiom "%s" is left alone', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });
});

describe('swearing and slurs from the curated lexicons', () => {
  it('an insult in Spanish is profanity, quoted with where it was found', async () => {
    const verdict = await rules(doc(text('Hola a todos.'), text('Eres un gilipollas', 'nodes[1].imageData.altText', 'image alt text')), ON);
    const found = reason(verdict, 'profanity');
    expect(found?.evidence).toEqual([{ value: 'gilipollas', path: 'nodes[1].imageData.altText', place: 'image alt text' }]);
  });

  it('a slur is hate, in any language', async () => {
    expect(reason(await rules('Fuera de aquí, sudaca.', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('Пошёл вон, чурка.', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('Wat een roetmop is die buurman.', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('滚回去吧，白皮猪。', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('Was will der Neger hier?', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('别理那个死基佬。', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('Wynocha stąd, brudasy.', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('ابعد عني يا خول', ON), 'hate')?.source).toBe('local:lexicon');
    expect(reason(await rules('yeh chhakka yahan kya kar raha hai', ON), 'hate')?.source).toBe('local:lexicon');
  });

  it('a slur that is an ordinary word in a neighbouring language is read in its own language only', async () => {
    expect(await flagged('El gato negro duerme en el sofá.')).toBe(false);
    expect(await flagged('Il pedale della bici è rotto.')).toBe(false);
    expect(await flagged('Vou chamar a minha avó para o almoço de domingo.')).toBe(false);
  });

  it('masked and digit spellings are read back in Latin and Cyrillic script', async () => {
    expect(reason(await rules('Du bist ein Arschl0ch', ON), 'profanity')).toBeDefined();
    expect(reason(await rules('Ты бл*дь', ON), 'profanity')).toBeDefined();
  });

  it('a link\'s visible text is read too', async () => {
    expect(reason(await rules(doc(link('https://example.com', 'que te jodan, cabrón')), ON), 'profanity')?.source).toBe('local:lexicon');
  });

  it('the profanity switch governs swearing; threats and insults to the face stay', async () => {
    const noSwearing = { policy: { multilingual: true, flag: { profanity: false } } };
    expect((await rules('Joder, qué gilipollez de día', noSwearing)).flagged).toBe(false);
    expect((await rules('Te voy a matar', noSwearing)).flagged).toBe(true);
    // Harassment, as "You're an asshole" is in English.
    expect((await rules('Eres un gilipollas', noSwearing)).flagged).toBe(true);
  });

  it.each([
    'Spaghetti alla puttanesca, la mia specialità.',
    'Das Ficksche Gesetz erkläre ich nie schlampig.',
    'Mucha mierda, compañeros del teatro.',
    'Well shit, this English bio swears the English way.',
  ])('"%s" is not removed', async (value) => {
    expect(await flagged(value)).toBe(false);
  });

  it.each([
    ['hi', 'Hello, main Dev hoon, guitar bajata hoon.\nabe kutte, nikal yahan se, tera kya kaam hai'],
    ['hi', 'Yeh site bahut bakwas hai aur admin madarchod hai'],
    ['ar', 'اسكت يا جحش'],
    ['ar', 'يا كلـــب'],
    ['ja', 'お前みたいなブスは黙ってろ'],
    ['ja', 'あいつはただのクズだ'],
    ['zh', '楼主就是个煞笔'],
    ['zh', '草泥马的，别来烦我'],
    ['tr', 'Bence sen tam bir gerizekalısın.'],
  ])('%s: the insult in "%s" is found, in Hindi written in Latin letters too', async (_lang, value) => {
    expect(reason(await rules(value, ON), 'profanity')?.source).toBe('local:lexicon');
  });

  it.each([
    ['hi', 'Kal Kaminey dekhi, Shahid Kapoor kamaal ka hai.'],
    ['de', 'Er trägt eine Kutte und fährt an der Saale entlang.'],
    ['ja', '好きな映画はラブストーリーとアブストラクトな短編です。'],
    ['ar', 'أحب الحيوانات وعندي كلب اسمه بوبي.'],
    ['tr', 'Dün yine aptal gibi güldüm, sonra utandım; ben böyleyim.'],
    ['tr', 'Salak gibi düştüm ama iyiyim.'],
    ['es', 'Soy un pendejo para cocinar, pero hago buen café.'],
    ['pl', 'Jestem debil w kuchni, ale piekę naprawdę dobre ciasta.'],
    ['ru', 'Я полный дебил в готовке, зато пеку хорошие пироги.'],
    // franc ranks these first as Turkish, French, Italian or Portuguese, where "am", "göt", "con", "bite",
    // "pédale", "negra" and "corno" are swearing or slurs: an English line shows none of those languages' own words.
    ['en', 'I am a baker in Izmir'],
    ['en', 'Got a new kayak'],
    ['en', 'Kayak, bike, hike: I am in'],
    ['en', 'I teach Con Law'],
    ['en', 'Bite-size lessons'],
    ['en', 'Pedale Cycles'],
    ['en', 'Negra Modelo fan'],
    ['en', 'Corno player'],
    // Session 18: the writer in Arabic, Japanese, Mandarin and Hindi, the writer named after the insult, named by others, in apposition.
    ['ar', 'والله أنا غبي، نسيت عيد ميلاد أمي'],
    ['ar', 'يا لي من غبي، نسيت المفاتيح مرة ثانية'],
    ['ar', 'أكلم نفسي كل يوم: يا حمار ركز'],
    ['ja', 'ブスな私ですが、仲良くしてください'],
    ['ja', '自分はクズですが、猫には優しいです'],
    ['zh', '我真是个脑残，又把钥匙锁车里了'],
    ['hi', 'Main bhi kitna chutiya hoon yaar, phir se chabi bhool gaya'],
    ['es', 'Qué pendejo soy, otra vez dejé las llaves.'],
    ['pt', 'Pode me chamar de idiota, mas ainda acredito no amor.'],
    ['it', 'Sono un coglione a cucinare, lo ammetto.'],
    ['tr', 'Arkadaşlarım bana salak der, haklılar.'],
  ])('%s: "%s" is not removed (titles, look-alikes, insults aimed at oneself)', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });

  it('an insult aimed at someone else is still read in Turkish, Spanish, Italian ("sono" is also "they are"), Polish and Russian', async () => {
    expect(await flagged('I vicini sono dei veri stronzi.')).toBe(true);
    expect(await flagged('Ty jesteś debil i nic nie rozumiesz z tej dyskusji.')).toBe(true);
    expect(await flagged('Я думаю, ты полный дебил.')).toBe(true);
    expect(await flagged('Sen aptal gibi konuşuyorsun, herkes sana gülüyor.')).toBe(true);
    expect(await flagged('sen bir salak misin lan')).toBe(true);
    expect(await flagged("T'es vraiment un con")).toBe(true);
    expect(await flagged('Je bent een kut')).toBe(true);
    expect(await flagged('Eres un pendejo.')).toBe(true);
    // Session 18: the same words aimed at the one addressed or at a third person; "look at me, idiot" and "call me when
    // you stop being an imbecile" name the writer but aim at the reader.
    for (const value of ['Bana bak salak, bir daha yazarsan görürsün', 'Llámame cuando dejes de ser un imbécil', 'أنت غبي جدا', 'هو غبي وحمار', 'يا حمار اسكت', 'お前はクズだ', 'あいつはブス', 'この人はクズです', '你真是个脑残', '他真是个白痴',
      'Tu kitna chutiya hai yaar', 'Seu idiota, para de me mandar mensagem.', 'Sei un coglione.', 'Komşum salak ve gerizekalı.']) {
      expect(await flagged(value), value).toBe(true);
    }
  });

  // Session 18: a fool called so to the one addressed, in Russian and Japanese; alone the words are a novel, a card game,
  // "crazy good" and a doting parent, and said of oneself banter.
  it.each([
    ['ru', 'Ты полный идиот, даже не пытайся', true],
    ['ru', 'Сам ты дурак', true],
    ['ja', 'お前はバカだ、黙ってろ', true],
    ['ja', 'てめえみたいなアホに言われたくない', true],
    ['ru', 'Обожаю Достоевского, «Идиот» мой любимый роман', false],
    ['ru', 'По вечерам играю с дедом в дурака', false],
    ['ru', 'Я такой дурак, опять забыл ключи', false],
    ['ja', 'バカうまいラーメン屋を探しています', false],
    ['ja', '親バカですが、娘の写真をよく載せます', false],
  ])('%s: "%s" removed: %s', async (_lang, value, removed) => {
    expect(await flagged(value)).toBe(removed);
  });

  // Session 19: insults the lexicons lacked (session 18's probe). A fool in Mandarin and a donkey in Hindi only when called
  // so (小傻瓜 is a term of endearment, 傻瓜相机 a camera, a donkey on a farm an animal); Turkish insults with their person
  // endings; Italian "sono" as "I am" when what follows is singular.
  it.each([
    ['zh', '你这个傻瓜，别再来烦我了', true],
    ['zh', '你们这些蠢货什么都不懂', true],
    ['zh', '我家小傻瓜今天三岁了', false],
    ['zh', '这台傻瓜相机是我爷爷留下的', false],
    ['zh', '我真是个傻瓜，又把钥匙忘在家里了', false],
    ['hi', 'तू गधा है, कुछ नहीं समझता', true],
    ['hi', 'abe gadhe, dimaag hai ya nahi', true],
    ['hi', 'हमारे खेत में दो गधे और एक गाय हैं', false],
    ['hi', 'gaon mein humare paas ek gadha hai', false],
    ['tr', 'Sen tam bir aptalsın, sus artık', true],
    ['tr', 'Salak salak güldük bütün akşam', false],
    ['en', 'I love salak and durian from Bali', false],
    ['it', 'Sei proprio uno scemo, lasciami in pace', true],
    ['it', 'I miei vicini? Sono scemi, tutti quanti', true],
    ['it', 'I miei vicini? Che stronzi che sono', true],
    ['it', 'Sono proprio scemo, ho perso di nuovo le chiavi', false],
    ['it', 'Che scemo che sono, ho perso le chiavi', false],
    ['it', 'Sono davvero un idiota con le date', false],
    ['it', 'Smettila di dire scemenze e vieni a cena', false],
    // The writer in apposition before a comma, and a skill joined to a Mandarin insult; the same words of someone else.
    ['fr', "Moi, la plus conne de la famille, j'ai encore oublié les clés.", false],
    ['de', 'Ich, der größte Idiot der Welt, habe meinen Schlüssel verloren.', false],
    ['zh', '我是个音乐白痴，但是很喜欢听歌', false],
    ['fr', 'Moi, je pense que mon voisin est un vrai connard.', true],
    ['zh', '他是个音乐白痴还到处唱', true],
    ['zh', '我老板是个白痴', true],
    // Japanese: the subject marked by が right before the insult, or a writer who only thinks it, is not the one called so.
    ['ja', '私は上司がクズだと思う', true],
    ['ja', '上司はクズだと私は思う', true],
    ['ja', '私はお酒が大好きなクズです', false],
    ['ja', '私がバカでした、ごめんなさい', false],
  ])('%s: "%s" removed: %s', async (_lang, value, removed) => {
    expect(await flagged(value)).toBe(removed);
  });

  it('policy.multilingual off leaves other languages to the English rules', async () => {
    expect((await rules('Eres un gilipollas. Te voy a matar.', { policy: { multilingual: false } })).flagged).toBe(false);
  });
});

describe('hate against protected groups in the members\' languages', () => {
  it.each([
    ['es', 'Los musulmanes son una plaga para este barrio.', 'hate'],
    ['es', 'Habría que deportar a todos los gitanos.', 'hate/threatening'],
    ['pt', 'Os refugiados são uns vermes nojentos.', 'hate'],
    ['fr', 'Je méprise les handicapés, ils ne servent à rien.', 'hate'],
    ['fr', 'Les migrants sont des rats, il faut les expulser.', 'hate/threatening'],
    ['de', 'Schwule sind widerlich und minderwertig.', 'hate'],
    ['de', 'Man sollte alle Juden loswerden.', 'hate/threatening'],
    ['it', 'Le donne sono inferiori, valgono meno di niente.', 'hate'],
    ['nl', 'Die vluchtelingen zijn gewoon tuig.', 'hate'],
    ['pl', 'Geje to zaraza dla naszego kraju.', 'hate'],
    ['hi', 'ye musalman gande keede hain', 'hate'],
    // The negation is the derogation: "nothing but contempt", "no compassion at all".
    ['es', 'No siento más que desprecio por los refugiados de mi ciudad.', 'hate'],
    ['it', 'Non ho nessuna compassione per gli zingari.', 'hate'],
    ['pl', 'Nie czuję nic poza obrzydzeniem do gejów.', 'hate'],
    // A negation in an earlier clause does not take back what follows the comma.
    ['es', 'Los gitanos no cambiarán nunca, así que hay que echarlos.', 'hate/threatening'],
    // A misspelt word is read through one typo; 跨性别者 holds 别 without being negated by it.
    ['es', 'Las refugiadas son unas asquerosas ignoratnes.', 'hate'],
    ['zh', '那些跨性别者真让我反胃。', 'hate'],
    ['ar', 'المهاجرين دول حقيرين وجاهلين', 'hate'],
  ])('%s: "%s" is %s', async (_lang, value, category) => {
    expect(reason(await rules(value, ON), category)?.source).toBe('local:hate-multilingual');
  });

  it.each([
    ['es', 'Mi abuela era gitana y me enseñó a cocinar.'],
    ['es', 'Decir que los inmigrantes son una plaga es racismo puro.'],
    ['pt', 'Os judeus da minha cidade celebram o Hanukkah com os vizinhos.'],
    ['fr', 'Je lutte contre la haine envers les homosexuels.'],
    ['fr', 'Comme femme, je trouve ce film stupide.'],
    ['de', 'Flüchtlinge sind nicht kriminell, das zeigen alle Studien.'],
    ['de', 'Für Sprüche wie „Ausländer sind Ungeziefer" gehört man gesperrt.'],
    ['it', 'Smettila di dire che i disabili sono inutili.'],
    ['nl', 'Wij zijn een vereniging voor vrouwen in de techniek.'],
    ['pl', 'Nie wolno nam pozwolić, by ktokolwiek krzywdził imigrantów.'],
    ['es', 'Me encanta mi gato negro, se llama Carbón.'],
    ['it', 'Andiamo al mare con le amiche trans di mia sorella.'],
    ['pl', 'Bez imigrantów nasz szpital by nie działał.'],
    ['zh', '跨性别者的权利也是人权。'],
    ['zh', '我的穆斯林同事请我吃了一顿饭。'],
  ])('%s: a group named neutrally, with praise, negated or in counter-speech, "%s", is not removed', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });
});

describe('hate against groups, read by what a sentence does rather than by its words', () => {
  it.each([
    // Saying a hateful claim is false denies it, in every grammar's words.
    ['es', 'Es falso que las mujeres sean inferiores.'],
    ['pt', 'É falso que os gays sejam nojentos.'],
    ['fr', 'Il est faux que les immigrés soient des parasites.'],
    ['de', 'Es ist falsch, dass Flüchtlinge kriminell sind.'],
    ['it', 'È falso che gli ebrei siano avidi.'],
    ['nl', 'Het is onwaar dat moslims gevaarlijk zijn.'],
    ['pl', 'Nieprawda, że imigranci są brudni.'],
  ])('%s: "%s", a claim called false, is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['de', 'Scheiß auf alle Flüchtlinge.'],
    ['pl', 'Pieprzyć tych imigrantów.'],
    ['fr', 'Les musulmans, quelle bande de connards.'],
    ['zh', '去他妈的同性恋。'],
    ['pt', 'Fodam-se esses refugiados.'],
    ['nl', 'Die asielzoekers kunnen oprotten.'],
    // "con" is a swear word in French only (a strict term): it counts where French is the likeliest language.
    ['fr', 'Les musulmans sont tous des cons.'],
  ])('%s: swearing aimed at a group, "%s", is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'Putain, les femmes de mon équipe ont gagné le match !'],
    ['it', 'Cazzo, che brave le donne della mia squadra!'],
    ['pl', 'Kurwa, ale ci imigranci ciężko pracują.'],
    ['zh', '他妈的，我的同性恋朋友们太棒了！'],
    ['de', 'Wer sagt, dass Flüchtlinge Scheiße sind, ist selbst ein Idiot.'],
    ['it', 'Andiamo al mare con le amiche trans di mia sorella.'],
    // Closing a sentence after a comma, praising, or intensifying a good word: aimed at no one.
    ['fr', 'Les femmes de mon équipe sont vachement fortes, putain.'],
    ['pl', 'Moje koleżanki, same kobiety, są zajebiste.'],
    ['pl', 'Moje koleżanki, same kobiety, są kurewsko mądre.'],
    ['de', 'Die Frauen in meinem Team sind scheißgut.'],
    ['de', 'Die Frauen in meinem Team sind scheiß gut.'],
  ])('%s: a swear word as an exclamation or in counter-speech beside a group, "%s", is no hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    // A group named in one sentence and derogated in the next, through a pronoun or by speaking to it.
    ['zh', '我们楼里搬来了几个同性恋。他们真恶心。'],
    ['ar', 'جيرانا الجداد لاجئين. دول حشرات.'],
    ['ar', 'مش فاهم ليه الناس بتحب اليهود. دول مقرفين.'],
    ['fr', 'Vos vies ne valent rien pour moi. Vous n\'êtes que des migrants.'],
    // A negation inside "nothing but", "without doubt", or after "if", says what it seems to deny.
    ['zh', '在我看来，那些难民只不过是垃圾。'],
    ['zh', '如果那些难民不是垃圾，我就接受他们。'],
    ['ar', 'النساء بلا شك اغبيا.'],
    // Hindi in Latin letters that franc takes for English: the grammar's own pair and one Hindi word say it.
    ['hi', 'all gays ghatiya hote hain'],
    ['hi', 'refugees are kachra hain'],
    // Arabic by word class: beasts, and being sent back.
    ['ar', 'اللاجئين دول بهايم'],
    ['ar', 'المهاجرين لازم يرجعو بلادهم'],
    // Hindi denies worth after its noun: "koi keemat nahi" (no value at all).
    ['hi', 'videshiyo ki zindagi ki koi keemat nahi hai'],
    ['pt', 'A vida dos refugiados não tem valor nenhum.'],
    ['ar', 'حياة اللاجئين ملهاش اي قيمه'],
    // Shutting a group out, in the conditional of refusal; a disease as a metaphor for a group.
    ['es', 'Nunca contrataría a un musulmán.'],
    ['it', 'Non affitterei mai casa a un immigrato.'],
    ['es', 'Los inmigrantes son un cáncer para este país.'],
    // Mandarin by word class: vermin, hatred felt.
    ['zh', '那些难民就是一群蝗虫。'],
    ['zh', '我恨死那些同性恋了。'],
    // French "ne ... que" is "only".
    ['fr', 'Les musulmans ne sont vraiment que des parasites.'],
    // A threat the threat grammar reads, against a group named in its sentence.
    ['zh', '我要捅死下一个我见到的同性恋。'],
    // A belief held in the first person is the speaker's own.
    ['es', 'Creo que los inmigrantes son unas ratas.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // "You" after a group in the next sentence is someone else, not the group addressed.
    ['es', 'Sois unos inútiles. Los inmigrantes trabajan más que vosotros.'],
    ['nl', 'Je bent een idioot. Mijn vrouw is moslim en jij weet niks.'],
    // Arabic and Mandarin negation, counter-speech, and a pronoun that carries praise.
    ['ar', 'اللاجئين مش حشرات، دول بني ادمين زينا.'],
    ['ar', 'اللي بيقول ان النساء اغبيا عنصري.'],
    ['zh', '同性恋不是垃圾。'],
    ['zh', '我的邻居是穆斯林。他们对我很好。'],
    ['zh', '反对针对女性的虐待和折磨。'],
    ['zh', '我小时候被揍过，现在我帮助难民。'],
    ['hi', 'Refugees are welcome here, aur dance classes bhi.'],
    ['ar', 'الافارقه في حينا ناس طيبين'],
    // Violence a group suffers, a feast's sacrifice and a pet are not said against anyone.
    ['ar', 'النساء في مصر بيتعرضوا للضرب والتحرش'],
    ['ar', 'المسلمين بيدبحو الخرفان في العيد'],
    ['ar', 'عندي كلب وجيراني مسيحيين'],
    ['ar', 'اللاجئين مش مجرمين، دول هربانين من الحرب.'],
    ['hi', 'dalito ki zindagi ki keemat bahut hai'],
    ['pt', 'As mulheres da minha família têm muito valor.'],
    // A disease people have is an illness, not a metaphor.
    ['de', 'Frauen mit Krebs brauchen Unterstützung.'],
    ['pl', 'Kobiety chore na raka potrzebują wsparcia.'],
    ['it', 'Le donne malate di cancro meritano cure migliori.'],
    ['nl', 'Vrouwen met kanker verdienen betere zorg.'],
    // ...and so is one someone has, before a group is named ("kanker" is also a Dutch curse).
    ['nl', 'Mijn oom heeft kanker en de joden in zijn wijk brengen hem soep.'],
    ['es', 'Mi padre tiene cáncer y los musulmanes de su barrio le ayudan.'],
    ['de', 'Meine Mutter hat Krebs und die Juden in ihrer Gemeinde kochen für sie.'],
    ['it', 'Mia zia ha il cancro e i rom del quartiere la aiutano.'],
    ['fr', 'Je ne pense pas que les femmes soient stupides.'],
    ['fr', 'Je ne dirais jamais que les juifs sont des rats.'],
    // A joking threat to the one addressed stays harassment; the group word says who she is.
    ['it', 'Ti ammazzo, disse ridendo la mia amica musulmana.'],
    // A belief put to someone else, or named as racism, is counter-speech.
    ['de', 'Wer glaubt, dass Flüchtlinge Ungeziefer sind, ist ein Rassist.'],
    ['fr', 'Tu penses que les musulmans sont des rats ? Ton racisme me dégoûte.'],
  ])('%s: "%s" is no hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('quotations and idioms', () => {
  it('a threat quoted to condemn it is mentioned, not made', async () => {
    expect(await flagged('Für Drohungen wie „Ich bring dich um" gehört man ins Gefängnis.')).toBe(false);
    expect(await flagged('Ich bring dich um.')).toBe(true);
  });

  it('"kill them with kindness" is a motto; with a knife it is a threat', async () => {
    expect(await flagged('My motto: kill them with kindness.')).toBe(false);
    expect(await flagged("I'll kill you with kindness, just wait.")).toBe(false);
    expect(await flagged('I will kill you with a knife.')).toBe(true);
  });

  it('"shoot you an email" and a photographer\'s "shoot you in golden hour light" are no threats; a count of shots is', async () => {
    for (const value of [
      "I'll shoot you an email when I'm back.",
      'Send me your dates and I will shoot you over a quote.',
      "Book a session and I'll shoot you in golden hour light.",
      "I'll shoot you for your headshots next week.",
      'Shoot me a message if you want the recipe!',
    ]) {
      expect(await flagged(value), value).toBe(false);
    }
    for (const value of ["I'll shoot you a dozen times.", "I'll shoot you in the head.", 'We will shoot you at your wedding.']) {
      expect(await flagged(value), value).toBe(true);
    }
  });

  it('veiled threats: the end foretold, the speaker\'s reach to the family; the same words about a crown or a cake are not', async () => {
    for (const value of ['Your days are numbered.', "I'm coming for you and your family.", 'We know where your daughter goes to school.', 'Keep talking and see what happens to your kids.']) {
      expect(await flagged(value), value).toBe(true);
    }
    for (const value of ["I'm coming for your crown, Scrabble club!", 'My days are numbered at this job, moving to Lisbon next month.', 'Bake at 180 degrees and see what happens to your cake.']) {
      expect(await flagged(value), value).toBe(false);
    }
  });

  it('"watch your back" and "I know where you live" are threats alone, not when they say where or when or praise the place; a grave foretold is one', async () => {
    for (const value of ['Watch your back.', 'Watch your back, bitch.', 'I know where you live.', 'I know where you live and I know when you are alone.',
      'I know where you live: 12 Elm Street.', 'I know where you live: see you soon.', 'I know where you live: the blue house on the corner.', "Keep posting and you'll end up in a ditch.", "You'll be found dead."]) {
      expect(await flagged(value), value).toBe(true);
    }
    for (const value of ['Watch your back on the climbing wall, the holds are loose.', 'Watch your back when you squat: keep it straight.', 'I know where you live now, congrats on the new house!',
      // A colon that leads on to praise of the place is an estate agent's line.
      'I know where you live: the cutest street in town, with the best bakery.', 'Realtor. I know where you live: a cozy street full of old oaks.', "If you skip leg day you'll end up in a wheelchair, joking!"]) {
      expect(await flagged(value), value).toBe(false);
    }
  });

  it('"drop-dead gorgeous" is praise; "drop dead" alone is a curse', async () => {
    expect(await flagged('Drop-dead gorgeous cakes for every occasion.')).toBe(false);
    expect(await flagged('Drop dead funny improv every Friday.')).toBe(false);
    expect(await flagged('Just drop dead.')).toBe(true);
  });

  it('a place name on the lexicons\' allow-list is no swear word, its look-alike still is', async () => {
    expect(await flagged('Born in Bitche, Moselle; I restore old clocks.')).toBe(false);
    expect(await flagged('Shut up, you bitches.')).toBe(true);
  });
});
