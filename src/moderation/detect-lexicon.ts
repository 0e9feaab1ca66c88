import { hasOwnWords, hasTurkishLetter, languageBit, languagesWithin, lexiconsMayHit, looksPolish, looksRomanisedHindi, matchLexicons, ownWordLanguages, PEOPLE_NAMES, rankLanguages, type Language } from './lexicons/index.js';
import { END, ID, MemoByWordId, readWords, START, STRIDE, type WordReading } from './segment-words.js';
import type { PreparedSegment } from './prepare-segments.js';
import { chunkText } from './chunk-text.js';
import { aimedAtSelf, claimedByWriter, reportedName, toldFondly, writerRightBefore } from './insult-target.js';
import { deniedInsult } from './insult-denied.js';
import { namedPlace } from './named-place.js';
import { namedWork } from './named-work.js';
import { namedAsWord } from './named-as-word.js';
import { originalWithPinyinAbuse } from './pinyin-abuse.js';
import { evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';

/**
 * Swearing, insults and slurs in every supported language, from the curated lexicons
 * (src/moderation/lexicons, docs/quality.md): a slur is hate, the rest profanity, so the profanity
 * policy switch governs what is only swearing. English is left to detect-profanity.ts and
 * detect-hate.ts, which weigh each English word, and so is a document franc reads as English: the
 * other lists share English words ("shit" is Dutch too) and, with accents folded, look-alikes
 * ("götten", "gotten"); but for Hindi written in Latin letters, which franc cannot name (its words
 * are not English: "madarchod"). The language is detected only once a term of another language than English
 * is found (franc costs more than the matcher, and most texts hold none). Runs only with
 * policy.multilingual on.
 */
const WEIGHT = { slur: 0.9, profanity: 0.6 } as const;
/** franc reads a document's language from its beginning; more text costs time and adds little. */
const LANGUAGE_SAMPLE = 600;
const CHUNK = 1000;
/**
 * Characters of a document the lexicons read: the matcher costs about a microsecond a character, so a
 * hostile 2 MB About would cost seconds; real About sections are a few thousand characters.
 */
const READ_LIMIT = 200_000;

export const detectLexicon: Detector = (segments, policy) => {
  if (!policy.multilingual) return [];
  const language = () => documentLanguage(segments);
  const romanisedHindi = () => readsRomanisedHindi(segments);
  const polish = () => readsPolish(segments);
  // An English strict term ("dick") is kept out without asking franc: its hit would be dropped (except),
  // letting it in only keeps other lexicons' stems off its word, and in a document franc reads as
  // English every hit but Hindi's is dropped anyway. So the answer is the same whatever franc would say.
  let shown: number | undefined;
  const shows = (lang: Language) => !hasOwnWords(lang) || ((shown ??= languagesShown(segments)) & languageBit(lang)) !== 0;
  // A strict term is an ordinary word of another language: where franc finds that other language nearly as likely, two
  // words of its own that are not the term's language's say it, and no two of the term's language's own that are not
  // its do ("Chega dessa conversa de que os negros são...", Portuguese franc reads as French), it is read as that word.
  const spokenBesides = new Map<Language, boolean>();
  const otherLanguageSaid = (lang: Language) => {
    let said = spokenBesides.get(lang);
    if (said === undefined) {
      const twice = languagesSaidTwice(segments, lang);
      said = documentLanguages(segments).some((other) => other !== lang && (twice & languageBit(other)) !== 0 && (languagesSaidTwice(segments, other) & languageBit(lang)) === 0);
      spokenBesides.set(lang, said);
    }
    return said;
  };
  const inLanguage = (lang: Language) =>
    lang !== 'en' && shows(lang) && (language() === lang || (lang === 'hi' && romanisedHindi()) || (lang === 'pl' && polish())) && (lang === 'pl' || !otherLanguageSaid(lang));
  const hits: Hit[] = [];
  let budget = READ_LIMIT;
  for (const segment of segments) {
    // Mandarin abuse in pinyin is read as its characters (pinyin-abuse.ts); a segment the rules read as written has none.
    const value = ((segment.norm !== segment.normalised && originalWithPinyinAbuse(segment.normalised)) || segmentText(segment)).slice(0, budget);
    if (!value) continue;
    budget -= value.length;
    const words = matcherWords(segment, value);
    if (words !== undefined && !lexiconsMayHit(words, 'en')) continue;
    // A term already counted in this segment adds nothing (hitsToReasons counts the same text of a place once), so
    // its other occurrences skip the readings of their context: a segment that repeats one insult costs a match each.
    const counted = new Set<string>();
    // In pieces: the matcher's cost grows with its hits times its text, so a long segment full of
    // swearing would take quadratic time whole.
    for (const chunk of chunkText(value, CHUNK)) {
      let lower: string | undefined;
      for (const hit of matchLexicons(chunk.text, { language: inLanguage, except: 'en' })) {
        const key = `${hit.category}\u0000${hit.text.toLowerCase()}`;
        if (counted.has(key)) continue;
        if (quoted(chunk.text, hit.start, hit.end) || (hit.category === 'slur' && (calledBefore(chunk.text, hit.start, hit.end, hit.lang) || namedAsWord(chunk.text, hit.start, hit.end)))) continue;
        if (blankedAsLookalike(segment, chunk.start + hit.start, chunk.start + hit.end)) continue;
        // A writer who names their own group with a swear word ("soy una jodida lesbiana", "ich bin eine verdammte Lesbe").
        if (hit.category === 'slur' && hit.term.split(' ').some((word) => PEOPLE_NAMES.has(word)) && writerRightBefore(chunk.text.toLowerCase(), hit.start)) continue;
        // A slur worn by the writer or their community ("Bollera orgullosa", "Jestem kaleką"), bare: a listed frame of
        // contempt or address around it ("maricas de mierda") is aimed whoever says it.
        if (hit.category === 'slur' && !hit.term.includes(' ') && claimedByWriter((lower ??= chunk.text.toLowerCase()), hit.start, hit.end)) continue;
        if (language() === 'en') {
          // Nothing but Hindi and Polish is read in it, and neither unless its words are there: no need to read on.
          if (!romanisedHindi() && !polish()) return [];
          if (!((hit.lang === 'hi' && romanisedHindi()) || (hit.lang === 'pl' && polish()))) continue;
        }
        // An insult a member aims at themself is banter ("je suis nul en cuisine", "aptal gibi gülerim"), and so is one
        // about a friend they go on to love ("mi mejor amigo es un cabrón, pero lo quiero"), or one the writer reports
        // being called ("меня постоянно называли чуркой"), as a slur is.
        if (hit.category === 'profanity' && (aimedAtSelf((lower ??= chunk.text.toLowerCase()), hit.start, hit.end, hit.lang) || toldFondly(lower, hit.start, hit.end) || reportedName(lower, hit.start, hit.end))) continue;
        // So is one denied ("no eres un idiota, eres muy listo"); a slur denied is still a slur used.
        if (hit.category === 'profanity' && deniedInsult(chunk.text, hit.start, hit.end)) continue;
        // And one that is a work's title ("mi libro favorito es El idiota") or a place's name ("sono nato a Troia").
        if (hit.category === 'profanity' && (namedWork(chunk.text, hit.start, hit.end) || namedPlace(chunk.text, hit.start, hit.end))) continue;
        counted.add(key);
        hits.push({
          category: hit.category === 'slur' ? 'hate' : 'profanity',
          weight: WEIGHT[hit.category],
          evidence: evidenceOf(segment, hit.text),
          why: `${hit.category === 'slur' ? 'slur' : 'swear word or insult'} in the ${hit.lang} lexicon ("${hit.term}")`,
        });
      }
    }
  }
  return hitsToReasons(hits, 'local:lexicon');
};

const OWN_LANGUAGES = new MemoByWordId((text, from, to) => ownWordLanguages(text.slice(from, to)));

/**
 * The languages (languageBit mask) a document shows by words of their own (language.ts OWN_WORDS), read
 * from each segment's words by id, and Turkish by its letters, which normalising folds: a strict term of
 * such a language counts only where it shows ("I teach Con Law" is no French).
 */
function languagesShown(segments: readonly PreparedSegment[]): number {
  let bits = segments.some((segment) => hasTurkishLetter(segmentText(segment))) ? languageBit('tr') : 0;
  eachOwnWord(segments, (_, own) => {
    bits |= own;
  });
  return bits;
}

/** Each word of the segments' shared readings that is some languages' own (OWN_WORDS), with its id and their bits. */
function eachOwnWord(segments: readonly PreparedSegment[], visit: (id: number, own: number) => void): void {
  for (const segment of segments) {
    const { text, count, words } = segment.words;
    for (let k = 0; k < count; k++) {
      const at = k * STRIDE;
      const id = words[at + ID]!;
      const own = OWN_LANGUAGES.of(id, text, words[at + START]!, words[at + END]!);
      if (own !== 0) visit(id, own);
    }
  }
}

/**
 * The languages (languageBit mask) of which a document holds two different words of their own that are not
 * also `besides`'s own: what says a language franc did not find plausible ("Vou matar uns gays hoje à noite"
 * reads as French, "à" being a French word too, but "vou" and "uns" are Portuguese). One word is not enough:
 * "os" is French too (a bone), and a grammar reads only its own language's negations.
 */
export function languagesSaidTwice(segments: readonly PreparedSegment[], besides: Language | undefined): number {
  const skip = besides === undefined ? 0 : languageBit(besides);
  // Per language bit, the first own word's id met (-1: none yet).
  const first = new Int32Array(32).fill(-1);
  let said = 0;
  eachOwnWord(segments, (id, own) => {
    if ((own & skip) !== 0) return;
    for (let bit = 0, bits = own & ~said; bits !== 0; bit++, bits >>>= 1) {
      if ((bits & 1) === 0) continue;
      if (first[bit] === -1) first[bit] = id;
      else if (first[bit] !== id) said |= 1 << bit;
    }
  });
  return said;
}

/**
 * Whether the words at value[from, to) lie in an innocent look-alike the rules' reading blanks (innocent-lookalikes.ts):
 * the lexicons read the member's own text, so a phrase that names a place or a thing ("pedały w rowerze", a bicycle's
 * pedals) is found here. A segment with nothing blanked or corrected keeps its normalised reading as its norm.
 */
function blankedAsLookalike(segment: PreparedSegment, from: number, to: number): boolean {
  const { norm } = segment;
  if (norm === segment.normalised) return false;
  let read = false;
  for (let i = 0; i < norm.text.length; i++) {
    if (norm.start[i]! < from || norm.end[i]! > to) continue;
    if (norm.text[i] !== ' ') return false;
    read = true;
  }
  return read;
}

/**
 * Characters past ASCII that the matcher and the sentence splitter's own table read as neither letters nor
 * word signs (curly quotes, dashes), each with the ASCII character normalising folds it to, which the reading
 * holds in its place and which the matcher reads alike. An ellipsis folds to three dots, a longer reading (ELLIPSIS).
 */
const PLAIN_PUNCTUATION = new Map([[0x2013, 0x2d], [0x2014, 0x2d], [0x2018, 0x27], [0x2019, 0x27], [0x201c, 0x22], [0x201d, 0x22]]);
/** splitLong (chunk-text.ts) cuts a long sentence inside a word only after a run of at least half a chunk without a space. */
const LONG_RUN = CHUNK / 2 - 1;

/**
 * The words the lexicons' matcher reads in `value`, when they can be had by id instead of by reading it chunk
 * by chunk: the segment's whole text is read, and it is the reading's text in lower case (normalising changed
 * nothing but case and curly quotes and dashes to ASCII) with nothing else past ASCII, so the matcher's words of
 * it, lower-cased as the matcher lower-cases them, are the reading's when no masking sign touches a word
 * ("sh!t", "f**", "a@b", "$hit"). The chunks' words are then some of them too, each next to the same word: a
 * sentence ends after a sign or a space, never between two letters, and a long sentence is cut at a space unless
 * it runs half a chunk without one. So when no word of the reading may start a hit, no chunk has one.
 * An ellipsis is three dots in the reading, and no word for either. A handle's "@" ("@studio.lena", "follow
 * @lena"), after no word and no sign, is read by normalising as an "a" ("astudio") but opens no word for the
 * matcher, which reads the word after it ("studio"). A digit normalising reads as a letter ("lena93" is "lenage",
 * "sh1t" is "shit") is a digit to the matcher, which keys a word of letters and digits by its own leet table
 * ("lena9e", "shit"), as the gate keys each word it is given. Where those are all else that differs, the words
 * are those of the reading's text with each such "@" a space and each such digit as written (a third of short
 * bios hold a handle, one in seven a digit in a word). Undefined when they cannot be had so.
 */
export function matcherWords(segment: PreparedSegment, value: string): WordReading | undefined {
  const reading = segment.words.text;
  if (value.length > reading.length) return undefined;
  const long = value.length > CHUNK;
  let run = 0;
  let afterWord = false;
  let signsAfterWord = false;
  // Where the reading differs from what the matcher reads, the reading's offset and the unit the matcher reads there.
  let differences: number[] | undefined;
  // value[i] is read as reading[j] on: each ellipsis puts the reading two units further on.
  let j = 0;
  for (let i = 0; i < value.length; i++, j++) {
    const c = value.charCodeAt(i);
    if (c === ELLIPSIS) {
      if (!reading.startsWith('...', j)) return undefined;
      j += 2;
    } else if (c >= 0x80) {
      if (PLAIN_PUNCTUATION.get(c) !== reading.charCodeAt(j)) return undefined;
    } else if ((c >= 65 && c <= 90 ? c + 32 : c) !== reading.charCodeAt(j)) {
      if (c >= 48 && c <= 57) (differences ??= []).push(j, c);
      else if (c === AT && reading.charCodeAt(j) === LETTER_A && (i === 0 || !inMatcherWord(value.charCodeAt(i - 1)))) (differences ??= []).push(j, SPACE);
      else return undefined;
    }
    run = c === 32 ? 0 : run + 1;
    if (long && run >= LONG_RUN) return undefined;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter || (c >= 48 && c <= 57)) {
      if (signsAfterWord) return undefined;
      afterWord = true;
    } else if (c === 0x2a) {
      if (afterWord || signsAfterWord) return undefined;
    } else if (c === 0x23 || c === AT || c === 0x24 || c === 0x21) {
      if (c === 0x24 && /[A-Za-z]/.test(value[i + 1] ?? '')) return undefined;
      signsAfterWord ||= afterWord;
      afterWord = false;
    } else {
      afterWord = false;
      signsAfterWord = false;
    }
  }
  if (j !== reading.length) return undefined;
  if (differences === undefined) return segment.words;
  let matched = '';
  let from = 0;
  for (let d = 0; d < differences.length; d += 2) {
    matched += reading.slice(from, differences[d]) + String.fromCharCode(differences[d + 1]!);
    from = differences[d]! + 1;
  }
  return readWords(matched + reading.slice(from));
}
const AT = 0x40;
const SPACE = 0x20;
const LETTER_A = 0x61;
/** "…", which the matcher reads as no part of a word, as the reading its three dots. */
const ELLIPSIS = 0x2026;

/** Whether an ASCII character may be part of a word the matcher reads (Words, match.ts): a letter, a digit or a masking sign. */
function inMatcherWord(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x2a || c === 0x23 || c === AT || c === 0x24 || c === 0x21;
}

/**
 * Per language, a verb of saying or calling that a slur after it in its sentence is the object of: the word
 * is reported, not aimed ("اللي بيقول على حد زنجي عنصري", "متقولش لحد يا لوطي"). Arabic only: its verb comes
 * first, with words between; Hindi puts the verb after the word, which curation.ts's allow-list reads.
 */
const CALLED_BEFORE: Partial<Record<Language, RegExp>> = {
  // Mandarin, the writer called so, the verb and "me" right before the word ("别人叫我黑鬼", "同学骂我是…", "被人叫成…").
  zh: /(?:[叫骂喊称]我(?:是|做|成|为)?|说我是|被(?:人|别人|同学|他们)?[叫骂喊称](?:做|成|为)?)$/u,
  ar: /(?<!\p{L})(?:[مبوفل]?[هحس]?[تينا]?قول\p{L}*|[وف]?قال\p{L}{0,4}|[وف]?قلت\p{L}{0,2}|قلنا|[مبو]?[تين]?سمي\p{L}*|[مبو]?[تين]?نادي\p{L}*|[بو]?[تين]?وصف\p{L}*|كلمه|كلمة|لفظ\p{L}{0,2})(?!\p{L})[^.!?؟\n]{0,30}$/u,
};
function calledBefore(text: string, start: number, end: number, lang: Language): boolean {
  // In every language, the writer called so by others, beside the slur: a bullying story told (insult-target.ts).
  return (CALLED_BEFORE[lang]?.test(text.slice(Math.max(0, start - 60), start)) ?? false) || reportedName(text, start, end);
}

const QUOTES = new Set(['"', "'", '«', '»', '„', '“', '”', '‘', '’', '‚', '「', '」', '『', '』']);

/**
 * Words in quotation marks are mentioned, not used: a word ('calling someone "sudaca" is racist') or a
 * sentence quoted to reject it ('writing "X are vermin" says more about you'): an odd number of quote
 * marks before it in its text, and one after it.
 */
export function quoted(text: string, start: number, end: number): boolean {
  let before = 0;
  for (let i = Math.max(0, start - QUOTE_REACH); i < start; i++) if (QUOTES.has(text[i]!) && !isApostrophe(text, i)) before++;
  return before % 2 === 1 && quoteMarkAfter(text, end) >= 0;
}

/**
 * A question whose contempt or threat the writer answers "no" at once ("Czy X to pasożyty? Nie, to nasi
 * sąsiedzi", "Je sais où tu habites ? Non, mais je livre partout") raises it to refute it: counter-speech,
 * as a quotation is. `end` is where the contempt or threat ends in the folded text.
 */
export function answeredNo(text: string, end: number): boolean {
  return ANSWERED_NO.test(text.slice(end, end + ANSWER_REACH));
}
const ANSWERED_NO = /^[^.!?\n]*\?\s*(?:nie|no|non|nein|nao|não|nee|niet)(?![a-z])/i;
const ANSWER_REACH = 80;

/** Where the first quote mark (not an apostrophe) at or after `from`, within `reach` characters, is; -1 when none. */
export function quoteMarkAfter(text: string, from: number, reach = QUOTE_REACH): number {
  for (let i = from; i < Math.min(text.length, from + reach); i++) if (QUOTES.has(text[i]!) && !isApostrophe(text, i)) return i;
  return -1;
}

/** Where the last quote mark (not an apostrophe) before `to`, within `reach` characters, is; -1 when none. */
export function quoteMarkBefore(text: string, to: number, reach = QUOTE_REACH): number {
  for (let i = to - 1; i >= Math.max(0, to - reach); i--) if (QUOTES.has(text[i]!) && !isApostrophe(text, i)) return i;
  return -1;
}

/** How far either side a quotation is looked for: a quoted sentence, not a whole long text (linear cost). */
const QUOTE_REACH = 300;

/** ' and ’ between letters are apostrophes ("l'homme", "don't"), not quotes. */
function isApostrophe(text: string, i: number): boolean {
  return (text[i] === "'" || text[i] === '’') && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
}

/** The member's own text of a segment: a text segment's value, a link's visible text. */
export function segmentText(segment: PreparedSegment): string {
  return segment.kind === 'text' ? segment.value : (segment.linkText ?? '');
}

const rankings = new WeakMap<readonly PreparedSegment[], readonly (readonly [Language, number])[]>();
const romanisedHindi = new WeakMap<readonly PreparedSegment[], boolean>();
/** Languages scored at least this share of the likeliest one's count as candidates (documentLanguages). */
const CLOSE = 0.85;

/**
 * The document's language, detected once from the start of its text (undefined when franc will not
 * say), and kept for the document's other detectors (franc costs about 0.2 ms).
 */
export function documentLanguage(segments: readonly PreparedSegment[]): Language | undefined {
  return documentLanguages(segments)[0];
}

/**
 * The likeliest language and those nearly as likely (a short sentence reads as several), likeliest
 * first: those scored at least `share` of the likeliest one's. franc ranks a document once, whatever
 * share its detectors ask for.
 */
export function documentLanguages(segments: readonly PreparedSegment[], share = CLOSE): readonly Language[] {
  let ranked = rankings.get(segments);
  if (ranked === undefined) rankings.set(segments, (ranked = rankLanguages(languageSample(segments))));
  return languagesWithin(ranked, share);
}

/** The document's languages when documentLanguages has read them already (what costs nothing to ask). */
export function detectedLanguages(segments: readonly PreparedSegment[]): readonly Language[] | undefined {
  return rankings.has(segments) ? documentLanguages(segments) : undefined;
}

/**
 * Whether the document is Hindi written in Latin letters, which franc cannot name (it reads as
 * English or as anything else): its own words say it. Read once per document.
 */
export function readsRomanisedHindi(segments: readonly PreparedSegment[]): boolean {
  let known = romanisedHindi.get(segments);
  if (known === undefined) romanisedHindi.set(segments, (known = segments.some((s) => s.kind === 'text' && looksRomanisedHindi(s.value))));
  return known;
}

const polishTexts = new WeakMap<readonly PreparedSegment[], boolean>();

/**
 * Whether the document shows Polish by its own letters and words (language.ts looksPolish), which franc
 * misses in one short line ("Lesbijki są okropne." reads as French). Read once per document.
 */
export function readsPolish(segments: readonly PreparedSegment[]): boolean {
  let known = polishTexts.get(segments);
  if (known === undefined) polishTexts.set(segments, (known = segments.some((s) => s.kind === 'text' && looksPolish(s.value))));
  return known;
}

/** The start of a document's text, what franc reads. */
function languageSample(segments: readonly PreparedSegment[]): string {
  let sample = '';
  for (const segment of segments) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    if (segment.kind === 'text') sample += `${segment.value.slice(0, LANGUAGE_SAMPLE)}\n`;
  }
  return sample.slice(0, LANGUAGE_SAMPLE);
}
