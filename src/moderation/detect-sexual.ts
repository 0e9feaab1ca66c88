import { phraseDetector } from './phrase-detector.js';
import { withScriptPatterns, type ScriptTable } from './script-patterns.js';

/**
 * The words a sex educator names as topics (porn, masturbation, orgasm), said as one: after "we talk about", "hablamos
 * de", "praten over" in their sentence, or after a sex educator's or sexual health's name close before ("Éducatrice
 * en santé sexuelle : consentement, masturbation, porno…"). Only the bare word is a topic: what is offered or shown
 * ("porn videos", "free porn", "sexo por dinero") is read by its own patterns.
 */
const TOPIC_WORD = /^(?:porn\p{L}*|masturbat\p{L}*|orgasm\p{L}*)$/u;
const NAMED_AS_TOPIC = new RegExp(
  String.raw`(?:(?:^|[^\p{L}])(?:talk|talks|talking|speak|speaking|teach|teaching|educate|educating|discuss|discussing|questions|hablamos|hablar|hablo|charlas?|platicamos|falamos|falar|conversamos|parle|parlons|parler|praten|spreken|sprechen|reden|parliamo|parlare|rozmawiamy|mowimy|rozmawiam)(?:[^\p{L}.!?]+\p{L}+){0,3}?[^\p{L}.!?]+(?:about|of|on|de|sobre|over|uber|di|o)|` +
    String.raw`sex education|sex educator|sexual health|sexual wellness|sexologist|educacion sexual|educador[a]? sexual|salud sexual|educacao sexual|saude sexual|education sexuelle|educat(?:eur|rice) (?:en sante )?sexuel\p{L}*|sante sexuelle|sexolog\p{L}*|seksuolo\p{L}*|sexualpadagog\p{L}*|sexualberat\p{L}*|educazione sessuale|salute sessuale|edukacj\p{L}* seksualn\p{L}*)[^.!?\n]{0,100}$`,
  'u',
);
const namedAsTopic = (text: string, from: number, to: number) => TOPIC_WORD.test(text.slice(from, to)) && NAMED_AS_TOPIC.test(text.slice(Math.max(0, from - 140), from));

const detectPhrases = phraseDetector('sexual', {
  // "fotos hot dog" is food, "desnudos artísticos" art.
  innocentAfter: /^[^\p{L}]+(?:dogs?|artistic\p{L}*|artistiqu\p{L}*|kunstlerisch\p{L}*)(?!\p{L})/u,
  innocentAt: namedAsTopic,
  slots: {
    minor: ['child~', 'children', 'kid~', 'kiddie~', 'minor~', 'underage', 'under age', 'preteen~', 'pre teen~', 'toddler~', 'little (girl~|boy~)', 'young (girl~|boy~)', 'schoolgirl~', 'schoolboy~', '(8|9|10|11|12|13|14|15|16|17) (yo|year old|years old|y o)', 'loli~', 'lolita~', 'shota~', 'jailbait', 'cp', 'pedo', 'teen~'],
    // Selling or sending, first person or ad style ("vendo", "verkaufe", "sprzedam", "satıyorum"); offering
    // and making are a photographer's words too ("hago fotos sexy para novias"), read only for shows and calls.
    sell: ['vendo', 'vende', 'vendemos', 'envio', 'envia', 'mando', 'paso', 'vends', 'vend', 'envoie', 'verkaufe', 'verkaufen', 'verschicke', 'schicke', 'sende', 'invio', 'verkoop', 'verkopen', 'stuur', 'sprzedam', 'sprzedaje', 'wysle', 'satiyorum', 'satilik', 'satarim', 'atarim', 'gonderirim', 'bechti', 'bechta', 'kharido', 'chahiye'],
    offer: ['ofrezco', 'ofereco', 'hago', 'faco', 'propose', 'fais', 'biete', 'mache', 'offro', 'faccio', 'bied', 'doe', 'oferuje', 'robie'],
    // Pictures, videos and "content" (German and Dutch compounds are {nudemedia}); shows and calls.
    media: ['foto~', 'fotinho~', 'fotki', 'fotke', 'zdjecia', 'zdjec', 'zdjecie', 'photo~', 'bild', 'bilder', 'pic~', 'pics', 'video*', 'videozinho~', 'filmpje~', 'filmik*', 'pack~', 'contenido', 'conteudo', 'contenu~', 'contenuto', 'content', 'inhalt~', 'fotograflar*', 'goruntu*', 'tasveer*'],
    show: ['videollamada~', 'videochamada~', 'chamada~ de video', 'show~', 'webcam~', 'cam', 'cams', 'live~', 'videochat~'],
    // What makes them intimate; "hot" and its kin only beside pictures ("heiße Quellen", "salsa picante").
    adult: ['intima~', 'intimas', 'intimo~', 'intime~', 'intim', 'intimen', 'intieme', 'intymne', 'intymnych', 'hot', 'calientes', 'caliente', 'picante~', 'picantes', 'erotic*', 'erotik*', 'erotisch*', 'sexy', 'coquin~', 'coquines', 'osee~', 'nsfw', 'xxx', 'porno', 'pornografic*', 'pikant*', 'piccant*', 'desnud*', 'pelada~', 'peladinha~', 'nuas', 'nue', 'nues', 'nudo', 'nuda', 'nudi', 'nude', 'nackt*', 'naakt*', 'nagie', 'nagich', 'nago', 'gorace', 'goracych', 'ciplak', 'mustehcen', 'seksi', 'nangi', 'nange', 'explicit*', '18', 'mas 18', 'para adultos', 'adulto~', 'pour adultes', 'per adulti', 'fur erwachsene', 'voor volwassenen', 'dla doroslych', 'sin censura', 'sem censura', 'sans censure', 'ohne zensur', 'senza censura', 'bez cenzury'],
    nudemedia: ['nacktbild*', 'nacktfoto*', 'nacktvideo*', 'nacktaufnahme*', 'sexvideo*', 'sexfoto*', 'pornovideo*', 'naaktfoto*', 'naaktfilm*', 'naaktbeeld*', 'sexfilmpje~', 'nudes', 'nudez'],
    // Hookup bait: hot girls near you, waiting.
    hot: ['calientes', 'cachondas', 'gostosas', 'safadas', 'quentes', 'chaudes', 'coquines', 'heisse', 'geile', 'versaute', 'calde', 'vogliose', 'porche', 'hete', 'gorace', 'napalone', 'atesli', 'seksi', 'sexy'],
    girls: ['chicas', 'mujeres', 'maduras', 'solteras', 'mulheres', 'gatas', 'garotas', 'novinhas', 'coroas', 'filles', 'femmes', 'meufs', 'celibataires', 'girls', 'frauen', 'madchen', 'madels', 'singles', 'hausfrauen', 'ragazze', 'donne', 'milf~', 'meiden', 'vrouwen', 'laski', 'dziewczyny', 'kobiety', 'mamuski', 'kizlar', 'kadinlar', 'bayanlar'],
    near: ['cerca de (ti|vos|tu casa)', 'en tu (zona|ciudad|barrio)', 'perto de (voce|vc|ti)', 'na sua (cidade|regiao)', 'pres de chez (toi|vous)', 'dans ta (ville|region)', 'in deiner (nahe|stadt|umgebung)', 'vicino a te', 'nella tua (zona|citta)', 'in (jouw|je) (buurt|regio|stad)', 'w (twojej|twoim) (okolicy|miescie)', 'yakinin*', 'yakininda', 'bolgende', '(te|os) esperan', 'esperando', 'te esperam', 't attendent', 'warten', 'ti aspettano', 'willen', 'czekaja', 'seni bekliyor'],
    act: ['sex', 'sexual~', 'sexually', 'porn*', 'nude~', 'nudes', 'naked', 'erotic~', 'xxx', 'molest*', 'fuck~', 'rape~', 'orgasm~', 'masturbat*', 'fondl*', 'grope~', 'groping', 'pleasure themselves', 'pleasure himself', 'touch~ (her|him|them) inappropriately'],
  },
  phrases: {
    sexual: [
      [0.2, '(sex|sexual|sexually|sexy)'],
      [0.55, '(porn*|pr0n|hentai)'],
      [0.3, '(xxx|nsfw|hardcore)'],
      [0.6, '(blowjob~|blow job~|handjob~|hand job~|rimjob~|footjob~|titjob~|deepthroat*|gangbang*|gang bang*|bukkake|creampie~|cumshot~|cum shot~|facial~ (cum|jizz)|cumming|jizz*|dildo~|vibrator~|buttplug~|butt plug~|fleshlight~|bondage|bdsm|fetish~|kinky|milf~|camgirl~|cam girl~|sexting|sext|nudes|onlyfans|only fans|fansly|escort service~|call girl~|erotic massage|happy ending~|sugar daddy|sugar daddies|stripper~|lap dance~)'],
      [0.6, '(cum|cums|cumming|came|ejaculat*) (in|on|inside|all over) (me|you|u|her|him|them|my|your|his|her)'],
      [0.45, '(orgasm~|masturbat*|ejaculat*|horny|cum|cums|cumming|orgy|orgies|threesome~|foreplay|sex toy~|sex doll~|fellatio|cunnilingus|anal sex|oral sex)'],
      // Under SIGNAL: anatomy words add to an explicit term, never up to a verdict by themselves (biology, health, jokes).
      [0.25, '(erection~|aroused|semen|sperm|clitoris|clit|vulva|genitals|genitalia|penis~|vagina~|pussy|pussies|cock~|dick~|tits|titties|boobs|nipple~|anal|anus|intercourse)'],
      [0.6, '(fuck|fucked|fucking|screw|screwed|bang|banged|ride|rode|suck~|lick~) (me|her|him|my|his|her|your) (hard|pussy|dick|cock|tits|ass|brains out|all night)'],
      [0.55, '(send|sending|want|selling|buy) (nudes|nude pics|naked pics|pics of (my|your) (body|tits|dick))'],
      [0.55, '(hot|horny|sexy|naughty|lonely) (singles|girls|milfs|women|wives|babes) (near you|in your area|waiting|online|want)'],
      [0.55, '(sex|porn|xxx|nude|naked) (chat|cam|cams|webcam|video~|pics|photos|live|dating|tape~|show)'],
      [0.5, '(free|live|hot) (sex|porn|xxx|webcam)'],
      [0.5, '(hard|rough|dirty|kinky) (sex|anal)'],
      [0.5, '(nuru|body to body) massage~'],
      [0.45, '(naked|nude|undress*|strip~|stripping) .. (body|bodies|in front of|for me|pictures|photos|pics)'],
      [0.5, '(his|her|my) (hard|throbbing|wet|erect) (cock|dick|member|shaft|pussy|core|nipples)'],
      [0.45, '(moan~|moaning|thrust~|thrusting|grind~|grinding|spread~ her legs|between (my|her|his) (legs|thighs))'],
      // The vocabulary of research, news and health: adds to explicit terms, never up to a verdict by itself.
      [0.25, '(sexual|sexually) (act~|activity|activities|intercourse|interest|pleasure|experience|fantasy|fantasies|desire~|partner~|position~)'],
      // Other languages: intimate pictures sold or offered are an ad; named alone, a mention ("cuidado con el contenido +18").
      [0.6, '{sell} .. ({media} {adult}|{adult} {media}|{nudemedia})'],
      [0.6, '({adult} {media}|{nudemedia}) .. {sell}'],
      [0.6, '({sell}|{offer}) .. ({show} {adult}|{adult} {show})'],
      // Escort and "programa" ads; "escort" alone is a car or a convoy, "acompanhante" a carer.
      [0.6, '(escort~|eskort) (girl~|boy~|bayan~|kiz~|dame~|meisje~|service|servicio~|servico~|de luxo|de lujo|di lusso|independiente|independente|hizmet*)'],
      [0.6, '(scort~|faco programa|fazer programa|garota~ de programa|garotas de programa|plan cul|plans cul|sexdate~|sekscontact~|sexkontakt~|roksa|(dziewczyna|dziewczyny) do towarzystwa)'],
      [0.55, '(acompanhante~|acompanante~|accompagnatrice|accompagnatrici) .. (de luxo|de lujo|di lusso|vip|independente|independiente|discreta~|discrecion|discricao|discrezione|com local|con lugar|atendimento completo|completo|completa)'],
      [0.5, '(atendo|atendimento) (em|no|com) (motel|local proprio|hotel)'],
      // A barber also "atende homens", a course has a "programa completo": together, an ad.
      [0.45, '(atendo|atendimento) (homens|casais|senhores|cavalheiros)'],
      [0.3, 'programa completo'],
      [0.3, '(begleitservice|begleitagentur|massage~ (naturiste|erotique|tantrique|erotic*|tantra))'],
      // "Begleitservice für Senioren, diskret": a carer's words too.
      [0.55, '(begleitservice|begleitagentur) .. (erotisch*|hotel*|escort|fur (herren|manner|gentlemen))'],
      [0.6, '({hot} {girls}|{girls} {hot}) .. {near}'],
      [0.55, '(incontri|encontros|encuentros|rencontres|sexo|sex|seks) (hot|piccanti|sexy|erotici|casuais|casuales|sans lendemain|sem compromisso|sin compromiso|na noc|za pieniadze|por dinero|por dinheiro)'],
    ],
    'sexual/minors': [
      [0.9, '{minor} {act}'],
      [0.9, '{act} (with|of|involving) [a|an|the|my|your|little|young] {minor}'],
      [0.85, '(pedophil*|paedophil*|child abuse~|child molest*|grooming) .. ({act}|images|material|videos|content)'],
      [0.6, 'sexual (interest|activities|activity|attraction) .. (with|in|to) [my|your|their|his|her] (kids|children|daughter|son)'],
    ],
  },
});

/** Russian, Arabic, Hindi, Chinese and Japanese: a sale of intimate pictures, escort ads, hookup bait (policy.multilingual on). */
const RU_ADULT = '(интим\\p{L}*|голы\\p{L}*|голая|обнажен\\p{L}*|эротич\\p{L}*|откровенн\\p{L}*|горяч\\p{L}*|порно\\p{L}*|пошл\\p{L}*)';
const RU_MEDIA = '(фото\\p{L}*|видео\\p{L}*|фотк\\p{L}*|снимк\\p{L}*|контент\\p{L}*|нюдс\\p{L}*|селфи)';
const AR_PREFIX = '(?:و|ف|ب|ل|ال|وال|بال|لل)?';
const AR_MEDIA = `${AR_PREFIX}(صور|صوري|فيديو|فيديوهات|فيديوهاتي|مقاطع|مقاطعي)`;
const AR_ADULT = `${AR_PREFIX}(عاري\\p{L}*|عارية|جنسي\\p{L}*|ساخن\\p{L}*|إباحي\\p{L}*|اباحي\\p{L}*|سكس)`;
const HI_ADULT = '(नंगी|नंगे|न्यूड|अश्लील|सेक्सी|हॉट)';
const HI_MEDIA = '(तस्वीर[\\p{L}\\p{M}]*|फोटो[\\p{L}\\p{M}]*|फ़ोटो[\\p{L}\\p{M}]*|वीडियो[\\p{L}\\p{M}]*|पिक्स)';
const OTHER_SCRIPTS: readonly ScriptTable[] = [
  {
    script: /[\u0400-\u04ff]/,
    rows: [
      ['sexual', 0.6, `(продаю|продам|продажа|скидываю|скину|отправлю|пришлю|вышлю) (?:{word} ){0,2}(${RU_ADULT} ${RU_MEDIA}|нюдс\\p{L}*)`],
      ['sexual', 0.6, '(интим\\p{L}* (за деньги|услуг\\p{L}*|досуг\\p{L}*)|эскорт\\p{L}* услуг\\p{L}*|индивидуалк\\p{L}*|секс за деньги)'],
      ['sexual', 0.6, '(горяч\\p{L}*|одинок\\p{L}*|развратн\\p{L}*|озабочен\\p{L}*) (девушк\\p{L}*|девочк\\p{L}*|девчонк\\p{L}*|женщин\\p{L}*|красотк\\p{L}*|мамочк\\p{L}*|милф\\p{L}*) (?:{word} ){0,2}(рядом|поблизости|в твоем город\\p{L}*|ждут)'],
    ],
  },
  {
    script: /[\u0600-\u06ff]/,
    rows: [
      ['sexual', 0.6, `(أبيع|ابيع|نبيع|بيع|للبيع|أرسل|ارسل|ابعث|أبعث) (?:{word} ){0,2}${AR_MEDIA} (?:{word} ){0,1}${AR_ADULT}`],
      ['sexual', 0.6, `${AR_MEDIA} ${AR_ADULT} (?:{word} ){0,1}(للبيع|بفلوس|مدفوعة)`],
      ['sexual', 0.55, `(مرافقة|مرافقات) (?:{word} ){0,2}${AR_PREFIX}(مساج|تدليك)`],
      ['sexual', 0.6, `(بنات|نساء|فتيات|نسوان) (ساخن\\p{L}*|مثير\\p{L}*|شراميط) (?:{word} ){0,2}(قريب\\p{L}*|بالقرب|في مدينتك|في منطقتك)`],
    ],
  },
  {
    script: /[\u0900-\u097f]/,
    rows: [
      ['sexual', 0.6, `${HI_ADULT} ${HI_MEDIA} (?:{word} ){0,2}(खरीदो|खरीदें|ख़रीदो|ख़रीदें|बेचती|बेचता|बेच|चाहिए|मंगवाओ|मंगाओ)`],
      ['sexual', 0.6, '(कॉल गर्ल|कॉलगर्ल|एस्कॉर्ट)'],
    ],
  },
  {
    script: /[\u3040-\u30ff\u4e00-\u9fff]/,
    unspaced: true,
    rows: [
      // Chinese: nude or private pictures for sale, hookups, "special services".
      ['sexual', 0.6, '(出售|卖|售|有偿|收费|付费|发)[^。！？!?\\n]{0,6}(私密|裸|色情|情色|无码|露点)(照|图|视频|片)'],
      ['sexual', 0.6, '(裸聊|约炮|援交|楼凤|外围女|包夜|一夜情)'],
      ['sexual', 0.45, '(特殊服务|特殊按摩|全套服务|全套|大保健|寂寞(美女|少妇|人妻))'],
      // Japanese: erotic or nude pictures sold or sent, sex friends, sugar dating, lewd girls to meet.
      ['sexual', 0.6, '(エロ|裸|ヌード|エッチな|えっちな|アダルト|無修正|ハメ撮り)[^。！？!?\\n]{0,2}(写真|画像|動画|自撮り|写メ){near}(売|販売|配布|譲)'],
      ['sexual', 0.6, '(援助交際|援交|セフレ|パパ活|ママ活)'],
      ['sexual', 0.6, '(エッチな|えっちな|エロい|エロ)(女の子|女性|人妻|お姉さん|熟女){near}(出会|会え|会お)'],
    ],
  },
];

/**
 * Sexual content: explicit acts and solicitation; anything sexual near a minor is its own category.
 * Anatomy and the word "sex" alone are weak (health, education, biology); explicit terms are strong.
 * In es pt fr de it nl pl tr and romanised Hindi, selling or offering is a grammar: a selling verb, then
 * pictures or videos with a word that makes them intimate ("vendo fotos íntimas", "verkaufe heiße
 * Nacktbilder"); pictures named so without the sale are no signal (a parent's warning). Escort ads and
 * hookup bait by their own words; Cyrillic, Arabic, Devanagari and CJK by script-patterns.ts, with
 * policy.multilingual on.
 */
export const detectSexual = withScriptPatterns(detectPhrases, OTHER_SCRIPTS, 'local:sexual');
