/**
 * Per-language profanity and slur lexicons: the LDNOOBW lists (npm `naughty-words`, CC BY 4.0,
 * © 2012-2020 Shutterstock, Inc.) curated for About sections (curation.ts), with a pure matching
 * function. Data for the detectors; docs/quality.md says how a detector uses it.
 */
import { createRequire } from 'node:module';
import { CURATION } from './curation.js';
import { SUPPORTED_LANGUAGES, type Language } from './language.js';
import type { WordReading } from '../segment-words.js';
import { compileLexicons, matchCompiled, mayHitInReading, type CompiledLexicons, type Lexicon, type LexiconHit, type MatchOptions } from './match.js';

export { detectLanguage, hasOwnWords, hasTurkishLetter, holdsHindiFunctionWord, languageBit, languagesWithin, looksPolish, looksRomanisedHindi, ownWordLanguages, rankLanguages, SUPPORTED_LANGUAGES, type Language } from './language.js';
export { fold, type LexiconCategory, type LexiconHit, type MatchOptions } from './match.js';
export { PEOPLE_NAMES } from './curation.js';

/** Each language's curated lexicon: the list less what curation drops, plus what it adds. */
export function lexicons(): Lexicon[] {
  const lists = createRequire(import.meta.url)('naughty-words') as Record<string, string[]>;
  return SUPPORTED_LANGUAGES.map((lang): Lexicon => {
    const c = CURATION[lang];
    const drop = new Set(c.drop.map((t) => t.toLowerCase()));
    const terms = [...new Set([...(lists[lang] ?? []).filter((t) => !drop.has(t.toLowerCase())), ...c.add])];
    return { lang, terms, slurs: c.slurs, stems: c.stems, allow: c.allow, strict: c.strict };
  });
}

let compiled: CompiledLexicons | undefined;

/**
 * Lexicon words in a text, in text order, from every supported language's lexicon (swearing crosses
 * languages: "merde" and "fuck" appear in bios written in anything). `language`, when the text's
 * language is known or detected, also lets in the terms that are ordinary words elsewhere (Dutch
 * "nicht", French "con", Turkish "am"); given as a function, it is asked only when such a term
 * occurs. The tables are built on the first call.
 */
export function matchLexicons(text: string, options: MatchOptions = {}): LexiconHit[] {
  compiled ??= compileLexicons(lexicons());
  return matchCompiled(compiled, text, options);
}

/**
 * Whether matchLexicons(reading.text, { except }) may find anything: false only when it finds nothing,
 * whatever `language` says. For a text in lower case whose matcher words are the shared reading's words
 * (the caller knows: no sign a masked word reads as a letter touches a word); a word known by its id costs
 * a look-up.
 */
export function lexiconsMayHit(reading: WordReading, except?: Language): boolean {
  compiled ??= compileLexicons(lexicons());
  return mayHitInReading(compiled, reading, except);
}

/**
 * The curated allow-lists' single words, every language: place names, dishes, surnames and other
 * innocent words that hold a swear word ("Bitche", "Shitterton", "puttanesca"), for the detectors
 * that read words their own way (the English profanity list, the text model).
 */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set(Object.values(CURATION).flatMap((c) => c.allow).filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
