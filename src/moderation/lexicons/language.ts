import { languageRanker } from './rank-languages.js';

/** The languages the lexicons and the eval tables know, as ISO 639-1 codes. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'ar', 'zh', 'ja', 'hi', 'tr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** franc's ISO 639-3 codes for them (Arabic as Standard Arabic, Chinese as Mandarin). */
const ISO3: Record<string, Language> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', rus: 'ru', arb: 'ar', cmn: 'zh', jpn: 'ja', hin: 'hi', tur: 'tr',
};
/** franc's ranking restricted to our languages, for texts of at least 10 characters. */
const rank = languageRanker(Object.keys(ISO3), 10);

/**
 * The most likely supported language of a text, or undefined when franc will not say (under 10
 * letters). Restricted to our languages, which keeps short Polish from reading as Croatian and
 * Arabic as Persian; it still errs on one-line Latin-script texts and on romanised Hindi, so it is
 * a hint (per-language reporting, choosing a lexicon first), not a gate: see docs/quality.md.
 */
export function detectLanguage(text: string): Language | undefined {
  return ISO3[rank(text)[0]![0]];
}

/** The supported languages of a text with franc's scores, likeliest first (what languagesWithin filters). */
export function rankLanguages(text: string): readonly (readonly [Language, number])[] {
  // A loop, not flatMap: V8's flatMap costs several times as much for these few entries.
  const ranked: (readonly [Language, number])[] = [];
  for (const [code, score] of rank(text)) {
    const lang = ISO3[code];
    if (lang !== undefined) ranked.push([lang, score]);
  }
  return ranked;
}

/**
 * Of a ranking, the languages scored at least `share` of the likeliest one's, likeliest first; empty
 * when franc will not say. One short sentence of Italian reads as Portuguese, French or Spanish nearly
 * as well, so rules written per language try every close one.
 */
export function languagesWithin(ranked: readonly (readonly [Language, number])[], share: number): Language[] {
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, score]) => score >= top * share).map(([lang]) => lang);
}

/**
 * Hindi's function words as written in Latin letters (verbs "to be", pronouns, "and", "not", "what",
 * "here"): none is an English word, so two of them mark Hindi written in Latin letters, which franc
 * cannot name (it knows Hindi in Devanagari only).
 */
const HINDI_IN_LATIN = /(?<![\p{L}\p{N}])(hai|hain|hoon|mujhe|tujhe|tumhe|tera|teri|tere|mera|meri|mere|nahi|nahin|kya|kyun|yahan|wahan|karo|karna|bahut|aur|bhi)(?![\p{L}\p{N}])/giu;

/**
 * Does a text hold one of those function words? Too weak alone ("bhi" and "aur" turn up in English
 * bios), it says Hindi beside other evidence: a Hindi grammar's group and its derogation both found.
 */
export function holdsHindiFunctionWord(text: string): boolean {
  // search, not test: the expression is global, and test would leave a lastIndex for matchAll to start from.
  return text.search(HINDI_IN_LATIN) >= 0;
}

/** Does a text read as Hindi written in Latin letters ("main Priya hoon, pottery aur trekking pasand hai")? */
export function looksRomanisedHindi(text: string): boolean {
  let first: string | undefined;
  for (const m of text.matchAll(HINDI_IN_LATIN)) {
    const word = m[0].toLowerCase();
    if (first === undefined) first = word;
    else if (word !== first) return true;
  }
  return false;
}

/**
 * What only Polish writes among the supported languages: its letters (ą ć ę ł ń ś ź ż; not ó, which
 * Spanish has) and function words no other of them has ("dla", "jest", "tylko", "po prostu"). franc
 * reads one short line of Polish as English, Spanish or French ("Lesbijki są okropne." as French), so
 * two of these (two words with its letters, two of its words, or one of each) say Polish beside what franc says.
 * A word is tried from its start only: tried from every letter, a long word cost its length squared.
 */
const POLISH_SIGNS = /(?<!\p{L})\p{L}*?[ąćęłńśźż]\p{L}*|(?<![\p{L}\p{N}])(?:dla|jest|jestem|jestes|jestescie|czy|tylko|prostu|wszyscy|wszystkie|niczym|innym|kolejny|kolejna|kolejni|ktory|ktora|ktore|takie|tacy|bardzo|nigdy|powinni|powinny|trzeba|zawsze)(?![\p{L}\p{N}])/giu;

/** Does a text show `signs` different signs of Polish (two by default: one is a name, "Łukasz", in an English bio)? */
export function looksPolish(text: string, signs = 2): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(POLISH_SIGNS)) {
    if (seen.add(m[0].toLowerCase()).size >= signs) return true;
  }
  return false;
}
