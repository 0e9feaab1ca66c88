import { phraseDetector } from './phrase-detector.js';
import { withScriptPatterns, type ScriptTable } from './script-patterns.js';

/**
 * Selling first-hand or as an ad, and the discreet post that ships it, in members' other languages: what both
 * {offer-ml} (which also buys and calls things cheap) and {sell-ml} (for drugs and guns) hold.
 */
const SELLING_ML = [
  'vendo', 'vendemos', 'se vende~', 'a la venta', 'vende~', 'a venda', 'vends', 'vendons', 'a vendre', 'verkaufe', 'zu verkaufen',
  'vendiamo', 'vendesi', 'in vendita', 'te koop', 'verkoop', 'sprzedam', 'envio discreto', 'diskreter versand', 'spedizione discreta',
  'discreet verzonden', 'dyskretna wysylka', 'satiyorum', 'satiyoruz', 'satilik', 'satarim', 'bechta', 'bechti', 'bechte',
];

/** Illicit offers in Latin script: drugs, weapons, forged documents, stolen data, fraud services. */
const detectPhrases = phraseDetector('illicit', {
  framing: 'first-person',
  slots: {
    drug: ['weed', 'cocaine', 'coke', 'crack', 'meth', 'crystal meth', 'heroin', 'fentanyl', 'mdma', 'ecstasy', 'lsd', 'xanax', 'oxy', 'oxycodone', 'oxycontin', 'percocet', 'adderall', 'ketamine', 'molly', 'shrooms', 'opioids', 'tramadol', 'codeine', 'lean', 'pills', 'drugs'],
    offer: ['buy', 'sell~', 'selling', 'order', 'vendor~', 'supplier~', 'dealer~', 'plug', 'shipping', 'delivery', 'for sale', 'available', 'in stock', 'cheap', 'wholesale', 'dm for', 'dm me for', 'hmu for', 'text me for'],
    // The same offers in members' other languages: selling, buying, and the discreet post that ships them.
    'offer-ml': [
      ...SELLING_ML, 'venta', 'compra', 'comprar', 'compre', 'baratas', 'baratos', 'vente', 'achetez', 'acheter', 'pas cher', 'envoi discret',
      'verkaufen', 'kaufen', 'gunstig', 'comprare', 'economici', 'koop', 'kopen', 'goedkoop', 'sprzedaz', 'kup', 'tanio',
    ],
    // Drugs by the names members' other languages sell them under. Words that also name something sold openly are
    // {drug-two}: coal coke and grass ("Koks", "Gras"), herbs ("erba", "herbe"), "María" (a name), parakeets ("pericos").
    'drug-ml': [
      'marihuana', 'marijuana', 'hachis', 'haschisch', 'hasch', 'haxixe', 'hashish', 'hasj', 'cocaina', 'kokain', 'kokaina', 'cocaine',
      'farlopa', 'maconha', 'beuh', 'wiet', 'trawka', 'mdma', 'extasis', 'xtc', 'ecstasy', 'ecsta', 'ketamina', 'ketamin', 'heroina',
      'eroina', 'amfetamina', 'amphetamine~', 'mefedron', 'tusi', 'lsd', 'crystal meth', 'meth', 'weed', 'coke', 'cannabis', 'porros',
      'baseados', 'canne', 'paddo~', 'esrar', 'eroin', 'bonzai', 'ganja', 'charas', 'smack',
    ],
    'drug-two': ['koks', 'gras', 'erba', 'herbe', 'maria', 'perico', 'pastillas', 'pilules', 'pillen', 'pasticche', 'speed', 'crack', 'shit', 'fumo', 'po'],
    // Selling first-hand or as an ad, and the delivery that ships it (not "la venta de cocaína", a prevention worker's words).
    'sell-ml': [...SELLING_ML, 'sprzedaje', 'entrega rapida', 'livraison rapide', 'livraison discrete', 'consegna rapida'],
    // Guns sold with the papers skipped: "vendo pistolas sin papeles", "verkaufe Waffen ohne Waffenschein".
    'gun-ml': ['pistolas', 'pistola', 'armas', 'arma', 'fusiles', 'revolver~', 'armes', 'arme', 'flingue~', 'waffen', 'waffe', 'pistole~', 'armi', 'wapens', 'wapen', 'bron', 'pistolety', 'pistolet'],
    'no-papers': [
      'sin papeles', 'sin licencia', 'sin registro', 'sin numero de serie', 'sem registro', 'sem porte', 'sem documentos', 'sans permis',
      'sans papiers', 'sans declaration', 'ohne waffenschein', 'ohne papiere', 'ohne seriennummer', 'senza porto d armi', 'senza licenza',
      'senza matricola', 'zonder vergunning', 'zonder papieren', 'bez pozwolenia', 'bez papierow',
    ],
    // Forged papers and money: "documentos falsos", "faux papiers", "gefälschte Pässe", "lewe dokumenty".
    'fake-doc': [
      'documentos falsos', 'dni falso~', 'pasaporte~ falso~', 'carnet~ de conducir falso~', 'billetes falsos', 'dinero falso',
      'passaporte~ falso~', 'cnh falsa~', 'notas falsas', 'dinheiro falso', 'faux papiers', 'faux passeport~', 'faux permis',
      'faux billets', 'fausse~ carte~ d identite', 'faux documents', 'gefalschte~ (ausweise|ausweis|passe|pass|dokumente|fuhrerscheine|fuhrerschein)',
      'falschgeld', 'documenti falsi', 'passaporti falsi', 'passaporto falso', 'patente~ fals*', 'banconote false', 'soldi falsi',
      'valse (paspoorten|paspoort|documenten|rijbewijzen)', 'vals geld', 'nep (paspoort~|rijbewijs|rijbewijzen)', 'falszywe (dokumenty|paszporty|dowody|pieniadze)',
      'falszywy (dowod|paszport)', 'lewe dokumenty',
    ],
    // Accounts taken over, the brand often between: "cuentas de Netflix hackeadas", "gehackte Netflix-Konten".
    accounts: ['cuentas', 'contas', 'comptes', 'konten', 'accounts', 'account', 'zugange', 'konta'],
    'taken-over': [
      'hackeadas', 'robadas', 'crackeadas', 'roubadas', 'pirates', 'voles', 'craques', 'gehackte~', 'hackerati', 'rubati',
      'craccati', 'zhakowane', 'kradzione',
    ],
    // A degree sold: its name, and what the buyer skips.
    degree: ['titulo~', 'titulos universitarios', 'diploma~', 'diplome~', 'abschluss', 'abschlusse', 'diplom', 'laurea', 'lauree', 'dyplom~'],
    'no-study': [
      'sin estudiar', 'sin examenes', 'sem estudar', 'sem provas', 'sans etudier', 'sans examen~', 'ohne studium', 'ohne prufung~',
      'senza studiare', 'senza esami', 'zonder studie', 'zonder examen~', 'bez studiow', 'bez egzaminow',
    ],
  },
  phrases: {
    // Killing offered for pay ("hitman for hire", "need someone gone?"); "I write thrillers about hitmen" names them only.
    'illicit/violent': [
      [0.7, '(hitman|hit man|hitmen|contract killer~|assassin~) (for hire|available|services|service)|(hire|hiring) a (hitman|hit man|contract killer)'],
      [0.6, '(need|want) (someone|somebody|anyone|your (ex|husband|wife|boss)) (gone|taken care of|eliminated|disappeared|whacked|killed|dead) ... (pay|paid|payment|price|crypto|bitcoin|cash|discreet|dm|message me|contact me)'],
    ],
    illicit: [
      [0.6, '{offer} [cheap|pure|quality|top quality|high quality|premium|real] {drug}'],
      [0.6, '{drug} (for sale|available|in stock|delivery|shipped|without prescription|no prescription)'],
      [0.7, "(fake|forged|counterfeit|novelty|scannable|real and fake) (id~|ids|passport~|driver's (licence~|license~)|documents|diploma~|degree~|bank notes|banknotes|money|bills|notes|euros|dollars)"],
      // Stolen data offered; named alone it is also a security consultant's work ("I recover hacked accounts").
      [0.7, '{offer} .. (cloned|stolen|hacked|cracked) (card~|credit card~|account~|paypal~|bank logins|logins|cvv~|fullz|dumps)'],
      [0.7, '(cloned|stolen|hacked|cracked) .. (card~|credit card~|accounts|paypal~|bank logins|logins|cvv~|fullz|dumps) .. {offer}'],
      [0.4, '(cloned|stolen|hacked) (card~|credit card~|accounts|paypal~|bank logins|cvv~|fullz|dumps)'],
      [0.6, '{offer} verified .. account~'],
      // Streaming accounts sold "for life": shared or cracked logins (a subscription is never lifetime).
      [0.6, '{offer} ... (netflix|spotify|disney|hbo|hulu|prime video|youtube premium|canva|chatgpt) ... (account~|subscription~|premium) .. (lifetime|for life)'],
      [0.6, '(netflix|spotify|disney|hbo|hulu|prime video|youtube premium|canva|chatgpt) ... (account~|subscription~|premium) .. (lifetime|for life) .. {offer}'],
      // Degrees sold: quick, without study, from any university.
      [0.6, '(buy|get|order|obtain|purchase) [your|a|an] [real|genuine|registered|verified|original] [real|genuine|registered|verified|original] [ielts|toefl|toeic|pte|celpip|gmat|gre|ccna|pmp|nebosh|language|english] (degree~|diploma~|bachelor~|master~|phd|certificate~|transcript~) .. (in _ days|in a week|without (exam|exams|test|tests|study|studying|classes|attending)|any (university|college|school))'],
      [0.6, '(fullz|carding|bank logs|dumps with pin)'],
      // A card's CVV only when it is sold, stocked or asked for with the card: alone it is also Brazil's suicide
      // helpline ("Voluntário do CVV").
      [0.6, '(({offer}|fresh|live|valid) cvv~|cvv~ (shop~|store~|base~|dumps|fullz|{offer})|cvvs)'],
      [0.6, '[(send|enter|give|share|provide|confirm|verify|type) [me|us] [your|the|its]] (card number~|card details|card info|expiry date|expiration date|expiry) (and|plus|with) [the|your|its] cvv~'],
      [0.6, '(send|enter|give|share|provide|confirm|verify|type) [me|us] [your|the|its] cvv~'],
      [0.6, "(hack~|hacking) (any|someone's|your (ex|partner)'s|instagram|facebook|whatsapp|snapchat|email) [account~|password~]"],
      // Break-ins sold as a service ("hacking services: I get into any Instagram"); "I recover hacked accounts" is a consultant's.
      [0.6, '(hacking|hacker~) (service~|for hire)|(hire|hiring) a hacker'],
      [0.6, "(get|break|hack) into (any|someone's|your (ex|partner|wife|husband|girlfriend|boyfriend)'s) .. (account~|phone~|email~)"],
      [0.6, '(money laundering|launder~ money|ponzi|pyramid scheme|double your (bitcoin|money|crypto)|guaranteed (returns|profit) daily)'],
      [0.5, '(buy~|sell~|selling) (guns|firearms|ammo|ammunition|weapons) (without|no) (license|licence|background check|papers)'],
      // Guns no one can trace, or sold with the checks skipped a few words on ("ghost guns and ammo, no background check").
      [0.6, '{offer} .. (ghost gun~|untraceable (gun~|firearm~|weapon~|pistol~|rifle~)|unregistered (gun~|firearm~|pistol~|rifle~))'],
      [0.6, '{offer} .. (guns|firearms|pistols|rifles|ammo|weapons) ... (no|without) (license|licence|background check~|papers|serial number~)'],
      [0.6, '{sell-ml} .. {gun-ml} .. {no-papers}'],
      // Drugs sold in members' other languages; a word that also names a lawful good needs another drug beside it.
      [0.6, '{sell-ml} .. {drug-ml}'],
      [0.6, '{drug-ml} .. {sell-ml}'],
      [0.6, '{sell-ml} .. {drug-two} .. ({drug-two}|{drug-ml})'],
      [0.6, '(essay|exam|test) (taking|writing) service .. (guaranteed|pay)'],
      // In members' other languages, with an offer beside them: a police officer or a bouncer's trainer
      // names forged papers too ("aprende a detectar documentos falsos").
      [0.6, '{offer-ml} .. ({fake-doc}|{accounts} .. {taken-over}|{taken-over} .. {accounts})'],
      [0.6, '({fake-doc}|{accounts} .. {taken-over}|{taken-over} .. {accounts}) .. {offer-ml}'],
      [0.6, '{offer-ml} ... {degree} .. {no-study}'],
      [0.6, '{degree} .. {no-study} ... {offer-ml}'],
    ],
  },
});

/**
 * Drug names a dealer's ad uses, per script (folded as the text is: "ё" reads as "е"). Not the slang that is also
 * a craft seller's goods: "соль" (bath salts), "шишки" (pine cones).
 */
const RU_DRUGS = '(мефедрон\\p{L}*|меф|кокаин\\p{L}*|героин\\p{L}*|амфетамин\\p{L}*|гашиш\\p{L}*|марихуан\\p{L}*|экстази|мдма|лсд|спаис\\p{L}*|альфа пвп)';
const AR_DRUGS = '(حشيش|حشيشة|كوكايين|هيروين|ترامادول|كبتاجون|كريستال|مخدرات|بانجو|ماريجوانا)';
const HI_DRUGS = '(गांजा|गाँजा|चरस|अफीम|हेरोइन|कोकीन|स्मैक|ब्राउन शुगर)';
const ZH_DRUGS = '(冰毒|大麻|海洛因|可卡因|摇头丸|k粉|麻古|毒品|笑气)';
const JA_DRUGS = '(大麻|覚醒剤|覚せい剤|シャブ|コカイン|mdma|lsd|ケタミン)';

/**
 * Drugs sold in the scripts phrase-pattern.ts cannot read: a selling word and a drug's name, either first
 * ("продаю мефедрон", "أبيع حشيش", "出售冰毒", "大麻売ります"). A drug named alone is a counsellor's or a
 * news item's; vegetables (野菜, a Japanese dealer's slang) stay a greengrocer's.
 */
const OTHER_SCRIPTS: readonly ScriptTable[] = [
  {
    script: /[\u0400-\u04ff]/,
    rows: [
      ['illicit', 0.6, `(продаю|продам|продажа|закладк\\p{L}*|в наличии) (?:{word} ){0,3}${RU_DRUGS}`],
      ['illicit', 0.6, `${RU_DRUGS} (?:{word} ){0,3}(продаю|продам|в наличии|закладк\\p{L}*|доставка)`],
    ],
  },
  {
    script: /[\u0600-\u06ff]/,
    rows: [
      ['illicit', 0.6, `(أبيع|ابيع|نبيع|للبيع|متوفر|متوفرة|توصيل) (?:{word} ){0,3}${AR_DRUGS}`],
      ['illicit', 0.6, `${AR_DRUGS} (?:{word} ){0,3}(للبيع|متوفر|متوفرة|توصيل)`],
    ],
  },
  {
    script: /[\u0900-\u097f]/,
    rows: [
      ['illicit', 0.6, `${HI_DRUGS} (?:{word} ){0,3}(बेचता|बेचती|बेचते|बिक्री|मिलेगा|मिलेगी|उपलब्ध)`],
    ],
  },
  {
    script: /[\u3040-\u30ff\u4e00-\u9fff]/,
    unspaced: true,
    rows: [
      ['illicit', 0.6, `(出售|卖|售|批发|代购|有货|送货|货到付款){near}${ZH_DRUGS}`],
      ['illicit', 0.6, `${ZH_DRUGS}{near}(出售|有货|加微信|加v|货到付款|送货)`],
      ['illicit', 0.6, `${JA_DRUGS}{near}(売ります|売る|販売|譲ります|あります|手押し|dm)`],
      ['illicit', 0.6, `(売ります|販売|譲ります|手押し){near}${JA_DRUGS}`],
    ],
  },
];

export const detectIllicit = withScriptPatterns(detectPhrases, OTHER_SCRIPTS, 'local:illicit');
