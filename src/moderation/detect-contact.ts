import { findNumbers, getCountries, getCountryCallingCode, Metadata, type CountryCode } from 'libphonenumber-js/max';
import { parse as parseDomain } from 'tldts';
import { evidenceAt, evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';
import { foldText } from './normalise.js';

/**
 * Contact details a member publishes: e-mail addresses (also written out as "ann at gmail dot com"),
 * phone numbers (libphonenumber: international ones anywhere, national ones for policy.phoneRegions),
 * and mailto:/tel:/messenger links. Reported only when policy.flagContactInfo is on.
 */
export const detectContact: Detector = (segments, policy) => {
  if (!policy.flagContactInfo) return [];
  const hits: Hit[] = [];
  for (const segment of segments) {
    if (segment.kind === 'link') {
      if (CONTACT_LINK.test(segment.value)) hits.push({ category: 'contact-info', weight: 0.9, evidence: evidenceOf(segment, segment.value) });
      continue;
    }
    const folded = foldText(segment.value);
    for (const { from, to } of findEmails(folded.text)) {
      hits.push({ category: 'contact-info', weight: 0.9, evidence: evidenceAt(segment, from, to, folded) });
    }
    for (const { from, to } of findPhones(folded.text, policy.phoneRegions as CountryCode[])) {
      hits.push({ category: 'contact-info', weight: 0.8, evidence: evidenceAt(segment, from, to, folded) });
    }
  }
  return hitsToReasons(hits, 'local:contact');
};

const CONTACT_LINK = /^(?:mailto:|tel:|sms:|callto:|whatsapp:|viber:|skype:|https?:\/\/(?:www\.)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me|signal\.me|m\.me)(?:[/?#]|$))/i;

const OPEN = String.raw`[\s]*[([{<]?[\s]*`;
const CLOSE = String.raw`[\s]*[)\]}>]?[\s]*`;
const PLAIN_EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
// "ann at gmail dot com", "ann dot lee [at] gmail [dot] com", "ann(at)gmail.com": the words stand for @ and .
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*(?:${OPEN}dot${CLOSE}[a-z0-9][a-z0-9._%+-]*)*(?:${OPEN}(?:at|@)${CLOSE}|\s+at\s+)[a-z0-9-]+(?:(?:${OPEN}dot${CLOSE}|\.)[a-z0-9-]+)+`,
  'g',
);
/** Webmail providers: "ann at gmail.com" counts even without a spelled-out "dot". */
const WEBMAIL = new Set(['gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'aol', 'proton', 'protonmail', 'gmx', 'yandex', 'zoho', 'mail', 'web', 'orange', 'comcast', 'qq', '163']);

function findEmails(text: string): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  for (const m of text.matchAll(PLAIN_EMAIL)) {
    if (validDomain(m[0].slice(m[0].indexOf('@') + 1))) found.push({ from: m.index, to: m.index + m[0].length });
  }
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    if (found.some((f) => f.from <= m.index && m.index < f.to)) continue;
    const parts = m[0].split(/\s*[([{<]?\s*(?:\bat\b|@)\s*[)\]}>]?\s*/);
    const domainPart = parts[parts.length - 1] ?? '';
    const spelledDot = /dot/.test(domainPart.replace(/^[a-z0-9-]+/, ''));
    const domain = domainPart.replace(/\s*[([{<]?\s*dot\s*[)\]}>]?\s*/g, '.');
    if (!validDomain(domain)) continue;
    // Plain "at" with a real dot reads as prose ("we met at example.com") unless it is a webmail domain.
    const bracketed = /[([{<]\s*at\s*[)\]}>]|@/.test(m[0]);
    if (!bracketed && !spelledDot && !WEBMAIL.has(domain.split('.')[0]!)) continue;
    found.push({ from: m.index, to: m.index + m[0].length });
  }
  return found;
}

function validDomain(domain: string): boolean {
  const parsed = parseDomain(domain);
  return Boolean(parsed.isIcann && parsed.domain && parsed.domainWithoutSuffix);
}

const PHONE_CUE = /\b(?:call|phone|tel|telephone|mobile|cell|text|sms|whatsapp|viber|signal|telegram|contact|ring|dial|fax|mob)\b|\u260e|\u{1f4de}|\u{1f4f1}/iu;

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
const digitRuns = new Map<number, RegExp>();

/**
 * Could libphonenumber find a number of this many digits here? Its candidates are digit groups apart by
 * at most four punctuation or space characters, so a text without such a run has none.
 */
function hasDigitRun(text: string, digits: number): boolean {
  let run = digitRuns.get(digits);
  if (!run) digitRuns.set(digits, (run = new RegExp(`\\p{Nd}(?:[^\\p{L}\\p{N}]{0,4}\\p{Nd}){${digits - 1}}`, 'u')));
  return run.test(text);
}

function findPhones(text: string, regions: readonly CountryCode[]): { from: number; to: number }[] {
  if (!/\d{2}/.test(text.replace(/[\s().-]/g, ''))) return [];
  const found: { from: number; to: number }[] = [];
  const add = (from: number, to: number) => {
    if (!found.some((f) => f.from < to && from < f.to)) found.push({ from, to });
  };
  // Without a default country only international numbers parse, and they start with a plus.
  if (/[+\uff0b]/.test(text) && hasDigitRun(text, SHORTEST_INTERNATIONAL)) {
    for (const n of findNumbers(text, { v2: true })) add(n.startsAt, n.endsAt);
  }
  const cue = PHONE_CUE.test(text);
  for (const region of regions) {
    if (!hasDigitRun(text, Math.min(SHORTEST_INTERNATIONAL, shortestNational(region)))) continue;
    for (const n of findNumbers(text, { defaultCountry: region, v2: true })) {
      const written = text.slice(n.startsAt, n.endsAt);
      // A bare run of digits is as likely an order number or an ID; it needs phone-like grouping or a
      // word that says "phone" nearby. Unbalanced brackets mean it was cut out of a citation or a range.
      const grouped = /\d[\s.-]+\d|\(\d+\)/.test(written);
      if ((grouped || cue) && balanced(written)) add(n.startsAt, n.endsAt);
    }
  }
  return found;
}
