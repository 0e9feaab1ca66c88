import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate against protected groups in Arabic (Standard and Egyptian), Mandarin and Hindi (romanised and in
 * Devanagari), by the classes hate-grammars.ts lists for them: each harmful sentence names a group and
 * says something of a class (vermin, filth, a contemptuous attribute in its inflected form, hatred felt,
 * worth denied, violence in the future, the imperative or "should be"), each innocent one shares the words
 * with a negation, counter-speech, a report or praise. Sentences written for these tests.
 */

describe('Arabic', () => {
  it.each([
    // Words written with ة, ى or أ (the grammar is folded as the text is).
    ['filth, with teh marbuta', 'اللاجئين دول زبالة المجتمع'],
    ['a woman named without the article', 'اي مرأة زيك ملهاش لازمة'],
    ['a feminine contemptuous attribute', 'كل يهودية حقيرة وكذابة'],
    ['hatred felt, with the object suffix', 'انا بصراحة اكرههم، المثليين دول'],
    ['worth denied', 'حياة المعاقين ما تسواش حاجة'],
    ['nothing worse than them', 'مفيش حاجة اسوأ من المهاجرين'],
    ['a shoe worth more than their lives', 'جزمتي اغلى من حياة اي لاجئ'],
    ['death wished on them', 'ربنا ياخد كل الشواذ'],
    ['the Standard future of killing', 'سنقتل كل المهاجرين في المدينة'],
    ['hanging, with the object suffix', 'لازم نعلقهم من رقابهم، السود دول'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['"tomorrow" (بكرة) is not "I hate" (بكره)', 'هساعد جارتي اليهودية بكرة في النقل'],
    ['a teenager (مراهق) is no woman', 'المراهقين الاغبياء دول كسروا الشباك'],
    ['a negation', 'اللاجئين مش حشرات، دول بني ادمين زينا'],
    ['counter-speech: upset at what others pray for', 'بتضايق جدا لما الناس بتدعي ربنا ياخد المثليين'],
    ['counter-speech: a post called shameful', 'البوست اللي بيقول ان السود حيوانات ده عيب ومرفوض'],
    ['"reasonable" holds the root of saying without reporting', 'مش معقول اد ايه النساء في شركتنا شاطرين'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Mandarin', () => {
  it.each([
    ['beasts as a compound', '那些难民就是一群蠢猪。'],
    ['a contemptuous attribute', '穆斯林都很阴险狡猾。'],
    ['hatred felt', '我对同性恋恨之入骨。'],
    ['a life denied', '残疾人根本不配活着。'],
    ['their lives scorned', '谁在乎黑人的死活？居然在乎黑人的命。'],
    ['lynching', '应该把这些移民都挂路灯。'],
    ['hacking to pieces', '我要把那些外国人剁碎。'],
    ['a homophone written to slip past filters', '所有跨性别者都去四吧。'],
    ['one character in pinyin', '女人都是laji。'],
    ['"not surprising" says what it holds', '黑人这么懒惰一点也不意外。'],
    ['"for me" (对我来说) is no report', '对我来说，犹太人就是寄生虫。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a negation', '同性恋不是怪物，他们和我们一样。'],
    ['pork is no pig', '穆斯林不吃猪肉，我们聚餐时点了鱼。'],
    ['counter-speech: dismay at what others say', '看到有人说难民是蝗虫，我很难过。'],
    ['counter-speech: a comparison reported', '你把女性比作动物，这是歧视。'],
    ['the people who hate are the subject', '仇恨同性恋的人真无知。'],
    ['respect asked for a group', '残疾人应该被尊重，这是基本的人权。'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Hindi, romanised', () => {
  it.each([
    ['an oblique plural group with vermin', 'in rohingyaon ko dekho, saale makkhiyan hain'],
    ['a feminine contemptuous attribute', 'ye auratein ekdum ghinauni aur kamchor hoti hain'],
    ['hatred felt', 'mujhe hijron se ghin aati hai, nafrat hai unse'],
    ['nothing worse', 'musalmano se ghatiya koi nahi hai'],
    ['a dog smarter', 'meri billi kisi bhi dalit se zyada samajhdaar hai'],
    ['their lives scorned', 'in viklango ki parwah kyu kare koi'],
    ['"should be killed"', 'sabhi pravasiyon ko jala dena chahiye'],
    ['the first person future', 'main in bangladeshiyon ko goli maarunga'],
    ['none spared', 'kisi musalman ko zinda nahi chhodenge'],
    ['death wished on them', 'saare yahudi mar jaayein'],
    ['worth denied, the negation after', 'auratein kabhi buddhimaan nahi ho sakti'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['"I with them" is no self-description that hides hate, and praise is none', 'mai musalmano ke saath rehta hun aur wo bahut ache padosi hain'],
    ['a negation', 'dalit log gande nahi hain, ye soch galat hai'],
    ['counter-speech: calling them something reported', 'jo log auraton ko bekaar samajhte hain wo khud bekaar hain'],
    ['Portuguese "mar do" is the sea', 'Os gays adoram o mar do Algarve, dizem os amigos.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Hindi in Devanagari', () => {
  it.each([
    ['vermin', 'ये मुसलमान कीड़े मकोड़े हैं'],
    ['a contemptuous attribute', 'सारी औरतें घटिया और जाहिल होती हैं'],
    ['hatred felt', 'मुझे शरणार्थियों से नफरत है'],
    ['"should be killed"', 'सभी हिजड़ों को मार देना चाहिए'],
    ['worth denied, the negation after', 'दलितों की कोई इज़्ज़त नहीं'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['a negation', 'मुसलमान घटिया नहीं हैं'],
    ['counter-speech', 'जो लोग कहते हैं कि औरतें जाहिल हैं, वे गलत हैं'],
    ['January (जनवरी) is no beast (जानवर)', 'मैं जनवरी में अपने मुसलमान दोस्त के घर गया'],
    ['praise', 'मेरी महिला सहकर्मी बहुत समझदार है'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 18: caste hate in Devanagari. The caste names used as slurs (चमार, भंगी, चूहड़ा; chamar romanised too) only where aimed at the one
 * addressed or said with contempt (the lexicon); castes named with contempt, dirt said of them, untouchability and
 * exclusion (the grammar). A community's name alone, a member's own caste, history, research and counter-speech are
 * no hate, nor the words the Devanagari skeletons share (भाग, run; भंग, cannabis; चमड़ा, leather; गदा, a mace).
 */
describe('Hindi in Devanagari: caste', () => {
  it.each([
    ['dirt said of a caste, and driven out', 'चमार लोग गंदे होते हैं, इनको गाँव से भगाओ'],
    ['barred from the temple', 'चमारों को मंदिर में घुसने मत दो'],
    ['touching them a sin', 'दलित गंदे होते हैं, इन्हें छूना भी पाप है'],
    ['"low caste" with contempt', 'नीची जाति के लोग हरामखोर होते हैं'],
    ['the slur at the one addressed', 'तू चमार है, तेरी औकात क्या है'],
    ['the slur with "saala ... kahin ka"', 'साला भंगी कहीं का'],
    ['"born of" the caste', 'चमार की औलाद, दफा हो'],
    ['the slur with contempt after', 'ये भंगी लोग नीच होते हैं'],
    ['romanised, at the one addressed', 'Abe chamar, nikal yahan se'],
    ['romanised, "born of"', 'Chamar ki aulad hai tu'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['history', 'संत रविदास का जन्म चमार समुदाय में हुआ था'],
    ['a member\'s own caste', 'मैं चमार हूँ और मुझे अपनी जाति पर गर्व है'],
    ['a member\'s own caste, romanised', 'Main chamar samaj se hoon aur mujhe garv hai'],
    ['counter-speech', 'किसी को चमार कहकर गाली देना अपराध है'],
    ['research', 'मैं दलित साहित्य पर शोध करती हूँ'],
    ['a film (भाग)', 'भाग मिल्खा भाग मेरी पसंदीदा फ़िल्म है'],
    ['cannabis at Holi (भंग)', 'होली पर भंग की ठंडाई बनाता हूँ'],
    ['leather (चमड़ा)', 'चमड़े का काम करता हूँ, जूते बनाता हूँ'],
    ['dirty clothes, no group', 'गंदे कपड़े धोना मेरा काम नहीं'],
    ['a report on sanitation workers', 'भंगी कॉलोनी की सफाई कर्मचारी महिलाओं के अधिकारों पर रिपोर्ट लिखी'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('evasions and constructions that hold for any word (2026-12-03, session 5)', () => {
  it.each([
    // Mandarin: one character of any grammar word hidden, read back by chinese-spellings.ts.
    ['zh: a group word with one character in pinyin', '这些hei人全是寄生虫。'],
    ['zh: a contempt word with one character in pinyin', '同性恋真让人恶xin到极点。'],
    ['zh: a homophone for a contempt word', '那些难民简直就是拉鸡。'],
    ['zh: a group character split into its components', '我受够了那些禾㣎斯林，全是人渣。'],
    ['zh: a contempt character split into its components', '外国人都是垃土及。'],
    ['zh: "no one is as ... as X"', '没有人比那些移民更肮脏。'],
    ['zh: "no better than rats"', '那种残疾人不比老鼠强。'],
    // Arabic: prohibitions, Egyptian "I hate", never hiring, "better off without", the object suffix referring back.
    ['ar: a life denied by a prohibition', 'مش لازم نسمح لاي مهاجر يعيش في الحي ده'],
    ['ar: Egyptian "I hate"', 'انا بكره كل اللاجئين اللي في المنطقة'],
    ['ar: never hiring one of them', 'عمري ما هشغل يهودي في محلي'],
    ['ar: the world better off without them', 'البلد هتبقى احسن من غير المثليين'],
    ['ar: "and so" ends the negation before the call', 'المهاجرين عمرهم ما هيتأقلمو ولكدا لازم نطردهم'],
    ['ar: a threat whose object suffix refers back', 'السود دول مش هيتغيرو. لازم نخلص عليهم'],
    ['ar: Arabizi vermin', 'el laj2een dol 7asharat'],
    ['ar: Arabizi call to kill', 'lazem n2tel kol el yahood'],
    // Hindi: the negation after "se" (from), body harm, run-together words, haters' words.
    ['hi: an attribute of deceit', 'ye musalman sab dagabaaz hote hai'],
    ['hi: a broken neck promised', 'main har hijre ki gardan tod dunga'],
    ['hi: "taught a lesson"', 'in dalito ko sabak sikhana padega'],
    ['hi: a group run into a quantifier', 'saareaurat kachra hai'],
    ['hi: no better than vermin', 'ye musalman keedo se behtar nahi hai'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['zh: "I am very" (我很) is not "I hate" (我恨)', '我很喜欢和黑人同事一起工作。'],
    ['zh: a sound-alike inside an ordinary phrase', '黑人不是认真的吗？我以为他在开玩笑。'],
    ['zh: counter-speech about someone who finds a group disgusting', '有人竟然觉得同性恋很恶心，太可怕了。'],
    ['ar: "better without war" is no call', 'اللاجئين عايشين احسن بدون حرب'],
    ['ar: a negation', 'مش كل اليهود خبثاء، دول ناس زينا'],
    ['ar: "tomorrow" before a group', 'بكرة اليهود هيحتفلو بالعيد في الحي'],
    ['ar: Arabizi denied', 'el laj2een mesh 7asharat'],
    ['hi: "I don\'t hate them" (se is "from", not "if")', 'main musalmano se nafrat nahi karta'],
    ['hi: haters named as such', 'musalmano se nafrat karne wale log bewakoof hai'],
    ['hi: hatred denied', 'mujhe hijro se koi nafrat nahi hai'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('word classes a native speaker knows (2026-12-03, session 6)', () => {
  it.each([
    // Mandarin: vermin and disease as predicates, attributes with a degree word, deserving it, beating,
    // "the only good X", denied good qualities, swearing at them.
    ['zh: vermin (woodworm)', '那些移民都是社会的蛀虫。'],
    ['zh: beasts as a predicate', '黑人就是一帮猪。'],
    ['zh: an attribute with a degree word', '这些外国人太懒，又很臭。'],
    ['zh: good for nothing', '残疾人一无是处。'],
    ['zh: deserving it', '同性恋被打是活该。'],
    ['zh: a beating promised', '我要把那些穆斯林痛打一顿。'],
    ['zh: "the only good X is a dead X"', '唯一的好犹太人是死了的犹太人。'],
    ['zh: honesty denied', '女人都不诚实。'],
    ['zh: swearing at them', '操所有同性恋。'],
    ['zh: a new word with one character in pinyin', '那些难民都是zhu虫。'],
    ['zh: lying (说谎) is no report of speech', '这些移民满口说谎。'],
    // Arabic: beasts and monsters, deviance and violence, "deserve the beating" with the silent alef,
    // the passive of "must", futures, cursing, denied understanding.
    ['ar: snakes', 'اليهود دول ثعابين'],
    ['ar: monsters', 'المتحولين جنسيا مسوخ'],
    ['ar: deviants', 'المثليين كلهم منحرفين'],
    ['ar: violent', 'اللاجئين دول عنيفين ودمويين'],
    ['ar: deserving the beating (with the silent alef)', 'الستات يستاهلوا الضرب'],
    ['ar: "must be burnt"', 'المثليين لازم يتحرقوا'],
    ['ar: the Egyptian future of destroying', 'هدمر كل اللاجئين في الحي'],
    ['ar: cursing them', 'تبا للمثليين'],
    ['ar: understanding nothing', 'النساء مبيفهموش حاجة'],
    ['ar: never trusted', 'عمري ما هثق في يهودي'],
    ['ar: Arabizi deviants', 'el mthlyeen dol mon7arfeen'],
    ['ar: Arabizi "must die"', 'el yahood lazem ymooto'],
    ['ar: Arabizi Egyptian future', 'ha2tlhom kolohom el laj2een dol'],
    // Hindi: beasts named as what they are, hell wished on them, violence called right, the passive of
    // "should", beating with shoes, death sentences, honesty denied.
    ['hi: beasts named as a predicate', 'kaale log bandar hain'],
    ['hi: hell wished on them', 'bhaad mein jaaye saare musalman'],
    ['hi: violence called right', 'auraton ko peetna theek hai'],
    ['hi: the passive of "should"', 'sab hijre maare jaane chahiye'],
    ['hi: beaten with shoes', 'musalmano ko joote maaro'],
    ['hi: a death sentence', 'dalito ko maut ki saza milni chahiye'],
    ['hi: honesty denied, the negation after', 'auratein imaandar nahi hoti'],
    ['hi: all of one kind', 'saare musalman ek jaise hote hain'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['zh: "no woman deserves this" (值得 is no denied worth)', '没有任何女人值得被这样对待。'],
    ['zh: "not lazy at all"', '我很高兴人们意识到外国人一点也不懒。'],
    ['zh: "no one should think X are useless"', '没有人应该认为残疾人毫无用处。'],
    ['zh: pork is no pig, a hot dog no dog', '穆斯林朋友不吃猪肉，我们点了热狗。'],
    ['ar: "no one deserves to be killed"', 'مفيش اي مثلي يستاهل يتقتل'],
    ['ar: a negation of the new attribute', 'المثليين مش منحرفين'],
    ['ar: counter-speech about "must be burnt"', 'اللي بيقول ان المثليين لازم يتحرقوا ده عنصري'],
    ['ar: Arabizi negation', 'el sood mesh 3anifeen'],
    ['hi: stopping hatred', 'dalito se nafrat karna band karo'],
    ['hi: a claim reported', 'unka dava hai ki musalman gande hain, par ye jhooth hai'],
    ['hi: violence called wrong', 'auraton ko peetna galat hai'],
    ['hi: praise of honesty', 'auratein bahut imaandar hoti hain'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('Arabizi in any spelling, and word classes (2026-12-03, session 7)', () => {
  it.each([
    // Arabizi spelt as the grammars do not list it: vowels dropped or changed, h for 7, kh for 5, q for 2, doubled letters.
    ['ar: Arabizi beasts, no vowels', 'el yahood 7ywnat'],
    ['ar: Arabizi beasts, h for 7 and doubled vowels', 'el sood hayawanaat'],
    ['ar: Arabizi filth, with the feminine h', 'el laj2een dol zebalah'],
    ['ar: Arabizi "we must kill", q for 2', 'lazem neqtel kol el mo3akeen'],
    ['ar: Arabizi disgust, kh for 5', 'ana bat2araf mn el nsa2 dol khales'],
    ['ar: Arabizi from an Arabic-script word (مكانهم المطبخ), the article apart', 'el nsa2 makanhom el matba5'],
    ['ar: Arabizi the Egyptian future of slaughter', 'hadba7 kol el mthlyoon'],
    ['ar: Arabizi franc calls English: "God take them"', 'allah ya5od kol el sood'],
    // Arabic script: needless, not borne, not respected, stereotyped deeds, taking lives, wiping out, thrown out.
    ['ar: needless', 'اللاجئين دول ملهمش داعي'],
    ['ar: not borne', 'انا مبستحملش اليهود'],
    ['ar: "I don\'t like" (circumfix negation)', 'انا مبحبش المثليين'],
    ['ar: stealing everything', 'السود دول بيسرقو كل حاجة'],
    ['ar: taking their lives', 'هطلع بروح كل المعاقين'],
    ['ar: wiping them out', 'لازم نفني كل اللاجئين'],
    ['ar: thrown out of the country', 'المهاجرين لازم يتقلعو من هنا'],
    ['ar: a slur aimed at the one addressed', 'انت مجرد واحدة حرمة بس'],
    ['ar: a slur with "another piece of"', 'حتة عبد تاني'],
    ['ar: "I don\'t understand why anyone cares" does not negate', 'مش فاهم ليه حد يهتم بحياة اللاجئين'],
    ['ar: a sentence that is its predicate alone, of the group before', 'بص على اليهود دول. بيقرفوني.'],
    ['ar: like the plague, its own sentence', 'النساء في كل حتة. زي الطاعون.'],
    // Hindi: repulsive, brainless, a waste of space, making one sick, throttling, the passive with "di", suffering.
    ['hi: repulsive', 'saare musalman pratikarak hain'],
    ['hi: brainless', 'auratein bedimag hoti hain'],
    ['hi: a waste of space', 'dalit bas jagah ki barbadi hain'],
    ['hi: making one sick', 'hijre mujhe bimar karte hain'],
    ['hi: throttled', 'mai har musalman ka gala ghont dunga'],
    ['hi: shot, the passive with "di"', 'kaash saare dalito ko goli maar di jaye'],
    ['hi: made to suffer', 'hum auraton ko tadpa denge'],
    ['hi: the world better without them', 'musalmano ke bina duniya behtar hogi'],
    ['hi: a name aimed as a slur', 'tu ek chudail ke ilava kuch nahi hai'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['ar: Arabizi love', 'ana ba7eb el nsa2 awi'],
    ['ar: Arabizi pride', 'lazem nefta5er bel laj2een'],
    ['ar: Arabizi counter-speech (how can you say)', 'ezay bet2ool el nsa2 mo2rfeen'],
    ['ar: Arabizi "we must not allow a rape"', 'msh lazem nesma7 b e3tesab ay sett'],
    ['ar: a reported claim called wrong', 'قالولي ان اللاجئين ملهمش داعي وده غلط'],
    ['ar: respect', 'انا بحترم النساء جدا'],
    ['ar: praise alone in the sentence after', 'قابلت لاجئين امبارح. محترمين جدا.'],
    ['ar: Abd as a name', 'عبد الرحمن جه امبارح'],
    ['ar: "fallen" of a plane', 'الطيارة ساقطة في البحر'],
    ['ar: "dying for" (بموت في) is adoring', 'انا بموت في الستات المصريات'],
    ['hi: no place for hatred', 'assamese logon ke khilaf hinsa ki koi jagah nahi hai'],
    ['hi: a call for violence reported as unacceptable', 'hijro ki hatya ki maang karna asweekar hai'],
    ['hi: "how can you say"', 'tum kaise keh sakte ho ki dalit janwar hain?'],
    ['hi: kinnar as a community\'s own name', 'mujhe kinnar samaj par garv hai'],
    ['hi: kala as art', 'bharat ki lok kala bahut sundar hai'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Session 8, by construction (sentences written for these tests): slurs aimed in more of the ways Arabic and
 * Hindi aim an insult, and reported after a verb of saying; Hindi threats in the negated future ("I won't
 * spare") and "should die"; Mandarin implicit derogation (sent back to the trees, what use are they, by what
 * right), rhetorical questions that ask leave to say it, the speaker's own hatred.
 */
describe('session 8 constructions', () => {
  it.each([
    ['ar: "nothing more than" a slur', 'انتي مش اكتر من ساقطة'],
    ['ar: "all of you" slaves', 'كلكم عبيد'],
    ['ar: the speaker against a group, for a reason', 'انا ضد اللاجئين لانهم مجرمين'],
    ['hi: a vocative slur', 'chup kar chudail.'],
    ['hi: a slur, then "hai tu"', 'kinnar hai tu.'],
    ['hi: "X kahin ka"', 'mulla kahin ka.'],
    ['hi: "I won\'t spare"', 'main tum auraton ko nahi chhodunga.'],
    ['hi: blood shed', 'main musalmano ka khoon baha dunga.'],
    ['hi: "should die"', 'sab musalmano ko mar jana chahiye.'],
    ['zh: back to the trees', '黑人应该回到树上去。'],
    ['zh: what use are they', '女人有什么用？'],
    ['zh: by what right', '凭什么让穆斯林住在我们这里？'],
    ['zh: nobody wants them', '没有人想要跨性别者当邻居。'],
    ['zh: why may one not say it', '为什么不能说黑人是垃圾？'],
    ['zh: the speaker\'s own hatred', '我对黑人的仇恨难道还不明显吗？'],
    ['zh: as stupid as a monkey', '黑人的智商跟猴子差不多。'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['ar: a slur reported after "says"', 'اللي بيقول على حد زنجي ده عنصري'],
    ['ar: told not to call anyone a slur', 'مينفعش تقول لحد يا لوطي'],
    ['ar: against racism', 'انا ضد العنصرية تجاه اللاجئين'],
    ['ar: Abd as a name after "actually"', 'عبد الله صاحبي من زمان'],
    ['hi: calling someone a slur is wrong', 'kisi ko chakka bulana galat hai.'],
    ['hi: stop calling Muslims a slur', 'muslims ko katua bolna band karo.'],
    ['hi: hatred seen', 'yahudiyon ke liye aisi nafrat dekhkar dil toot jata hai.'],
    ['hi: such thinking judged', 'auraton ke baare mein aisa sochna ghatiya hai.'],
    ['hi: the polite "tumhare jaise" praises', 'tumhare jaise kinnar hamari shaan hain.'],
    ['hi: "I won\'t leave you", to a friend', 'main tumhe kabhi nahi chhodunga, tum meri dost ho.'],
    ['zh: hatred of a group to be ended', '我们必须消除对黑人的仇恨。'],
    ['zh: hatred reported spreading', '网上对穆斯林的仇恨越来越多了。'],
    ['zh: a dog smarter than me', '我的狗比我聪明。'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('session 8 Hindi counter-speech', () => {
  it.each([
    ['hating named as an act', 'kaale logon se nafrat karna bewakoofi hai.'],
    ['"if you hate X"', 'agar tum musalmano se nafrat karte ho to mujhse door raho.'],
    ['disbelief that it goes on', 'mujhe yakeen nahi hota ki log ab bhi gay logon se nafrat karte hain.'],
    ['those who talk of killing named', 'yahudiyon ko maarne ki baat karne wale log khud rakshas hain.'],
  ])('%s: "%s" is not hate', async (_class, value) => {
    expect(await hate(value)).toBe(false);
  });
  it.each([
    ['"if you are X" is no counter-speech', 'agar tum musalman ho to tum gande ho.'],
  ])('%s: "%s" is hate', async (_class, value) => {
    expect(await hate(value)).toBe(true);
  });
});
