import LinkifyIt from 'linkify-it';
import { domainToUnicode } from 'node:url';
import { parse as parseHost } from 'tldts';
import type { Segment } from '../ricos/types.js';
import { combineWeights, evidenceAt, evidenceOf, round, type Detector, type Hit } from './detector.js';
import { normalise } from './normalise.js';
import type { Evidence, Reason } from './types.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * Links a visitor should not follow, judged from the URL alone (no network): script and data URLs,
 * IP-literal and look-alike hosts, link text naming another domain than the target, defanged URLs,
 * shorteners, brand names outside the brand's domain, login/verify bait, piles of subdomains. The
 * scheme (http or https) is deliberately not a signal. Each sign has a weight; they add up (noisy-or).
 * External links outside policy.allowedDomains are reported apart, when policy.flagExternalLinks is on.
 */
export const detectLinks: Detector = (segments, policy) => {
  const hits: Hit[] = [];
  for (const { url, linkText, evidence } of linksIn(segments)) {
    if (policy.flag.maliciousLinks) {
      const signs = maliciousSigns(url, linkText);
      if (signs.length) {
        const { weight, why } = weighSigns(signs);
        hits.push({ category: 'malicious-link', weight, evidence, why });
      }
    }
    if (policy.flagExternalLinks && isExternal(url, policy.allowedDomains)) {
      hits.push({ category: 'external-link', weight: 0.9, evidence });
    }
  }
  if (policy.flag.maliciousLinks) {
    for (const segment of segments) {
      if (segment.kind !== 'text') continue;
      const folded = segment.folded;
      if (MAY_BE_DEFANGED.test(folded.text)) {
        for (const m of folded.text.matchAll(DEFANGED)) {
          hits.push({ category: 'malicious-link', weight: 0.7, evidence: evidenceAt(segment, m.index, m.index + m[0].length, folded), why: 'defanged URL, written so filters miss it' });
        }
      }
      for (const { url, from, to } of linksWrittenApart(folded.text)) {
        const { weight, why } = weighSigns(writtenApartSigns(url));
        hits.push({ category: 'malicious-link', weight, evidence: evidenceAt(segment, from, to, folded), why });
      }
    }
  }
  return linkReasons(hits);
};

/**
 * One reason per category, scored as its worst URL: signs add up within one URL, never across URLs
 * (three honest links with a weak sign each are not one bad link). Only URLs with a sign of their
 * own are shown as evidence.
 */
function linkReasons(hits: readonly Hit[]): Reason[] {
  const reasons: Reason[] = [];
  for (const category of ['malicious-link', 'external-link'] as const) {
    const mine = hits.filter((h) => h.category === category).sort((a, b) => b.weight - a.weight);
    const top = mine[0];
    if (!top || top.weight < SIGN) continue;
    const evidence = mine.filter((h, i) => h.weight >= SIGN && mine.findIndex((o) => o.evidence.value === h.evidence.value && o.evidence.path === h.evidence.path) === i);
    reasons.push({ category, score: round(top.weight), evidence: evidence.slice(0, 5).map((h) => h.evidence), source: 'local:links', ...(top.why ? { detail: top.why } : {}) });
  }
  return reasons;
}

/** Below this a URL's signs are too weak to show it to a reviewer at all. */
const SIGN = 0.3;

/** Every URL a visitor can follow or load: link segments, and bare URLs written in text. */
function linksIn(segments: readonly Segment[]): { url: string; linkText: string; evidence: Evidence }[] {
  const links: { url: string; linkText: string; evidence: Evidence }[] = [];
  for (const segment of segments) {
    if (segment.kind === 'link') {
      links.push({ url: segment.value.trim(), linkText: segment.linkText ?? '', evidence: evidenceOf(segment, segment.value) });
    } else {
      for (const m of linkifyMatches(segment.value)) {
        if (m.schema === 'mailto:') continue;
        links.push({ url: m.url, linkText: '', evidence: evidenceOf(segment, m.raw) });
      }
    }
  }
  return links;
}

const linkify = new LinkifyIt(undefined, { fuzzyEmail: false });
/**
 * What any link linkify's match() finds holds (linkify-it 5, index.mjs and lib/re.mjs): one of this
 * instance's schemas (http:, https:, ftp:, mailto:, the default ones, and //), or, for a link without
 * one, a dot, one of its top-level domains (its list, any two letters standing for its two-letter
 * ones and for the "xn" of punycode ones, which a "-" follows), then its host terminator (the text's
 * end or a character that is no letter or digit; a port first). Case-insensitive and without the u flag, as linkify's patterns are.
 * Most text has none of these ("e.g.", "file.txt", "3.5" have none), and linkify is skipped.
 */
const MAY_LINK = compiledNow(/\/\/|(?:https?|ftp|mailto):|\.(?:biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф|[a-z]{2})(?![a-z0-9])/i);

/** Whether linkify may find a link in the text (MAY_LINK); false only where it finds none. */
export const mayHoldLink = (text: string): boolean => MAY_LINK.test(text);

/**
 * What linkify's match() finds in the text, searched only where a link may be (mayHoldLink, linkScanStart): the same
 * links, their index and lastIndex counted from where the scan started.
 */
export function linkifyMatches(text: string): NonNullable<ReturnType<typeof linkify.match>> {
  if (!/[./:]/.test(text) || !mayHoldLink(text)) return [];
  const start = linkScanStart(text);
  if (start < 0) return [];
  return linkify.match(start > 0 ? text.slice(start) : text) ?? [];
}

/**
 * Where linkify's scan of the text may start (-1: it finds no link), for its fuzzy-link pattern is tried at every
 * position, a long one at every space (a bio's words before its t.co link were most of its cost). Every link it
 * finds (linkify-it 5, lib/re.mjs) holds a ".", ":" or "/" that some character other than a space follows (its
 * scheme's ":" or "//", its host's first dot), with no space between it and the separator or text start its
 * pattern reads before the link: scheme names, hosts and user names hold none. So no link starts before the last
 * space ahead of the first such character, and the scan starts there: that space is kept as the separator before a
 * link, and the text start it then is starts none ("^" is read before a scheme or a host, which no space begins).
 */
function linkScanStart(text: string): number {
  const first = LINK_MARK.exec(text)?.index;
  if (first === undefined) return -1;
  let start = first;
  while (start > 0 && !isSpace(text.charCodeAt(start))) start--;
  return start;
}
/** A ".", ":" or "/" before something other than a space (isSpace's). */
const LINK_MARK = /[./:][^ \t\n\r]/;
/** A space, tab or line break: separators (Unicode Z or Cc) for linkify, in no link. */
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * A URL's signs (maliciousSigns) sorted strongest first, in place: their weights combined (combineWeights)
 * and their whys joined in that order. The weights and whys are pushed onto literals, not made by .map: once
 * optimized, .map makes arrays of another kind, and combineWeights, reading both, was compiled again and
 * again (docs/history/scorer-speed-log.md, session 11).
 */
export function weighSigns(signs: [number, string][]): { weight: number; why: string } {
  signs.sort((a, b) => b[0] - a[0]);
  const weights: number[] = [];
  const whys: string[] = [];
  for (const [weight, why] of signs) {
    weights.push(weight);
    whys.push(why);
  }
  return { weight: combineWeights(weights), why: whys.join('; ') };
}

/** Signs of a malicious link, each as [weight, why]; the why documents the rule. */
export function maliciousSigns(raw: string, linkText = ''): [number, string][] {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') return [[0.95, 'script URL']];
  if (scheme === 'data') return /^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(raw) ? [] : [[0.9, 'data URL']];
  let url: URL;
  try {
    url = new URL(scheme ? raw : `http://${raw}`);
  } catch {
    // An internationalised host no browser accepts is a look-alike that was made by hand, not a site.
    return /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*xn--/i.test(raw) ? [[0.5, 'internationalised host that does not decode']] : [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  const host = url.hostname.toLowerCase();
  const { info, ip, signs: ofHost, ownsBrand, hostTokens } = hostSigns(host);
  const hostPart = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(scheme ? raw : `http://${raw}`)?.[1] ?? '';

  const signs: [number, string][] = [];
  if (ip) signs.push(ip);
  if (/@/.test(hostPart)) signs.push([0.8, 'user name before the host hides the real host']);
  if (url.port && url.port !== '80' && url.port !== '443') signs.push([0.3, 'unusual port']);
  signs.push(...ofHost);

  const path = decodeSafe(url.pathname).toLowerCase();
  // Path parts that are not article slugs (a slug's words are hyphenated: "apple-wants-to-make...").
  const parts = path.split('/').filter((p) => p && (p.match(/-/g) ?? []).length < 3);
  // Tokens and words pushed, not flatMap'ed and filtered: see weighSigns.
  const partTokens: string[] = [];
  for (const part of parts) for (const token of part.split(/[._\s]+/)) if (token) partTokens.push(token);
  const brandInPath = ownsBrand ? undefined : brandIn(partTokens) ?? nearBrandIn(partTokens);
  if (brandInPath) {
    signs.push([0.35, `"${brandInPath}" in the path of another domain`]);
    // A news site files articles under a brand's name; a script page there ("/chase/home.php") is a copied sign-in kit.
    if (SERVER_PAGE.test(url.pathname)) signs.push([0.2, 'a server script page under that name']);
  }
  if (parts.some((p) => /^(?:https?|www)$/.test(p))) signs.push([0.45, '"http" or "www" as a folder, faking a URL in the path']);
  if (parts.some(isDomainName)) signs.push([0.45, 'a whole domain name as a folder, faking the address']);
  else if (parts.some((p) => /(?:^|[.-])[a-z0-9-]{2,}\.(?:com|net|org|co|info|biz|gov|edu|fr|de|uk|br|es|it|mx)(?:[.-]|$)/.test(p) && !/\.(?:html?|php|aspx?|jsp)$/.test(p))) {
    signs.push([0.35, 'a domain name inside the path']);
  }

  const query = decodeSafe(`${url.search}${url.hash}`).toLowerCase();
  const words: string[] = [];
  for (const token of partTokens) for (const word of token.split(/[^a-z0-9]+/)) if (word) words.push(word);
  for (const word of query.split(/[^a-z0-9]+/)) if (word) words.push(word);
  for (const word of hostTokens) if (word) words.push(word);
  const strong = new Set(words.filter(isStrongBait));
  const weak = new Set(words.filter((t) => WEAK_BAIT.has(t)));
  // A brand's own sign-in page is where its users should sign in.
  if (strong.size > 0 && !ownsBrand) signs.push([Math.min(0.7, 0.4 * strong.size), `sign-in bait: ${[...strong].join(', ')}`]);
  if (weak.size > 0) signs.push([Math.min(0.3, 0.1 * weak.size), `account words: ${[...weak].join(', ')}`]);
  // A brand's own payment or donation link names whom it pays ("paypal.com/donate?business=choir@church.org").
  if (!ownsBrand && (/[?&](?:email|e-mail|login|user|userid|username|acct)=/i.test(url.search) || /@(?:[a-z0-9-]+\.)+[a-z]{2,}/i.test(query))) signs.push([0.55, 'an address in the query, for a pre-filled login form']);
  // WordPress serves visitors no page from its own folders, only uploaded files and assets: a page there was planted.
  if (/\/wp-(?:content|includes|admin)\/./i.test(url.pathname) && !ASSET.test(url.pathname)) signs.push([0.45, 'a page inside WordPress\'s own folders']);
  else if (/\/(?:wp-(?:content|includes|admin)|administrator|cgi-bin|includes|templates|plugins|vendor|\.well-known)\/./i.test(url.pathname)) signs.push([0.3, 'page buried in a site framework folder']);
  // A site keeps its style sheets, scripts, pictures and fonts there, never a page: one was planted by whoever broke in.
  if (ASSET_FOLDER.test(`${url.pathname}/`) && !ASSET.test(url.pathname)) signs.push([0.4, 'a page in a folder of the site\'s own files (css, js, fonts)']);
  // A folder whose name starts with a dot is hidden on the server: no page of the site links into it.
  if (/\/\.(?!well-known\/)[^/.]/.test(url.pathname)) signs.push([0.45, 'a page in a hidden folder']);
  // An unpacked kit leaves its folders nested in themselves ("/docun/docun/", "/update/update/", "FedEx.FedEx.").
  if (/\/([^/]{3,})\/\1(?:\/|$)|(?:^|[/.])([a-z]{3,})\.\2\./i.test(url.pathname)) signs.push([0.3, 'a folder repeated inside itself']);
  if (/\/[a-f0-9]{32,}(?:\/|$)/i.test(url.pathname)) signs.push([0.4, 'per-visitor hash folder']);
  if (/\/~[a-z0-9_]+/i.test(url.pathname)) signs.push([0.2, 'user home folder']);
  if (/%[0-9a-f]{2}/i.test(hostPart)) signs.push([0.5, 'encoded characters in the host']);
  // "aHR0cHM6Ly" and "aHR0cDovL" are "https://" and "http://" in base64: a destination hidden from the reader as a
  // shortener hides it, and weighed as a shortener is; judged by its own signs too, unless it is the link's own
  // domain (a sign-in page's way back).
  const hidden = /aHR0c(?:HM6Ly|DovL)[A-Za-z0-9+/_-]*/.exec(`${url.pathname}${url.search}`)?.[0];
  if (hidden) {
    signs.push([0.35, 'a web address hidden in base64']);
    const address = Buffer.from(hidden, 'base64').toString('latin1');
    if (parseHost(address).domain !== info.domain) for (const [weight, why] of maliciousSigns(address)) signs.push([weight, `the hidden address: ${why}`]);
  }

  const shown = shownDomain(linkText);
  if (shown && info.domain && shown !== info.domain && !host.endsWith(`.${shown}`) && !sameOwner(shown, info.domain)) signs.push([0.85, `link text shows ${shown}, link goes to ${info.domain}`]);
  return signs;
}

/** What a link's host alone says (hostSigns): its signs, and what the rest of the URL is read with. */
interface HostReading {
  info: ReturnType<typeof parseHost>;
  /** The IP-literal sign, reported before the user-name and port signs, which the host does not decide. */
  ip: [number, string] | undefined;
  /** The host's other signs, in the order they are reported. */
  signs: readonly [number, string][];
  /** The host is a brand's own domain: it may name the brand anywhere in the URL. */
  ownsBrand: boolean;
  hostTokens: readonly string[];
}

/**
 * Hosts read lately: a host's signs depend on the host alone, and a few hosts carry most links (every
 * tweet's is t.co), each read with tldts, domainToUnicode and a hundred brands' comparisons. Emptied
 * when full, so a stream of distinct hosts costs what it did before.
 */
const hostsRead = new Map<string, HostReading>();
const HOSTS_KEPT = 512;

function hostSigns(host: string): HostReading {
  let known = hostsRead.get(host);
  if (known === undefined) {
    if (hostsRead.size === HOSTS_KEPT) hostsRead.clear();
    hostsRead.set(host, (known = readHost(host)));
  }
  return known;
}

function readHost(host: string): HostReading {
  const signs: [number, string][] = [];
  const info = parseHost(host);
  const ip: [number, string] | undefined = info.isIp || /^\[/.test(host) ? [0.75, 'IP address as host'] : undefined;

  const unicodeHost = domainToUnicode(host) || host;
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    // Accented Latin letters are how Spanish, German or Polish names are spelt ("micerámica.es", "bücher.de"), and
    // Cyrillic, Arabic or Chinese ones how Russian, Arabic or Chinese names are ("кондитерская-анна.рф"): context,
    // not a sign alone; a brand copied with them, or letters of two alphabets, are the signs below.
    signs.push([0.2, LATIN_LETTERS.test(unicodeHost) ? 'punycode host of accented Latin letters' : 'punycode host']);
    if (unicodeHost.split('.').some(mixesScripts)) signs.push([0.85, 'host mixes alphabets (look-alike letters)']);
    const skeleton = normalise(unicodeHost).text;
    if (BRANDS.some((b) => skeleton.includes(b)) && !BRANDS.some((b) => host.includes(b))) signs.push([0.85, 'look-alike of a brand name']);
  }

  const registrable = info.domainWithoutSuffix ?? '';
  const sub = info.subdomain ?? '';
  const subLabels = sub ? sub.split('.').filter((l) => l !== 'www') : [];
  if (subLabels.length >= 4) signs.push([0.5, 'many subdomains']);
  else if (subLabels.length === 3) signs.push([0.4, 'several subdomains']);
  if (!info.isIp && info.publicSuffix && !info.isIcann) signs.push([0.2, 'unlisted top-level domain']);
  const openHost = onOpenHosting(host);
  if (info.publicSuffix && FREE_TLDS.has(info.publicSuffix)) signs.push([0.45, 'top-level domain given away free, where throwaway sites live']);
  // A shared host's own domain ("square.site") is the host's choice, not a throwaway site's: the shared-host sign says it.
  else if (info.publicSuffix && CHEAP_TLDS.has(info.publicSuffix) && !openHost) signs.push([0.3, 'top-level domain favoured by throwaway sites']);
  // Alone under the threshold: honest members use shorteners too (every tweet link is t.co); it adds to other signs.
  if (info.domain && SHORTENERS.has(info.domain)) signs.push([0.35, 'URL shortener hides the destination']);
  if (openHost) signs.push([0.35, 'page anyone can publish on a shared host']);
  // Hyphens and digits are read on the letters the member sees: punycode's "xn--" and its encoded tail
  // ("micerámica" is "xn--micermica-f4a") are neither.
  const shown = (label: string) => (label.startsWith('xn--') ? domainToUnicode(label) || label : label);
  if ((shown(registrable).match(/-/g) ?? []).length >= 3) signs.push([0.3, 'many hyphens in the domain']);
  const hostLabels = [...subLabels, registrable].map(shown);
  if (hostLabels.some(generatedLooking)) signs.push([0.45, 'host name of letters and digits interleaved, as generated']);
  else if (hostLabels.some((l) => l.length >= 20 && !l.includes('-'))) signs.push([0.35, 'long host name without a break']);
  // "gov-uk", "gouv-fr", "gob-mx": a government's suffix written with a hyphen.
  if (/[a-z0-9]-(?:com|net|org|gov|gouv|gob|edu)(?:[.-]|$)|\.(?:com|net|org)-[a-z0-9]|(?:^|[.-])(?:gov|gouv|gob)-[a-z]{2}(?:[.-]|$)/.test(host)) signs.push([0.5, 'a fake domain ending inside the host name ("paypal.com-secure...")']);
  if (/(?:^|[.-])(?:https?|www)[a-z0-9]|[a-z0-9](?:https?|www)(?:[.-]|$)/.test(`${sub}.${registrable}`.replace(/^www\./, ''))) signs.push([0.4, '"http" or "www" inside the host name']);

  // A tax office's or a ministry's name is theirs under their own suffix ("impots.gouv.fr", "jalisco.gob.mx"); as a
  // subdomain of another domain it is a disguise ("impots-gouv.dropsagency.fr"). A site's own name may say it
  // ("gov-relations.eu", a consultancy).
  if (GOVERNMENT.test(`.${sub}.`) && !GOVERNMENT.test(`.${info.publicSuffix ?? ''}`)) signs.push([0.6, 'a government\'s name in the host of a domain that is no government\'s']);

  // A brand's own domain may say its name anywhere; any other host or path saying it is pretending.
  const ownsBrand = BRANDS.includes(registrable) || OWN_DOMAINS.has(info.domain ?? '');
  const hostTokens = `${sub}.${registrable}`.split(/[^a-z0-9]+/).filter(Boolean);
  const brandInHost = ownsBrand ? undefined : brandIn([...hostTokens, hostTokens.join(''), `${sub}${registrable}`.replace(/[^a-z]/g, '')]);
  if (brandInHost && !namesBrandAsTopic(brandInHost, sub, registrable)) signs.push([0.7, `"${brandInHost}" in the host of another domain`]);
  const squat = ownsBrand || brandInHost ? undefined : hostTokens.map(nearBrand).find(Boolean);
  if (squat) signs.push([0.6, `host name one letter away from "${squat}"`]);
  return { info, ip, signs, ownsBrand, hostTokens };
}

/**
 * A brand named in a site's own name among words of the site's own ("netflixandknit.com", "ebay-reseller-academy.com",
 * "apple-pie-bakery.co.uk"): what the site is about, not whom it pretends to be. A disguise puts the brand in a
 * subdomain, or beside a few letters, digits or the words of a service's pages ("paypal-rimborso.com",
 * "google-apps.cz", "i-dpd.pl", "netflix-billing.com").
 */
function namesBrandAsTopic(brand: string, sub: string, registrable: string): boolean {
  if (sub.replace(/[^a-z]/g, '').includes(brand) || /\d/.test(registrable)) return false;
  const rest = registrable.replace(/[^a-z]/g, '').replace(brand, '');
  return rest.length >= 6 && !SERVICE_PAGE_WORD.test(rest) && !isStrongBait(rest);
}

/** Short and alternate domains of one owner: "pic.twitter.com" shown over a t.co link is Twitter's own doing. */
const OWNER_DOMAINS: readonly (readonly string[])[] = [
  ['twitter.com', 'x.com', 't.co', 'twimg.com'], ['youtube.com', 'youtu.be'], ['facebook.com', 'fb.com', 'fb.me', 'fb.watch'],
  ['instagram.com', 'instagr.am'], ['linkedin.com', 'lnkd.in'], ['amazon.com', 'amzn.to', 'a.co'], ['google.com', 'goo.gl', 'g.co'],
  ['wix.com', 'wixsite.com', 'wixstatic.com', 'wix.to'], ['spotify.com', 'spoti.fi'], ['microsoft.com', 'aka.ms'], ['tiktok.com', 'vm.tiktok.com'],
];

function sameOwner(a: string, b: string): boolean {
  return OWNER_DOMAINS.some((group) => group.includes(a) && group.includes(b));
}

/**
 * A domain the visible text of a link claims ("paypal.com", "https://www.paypal.com/login"), read in
 * its first SHOWN_CHARS characters: a claim is made where a visitor reads it, and the search, which
 * tries every position, stays bounded on a link text of any length.
 */
const SHOWN_CHARS = 256;
function shownDomain(text: string): string | undefined {
  const m = /(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/:?#\s]|$)/i.exec(text.trim().slice(0, SHOWN_CHARS));
  if (!m) return undefined;
  const info = parseHost(m[1]!);
  return info.isIcann && info.domain ? info.domain.toLowerCase() : undefined;
}

/** A host of Latin letters (accented or not), digits, hyphens and dots alone. */
const LATIN_LETTERS = /^[\p{Script=Latin}\p{M}0-9.-]+$/u;

/**
 * Letters of two alphabets in one label ("pаypal" with a Cyrillic а). A label all in Cyrillic or Greek is a word
 * of that language ("кондитерская-анна.рф"), whatever Latin letters its shapes recall; one that copies a brand
 * is the brand look-alike sign's.
 */
function mixesScripts(label: string): boolean {
  const scripts = new Set<string>();
  for (const c of label) {
    if (/\p{Script=Latin}/u.test(c)) scripts.add('latin');
    else if (/\p{Script=Cyrillic}/u.test(c)) scripts.add('cyrillic');
    else if (/\p{Script=Greek}/u.test(c)) scripts.add('greek');
    else if (/\p{Script=Armenian}|\p{Script=Cherokee}/u.test(c)) scripts.add('other');
  }
  return scripts.size > 1;
}

/** A brand named by a token: short names must be the whole token ("chase" is not in "purchase"). */
function brandIn(tokens: readonly string[]): string | undefined {
  // A token that is or holds a brand holds its letters: one alternation rules most tokens out, rather
  // than a comparison with each of a hundred brands (a fifth of this detector's time on short bios).
  if (!tokens.some((t) => ANY_BRAND.test(t))) return undefined;
  return BRANDS.find((b) => tokens.some((t) => t === b || (!WHOLE_WORD.has(b) && (b.length >= 6 || SUBSTRING_SAFE.has(b)) && t.includes(b))));
}

/** A brand (of six letters or more) one typo away from the token: "whatsagp", "oneddrive". */
/** The first brand that one of the tokens is a look-alike of (nearBrand). */
function nearBrandIn(tokens: readonly string[]): string | undefined {
  for (const token of tokens) {
    const brand = nearBrand(token);
    if (brand) return brand;
  }
  return undefined;
}

function nearBrand(token: string): string | undefined {
  return NEAR_BRANDS[token.length]?.find((b) => b !== token && editDistanceAtMostOne(b, token));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1)
    || (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
}

/** A host label that looks generated: letters and digits interleaved ("ozvs4y3pnu", "id1998199"). */
function generatedLooking(label: string): boolean {
  const runs = label.match(/[a-z]+|\d+/g) ?? [];
  return runs.length >= 4 && /\d/.test(label);
}

/** The folders a site serves its own files from, which no visitor is sent to ("images" is a gallery's page too). */
const ASSET_FOLDER = /\/(?:css|js|img|fonts|icons|cache|tmp|temp)\//i;

/** A page a server script writes (PHP, ASP, JSP, CGI): where a copied sign-in form runs. */
const SERVER_PAGE = /\.(?:php\d?|aspx?|jsp|cgi)$/i;

/** A file a page loads or offers (an image, a style sheet, a document): honest wherever it lives. */
const ASSET = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|css|js|map|woff2?|ttf|pdf|mp[34]|webm|zip)$/i;

/**
 * A path part that is a domain name on its own ("paypal.com", "smbc.co.jp"), not a file ("main.py" has
 * Paraguay's suffix): its suffix a generic one or a country's second level.
 */
function isDomainName(part: string): boolean {
  // A domain holds a dot (a name, then its suffix): a part without one is not, and is not parsed.
  if (!part.includes('.')) return false;
  const info = parseHost(part);
  return info.isIcann === true && info.domain === part.replace(/^www\./, '') && /^(?:com|net|org|info|biz|gov|edu)$|\./.test(info.publicSuffix ?? '');
}

function onOpenHosting(host: string): boolean {
  return OPEN_HOSTING.some((h) => host === h || host.endsWith(`.${h}`)) || /\.blogspot\.[a-z.]+$/.test(host);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Is the URL outside the allowed domains (a domain allows its subdomains)? Wix's own hosts never count. */
export function isExternal(raw: string, allowedDomains: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  const allowed = [...allowedDomains.map((d) => d.toLowerCase().replace(/^\*?\./, '')), ...PLATFORM_DOMAINS];
  return !allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Hosts of the platform itself (media, static files): part of the page, not a link away. */
const PLATFORM_DOMAINS = ['wixstatic.com', 'wix.com', 'wixsite.com', 'wixmp.com', 'parastorage.com', 'editorx.io'];

// "hxxp://", "example[.]com", "example(dot)com": URLs written so filters do not see them. A host
// starts where no word character or hyphen precedes it: tried from inside a run of them, a failing
// search took quadratic time.
/** Every defanged URL holds one of these (the literal parts of DEFANGED's two alternatives): most texts skip it. */
const MAY_BE_DEFANGED = /hxxp|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/i;
const DEFANGED = /\bhxxps?(?::|\[:\])\/\/\S+|(?<![\w-])[a-z0-9-]+(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))[a-z0-9-]+(?:(?:\.|\[\.\]|\(\.\)|\[dot\])[a-z0-9-]+)*(?:\/\S*)?/gi;

/**
 * A link spelled so link filters miss it: "w w w . site . com", "site dot xyz", "site punto com" (the words for
 * "dot" of the members' languages). Alone a small sign (0.3: an honest member may write "mysite dot com" out of
 * habit); with the host's own signs (a throwaway top-level domain) it is a link to judge.
 */
const WRITTEN_APART = 0.3;
const SPACED_WWW = /(?<![a-z0-9-])w\s+w\s+w\s*[.,]\s*([a-z0-9][a-z0-9-]{0,62})\s*\.\s*([a-z]{2,24})(?![a-z0-9-])/g;
const WORD_DOT = /(?<![a-z0-9.@-])([a-z0-9][a-z0-9-]{2,62})\s+(dot|punto|ponto|point|punkt|punt|kropka|nokta)\s+([a-z]{2,24})(?![a-z0-9-])/g;
/**
 * The top-level domains read after a spelled "dot": the common generic ones, and those of the countries whose
 * language spells it so. "The point is", "six point star", "dot net developer" name no link.
 */
const GENERIC = ['com', 'org', 'info', 'biz', 'xyz', 'top', 'online', 'site', 'shop', 'store', 'club', 'icu', 'click', 'live', 'io'];
const SPELLED_DOT_TLDS: Readonly<Record<string, ReadonlySet<string>>> = {
  dot: new Set([...GENERIC, 'co', 'uk', 'us', 'in']),
  punto: new Set([...GENERIC, 'net', 'es', 'it', 'mx', 'ar', 'cl', 'co', 'pe']),
  ponto: new Set([...GENERIC, 'net', 'br', 'pt']),
  point: new Set([...GENERIC, 'net', 'fr', 'be', 'ch', 'ca']),
  punkt: new Set([...GENERIC, 'net', 'de', 'at', 'ch']),
  punt: new Set([...GENERIC, 'net', 'nl', 'be']),
  kropka: new Set([...GENERIC, 'net', 'pl']),
  nokta: new Set([...GENERIC, 'net', 'tr']),
};
/** Every link written apart holds one of these: most texts skip both expressions. */
const MAY_BE_APART = /w\s+w\s+w|\s(?:dot|punto|ponto|point|punkt|punt|kropka|nokta)\s/;
/** "at", "@" or their spelled forms before "gmail dot com": an e-mail address, detect-contact.ts's to read. */
const AT_BEFORE = /(?:@|(?:^|[^a-z])(?:at|arroba|chez|bei|presso|bij|malpa|et)|[([{]at[)\]}])\s*$/;

/** The signs of a link written apart: its URL's own, and the spelling. */
export const writtenApartSigns = (url: string): [number, string][] => [[WRITTEN_APART, 'link written apart so filters miss it'], ...maliciousSigns(url)];

/** Links written apart in folded text, as URLs whose host tldts knows (a real public suffix, one label before it). */
export function linksWrittenApart(text: string): { url: string; from: number; to: number }[] {
  if (!MAY_BE_APART.test(text)) return [];
  const found: { url: string; from: number; to: number }[] = [];
  const add = (name: string, tld: string, from: number, to: number) => {
    const host = `${name}.${tld}`;
    const info = parseHost(host);
    if (info.isIcann && info.domain === host) found.push({ url: `http://${host}`, from, to });
  };
  for (const m of text.matchAll(SPACED_WWW)) add(m[1]!, m[2]!, m.index, m.index + m[0].length);
  for (const m of text.matchAll(WORD_DOT)) {
    if (!SPELLED_DOT_TLDS[m[2]!]!.has(m[3]!) || AT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m[1]!, m[3]!, m.index, m.index + m[0].length);
  }
  return found;
}

/** Brands phishing pages most often pretend to be (the registrable name of their main domain). */
const BRANDS = [
  'paypal', 'apple', 'appleid', 'icloud', 'microsoft', 'office365', 'office', 'outlook', 'hotmail', 'onedrive',
  'sharepoint', 'google', 'gmail', 'facebook', 'instagram', 'whatsapp', 'amazon', 'netflix', 'ebay', 'chase',
  'wellsfargo', 'bankofamerica', 'citibank', 'hsbc', 'barclays', 'santander', 'natwest', 'lloyds', 'halifax',
  'dhl', 'fedex', 'usps', 'royalmail', 'irs', 'hmrc', 'adobe', 'dropbox', 'docusign', 'linkedin', 'twitter',
  'coinbase', 'binance', 'metamask', 'blockchain', 'steam', 'steamcommunity', 'roblox', 'yahoo', 'aol', 'att',
  'verizon', 'bancolombia', 'itau', 'bradesco', 'caixa', 'westpac', 'interac', 'desjardins', 'postbank',
  'sparkasse', 'ameli', 'laposte', 'orange', 'wix', 'webmail', 'excel', 'sharefile', 'zimbra', 'rakuten',
  'itunes', 'usbank', 'capitalone', 'americanexpress', 'amex', 'nubank', 'correios', 'americanas',
  'magalu', 'mercadolivre', 'mercadopago', 'dpd', 'postnl', 'correos', 'chronopost', 'colissimo', 'inpost',
  'evri', 'auspost', 'canadapost', 'telekom', 'vodafone', 'swisscom', 'scotiabank', 'rbc', 'tdbank', 'revolut',
  'trustwallet', 'opensea',
];
/** Where a brand's name is written, anywhere in a token. */
const ANY_BRAND = new RegExp(BRANDS.join('|'));
/** Domains whose owners legitimately carry several of the brand names above. */
const OWN_DOMAINS = new Set(['live.com', 'microsoftonline.com', 'office.com', 'office365.com', 'apple.com', 'icloud.com', 'google.com', 'googleusercontent.com', 'youtube.com', 'facebook.com', 'fb.com', 'whatsapp.com', 'instagram.com', 'amazon.com', 'amazonaws.com', 'paypal.com', 'paypal.me', 'wix.com', 'wixsite.com', 'yahoo.com', 'linkedin.com', 'twitter.com', 'x.com', 'dropbox.com', 'adobe.com', 'ebay.com', 'netflix.com']);
/** Words of a sign-in page (also inside longer tokens when five letters or more: "firstlogon.php"). */
const STRONG_BAIT = [
  'login', 'logon', 'signin', 'verify', 'verif', 'webscr', 'myaccount', 'password', 'passwd', 'unlock',
  'suspended', 'authenticat', 'reactivat', 'validat', 'connexion', 'identif', 'atualiza', 'acesso', 'recadastr',
  'cadastro', 'firstlog', 'enroll', 'onlinebanking', 'netbanking', 'ebanking', 'homebanking', 'internetbanking',
  'miseajour', 'actualizar', 'aktualisier', 'verificar', 'verifica', 'anmelden', 'einloggen', 'iniciar',
  // The sign-in folders of Microsoft's servers (AD FS, Outlook on the web), copied by kits onto other domains.
  'adfs', 'owa',
];
/** A word of STRONG_BAIT, or one holding a bait of five letters or more: one Set look-up and one alternation, not 35 comparisons. */
const STRONG_WORDS = new Set(STRONG_BAIT);
const HOLDS_STRONG_BAIT = new RegExp(STRONG_BAIT.filter((b) => b.length >= 5).join('|'));
const isStrongBait = (word: string): boolean => STRONG_WORDS.has(word) || HOLDS_STRONG_BAIT.test(word);
/** Words of account pages: common on honest sites too, so weak. */
const WEAK_BAIT = new Set([
  'account', 'accounts', 'update', 'secure', 'security', 'confirm', 'confirmation', 'banking', 'wallet',
  'billing', 'recover', 'recovery', 'auth', 'alert', 'support', 'helpdesk', 'customer', 'cliente', 'client',
  'access', 'session', 'ssl', 'online', 'service', 'webmail', 'mail', 'inbox', 'invoice', 'payment', 'office',
  'document', 'docs', 'file', 'files', 'share', 'drive', 'dropbox', 'sso', 'portal', 'index', 'konto', 'compte',
  'cuenta', 'conta', 'acceso', 'sicherheit', 'seguranca', 'seguridad', 'securite', 'token', 'guestaccesstoken',
]);
/**
 * Words a fake service page is named with beside the brand it copies (with WEAK_BAIT's of five letters or more,
 * which are not inside common words as "file" is in "profile"): help, refunds in the members' languages, prizes,
 * parcels, and the country of a local branch ("pay-pal-deutschland").
 */
const SERVICE_PAGE_WORD = new RegExp([
  ...[...WEAK_BAIT].filter((w) => w.length >= 5), 'help', 'center', 'centre', 'team', 'official', 'apps', 'mobile', 'member',
  'user', 'notice', 'refund', 'rimborso', 'reembolso', 'remboursement', 'erstattung', 'zwrot', 'iade', 'claim', 'gift',
  'reward', 'prize', 'bonus', 'free', 'card', 'cash', 'money', 'deal', 'promo', 'offer', 'track', 'delivery', 'parcel',
  'package', 'shipping', 'pago', 'pagamento', 'zahlung', 'kunden', 'servic', 'serviz',
  'deutschland', 'france', 'espana', 'italia', 'brasil', 'mexico', 'canada', 'australia', 'nederland', 'polska', 'turkiye',
  'japan', 'india', 'europe', 'global', 'international',
].join('|'));
/** Short brand names safe to find inside longer words. */
const SUBSTRING_SAFE = new Set(['caixa', 'yahoo', 'gmail', 'itau', 'ebay']);
/** Brand names that are also ordinary words: they count only as a whole word ("orangecounty" is not Orange). */
const WHOLE_WORD = new Set(['office', 'outlook', 'orange', 'amazon', 'blockchain', 'steam', 'excel', 'chase', 'apple', 'ameli', 'ledger', 'interac', 'sparkasse', 'telekom', 'magalu']);
/**
 * By a token's length, the brands nearBrand compares it with, in BRANDS' order: six letters or more,
 * not whole-word ones, a length at most one apart (none for a token under six letters).
 */
const NEAR_BRANDS: readonly (readonly string[])[] = Array.from({ length: Math.max(...BRANDS.map((b) => b.length)) + 2 }, (_, length) =>
  length < 6 ? [] : BRANDS.filter((b) => b.length >= 6 && !WHOLE_WORD.has(b) && Math.abs(b.length - length) <= 1));
const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'rb.gy', 'tiny.cc', 's.id', 'v.gd', 't.ly', 'bl.ink', 'soo.gd', 'short.io', 'tr.im', 'x.co',
  'qrco.de', 'app.link', 'lnkd.in', 'shorte.st', 'adf.ly', 'ouo.io', 'bc.vc', 'cli.gs', 'u.to', 'clck.ru', 'urlz.fr',
]);
/** Shared hosts where anyone can publish a page or form under the host's name. */
const OPEN_HOSTING = [
  '000webhostapp.com', 'weebly.com', 'firebaseapp.com', 'web.app', 'appspot.com', 'firebasestorage.googleapis.com',
  'storage.googleapis.com', 'sharepoint.com', 'forms.gle', 'typeform.com', 'jotform.com', 'codesandbox.io',
  'glitch.me', 'repl.co', 'replit.app', 'herokuapp.com', 'netlify.app', 'vercel.app', 'github.io', 'gitlab.io',
  'ngrok.io', 'ngrok-free.app', 'joomla.com', 'azurewebsites.net', 'blob.core.windows.net', 'ipfs.io', 'dweb.link',
  'workers.dev', 'pages.dev', 'r2.dev', 'surveygizmo.com', 'mysurveygizmo.com', 'webflow.io', 'square.site',
  'yolasite.com', 'godaddysites.com', 'mystrikingly.com', 'tilda.ws', 'wordpress.com', 'blogspot.com',
  'sites.google.com', 'docs.google.com', 'forms.office.com', 'onedrive.live.com', 'zyns.com', 'duckdns.org',
  'no-ip.org', 'hopto.org', 'ddns.net', 'dx.am', 'epizy.com', 'atspace.cc', 'temporary.link', 'preview-domain.com',
  'qualtrics.com', 'evernote.com', 'dns-cloud.net', 'freehostia.com', 'byethost.com', 'ucoz.net',
];
/** "gov", "gouv", "gob" or "govt" as a label or a hyphenated word of a host. */
const GOVERNMENT = /(?:^|[.-])(?:gov|gouv|gob|govt)(?:[.-]|$)/;
/** Top-level domains once registered free of charge (Freenom's): most of their sites were throwaway. */
const FREE_TLDS = new Set(['tk', 'ml', 'ga', 'cf', 'gq']);
const CHEAP_TLDS = new Set([
  'xyz', 'top', 'icu', 'cyou', 'buzz', 'rest', 'bar', 'monster', 'click', 'link',
  'work', 'support', 'zip', 'mov', 'country', 'kim', 'science', 'party', 'gdn', 'loan', 'men', 'review', 'date',
  'faith', 'racing', 'win', 'bid', 'trade', 'stream', 'download', 'accountant', 'cricket', 'webcam', 'live',
  'online', 'site', 'website', 'space', 'fun', 'shop', 'store', 'host', 'press', 'best', 'sbs', 'cfd',
]);
