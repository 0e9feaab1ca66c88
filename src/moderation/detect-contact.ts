import { findNumbers, getCountries, getCountryCallingCode, Metadata, PhoneNumberMatcher, type CountryCode } from 'libphonenumber-js/max';
import { parse as parseDomain } from 'tldts';
import { evidenceAt, evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';
import { documentLanguages, readsRomanisedHindi } from './detect-lexicon.js';
import type { Language } from './lexicons/index.js';
import { findMessengerHandles } from './messenger-handles.js';
import { END, ID, MemoByWordId, START, STRIDE, type WordReading } from './segment-words.js';
import type { PreparedSegment } from './prepare-segments.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * Contact details a member publishes: e-mail addresses (also written out as "ann at gmail dot com", or with
 * the language's words: "ana arroba gmail punto com"), numbers with their digits named ("six one two..."),
 * phone numbers (libphonenumber: international ones anywhere, national ones for policy.phoneRegions and
 * for the countries of the document's language), messenger IDs ("LINE ID: yuki_88", "加我微信 sam88")
 * and mailto:/tel:/messenger links. Reported only when policy.flagContactInfo is on.
 */
export const detectContact: Detector = (segments, policy) => {
  if (!policy.flagContactInfo) return [];
  const hits: Hit[] = [];
  let regions: CountryCode[] | undefined;
  const phoneRegions = () => (regions ??= languageRegions(segments));
  for (const segment of segments) {
    if (segment.kind === 'link') {
      if (CONTACT_LINK.test(segment.value)) hits.push({ category: 'contact-info', weight: 0.9, evidence: evidenceOf(segment, segment.value) });
      continue;
    }
    const folded = segment.folded;
    for (const { from, to } of findEmails(folded.text)) {
      hits.push({ category: 'contact-info', weight: 0.9, evidence: evidenceAt(segment, from, to, folded) });
    }
    for (const { from, to } of findPhones(folded.text, policy.phoneRegions as CountryCode[], phoneRegions)) {
      hits.push({ category: 'contact-info', weight: 0.8, evidence: evidenceAt(segment, from, to, folded) });
    }
    for (const { from, to } of namesThreeDigits(segment.words) ? findSpelledNumbers(folded.text) : []) {
      hits.push({ category: 'contact-info', weight: 0.8, evidence: evidenceAt(segment, from, to, folded) });
    }
    for (const { from, to } of findMessengerHandles(folded.text)) {
      hits.push({ category: 'contact-info', weight: 0.8, evidence: evidenceAt(segment, from, to, folded) });
    }
  }
  return hitsToReasons(hits, 'local:contact');
};

/**
 * Where a member who writes in a language most likely lives: a French "06 12 34 56 78" or a Brazilian
 * "(11) 98765-4321" is a phone number only read as one of those countries' national numbers.
 */
const LANGUAGE_REGIONS: Record<Language, readonly CountryCode[]> = {
  en: [], es: ['ES', 'MX'], pt: ['BR', 'PT'], fr: ['FR', 'BE'], de: ['DE', 'AT', 'CH'], it: ['IT'], nl: ['NL', 'BE'], pl: ['PL'],
  ru: ['RU'], ar: ['SA', 'AE', 'EG'], zh: ['CN', 'TW'], ja: ['JP'], hi: ['IN'], tr: ['TR'],
};

/** The fewest digits of a mobile number in those countries (Portugal, Spain, Poland: 9); shorter runs are not looked up there. */
const MOBILE_DIGITS = 9;


function languageRegions(segments: readonly PreparedSegment[]): CountryCode[] {
  // The likeliest language only: a short line reads as several, and each adds numbers to look up.
  const languages: Language[] = documentLanguages(segments).slice(0, 1);
  if (readsRomanisedHindi(segments)) languages.push('hi');
  for (const [lang, words] of PHONE_WORDS_OF) {
    if (!languages.includes(lang) && segments.some((s) => s.kind !== 'link' && words.test(s.folded.text))) languages.push(lang);
  }
  return languages.flatMap((lang) => LANGUAGE_REGIONS[lang]);
}

const CONTACT_LINK = /^(?:mailto:|tel:|sms:|callto:|whatsapp:|viber:|skype:|https?:\/\/(?:www\.)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me|signal\.me|m\.me)(?:[/?#]|$))/i;

/**
 * Caps that keep a huge or hostile segment linear: the spelled-out parts of an address are bounded
 * (64 characters for a name or a label, as RFC 5321 bounds a local part, three spaces around a bracket,
 * eight spelled "dot"s), and past this many addresses or numbers in one segment the score is 1 anyway,
 * so the rest are not looked for.
 */
const MAX_FOUND = 50;
const OPEN = String.raw`\s{0,3}[([{<]?\s{0,3}`;
const CLOSE = String.raw`\s{0,3}[)\]}>]?\s{0,3}`;
const NAME = '[a-z0-9][a-z0-9._%+-]{0,63}';
const LABEL = '[a-z0-9-]{1,64}';
/** "dot" and "at" as members spell them in their languages (session 20): "ana arroba gmail punto com", "anna punkt müller at gmx punkt de". */
const OTHER_DOTS = 'punkt|punto|ponto|point|punt|kropka|nokta';
const DOT = `(?:dot|${OTHER_DOTS})`;
const AT = '(?:at|arroba|arobase|chiocciola|malpa|klammeraffe|apenstaartje)';
const EMAIL_DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/y;
// "ann at gmail dot com", "ann dot lee [at] gmail [dot] com", "ann(at)gmail.com": the words stand for @ and .
// A "dot" glued inside the name ("anndotlee") is read as part of the name, which spans the same text,
// so the name has one reading only and a failed match backtracks a bounded number of steps.
const SPELLED_EMAIL = compiledNow(new RegExp(
  String.raw`(?<![a-z0-9._%+-])${NAME}(?:(?=[\s([{<])${OPEN}${DOT}${CLOSE}${NAME}){0,8}(?:${OPEN}(?:${AT}|@)${CLOSE}|\s{1,3}${AT}\s{1,3})${LABEL}(?:(?:${OPEN}${DOT}${CLOSE}|\.)${LABEL}){1,8}`,
  'g',
));
/**
 * What every spelled-out address holds: "@" or "at", a label, then "dot" or "." and a letter or digit.
 * A cheap test first; most texts say "at" but never follow it with a domain.
 */
const AT_A_DOMAIN = compiledNow(new RegExp(String.raw`(?:@|${AT})[\s)\]}>]{0,7}[a-z0-9-]{1,64}(?:[\s([{<]{0,7}${DOT}[\s)\]}>]{0,7}|\.)[a-z0-9-]`));
const SPELLED_AT = new RegExp(String.raw`\s*[([{<]?\s*(?:\b${AT}\b|@)\s*[)\]}>]?\s*`);
const SPELLED_DOT = new RegExp(DOT);
const OTHER_DOT = new RegExp(String.raw`\b(?:${OTHER_DOTS})\b`);
const COMMON_TLDS = new Set(['com', 'net', 'org', 'de', 'fr', 'es', 'it', 'pt', 'br', 'nl', 'pl', 'be', 'ch', 'at', 'eu', 'mx', 'ar', 'tr', 'ru']);
const SPELLED_DOTS = new RegExp(String.raw`\s*[([{<]?\s*${DOT}\s*[)\]}>]?\s*`, 'g');
const BRACKETED_AT = new RegExp(String.raw`[([{<]\s*${AT}\s*[)\]}>]|@`);
/**
 * Digits written as words, to slip a number past a filter ("six one two, three four five, six seven eight nine",
 * "tre tre otto, uno due tre..."), in the Latin-script languages (folded text), session 20, and Arabic, session 27. A run of seven or more
 * digits, at least three of them words (plain digits are libphonenumber's), that does not count up or down
 * ("one, two, three, four, five, six, seven" is a song).
 */
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  'zero oh one two three four five six seven eight nine',
  'cero uno dos tres cuatro cinco seis siete ocho nueve',
  'zero um dois tres quatro cinco seis sete oito nove',
  'zero un deux trois quatre cinq six sept huit neuf',
  'null eins zwei drei vier funf sechs sieben acht neun',
  'zero uno due tre quattro cinque sei sette otto nove',
  'nul een twee drie vier vijf zes zeven acht negen',
  'zero jeden dwa trzy cztery piec szesc siedem osiem dziewiec',
  // Arabic, the closing teh marbuta also typed as heh (session 27).
  'صفر واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة',
  'صفر واحد اثنين ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه',
].flatMap((words) => {
  const list = words.split(' ');
  // English "oh" is a second zero.
  return list.map((w, i) => [w, list.length === 11 ? Math.max(0, i - 1) : i] as const);
}));
const DIGIT_TOKEN = `(?:${[...DIGIT_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')}|\\d)`;
const SPELLED_NUMBER = compiledNow(new RegExp(`(?<![\\p{L}\\d])${DIGIT_TOKEN}(?:[\\s,.\\-/]{0,3}${DIGIT_TOKEN}){6,14}(?![\\p{L}\\d])`, 'gu'));
const DIGIT_TOKENS = new RegExp(DIGIT_TOKEN, 'gu');
/** Whether a word is a digit's name (1) or not (2), worked out once per word. */
const DIGIT_WORD = new MemoByWordId((text, from, to) => (DIGIT_WORDS.has(text.slice(from, to)) ? 1 : 2));
/** Most texts name fewer than three digits: the run's regex, costly on every position, is not tried on them. */
function namesThreeDigits({ text, count, words }: WordReading): boolean {
  let named = 0;
  for (let i = 0; i < count && named < 3; i++) {
    const at = i * STRIDE;
    if (DIGIT_WORD.of(words[at + ID]!, text, words[at + START]!, words[at + END]!) === 1) named++;
  }
  return named >= 3;
}

function findSpelledNumbers(text: string): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  for (const m of text.matchAll(SPELLED_NUMBER)) {
    const tokens = m[0].match(DIGIT_TOKENS)!;
    const digits = tokens.map((t) => DIGIT_WORDS.get(t) ?? Number(t));
    if (tokens.filter((t) => DIGIT_WORDS.has(t)).length < 3) continue;
    const step = digits[1]! - digits[0]!;
    if (Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - digits[i - 1]! === step)) continue;
    found.push({ from: m.index, to: m.index + m[0].length });
    if (found.length >= MAX_FOUND) break;
  }
  return found;
}

/** Webmail providers: "ann at gmail.com" counts even without a spelled-out "dot". */
const WEBMAIL = new Set(['gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'aol', 'proton', 'protonmail', 'gmx', 'yandex', 'zoho', 'mail', 'web', 'orange', 'comcast', 'qq', '163']);

function findEmails(text: string): { from: number; to: number }[] {
  const found = plainEmails(text);
  let plain = 0;
  if (!AT_A_DOMAIN.test(text)) return found;
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    if (found.length >= MAX_FOUND) break;
    // Plain addresses are in text order: skip the ones that end before this match.
    while (plain < found.length && found[plain]!.to <= m.index) plain++;
    if (plain < found.length && found[plain]!.from <= m.index) continue;
    const parts = m[0].split(SPELLED_AT);
    const domainPart = parts[parts.length - 1] ?? '';
    const spelledDot = SPELLED_DOT.test(domainPart.replace(/^[a-z0-9-]+/, ''));
    const domain = domainPart.replace(SPELLED_DOTS, '.');
    if (!validDomain(domain)) continue;
    // Those words are also prose ("so at this point in my life"): spelled with them, the domain must be a webmail's
    // or end as addresses commonly do.
    if (OTHER_DOT.test(domainPart) && !WEBMAIL.has(domain.split('.')[0]!) && !COMMON_TLDS.has(domain.split('.').at(-1)!)) continue;
    // Plain "at" with a real dot reads as prose ("we met at example.com") unless it is a webmail domain.
    const bracketed = BRACKETED_AT.test(m[0]);
    if (!bracketed && !spelledDot && !WEBMAIL.has(domain.split('.')[0]!)) continue;
    found.push({ from: m.index, to: m.index + m[0].length });
  }
  return found;
}

const isLocalChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * name@domain.tld, found from each "@" outwards instead of by a pattern tried at every position (which
 * took quadratic time on long runs of name characters): the name is the run of name characters before
 * the "@" from its first letter or digit, the domain dotted labels after it. Each character is read at
 * most twice, since names and domains between two "@" do not overlap.
 */
function plainEmails(text: string): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  let resume = 0;
  for (let at = text.indexOf('@'); at >= 0 && found.length < MAX_FOUND; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > resume && isLocalChar(text.charCodeAt(from - 1))) from--;
    while (from < at && !isAlnum(text.charCodeAt(from))) from++;
    if (from === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    resume = at + 1 + domain[0].length;
    if (validDomain(domain[0])) found.push({ from, to: resume });
  }
  return found;
}

function validDomain(domain: string): boolean {
  // A host name has at most 253 characters (RFC 1035); a longer run is not one, and not parsed.
  if (domain.length > 253) return false;
  const parsed = parseDomain(domain);
  return Boolean(parsed.isIcann && parsed.domain && parsed.domainWithoutSuffix);
}

/**
 * Words beside a phone number, by language (on folded text: lower case, no accents); `any` are every language's.
 * A word of one language also says where the number is from (languageRegions).
 */
const PHONE_WORDS: Readonly<Record<Language | 'any', readonly string[]>> = {
  any: ['tel', 'sms', 'whatsapp', 'viber', 'signal', 'telegram', 'telefon', 'fax'],
  en: ['call', 'phone', 'telephone', 'mobile', 'cell', 'text', 'contact', 'ring', 'dial', 'mob'],
  es: ['llama', 'llamame', 'llamanos', 'telefono', 'movil', 'celular'],
  pt: ['liga', 'ligue', 'zap', 'zapzap', 'celular', 'telemovel'],
  fr: ['appelle', 'appelez', 'portable'],
  de: ['ruf', 'anrufen', 'handy'],
  it: ['chiama', 'chiamami', 'chiamatemi', 'cellulare'],
  nl: ['bel', 'app me', 'telefoon', 'mobiel'],
  pl: ['zadzwon', 'komorka'],
  ru: ['звони', 'позвони', 'позвоните', 'телефон'],
  tr: ['ara', 'arayin', 'arayın'],
  ar: ['اتصل', 'اتصلي', 'كلمني', 'كلميني', 'هاتف', 'جوال', 'واتساب'],
  zh: ['电话', '手机', '打给我'],
  ja: ['電話', '携帯', 'ケータイ'],
  hi: ['फ़ोन', 'फोन', 'कॉल'],
};
const wordsOf = (words: readonly string[]) => `(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`;
const PHONE_CUE = new RegExp(`${wordsOf(Object.values(PHONE_WORDS).flat())}|\u260e|\u{1f4de}|\u{1f4f1}`, 'iu');
/**
 * A language's own phone words: a short line ("Chama no zap: (11) 98765-4321", "Llámame: 612 34 56 78") is too short
 * for its language to be told, but its words say where the number is from (session 20).
 */
const PHONE_WORDS_OF = Object.entries(PHONE_WORDS).filter(([lang]) => lang !== 'any').map(([lang, words]) => [lang as Language, new RegExp(wordsOf(words), 'u')] as const);

function balanced(text: string): boolean {
  return (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
}

/**
 * The fewest digits a valid number can have: any country's in international form (calling code and
 * national number), or a region's own national number. libphonenumber's search is costly (it throws
 * and catches for every candidate), and most texts hold no run of that many digits at all.
 */
const metadata = new Metadata();
const shortest = new Map<string, number>();
function shortestNational(region: CountryCode): number {
  let n = shortest.get(region);
  if (n === undefined) {
    try {
      metadata.selectNumberingPlan(region);
      n = Math.min(...(metadata.numberingPlan?.possibleLengths() ?? [1]));
    } catch {
      n = 1; // a region libphonenumber does not know: no shortcut, it decides
    }
    shortest.set(region, n);
  }
  return n;
}
const SHORTEST_INTERNATIONAL = Math.min(...getCountries().map((c) => getCountryCallingCode(c).length + shortestNational(c)));
/**
 * The fewest digits a number found with this default region and no "+" can have: a national number of
 * a country sharing its calling code (with "US", Canada's seven-digit numbers), or its IDD prefix
 * ("011", "00") then a calling code and a national number. US and GB: 7 (6 with a "+").
 */
const shortestRegional = new Map<string, number>();
function shortestWithRegion(region: CountryCode): number {
  let n = shortestRegional.get(region);
  if (n === undefined) {
    try {
      const code = getCountryCallingCode(region);
      const national = Math.min(...getCountries().filter((c) => getCountryCallingCode(c) === code).map(shortestNational));
      metadata.selectNumberingPlan(region);
      n = Math.min(national, shortestIdd(metadata.numberingPlan?.IDDPrefix()) + SHORTEST_INTERNATIONAL);
    } catch {
      n = 1; // a region libphonenumber does not know: no shortcut, it decides
    }
    shortestRegional.set(region, n);
  }
  return n;
}
/** The shortest digit string the region's IDD prefix pattern matches whole (tried up to three digits; else at least four). */
function shortestIdd(pattern: string | undefined): number {
  if (!pattern) return 0;
  const idd = new RegExp(`^(?:${pattern})$`);
  for (let length = 1; length <= 3; length++) {
    for (let i = 0; i < 10 ** length; i++) if (idd.test(String(i).padStart(length, '0'))) return length;
  }
  return 4;
}
/**
 * Where libphonenumber may look: its candidates are digit groups apart by at most four punctuation or
 * space characters, so it runs only on windows around such stretches, with the ten characters before
 * (its leading "+" or brackets) and 32 after (an extension) that it reads, never on the whole text.
 * Digits of HTML entities (`&#128514;`) count as letters, and digit runs longer than any number are
 * walls. A stretch is cut after MAX_STRETCH characters (a written number takes under 40), and at most
 * MAX_PHONE_CHARS characters of windows are searched per segment: past that, a text is a table of
 * figures, not a member's contact line.
 */
const MAX_STRETCH = 200;
const MAX_PHONE_CHARS = 4_000;
const LEAD = 10;
const TAIL = 32;
/** Twenty digits in a row (libphonenumber's longest digit block): longer runs are IDs, not numbers. */
const LONGEST_BLOCK = 20;
const ENTITY = /&#(?:x[0-9a-f]{1,6}|[0-9]{1,7});/gi;

interface Window {
  from: number;
  to: number;
}

function phoneWindows(text: string): (Window & PhoneWindow & { digits: number })[] {
  const masked = text.includes('&#') ? text.replace(ENTITY, (e) => 'x'.repeat(e.length)) : text;
  const windows: Window[] = [];
  let searched = 0;
  for (let i = 0; i < masked.length && searched < MAX_PHONE_CHARS;) {
    if (!isDigit(masked, i)) {
      i++;
      continue;
    }
    // One stretch: digit blocks joined by at most four characters that are neither letters nor digits.
    const from = i;
    let end = i;
    let block = 0;
    while (i < masked.length && i - from < MAX_STRETCH) {
      if (isDigit(masked, i)) {
        if (++block > LONGEST_BLOCK) break;
        end = ++i;
        continue;
      }
      block = 0;
      let gap = i;
      while (gap < masked.length && gap - i < 5 && !isDigit(masked, gap) && !isLetterOrNumber(masked, gap)) gap++;
      if (gap - i > 4 || !isDigit(masked, gap)) break;
      i = gap;
    }
    if (block > LONGEST_BLOCK) {
      while (i < masked.length && isDigit(masked, i)) i++;
      continue;
    }
    const window = { from: Math.max(0, from - LEAD), to: Math.min(masked.length, end + TAIL) };
    const last = windows[windows.length - 1];
    if (last && last.to >= window.from) {
      searched += window.to - last.to;
      last.to = window.to;
    } else {
      searched += window.to - window.from;
      windows.push(window);
    }
    i = Math.max(i, end);
  }
  return windows.map((w) => {
    const text = masked.slice(w.from, w.to);
    return { ...w, text, digits: candidateDigits(text) };
  });
}

/**
 * No number is written with more digits: an IDD prefix (up to 7 digits), a calling code (3), a national
 * prefix or carrier code, and a national number (17 at most, libphonenumber's MAX_LENGTH_FOR_NSN).
 * Longer strings are not listed, which keeps a long candidate's list short.
 */
const MOST_NUMBER_DIGITS = 64;

/**
 * libphonenumber's own candidate search (PhoneNumberMatcher: its PATTERN and INNER_MATCHES, read off an
 * instance since the module does not export them; its pre-candidate cut, SECOND_NUMBER_START_PATTERN).
 */
const PHONE_MATCHER = new PhoneNumberMatcher('', { v2: true }) as unknown as { PATTERN: RegExp; INNER_MATCHES: RegExp[] };
const CANDIDATE = compiledNow(new RegExp(PHONE_MATCHER.PATTERN.source, PHONE_MATCHER.PATTERN.flags));
const INNER_MATCHES = PHONE_MATCHER.INNER_MATCHES.map((r) => new RegExp(r.source, r.flags));
const SECOND_NUMBER_START = /[\\/] *x/;

/**
 * Every digit string a number libphonenumber finds in the text (with a default region, no "+") can be
 * written with, until it finds one: PhoneNumberMatcher.find parses each candidate (PATTERN's matches in
 * turn, each cut before a second number's start) whole, then, if that fails, the parts extractInnerMatch
 * cuts it into (per INNER_MATCHES pattern, what precedes its first match and each match's group), and
 * parse() reads all of a part's digits but an extension it strips from the end (whole digit blocks after
 * its mark), so a number is written with the digits of the part, or of its first blocks where it has
 * an extension's mark. Until a number is found
 * the candidates are exactly these; so when none of these strings is a valid number, it finds none.
 * A part whose first plus sign or digit is a plus is also listed apart (afterPlus): parse() reads its
 * digits as a calling code and a national number, whatever the default region (extractCountryCallingCode).
 * Undefined, and no shortcut, where digits other than ASCII ones occur (libphonenumber reads those too).
 */
function candidateDigitStrings(text: string): CandidateDigits | undefined {
  const strings: string[] = [];
  const afterPlus: string[] = [];
  const addPart = (part: string): boolean => {
    // Without an extension's mark the number is written with all the part's digits.
    const extension = EXTENSION_MARK.test(part);
    const plus = LEADING_PLUS.test(part);
    let digits = '';
    for (const block of part.matchAll(DIGIT_BLOCK)) {
      if (/[^0-9]/.test(block[0])) return false;
      if ((digits += block[0]).length > MOST_NUMBER_DIGITS) return true;
      if (extension) {
        strings.push(digits);
        if (plus) afterPlus.push(digits);
      }
    }
    if (!extension) {
      strings.push(digits);
      if (plus) afterPlus.push(digits);
    }
    return true;
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const cut = m[0].search(SECOND_NUMBER_START);
    const candidate = cut >= 0 ? m[0].slice(0, cut) : m[0];
    if (!addPart(candidate)) return undefined;
    for (const inner of INNER_MATCHES) {
      inner.lastIndex = 0;
      let first = true;
      for (let part = inner.exec(candidate); part; part = inner.exec(candidate)) {
        if (first && !addPart(candidate.slice(0, part.index))) return undefined;
        first = false;
        if (!addPart(part[1] ?? '')) return undefined;
        if (part[0].length === 0) inner.lastIndex++;
      }
    }
  }
  return { strings, afterPlus };
}
const DIGIT_BLOCK = /\p{Nd}+/gu;
/** A plus sign before any digit (either plus: a fullwidth one, which parse() then drops, is listed too). */
const LEADING_PLUS = /^[^0-9+\uff0b]*[+\uff0b]/;

/** The digit strings of a window's candidates (candidateDigitStrings), null where it gives none. */
interface CandidateDigits {
  strings: string[];
  afterPlus: string[];
}
interface PhoneWindow {
  text: string;
  candidates?: CandidateDigits | null;
}
function candidatesOf(window: PhoneWindow): CandidateDigits | null {
  if (window.candidates === undefined) window.candidates = candidateDigitStrings(window.text) ?? null;
  return window.candidates;
}
/**
 * What every extension libphonenumber strips starts with (its extension patterns: "ext", "x", "int",
 * "доб", "anexo", "#", "~", commas, ";"): none of it is a character its candidate pattern allows
 * between digit blocks, so a part without one is parsed with all its digits.
 */
const EXTENSION_MARK = /[\p{L}#＃~～,;]/u;

/**
 * What a valid number read with a default region can be written as, from libphonenumber's own
 * metadata: parse() reads a run of digits as the region's IDD prefix then an international number,
 * or as a national number of a country sharing the region's calling code, after that calling code
 * (an international number missing its "+") and a national prefix, each optional; the number is valid
 * only when that national number matches its country's national number pattern and one of its number
 * types, pattern and length (isValid, getNumberType). Undefined, and no shortcut, for a region whose
 * national prefix is a pattern with carrier codes or a rule that rewrites the number (Brazil, Japan),
 * or whose numbers are valid by pattern alone.
 */
interface RegionalNumbers {
  callingCode: string;
  idd: RegExp | undefined;
  prefixes: string[];
  /** Every length a number type of a country with this calling code allows: a quick first test. */
  lengths: Set<number>;
  countries: { pattern: RegExp; types: { pattern: RegExp; lengths: number[] }[] }[];
}
const regionalNumbers = new Map<string, RegionalNumbers | undefined>();
/** Methods of libphonenumber-js's NumberingPlan (metadata.js) that its type declarations leave out. */
interface PlanDetails {
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  hasTypes(): boolean;
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'] as const;
function numbersOf(region: CountryCode): RegionalNumbers | undefined {
  if (regionalNumbers.has(region)) return regionalNumbers.get(region);
  let numbers: RegionalNumbers | undefined;
  try {
    const callingCode = getCountryCallingCode(region);
    metadata.selectNumberingPlan(region);
    const idd = metadata.numberingPlan?.IDDPrefix();
    numbers = { callingCode, idd: idd ? new RegExp(`^(?:${idd})`) : undefined, prefixes: [], lengths: new Set(), countries: [] };
    // The national prefix is stripped by the rules of the region, or of the calling code's main
    // country once a calling code was read (parse.js); the number is then valid in any country of that code.
    for (const plan of [region, callingCode].map(planOf)) {
      const prefix = plan.nationalPrefixForParsing();
      if (plan.nationalPrefixTransformRule() || (prefix && !/^\d+(?:\|\d+)*$/.test(prefix))) throw new Error('a national prefix pattern');
      if (prefix) numbers.prefixes.push(...prefix.split('|'));
    }
    for (const plan of getCountries().filter((c) => getCountryCallingCode(c) === callingCode).map(planOf)) {
      if (!plan.hasTypes()) throw new Error('valid by pattern alone');
      const types: RegionalNumbers['countries'][number]['types'] = [];
      for (const name of NUMBER_TYPES) {
        const type = plan.type(name);
        if (!type?.pattern()) continue;
        const lengths = type.possibleLengths() ?? [];
        types.push({ pattern: new RegExp(`^(?:${type.pattern()})$`), lengths });
        for (const length of lengths) numbers.lengths.add(length);
      }
      numbers.countries.push({ pattern: new RegExp(`^(?:${plan.nationalNumberPattern()})$`), types });
    }
  } catch {
    numbers = undefined; // a region libphonenumber does not know, or whose numbers are read otherwise: no shortcut, it decides
  }
  regionalNumbers.set(region, numbers);
  return numbers;
}

function planOf(regionOrCallingCode: string): PlanDetails {
  metadata.selectNumberingPlan(regionOrCallingCode as CountryCode);
  return metadata.numberingPlan as unknown as PlanDetails;
}

/**
 * Whether libphonenumber, searching the window with this default region, could find a valid number:
 * some digit string of its candidates reads as one (see numbersOf), national or after the region's IDD
 * prefix, or, written after a plus, as an international number. Dates, times and page ranges,
 * most of the windows, read as none, and their search (hundreds of microseconds: it parses every part
 * of every candidate, throwing an error for each that fails) is skipped.
 */
export function mayHoldRegionalNumber(window: PhoneWindow, region: CountryCode): boolean {
  const numbers = numbersOf(region);
  if (!numbers) return true;
  const candidates = candidatesOf(window);
  if (candidates === null) return true;
  const { callingCode, idd } = numbers;
  const dialled = (digits: string) => {
    const prefix = idd?.exec(digits)?.[0].length;
    return prefix !== undefined && readsAsInternational(digits.slice(prefix));
  };
  return candidates.strings.some((digits) => dialled(digits) || readsAsNational(numbers, digits)
    || (digits.startsWith(callingCode) && readsAsNational(numbers, digits.slice(callingCode.length))))
    || candidates.afterPlus.some(readsAsInternational);
}

/**
 * Whether libphonenumber, searching the window without a default region, could find a valid number:
 * then only a part written after a plus parses, as an international number.
 */
export function mayHoldInternationalNumber(window: PhoneWindow): boolean {
  const candidates = candidatesOf(window);
  return candidates === null || candidates.afterPlus.some(readsAsInternational);
}

/** Whether the digits are a calling code and a valid national number of a country that has it. */
function readsAsInternational(digits: string): boolean {
  for (let n = 1; n <= 3 && n < digits.length; n++) {
    const code = digits.slice(0, n);
    if ((metadata as unknown as { isNonGeographicCallingCode(code: string): boolean }).isNonGeographicCallingCode(code)) return true;
    const region = regionOfCallingCode().get(code);
    if (region === undefined) continue;
    const theirs = numbersOf(region);
    if (!theirs || readsAsNational(theirs, digits.slice(n))) return true;
  }
  return false;
}

/** Whether the digits are a valid national number of a country with these numbers, perhaps after a national prefix. */
function readsAsNational({ prefixes, lengths, countries }: RegionalNumbers, digits: string): boolean {
  const valid = (national: string) => lengths.has(national.length)
    && countries.some((c) => c.pattern.test(national) && c.types.some((t) => t.lengths.includes(national.length) && t.pattern.test(national)));
  return valid(digits) || prefixes.some((p) => digits.startsWith(p) && valid(digits.slice(p.length)));
}

/**
 * The main country of each calling code (US for 1, not Antigua): after a calling code parse() strips a
 * national prefix by that country's rules (the numbering plan Metadata.selectNumberingPlan picks for a
 * calling code), not by those of another country sharing it; numbersOf reads every country sharing it.
 */
let regionsByCallingCode: Map<string, CountryCode> | undefined;
function regionOfCallingCode(): Map<string, CountryCode> {
  if (!regionsByCallingCode) {
    regionsByCallingCode = new Map();
    const main = metadata as unknown as { getCountryCodeForCallingCode(code: string): CountryCode };
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country);
      if (!regionsByCallingCode.has(code)) regionsByCallingCode.set(code, main.getCountryCodeForCallingCode(code));
    }
  }
  return regionsByCallingCode;
}

/**
 * libphonenumber's VALID_PUNCTUATION (dashes, slashes, dots, white space, brackets, tildes): the only
 * characters its candidate pattern (PhoneNumberMatcher's PATTERN) allows between digit blocks, at most
 * four in a row.
 */
const PHONE_PUNCTUATION_CHARS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\uff0f/\uff0e. \u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d[]~\u2053\u223c\uff5e';
const PHONE_PUNCTUATION = new Set(PHONE_PUNCTUATION_CHARS);
/** A run of candidateDigits' shape with at least this many digits, anywhere in a text (cached by count). */
const runPatterns = new Map<number, RegExp>();
function hasCandidateRun(text: string, digits: number): boolean {
  let pattern = runPatterns.get(digits);
  if (!pattern) {
    const punctuation = `[${PHONE_PUNCTUATION_CHARS.replace(/[\]\[\\-]/g, '\\$&')}]{0,4}`;
    pattern = new RegExp(String.raw`\p{Nd}(?:${punctuation}\p{Nd}){${digits - 1}}`, 'u');
    runPatterns.set(digits, pattern);
  }
  return pattern.test(text);
}

/**
 * The most digits any candidate libphonenumber can take from this text may hold: the digits of the
 * longest run of digit blocks joined by at most four of its punctuation characters. Its candidates are
 * such runs (a leading "+" or bracket adds no digit), or parts of them, plus an optional extension that
 * its parser strips again before it counts the number's digits (the same extension pattern, anchored at
 * the end), so no number it finds has more digits than this. A stretch of phoneWindows allows any
 * punctuation (commas, colons, bars) and so often counts more: "18, #2257", "1 | 2 | 3".
 */
function candidateDigits(text: string): number {
  let most = 0;
  let run = 0;
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    if (isDigit(text, i)) {
      if (gap > 4) run = 0;
      gap = 0;
      if (++run > most) most = run;
    } else if (run > 0 && PHONE_PUNCTUATION.has(text[i]!)) {
      gap++;
    } else {
      run = 0;
      gap = 0;
    }
  }
  return most;
}

const NON_ASCII_DIGIT = /\p{Nd}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c > 0x7f && NON_ASCII_DIGIT.test(text[i]!));
}
function isLetterOrNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0x7f && LETTER_OR_NUMBER.test(text[i]!));
}

/** A date written with digits ("2024-03-01", "05.06.2019"), which some countries' numbering plans also accept. */
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2}(?:\d{2})?)$/;

/**
 * libphonenumber's findNumbers with or without a default region. Its parser throws and catches a
 * ParseError for every part of a candidate that is not a number, and capturing each one's stack trace
 * was a fifth of this detector's time (8-10 µs an openai document): no stack is captured while it runs.
 * Those errors never leave it, so nothing reads their stacks.
 */
function numbersIn(text: string, region: CountryCode | undefined): ReturnType<typeof findNumbers> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return findNumbers(text, region ? { defaultCountry: region, v2: true } : { v2: true });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A number its callee pays for (0800, 8-800, 1-800) is a service's line, a helpline's or a firm's, which no member
 * owns: the suicide-prevention volunteer's "ruf an: 0800 1110111" publishes no one's contact (session 34's probe).
 */
const tollFree = (found: ReturnType<typeof findNumbers>[number]) => found.number.getType() === 'TOLL_FREE';

/**
 * Phone numbers: international ones, and national ones of the given regions and of the regions
 * `languageRegions` names, which is asked only once the text holds a run of digits as long as a
 * mobile number (it detects the language).
 */
function findPhones(text: string, given: readonly CountryCode[], languageRegions: () => readonly CountryCode[]): { from: number; to: number }[] {
  // Two digits with only spaces, brackets, dots or hyphens between them (the digits, once those are
  // removed, hold a pair): one linear search, no copy of the text.
  if (!/\d[\s().-]*\d/.test(text)) return [];
  // Every number found is in a window's candidate run of at least this many digits, and so is a run of
  // the whole text (masking entities only cuts runs): most texts with digits have none.
  const fewest = Math.min(SHORTEST_INTERNATIONAL, ...given.map(shortestWithRegion));
  if (!hasCandidateRun(text, Math.min(fewest, MOBILE_DIGITS))) return [];
  const regions = hasCandidateRun(text, MOBILE_DIGITS) ? [...new Set([...given, ...languageRegions()])] : given;
  const found: { from: number; to: number }[] = [];
  const add = (from: number, to: number) => {
    if (found.length < MAX_FOUND && !found.some((f) => f.from < to && from < f.to)) found.push({ from, to });
  };
  let cue: boolean | undefined;
  const hasCue = () => (cue ??= PHONE_CUE.test(text));
  for (const window of phoneWindows(text)) {
    const search = (region?: CountryCode) => numbersIn(window.text, region);
    // Without a default country only international numbers parse, and they start with a plus; the
    // search reads the window alone, so only a plus inside it counts.
    const plus = /[+\uff0b]/.test(window.text);
    if (plus && window.digits >= SHORTEST_INTERNATIONAL && mayHoldInternationalNumber(window)) {
      for (const n of search()) if (!tollFree(n)) add(window.from + n.startsAt, window.from + n.endsAt);
    }
    for (const region of regions) {
      // With a "+" in the window a regional search also finds international numbers.
      const fewest = plus ? Math.min(SHORTEST_INTERNATIONAL, shortestWithRegion(region)) : shortestWithRegion(region);
      if (window.digits < fewest) continue;
      if (!mayHoldRegionalNumber(window, region)) continue;
      for (const n of search(region)) {
        const written = window.text.slice(n.startsAt, n.endsAt);
        // A bare run of digits is as likely an order number or an ID; it needs phone-like grouping or a
        // word that says "phone" nearby. Unbalanced brackets mean it was cut out of a citation or a range.
        const grouped = /\d[\s.-]+\d|\(\d+\)/.test(written);
        if ((grouped || hasCue()) && balanced(written) && !DATE.test(written) && !tollFree(n)) add(window.from + n.startsAt, window.from + n.endsAt);
      }
    }
  }
  return found;
}
