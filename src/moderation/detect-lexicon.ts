import { detectLanguage, matchLexicons, type Language } from './lexicons/index.js';
import type { PreparedSegment } from './prepare-segments.js';
import { chunkText } from './chunk-text.js';
import { evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';

/**
 * Swearing, insults and slurs in every supported language, from the curated lexicons
 * (src/moderation/lexicons, docs/quality.md): a slur is hate, the rest profanity, so the profanity
 * policy switch governs what is only swearing. English is left to detect-profanity.ts and
 * detect-hate.ts, which weigh each English word, and so is a document franc reads as English: the
 * other lists share English words ("shit" is Dutch too) and, with accents folded, look-alikes
 * ("götten", "gotten"); skipping it also keeps the matcher's cost off English text. Runs only with
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
  const language = documentLanguage(segments);
  if (language === 'en') return [];
  const hits: Hit[] = [];
  let budget = READ_LIMIT;
  for (const segment of segments) {
    const value = segmentText(segment).slice(0, budget);
    if (!value) continue;
    budget -= value.length;
    // In pieces: the matcher's cost grows with its hits times its text, so a long segment full of
    // swearing would take quadratic time whole.
    for (const chunk of chunkText(value, CHUNK)) {
      for (const hit of matchLexicons(chunk.text, { language })) {
        if (hit.lang === 'en' || quoted(chunk.text, hit.start, hit.end)) continue;
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

const QUOTES = new Set(['"', "'", '«', '»', '„', '“', '”', '‘', '’', '‚', '「', '」', '『', '』']);

/** A word in quotation marks is mentioned, not used ('calling someone "sudaca" is racist'). */
function quoted(text: string, start: number, end: number): boolean {
  return QUOTES.has(text[start - 1] ?? '') && QUOTES.has(text[end] ?? '');
}

/** The member's own text of a segment: a text segment's value, a link's visible text. */
export function segmentText(segment: PreparedSegment): string {
  return segment.kind === 'text' ? segment.value : (segment.linkText ?? '');
}

/** The document's language, detected once from the start of its text (undefined when franc will not say). */
export function documentLanguage(segments: readonly PreparedSegment[]): Language | undefined {
  let sample = '';
  for (const segment of segments) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    if (segment.kind === 'text') sample += `${segment.value.slice(0, LANGUAGE_SAMPLE)}\n`;
  }
  return detectLanguage(sample.slice(0, LANGUAGE_SAMPLE));
}
