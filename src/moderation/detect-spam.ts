import { parse as parseHost } from 'tldts';
import { combineWeights, evidenceOf, hitsToReasons, round, type Detector, type Hit } from './detector.js';
import { linksWrittenApart, maliciousSigns, weighSigns, writtenApartSigns } from './detect-links.js';
import { phraseDetector, type LexiconSpec } from './phrase-detector.js';
import type { PreparedSegment } from './prepare-segments.js';
import { scriptPatterns, type ScriptRow } from './script-patterns.js';
import type { Evidence, Reason } from './types.js';
import { sentenceBefore } from './sentences.js';
import { AMOUNT } from './word-lists.js';

/**
 * Spam and scam bait a site owner removes: pharmacy spam, casino and betting bonuses (first-deposit
 * bonuses, counted free spins), prize and gift-card bait, crypto doubling ("send 1 get 2"), investment
 * bait ("double your money in 24 hours", "guaranteed returns"), recovery scams ("we recover your stolen
 * crypto"), loans with no credit check, followers and likes for sale, adult-dating bait ("hot singles near
 * you"), "verify your account or it will be closed" bait, easy money ("earn 5000 a week from home,
 * WhatsApp me"), card details or one-time codes asked for, and payment requests aimed at visitors, in en
 * es pt fr de it nl pl tr ru ar zh ja hi (Hindi also in Latin letters). Each kind is a grammar (a selling
 * cue beside a drug name, a send verb then a receive verb then "back"/"double"), not the sentences seen
 * so far.
 *
 * The words alone stay under the threshold where an honest member could write them ("claim your prize
 * at the raffle table", "members pay here"); what tips them over is a link the link rules find suspect
 * (a throwaway top-level domain, a shortener, a look-alike host: detect-links.ts's maliciousSigns),
 * written as a link, carried in a redirect's query, or typed as a bare domain in the text. Reported as
 * `spam`, its own switch (policy.flag.spam): a marketplace may welcome selling and still not want hate.
 */
export const detectSpam: Detector = (segments, policy) => {
  if (!policy.flag.spam) return [];
  const found = [...detectPhrases(segments, policy), ...hitsToReasons(inOtherScripts(segments), 'local:spam')];
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
  'crypto', 'cripto', 'kripto', 'krypto', 'cryptocurrency', 'cryptocurrencies', 'cryptomonnaie~', 'criptomoneda~', 'criptomoeda~',
  'criptovaluta', 'criptovalute', 'kryptowahrung', 'kryptowahrungen', 'kryptowaluta', 'kryptowaluty', 'kryptowalut', 'pix',
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
  'prize~', 'reward~', 'gift card~', 'giftcard~', 'voucher~', 'iphone~', 'winnings', 'premio~', 'recompensa~', 'regalo~', 'tarjeta regalo',
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
  '(a|per|each|every|al|por|por cada|par|pro|im|am|ogni|in|een|na|w|za|har) (day|week|month|dia|semana|mes|jour|semaine|mois|tag|woche|monat|giorno|settimana|mese|dag|maand|dzien|tydzien|miesiac|din|hafte|mahine)',
  'daily', 'weekly', 'monthly', 'diarios', 'diarias', 'semanal~', 'mensual~', 'ao (dia|mes)', 'par jour', 'hebdomadaire~', 'mensuel~',
  'taglich', 'wochentlich', 'monatlich', 'al giorno', 'settimanale', 'mensile', 'wekelijks', 'maandelijks', 'dziennie', 'tygodniowo',
  'miesiecznie', 'roz',
];
/** Where easy money is said to come from: home, no outlay, no experience. */
const NO_EFFORT = [
  'from home', 'at home', 'from your phone', 'desde casa', 'en casa', 'de casa', 'em casa', 'a domicile', 'depuis chez vous', 'de chez vous',
  'von zuhause', 'von zu hause', 'da casa', 'vanuit huis', 'thuis', 'z domu', 'evden', 'evinden', 'ghar baithe', 'ghar se', 'ghar baith kar',
  'without investment', 'no investment', 'no experience', 'sin inversion', 'sin experiencia', 'sem investimento', 'sem experiencia',
  'sans investissement', 'sans experience', 'ohne investition', 'ohne erfahrung', 'senza investimento', 'senza esperienza',
  'zonder investering', 'zonder ervaring', 'bez inwestycji', 'bez doswiadczenia', 'yatirimsiz', 'sermayesiz', 'bina investment', 'bina paise',
];
/** Where a scammer asks to be reached: messengers, and webmail named in words ("contact hackerjames at gmail"). */
const MESSENGERS = ['whatsapp', 'telegram', 'viber', 'wechat', 'snapchat', 'zap', 'gmail', 'hotmail', 'outlook', 'protonmail'];
/** What a scammer asks a visitor to hand over: card, bank and one-time codes. */
const CREDENTIALS = [
  'card number', 'card details', 'card information', 'card info', 'bank details', 'bank account number', 'account number', 'cvv', 'otp',
  'pin', 'sms code', 'verification code', 'numero de tarjeta', 'datos de (tu|la) tarjeta', 'numero de cuenta', 'numero do cartao',
  'dados do cartao', 'numero da conta', 'numero de carte', 'coordonnees bancaires', 'code de verification', 'kartennummer', 'kontonummer',
  'bankdaten', 'numero della carta', 'dati della carta', 'codice di verifica', 'kaartnummer', 'rekeningnummer', 'numer karty',
  'dane karty', 'numer konta', 'kod sms', 'kart bilgilerinizi', 'kart numaranizi', 'hesap numaranizi', 'iban', 'sifrenizi',
  'khata number', 'atm pin', 'password~', 'passcode~', 'login details', 'contrasena', 'senha', 'mot de passe', 'passwort', 'kennwort',
  'wachtwoord', 'haslo',
];
/** The platforms whose staff a scammer claims to be. */
const PLATFORMS = '(wix|facebook|instagram|meta|paypal|apple|google|microsoft|whatsapp|tiktok|amazon|netflix)';
/** A platform's staff named by someone who is not: "the official Wix support team", "equipo de soporte de Instagram". */
const STAFF_OF = [
  `(official|the|offizieller|offizielle|offizielles) ${PLATFORMS} (support|security|help desk|helpdesk|team|support team|security team|staff|admin~|kundendienst|sicherheitsteam)`,
  `(soporte|equipo|servicio tecnico|suporte|equipe|support|assistance|equipe de support|kundendienst|support team|supporto|assistenza|ondersteuning|klantenservice|pomoc techniczna|zespol) (oficial|officiel|official|ufficiale|officieel|oficjalny) [de|do|da|di|von|van] ${PLATFORMS}`,
];
/** Handing it over. */
const HAND_OVER = [
  'enter', 'send', 'give', 'share', 'provide', 'type', 'text', 'introduce', 'introduzca', 'ingresa', 'ingrese', 'envia', 'envie',
  'manda', 'mande', 'informe', 'digite', 'saisissez', 'entrez', 'envoyez', 'communiquez', 'geben sie', 'gib', 'sende', 'senden sie',
  'inserisci', 'invia', 'comunica', 'voer', 'stuur', 'geef', 'podaj', 'wpisz', 'wyslij', 'girin', 'gir', 'gonderin', 'gonder',
  'yazin', 'paylasin', 'bhejo', 'bhejen', 'bhejiye', 'batao', 'bataiye',
];

/** Doubling the visitor's money: the imperative or the promise ("verdubbel je geld", "paranızı ikiye katlayın"). */
const DOUBLE = [
  'double', 'triple', 'duplica', 'duplique', 'duplicamos', 'dobre', 'dobra', 'dobramos', 'doublez', 'doublons', 'verdopple', 'verdoppeln',
  'verdoppeln sie', 'raddoppia', 'raddoppiamo', 'verdubbel', 'verdubbelen', 'podwoj', 'podwoimy',
];
/** How soon the doubling is promised, after "in 24" or "in a" ("in 24 uur", "en 48 horas", "w 7 dni", "en une semaine"). */
const HOURS = [
  'hour~', 'horas', 'heures', 'stunden', 'uur', 'ore', 'godzin*', 'day~', 'dias', 'jours', 'tagen', 'dagen', 'giorni', 'dni',
  'dia', 'jour', 'tag', 'dag', 'giorno', 'dzien', 'week~', 'semana~', 'semaine~', 'woche~', 'settiman*', 'weken', 'tydzien', 'tygodni*', 'month~',
  'mes', 'meses', 'mois', 'monat~', 'mese', 'mesi', 'maand~', 'miesiac*',
];
/** "A" or "one" before a span of time, where a number may stand ("in a week", "en una semana", "in einer Woche"). */
const ONE = ['a', 'one', 'un', 'una', 'uno', 'um', 'uma', 'une', 'einer', 'einem', 'einen', 'een', 'jeden', 'jedna', 'jedne', 'jednym', 'jednej'];
/** The visitor's money or savings, what investment bait promises to multiply or win back. */
const MONEY = [
  'money', 'cash', 'funds', 'savings', 'investment', 'dinero', 'plata', 'ahorros', 'inversion', 'dinheiro', 'grana', 'investimento',
  'argent', 'fonds', 'investissement', 'geld', 'ersparnisse', 'investition', 'soldi', 'denaro', 'risparmi',
  'investering', 'pieniadze', 'oszczednosci', 'inwestycje', 'paranizi', 'birikiminizi', 'yatiriminizi',
];
/** A return promised without risk. */
const GUARANTEED = [
  'guaranteed (return~|profit~|income|earnings)', '(return~|profit~) guaranteed', '(rentabilidad|ganancia~|beneficio~|retorno~) garantizad*',
  '(lucro~|retorno~|rendimento~|ganho~) garantid*', '(rendement~|profit~|gain~|revenu~) garanti*', 'garantiert* (rendite|gewinn~|gewinne|ertrag|einkommen)',
  '(rendimento|profitto|guadagno|guadagni|rendita) garantit*', 'gegarandeerd* (rendement|winst)', 'gwarantowan* (zysk*|dochod*)',
  'garantili (kazanc|kar|getiri)', '(kazanc|getiri) garantili', 'guaranteed munafa',
];
/** The nouns of a return on money, for a rate promised before its guarantee ("30% weekly returns guaranteed"). */
const YIELD = [
  'return~', 'profit~', 'roi', 'gains', 'rentabilidad', 'ganancia~', 'beneficio~', 'retorno~', 'lucro~', 'rendimento~', 'rendimiento~',
  'ganho~', 'rendement~', 'gain~', 'revenu~', 'rendite', 'gewinn~', 'gewinne', 'ertrag', 'profitto', 'guadagno', 'guadagni', 'rendita',
  'winst', 'zysk~', 'dochod', 'kazanc', 'getiri',
];
/** "Guaranteed" after its noun, every gender and number. */
const GUARANTEED_AFTER = ['guaranteed', 'garantizad*', 'garantid*', 'garanti*', 'garantiert*', 'garantit*', 'gegarandeerd*', 'gwarantowan*', 'garantili'];
/** What was lost, in a recovery scam's offer ("recover your stolen funds"). */
const LOST = [
  'lost', 'stolen', 'scammed', 'perdido~', 'perdida~', 'robado~', 'robada~', 'roubado~', 'perdues', 'perdus', 'volees', 'voles',
  'verlorene~', 'verlorenen', 'gestohlene~', 'gestohlenen', 'perse', 'persi', 'rubate', 'rubati', 'verloren', 'gestolen', 'utracone', 'skradzione', 'kaybolan',
  'kaybettiginiz', 'calinan', 'dolandirilan',
];
/** Winning it back, as a service offers ("we recover", "recuperamos", "odzyskamy"). */
const RECOVER = [
  'recover', 'recovery of', 'recupera', 'recupere', 'recuperamos', 'recuperar', 'recuperez', 'recuperons', 'recuperer',
  'recuperiamo', 'recuperare', 'odzyskaj', 'odzyskamy', 'odzyskac', 'recuperan', 'recuperam', 'recuperent', 'recuperano', 'odzyskaja',
];
/** A loan, offered. */
const LOAN = [
  'loan~', 'credit', 'prestamo~', 'credito~', 'emprestimo~', 'pret', 'prets', 'kredit~', 'darlehen', 'prestito', 'prestiti',
  'lening', 'leningen', 'lenen', 'pozyczka', 'pozyczki', 'pozyczke', 'kredyt~', 'kredi', 'krediler', 'kredisi',
];
/** No credit check, no guarantor, no payslip. */
const NO_CHECK = [
  'no credit check', 'without [a] credit check', 'bad credit ok', 'sin aval', 'sin buro', 'sin consultar buro', 'sin historial crediticio',
  'sem consulta', 'sans justificatif~', 'sans verification', 'ohne schufa', 'schufafrei*',
  'ohne bonitatsprufung', 'senza busta paga', 'senza garanzie', 'zonder bkr [toetsing]', 'bez bik', 'bez zaswiadczen', 'kefilsiz',
  'sorgusuz', 'bina cibil', 'cattivi pagatori', 'protestati',
];
/** Money at once, the loan offer's other promise. */
const INSTANTLY = [
  'instant approval', 'approved instantly', 'fast approval', 'quick approval', 'same day approval', 'approved in minutes', 'aprobacion inmediata', 'dinero (en el acto|al instante)', 'dinheiro na hora',
  'aprovacao imediata', 'reponse immediate', 'sofortige auszahlung', 'sofortzusage', 'approvazione immediata', 'direct geld',
  'pieniadze w _ minut', 'od reki', 'hemen basvurun', 'aninda onay',
];
/** A following sold: followers, likes, views, and reviews ("buy Google reviews", "compra reseñas"). */
const FOLLOWERS = [
  'followers', 'follower', 'likes', 'views', 'subscribers', 'seguidores', 'suscriptores', 'visualizaciones', 'inscritos',
  'visualizacoes', 'curtidas', 'abonnes', 'vues', 'abonnenten', 'aufrufe', 'visualizzazioni', 'iscritti', 'volgers', 'obserwujacych', 'obserwujacy',
  'lajki', 'lajkow', 'takipci', 'begeni', 'reviews', '5 star reviews', 'resenas', 'avaliacoes', 'avis', 'bewertungen', 'rezensionen',
  'recensioni', 'recensies', 'opinie', 'opinii',
];
/** Buying it, as the seller urges ("buy", "compra", "kup", "satın al"). */
const BUY = [
  'buy', 'compra', 'compre', 'comprar', 'achetez', 'acheter', 'kaufe', 'kaufen', 'kaufen sie', 'comprare', 'koop', 'kopen',
  'kup', 'kupic', 'satin al', 'satin alin',
];
/** Selling it, in the seller's first person ("vendo seguidores", "we sell followers"). */
const SELL = [
  'sell', 'we sell', 'selling', 'vendo', 'vendemos', 'vends', 'vendons', 'verkaufe', 'verkaufen wir', 'vendiamo', 'verkoop', 'verkopen wij',
  'sprzedam', 'sprzedajemy',
];
/**
 * What a seller says of a following beside it, and a member growing their own does not: cheap, a price,
 * delivered fast ("seguidores baratos", "prezzi bassi", "livraison rapide", "szybko i tanio").
 */
const SOLD = [
  'cheap', 'cheapest', 'price~', 'delivery', 'delivered', 'instant', 'baratos', 'baratas', 'barato', 'precio', 'precios', 'entrega',
  'preco', 'precos', 'entrega imediata', 'pas cher', 'prix', 'livraison', 'livres', 'gunstig', 'billig', 'preis', 'preise', 'lieferung',
  'prezzo', 'prezzi', 'economici', 'consegna', 'goedkoop', 'prijs', 'geleverd', 'tanio', 'tanie', 'cena', 'ceny', 'ucuz', 'fiyat',
];
/** What stands between buying and the followers: an article, "real", the platform. */
const REAL = [
  'real', 'active', 'cheap', 'reales', 'reais', 'baratos', 'vrais', 'des', 'echte', 'reali', 'prawdziwych', 'aktywnych',
  'instagram', 'tiktok', 'youtube', 'google', 'facebook', 'spotify', 'trustpilot',
];
/** Whom adult-dating bait says waits near the visitor. */
const PEOPLE = [
  'singles', 'girls', 'women', 'ladies', 'moms', 'milfs', 'chicas', 'mujeres', 'solteras', 'nenas', 'mulheres', 'garotas', 'gatas',
  'solteiras', 'celibataires', 'femmes', 'filles', 'frauen', 'madchen', 'ragazze', 'donne', 'single', 'vrouwen', 'meiden', 'kobiety',
  'dziewczyny', 'samotne kobiety', 'kadinlar', 'kizlar', 'bekar kadinlar',
];
/** Near the visitor: the bait's promise that the women are local. */
const NEARBY = [
  'near you', 'in your area', 'nearby', 'in your city', 'en tu zona', 'en tu ciudad', 'cerca de ti', 'perto de voce', 'na sua cidade',
  'na sua regiao', 'pres de chez (vous|toi)', 'dans (ta|votre) ville', 'in (deiner|ihrer) (nahe|stadt)', 'vicino a te',
  'nella tua (citta|zona)', '(bij jou|bij u) in de buurt', 'in (jouw|je) buurt', 'w twojej okolicy', 'w twoim miescie', 'w poblizu',
  'yakininizdaki', 'yakinindaki', 'sehrinizdeki',
];
/** The adjective adult-dating bait puts before them. */
const HOT = ['hot', 'horny', 'sexy', 'calientes', 'quentes', 'chaudes', 'coquines', 'heisse', 'geile', 'calde', 'hete', 'gorace', 'ates', 'seksi'];
/** A casino's bonus on the first deposit, the usual hook of casino spam. */
const FIRST_DEPOSIT = [
  'first deposit', 'primer deposito', 'primeiro deposito', 'premier depot', 'erste einzahlung', 'primo deposito', 'eerste storting',
  'pierwszy depozyt', 'pierwszego depozytu', 'pierwsza wplata', 'ilk yatirim*',
];
/** Free spins counted ("200 free spins"): only casino spam counts them. */
const FREE_SPINS = [
  'free spin~', 'freispiele', 'giros gratis', 'tiradas gratis', 'rodadas gratis', 'tours gratuits', 'giri gratis', 'gratis spins',
  'darmowe spiny', 'darmowych spinow', 'bedava spin', 'freespin~',
];
/** Verbs a prize is claimed with, the imperative and the infinitive ("réclamez", "pour réclamer"). */
const CLAIM = [
  'claim', 'collect', 'redeem', 'get', 'grab', 'reclama', 'reclame', 'reclamar', 'cobra', 'cobrar', 'resgate', 'resgata', 'resgatar',
  'reclamez', 'reclamer', 'recuperez', 'recuperer', 'fordere', 'hol dir', 'hole dir', 'sichere dir', 'sichern sie', 'riscatta', 'riscattare',
  'ritira', 'ritirare', 'haal', 'ophalen', 'odbierz', 'odebrac', 'al', 'alin',
];
/**
 * Verbs for taking a prize only, not getting in general ("click here to claim", "jetzt einlösen", "per
 * riscattarlo"): with a click, or now, the call to action of prize bait.
 */
const REDEEM = [
  'claim', 'redeem', 'reclamar*', 'reclama', 'canjear*', 'canjea', 'cobrar*', 'resgatar*', 'resgate', 'resgata', 'reclamer', 'reclamez',
  'recuperer', 'recuperez', 'encaisser', 'einlosen', 'einzulosen', 'abholen', 'abzuholen', 'anfordern', 'anzufordern', 'riscatta*',
  'ritirare', 'ritirarlo', 'ritirarla', 'claimen', 'verzilveren', 'verzilver', 'ophalen', 'odebrac', 'odbierz',
];
/** Clicking or tapping, the imperative ("haz clic", "klicken Sie"). */
const CLICK = [
  'click', 'tap', 'press', 'haz clic', 'haga clic', 'pulsa', 'pincha', 'clica', 'clique', 'cliquez', 'klick', 'klicke', 'klicken sie',
  'clicca', 'cliccate', 'clicchi', 'klik', 'kliknij',
];
/** Sending money or coins, the imperative (a deposit asked of the visitor). */
const SEND = [
  'send', 'deposit', 'transfer', 'envia', 'envie', 'manda', 'mande', 'deposita', 'deposite', 'transfiere', 'transfira', 'envoyez',
  'envoie', 'deposez', 'virez', 'sende', 'senden sie', 'schick', 'schicke', 'schicken sie', 'uberweise', 'uberweisen sie', 'invia',
  'inviate', 'stuur', 'verstuur', 'stort', 'wyslij', 'przelej', 'wplac',
];
/** A wallet or account a deposit would "verify" or "unlock". */
const WALLET = [
  'wallet~', 'account~', 'cuenta', 'billetera', 'cartera', 'monedero', 'conta', 'carteira', 'compte', 'portefeuille', 'konto',
  'portafoglio', 'rekening', 'portemonnee', 'portfel',
];
/** What a deposit is asked "to" do to it. */
const UNLOCK = [
  'verify', 'confirm', 'activate', 'unlock', 'validate', 'verificar', 'confirmar', 'activar', 'ativar', 'desbloquear', 'verifier',
  'confirmer', 'activer', 'debloquer', 'valider', 'verifizieren', 'bestatigen', 'aktivieren', 'freischalten', 'verificare',
  'confermare', 'attivare', 'sbloccare', 'verifieren', 'bevestigen', 'activeren', 'zweryfikowac', 'potwierdzic', 'aktywowac', 'odblokowac',
];
/** "To" or "so as to" before a purpose, in each language. */
const IN_ORDER_TO = ['to', 'and', 'para', 'pour', 'um', 'zu', 'zum', 'per', 'om', 'aby', 'zeby', 'e', 'y', 'et', 'und', 'en', 'i'];

/** A bank account or card, the thing a money mule lends ("cuenta bancaria", "Bankkonto", "banka hesabını"). */
const BANK_ACCOUNT = [
  'bank account~', 'bank card~', 'cuenta bancaria', 'cuenta de banco', 'tarjeta bancaria', 'conta bancaria', 'conta do banco', 'cartao do banco',
  'compte bancaire', 'carte bancaire', 'bankkonto', 'girokonto', 'bankkarte', 'conto bancario', 'conto corrente', 'carta bancaria',
  'bankrekening', 'bankpas', 'konto bankowe', 'konta bankowego', 'karte bankowa', 'banka hesabini', 'banka hesabinizi', 'banka kartini',
];
/** Lending or renting it out, what mule recruiters ask ("prestando tu cuenta", "leen je bankrekening uit"). */
const LEND = [
  'lend', 'rent', 'rent out', 'let (us|me) use', 'presta', 'prestando', 'prestar', 'alquila', 'alquilando', 'empresta', 'emprestando',
  'emprestar', 'aluga', 'alugando', 'prete', 'pretez', 'preter', 'loue', 'louez', 'leih', 'leihe', 'vermiete', 'stell', 'stelle',
  'prestare', 'affitta', 'leen', 'verhuur', 'udostepnij', 'pozycz', 'wynajmij',
];
/** Keeping a share of what passes through ("you keep 10%", "te quedas con el 10%", "behalte 10%"). */
const KEEP = [
  'you keep', 'keep', 'te quedas con', 'quedate con', 'fica com', 'ficas com', 'tu gardes', 'gardez', 'garde', 'behalte', 'behaltst',
  'tieni', 'trattieni', 'hou', 'houd', 'je houdt', 'zatrzymujesz', 'zatrzymaj', 'zostawiasz',
];
/** What the share is kept from and passes on: the rest of the money. */
const THE_REST = ['rest', 'remainder', 'resto', 'reste', 'restant', 'den rest', 'il resto', 'reszte', 'reszta', 'kalanini', 'kalani'];
/** Liking or watching, the "task" a task scam pays for. */
const LIKING = [
  'liking', 'like~', 'likes', 'watching', 'dando likes', 'dando like', 'likear', 'likeando', 'curtida~', 'curtindo', 'curtir', 'likant', 'liker',
  'mettendo like', 'mettere like', 'liken', 'lajkowaniu', 'lajkowanie', 'lajkowac', 'begen', 'begenerek',
];
const VIDEOS = ['video~', 'videos', 'youtube', 'tiktok', 'posts', 'filmow', 'filmy', 'filmiki', 'videolarini', 'videolari', 'filmpjes'];
/** A fee to start work: the task scam's and the fake job's price of entry ("frais d'inscription", "Anmeldegebühr"). */
const SIGN_UP_FEE = [
  'registration fee', 'sign up fee', 'signup fee', 'joining fee', 'starter fee', 'activation fee', 'inscripcion', 'cuota de inscripcion',
  'cuota de alta', 'taxa de cadastro', 'taxa de inscricao', 'taxa de adesao', 'frais d inscription', 'frais d adhesion', 'anmeldegebuhr',
  'registrierungsgebuhr', 'aktivierungsgebuhr', 'quota di iscrizione', 'tassa di iscrizione', 'inschrijfgeld', 'registratiekosten',
  'oplate rejestracyjna', 'oplata rejestracyjna', 'wpisowe', 'kayit ucreti', 'kayit ucretini', 'uyelik ucreti',
];
/** Paid by the task ("per task", "por tarea", "pro Aufgabe", "görev başına"). */
const PER_TASK = [
  'per task', 'each task', 'a task', 'por tarea', 'por cada tarea', 'por tarefa', 'por cada tarefa', 'par tache', 'pro aufgabe', 'a compito',
  'per compito', 'per taak', 'per opdracht', 'za zadanie', 'gorev basina',
];
/** Trading signals sold in a paid group. */
const SIGNALS = ['signals', 'senales', 'sinais', 'signaux', 'signale', 'signalgruppe', 'segnali', 'signalen', 'sygnaly', 'sygnalami', 'sygnalow', 'sinyal', 'sinyalleri', 'sinyali'];
const MARKETS = ['forex', 'fx', 'crypto', 'cripto', 'krypto', 'kripto', 'trading', 'binary', 'binarias', 'binarie', 'gold', 'xauusd'];
/** A hit rate, the signal seller's boast ("95% win rate", "95% de acerto", "%95 başarı"). */
const WIN_RATE = [
  'win rate', 'winrate', 'accuracy', 'accurate', 'success rate', 'de aciertos', 'de acierto', 'de efectividad', 'de acerto', 'de assertividade',
  'de reussite', 'de precision', 'trefferquote', 'gewinnquote', 'di successo', 'di precisione', 'nauwkeurigheid', 'skutecznosci', 'trafnosci', 'basari',
];
/** Each day, as profits are promised ("lucro todo dia", "elke dag winst", "her gün kazanç"). */
const EVERY_DAY = [
  'every day', 'daily', 'todo dia', 'todos los dias', 'cada dia', 'diario', 'diarios', 'diarias', 'tous les jours', 'chaque jour', 'quotidiens', 'taglich',
  'jeden tag', 'ogni giorno', 'giornalieri', 'elke dag', 'dagelijks', 'codziennie', 'kazdego dnia', 'her gun', 'gunluk',
];
const VISA = [
  'visa~', 'work visa~', 'work permit~', 'green card', 'visado~', 'visto~', 'permiso de trabajo', 'visa de travail', 'titre de sejour', 'arbeitsvisum',
  'visum', 'aufenthaltstitel', 'permesso di soggiorno', 'werkvisum', 'verblijfsvergunning', 'wiza', 'wize', 'vize', 'vizesi', 'calisma izni',
];
const NO_INTERVIEW = [
  'no interview', 'without [an] interview', 'no embassy', 'sin entrevista', 'sem entrevista', 'sans entretien', 'sans rendez vous', 'ohne interview',
  'ohne vorstellungsgesprach', 'senza colloquio', 'zonder interview', 'zonder gesprek', 'bez rozmowy',
  // The typo reader splits the Turkish "mülakat" it does not know into "mula kat"; the pattern matches both.
  'mula kat yok', 'mula katsiz',
];
/** Money asked of the reader by the one who writes, as a romance scam asks it ("send me money", "mir 1500 Euro überweisen"). */
const SEND_ME_MONEY = [
  '(send|wire|transfer|lend) me (money|cash|funds|{amount}|a gift card|gift cards|some money)',
  '(me mandes|me envies|me mande|me envie|me transfieras|me prestes) [el] (dinero|plata|{amount})', '(me ayudes|ayudame) con {amount}',
  '(me mande|me envie|me manda|me transfira|me empreste) [o] (dinheiro|{amount})', '(envoie|envoyez) moi (de l argent|{amount})',
  '(aide|aidez) moi a payer', 'mir ... (uberweisen|schicken|leihen)', '(mi mandi|mi invii|mi presti) (dei soldi|i soldi|{amount})',
  '(me|mij) [wat] geld (sturen|lenen|overmaken)', '(przelej|przelala|przelal|wyslij|pozycz) mi [{amount}] pieniadze',
  'para (gonderir misin|gonder|yolla|yollar misin)',
];
/** Why the money is needed: customs on a parcel, a plane ticket, leave papers ("la aduana", "den Zoll", "gümrük"). */
const CUSTOMS = [
  'customs', 'customs fee~', 'plane ticket', 'flight ticket', 'leave papers', 'aduana', 'billete de avion', 'pasaje', 'alfandega', 'passagem',
  'douane', 'billet d avion', 'zoll', 'flugticket', 'dogana', 'biglietto aereo', 'vliegticket', 'clo', 'bilet lotniczy', 'gumruk', 'ucak bileti*',
];
/** Paying it back, the romance scammer's promise ("te lo devuelvo", "ich zahle es dir zurück", "geri öderim"). */
const REPAY = [
  '(i ll|ill|i will) (pay you back|repay you|refund you)', 'te lo (devuelvo|devolvere|pago)', 'te (devuelvo|devolvere)', 'te (devolvo|devolverei|pago de volta)',
  '(je te|je vous) (rembourse|rembourserai)', '(zahle|gebe) (es|ich) dir .. zuruck', 'ich zahle es dir zuruck', 'te (li|lo) (restituisco|ridaro|restituiro)',
  'ik betaal (je|jou|het) terug', 'oddam (ci|jak|kiedy|gdy|po)', 'geri (oderim|odeyecegim|veririm)',
];

/** Tickets, as a member resells them ("2 entradas", "Karten", "biglietti"). */
const TICKETS = [
  'ticket~', 'tix', 'entradas', 'abono', 'abonos', 'entrada', 'boletos', 'ingressos', 'ingresso', 'billets', 'billet', 'places', 'tickets', 'karten', 'konzertkarten',
  'biglietti', 'biglietto', 'kaartjes', 'kaarten', 'bilety', 'biletow', 'bilet', 'biletler', 'biletim',
];
/** PayPal's payment to "friends and family", which gives up the buyer's protection. */
const FRIENDS_AND_FAMILY = [
  'friends and family', 'friends family', 'f f', 'ff', 'freunde', 'amigos y familiares', 'amigos e familiares', 'entre proches', 'amis et famille',
  'freunde und familie', 'freunde familie', 'amici e familiari', 'amici e parenti', 'vrienden en familie', 'znajomi i rodzina',
];
/**
 * Payments a buyer cannot take back: PayPal's "friends and family" (no buyer protection), instant transfers
 * between persons and gift cards. A shop takes cards; a ticket scammer asks for these, before sending.
 */
const IRREVERSIBLE = [
  'bizum', 'tikkie', 'blik', 'pix', 'postepay', 'zelle', 'cash app', 'cashapp', 'venmo', 'western union', 'moneygram', 'iban', 'havale', 'eft',
  ...FRIENDS_AND_FAMILY,
];
/**
 * A bank transfer: how most of Europe pays a plumber or a piano teacher, so it weighs only with tickets and the
 * condition of being paid before sending (session 30).
 */
const BANK_TRANSFER = [
  'bank transfer', 'wire transfer', 'virement', 'virement bancaire', 'transferencia', 'transferencia bancaria', 'ueberweisung', 'uberweisung',
  'bonifico', 'bonifico bancario', 'overboeking', 'overmaken', 'przelew', 'przelewem',
];
/** Gift cards as payment: no seller of anything real asks for them. */
const GIFT_CARDS = [
  'gift card~', 'apple card~', 'amazon card~', 'itunes card~', 'steam card~', 'tarjetas regalo', 'tarjeta regalo', 'cartao presente',
  'cartoes presente', 'cartes cadeaux', 'carte cadeau', 'gutschein~', 'gutscheinen', 'gutscheinkarten', 'buoni regalo', 'carte regalo',
  'cadeaukaarten', 'karty podarunkowe', 'hediye karti', 'hediye kartlari',
  // France's prepaid coupons, bought at a tobacconist's: the ticket scammer's payment ("PCS" alone also counts pieces).
  'coupon~ pcs', 'recharge~ pcs', '(par|en|ou) pcs', 'pcs mastercard', 'transcash', 'neosurf', 'paysafecard', 'toneo',
];
/** Paid before anything is sent: the ticket or goods scammer's condition. */
const IN_ADVANCE = [
  'upfront', 'up front', 'in advance', 'before (i send|sending|shipping|delivery)', 'por adelantado', 'adelantado', 'antes de enviar',
  'antes del envio', 'adiantado', 'antecipado', 'antes do envio', 'd avance', 'a l avance', 'avant envoi', 'avant l envoi', 'vorab', 'vorkasse',
  'vorauszahlung', 'im voraus', 'in anticipo', 'anticipato', 'vooraf', 'vooruit', 'z gory', 'przed wysylka', 'onceden', 'pesin',
  // Sent only once paid.
  'after payment', 'despues del pago', 'tras el pago', 'apos o pagamento', 'depois do pagamento', 'apres paiement', 'apres le paiement',
  'nach zahlung', 'nach zahlungseingang', 'dopo il pagamento', 'na betaling', 'po wplacie',
  'apres reception', 'des reception', 'a reception du paiement', 'after (i receive|receiving) [the] (payment|money)',
];
/** Writing a student's work for them, as essay mills offer it: the thesis, the essay, the homework. */
const COURSEWORK = [
  'essay~', 'essays', 'thesis', 'dissertation~', 'assignment~', 'homework', 'coursework', 'tfg', 'tfm', 'tesis', 'trabajo final', 'trabajo de fin de (grado|master)', 'trabajos',
  'tcc', 'monografia', 'trabalho academico', 'trabalhos', 'memoire', 'these', 'devoirs', 'bachelorarbeit', 'masterarbeit', 'hausarbeit~',
  'seminararbeit', 'tesi', 'tesina', 'compiti', 'scriptie', 'werkstuk', 'praca licencjacka', 'praca magisterska', 'prace', 'tez', 'odev~',
];
/** The mill's own promises: no plagiarism, a pass or grade assured. */
const NO_PLAGIARISM = [
  'plagiarism free', 'no plagiarism', '100 original', 'sin plagio', 'libre de plagio', 'sem plagio', 'livre de plagio', 'sans plagiat',
  'plagiatsfrei', 'ohne plagiat', 'senza plagio', 'zonder plagiaat', 'plagiaatvrij', 'bez plagiatu', 'intihalsiz',
];
/** A credit record cleaned, as credit-repair bait promises ("fix your credit score", "te sacamos de ASNEF", "limpamos seu nome"). */
const CREDIT_RECORD = [
  'credit score', 'credit report', 'credit record', 'credit history', 'negative items', 'bad credit', 'asnef', 'historial de credito',
  'historial crediticio', 'serasa', 'spc', 'nome sujo', 'fichage', 'fichier banque de france', 'schufa eintrag~', 'schufa eintrage',
  'schufa eintragen', 'schufa', 'crif', 'bkr registratie', 'bkr', 'bik', 'kkb', 'findeks', 'collections', 'late payments',
];
const CLEANED = [
  'fix', 'repair', 'clean', 'remove', 'delete', 'erase', 'boost', 'reparamos', 'limpiamos', 'borramos', 'sacamos', 'eliminamos', 'limpamos',
  'limpar', 'removemos', 'effacement', 'effacons', 'supprimons', 'entfernen', 'loschen', 'cancelliamo', 'rimuoviamo', 'verwijderen',
  'usuwamy', 'czyscimy', 'siliyoruz', 'temizliyoruz',
];

const OWNERS = ['your', 'ur', 'tu', 'tus', 'su', 'sus', 'sua', 'seus', 'seu', 'votre', 'vos', 'ton', 'tes', 'ihr', 'ihre', 'dein', 'deine', 'il tuo', 'i tuoi', 'uw', 'je', 'twoje', 'twoja', 'twoj', 'swoje', 'swoja', 'swoj'];

const spec = (phrases: ReadonlyArray<readonly [number, string]>): LexiconSpec => ({
  framing: 'first-person',
  slots: {
    coin: COINS, drug: DRUGS, pills: PILLS, 'no-rx': NO_PRESCRIPTION, selling: SELLING, gambling: GAMBLING, bonus: BONUS,
    'no-deposit': NO_DEPOSIT, prize: PRIZES, account: ACCOUNT, ended: ENDED, details: DETAILS, confirm: CONFIRM, owner: OWNERS,
    earn: EARN, amount: AMOUNT, 'per-period': PER_PERIOD, 'no-effort': NO_EFFORT, messenger: MESSENGERS, credentials: CREDENTIALS, 'hand-over': HAND_OVER,
    double: DOUBLE, hours: HOURS, one: ONE, money: MONEY, guaranteed: GUARANTEED, 'staff-of': STAFF_OF, yield: YIELD, 'guaranteed-after': GUARANTEED_AFTER, lost: LOST, recover: RECOVER, loan: LOAN, 'no-check': NO_CHECK, instantly: INSTANTLY,
    followers: FOLLOWERS, buy: BUY, sell: SELL, sold: SOLD, real: REAL, people: PEOPLE, nearby: NEARBY, hot: HOT, 'first-deposit': FIRST_DEPOSIT, 'free-spins': FREE_SPINS, claim: CLAIM,
    redeem: REDEEM, click: CLICK, send: SEND, wallet: WALLET, unlock: UNLOCK, 'in-order-to': IN_ORDER_TO,
    'bank-account': BANK_ACCOUNT, lend: LEND, keep: KEEP, 'the-rest': THE_REST, liking: LIKING, videos: VIDEOS, 'sign-up-fee': SIGN_UP_FEE,
    'per-task': PER_TASK, signals: SIGNALS, markets: MARKETS, 'win-rate': WIN_RATE, 'every-day': EVERY_DAY, visa: VISA, 'no-interview': NO_INTERVIEW,
    'send-me-money': SEND_ME_MONEY, customs: CUSTOMS, repay: REPAY, tickets: TICKETS, irreversible: IRREVERSIBLE, 'in-advance': IN_ADVANCE,
    'friends-and-family': FRIENDS_AND_FAMILY, 'gift-cards': GIFT_CARDS, 'bank-transfer': BANK_TRANSFER,
    coursework: COURSEWORK, 'no-plagiarism': NO_PLAGIARISM, 'credit-record': CREDIT_RECORD, cleaned: CLEANED,
  },
  phrases: { illicit: phrases },
  innocentAt: (text, from, to) =>
    (OWN_PAY_SUBJECT.test(text.slice(Math.max(0, from - 6), from)) && OWN_PAY_VERB.test(text.slice(from, from + 10)))
    || NEVER_ASKED.test(sentenceBefore(text, from, WARNING_REACH))
    || (TICKET.test(text.slice(from, to)) && COLLECTED_IN_PERSON.test(text)),
});
/**
 * Tickets handed over at the door or the box office (session 30): a school's or a club's own sale, whoever pays
 * ahead; a scammer sends, never meets. Only a match that names the tickets is excused.
 */
const COLLECTED_IN_PERSON = /(?:^|[^a-z])(?:(?:pick(?:ed)? up|collect(?:ed)?) (?:at|from) the (?:door|box office|entrance|venue|desk)|(?:retrait|a retirer|recuperer|a recuperer) (?:a l['’ ]?entree|sur place|au guichet|a la billetterie)|(?:se recogen|recogida|recoger|recogerlas|recogerlos) en (?:la puerta|taquilla|la taquilla|la entrada)|(?:retirada|retirar|retira) na (?:bilheteria|entrada|porta)|(?:abholung|abzuholen|abholen) (?:an der abendkasse|vor ort|am eingang)|an der abendkasse abholen|(?:ritiro|da ritirare|ritirare) (?:alla cassa|all['’ ]?ingresso|in loco|al botteghino)|(?:ophalen|af te halen) (?:aan de kassa|bij de ingang|aan de deur)|odbior (?:w kasie|przy wejsciu|na miejscu))(?![a-z])/;
const TICKET = new RegExp(`(?:^|[^a-z])(?:${TICKETS.map((t) => t.replace('~', '[a-z]*')).join('|')})(?![a-z])`);
/**
 * A site's or a member's warning, "nobody from this site will ever ask you to verify your account or pay with
 * gift cards": what follows "never ask" in its sentence is what a scammer asks, named so visitors know it. The
 * framing's negation reads only a few words back; a warning lists several baits after one "never".
 */
const NEVER_ASKED = /(?:^|[^a-z])(?:never|nobody|no one|will not|won t|wont|nunca|jamas|jamais|niemals|nie|mai|nooit|nigdy|asla)(?:[^a-z]+[a-z]+){0,6}?[^a-z]+(?:ask|asks|request|pide|pediremos|pedimos|pedira|pede|pediremos|pedimos|demande|demanderons|demandons|demandera|fordern|fordert|bitten|chiede|chiederemo|chiediamo|vragen|vraagt|vragen|poprosimy|prosimy|prosi|isteriz|istemeyiz|istemez)(?![a-z])/;
const WARNING_REACH = 100;
/** The same warning in Russian: "мы никогда не просим подтвердить аккаунт" (folded: "й" reads as "и"). */
const NEVER_ASKED_RU = /никогда не (?:просим|попросим|просит|попросит|требуем|потребуем|требует)(?![\p{L}])/u;
/**
 * A member telling their own pay ("I earn 3000 a month as a nurse", "je gagne 2000 par mois"): the
 * easy-money grammar reads the imperative, and "earn", "gagne", "verdiene" are the first person too.
 */
const OWN_PAY_SUBJECT = /(?:^|[^a-z])(?:i|je|j|ich|ik)\s+$/;
const OWN_PAY_VERB = /^(?:earn|make|gagne|verdiene?)(?![a-z])/;

/** Card, bank, one-time codes or a password asked of a visitor, its receiver named or not ("send us your password"). */
const CREDENTIALS_ASKED = '{hand-over} [us|me|nos|nous|uns|ci|ons|nam] [{owner}|the|a|de|da|do|la|il|het|je|uw] {credentials}';
/** Receiving an amount back, in investment bait ("invest $100 and get $1,500"). */
const RECEIVED = '(get|receive|earn|recibe|gana|receba|ganhe|recevez|gagnez|erhalte|erhalten sie|ricevi|guadagna|ontvang|krijg|otrzymasz|zarobisz|alin|kazanin)';

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
  [0.45, '{bonus} .. {first-deposit}'],
  [0.45, '{first-deposit} .. {bonus}'],
  [0.45, '{amount} {free-spins}'],
  [0.3, '(welcome bonus|bono de bienvenida|bonus de boas vindas|bonus de bienvenue|willkommensbonus|bonus di benvenuto|welkomstbonus|bonus powitalny|hos geldin bonusu)'],
  // Turkish betting sites' own term: a bonus "to try" the site.
  [0.45, 'deneme bonusu'],
  // Prize or gift-card bait.
  [0.4, '{claim} {owner} [free|gratis|gratuit] {prize}'],
  [0.4, '(you have|you\'ve) (won|been selected) ... {prize}'],
  [0.4, '(has sido|fuiste|voce foi|vous avez ete|tu as ete|sie wurden|du wurdest|sei stato|sei stata|je bent|u bent|zostales|zostalas) (seleccionad*|elegid*|selecionad*|escolhid*|sorteado~|selectionne*|ausgewahlt|ausgelost|selezionat*|estratt*|geselecteerd|gekozen|wybran*|wylosowan*) ... {prize}'],
  [0.4, '(you|u) (won|win|just won) .. {prize}'],
  [0.4, '(has ganado|ganaste|voce ganhou|ganhou|vous avez gagne|tu as gagne|hai vinto|avete vinto|wygrales|wygralas|wygrales nagrode|kazandiniz|kazandin)'],
  // German and Dutch put the participle last: "Sie haben ein iPhone gewonnen", "einen Amazon-Gutschein über 500 € gewonnen".
  [0.4, '(sie haben|du hast|ihr habt|je hebt|jij hebt|u hebt|u heeft) .. gewonnen'],
  [0.4, '(sie haben|du hast|ihr habt|je hebt|jij hebt|u hebt|u heeft) ... {prize} ... gewonnen'],
  // The call to take it: a click to claim, or claim now. Alone a lost-and-found desk's line ("click here to
  // claim it"); after "you won" the bait's second half ("you won a gift card, click to claim").
  [0.25, '{click} .. {in-order-to} .. {redeem}'],
  [0.25, '{redeem} (it|yours|now|here|today|ya|ahora|aqui|agora|maintenant|ici|jetzt|hier|ora|qui|subito|nu|teraz|tutaj)'],
  [0.25, '(jetzt|hier|sofort|nu|teraz) {redeem}'],
  // A free phone or gift card for the cost of its postage: the price is the card number the bait collects.
  [0.2, '(just|only|simply) pay [for] [the] (shipping|postage|delivery)'],
  [0.2, '(solo|solamente|unicamente) (paga|pagas|pague|pagues|pagar) [el|los] (envio|gastos de envio)'],
  [0.2, '(paga|pagas|pague|pagues|pagar) (solo|solamente|unicamente) [el|los] (envio|gastos de envio)'],
  [0.2, '(so|apenas|somente) (paga|pague|pagar) [o] frete'],
  [0.2, '(paga|pague|pagar) (so|apenas|somente) [o] frete'],
  [0.2, '(payez|paie|payer) (seulement|juste|uniquement) (les frais de port|la livraison|le port)'],
  [0.2, '(zahle|zahlst|zahlen sie|bezahle|bezahlst|bezahlen sie) nur [den|die] (versand|versandkosten)'],
  [0.2, 'nur [den|die] (versand|versandkosten) (zahlen|bezahlen)'],
  [0.2, '(paghi|pagate|paga|pagare) solo (la spedizione|le spese di spedizione|spedizione)'],
  [0.2, '(betaal|betaalt|betalen) (alleen|enkel) [de] (verzendkosten|verzending)'],
  [0.2, '(zaplac|placisz|zaplacisz) tylko (za wysylke|wysylke)'],
  [0.35, '(win|gagnez|gana|ganhe|gewinne|gewinnen sie|vinci|wygraj|kazanin) [a|an|un|une|uno|una|um|uma|ein|eine|einen|een|jeden] [free|gratis] {prize}'],
  [0.45, '(free|gratis|gratuit|gratuite|kostenlos|kostenlose|darmowa|darmowe|bedava|ucretsiz) [{amount}] [amazon|walmart|apple|itunes|google play|steam|netflix|spotify|target|ebay|zalando|shein|starbucks] (gift card~|giftcard~|tarjeta regalo|cartao presente|carte cadeau|gutschein~|buono regalo|cadeaubon|karta podarunkowa|hediye karti|robux|vbucks|v bucks|iphone~)'],
  [0.45, '(gift card~|giftcard~|amazon card~|steam card~) (giveaway|generator|code generator)'],
  // Card, bank or one-time codes asked of a visitor: with any other bait ("you won an iPhone"), a scam.
  [0.4, CREDENTIALS_ASKED],
  [0.4, '{credentials} .. {hand-over}'],
  // Credentials asked for to keep or verify an account: "send us your password to keep your site".
  [0.55, `${CREDENTIALS_ASKED} (to|or|para|pour|um|per|om|aby|zur|zum) [not] (keep|verify|confirm|unlock|restore|reactivate|recover|save|lose|verificar|confirmar|desbloquear|recuperar|manter|garder|verifier|confirmer|debloquer|behalten|bestatigen|bestatigung|verifizierung|entsperren|mantenere|verificare|confermare|sbloccare|houden|verifieren|bevestigen|zachowac|zweryfikowac|potwierdzic|odblokowac)`],
  // A platform's staff claimed in a member's bio (the platform writes to members itself, never there).
  [0.3, '{staff-of}'],
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
  [0.2, '(dm|message|text|contact|write|msg|ping|add|hit me up|hmu|escribeme|escribenos|me escribes|contactame|contactanos|chama|me chama|fale conosco|ecris moi|ecrivez moi|contactez [moi|nous]|schreib mir|schreiben sie mir|kontaktieren sie uns|scrivimi|contattami|contattaci|stuur me|app me|neem contact op|napisz|mesaj at) .. {messenger}'],
  [0.2, "{messenger} (tan|dan|den|ten) (yaz|yazin|ulasin|ulas)"],
  // A messenger's number: a bakery's too, so context only.
  [0.2, '{messenger} [at|on|no|nr] {amount}'],
  // Crypto doubling, promised in words or in amounts ("send 0.1 BTC, receive 0.2").
  [0.7, '(send|deposit|transfer) ... {coin} ... (get|receive|receiv*) .. (back|double|2x|twice|x2|{amount} [{amount}] {coin})'],
  // The coin named first, in a giveaway's announcement: "giving away free bitcoin, send 1 get 2 back".
  [0.7, '(giveaway|giving away|free) .. {coin} ... (send|deposit|transfer) [me|us] {amount} [{coin}] [and] (get|receive|receiv*) ({amount}|double|2x|twice|x2)'],
  [0.7, '(envia|envie|manda|mande|deposita|deposite|transfiere|transfira|faca um) ... {coin} ... (recibe|recibes|recibiras|receba|recebe|recebera|receber) .. (el doble|doble|x2|2x|de vuelta|de volta|o dobro|em dobro|dobrado|{amount} [{amount}] {coin})'],
  [0.7, '(envoyez|envoie|deposez|depose|virez) ... {coin} ... (recevez|recois|recevrez|recevoir) .. (le double|double|x2|2x|en retour|{amount} [{amount}] {coin})'],
  [0.7, '(sende|senden sie|schick|schicke|schicken sie|uberweise|uberweisen sie) ... {coin} ... (erhalte|erhaltst|erhalten sie|bekommst|bekommen sie) .. (doppelt|das doppelte|zuruck|x2|2x|{amount} [{amount}] {coin})'],
  [0.7, '(invia|inviate|manda|deposita) ... {coin} ... (ricevi|riceverai|ricevete|ricevine) .. (il doppio|doppio|indietro|x2|2x|{amount} [{amount}] {coin})'],
  [0.7, '(stuur|verstuur|stort) ... {coin} ... (ontvang|krijg|ontvangt|krijgt) .. (dubbel|het dubbele|terug|x2|2x|{amount} [{amount}] {coin})'],
  [0.7, '(wyslij|przelej|wplac) ... {coin} ... (otrzymasz|odbierz|dostaniesz|otrzymaj) .. (podwojnie|dwa razy wiecej|x2|2x|z powrotem|{amount} [{amount}] {coin})'],
  [0.7, '(gonder|gonderin|yatir|yatirin) ... {coin} ... (al|alin|kazan|kazanin|alacaksiniz) .. (iki katini|2 katini|x2|2x|geri|{amount} [{amount}] {coin})'],
  [0.7, '{coin} ... (gonder|gonderin|yatir|yatirin|yollayin) ... (iki katini|2 katini|iki kati|x2|2x) [geri] (al|alin|kazan|kazanin|alacaksiniz)'],
  [0.7, '{coin} ... (gonder|gonderin|yatir|yatirin|yollayin) .. {coin} geri (al|alin|kazan|kazanin|alacaksiniz)'],
  // Hindi in Latin letters: "bitcoin bhejo, double wapas milega".
  [0.7, '{coin} .. (bhejo|bhejiye|bhejein|bhejen|bhejna) ... (double|dugna|duguna|do guna|2x|x2|wapas|vapas) .. (milega|milenge|milegi|pao|paiye|paoge)'],
  [0.4, '(aapne|apne|tumne) ... (inaam|inam|prize|gift card|iphone|lottery) (jeeta|jeeti|jeete|jita)'],
  [0.6, '{double} {owner} {coin}'],
  // Money "flipping": the visitor's cash multiplied for a fee; "legit" is the flipper's own word.
  [0.45, '(cash app|cashapp|paypal|venmo|zelle|money|cash|bitcoin|btc|crypto) flip~'],
  [0.45, '{send} .. {amount} .. flip~'],
  [0.55, 'flip (your|ur) .. {amount} .. (into|to|in) {amount}'],
  [0.2, '(legit|legitimate)'],
  // The deposit that "verifies" or "unlocks" a wallet.
  [0.45, '{send} .. {amount} {coin} {in-order-to} {unlock} [{owner}] {wallet}'],
  [0.45, '(giving|give|gives) away {amount} {coin}'],
  // Investment bait: the visitor's money doubled (in hours or days), a return without risk, money back many times over.
  [0.4, '{double} {owner} {money}'],
  [0.4, '({coin}|{money}) .. ikiye (katlayin|katla|katliyoruz|katlariz)'],
  [0.55, '({coin}|{money}) {amount} (saatte|gunde|haftada) ikiye (katlayin|katla|katliyoruz|katlariz)'],
  [0.55, '{double} {owner} ({money}|{coin}) ... (in|en|em|dans|within|innerhalb|binnen|w|entro|za) ({amount} {hours}|{one} {hours}|24h|48h|72h)'],
  // German and Dutch infinitives put the verb after the money: "Geld verdoppeln in 48 Stunden".
  [0.4, '{money} (verdoppeln|verdubbelen)'],
  [0.55, '{money} (verdoppeln|verdubbelen) (in|innerhalb|binnen) ({amount} {hours}|{one} {hours}|24h|48h|72h)'],
  [0.3, '{guaranteed}'],
  // The guarantee before the rate: "guaranteed 40% weekly returns".
  [0.55, '{guaranteed-after} {amount} ({per-period} {yield}|{yield} {per-period})'],
  [0.55, '(gunluk|haftalik|aylik) {amount} garantili (kazanc|kar|getiri)'],
  // Risk promised away: context beside a return.
  [0.2, '(zero risk|no risk|risk free|without risk|sin riesgo|sem risco|zero risco|zero risque|sans risque|ohne risiko|zero rischi|senza rischi|zonder risico|bez ryzyka|risk yok|risksiz)'],
  // The guaranteed return as a rate: "guaranteed profits of 30% weekly".
  [0.45, '{guaranteed} .. {amount} {per-period}'],
  // ...or the rate first, the guarantee after ("30% weekly returns guaranteed", "30 % de rendement par semaine garanti"),
  // which no honest adviser writes of a week or a month.
  [0.55, '({amount} .. ({per-period} {yield}|{yield} {per-period})|{yield} [de|of|von|di|van|z] {amount} {per-period}) {guaranteed-after}'],
  [0.25, '(invest|investeer|invierte|invertir|invista|investir|investissez|investiere|investieren sie|investi|investire|inwestuj) .. {coin}'],
  [0.25, '(invest|investeer|invierta|invierte|invista|investissez|investis|investiere|investieren sie|investi|investite|zainwestuj|inwestuj) (now|today|ahora|hoy|agora|ja|maintenant|jetzt|heute|ora|oggi|nu|vandaag|teraz|dzis)'],
  [0.25, '(hemen|simdi|bugun) yatirim (yap|yapin)'],
  [0.4, `(invest|deposit|send|invierte|invista|investissez|investiere|investi|investeer|inwestuj|yatirin) {amount} .. ${RECEIVED} {amount}`],
  // ...within hours or days: "invest $100 and get $1,500 in 48 hours" (not "send 0.01 BTC and receive 1 portrait within a week").
  [0.55, `(invest|deposit|invierte|invista|investissez|investiere|investi|investeer|inwestuj|yatirin) {amount} .. ${RECEIVED} {amount} ... (in|en|em|dans|within|innerhalb|binnen|w|entro|za) ({amount} {hours}|{one} {hours}|24h|48h|72h)`],
  [0.3, '(paisa|paise) (lagao|lagaiye|lagayein|lagaen|invest karo)'],
  [0.4, '(double|dugna|duguna|doguna|do guna) (paao|pao|paiye|payen|milega|milenge|hoga|ho jayega)'],
  // Recovery scams: "we recover your lost crypto", in each language's word order. Lost money an honest
  // lawyer or insurer wins back too ("recuperamos tu dinero perdido"): only lost coins are the scam's own.
  [0.45, '{recover} .. {lost} {coin}'],
  [0.45, '{recover} .. {coin} {lost}'],
  [0.45, '(holen|hole|halen|haal) .. {lost} {coin} (zuruck|terug)'],
  [0.45, '{lost} {coin} .. geri (aliyoruz|aliriz|alin|getiriyoruz)'],
  [0.3, '{recover} .. ({lost} {money}|{money} {lost})'],
  // Hackers offered to win it back ("our certified hackers recover it"), and coins lost to a scam: a security
  // firm's hackers test systems, they do not recover a stranger's coins.
  [0.45, '(our|my|nuestros|mis|nossos|meus|nos|mes|unsere|meine|i nostri|i miei|onze|mijn|nasi|moi) [certified|professional|ethical|expert|certificados|profissionais|certifies|zertifizierten|certificati|gecertificeerde|certyfikowani] (hacker~|hakerzy|hackerlarimiz) ... ({recover}|(holen|halen|hole|haal) ... (zuruck|terug)|geri (alir|aliyor|getirir))'],
  [0.45, '(hackerlarimiz|hackerlarimizla|hackerlerimiz) ... geri (alir|aliyor|getirir|aliyoruz)'],
  // The coins lost, then the hackers: a warning against recovery services names no hackers of its own.
  [0.2, '(lost|perdiste|perdeu|perdu|perdus|perdues|hai perso|avete perso|verloren|kwijt|straciles|stracilas|kaybettiniz|kaybettin) [{owner}|your|tus|suas|vos|le tue] ({coin}|cryptos|criptos|kryptos) ... (hacker~|hakerzy|hackerlarimiz)'],
  [0.2, '{coin} .. (lost|verloren|kwijt|mu kaybettiniz|kaybettiniz) ... (hacker~|hakerzy|hackerlarimiz)'],
  // Loans nobody checks, money at once.
  [0.45, '{loan} .. {no-check}'],
  [0.45, '{no-check} .. {loan}'],
  [0.25, '{instantly}'],
  // A following for sale.
  [0.45, '{buy} [{amount} [{amount}|mil|mille|tys]] [{real}] [{real}] {followers}'],
  // Bought with the verb after ("Follower kaufen", "volgers kopen"), or sold by the seller ("vendo seguidores").
  [0.45, '{followers} [{real}] {buy}'],
  [0.45, '{sell} [{amount} [{amount}|mil|mille|tys]] [{real}] [{real}] {followers}'],
  // The seller's second cue, which a member growing their own following does not write: a price, cheapness,
  // delivery ("seguidores baratos", "achetez des followers, livraison rapide").
  [0.2, '{followers} ... {sold}'],
  [0.2, '{sold} .. {followers}'],
  [0.2, '{followers} (real|reales|reais|vrais|echte|reali|echt|prawdziwi|aktywni|activos|ativos|actifs)'],
  // Bought now, after the followers were named ("Seguidores reales al mejor precio, compra ya").
  [0.45, '{followers} ... {buy} (ya|ahora|agora|now|today|maintenant|jetzt|sofort|ora|subito|nu|teraz)'],
  [0.4, '{amount} .. {followers} (for|por|pour|fur|per|voor|za|icin) {amount}'],
  [0.45, '(takipci|begeni) .. (satin al|satin alin|al)'],
  // Adult-dating bait: hot women or singles near the visitor, waiting. Women near you alone is also a
  // yoga class's advert ("women's classes near you, WhatsApp me"); "hot" alone a lewd joke, not spam.
  [0.45, '{hot} {people} .. {nearby}'],
  [0.45, '{nearby} {hot} {people}'],
  [0.3, '{people} .. {nearby}'],
  [0.3, '{nearby} {people}'],
  [0.25, '{hot} {people}'],
  [0.2, '(waiting for you|are waiting|te estan esperando|te esperan|te esperam|querem conversar|vous attendent|warten auf dich|ti aspettano|wachten op (je|jou)|czekaja na ciebie|seni bekliyor)'],
  [0.2, '(want~ to meet you|quieren conocerte|querem te conhecer|veulent (te|vous) rencontrer|wollen dich (treffen|kennenlernen)|vogliono conoscerti|willen je ontmoeten|chca cie poznac|sizinle tanismak istiyor)'],
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
  // Money mules: the visitor's bank account lent or rented out to pass payments on, a share kept ("you keep 10% and
  // send the rest"). A bookkeeper reconciles accounts; nobody honest asks to borrow one.
  [0.4, '{lend} [{owner}|the|a] {bank-account}'],
  [0.4, '{bank-account} .. (uit|zur verfugung|kiraya)'],
  [0.3, '{keep} [the|el|o|le|den|il|de] {amount} ... {the-rest}'],
  [0.3, '{amount} [u|i|si] (senin|sizin) ... {the-rest}'],
  // Task scams: paid to like videos, by the task, after a sign-up fee (an employer never charges one).
  [0.4, '({earn}|get paid|paid) ... {liking} .. {videos}'],
  [0.4, '{videos} {liking} ... {earn}'],
  [0.25, '{amount} .. {per-task}'],
  [0.3, '(pay|paga|pague|payez|payer|zahlen|zahle|zahlst|bezahle|paghi|paga|betaal|betalen|wplacic|wplac|zaplac|ode|odeyin) .. {sign-up-fee}'],
  [0.3, '{sign-up-fee} .. (zahlen|bezahlen|betalen|ode|odeyin|pagare)'],
  // Trading signals sold: a group, a hit rate, profits every day. A teacher of markets names none of the boasts.
  [0.3, '({markets}|vip) .. {signals}'],
  [0.3, '{signals} .. {markets}'],
  [0.3, '{amount} .. {win-rate}'],
  [0.3, '({yield}|profitti|lucro|winst|zysk|kazanc) .. {every-day}'],
  [0.3, '{every-day} .. ({yield}|profitti|lucro|winst|zysk|kazanc)'],
  // A visa guaranteed, without an interview: what no embassy sells.
  [0.35, '{visa} ... {guaranteed-after}'],
  [0.35, '{guaranteed-after} .. {visa}'],
  [0.3, '{no-interview}'],
  // Romance scams: money asked for the writer's customs or plane ticket, to be paid back on arrival.
  [0.3, '{send-me-money}'],
  [0.3, '{send-me-money} ... {customs}'],
  [0.25, '{customs}'],
  [0.3, '{repay}'],
  // Tickets resold for a payment that cannot be taken back (PayPal "friends and family", Bizum, PIX, gift cards),
  // before sending: the ticket scam. A box office takes cards at its desk; an official resale names no such payment.
  // Tickets beside such a payment is context (a choir takes Venmo at the door); gift cards for them, PayPal's
  // "friends and family" for a sale, or a transfer asked before sending are the scam's own.
  [0.25, '{tickets} ... {irreversible}'],
  [0.25, '{irreversible} ... {tickets}'],
  [0.45, '{tickets} ... {gift-cards}'],
  [0.45, '{gift-cards} ... {tickets}'],
  [0.4, 'paypal .. {friends-and-family}'],
  [0.45, '{tickets} ... {bank-transfer} ... {in-advance}'],
  [0.45, '{tickets} ... {in-advance} ... {bank-transfer}'],
  [0.3, '{irreversible} .. {in-advance}'],
  [0.3, '{in-advance} .. {irreversible}'],
  [0.3, '{irreversible} (first|before|antes|avant|vorher|prima|eerst|najpierw)'],
  [0.2, '{in-advance}'],
  [0.2, '(pay|payment) first'],
  [0.2, '(chama|me chama|escribeme|escribenos|ecris moi|scrivimi|schreib mir|stuur) (no|na|por|en|in|par|per|een) (direct|dm|pm|mp|privado|priv|prive|privato)'],
  // Essay mills: a student's thesis or essay written for them, without plagiarism, a pass guaranteed.
  [0.4, '(we|i) (write|do|will write|can write) {owner} {coursework}'],
  [0.4, '(hacemos|hago|escribimos|redactamos|realizamos|elaboramos|fazemos|realizamos|faco|escrevemos|redigeons|ecrivons|faisons|redige|wir schreiben|ich schreibe|scriviamo|scrivo|facciamo|schrijven|schrijf|piszemy|pisze|yaziyoruz|yazariz|yazarim) [{owner}|la tua|il tuo|la|il|le|de|twoja|twoje] {coursework}'],
  [0.2, '{no-plagiarism}'],
  [0.2, '(pass|grade|a grade|aprobado|aprobacion|aprovacao|approvazione|promozione|reussite|bestehen|zaliczenie) {guaranteed-after}'],
  [0.2, '{guaranteed-after} (pass|a grade|grade~|pass mark)'],
  // Credit repair: a credit record cleaned, guaranteed and paid up front (an honest counsellor charges no advance).
  [0.35, '{cleaned} .. {credit-record}'],
  [0.2, '{credit-record} ... {guaranteed-after}'],
  // Adult-cam invitations: the member's own private cam, a free show, mostly beside a throwaway link.
  [0.35, '(my|mi|minha|ma|meine|meiner|meinem|mijn|moja|mojej|la mia) (private|privada|privee|privaten|prive|privata|prywatna|prywatnej) (cam|webcam|cam show|live cam|kamerka|kamerce)'],
  [0.35, '(my|mi|minha|ma|meine|mijn|moja|mojej|la mia) (cam|webcam|kamerka|kamerce) (privada|privee|privata|prive|prywatnej|prywatna)'],
  [0.2, '(free|gratis|gratuit|gratuito|kostenlos|kostenlose|darmowy|bedava) (show|live show|cam show)'],
  [0.2, '(show|spettacolo) (gratis|gratuit|gratuito|kostenlos)'],
  // Giveaways to the first so many who comment: a phone or a card, claimed at a link.
  [0.3, '((first|primeros|primeras|primeiros|primeiras|premiers|premieres|ersten|primi|prime|eerste|pierwsze|pierwszych|ilk) {amount}|{amount} (primeros|primeras|primeiros|primeiras|premiers|premieres|primi|prime|ilk)) ... (win~|wins|ganan|ganham|gagnent|gewinnen|vincono|winnen|wygrywa|wygrywaja|wygraja|kazaniyor|kazanir) ... {prize}'],
]));

/**
 * The same kinds of bait in the languages not written in Latin letters: script-patterns.ts's tables, read
 * whatever policy.multilingual says (spam has its own switch), their hits weighed with the Latin phrases'
 * and a suspect link's above.
 */
/** Earning and income, any ending. */
const RU_EARN = '(заработ\\p{L}*|зарабатыва\\p{L}*|доход\\p{L}*)';
const RUSSIAN: readonly ScriptRow[] = [
  // Pharmacy spam.
  ['spam', 0.55, '(виагр\\p{L}*|сиалис\\p{L}*|левитр\\p{L}*|таблетк\\p{L}*|препарат\\p{L}*|лекарств\\p{L}*) (?:\\p{L}+ ){0,3}без рецепта'],
  ['spam', 0.5, '(купить|куплю|закажи|заказать|дешев\\p{L}*|недорог\\p{L}*) (?:\\p{L}+ ){0,2}(виагр\\p{L}*|сиалис\\p{L}*|левитр\\p{L}*)'],
  // Casino or betting bonus.
  ['spam', 0.45, '(казино|слот\\p{L}*|ставк\\p{L}*|букмекер\\p{L}*) (?:\\p{L}+ ){0,3}(бонус\\p{L}*|фриспин\\p{L}*|джекпот\\p{L}*)'],
  ['spam', 0.45, '(бонус\\p{L}*|фриспин\\p{L}*) (?:\\p{L}+ ){0,3}(казино|слот\\p{L}*|ставк\\p{L}*)'],
  ['spam', 0.55, 'бездепозитн\\p{L}* (бонус\\p{L}*|фриспин\\p{L}*)'],
  // Prize or gift-card bait.
  ['spam', 0.4, 'вы (выиграли|стали победителем)'],
  ['spam', 0.4, '(получите|заберите) (ваш|ваши|свой|свои) (приз|подарок|выигрыш|награду)'],
  ['spam', 0.45, 'бесплатн\\p{L}* (подарочн\\p{L}* карт\\p{L}*|айфон\\p{L}*)'],
  // Crypto doubling.
  ['spam', 0.7, '(отправьте|отправь|переведите|переведи|пришлите) (?:{word} ){0,6}[\\p{L}\\p{N}]*(btc|биткоин|eth|usdt|крипт|рубл)[\\p{L}\\p{N}]* (?:{word} ){0,8}(получите|получи|вернем|верну) (?:{word} ){0,3}(вдвое|в два раза|x2|удвоен\\p{L}*|обратно)'],
  // Account verification bait.
  ['spam', 0.45, '(аккаунт|счет|профиль|кабинет|карта) (?:\\p{L}+ ){0,2}(заблокирован\\p{L}*|удален\\p{L}*|приостановлен\\p{L}*|закрыт\\p{L}*)'],
  ['spam', 0.35, '(подтвердите|обновите) (ваши |свои )?(данные|личность|аккаунт|пароль)'],
  ['spam', 0.4, '(получи|получите|выиграй|выиграйте|забери) (?:{word} ){0,2}(приз|подарок|выигрыш|награду)'],
  // Card details or a one-time code asked for.
  ['spam', 0.4, '(отправь\\p{L}*|сообщи\\p{L}*|введи\\p{L}*|назови\\p{L}*|продиктуй\\p{L}*|пришли\\p{L}*) (?:{word} ){0,2}(код из смс|код подтверждения|номер карты|данные карты|cvv|пин|пин-код)'],
  // Easy money: an amount a day, week or month; from home, with no outlay; a messenger.
  ['spam', 0.4, `${RU_EARN} (?:{word} ){0,4}(в день|в неделю|в месяц|ежедневно|ежемесячно)`],
  ['spam', 0.3, `${RU_EARN} (?:{word} ){0,8}(без вложений|без опыта|не выходя из дома|на дому|из дома)`],
  ['spam', 0.2, '(пиши|пишите|напиши|напишите|звони|добавляйся) (?:{word} ){0,2}(телеграм\\p{L}*|ватсап\\p{L}*|вотсап\\p{L}*|whatsapp|telegram|лс|личку)'],
  // Investment bait: money doubled, a return without risk.
  ['spam', 0.4, '(удвои\\p{L}*|удваива\\p{L}*|приумнож\\p{L}*) (ваши |свои |твои )?(деньги|капитал|депозит|вложения|сбережения|биткоин\\p{L}*|крипт\\p{L}*)'],
  ['spam', 0.55, '(удвои\\p{L}*|удваива\\p{L}*) (?:{word} ){0,4}за [0-9]+ (час\\p{L}*|дн\\p{L}*|день|недел\\p{L}*)'],
  ['spam', 0.3, 'гарантированн\\p{L}* (доход\\p{L}*|прибыл\\p{L}*|заработ\\p{L}*)'],
  ['spam', 0.25, '(инвестируй\\p{L}*|вкладывай\\p{L}*|вложи\\p{L}*) (сейчас|сегодня)'],
  // Recovery scams: "we return your stolen crypto".
  ['spam', 0.45, '(верн\\p{L}*|возвра\\p{L}*) (?:{word} ){0,2}(украденн\\p{L}*|потерянн\\p{L}*|утерянн\\p{L}*) (крипт\\p{L}*|биткоин\\p{L}*|деньги|средства)'],
  // Loans nobody checks, money at once.
  ['spam', 0.45, '(займ\\p{L}*|заём|кредит\\p{L}*|деньги) (?:{word} ){0,3}без (проверки|справок|поручителей|отказа|залога)'],
  ['spam', 0.25, '(деньги|займ\\p{L}*|кредит\\p{L}*|одобрени\\p{L}*) (на карту )?за [0-9]+ минут'],
  // A following for sale.
  ['spam', 0.45, '(накрутк\\p{L}*|купить|куплю|продам|продаю) (?:{word} ){0,2}(подписчик\\p{L}*|лайк\\p{L}*|просмотр\\p{L}*)'],
  // Adult-dating bait.
  ['spam', 0.3, '(девушк\\p{L}*|девочк\\p{L}*|женщин\\p{L}*|красотк\\p{L}*|мамочк\\p{L}*) (?:{word} ){0,2}(в твоем городе|в вашем городе|рядом с тобой|рядом с вами|поблизости)'],
  ['spam', 0.25, '(горяч\\p{L}*|одинок\\p{L}*) (девушк\\p{L}*|девочк\\p{L}*|женщин\\p{L}*|красотк\\p{L}*|мамочк\\p{L}*)'],
  // Casino's first-deposit bonus.
  ['spam', 0.45, 'бонус\\p{L}* (?:{word} ){0,3}(на )?перв\\p{L}* депозит\\p{L}*'],
  ['spam', 0.45, '[0-9]+ (фриспин\\p{L}*|бесплатн\\p{L}* вращени\\p{L}*)'],
  // Payment request.
  ['spam', 0.2, 'оплатите (здесь|тут|по ссылке)'],
  ['spam', 0.6, 'оплат\\p{L}* (?:{word} ){0,2}подарочн\\p{L}* карт\\p{L}*'],
  // Money mules: a bank card or account rented out, a share kept.
  ['spam', 0.55, 'банковск\\p{L}* (карт\\p{L}*|счет\\p{L}*) (?:{word} ){0,3}в аренду'],
  ['spam', 0.55, '(аренд\\p{L}*|сда\\p{L}*) (?:{word} ){0,2}банковск\\p{L}* (карт\\p{L}*|счет\\p{L}*)'],
  ['spam', 0.3, '(оставляешь|оставляете|оставь|оставишь) себе [0-9]+'],
  // Task scams: paid to like videos, after a fee to register.
  ['spam', 0.4, '(ставь|ставьте|ставить|ставя) лайк\\p{L}* (?:{word} ){0,8}(получа\\p{L}*|заработ\\p{L}*|зарабатыва\\p{L}*)'],
  ['spam', 0.3, '(взнос\\p{L}*|оплат\\p{L}*) (за )?регистраци\\p{L}*'],
  // Trading signals sold: a hit rate, profit every day.
  ['spam', 0.3, 'сигнал\\p{L}* (?:{word} ){0,2}(форекс\\p{L}*|forex|крипт\\p{L}*|трейдинг\\p{L}*|бинарн\\p{L}*)'],
  ['spam', 0.3, '[0-9]+ (точност\\p{L}*|проходимост\\p{L}*|успешных сделок)'],
  ['spam', 0.3, '(прибыл\\p{L}*|доход\\p{L}*|профит\\p{L}*) (каждый день|ежедневно)|(каждый день|ежедневн\\p{L}*) (прибыл\\p{L}*|доход\\p{L}*|профит\\p{L}*)'],
  // A visa guaranteed, without an interview.
  ['spam', 0.35, '(виза|визу|визы) (?:{word} ){0,4}гарантированн\\p{L}*|гарантированн\\p{L}* (?:{word} ){0,2}(виза|визу|визы)'],
  ['spam', 0.3, 'без собеседовани\\p{L}*'],
  // Romance scams: money asked for customs or a ticket, paid back on arrival.
  ['spam', 0.3, '(переведи|переведите|пришли|пришлите|отправь|отправьте|вышли|одолжи) (мне )?(деньги|денег|[0-9]+)'],
  ['spam', 0.25, 'таможн\\p{L}*|авиабилет\\p{L}*'],
  ['spam', 0.3, '(верну|отдам) (?:{word} ){0,2}(когда|как только|после) (?:{word} ){0,1}(приеду|вернусь|прилечу)'],
  // Tickets resold for a transfer before sending (a box office takes cards at its desk).
  ['spam', 0.45, 'билет\\p{L}* (?:{word} ){0,8}(перевод\\p{L}*|оплат\\p{L}*) (?:{word} ){0,4}(заранее|вперед|предоплат\\p{L}*)|билет\\p{L}* (?:{word} ){0,8}(предоплат\\p{L}*|(только|сначала) перевод\\p{L}*)'],
  // Hackers who win coins back, coins lost.
  ['spam', 0.45, 'хакер\\p{L}* (?:{word} ){0,3}(верн\\p{L}*|возвра\\p{L}*)'],
  ['spam', 0.2, 'потерял\\p{L}* (?:{word} ){0,2}(криптовалют\\p{L}*|биткоин\\p{L}*|крипт\\p{L}*) (?:{word} ){0,6}хакер\\p{L}*'],
  // Giveaways to the first so many.
  ['spam', 0.3, 'перв\\p{L}* [0-9]+ (?:{word} ){0,3}(получа\\p{L}*|получ\\p{L}*|выигрыва\\p{L}*)'],
  ['spam', 0.2, 'без риска|без рисков'],
];

/** Arabic words take "and", "for", "the" as prefixes ("واحصل", "لاستلام", "الأدوية"). */
const AR_PREFIX = '(?:و|ف|ب|ل|ال|وال|بال|لل)?';
const AR_DRUG = '(فياجرا|فياغرا|فياقرا|سياليس|ليفيترا|ترامادول|زاناكس|كاماجرا)';
const AR_COIN = '(بيتكوين|بتكوين|btc|eth|usdt|إيثيريوم|ايثيريوم|كريبتو|عملات رقمية|عملة رقمية)';
/** Win and earn, the verbs an amount of money follows; with the nouns of profit and income, what is earned over time. */
const AR_EARN_VERB = 'اربح|إربح|اكسب|تربح|تكسب';
const AR_EARN = `(${AR_EARN_VERB}|ربح|دخل)`;
const AR_BONUS = '(مكافأة|مكافاة|مكافآت|بونص|بونس|لفات مجانية|دورات مجانية|جاكبوت)';
const ARABIC: readonly ScriptRow[] = [
  // Pharmacy spam.
  ['spam', 0.55, `${AR_PREFIX}${AR_DRUG} (?:{word} ){0,3}(بدون|بلا|دون) (وصفة|روشتة)`],
  ['spam', 0.5, `(شراء|اشتري|اطلب|بيع|أرخص|ارخص|رخيص|خصم|توصيل) (?:{word} ){0,3}${AR_PREFIX}${AR_DRUG}`],
  // Casino or betting bonus.
  ['spam', 0.45, `${AR_PREFIX}(كازينو|كازينوهات|رهان|رهانات|مراهنات|سلوت|روليت|قمار) (?:{word} ){0,4}${AR_BONUS}`],
  ['spam', 0.45, `${AR_BONUS} (?:{word} ){0,4}${AR_PREFIX}(كازينو|رهان|رهانات|مراهنات|سلوت|روليت)`],
  ['spam', 0.55, `${AR_BONUS} (?:{word} ){0,3}(بدون|دون|بلا) (إيداع|ايداع)`],
  ['spam', 0.3, '(كازينو|مراهنات) (أونلاين|اونلاين|اون لاين)'],
  // Prize or gift-card bait.
  ['spam', 0.4, `(ربحت|فزت|كسبت|ربحتم|فزتم) (?:{word} ){0,4}${AR_PREFIX}(جائزة|بطاقة هدايا|بطاقة هدية|ايفون|آيفون|قسيمة|قسيمة شراء)`],
  ['spam', 0.4, `${AR_PREFIX}(استلم|استلام|احصل على|اطلب) (?:{word} ){0,2}(جائزتك|هديتك|مكافأتك|جائزتكم)`],
  ['spam', 0.45, '(بطاقة|بطاقات) (هدايا|هدية) مجاني\\p{L}*'],
  // Crypto doubling: send coins, receive double or coins back.
  ['spam', 0.7, `(أرسل|ارسل|حول|أودع|اودع|ادفع) (?:{word} ){0,6}${AR_COIN} (?:{word} ){0,8}${AR_PREFIX}(احصل|تحصل|ستحصل|استلم|تستلم|ستستلم|يرجع|ترجع|نرجع|يعود) (?:{word} ){0,4}(ضعف|الضعف|ضعفين|مضاعف\\p{L}*|x2|2x|${AR_COIN.slice(1, -1)})`],
  // Account verification bait.
  ['spam', 0.45, '(سيتم|تم|سوف يتم) (إيقاف|ايقاف|حذف|تعليق|إغلاق|اغلاق|تجميد|حظر|قفل) (حسابك|بطاقتك|حسابكم|حسابكِ)'],
  ['spam', 0.45, '(حسابك|بطاقتك|حسابكم) (?:{word} ){0,2}(موقوف|محظور|مجمد|معلق|سيحذف|سيغلق|سيتم إيقافه|سيتم حذفه)'],
  ['spam', 0.35, `(تأكيد|تاكيد|أكد|اكد|حدث|تحديث) (?:{word} ){0,2}(بياناتك|معلوماتك|معلومات الدفع|بيانات الدفع|بياناتك البنكية|هويتك|كلمة المرور|حسابك)`],
  // Card details or a one-time code asked for.
  ['spam', 0.4, '(أرسل|ارسل|ادخل|أدخل|اكتب|شارك|ابعت|ابعث) (?:{word} ){0,2}(رقم البطاقة|رقم بطاقتك|بيانات البطاقة|رقم الحساب|رقم حسابك|الرمز السري|كود التحقق|رمز التحقق|الرقم السري)'],
  // Easy money: an amount, a day, week or month; from home, with no capital; a messenger.
  ['spam', 0.4, `${AR_PREFIX}${AR_EARN} (?:{word} ){0,4}(يوميا|يومياً|في اليوم|في الأسبوع|في الاسبوع|في الشهر|شهريا|شهرياً|أسبوعيا|اسبوعيا)`],
  ['spam', 0.35, `${AR_PREFIX}(${AR_EARN_VERB}) (?:{word} ){0,2}(دولار|ريال|جنيه|درهم|يورو|دينار)`],
  ['spam', 0.3, `${AR_PREFIX}${AR_EARN} (?:{word} ){0,8}(من البيت|من المنزل|بدون رأس مال|بدون راس مال|بدون خبرة)`],
  ['spam', 0.2, '(راسلني|راسلنا|كلمني|تواصل) (?:{word} ){0,2}(الواتساب|واتساب|الواتس|واتس|تيليجرام|تلغرام|التلغرام|الخاص)'],
  // Investment bait: money doubled, profits without risk.
  ['spam', 0.4, '(ضاعف|نضاعف|يضاعف|مضاعفة) (أموالك|اموالك|رأس مالك|راس مالك|استثمارك|فلوسك|أرباحك|ارباحك)'],
  ['spam', 0.55, '(ضاعف|نضاعف|يضاعف|مضاعفة) (?:{word} ){0,3}(في|خلال) [0-9]+ (ساعة|ساعات|يوم|أيام|ايام|أسبوع|اسبوع)'],
  ['spam', 0.3, `${AR_PREFIX}(أرباح|ارباح|ربح|عائد|عوائد|دخل) (مضمون\\p{L}*|مؤكد\\p{L}*)`],
  // The guaranteed return as a rate of a day, week or month.
  ['spam', 0.55, 'مضمون\\p{L}* [0-9]+ (أسبوعيا\\p{M}*|اسبوعيا\\p{M}*|شهريا\\p{M}*|يوميا\\p{M}*|في الأسبوع|في الشهر|في اليوم)'],
  ['spam', 0.2, '(بدون|بلا|دون) (مخاطرة|مخاطر|مخاطرات)'],
  ['spam', 0.25, 'استثمر (الآن|الان|اليوم)'],
  // Recovery scams.
  ['spam', 0.45, '(نسترجع|نسترد|نستعيد|استرجاع|استرداد|استعادة) (?:{word} ){0,2}(المسروقة|المفقودة|الضائعة|المنهوبة)'],
  // Loans nobody checks.
  ['spam', 0.45, '(قرض|قروض|تمويل|سلفة|سلف) (?:{word} ){0,3}(بدون|بلا|دون) (ضامن|كفيل|تحويل راتب|كشف حساب|استعلام)'],
  // A following for sale.
  ['spam', 0.45, '(زيادة|شراء|بيع) (?:{word} ){0,1}(متابعين|متابعات|لايكات|مشاهدات)'],
  // Adult-dating bait.
  ['spam', 0.3, '(بنات|فتيات|نساء|سيدات|بنت) (?:{word} ){0,2}(بالقرب منك|قريبة منك|في مدينتك|في منطقتك)'],
  // Payment request.
  ['spam', 0.2, 'ادفع (هنا|عبر الرابط)'],
  // Money mules: a bank account rented out, the rest passed on.
  // A shadda often marks the verb's doubled letter ("أجّر").
  ['spam', 0.55, `${AR_PREFIX}(أجّ?ر|اجّ?ر|تأجير|تاجير|إيجار|ايجار) (?:{word} ){0,1}(حسابك|حساباتك|بطاقتك) (البنكي|البنكية|المصرفي|المصرفية)`],
  ['spam', 0.3, '[0-9]+ (?:{word} ){0,2}الباقي'],
  // Trading signals sold: a success rate, profits every day.
  ['spam', 0.3, `${AR_PREFIX}(توصيات|إشارات|اشارات|صفقات) (?:{word} ){0,1}${AR_PREFIX}(فوركس|تداول|كريبتو|ذهب)`],
  ['spam', 0.3, 'نسب\\p{L}* (نجاح|النجاح)'],
  ['spam', 0.3, `${AR_PREFIX}(أرباح|ارباح|ربح) (يومي\\p{L}*|كل يوم)`],
  // A visa guaranteed, without an interview.
  ['spam', 0.35, `${AR_PREFIX}(فيزا|تأشيرة|تاشيرة) (?:{word} ){0,3}مضمون\\p{L}*`],
  ['spam', 0.3, '(بدون|بلا|دون) (مقابلة|مقابله|مقابلات)'],
  // Romance scams: money asked for customs or a ticket, paid back on arrival.
  ['spam', 0.3, '(أرسل|ارسل|أرسلي|ارسلي|حول|حولي|ابعت|ابعتي|ابعث) لي (?:{word} ){0,1}(المال|مال|فلوس|الفلوس|[0-9]+)'],
  ['spam', 0.25, `${AR_PREFIX}(جمارك|تذكرة الطيران|تذكرة طيران)`],
  ['spam', 0.3, `${AR_PREFIX}(سأعيده|سأعيدها|ساعيده|ساعيدها|سأرجعه|سارجعه|سأرده|سارده) لك`],
  // Tickets resold for a payment before sending.
  ['spam', 0.45, `(تذكرة|تذكرتين|تذاكر|تذكرتي|تذكرتان) (?:{word} ){0,8}${AR_PREFIX}(الدفع|دفع) (مقدما\\p{M}*|مسبقا\\p{M}*|أولا\\p{M}*|اولا\\p{M}*)`],
  // Hackers who win coins back, coins lost.
  ['spam', 0.45, `${AR_PREFIX}(الهاكرز|هاكرز|الهكرز|هكر|الهكر|القراصنة) (?:{word} ){0,3}(يستعيد\\p{L}*|يسترجع\\p{L}*|يسترد\\p{L}*|نستعيد\\p{L}*|نسترجع\\p{L}*|نسترد\\p{L}*)`],
  ['spam', 0.2, `(خسرت|فقدت|ضاعت) (?:{word} ){0,1}${AR_PREFIX}(عملاتك|عملات|بيتكوين|كريبتو) (?:{word} ){0,6}${AR_PREFIX}(الهاكرز|هاكرز|الهكرز|هكر|القراصنة)`],
  // Giveaways to the first so many.
  ['spam', 0.3, 'أول [0-9]+ (?:{word} ){0,3}(يربحون|يربح|يفوزون|يفوز|يحصلون)'],
];

const HI_DRUG = '(वियाग्रा|सियालिस|ट्रामाडोल|viagra|cialis)';
/** Earn, the imperative and the noun. */
const HI_EARN = '(कमाएं|कमाओ|कमाइए|कमाई)';
const HINDI: readonly ScriptRow[] = [
  // Pharmacy spam.
  ['spam', 0.55, `${HI_DRUG} (?:{word} ){0,3}बिना (पर्ची|प्रिस्क्रिप्शन|डॉक्टर)`],
  ['spam', 0.55, `बिना (पर्ची|प्रिस्क्रिप्शन|डॉक्टर) (?:{word} ){0,3}${HI_DRUG}`],
  ['spam', 0.5, `(सस्ती|सस्ता|सस्ते|खरीदें|ख़रीदें|ऑर्डर) (?:{word} ){0,3}${HI_DRUG}`],
  // Casino or betting bonus.
  ['spam', 0.45, '(कैसीनो|कसीनो|सट्टा|सट्टेबाजी|बेटिंग|तीन पत्ती|रमी|स्लॉट) (?:{word} ){0,6}(बोनस|जैकपॉट|फ्री स्पिन)'],
  ['spam', 0.45, '(बोनस|फ्री स्पिन) (?:{word} ){0,6}(कैसीनो|कसीनो|सट्टा|बेटिंग|तीन पत्ती|रमी)'],
  ['spam', 0.3, '(ऑनलाइन|online) (कैसीनो|कसीनो|सट्टा|बेटिंग)'],
  // Prize or gift-card bait.
  ['spam', 0.4, '(आपने|तुमने) (?:{word} ){0,4}(इनाम|पुरस्कार|गिफ्ट कार्ड|आईफोन|लॉटरी) (जीता|जीती|जीते)'],
  ['spam', 0.4, '(इनाम|पुरस्कार|रिवॉर्ड|गिफ्ट कार्ड) (?:{word} ){0,2}(क्लेम|प्राप्त|हासिल) (करें|कीजिए|करो)'],
  ['spam', 0.4, '(लॉटरी|इनाम|पुरस्कार|kbc|केबीसी) (?:{word} ){0,4}(जीते|जीता|जीती)'],
  // Card details or a one-time code asked for.
  ['spam', 0.4, '(खाता नंबर|अकाउंट नंबर|कार्ड नंबर|ओटीपी|otp|पिन|सीवीवी|cvv) (?:{word} ){0,2}(भेजें|भेजो|भेजिए|बताएं|बताओ|बताइए|शेयर करें|दें|दीजिए)'],
  // Easy money.
  ['spam', 0.4, `(रोज़|रोज|रोजाना|हर दिन|हर महीने|महीने के|प्रतिदिन) (?:{word} ){0,4}${HI_EARN}`],
  ['spam', 0.3, `(घर बैठे|बिना निवेश|बिना पैसे) (?:{word} ){0,6}${HI_EARN}`],
  // Crypto doubling.
  ['spam', 0.7, '(बिटकॉइन|बिटकोइन|क्रिप्टो|btc|usdt|eth) (?:{word} ){0,6}(भेजें|भेजो|भेजिए|जमा करें) (?:{word} ){0,8}(दोगुना|दुगना|डबल)'],
  // Investment bait: money put in, doubled, a profit without risk.
  ['spam', 0.3, '(पैसा|पैसे|रुपये) (लगाएं|लगाओ|लगाइए|निवेश करें)'],
  ['spam', 0.4, '(डबल|दोगुना|दुगना) (पाएं|पाओ|पाइए|मिलेगा|होगा|हो जाएगा)'],
  ['spam', 0.3, '(गारंटीड|गारंटी|पक्का) (मुनाफा|रिटर्न|कमाई|लाभ)'],
  // Loans nobody checks.
  ['spam', 0.45, 'बिना (सिबिल|गारंटी|कागज|दस्तावेज|cibil) (?:{word} ){0,4}(लोन|ऋण|कर्ज)'],
  ['spam', 0.25, '(तुरंत|इंस्टेंट|instant) (लोन|ऋण)'],
  // A following for sale.
  ['spam', 0.45, '(फॉलोअर्स|फॉलोअर|लाइक्स|व्यूज|सब्सक्राइबर्स) (?:{word} ){0,3}(खरीदें|खरीदो|ख़रीदें|ख़रीदो)'],
  // Account verification bait.
  ['spam', 0.45, '(खाता|अकाउंट|कार्ड|सिम) (?:{word} ){0,3}(बंद|निलंबित|ब्लॉक|फ्रीज़|फ्रीज) (हो जाएगा|हो जायेगा|कर दिया|कर दी|किया|हो गया)'],
  ['spam', 0.35, '(kyc|केवाईसी|पासवर्ड|विवरण|जानकारी|पहचान) (?:{word} ){0,3}(अपडेट|सत्यापित|वेरिफाई|पुष्टि) (करें|कीजिए|करो)'],
  // Money mules: a bank account rented out.
  ['spam', 0.55, '(बैंक खाता|बैंक अकाउंट|खाता|अकाउंट|एटीएम कार्ड) (?:{word} ){0,2}किराए पर'],
  // Task scams: paid to like videos, after a registration fee.
  ['spam', 0.4, `(वीडियो|पोस्ट) (?:{word} ){0,2}लाइक (?:{word} ){0,10}${HI_EARN}`],
  ['spam', 0.3, '(रजिस्ट्रेशन|पंजीकरण) (फीस|शुल्क)'],
  // Trading signals sold: a hit rate, profit every day.
  ['spam', 0.3, '(फॉरेक्स|क्रिप्टो|ट्रेडिंग|forex) (सिग्नल|टिप्स|कॉल)'],
  ['spam', 0.3, '[0-9]+ (सही कॉल|एक्यूरेसी|accuracy)'],
  ['spam', 0.3, '(रोज़|रोज|रोजाना|हर दिन|प्रतिदिन) (मुनाफा|मुनाफ़ा|प्रॉफिट|लाभ)'],
  // A visa guaranteed, without an interview.
  ['spam', 0.35, '(वीज़ा|वीजा|visa) (?:{word} ){0,4}(पक्का|गारंटी|गारंटीड)'],
  ['spam', 0.3, 'बिना (इंटरव्यू|साक्षात्कार)'],
  // Romance scams: money asked for customs or a ticket, paid back on arrival.
  ['spam', 0.3, '(पैसे|पैसा|रुपये) भेज[\\p{L}\\p{M}]*'],
  ['spam', 0.25, '(कस्टम|कस्टम्स|हवाई टिकट|फ्लाइट टिकट)'],
  ['spam', 0.3, 'वापस (कर दूंगा|कर दूँगा|कर दूंगी|लौटा दूंगा|दे दूंगा)'],
  // Tickets resold for a payment before sending.
  ['spam', 0.45, 'टिकट (?:{word} ){0,8}पहले (?:{word} ){0,2}(upi|यूपीआई|पेमेंट|भुगतान|पैसे)'],
  ['spam', 0.2, '(dm|डीएम) (करो|करें|कीजिए)'],
  // Hackers who win coins back, coins lost.
  ['spam', 0.45, 'हैकर (?:{word} ){0,6}वापस'],
  ['spam', 0.2, '(क्रिप्टो|बिटकॉइन|पैसे) खो (दिया|दी|दिए) (?:{word} ){0,6}हैकर'],
  // The guaranteed return as a rate; risk promised away.
  ['spam', 0.55, '(हर हफ्ते|हर महीने|हर दिन|रोज़|रोज|प्रतिदिन) [0-9]+ (गारंटीड|गारंटी|पक्का) (मुनाफा|मुनाफ़ा|रिटर्न|लाभ)'],
  ['spam', 0.2, '(कोई जोखिम नहीं|बिना जोखिम|जोखिम मुक्त)'],
];

const CHINESE_JAPANESE: readonly ScriptRow[] = [
  // Pharmacy spam.
  ['spam', 0.55, '(伟哥|威而钢|希爱力|犀利士|曲马多|バイアグラ|シアリス|レビトラ|トラマドール){near}(无需处方|免处方|不用处方|低价|出售|代购|包邮|処方箋なし|処方箋不要|通販|格安|激安)'],
  // Casino or betting bonus.
  ['spam', 0.45, '(赌场|娱乐城|博彩|百家乐|老虎机|真人视讯|カジノ|スロット|ブックメーカー|オンカジ){near}(彩金|返水|红利|优惠|ボーナス|フリースピン|入金不要)'],
  ['spam', 0.4, '(首存|首充|注册)送'],
  ['spam', 0.55, '入金不要ボーナス'],
  // Prize or gift-card bait.
  ['spam', 0.4, '恭喜(您|你)?{near}(中奖|获奖)|(当選|当たり){near}おめでとう|おめでとう{near}(当選|当たりました)'],
  ['spam', 0.4, '(领取|兑换){near}(奖品|奖金|礼品卡|购物卡|红包|iphone)'],
  ['spam', 0.4, '(ギフト券|ギフトカード|商品券|アマギフ|iphone){near}(受け取|プレゼント|もらえ|差し上げ)'],
  ['spam', 0.45, '免费(领|送)?(礼品卡|购物卡|iphone)'],
  // Crypto doubling.
  ['spam', 0.7, '(转账|转|发送|充值|打款)[^。！？!?\\n]{0,8}(比特币|以太坊|btc|usdt|eth|币){near}(返还|返|回报|得到|获得|收到)[^。！？!?\\n]{0,12}(翻倍|双倍|两倍|2倍|x2)'],
  ['spam', 0.7, '(ビットコイン|仮想通貨|暗号資産|イーサリアム|btc|usdt|eth){near}(送って|送金|振り込)[^。！？!?\\n]{0,16}(2倍|二倍|倍)[^。！？!?\\n]{0,6}(返|戻)'],
  // Card details or a one-time code asked for.
  ['spam', 0.4, '(カード番号|口座番号|暗証番号|セキュリティコード|银行卡号|卡号|密码|验证码|支付密码){near}(入力|送信|教え|提供|发给|发送|告诉|输入)'],
  // Easy money: so much a day or a month, with no outlay, then a private chat.
  ['spam', 0.4, '(日赚|月赚|周赚|日入|月入|日收入|月收入|日进)|(月|日|週)[^。！？!?\\n]{0,8}(稼げ|稼ぐ|稼いで)'],
  ['spam', 0.3, '(低投入高回报|零投入|零成本|无需经验|在家(就能|即可|轻松)?(赚|兼职)|简单(赚|兼职))|(簡単に|誰でも|在宅で|スマホだけで|初期費用なし|ノーリスク)[^。！？!?\\n]{0,8}稼'],
  ['spam', 0.2, '(私聊|加微信|加我微信|微信联系|加v|加vx|加qq|联系我)|(line|ライン)[^。！？!?\\n]{0,3}(追加|登録|で連絡|で相談)|dm(ください|して)'],
  // Investment bait: money doubled, profit without risk.
  ['spam', 0.45, '(投资|理财|比特币|usdt|虚拟币|币圈|ビットコイン|仮想通貨|暗号資産|資産|投資){near}(翻倍|翻番|2倍|二倍|倍増)'],
  // Doubled within so many hours or days (a bounded count: these patterns are tried at every character).
  ['spam', 0.55, '[0-9一二两三四五六七八九十]{1,4}个?(小时|天|日|周|个月)内?(就|即可|可以|能)?(翻倍|翻番)|[0-9一二三四五六七八九十]{1,4}(時間|日|週間|ヶ月)で(資産が|お金が)?(2倍|二倍|倍増|倍に)'],
  ['spam', 0.3, '稳赚|包赚|保本保息|零风险|保证收益|高回报|元本保証|確実に儲か|絶対に儲か|必ず儲か|利回り保証'],
  ['spam', 0.3, '(每月|每天|每日|每周)(收益|回报|分红|利息)|(毎月|毎日|毎週|月利|日利)[^。！？!?\\n]{0,6}(配当|利回り|リターン)'],
  // Recovery scams.
  ['spam', 0.45, '(追回|挽回|找回)[^。！？!?\\n]{0,8}(虚拟币|比特币|加密货币|资金|被骗)|(仮想通貨|暗号資産|ビットコイン|資金){near}(取り戻|取戻|回収)'],
  // Loans nobody checks, money the same day.
  ['spam', 0.45, '(无抵押|免抵押|不看征信|无视征信|不查征信|黑户){near}(贷款|借款|放款|下款)|(審査なし|審査不要|無審査|ブラックok|ブラックでも){near}(融資|借り|貸|ローン|キャッシング)'],
  ['spam', 0.25, '(当天|秒|极速)(放款|下款|到账)|即日(融資|振込|入金)|ブラックok|黑户可'],
  // A following for sale.
  ['spam', 0.45, '涨粉|刷粉|买粉|刷赞|真人粉|僵尸粉|フォロワー{near}(販売|購入|買え)'],
  // Adult-dating bait.
  ['spam', 0.4, '(同城|附近)(美女|少妇|妹子|约会|约炮)|寂寞(少妇|美女)|(近所|近く|地元)の?(人妻|女性|美女|女の子){near}(出会|会え)|(人妻|セフレ)と出会'],
  // Casino's first-deposit bonus; a prize "won" in Japanese without "congratulations" beside it.
  ['spam', 0.45, '初回入金{near}ボーナス'],
  ['spam', 0.4, '(iphone|ギフト券|ギフトカード|商品券|賞金|現金){near}当選'],
  // Account verification bait.
  ['spam', 0.45, '(账户|账号|帐户|帐号|银行卡){near}(将被|已被|被)(冻结|封禁|停用|注销|锁定)|アカウント{near}(停止|凍結|削除|ロック)(され|します)'],
  ['spam', 0.35, '(验证|核实|更新)(您的|你的)?(身份|账户|账号|银行卡|密码)|(本人確認|カード情報|パスワード){near}(確認|更新|入力)(して|を)'],
  // Money mules: a bank card or account rented out or sold.
  ['spam', 0.55, '出租(银行卡|银行账户|银行帐户|对公账户)|(银行卡|银行账户|对公账户)(出租|出售|收购)|收购银行卡|口座を?(貸す|貸して|貸し出|売って|売る|売買|買取|買い取)'],
  // Task scams: order brushing, paid likes, a fee to start.
  ['spam', 0.45, '刷单|点赞[^。！？!?\\n]{0,4}(佣金|赚|返|元)|いいね(する|を押す|押す)だけで'],
  ['spam', 0.3, '(先交|缴纳|先付)(会费|入会费|押金|保证金|培训费)|(登録料|入会金|保証金){near}(払|支払|振込)'],
  // Trading signals sold: calling orders, a hit rate, profit every day.
  ['spam', 0.45, '喊单|带单'],
  ['spam', 0.3, '(外汇|黄金|币圈|期货|fx|仮想通貨|バイナリー){near}(信号|サイン|シグナル)'],
  ['spam', 0.25, '(胜率|勝率)[0-9]'],
  ['spam', 0.3, '(每天|每日)(稳定)?(盈利|赚钱)|毎日の?(利益|収益|儲け)'],
  // Romance scams: money asked for customs or a ticket, paid back on arrival.
  ['spam', 0.3, '帮我(转账|汇款|付)|(给我|帮我)(转|汇)钱|お金を?(送って|振り込んで|貸して)'],
  ['spam', 0.25, '海关|关税|机票|関税|航空券'],
  ['spam', 0.3, '(回国|回来|见面)后?[^。！？!?\\n]{0,4}(还你|还给你)|(帰国|会え)[^。！？!?\\n]{0,6}(返します|返す)'],
  // Tickets resold for a payment before sending (a box office takes cards at its window).
  ['spam', 0.45, '(门票|球票|演唱会票|チケット){near}(先付款|先付|先转账|先打款|付款后发|先払い|前払い|先に振込|先に支払)'],
  // Hackers who win coins back, coins lost.
  ['spam', 0.45, '(黑客|ハッカー){near}(追回|找回|挽回|取り戻|取戻|回収)'],
  ['spam', 0.2, '(被骗的?(比特币|虚拟币|加密货币|usdt|币)|(失った|奪われた|騙し取られた)(仮想通貨|ビットコイン|暗号資産))[^。\\n]{0,20}(黑客|ハッカー)'],
  // Giveaways to the first so many; a rate of return a week or month; risk promised away.
  ['spam', 0.3, '前[0-9]+名{near}(送|赢|抽|获得)'],
  ['spam', 0.3, '(毎週|毎月|毎日)[0-9]+%の?(利益|リターン|配当|利回り)'],
  ['spam', 0.2, 'リスクなし|リスクゼロ|ノーリスク'],
];

const inOtherScripts = scriptPatterns([
  { script: /[\u0400-\u04ff]/, rows: RUSSIAN, innocentAt: (text, from) => NEVER_ASKED_RU.test(sentenceBefore(text, from, WARNING_REACH)) },
  { script: /[\u0600-\u06ff]/, rows: ARABIC },
  { script: /[\u0900-\u097f]/, rows: HINDI },
  { script: /[\u3040-\u30ff\u4e00-\u9fff]/, unspaced: true, rows: CHINESE_JAPANESE },
]);

/**
 * The most suspect link of the document by detect-links.ts's signs: link segments, the URL a redirect
 * carries in its query ("google.com/url?q=..."), domains typed as bare text ("lucky-spin.xyz"), which
 * link detection does not see when the top-level domain is not a common one, and links written apart
 * ("ganafacil punto com", "w w w . site . xyz").
 */
function suspectLink(segments: readonly PreparedSegment[]): { suspicion: number; evidence: Evidence; why: string } | undefined {
  let best: { suspicion: number; evidence: Evidence; why: string } | undefined;
  const judge = (url: string, segment: PreparedSegment, shown: string, signs = maliciousSigns(url)) => {
    const { weight: suspicion, why } = weighSigns(signs);
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
      for (const { url, from, to } of linksWrittenApart(segment.folded.text)) {
        judge(url, segment, segment.folded.text.slice(from, to), writtenApartSigns(url));
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
