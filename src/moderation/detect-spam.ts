import { parse as parseHost } from 'tldts';
import { combineWeights, evidenceOf, hitsToReasons, round, type Detector, type Hit } from './detector.js';
import { segmentText } from './detect-lexicon.js';
import { maliciousSigns, weighSigns } from './detect-links.js';
import { fold } from './lexicons/index.js';
import { phraseDetector, type LexiconSpec } from './phrase-detector.js';
import type { PreparedSegment } from './prepare-segments.js';
import { LazyRegExp } from './lazy-regexp.js';
import { RequirementIndex, requiredLiterals } from './regex-literals.js';
import type { Evidence, Reason } from './types.js';

/**
 * Spam and scam bait a site owner removes: pharmacy spam, casino and betting bonuses, prize and gift-card
 * bait, crypto doubling ("send 1 get 2"), "verify your account or it will be closed" bait, easy money
 * ("earn 5000 a week from home, WhatsApp me"), card details or one-time codes asked for, and payment
 * requests aimed at visitors, in en es pt fr de it nl pl tr ru ar zh ja hi (Hindi also in Latin letters). Each kind is a grammar (a selling cue beside
 * a drug name, a send verb then a receive verb then "back"/"double"), not the sentences seen so far.
 *
 * The words alone stay under the threshold where an honest member could write them ("claim your prize
 * at the raffle table", "members pay here"); what tips them over is a link the link rules find suspect
 * (a throwaway top-level domain, a shortener, a look-alike host: detect-links.ts's maliciousSigns),
 * written as a link, carried in a redirect's query, or typed as a bare domain in the text. Reported as
 * `spam`, its own switch (policy.flag.spam): a marketplace may welcome selling and still not want hate.
 */
export const detectSpam: Detector = (segments, policy) => {
  if (!policy.flag.spam) return [];
  const found = [...detectPhrases(segments, policy), ...detectInOtherScripts(segments)];
  if (found.length === 0) return [];
  const link = suspectLink(segments);
  const linkWeight = link ? Math.min(MAX_LINK_WEIGHT, link.suspicion) : 0;
  const weights: number[] = [];
  for (const r of found) weights.push(r.score);
  weights.push(linkWeight);
  const score = combineWeights(weights);
  if (score < REPORTED) return [];
  const evidence = [...found.flatMap((r) => r.evidence), ...(link ? [link.evidence] : [])];
  const detail = `spam or scam bait${link ? `, with a suspect link (${link.why})` : ''}`;
  const reason: Reason = { category: 'spam', score: round(score), evidence: evidence.slice(0, 5), source: 'local:spam', detail };
  return [reason];
};

/** Below this the bait is not worth a reviewer's look. */
const REPORTED = 0.3;
/**
 * A suspect link adds at most this much: with bait written at 0.2 ("pay here") a shortener alone (0.35)
 * does not flag, a look-alike login host does; with bait at 0.4 ("claim your free prize") both do.
 */
const MAX_LINK_WEIGHT = 0.45;
/** Below this a link's signs are too weak to call it suspect (detect-links.ts's own cut). */
const SUSPECT = 0.3;

const COINS = [
  'btc', 'bitcoin~', 'eth', 'ether', 'ethereum', 'usdt', 'usdc', 'tether', 'bnb', 'sol', 'solana', 'doge', 'dogecoin', 'xrp',
  'crypto', 'cripto', 'kripto', 'krypto', 'cryptomonnaie~', 'criptomoneda~', 'criptomoeda~', 'kryptowahrung', 'pix',
];

/** Named drugs that pharmacy spam sells (erectile, weight-loss, sleeping and pain pills). */
const DRUGS = [
  'viagra', 'cialis', 'levitra', 'kamagra', 'sildenafil', 'tadalafil', 'vardenafil', 'xanax', 'valium', 'diazepam',
  'alprazolam', 'tramadol', 'oxycodone', 'oxycontin', 'adderall', 'modafinil', 'phentermine', 'ambien', 'zolpidem',
  'propecia', 'finasteride', 'clomid', 'accutane', 'ozempic', 'semaglutide', 'potenzmittel', 'potenzpille~', 'potenzpillen',
];
/** Pills in general: bait only beside "no prescription". */
const PILLS = [
  'meds', 'pills', 'pillen', 'medikamente', 'tabletten', 'medicamentos', 'pastillas', 'remedios', 'comprimidos', 'pilulas',
  'medicaments', 'pilules', 'farmaci', 'pillole', 'medicijnen', 'leki', 'tabletki', 'ilac~', 'ilaclar', 'haplar',
];
/** A sale without a doctor: pharmacy spam's own promise. */
const NO_PRESCRIPTION = [
  'no prescription', 'without [a] prescription', 'no rx', 'without rx', 'no doctor', 'sin receta', 'sin receta medica',
  'sem receita', 'sans ordonnance', 'ohne rezept', 'rezeptfrei', 'senza ricetta', 'zonder recept', 'bez recepty', 'recetesiz',
  'bina prescription', 'bina parchi', 'bina doctor',
];
/** Selling words pharmacy spam puts beside a drug name. */
const SELLING = [
  'cheap', 'cheapest', 'buy', 'order', 'discount', 'generic', 'online', 'overnight', 'wholesale', 'best price~',
  'barato~', 'comprar', 'compre', 'pas cher', 'acheter', 'achat', 'gunstig', 'kaufen', 'bestellen', 'billig', 'comprare',
  'economico', 'kopen', 'goedkoop', 'kup', 'tanio', 'tani', 'ucuz', 'satin al', 'sasta', 'sasti', 'kharido',
];
const GAMBLING = [
  'casino~', 'casinos', 'kasyno', 'kasino', 'slots', 'slot machine~', 'roulette', 'ruleta',
  'roleta', 'betting', 'sportsbook', 'apuestas', 'apostas', 'paris sportifs', 'sportwetten', 'scommesse', 'bukmacher', 'bahis',
];
const BONUS = [
  'bonus~', 'bonos', 'bono', 'bonus de bienvenue', 'welcome bonus', 'free spins', 'freispiele', 'giros gratis', 'tiradas gratis',
  'rodadas gratis', 'giri gratis', 'gratis spins', 'free spin', 'tours gratuits', 'darmowe spiny', 'bedava spin', 'free bet~', 'freebet~', 'jackpot~',
  // Turkish possessive forms ("deneme bonusu", "hoş geldin bonusları").
  'bonusu', 'bonuslari',
];
const NO_DEPOSIT = [
  'no deposit', 'sin deposito', 'sem deposito', 'sans depot', 'ohne einzahlung', 'senza deposito', 'zonder storting',
  'bez depozytu', 'yatirimsiz',
];
/** What prize bait promises. */
const PRIZES = [
  'prize~', 'reward~', 'gift card~', 'giftcard~', 'voucher~', 'iphone~', 'winnings', 'premio~', 'recompensa~', 'tarjeta regalo',
  'cartao presente', 'vale presente', 'prix', 'cadeau~', 'carte cadeau', 'gewinn', 'preis', 'gutschein~', 'geschenkkarte',
  'buono regalo', 'prijs', 'cadeaubon', 'cadeaukaart', 'nagrode', 'nagroda', 'karte podarunkowa', 'odul~', 'odulunu',
  'odulunuzu', 'hediye karti', 'hediye ceki', 'lottery', 'lotto', 'jackpot', 'cash prize', 'loteria', 'loterie', 'lotterie',
  'lotteria', 'loterij', 'piyango', 'ikramiye',
];
/** An account threatened with an end. */
const ACCOUNT = [
  'account', 'cuenta', 'conta', 'compte', 'konto', 'zugang', 'conto', 'rekening', 'hesabiniz', 'hesabin',
];
const ENDED = [
  'suspended', 'deleted', 'closed', 'locked', 'disabled', 'blocked', 'terminated', 'deactivated', 'restricted', 'frozen',
  'suspendida', 'bloqueada', 'eliminada', 'cerrada', 'desactivada', 'suspensa', 'excluida', 'encerrada', 'desativada',
  'suspendu', 'bloque', 'supprime', 'ferme', 'desactive', 'gesperrt', 'geloscht', 'deaktiviert', 'eingeschrankt',
  'sospeso', 'bloccato', 'eliminato', 'chiuso', 'disattivato', 'geblokkeerd', 'verwijderd', 'opgeschort', 'gesloten',
  'zablokowane', 'usuniete', 'zawieszone', 'askiya alinacak', 'askiya alindi', 'kapatilacak', 'silinecek', 'bloke edilecek',
  'engellenecek', 'dondurulacak',
];
/** The visitor's details a verify-bait page asks for. */
const DETAILS = [
  'account', 'identity', 'details', 'information', 'info', 'login', 'password', 'card', 'payment details', 'billing',
  'cuenta', 'identidad', 'datos', 'conta', 'identidade', 'dados', 'compte', 'identite', 'informations', 'coordonnees',
  'donnees', 'daten', 'identitat', 'kontodaten', 'zahlungsdaten', 'konto', 'dati', 'identita', 'gegevens',
  'dane', 'dane logowania', 'dane karty', 'tozsamosc', 'bilgilerinizi', 'hesabinizi', 'kimliginizi', 'kart bilgilerinizi',
];
const CONFIRM = [
  'verify', 'confirm', 'validate', 'update', 'unlock', 'reactivate', 'verifica', 'verifique', 'confirma', 'confirme', 'valida',
  'actualiza', 'atualize', 'verifiez', 'confirmez', 'validez', 'mettez a jour', 'bestatigen sie', 'verifizieren sie',
  'aktualisieren sie', 'bestatige', 'verifiziere', 'aktualisiere', 'conferma', 'aggiorna', 'bevestig', 'verifieer',
  'potwierdz', 'zweryfikuj', 'zaktualizuj', 'dogrulayin', 'onaylayin', 'guncelleyin',
];
/** Earning, in the imperative of work-from-home bait or as a promise ("earn", "kamao", "kazan"). */
const EARN = [
  'earn', 'earning', 'make money', 'earn money', 'gana', 'ganar', 'gane', 'ganhe', 'ganhar', 'ganha', 'gagnez', 'gagner', 'gagne',
  'verdiene', 'verdienen', 'verdienst', 'guadagna', 'guadagnare', 'guadagni', 'verdien', 'zarabiaj', 'zarabiac', 'zarabiasz',
  'kazan', 'kazanin', 'kazanmak', 'kamao', 'kamaye', 'kamayein', 'kamaiye', 'kamai karo',
];
/** Each day, week or month, said after an amount ("5000 a week", "500 por dia", "3000 pro Tag"). */
const PER_PERIOD = [
  '(a|per|each|every|al|por|por cada|par|pro|im|ogni|in|een|na|w|za|har) (day|week|month|dia|semana|mes|jour|semaine|mois|tag|woche|monat|giorno|settimana|mese|dag|maand|dzien|tydzien|miesiac|din|hafte|mahine)',
  'daily', 'weekly', 'monthly', 'diarios', 'diarias', 'par jour', 'taglich', 'al giorno', 'dziennie', 'tygodniowo', 'miesiecznie', 'roz',
];
/** Where easy money is said to come from: home, no outlay, no experience. */
const NO_EFFORT = [
  'from home', 'at home', 'from your phone', 'desde casa', 'en casa', 'de casa', 'em casa', 'a domicile', 'depuis chez vous', 'de chez vous',
  'von zuhause', 'von zu hause', 'da casa', 'vanuit huis', 'thuis', 'z domu', 'evden', 'evinden', 'ghar baithe', 'ghar se', 'ghar baith kar',
  'without investment', 'no investment', 'no experience', 'sin inversion', 'sin experiencia', 'sem investimento', 'sem experiencia',
  'sans investissement', 'sans experience', 'ohne investition', 'ohne erfahrung', 'senza investimento', 'senza esperienza',
  'zonder investering', 'zonder ervaring', 'bez inwestycji', 'bez doswiadczenia', 'yatirimsiz', 'sermayesiz', 'bina investment', 'bina paise',
];
/** An amount: a word that starts with a digit ("5000", "50k", "3.000"). */
const AMOUNT = ['0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*'];
/** A messenger the bait moves the visitor to. */
const MESSENGERS = ['whatsapp', 'telegram', 'viber', 'wechat', 'snapchat'];
/** What a scammer asks a visitor to hand over: card, bank and one-time codes. */
const CREDENTIALS = [
  'card number', 'card details', 'card information', 'card info', 'bank details', 'bank account number', 'account number', 'cvv', 'otp',
  'pin', 'sms code', 'verification code', 'numero de tarjeta', 'datos de (tu|la) tarjeta', 'numero de cuenta', 'numero do cartao',
  'dados do cartao', 'numero da conta', 'numero de carte', 'coordonnees bancaires', 'code de verification', 'kartennummer', 'kontonummer',
  'bankdaten', 'numero della carta', 'dati della carta', 'codice di verifica', 'kaartnummer', 'rekeningnummer', 'numer karty',
  'dane karty', 'numer konta', 'kod sms', 'kart bilgilerinizi', 'kart numaranizi', 'hesap numaranizi', 'iban', 'sifrenizi',
  'khata number', 'atm pin',
];
/** Handing it over. */
const HAND_OVER = [
  'enter', 'send', 'give', 'share', 'provide', 'type', 'text', 'introduce', 'introduzca', 'ingresa', 'ingrese', 'envia', 'envie',
  'manda', 'mande', 'informe', 'digite', 'saisissez', 'entrez', 'envoyez', 'communiquez', 'geben sie', 'gib', 'sende', 'senden sie',
  'inserisci', 'invia', 'comunica', 'voer', 'stuur', 'geef', 'podaj', 'wpisz', 'wyslij', 'girin', 'gir', 'gonderin', 'gonder',
  'yazin', 'paylasin', 'bhejo', 'bhejen', 'bhejiye', 'batao', 'bataiye',
];

const OWNERS = ['your', 'ur', 'tu', 'tus', 'su', 'sus', 'sua', 'seus', 'seu', 'votre', 'vos', 'ton', 'tes', 'ihr', 'ihre', 'dein', 'deine', 'il tuo', 'i tuoi', 'uw', 'je', 'twoje', 'twoja', 'twoj', 'swoje', 'swoja', 'swoj'];

/** Word edges in any script (\\b only knows ASCII letters). */
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';
/** Between words of a pattern in a spaced script: spaces and punctuation ("казино: бонус"). */
const SEPARATOR = '[^\\p{L}\\p{N}]+';
const WORD = '[\\p{L}\\p{N}]+';

const spec = (phrases: ReadonlyArray<readonly [number, string]>): LexiconSpec => ({
  slots: {
    coin: COINS, drug: DRUGS, pills: PILLS, 'no-rx': NO_PRESCRIPTION, selling: SELLING, gambling: GAMBLING, bonus: BONUS,
    'no-deposit': NO_DEPOSIT, prize: PRIZES, account: ACCOUNT, ended: ENDED, details: DETAILS, confirm: CONFIRM, owner: OWNERS,
    earn: EARN, amount: AMOUNT, 'per-period': PER_PERIOD, 'no-effort': NO_EFFORT, messenger: MESSENGERS, credentials: CREDENTIALS, 'hand-over': HAND_OVER,
  },
  phrases: { illicit: phrases },
});

/**
 * The bait in the languages written in Latin script, one lexicon (its framing damps a negated or quoted
 * match: "we never ask you to verify your account").
 */
const detectPhrases = phraseDetector('spam', spec([
  // Pharmacy spam.
  [0.55, '{drug} .. {no-rx}'],
  [0.55, '{no-rx} .. {drug}'],
  [0.55, '{pills} .. {no-rx}'],
  [0.5, '{selling} [generic] {drug}'],
  [0.45, '{drug} .. {selling}'],
  // Casino or betting bonus.
  [0.45, '{gambling} .. {bonus}'],
  [0.45, '{bonus} .. {gambling}'],
  [0.55, '{no-deposit} {bonus}'],
  [0.55, '{bonus} {no-deposit}'],
  [0.3, '(casino|kasino|kasyno) (en ligne|online|en linea)'],
  [0.3, '(online|canli) (casino|kasino)'],
  // Prize or gift-card bait.
  [0.4, '(claim|collect|redeem|get|grab) {owner} [free] {prize}'],
  [0.4, '(you have|you\'ve) (won|been selected) .. {prize}'],
  [0.4, '(you|u) (won|win|just won) .. {prize}'],
  [0.4, '(reclama|reclame|cobra|resgate|resgata|reclamez|recuperez|fordere|hol dir|hole dir|sichere dir|riscatta|ritira|claim|haal|odbierz|al) {owner} [gratis] {prize}'],
  [0.4, '(has ganado|ganaste|voce ganhou|ganhou|vous avez gagne|tu as gagne|sie haben gewonnen|du hast gewonnen|hai vinto|avete vinto|je hebt gewonnen|u heeft gewonnen|wygrales|wygralas|wygrales nagrode|kazandiniz|kazandin)'],
  [0.45, '(free|gratis|gratuit|gratuite|kostenlos|kostenlose|darmowa|darmowe|bedava|ucretsiz) (gift card~|giftcard~|tarjeta regalo|cartao presente|carte cadeau|gutschein~|buono regalo|cadeaubon|karta podarunkowa|hediye karti|robux|vbucks|v bucks|iphone~)'],
  [0.45, '(gift card~|giftcard~|amazon card~|steam card~) (giveaway|generator|code generator)'],
  // Card, bank or one-time codes asked of a visitor: with any other bait ("you won an iPhone"), a scam.
  [0.4, '{hand-over} [{owner}|the|a|de|da|do|la|il|het|je|uw] {credentials}'],
  [0.4, '{credentials} .. {hand-over}'],
  // Easy money: an amount for each day, week or month; from home or with no outlay; then a messenger.
  // Each alone an honest member could write ("I earn my living from home"); two or three together are the bait.
  [0.4, '{earn} .. {per-period}'],
  [0.4, '(make|making) {amount} {per-period}'],
  // An amount earned alone is context: "earning 6 figures for shaking ass?" is no bait.
  [0.25, '{earn} [up to|upto|ate|hasta|jusqu a|bis zu|fino a|tot|do] {amount}'],
  [0.25, '{amount} .. {earn}'],
  [0.4, '(gunde|haftada|ayda|gunluk|haftalik|aylik|roz|rozana|har din) .. {earn}'],
  [0.3, '{earn} ... {no-effort}'],
  [0.3, '{no-effort} ... {earn}'],
  [0.2, '{messenger} (me|us|karo|kijiye|now|abhi|agora|ahora|maintenant|jetzt|ora|nu|teraz|simdi)'],
  [0.2, '(dm|message|text|contact|write|msg|ping|add|escribeme|escribenos|chama|me chama|ecris moi|ecrivez moi|schreib mir|schreiben sie mir|scrivimi|stuur me|napisz|mesaj at) .. {messenger}'],
  [0.2, "{messenger} (tan|dan|den|ten) (yaz|yazin|ulasin|ulas)"],
  // Crypto doubling.
  [0.7, '(send|deposit|transfer) ... {coin} ... (get|receive|receiv*) .. (back|double|2x|twice|x2)'],
  [0.7, '(envia|envie|manda|mande|deposita|deposite|transfiere|transfira|faca um) ... {coin} ... (recibe|recibes|recibiras|receba|recebe|recebera|receber) .. (el doble|doble|x2|2x|de vuelta|de volta|o dobro|em dobro|dobrado)'],
  [0.7, '(envoyez|envoie|deposez|depose|virez) ... {coin} ... (recevez|recois|recevrez|recevoir) .. (le double|double|x2|2x|en retour)'],
  [0.7, '(sende|senden sie|schick|schicke|schicken sie|uberweise|uberweisen sie) ... {coin} ... (erhalte|erhaltst|erhalten sie|bekommst|bekommen sie) .. (doppelt|das doppelte|zuruck|x2|2x)'],
  [0.7, '(invia|inviate|manda|deposita) ... {coin} ... (ricevi|riceverai|ricevete|ricevine) .. (il doppio|doppio|indietro|x2|2x)'],
  [0.7, '(stuur|verstuur|stort) ... {coin} ... (ontvang|krijg|ontvangt|krijgt) .. (dubbel|het dubbele|terug|x2|2x)'],
  [0.7, '(wyslij|przelej|wplac) ... {coin} ... (otrzymasz|odbierz|dostaniesz|otrzymaj) .. (podwojnie|dwa razy wiecej|x2|2x|z powrotem)'],
  [0.7, '(gonder|gonderin|yatir|yatirin) ... {coin} ... (al|alin|kazan|kazanin|alacaksiniz) .. (iki katini|2 katini|x2|2x|geri)'],
  [0.7, '{coin} ... (gonder|gonderin|yatir|yatirin|yollayin) ... (iki katini|2 katini|iki kati|x2|2x) [geri] (al|alin|kazan|kazanin|alacaksiniz)'],
  [0.7, '{coin} ... (gonder|gonderin|yatir|yatirin|yollayin) .. {coin} geri (al|alin|kazan|kazanin|alacaksiniz)'],
  // Hindi in Latin letters: "bitcoin bhejo, double wapas milega".
  [0.7, '{coin} .. (bhejo|bhejiye|bhejein|bhejen|bhejna) ... (double|dugna|duguna|do guna|2x|x2|wapas|vapas) .. (milega|milenge|milegi|pao|paiye|paoge)'],
  [0.4, '(aapne|apne|tumne) ... (inaam|inam|prize|gift card|iphone|lottery) (jeeta|jeeti|jeete|jita)'],
  [0.6, '(double|triple|duplica|duplique|dobre|doublez|verdopple|verdoppeln|raddoppia|verdubbel|podwoj|ikiye katla) {owner} {coin}'],
  [0.45, '{coin} (giveaway|airdrop|sorteo|sorteio|concours|gewinnspiel|omaggio|weggeefactie|rozdanie|cekilis)'],
  // Account verification bait.
  [0.45, '{owner} {account} (will be|has been|is being|is|sera|ha sido|esta|foi|esta sendo|a ete|est|wird|wurde|ist|sara|e stato|verra|wordt|zostanie|zostalo|jest) [permanently|temporarily|definitivamente|definitivement|endgultig|permanentemente|definitief|trwale] {ended}'],
  [0.45, '{account} {ended}'],
  [0.35, '{confirm} {owner} {details}'],
  [0.35, '{details} [hemen|simdi] {confirm}'],
  [0.2, '{confirm} {details}'],
  // Payment request.
  [0.2, 'pay here'],
  [0.2, '(send|make) [the|your] payment (to|via|here|through)'],
  [0.2, 'pay (via|with|through|by|using) (paypal|cash app|cashapp|venmo|zelle|western union|moneygram|wire transfer|bank transfer|bitcoin|crypto)'],
  [0.2, '(paga|pague|payez|zahle|zahlen sie|betaal|zaplac|odeyin|odeme yapin) (aqui|aca|ici|hier|qui|tutaj|burada)'],
  [0.4, '(pay|paga|pague|payez|zahlen sie|zahle|betaal|paghi|zaplac|odeyin) .. (fee|deposit|tarifa|taxa|frais|gebuhr|kosten|tassa|kosten|oplata|ucret) (to|before|para|pour|um|per|om|aby|icin) (release|unlock|receive|claim|liberar|receber|recibir|debloquer|recevoir|erhalten|freischalten|ricevere|sbloccare|ontvangen|odebrac|almak)'],
  [0.6, '(pay|paying|payment|paga|pague|payez|zahlen sie|zahle|betaal|paghi|zaplac|odeyin) .. (in|with|by|con|com|en|par|mit|met|w|ile) .. (gift card~|itunes card~|steam card~|google play card~|tarjetas regalo|cartoes presente|cartes cadeaux|geschenkkarten|gutscheinkarten|carte regalo|cadeaukaarten|kartami podarunkowymi|hediye kartlari)'],
]));

/**
 * The same kinds of bait in the languages not written in Latin letters, as regular expressions over the
 * folded text (phrase-pattern.ts reads ASCII skeletons only), each table tried only in segments holding
 * its script. In the spaced scripts a space stands for any run of spaces and punctuation and `{word}` for
 * any word (the two never overlap, so optional words are read one way only: linear time); Chinese and
 * Japanese put no spaces between words, and `{near}` is a short run of anything but a sentence's end.
 */
/** Earning and income, any ending. */
const RU_EARN = '(заработ\\p{L}*|зарабатыва\\p{L}*|доход\\p{L}*)';
const RUSSIAN: readonly (readonly [number, string])[] = [
  // Pharmacy spam.
  [0.55, '(виагр\\p{L}*|сиалис\\p{L}*|левитр\\p{L}*|таблетк\\p{L}*|препарат\\p{L}*|лекарств\\p{L}*) (?:\\p{L}+ ){0,3}без рецепта'],
  [0.5, '(купить|куплю|закажи|заказать|дешев\\p{L}*|недорог\\p{L}*) (?:\\p{L}+ ){0,2}(виагр\\p{L}*|сиалис\\p{L}*|левитр\\p{L}*)'],
  // Casino or betting bonus.
  [0.45, '(казино|слот\\p{L}*|ставк\\p{L}*|букмекер\\p{L}*) (?:\\p{L}+ ){0,3}(бонус\\p{L}*|фриспин\\p{L}*|джекпот\\p{L}*)'],
  [0.45, '(бонус\\p{L}*|фриспин\\p{L}*) (?:\\p{L}+ ){0,3}(казино|слот\\p{L}*|ставк\\p{L}*)'],
  [0.55, 'бездепозитн\\p{L}* (бонус\\p{L}*|фриспин\\p{L}*)'],
  // Prize or gift-card bait.
  [0.4, 'вы (выиграли|стали победителем)'],
  [0.4, '(получите|заберите) (ваш|ваши|свой|свои) (приз|подарок|выигрыш|награду)'],
  [0.45, 'бесплатн\\p{L}* (подарочн\\p{L}* карт\\p{L}*|айфон\\p{L}*)'],
  // Crypto doubling.
  [0.7, '(отправьте|отправь|переведите|переведи|пришлите) (?:{word} ){0,6}[\\p{L}\\p{N}]*(btc|биткоин|eth|usdt|крипт|рубл)[\\p{L}\\p{N}]* (?:{word} ){0,8}(получите|получи|вернем|верну) (?:{word} ){0,3}(вдвое|в два раза|x2|удвоен\\p{L}*|обратно)'],
  // Account verification bait.
  [0.45, '(аккаунт|счет|профиль|кабинет|карта) (?:\\p{L}+ ){0,2}(заблокирован\\p{L}*|удален\\p{L}*|приостановлен\\p{L}*|закрыт\\p{L}*)'],
  [0.35, '(подтвердите|обновите) (ваши |свои )?(данные|личность|аккаунт|пароль)'],
  [0.4, '(получи|получите|выиграй|выиграйте|забери) (?:{word} ){0,2}(приз|подарок|выигрыш|награду)'],
  // Card details or a one-time code asked for.
  [0.4, '(отправь\\p{L}*|сообщи\\p{L}*|введи\\p{L}*|назови\\p{L}*|продиктуй\\p{L}*|пришли\\p{L}*) (?:{word} ){0,2}(код из смс|код подтверждения|номер карты|данные карты|cvv|пин|пин-код)'],
  // Easy money: an amount a day, week or month; from home, with no outlay; a messenger.
  [0.4, `${RU_EARN} (?:{word} ){0,4}(в день|в неделю|в месяц|ежедневно|ежемесячно)`],
  [0.3, `${RU_EARN} (?:{word} ){0,8}(без вложений|без опыта|не выходя из дома|на дому|из дома)`],
  [0.2, '(пиши|пишите|напиши|напишите|звони|добавляйся) (?:{word} ){0,2}(телеграм\\p{L}*|ватсап\\p{L}*|вотсап\\p{L}*|whatsapp|telegram|лс|личку)'],
  // Payment request.
  [0.2, 'оплатите (здесь|тут|по ссылке)'],
  [0.6, 'оплат\\p{L}* (?:{word} ){0,2}подарочн\\p{L}* карт\\p{L}*'],
];

/** Arabic words take "and", "for", "the" as prefixes ("واحصل", "لاستلام", "الأدوية"). */
const AR_PREFIX = '(?:و|ف|ب|ل|ال|وال|بال|لل)?';
const AR_DRUG = '(فياجرا|فياغرا|فياقرا|سياليس|ليفيترا|ترامادول|زاناكس|كاماجرا)';
const AR_COIN = '(بيتكوين|بتكوين|btc|eth|usdt|إيثيريوم|ايثيريوم|كريبتو|عملات رقمية|عملة رقمية)';
/** Win and earn, the verbs an amount of money follows; with the nouns of profit and income, what is earned over time. */
const AR_EARN_VERB = 'اربح|إربح|اكسب|تربح|تكسب';
const AR_EARN = `(${AR_EARN_VERB}|ربح|دخل)`;
const AR_BONUS = '(مكافأة|مكافاة|مكافآت|بونص|بونس|لفات مجانية|دورات مجانية|جاكبوت)';
const ARABIC: readonly (readonly [number, string])[] = [
  // Pharmacy spam.
  [0.55, `${AR_PREFIX}${AR_DRUG} (?:{word} ){0,3}(بدون|بلا|دون) (وصفة|روشتة)`],
  [0.5, `(شراء|اشتري|اطلب|بيع|أرخص|ارخص|رخيص|خصم|توصيل) (?:{word} ){0,3}${AR_PREFIX}${AR_DRUG}`],
  // Casino or betting bonus.
  [0.45, `${AR_PREFIX}(كازينو|كازينوهات|رهان|رهانات|مراهنات|سلوت|روليت|قمار) (?:{word} ){0,4}${AR_BONUS}`],
  [0.45, `${AR_BONUS} (?:{word} ){0,4}${AR_PREFIX}(كازينو|رهان|رهانات|مراهنات|سلوت|روليت)`],
  [0.55, `${AR_BONUS} (?:{word} ){0,3}(بدون|دون|بلا) (إيداع|ايداع)`],
  [0.3, '(كازينو|مراهنات) (أونلاين|اونلاين|اون لاين)'],
  // Prize or gift-card bait.
  [0.4, `(ربحت|فزت|كسبت|ربحتم|فزتم) (?:{word} ){0,4}${AR_PREFIX}(جائزة|بطاقة هدايا|بطاقة هدية|ايفون|آيفون|قسيمة|قسيمة شراء)`],
  [0.4, `${AR_PREFIX}(استلم|استلام|احصل على|اطلب) (?:{word} ){0,2}(جائزتك|هديتك|مكافأتك|جائزتكم)`],
  [0.45, '(بطاقة|بطاقات) (هدايا|هدية) مجاني\\p{L}*'],
  // Crypto doubling: send coins, receive double or coins back.
  [0.7, `(أرسل|ارسل|حول|أودع|اودع|ادفع) (?:{word} ){0,6}${AR_COIN} (?:{word} ){0,8}${AR_PREFIX}(احصل|تحصل|ستحصل|استلم|تستلم|ستستلم|يرجع|ترجع|نرجع|يعود) (?:{word} ){0,4}(ضعف|الضعف|ضعفين|مضاعف\\p{L}*|x2|2x|${AR_COIN.slice(1, -1)})`],
  // Account verification bait.
  [0.45, '(سيتم|تم|سوف يتم) (إيقاف|ايقاف|حذف|تعليق|إغلاق|اغلاق|تجميد|حظر|قفل) (حسابك|بطاقتك|حسابكم|حسابكِ)'],
  [0.45, '(حسابك|بطاقتك|حسابكم) (?:{word} ){0,2}(موقوف|محظور|مجمد|معلق|سيحذف|سيغلق|سيتم إيقافه|سيتم حذفه)'],
  [0.35, `(تأكيد|تاكيد|أكد|اكد|حدث|تحديث) (?:{word} ){0,2}(بياناتك|معلوماتك|معلومات الدفع|بيانات الدفع|بياناتك البنكية|هويتك|كلمة المرور|حسابك)`],
  // Card details or a one-time code asked for.
  [0.4, '(أرسل|ارسل|ادخل|أدخل|اكتب|شارك|ابعت|ابعث) (?:{word} ){0,2}(رقم البطاقة|رقم بطاقتك|بيانات البطاقة|رقم الحساب|رقم حسابك|الرمز السري|كود التحقق|رمز التحقق|الرقم السري)'],
  // Easy money: an amount, a day, week or month; from home, with no capital; a messenger.
  [0.4, `${AR_PREFIX}${AR_EARN} (?:{word} ){0,4}(يوميا|يومياً|في اليوم|في الأسبوع|في الاسبوع|في الشهر|شهريا|شهرياً|أسبوعيا|اسبوعيا)`],
  [0.35, `${AR_PREFIX}(${AR_EARN_VERB}) (?:{word} ){0,2}(دولار|ريال|جنيه|درهم|يورو|دينار)`],
  [0.3, `${AR_PREFIX}${AR_EARN} (?:{word} ){0,8}(من البيت|من المنزل|بدون رأس مال|بدون راس مال|بدون خبرة)`],
  [0.2, '(راسلني|راسلنا|كلمني|تواصل معي|تواصل معنا) (?:{word} ){0,2}(الواتساب|واتساب|الواتس|واتس|تيليجرام|تلغرام|التلغرام|الخاص)'],
  // Payment request.
  [0.2, 'ادفع (هنا|عبر الرابط)'],
];

const HI_DRUG = '(वियाग्रा|सियालिस|ट्रामाडोल|viagra|cialis)';
/** Earn, the imperative and the noun. */
const HI_EARN = '(कमाएं|कमाओ|कमाइए|कमाई)';
const HINDI: readonly (readonly [number, string])[] = [
  // Pharmacy spam.
  [0.55, `${HI_DRUG} (?:{word} ){0,3}बिना (पर्ची|प्रिस्क्रिप्शन|डॉक्टर)`],
  [0.55, `बिना (पर्ची|प्रिस्क्रिप्शन|डॉक्टर) (?:{word} ){0,3}${HI_DRUG}`],
  [0.5, `(सस्ती|सस्ता|सस्ते|खरीदें|ख़रीदें|ऑर्डर) (?:{word} ){0,3}${HI_DRUG}`],
  // Casino or betting bonus.
  [0.45, '(कैसीनो|कसीनो|सट्टा|सट्टेबाजी|बेटिंग|तीन पत्ती|रमी|स्लॉट) (?:{word} ){0,6}(बोनस|जैकपॉट|फ्री स्पिन)'],
  [0.45, '(बोनस|फ्री स्पिन) (?:{word} ){0,6}(कैसीनो|कसीनो|सट्टा|बेटिंग|तीन पत्ती|रमी)'],
  [0.3, '(ऑनलाइन|online) (कैसीनो|कसीनो|सट्टा|बेटिंग)'],
  // Prize or gift-card bait.
  [0.4, '(आपने|तुमने) (?:{word} ){0,4}(इनाम|पुरस्कार|गिफ्ट कार्ड|आईफोन|लॉटरी) (जीता|जीती|जीते)'],
  [0.4, '(इनाम|पुरस्कार|रिवॉर्ड|गिफ्ट कार्ड) (?:{word} ){0,2}(क्लेम|प्राप्त|हासिल) (करें|कीजिए|करो)'],
  [0.4, '(लॉटरी|इनाम|पुरस्कार|kbc|केबीसी) (?:{word} ){0,4}(जीते|जीता|जीती)'],
  // Card details or a one-time code asked for.
  [0.4, '(खाता नंबर|अकाउंट नंबर|कार्ड नंबर|ओटीपी|otp|पिन|सीवीवी|cvv) (?:{word} ){0,2}(भेजें|भेजो|भेजिए|बताएं|बताओ|बताइए|शेयर करें|दें|दीजिए)'],
  // Easy money.
  [0.4, `(रोज़|रोज|रोजाना|हर दिन|हर महीने|महीने के|प्रतिदिन) (?:{word} ){0,4}${HI_EARN}`],
  [0.3, `(घर बैठे|बिना निवेश|बिना पैसे) (?:{word} ){0,6}${HI_EARN}`],
  // Crypto doubling.
  [0.7, '(बिटकॉइन|बिटकोइन|क्रिप्टो|btc|usdt|eth) (?:{word} ){0,6}(भेजें|भेजो|भेजिए|जमा करें) (?:{word} ){0,8}(दोगुना|दुगना|डबल)'],
  // Account verification bait.
  [0.45, '(खाता|अकाउंट|कार्ड|सिम) (?:{word} ){0,3}(बंद|निलंबित|ब्लॉक|फ्रीज़|फ्रीज) (हो जाएगा|हो जायेगा|कर दिया|कर दी|किया|हो गया)'],
  [0.35, '(kyc|केवाईसी|पासवर्ड|विवरण|जानकारी|पहचान) (?:{word} ){0,3}(अपडेट|सत्यापित|वेरिफाई|पुष्टि) (करें|कीजिए|करो)'],
];

const CHINESE_JAPANESE: readonly (readonly [number, string])[] = [
  // Pharmacy spam.
  [0.55, '(伟哥|威而钢|希爱力|犀利士|曲马多|バイアグラ|シアリス|レビトラ|トラマドール){near}(无需处方|免处方|不用处方|低价|出售|代购|包邮|処方箋なし|処方箋不要|通販|格安|激安)'],
  // Casino or betting bonus.
  [0.45, '(赌场|娱乐城|博彩|百家乐|老虎机|真人视讯|カジノ|スロット|ブックメーカー|オンカジ){near}(彩金|返水|红利|优惠|ボーナス|フリースピン|入金不要)'],
  [0.4, '(首存|首充|注册)送'],
  [0.55, '入金不要ボーナス'],
  // Prize or gift-card bait.
  [0.4, '恭喜(您|你)?{near}(中奖|获奖)|(当選|当たり){near}おめでとう|おめでとう{near}(当選|当たりました)'],
  [0.4, '(领取|兑换){near}(奖品|奖金|礼品卡|购物卡|红包|iphone)'],
  [0.4, '(ギフト券|ギフトカード|商品券|アマギフ|iphone){near}(受け取|プレゼント|もらえ|差し上げ)'],
  [0.45, '免费(领|送)?(礼品卡|购物卡|iphone)'],
  // Crypto doubling.
  [0.7, '(转账|转|发送|充值|打款)[^。！？!?\\n]{0,8}(比特币|以太坊|btc|usdt|eth|币){near}(返还|返|回报|得到|获得|收到)[^。！？!?\\n]{0,12}(翻倍|双倍|两倍|2倍|x2)'],
  [0.7, '(ビットコイン|仮想通貨|暗号資産|イーサリアム|btc|usdt|eth){near}(送って|送金|振り込)[^。！？!?\\n]{0,16}(2倍|二倍|倍)[^。！？!?\\n]{0,6}(返|戻)'],
  // Card details or a one-time code asked for.
  [0.4, '(カード番号|口座番号|暗証番号|セキュリティコード|银行卡号|卡号|密码|验证码|支付密码){near}(入力|送信|教え|提供|发给|发送|告诉|输入)'],
  // Easy money: so much a day or a month, with no outlay, then a private chat.
  [0.4, '(日赚|月赚|周赚|日入|月入|日收入|月收入|日进)|(月|日|週)[^。！？!?\\n]{0,8}(稼げ|稼ぐ|稼いで)'],
  [0.3, '(低投入高回报|零投入|零成本|无需经验|在家(就能|即可|轻松)?(赚|兼职)|简单(赚|兼职))|(簡単に|誰でも|在宅で|スマホだけで|初期費用なし|ノーリスク)[^。！？!?\\n]{0,8}稼'],
  [0.2, '(私聊|加微信|加我微信|加v|加vx|加qq|联系我)|(line|ライン)[^。！？!?\\n]{0,3}(追加|登録|で連絡)|dm(ください|して)'],
  // Account verification bait.
  [0.45, '(账户|账号|帐户|帐号|银行卡){near}(将被|已被|被)(冻结|封禁|停用|注销|锁定)|アカウント{near}(停止|凍結|削除|ロック)(され|します)'],
  [0.35, '(验证|核实|更新)(您的|你的)?(身份|账户|账号|银行卡|密码)|(本人確認|カード情報|パスワード){near}(確認|更新|入力)(して|を)'],
];

const spaced = (table: readonly (readonly [number, string])[]) =>
  table.map(([weight, source]) => [weight, new LazyRegExp(`${START}(?:${source.replaceAll('{word}', WORD).replace(/ /g, SEPARATOR)})${END}`, 'gu')] as const);
/** Between two parts of a Chinese or Japanese pattern: a few characters of the same sentence. */
const NEAR = '[^。！？!?\\n]{0,12}?';
const unspaced = (table: readonly (readonly [number, string])[]) =>
  table.map(([weight, source]) => [weight, new LazyRegExp(source.replaceAll('{near}', NEAR), 'gu')] as const);

/**
 * Every bait pattern's required literals (regex-literals.ts), found for all of them in one pass over a
 * folded segment: a pattern runs only where each of its literal sets occurs. Most segments in these
 * scripts hold none, and a scan by these \p{L} patterns is costly, more so when V8 has dropped the
 * compiled code of a pattern unused for a few garbage collections and compiles it again (about 18 ms a
 * segment for a table). The expressions are built on first use (lazy-regexp.ts): most processes meet none of these scripts.
 */
const BAIT_LITERALS = new RequirementIndex();
const gated = (table: readonly (readonly [number, LazyRegExp])[]) =>
  table.map(([weight, re]) => ({ weight, re, needs: BAIT_LITERALS.add(requiredLiterals(re)) }));

/** Plain character classes (no u flag): cheap to scan for on every segment. */
const BY_SCRIPT: readonly { script: RegExp; bait: readonly { weight: number; re: LazyRegExp; needs: number }[] }[] = [
  { script: /[\u0400-\u04ff]/, bait: gated(spaced(RUSSIAN)) },
  { script: /[\u0600-\u06ff]/, bait: gated(spaced(ARABIC)) },
  { script: /[\u0900-\u097f]/, bait: gated(spaced(HINDI)) },
  { script: /[\u3040-\u30ff\u4e00-\u9fff]/, bait: gated(unspaced(CHINESE_JAPANESE)) },
];
/** Any of those scripts: most texts hold none, and one scan says so instead of four. */
const ANY_OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff]/;

function detectInOtherScripts(segments: readonly PreparedSegment[]): Reason[] {
  const hits: Hit[] = [];
  for (const segment of segments) {
    const value = segmentText(segment);
    if (!ANY_OTHER_SCRIPT.test(value)) continue;
    let text: string | undefined;
    for (const { script, bait } of BY_SCRIPT) {
      if (!script.test(value)) continue;
      if (text === undefined) {
        text = fold(value);
        BAIT_LITERALS.read(text);
      }
      const folded = text;
      const quote = (from: number, to: number) => (folded.length === value.length ? value : folded).slice(from, to);
      for (const { weight, re, needs } of bait) {
        if (!BAIT_LITERALS.met(needs)) continue;
        for (const m of folded.matchAll(re.regex)) hits.push({ category: 'spam', weight, evidence: evidenceOf(segment, quote(m.index, m.index + m[0].length)) });
      }
    }
  }
  return hitsToReasons(hits, 'local:spam');
}

/**
 * The most suspect link of the document by detect-links.ts's signs: link segments, the URL a redirect
 * carries in its query ("google.com/url?q=..."), and domains typed as bare text ("lucky-spin.xyz"),
 * which link detection does not see when the top-level domain is not a common one.
 */
function suspectLink(segments: readonly PreparedSegment[]): { suspicion: number; evidence: Evidence; why: string } | undefined {
  let best: { suspicion: number; evidence: Evidence; why: string } | undefined;
  const judge = (url: string, segment: PreparedSegment, shown: string) => {
    const { weight: suspicion, why } = weighSigns(maliciousSigns(url));
    if (suspicion >= SUSPECT && (!best || suspicion > best.suspicion)) best = { suspicion, evidence: evidenceOf(segment, shown), why };
  };
  for (const segment of segments) {
    if (segment.kind === 'link') {
      judge(segment.value, segment, segment.value);
      for (const carried of carriedUrls(segment.value)) judge(carried, segment, segment.value);
    } else {
      for (const m of segment.folded.text.matchAll(BARE_DOMAIN)) {
        const info = parseHost(m[0]);
        if (info.isIcann && info.domain) judge(`http://${m[0]}`, segment, m[0]);
      }
    }
  }
  return best;
}

/** A host name typed in text: labels joined by dots, ending in letters, standing as a word of its own. */
const BARE_DOMAIN = /(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])/g;

/** http(s) URLs carried as query values: where a redirect sends the visitor. */
function carriedUrls(url: string): string[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const carried: string[] = [];
  for (const value of url.slice(q + 1).split(/[&#]/)) {
    const v = safeDecode(value.slice(value.indexOf('=') + 1));
    if (/^https?:\/\//i.test(v)) carried.push(v);
  }
  return carried;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
