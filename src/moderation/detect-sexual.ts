import { phraseDetector } from './phrase-detector.js';
import { withScriptPatterns, type ScriptTable } from './script-patterns.js';
import { compiledNow } from './lazy-regexp.js';
import { AMOUNT } from './word-lists.js';
import { topicOfWork } from './work-topic.js';

/**
 * Pictures made intimate by a word before or after ("hot pics", "packs calientes", "contenido exclusivo +18").
 * A bare 18 before them is a count ("18 videos, link in bio"); before "content" it is "18+ content".
 */
const INTIMATE_MEDIA = '({adult} [{kept}] {media}|{media} [{kept}] ({adult}|18)|18 ({content}|{media})|{nudemedia})';
/** "18 videos for sale": a count, unless written "18+" or "+18" (innocentAt reads the sign the patterns skip). */
const COUNTED = /(?<![\p{L}\p{N}+])18(?!\s*\+)[^\p{L}\p{N}]+(?:pic|photo|foto|vid|clip|pack|selfie|bild|zdjec|film|imag)/u;

/**
 * Heat is a cook's word: "spicy" and "hot" pictures beside a dish or a pepper are no innuendo ("spicy
 * videos: I rate hot sauces"). Only the pictures' heat: "hot sex" stays what it is.
 */
const HEAT = '(?:spicy|hot|picant[a-z]*|piccant[a-z]*|pikant[a-z]*|pittige|heiss[a-z]*|calient[a-z]*|quentes|chaudes|calde|gorace|atesli)';
const PICTURES = "(?:pic|photo|foto|vid|video|clip|content|contenid|conteud|contenu|bild|zdjec|film|icerik|pack)[a-z']*";
const HOT_PICTURES = compiledNow(new RegExp(`(?<![a-z])(?:${HEAT}\\s+${PICTURES}|${PICTURES}\\s+${HEAT})(?![a-z])`));
const FOOD = /(?<![a-z])(?:sauces?|salsas?|peppers?|chil+i(?:es|s)?|chiles?|pimentas?|pimientos?|piments?|peperoncin[io]|recipes?|recetas?|recettes?|rezepte?|ricett[ae]|recepten?|przepis[a-z]*|ramen|wings|food|comida|cuisine|cooking|cocina|kitchen|chutney|curry|harvest|seeds|semillas|sos|aci)(?![a-z])/;
const REACH = 60;
/** "fotos 18 x 24": a print's size, not "+18". */
const SIZE = /(?<![\p{L}\p{N}])18\s*(?:x|por|by)\s*\d/u;

/**
 * The words a sex educator names as topics (porn, masturbation, orgasm, sex itself, anal sex), said as one: after "we talk about", "hablamos
 * de", "praten over" in their sentence, or after a sex educator's or sexual health's name close before ("Éducatrice
 * en santé sexuelle : consentement, masturbation, porno…"). Only the bare word is a topic: what is offered or shown
 * ("porn videos", "free porn", "sexo por dinero") is read by its own patterns.
 */
const TOPIC_WORD = /^(?:porn\p{L}*|masturbat\p{L}*|orgasm\p{L}*|(?:anal )?(?:sex|seks|sexo|sesso))$/u;
const NAMED_AS_TOPIC = compiledNow(new RegExp(
  String.raw`(?:(?:^|[^\p{L}])(?:talk|talks|talking|speak|speaking|teach|teaching|educate|educating|discuss|discussing|questions|hablamos|hablar|hablo|charlas?|platicamos|falamos|falar|falo|conversamos|parle|parlons|parler|praten|praat|spreken|spreek|sprechen|spreche|reden|rede|parliamo|parlare|parlo|rozmawiamy|mowimy|mowie|rozmawiam)(?:[^\p{L}.!?]+\p{L}+){0,3}?[^\p{L}.!?]+(?:about|of|on|de|sobre|over|uber|di|o)|` +
    String.raw`sex education|sex educator|sex therap\p{L}*|sex coach|sexual health|sexual wellness|sexologist|educacion sexual|educador[a]? sexual|salud sexual|educacao sexual|saude sexual|education sexuelle|educat(?:eur|rice) (?:en sante )?sexuel\p{L}*|sante sexuelle|sexolog\p{L}*|seksuolo\p{L}*|sexualpadagog\p{L}*|sexualberat\p{L}*|educazione sessuale|salute sessuale|edukacj\p{L}* seksualn\p{L}*)[^.!?\n]{0,100}$`,
  'u',
));
/** A thing made of it follows ("that sex tape", "porn videos"): no bare topic. */
const MADE_OF_IT = /^[^\p{L}]+(?:tapes?|videos?|vids?|pics?|photos?|fotos?|films?|clips?)(?!\p{L})/u;
const namedAsTopic = (text: string, from: number, to: number) =>
  TOPIC_WORD.test(text.slice(from, to)) && !MADE_OF_IT.test(text.slice(to, to + 10)) && NAMED_AS_TOPIC.test(text.slice(Math.max(0, from - 140), from));

/**
 * A crime against children named as the topic of a member's work: "Lawyer for victims of rape and child sexual abuse",
 * "Researcher on child sexual exploitation prevention" (work-topic.ts; session 33). The crime's own word must follow.
 */
const CRIME_AFTER = /^[^\p{L}]+(?:abuse|exploitation|assault|violence)(?!\p{L})/u;

const detectPhrases = phraseDetector('sexual', {
  framing: 'first-person',
  // "fotos hot dog" is food, "desnudos artísticos" art.
  innocentAfter: /^[^\p{L}]+(?:dogs?|artistic\p{L}*|artistiqu\p{L}*|kunstlerisch\p{L}*)(?!\p{L})/u,
  innocentAt: (text, from, to, category) => {
    const span = text.slice(from, to + 8);
    return SIZE.test(span) || COUNTED.test(text.slice(Math.max(0, from - 1), to + 8)) || (HOT_PICTURES.test(span) && FOOD.test(text.slice(Math.max(0, from - REACH), to + REACH))) || namedAsTopic(text, from, to)
      || (category === 'sexual/minors' && CRIME_AFTER.test(text.slice(to, to + 16)) && topicOfWork(text, from));
  },
  slots: {
    amount: AMOUNT,
    seek: ['looking for', 'seeking', 'busco', 'buscamos', 'procuro', 'procuramos', 'je cherche', 'cherche', 'suche', 'suchen', 'cerco', 'cerchiamo', 'zoek', 'zoeken', 'szukam', 'szukamy'],
    casual: ['no strings', 'nsa', 'casual', 'ocasional', 'sin compromiso', 'sem compromisso', 'sans lendemain', 'sans engagement', 'unverbindlich*', 'occasionale', 'senza impegno', 'vrijblijvend*', 'bez zobowiazan', 'one night'],
    sex: ['sex', 'sexo', 'sesso', 'seks', 'seksu', 'hookup~', 'hook up~', 'plan cul', 'sexdate~'],
    tonight: ['tonight', 'esta noche', 'hoy', 'hoje', 'hoje a noite', 'ce soir', 'heute abend', 'heute nacht', 'stasera', 'stanotte', 'vanavond', 'vannacht', 'dzis', 'dzisiaj', 'dzis wieczorem'],
    minor: ['child~', 'children', 'kid~', 'kiddie~', 'minor~', 'underage', 'under age', 'preteen~', 'pre teen~', 'toddler~', 'little (girl~|boy~)', 'young (girl~|boy~)', 'schoolgirl~', 'schoolboy~', '(8|9|10|11|12|13|14|15|16|17) (yo|year old|years old|y o)', 'loli~', 'lolita~', 'shota~', 'jailbait', 'cp', 'pedo', 'teen~'],
    // Selling or sending, first person or ad style ("vendo", "verkaufe", "sprzedam", "satıyorum"); offering
    // and making are a photographer's words too ("hago fotos sexy para novias"), read only for shows and calls.
    sell: ['selling', 'sell', 'sells', 'buy', 'for sale', 'a la venta', 'en venta', 'a venda', 'a vendre', 'zu verkaufen', 'in vendita', 'te koop', 'na sprzedaz', 'vendo', 'vende', 'vendemos', 'envio', 'envia', 'mando', 'paso', 'vends', 'vend', 'envoie', 'verkaufe', 'verkaufen', 'verschicke', 'schicke', 'sende', 'invio', 'verkoop', 'verkopen', 'stuur', 'sprzedam', 'sprzedaje', 'wysle', 'satiyorum', 'satilik', 'satarim', 'atarim', 'gonderirim', 'bechti', 'bechta', 'kharido', 'chahiye'],
    offer: ['ofrezco', 'ofereco', 'hago', 'faco', 'propose', 'fais', 'biete', 'mache', 'offro', 'faccio', 'bied', 'doe', 'oferuje', 'robie'],
    // Pictures, videos and "content" (German and Dutch compounds are {nudemedia}); shows and calls.
    media: ['foto~', 'fotinho~', 'fotki', 'fotke', 'zdjecia', 'zdjec', 'zdjecie', 'photo~', 'bild', 'bilder', 'pic~', 'pics', 'picture~', 'selfies', 'video*', 'vids', 'clip~', 'videozinho~', 'filmpje~', 'filmik*', 'pack~', 'contenido', 'conteudo', 'contenu~', 'contenuto', 'contenuti', 'content', 'inhalt~', 'tresci', 'icerik', 'fotograf', 'fotografi', 'fotograflar*', 'goruntu*', 'tasveer*'],
    show: ['videollamada~', 'videochamada~', 'chamada~ de video', 'appel~ video', 'videochiamat*', 'video call~', 'videocall~', 'show~', 'webcam~', 'cam', 'cams', 'live~', 'videochat~'],
    // What makes them intimate; "hot" and its kin only beside pictures ("heiße Quellen", "salsa picante").
    adult: ['spicy', 'naughty', 'dirty', 'lewd', 'kinky', 'steamy', 'uncensored', 'x rated', 'feet', 'do pezinho', 'heisse', 'heissen', 'versaut*', 'hete', 'pittige', 'chaudes', 'calde', 'quentes', 'atesli', 'subidos de tono', 'subidas de tono', 'ab 18', 'intima~', 'intimas', 'intimo~', 'intime~', 'intim', 'intimen', 'intieme', 'intymne', 'intymnych', 'hot', 'calientes', 'caliente', 'picante~', 'picantes', 'erotic*', 'erotik*', 'erotisch*', 'sexy', 'coquin~', 'coquines', 'osee~', 'nsfw', 'xxx', 'porno', 'pornografic*', 'pikant*', 'piccant*', 'desnud*', 'pelada~', 'peladinha~', 'nuas', 'nue', 'nues', 'nudo', 'nuda', 'nudi', 'nude', 'nackt*', 'naakt*', 'nagie', 'nagich', 'nago', 'gorace', 'goracych', 'ciplak', 'mustehcen', 'seksi', 'nangi', 'nange', 'explicit*', 'mas 18', 'para adultos', 'adulto~', 'pour adultes', 'per adulti', 'fur erwachsene', 'voor volwassenen', 'dla doroslych', 'sin censura', 'sem censura', 'sans censure', 'ohne zensur', 'senza censura', 'bez cenzury'],
    nudemedia: ['nacktbild*', 'nacktfoto*', 'nacktvideo*', 'nacktaufnahme*', 'sexvideo*', 'sexfoto*', 'pornovideo*', 'naaktfoto*', 'naaktfilm*', 'naaktbeeld*', 'sexfilmpje~', 'nudes', 'nudesy', 'nudez', 'packzinho~', '(i miei|mis|mes|mijn) (nudi|desnudos|nus)'],
    // A pack sold bare ("vendo mi pack completo", "vendo packs 🔥 dm") is the nude set slang names so; "vendo pack de
    // stickers", "pack de 18 cervezas", "preset pack for photographers" say what is in it.
    pack: ['pack~', 'packzinho~'],
    whole: ['completo~', 'completa~', 'complet~', 'full', 'komplett*', 'compleet', 'kompletny'],
    contact: ['dm', 'md', 'mp', 'pm', 'pv', 'priv', 'privado', 'inbox', 'direct', 'dms', 'escribeme', 'chama', 'chamar', 'ecris moi', 'ecrivez moi', 'schreib mir', 'scrivimi', 'stuur', 'napisz', 'whatsapp', 'telegram'],
    // Pictures called private by the one who sells them ("je vends mes photos privées", "selling my private pics"):
    // "private commissions", "fotos privadas de eventos" are a photographer's.
    mine: ['my', 'mi', 'mis', 'meu', 'meus', 'minha', 'minhas', 'mes', 'mon', 'ma', 'mein', 'meine', 'le mie', 'i miei', 'mijn', 'moje', 'swoje', 'moich'],
    private: ['private', 'privees', 'prives', 'privadas', 'privados', 'privat', 'privaten', 'privati', 'prive', 'prywatne', 'ozel'],
    pictures: ['pics', 'pictures', 'photos', 'fotos', 'foto', 'bilder', 'zdjecia', 'videos', 'vids', 'fotolar*'],
    content: ['content', 'contenido', 'conteudo', 'contenu~', 'contenuto', 'contenuti', 'inhalt~', 'tresci', 'icerik'],
    // Between the pictures and what makes them intimate: "contenido exclusivo +18", "videos caseros subidos de tono".
    kept: ['exclusive', 'exclusivo~', 'exclusiva~', 'exclusif~', 'exclusive~', 'exklusiv*', 'esclusiv*', 'exclusieve', 'caseros', 'caseras', 'caseiros', 'caseiras'],
    // Where a sale is settled, after the pictures ("hot pics, cashapp only", "18+ content, link in bio").
    pay: ['paypal', 'cashapp', 'cash app', 'venmo', 'zelle', 'pix', 'bizum', 'lydia', 'tikkie', 'blik', 'papara', 'paytm', 'upi', 'postepay', 'a pagamento', 'tegen betaling', 'gegen bezahlung', 'vorkasse', 'link in [my] bio', 'link below', 'link na bio', 'lien en bio', 'link en [mi] bio', 'en mi link', 'link im profil', 'link nel profilo', 'dm me', '[me] chama no (pv|privado|direct)', 'escribeme [al] privado', '(dm|pm|pv|mp|priv) for (price~|menu|rate~)', '(price~|precios|prix|tarifs|preise|prezzi|prijzen|ceny|fiyatlar|valores) (in|en|por|per|na|no) (dm|mp|pv|pw|privado|privat|priv|direct)'],
    // Paid meetings and where they happen.
    paid: ['paid (meetup~|meet up~|meets|dates|encounters)', 'encuentros (pagados|pagos|remunerados)', 'encontros (pagos|remunerados)', 'rencontres (remunerees|tarifees|payantes)', 'bezahlte (treffen|dates)', 'incontri a pagamento', 'betaalde (afspraakjes|afspraken|dates)', 'platne (spotkania|randki)', 'ucretli (bulusma*|gorusme*)'],
    // A hotel alone is also where a networking meetup is held.
    venue: ['incall~', 'outcall~', 'motel~', 'a domicilio', 'em domicilio', 'a domicile', 'je me deplace', 'bei dir', 'ricevo', 'ik kom naar je toe', 'dojazd', 'eve gelirim', 'discreet', 'discreta~', 'discreto~', 'diskret*'],
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
      [0.6, '(blowjob~|blow job~|handjob~|hand job~|rimjob~|footjob~|titjob~|deepthroat*|gangbang*|gang bang*|bukkake|creampie~|cumshot~|cum shot~|facial~ (cum|jizz)|cumming|jizz*|dildo~|vibrator~|buttplug~|butt plug~|fleshlight~|bondage|bdsm|fetish~|kinky|milf~|camgirl~|cam girl~|sexting|sext|nudes|escort service~|call girl~|erotic massage|happy ending~|sugar daddy|sugar daddies|stripper~|lap dance~)'],
      [0.6, '(cum|cums|cumming|came|ejaculat*) (in|on|inside|all over) (me|you|u|her|him|them|my|your|his|her)'],
      // Semen licked, swallowed or tasted: "licks a tongue-full of spunk off my torso", "our cum tastes great" ("she has
      // spunk" is pluck, and a lab's "semen sample" no act; "her spunk tasted like victory" a race won).
      [0.6, '(lick~|licking|swallow~|swallowing|slurp~|slurping|savor~|savoring|savour~|savouring) [a|the|his|her|my|your|our|their] [tongue full of|mouthful of|mouth full of|load of] (cum|spunk|jizz)'],
      [0.6, '(cum|jizz) (taste~|tastes|tasted|tasting)'],
      // A penis that will impregnate or breed: "my cock will be more than enough to impregnate her".
      [0.6, '(my|his|your|their) (cock~|dick~) ... (impregnate~|impregnating|breed|breeding)'],
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
      [0.6, `{sell} .. ${INTIMATE_MEDIA}`],
      [0.6, `${INTIMATE_MEDIA} .. {sell}`],
      [0.6, '({sell}|{offer}) .. ({show} {adult}|{adult} {show})'],
      [0.6, '{sell} [{mine}] {pack} [{whole}] ($|[por|no|en|al|via|per|par|in|on|na|w|op] {contact})'],
      [0.6, '{sell} ({mine} {pictures} {private}|[{mine}] {private} {pictures})'],
      // Or settled ("spicy vids, link below", "naughty pics and vids available, venmo me", "videochiamate hot a pagamento").
      [0.6, `(${INTIMATE_MEDIA}|{show} {adult}|{adult} {show}) .. {pay}`],
      [0.6, '{nudemedia} .. (available|disponible~|disponivel|disponiveis|disponibil*|verfugbar|beschikbaar|dostepne)'],
      [0.6, '(content|nsfw|lewd|kinky|sexting|18) menu~ .. ({pay}|in bio)'],
      // The platforms: a member's own page or link is an ad, the name alone news or critique ("OnlyFans exploits its creators").
      [0.35, '(onlyfans|only fans|fansly)'],
      [0.6, '((my|mi|meu|minha|mon|mein|meinem|il mio|mijn|moim) (onlyfans|only fans|fansly)|(link~|lien~|subscribe|sub|join|suscribete|assine|abonniere|iscriviti) [to|to my|my|on my|al|a|mi|meu|do|de|zu|zum|naar|na|w] (onlyfans|only fans|fansly))'],
      [0.6, '(onlyfans|only fans|fansly|of) (link~|lien~|linki) [in|en|na|w|im|nel|op|on] [my|mi|ma|mijn] (bio|bioda)'],
      [0.6, '(link~|lien~) (of|onlyfans|fansly) (in|en|na|w|im|nel|op|on) [my|mi|ma|mijn] bio'],
      [0.6, '(link~|lien~) (do|to|zum|naar) [my] (of|onlyfans|fansly)'],
      // Paid meetings with a place ("available for paid meetups, incall/outcall"); "paid meetups" alone is a networking group's.
      [0.6, '{paid} .. {venue}'],
      [0.6, '(incall~|outcall~) ... {venue}'],
      [0.6, 'sugar (baby|babies|babe) ... (daddy|daddies|allowance|mesada|taschengeld|zakgeld|argent de poche|paghetta|kieszonkowe|harclik|ppm|pps)'],
      // Sugar dating's payment by its other names ("sugar mommy, I pay my babies weekly", "pago 500 € semanales"); "Sugar Mama's
      // Bakery: we pay our bakers" pays no baby and no amount.
      [0.6, 'sugar (daddy|daddies|mommy|mommies|mummy|mama|momma|mami|papi|papa|baby|babies|babe) ... (pay|pays|paying|pago|pagamos|pagarei|pagaria|paie|zahle|betaal|place) .. (baby|babies|babe|babes|bebe|bebes|{amount})'],
      // Escort and "programa" ads; "escort" alone is a car or a convoy, "acompanhante" a carer.
      [0.6, '(escort~|eskort) (girl~|boy~|bayan~|kiz~|dame~|meisje~|service|servicio~|servico~|de luxo|de lujo|di lusso|independiente|independente|hizmet*)'],
      // An escort's place ("escort, incall only"), a kind before the word ("independent escort"), and a rate, which a
      // convoy's escort may have too, so only beside another sign ("escort, 200 an hour, incall only").
      [0.6, '(escort~|eskort) ... (incall~|outcall~)'],
      [0.6, '(independent|luxury|vip|high class|elite|private) escort~'],
      [0.45, '(escort~|eskort) ... {amount} [an|per|a] (hr|h|hour|night)'],
      // Webcam shows offered: "private webcam shows", "offering cam shows" (a tutor's "webcam sessions" are lessons).
      [0.6, '(private|offering|offer|selling|sell) (webcam|cam) show~'],
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
      // Casual sex sought, the kind or the night named beside it ("busco sexo ocasional", "suche unverbindlichen Sex",
      // "szukam seksu bez zobowiązań"); seeking a partner, or sex alone, is no solicitation. Nothing but the night
      // between: "looking for love, not casual sex" is no offer.
      [0.6, '{seek} [{tonight}] {casual} [{tonight}] {sex}'],
      [0.6, '{seek} [{tonight}] {sex} ({casual}|{tonight})'],
      [0.6, '(tek gecelik|gecelik) (seks|iliski|birliktelik) .. (ariyorum|ariyoruz|arayan)'],
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
const RU_ADULT = '(интим\\p{L}*|голы\\p{L}*|голая|обнажен\\p{L}*|эротич\\p{L}*|откровенн\\p{L}*|горяч\\p{L}*|пикантн\\p{L}*|порно\\p{L}*|пошл\\p{L}*|18)';
const RU_MEDIA = '(фото\\p{L}*|видео\\p{L}*|фотк\\p{L}*|снимк\\p{L}*|контент\\p{L}*|нюдс\\p{L}*|селфи)';
const AR_PREFIX = '(?:و|ف|ب|ل|ال|وال|بال|لل)?';
const AR_MEDIA = `${AR_PREFIX}(صور|صوري|فيديو|فيديوهات|فيديوهاتي|مقاطع|مقاطعي|محتوى|محتواي)`;
const AR_ADULT = `${AR_PREFIX}(عاري\\p{L}*|عارية|جنسي\\p{L}*|ساخن\\p{L}*|إباحي\\p{L}*|اباحي\\p{L}*|سكس|18)`;
const HI_ADULT = '(नंगी|नंगे|न्यूड|अश्लील|सेक्सी|हॉट|18)';
const HI_MEDIA = '(तस्वीर[\\p{L}\\p{M}]*|फोटो[\\p{L}\\p{M}]*|फ़ोटो[\\p{L}\\p{M}]*|वीडियो[\\p{L}\\p{M}]*|पिक्स|कंटेंट)';
const OTHER_SCRIPTS: readonly ScriptTable[] = [
  {
    script: /[\u0400-\u04ff]/,
    rows: [
      ['sexual', 0.6, `(продаю|продам|продажа|скидываю|скину|отправлю|пришлю|вышлю) (?:{word} ){0,2}(${RU_ADULT} ${RU_MEDIA}|нюдс\\p{L}*)`],
      // Named first, sold after ("интим видео на продажу", "контент 18+ за донат").
      ['sexual', 0.6, `(${RU_ADULT} ${RU_MEDIA}|${RU_MEDIA} ${RU_ADULT}|нюдс\\p{L}*) (?:{word} ){0,3}(на продажу|в продаже|продаю|продам|за донат|недорого|оплата)`],
      ['sexual', 0.6, '(интим\\p{L}* (за деньги|услуг\\p{L}*|досуг\\p{L}*)|эскорт\\p{L}* услуг\\p{L}*|индивидуалк\\p{L}*|секс за деньги)'],
      ['sexual', 0.6, '(горяч\\p{L}*|одинок\\p{L}*|развратн\\p{L}*|озабочен\\p{L}*) (девушк\\p{L}*|девочк\\p{L}*|девчонк\\p{L}*|женщин\\p{L}*|красотк\\p{L}*|мамочк\\p{L}*|милф\\p{L}*) (?:{word} ){0,2}(рядом|поблизости|в твоем город\\p{L}*|ждут)'],
      // A kept woman's terms; "ищу спонсора" alone is a project's, "содержание" its contents.
      ['sexual', 0.6, '(ищу|нужен|ищем) (?:{word} ){0,1}(спонсора|папика) (?:{word} ){0,4}(содержание (обязательно|от|в месяц)|на содержание|материальн\\p{L}* помощ\\p{L}*)'],
      // The sugar daddy who offers the keep himself ("я папик, плачу ... содержания").
      ['sexual', 0.6, 'папик\\p{L}* (?:{word} ){0,4}(плачу|содержани\\p{L}*|карманн\\p{L}*)'],
      ['sexual', 0.6, 'платн\\p{L}* (встреч\\p{L}*|свидани\\p{L}*) (?:{word} ){0,4}(выезд|апартамент\\p{L}*|у себя|гостиниц\\p{L}*|отел\\p{L}*|сауна)'],
      // Casual sex sought, the kind or the night beside it.
      ['sexual', 0.6, '(ищу|ищем) (?:{word} ){0,2}секс\\p{L}* (?:{word} ){0,2}(без обязательств|на (одну )?ночь|сегодня|на вечер)'],
    ],
  },
  {
    script: /[\u0600-\u06ff]/,
    rows: [
      ['sexual', 0.6, `(أبيع|ابيع|نبيع|بيع|للبيع|أرسل|ارسل|ابعث|أبعث) (?:{word} ){0,2}${AR_MEDIA} (?:{word} ){0,1}${AR_ADULT}`],
      ['sexual', 0.6, `${AR_MEDIA} ${AR_ADULT} (?:{word} ){0,1}(للبيع|بفلوس|مدفوعة)`],
      ['sexual', 0.55, `(مرافقة|مرافقات) (?:{word} ){0,2}${AR_PREFIX}(مساج|تدليك)`],
      // Paid meetings with a place ("لقاءات مدفوعة، أستقبل في الفندق").
      ['sexual', 0.6, `(لقاءات|مواعيد|مقابلات) (مدفوعة|بمقابل|بفلوس) (?:{word} ){0,4}(${AR_PREFIX}فندق|أستقبل|استقبل|منزلك|بيتك|شقة)`],
      ['sexual', 0.6, `(بنات|نساء|فتيات|نسوان) (ساخن\\p{L}*|مثير\\p{L}*|شراميط) (?:{word} ){0,2}(قريب\\p{L}*|بالقرب|في مدينتك|في منطقتك)`],
      ['sexual', 0.6, '(أبحث|ابحث|نبحث) عن (علاقة|علاقات|لقاء|لقاءات) (جنسي\\p{L}*|حميمي\\p{L}*|عابرة)'],
      // "Sugar daddy" written in Arabic letters, as the Latin lexicon reads it in English.
      ['sexual', 0.6, '(شوقر|شوجر|شوغر|سكر) (دادي|ددي|مامي|بيبي)'],
    ],
  },
  {
    script: /[\u0900-\u097f]/,
    rows: [
      ['sexual', 0.6, `${HI_ADULT} ${HI_MEDIA} (?:{word} ){0,2}(खरीदो|खरीदें|ख़रीदो|ख़रीदें|बेचती|बेचता|बेच|बिक्री|चाहिए|मंगवाओ|मंगाओ)`],
      ['sexual', 0.6, '(कॉल गर्ल|कॉलगर्ल|एस्कॉर्ट)'],
      // "Sugar daddy" in Devanagari, as the Latin lexicon reads it in English.
      ['sexual', 0.6, 'शुगर (डैडी|डेडी|मम्मी|बेबी)'],
      ['sexual', 0.6, 'सेक्स (?:{word} ){0,2}(के लिए|करने के लिए) (?:{word} ){0,1}(लड़की|लड़का|औरत|भाभी|आंटी|पार्टनर) (चाहिए|ढूंढ)'],
    ],
  },
  {
    script: /[\u3040-\u30ff\u4e00-\u9fff]/,
    unspaced: true,
    rows: [
      // Chinese: nude or private pictures for sale, hookups, "special services".
      // 私房照 and 福利视频 are boudoir and lewd pictures; 私房菜 a private kitchen, 员工福利 staff benefits.
      ['sexual', 0.6, '(出售|卖|售|有偿|收费|付费|发)[^。！？!?\\n]{0,6}(私密|私房|裸|色情|情色|无码|露点|福利|成人|18\\+)(照|图|视频|片|写真|内容)'],
      ['sexual', 0.6, '(私密|私房|裸|色情|情色|无码|露点|福利|成人|18\\+)(照|图|视频|片|写真|内容)[^。！？!?\\n]{0,6}(出售|售卖|卖|有偿|付费|收费)'],
      // Kept for money, paid dates; 金主 alone is also an investor.
      ['sexual', 0.6, '(求|找|寻)[^。！？!?\\n]{0,3}包养|包养[^。！？!?\\n]{0,8}(月费|费用|零花钱|生活费)|(有偿|收费|付费)(约会|陪睡|陪夜)|约会(收费|有偿)'],
      ['sexual', 0.6, '(裸聊|约炮|援交|楼凤|外围女|包夜|一夜情)'],
      ['sexual', 0.45, '(特殊服务|特殊按摩|全套服务|全套|大保健|寂寞(美女|少妇|人妻))'],
      // Japanese: erotic or nude pictures sold or sent, sex friends, sugar dating, lewd girls to meet.
      ['sexual', 0.6, '(エロ|裸|ヌード|エッチな|えっちな|アダルト|無修正|ハメ撮り)[^。！？!?\\n]{0,2}(写真|画像|動画|自撮り|写メ){near}(売|販売|配布|譲)'],
      // 裏垢女子 are lewd alt accounts; 裏垢 alone only as one offered ("裏垢 DMください").
      ['sexual', 0.6, '(援助交際|援交|セフレ|パパ活|ママ活|オフパコ|裏垢女子)'],
      ['sexual', 0.6, '裏垢[^。！？!?\\n]{0,6}(dm|販売|売|募集|有料)'],
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
