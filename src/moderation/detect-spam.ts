import { parse as parseHost } from 'tldts';
import { combineWeights, evidenceOf, hitsToReasons, round, type Detector, type Hit } from './detector.js';
import { segmentText } from './detect-lexicon.js';
import { maliciousSigns } from './detect-links.js';
import { fold } from './lexicons/index.js';
import { phraseDetector, type LexiconSpec } from './phrase-detector.js';
import type { PreparedSegment } from './prepare-segments.js';
import type { Evidence, Reason } from './types.js';

/**
 * Spam and scam bait a site owner removes: pharmacy spam, casino and betting bonuses, prize and gift-card
 * bait, crypto doubling ("send 1 get 2"), "verify your account or it will be closed" bait and payment
 * requests aimed at visitors, in en es pt fr de it nl pl tr ru. Each kind is a grammar (a selling cue beside
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
  const found = [...detectPhrases(segments, policy), ...detectRussian(segments)];
  if (found.length === 0) return [];
  const link = suspectLink(segments);
  const linkWeight = link ? Math.min(MAX_LINK_WEIGHT, link.suspicion) : 0;
  const score = combineWeights([...found.map((r) => r.score), linkWeight]);
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
];
/** Selling words pharmacy spam puts beside a drug name. */
const SELLING = [
  'cheap', 'cheapest', 'buy', 'order', 'discount', 'generic', 'online', 'overnight', 'wholesale', 'best price~',
  'barato~', 'comprar', 'compre', 'pas cher', 'acheter', 'achat', 'gunstig', 'kaufen', 'bestellen', 'billig', 'comprare',
  'economico', 'kopen', 'goedkoop', 'kup', 'tanio', 'tani', 'ucuz', 'satin al',
];
const GAMBLING = [
  'casino~', 'casinos', 'kasyno', 'kasino', 'slots', 'slot machine~', 'roulette', 'ruleta',
  'roleta', 'betting', 'sportsbook', 'apuestas', 'apostas', 'paris sportifs', 'sportwetten', 'scommesse', 'bukmacher', 'bahis',
];
const BONUS = [
  'bonus~', 'bonos', 'bono', 'bonus de bienvenue', 'welcome bonus', 'free spins', 'freispiele', 'giros gratis', 'tiradas gratis',
  'rodadas gratis', 'giri gratis', 'gratis spins', 'free spin', 'tours gratuits', 'darmowe spiny', 'bedava spin', 'free bet~', 'freebet~', 'jackpot~',
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
  'odulunuzu', 'hediye karti', 'hediye ceki',
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
const OWNERS = ['your', 'ur', 'tu', 'tus', 'su', 'sus', 'sua', 'seus', 'seu', 'votre', 'vos', 'ton', 'tes', 'ihr', 'ihre', 'dein', 'deine', 'il tuo', 'i tuoi', 'uw', 'je', 'twoje', 'twoja', 'twoj', 'swoje', 'swoja', 'swoj'];

/** Word edges in any script (\\b only knows ASCII letters). */
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';
/** The Cyrillic block, without the u flag: a plain character class, cheap to scan for on every segment. */
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * Between words of a Russian pattern: spaces and punctuation ("казино: бонус"). `{word}` is any word;
 * the two never overlap, so a pattern's optional words are read one way only (linear time).
 */
const SEPARATOR = '[^\\p{L}\\p{N}]+';
const WORD = '[\\p{L}\\p{N}]+';

const spec = (phrases: ReadonlyArray<readonly [number, string]>): LexiconSpec => ({
  slots: {
    coin: COINS, drug: DRUGS, pills: PILLS, 'no-rx': NO_PRESCRIPTION, selling: SELLING, gambling: GAMBLING, bonus: BONUS,
    'no-deposit': NO_DEPOSIT, prize: PRIZES, account: ACCOUNT, ended: ENDED, details: DETAILS, confirm: CONFIRM, owner: OWNERS,
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
  [0.4, '(reclama|reclame|cobra|resgate|resgata|reclamez|recuperez|fordere|hol dir|hole dir|sichere dir|riscatta|ritira|claim|haal|odbierz|al) {owner} [gratis] {prize}'],
  [0.4, '(has ganado|ganaste|voce ganhou|ganhou|vous avez gagne|tu as gagne|sie haben gewonnen|du hast gewonnen|hai vinto|avete vinto|je hebt gewonnen|u heeft gewonnen|wygrales|wygralas|wygrales nagrode|kazandiniz|kazandin)'],
  [0.45, '(free|gratis|gratuit|gratuite|kostenlos|kostenlose|darmowa|darmowe|bedava|ucretsiz) (gift card~|giftcard~|tarjeta regalo|cartao presente|carte cadeau|gutschein~|buono regalo|cadeaubon|karta podarunkowa|hediye karti|robux|vbucks|v bucks|iphone~)'],
  [0.45, '(gift card~|giftcard~|amazon card~|steam card~) (giveaway|generator|code generator)'],
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
 * The same kinds of bait in Russian, as regular expressions over the folded text (phrase-pattern.ts reads
 * ASCII skeletons only, where Cyrillic is folded into look-alikes), tried only in segments with Cyrillic.
 */
const RUSSIAN: readonly (readonly [number, RegExp])[] = ([
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
  // Payment request.
  [0.2, 'оплатите (здесь|тут|по ссылке)'],
  [0.6, 'оплат\\p{L}* (?:{word} ){0,2}подарочн\\p{L}* карт\\p{L}*'],
] as const).map(([weight, source]) => [weight, new RegExp(`${START}(?:${source.replaceAll('{word}', WORD).replace(/ /g, SEPARATOR)})${END}`, 'gu')] as const);

function detectRussian(segments: readonly PreparedSegment[]): Reason[] {
  const hits: Hit[] = [];
  for (const segment of segments) {
    const value = segmentText(segment);
    if (!CYRILLIC.test(value)) continue;
    const text = fold(value);
    const quote = (from: number, to: number) => (text.length === value.length ? value : text).slice(from, to);
    for (const [weight, re] of RUSSIAN) {
      for (const m of text.matchAll(re)) hits.push({ category: 'spam', weight, evidence: evidenceOf(segment, quote(m.index, m.index + m[0].length)) });
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
    const signs = maliciousSigns(url).sort((a, b) => b[0] - a[0]);
    const suspicion = combineWeights(signs.map(([w]) => w));
    if (suspicion >= SUSPECT && (!best || suspicion > best.suspicion)) {
      best = { suspicion, evidence: evidenceOf(segment, shown), why: signs.map(([, why]) => why).join('; ') };
    }
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
