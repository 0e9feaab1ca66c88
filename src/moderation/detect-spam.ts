import { parse as parseHost } from 'tldts';
import { combineWeights, evidenceOf, round, type Detector } from './detector.js';
import { maliciousSigns } from './detect-links.js';
import { phraseDetector, type LexiconSpec } from './phrase-detector.js';
import type { PreparedSegment } from './prepare-segments.js';
import type { Evidence, Reason } from './types.js';

/**
 * Spam and scam bait a site owner removes: pharmacy spam, casino and betting bonuses, prize and gift-card
 * bait, crypto doubling ("send 1 get 2"), "verify your account or it will be closed" bait and payment
 * requests aimed at visitors, in en es pt fr de it nl pl tr. Each kind is a grammar (a selling cue beside
 * a drug name, a send verb then a receive verb then "back"/"double"), not the sentences seen so far.
 *
 * The words alone stay under the threshold where an honest member could write them ("claim your prize
 * at the raffle table", "members pay here"); what tips them over is a link the link rules find suspect
 * (a throwaway top-level domain, a shortener, a look-alike host: detect-links.ts's maliciousSigns),
 * written as a link, carried in a redirect's query, or typed as a bare domain in the text. Reported as
 * `illicit` (fraud, like detect-illicit.ts's "double your bitcoin"), so policy.flag.illicit governs it.
 */
export const detectSpam: Detector = (segments, policy) => {
  if (!policy.flag.illicit) return [];
  const found = KINDS.flatMap(([kind, detect]) => detect(segments, policy).map((r) => ({ kind, reason: r })));
  if (found.length === 0) return [];
  const strongest = found.reduce((a, b) => (b.reason.score > a.reason.score ? b : a));
  const link = suspectLink(segments);
  const linkWeight = link ? Math.min(MAX_LINK_WEIGHT, link.suspicion) : 0;
  const score = combineWeights([...found.map((f) => f.reason.score), linkWeight]);
  if (score < REPORTED) return [];
  const evidence: Evidence[] = [...found.sort((a, b) => b.reason.score - a.reason.score).flatMap((f) => f.reason.evidence), ...(link ? [link.evidence] : [])];
  const detail = `spam or scam bait: ${strongest.kind}${link ? `, with a suspect link (${link.why})` : ''}`;
  const reason: Reason = { category: 'illicit', score: round(score), evidence: evidence.slice(0, 5), source: 'local:spam', detail };
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
  'casino~', 'casinos', 'kasyno', 'kasino', 'casino online', 'online casino', 'slots', 'slot machine~', 'roulette', 'ruleta',
  'roleta', 'betting', 'sportsbook', 'apuestas', 'apostas', 'paris sportifs', 'sportwetten', 'scommesse', 'bukmacher', 'bahis',
];
const BONUS = [
  'bonus~', 'bonos', 'bono', 'bonus de bienvenue', 'welcome bonus', 'free spins', 'freispiele', 'giros gratis', 'tiradas gratis',
  'rodadas gratis', 'giri gratis', 'tours gratuits', 'darmowe spiny', 'bedava spin', 'free bet~', 'freebet~', 'jackpot~',
];
const NO_DEPOSIT = [
  'no deposit', 'sin deposito', 'sem deposito', 'sans depot', 'ohne einzahlung', 'senza deposito', 'zonder storting',
  'bez depozytu', 'yatirimsiz',
];
/** What prize bait promises. */
const PRIZES = [
  'prize~', 'reward~', 'gift card~', 'giftcard~', 'voucher~', 'iphone~', 'winnings', 'premio~', 'recompensa~', 'tarjeta regalo',
  'cartao presente', 'vale presente', 'prix', 'lot', 'cadeau~', 'carte cadeau', 'gewinn', 'preis', 'gutschein~', 'geschenkkarte',
  'buono regalo', 'prijs', 'cadeaubon', 'cadeaukaart', 'nagrode', 'nagroda', 'bon', 'karte podarunkowa', 'odul~', 'odulunu',
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
const OWNERS = ['your', 'ur', 'tu', 'tus', 'su', 'sus', 'sua', 'seus', 'seu', 'votre', 'vos', 'ton', 'tes', 'ihr', 'ihre', 'dein', 'deine', 'il tuo', 'i tuoi', 'uw', 'je', 'twoje', 'swoje'];

const spec = (phrases: ReadonlyArray<readonly [number, string]>): LexiconSpec => ({
  slots: {
    coin: COINS, drug: DRUGS, pills: PILLS, 'no-rx': NO_PRESCRIPTION, selling: SELLING, gambling: GAMBLING, bonus: BONUS,
    'no-deposit': NO_DEPOSIT, prize: PRIZES, account: ACCOUNT, ended: ENDED, details: DETAILS, confirm: CONFIRM, owner: OWNERS,
  },
  phrases: { illicit: phrases },
});

/**
 * One phrase detector per kind of bait (its framing damps a negated or quoted match: "we never ask you to
 * verify your account"), so the reviewer reads which kind it was.
 */
const KINDS: readonly (readonly [string, Detector])[] = [
  ['pharmacy spam', phraseDetector('spam', spec([
    [0.55, '{drug} .. {no-rx}'],
    [0.55, '{no-rx} .. {drug}'],
    [0.55, '{pills} .. {no-rx}'],
    [0.5, '{selling} [generic] {drug}'],
    [0.45, '{drug} .. {selling}'],
  ]))],
  ['casino or betting bonus', phraseDetector('spam', spec([
    [0.45, '{gambling} .. {bonus}'],
    [0.45, '{bonus} .. {gambling}'],
    [0.55, '{no-deposit} {bonus}'],
    [0.55, '{bonus} {no-deposit}'],
    [0.3, '(casino en ligne|casino online|online casino|casino en linea|online kasino|kasyno online|canli casino)'],
  ]))],
  ['prize or gift-card bait', phraseDetector('spam', spec([
    [0.4, '(claim|collect|redeem|get|grab) {owner} [free] {prize}'],
    [0.4, '(you have|you\'ve) (won|been selected)'],
    [0.4, '(reclama|reclame|cobra|resgate|resgata|reclamez|recuperez|fordere|hol dir|hole dir|sichere dir|riscatta|ritira|claim|haal|odbierz|al) {owner} [gratis] {prize}'],
    [0.4, '(has ganado|ganaste|voce ganhou|ganhou|vous avez gagne|tu as gagne|sie haben gewonnen|du hast gewonnen|hai vinto|avete vinto|je hebt gewonnen|u heeft gewonnen|wygrales|wygralas|wygrales nagrode|kazandiniz|kazandin)'],
    [0.45, '(free|gratis|gratuit|gratuite|kostenlos|kostenlose|darmowa|darmowe|bedava|ucretsiz) (gift card~|giftcard~|tarjeta regalo|cartao presente|carte cadeau|gutschein~|buono regalo|cadeaubon|karta podarunkowa|hediye karti|robux|vbucks|v bucks|iphone~)'],
    [0.45, '(gift card~|giftcard~|amazon card~|steam card~) (giveaway|generator|code generator)'],
  ]))],
  ['crypto doubling', phraseDetector('spam', spec([
    [0.7, '(send|deposit|transfer) ... {coin} ... (get|receive|receiv*) .. (back|double|2x|twice|x2)'],
    [0.7, '(envia|envie|manda|mande|deposita|deposite|transfiere|transfira|faca um) ... {coin} ... (recibe|recibes|recibiras|receba|recebe|recebera|receber) .. (el doble|doble|x2|2x|de vuelta|de volta|o dobro|em dobro|dobrado)'],
    [0.7, '(envoyez|envoie|deposez|depose|virez) ... {coin} ... (recevez|recois|recevrez|recevoir) .. (le double|double|x2|2x|en retour)'],
    [0.7, '(sende|senden sie|schick|schicke|schicken sie|uberweise|uberweisen sie) ... {coin} ... (erhalte|erhaltst|erhalten sie|bekommst|bekommen sie) .. (doppelt|das doppelte|zuruck|x2|2x)'],
    [0.7, '(invia|inviate|manda|deposita) ... {coin} ... (ricevi|riceverai|ricevete|ricevine) .. (il doppio|doppio|indietro|x2|2x)'],
    [0.7, '(stuur|verstuur|stort) ... {coin} ... (ontvang|krijg|ontvangt|krijgt) .. (dubbel|het dubbele|terug|x2|2x)'],
    [0.7, '(wyslij|przelej|wplac) ... {coin} ... (otrzymasz|odbierz|dostaniesz|otrzymaj) .. (podwojnie|dwa razy wiecej|x2|2x|z powrotem)'],
    [0.7, '(gonder|gonderin|yatir|yatirin) ... {coin} ... (al|alin|kazan|kazanin|alacaksiniz) .. (iki katini|2 katini|x2|2x|geri)'],
    [0.6, '(double|2x|triple|duplica|duplique|dobre|doublez|verdopple|verdoppeln|raddoppia|verdubbel|podwoj|ikiye katla) {owner} {coin}'],
    [0.45, '{coin} (giveaway|airdrop|sorteo|sorteio|concours|gewinnspiel|omaggio|weggeefactie|rozdanie|cekilis)'],
  ]))],
  ['account verification bait', phraseDetector('spam', spec([
    [0.45, '{owner} {account} (will be|has been|is being|is|sera|ha sido|esta|foi|esta sendo|a ete|est|wird|wurde|ist|sara|e stato|verra|wordt|zostanie|zostalo|jest) [permanently|temporarily|definitivamente|definitivement|endgultig|permanentemente|definitief|trwale] {ended}'],
    [0.45, '{account} {ended}'],
    [0.35, '{confirm} {owner} {details}'],
    [0.35, '{details} [hemen|simdi] {confirm}'],
    [0.2, '{confirm} {details}'],
  ]))],
  ['payment request', phraseDetector('spam', spec([
    [0.2, 'pay here'],
    [0.2, '(send|make) [the|your] payment (to|via|here|through)'],
    [0.2, 'pay (via|with|through|by|using) (paypal|cash app|cashapp|venmo|zelle|western union|moneygram|wire transfer|bank transfer|bitcoin|crypto)'],
    [0.2, '(paga|pague|payez|zahle|zahlen sie|betaal|zaplac|odeyin|odeme yapin) (aqui|aca|ici|hier|qui|tutaj|burada)'],
    [0.4, '(pay|paga|pague|payez|zahlen sie|zahle|betaal|paghi|zaplac|odeyin) .. (fee|deposit|tarifa|taxa|frais|gebuhr|kosten|tassa|kosten|oplata|ucret) (to|before|para|pour|um|per|om|aby|icin) (release|unlock|receive|claim|liberar|receber|recibir|debloquer|recevoir|erhalten|freischalten|ricevere|sbloccare|ontvangen|odebrac|almak)'],
    [0.6, '(pay|paying|payment|paga|pague|payez|zahlen sie|zahle|betaal|paghi|zaplac|odeyin) .. (in|with|by|con|com|en|par|mit|met|w|ile) (gift card~|itunes card~|steam card~|google play card~|tarjetas regalo|cartoes presente|cartes cadeaux|geschenkkarten|gutscheinkarten|carte regalo|cadeaukaarten|kartami podarunkowymi|hediye kartlari)'],
  ]))],
];

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
