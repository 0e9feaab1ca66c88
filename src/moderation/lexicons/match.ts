import type { Language } from './language.js';

/** What a lexicon word means on its own: swearing and obscenity, or a slur against a group. */
export type LexiconCategory = 'profanity' | 'slur';

/** One lexicon: its language and the terms it lists, already curated (see curation.ts). */
export interface Lexicon {
  lang: Language;
  /** Whole words or phrases (a phrase is matched word by word). */
  terms: readonly string[];
  /** Terms that are slurs (a subset of terms). */
  slurs: readonly string[];
  /** Word beginnings that match any word they start (inflected and compound forms). */
  stems: readonly string[];
  /** Innocent words a stem or masked spelling would otherwise hit ("ficksche", "hoera"). */
  allow: readonly string[];
  /**
   * Terms that are ordinary words in another supported language (Dutch "nicht", French "con"):
   * matched only in text known to be in this lexicon's language.
   */
  strict: readonly string[];
}

export interface LexiconHit {
  lang: Language;
  /** The lexicon entry matched (a stem for stem matches). */
  term: string;
  category: LexiconCategory;
  /** Offsets of the matched words in the text given, and the text there. */
  start: number;
  end: number;
  text: string;
}

interface Token {
  /** Folded for lookup: NFKC, lower case, accents of Latin and Cyrillic letters removed. */
  key: string;
  start: number;
  end: number;
  /** Digits or symbols stood for letters ("sh1t", "f*ck"): the key is a reading, `*` for an unknown letter. */
  masked: boolean;
}

interface Entry {
  lang: Language;
  term: string;
  category: LexiconCategory;
  /** Folded words of the term. */
  words: string[];
  strict: boolean;
}

export interface CompiledLexicons {
  /** First folded word -> entries starting with it. */
  byFirst: Map<string, Entry[]>;
  /** Single-word entries by length, for masked words. */
  byLength: Map<number, Entry[]>;
  stems: { stem: string; entry: Entry }[];
  /** Entries in scripts written without spaces (Chinese, Japanese): matched inside words. */
  unspaced: Entry[];
  allow: Map<Language, Set<string>>;
  /** Allowed phrases and unspaced words ("spotted dick", "妈妈的"): a hit inside one is no hit. */
  allowCover: Map<Language, string[]>;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Runs of letters and digits, with the symbols people put in place of letters inside them. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}*#@$!]*[\p{L}\p{N}\p{M}*])?/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '#': '*' };

/** NFKC, lower case, and accents off Latin and Cyrillic letters, so "Cabrón" and "cabron" meet. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/([\p{Script=Latin}\p{Script=Cyrillic}])\p{M}+/gu, '$1').normalize('NFC');
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    const hasLetter = /\p{L}/u.test(word);
    const masked = hasLetter && /[\p{N}*#@$!]/u.test(word);
    const key = masked ? [...word].map((c) => LEET[c] ?? c).join('') : word;
    out.push({ key, start: m.index, end: m.index + m[0].length, masked });
  }
  return out;
}

/** Letters stretched for effect ("fuuuuck"): runs of three or more read as one. */
const unstretch = (key: string) => key.replace(/(\p{L})\1{2,}/gu, '$1');

/** Builds the lookup tables once; matching then costs a map lookup per word. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const compiled: CompiledLexicons = { byFirst: new Map(), byLength: new Map(), stems: [], unspaced: [], allow: new Map(), allowCover: new Map() };
  for (const lex of lexicons) {
    const slurs = new Set(lex.slurs.map(fold));
    const strict = new Set(lex.strict.map(fold));
    compiled.allow.set(lex.lang, new Set(lex.allow.map(fold)));
    compiled.allowCover.set(lex.lang, lex.allow.map(fold).filter((a) => a.includes(' ') || UNSPACED.test(a)));
    for (const term of lex.terms) {
      const folded = fold(term);
      const entry: Entry = { lang: lex.lang, term, category: slurs.has(folded) ? 'slur' : 'profanity', words: tokens(term).map((t) => t.key), strict: strict.has(folded) };
      if (entry.words.length === 0) continue;
      if (UNSPACED.test(term)) {
        compiled.unspaced.push({ ...entry, words: [folded] });
        continue;
      }
      const list = compiled.byFirst.get(entry.words[0]!) ?? [];
      list.push(entry);
      compiled.byFirst.set(entry.words[0]!, list);
      if (entry.words.length === 1) {
        const same = compiled.byLength.get(entry.words[0]!.length) ?? [];
        same.push(entry);
        compiled.byLength.set(entry.words[0]!.length, same);
      }
    }
    for (const stem of lex.stems) {
      const folded = fold(stem);
      compiled.stems.push({ stem: folded, entry: { lang: lex.lang, term: stem, category: slurs.has(folded) ? 'slur' : 'profanity', words: [folded], strict: strict.has(folded) } });
    }
  }
  return compiled;
}

/**
 * Lexicon words in a text: whole words and phrases, word beginnings for stems, masked spellings
 * ("f*ck", "put4", "fuuuck") read back, and for Chinese and Japanese terms inside runs of text. A word
 * on the lexicon's allow-list never matches it; a strict term matches only when `language` says the
 * text is in its lexicon's language. Pure: the same text gives the same hits, in text order.
 */
export function matchCompiled(compiled: CompiledLexicons, text: string, language?: Language): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const words = tokens(text);
  // Folded like the terms where that keeps offsets (it does unless a ligature splits in two).
  const folded = fold(text).length === text.length ? fold(text) : text;
  const usable = (e: Entry) => !e.strict || e.lang === language;
  const allowed = (e: Entry, key: string) => compiled.allow.get(e.lang)?.has(key) ?? false;
  const hit = (e: Entry, start: number, end: number) => hits.push({ lang: e.lang, term: e.term, category: e.category, start, end, text: text.slice(start, end) });
  words.forEach((w, i) => {
    const keys = [...new Set([w.key, unstretch(w.key)])];
    let found = false;
    for (const key of keys) {
      if (key.includes('*')) continue;
      for (const e of compiled.byFirst.get(key) ?? []) {
        if (!usable(e) || allowed(e, key)) continue;
        if (e.words.every((word, k) => words[i + k]?.key === word)) {
          hit(e, w.start, words[i + e.words.length - 1]!.end);
          found = true;
        }
      }
      if (found) return;
      for (const { stem, entry } of compiled.stems) {
        if (key.startsWith(stem) && usable(entry) && !allowed(entry, key)) {
          hit(entry, w.start, w.end);
          return;
        }
      }
    }
    // A masked word with letters unknown ("f*ck", "ch*ju"): a single-word entry of that length, or a stem
    // its beginning spells, letter for letter.
    if (w.masked && w.key.includes('*')) {
      const letters = [...w.key];
      const spells = (word: string) => new RegExp(`^${[...word].map((_, k) => (letters[k] === '*' ? '\\p{L}' : escape(letters[k]!))).join('')}$`, 'u').test(word);
      const e = (compiled.byLength.get(letters.length) ?? []).find((c) => usable(c) && spells(c.words[0]!));
      const stem = e ? undefined : compiled.stems.find((s) => [...s.stem].length <= letters.length && usable(s.entry) && spells(s.stem));
      if (e ?? stem) hit(e ?? stem!.entry, w.start, w.end);
    }
  });
  if (compiled.unspaced.length > 0 && UNSPACED.test(text)) {
    for (const e of compiled.unspaced) {
      if (!usable(e)) continue;
      for (let at = folded.indexOf(e.words[0]!); at >= 0; at = folded.indexOf(e.words[0]!, at + 1)) hit(e, at, at + e.words[0]!.length);
    }
  }
  return hits.filter((h) => !(compiled.allowCover.get(h.lang) ?? []).some((a) => coveredBy(folded, h.start, h.end - h.start, a))).sort((a, b) => a.start - b.start);
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the occurrence at `at` (length `length`) lies inside an occurrence of `allowed`. */
function coveredBy(text: string, at: number, length: number, allowed: string): boolean {
  for (let s = text.indexOf(allowed); s >= 0 && s <= at; s = text.indexOf(allowed, s + 1)) {
    if (s + allowed.length >= at + length) return true;
  }
  return false;
}
