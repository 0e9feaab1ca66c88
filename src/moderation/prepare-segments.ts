import type { FlatDocument, Segment } from '../ricos/types.js';
import { correctTypos } from './correct-typos.js';
import { blankRejectedQuestions, QUESTION } from './rejected-question.js';
import { maskNormalised } from './innocent-lookalikes.js';
import { normaliseAndFold, type Normalised } from './normalise.js';
import { matchingForm } from './phrase-pattern.js';
import { readPinyinAbuse } from './pinyin-abuse.js';
import { readWords, type WordReading } from './segment-words.js';
import type { PhraseReading } from './phrase-detector.js';

/** A segment with its matching forms, computed once per document and shared by every detector. */
export interface PreparedSegment extends Segment {
  /**
   * Normalised text (text segments; for links, the link text) with innocent look-alikes blanked
   * (innocent-lookalikes.ts), then typos of lexicon words corrected and Mandarin abuse in pinyin read as its
   * characters (pinyin-abuse.ts): what every rule reads.
   */
  readonly norm: Normalised;
  /** norm before typos were corrected, as normalise() gives it: what the text model reads. */
  readonly normalised: Normalised;
  /** The same text with characters folded only (normaliseAndFold), for contact details and URLs. */
  readonly folded: Normalised;
  /** norm.text as compiled patterns read it (phrase-pattern.ts matchingForm): same length and offsets. */
  readonly matching: string;
  /**
   * The words of normalised.text, read once for every reader that works word by word (segment-words.ts);
   * norm.text's too when norm is normalised (no look-alike blanked, no typo corrected: most segments).
   */
  readonly words: WordReading;
  /**
   * The shared phrase index's reading of `matching` (phrase-detector.ts), made by the first lexicon that reads
   * the segment, for the others. Kept here it lives as long as the document: kept in the index for the
   * last 64 segments, readings outlived scavenges, and V8 came to allocate them in the old generation.
   */
  phraseReading: PhraseReading | undefined;
}

/**
 * A text's claims put as a question only to be rejected ("Women are stupid? Nonsense.") are blanked in its value
 * before anything reads it (rejected-question.ts): no rule, lexicon or the model takes them for the writer's.
 */
export function prepareSegments(doc: FlatDocument): PreparedSegment[] {
  return doc.segments.map((given) => {
    const segment = given.kind === 'text' && QUESTION.test(given.value) ? { ...given, value: blankRejectedQuestions(given.value) } : given;
    const { normalised, folded } = normaliseAndFold(segment.kind === 'text' ? segment.value : (segment.linkText ?? ''));
    // Blanked before typos are corrected: "Twatt" (Orkney) must not be corrected to the insult.
    const words = readWords(normalised.text);
    const norm = readPinyinAbuse(correctTypos(maskNormalised(normalised, words), words), words);
    const matching = matchingForm(norm.text);
    // Object.assign, not a spread: the same object, and V8's spread of a segment plus five fields took
    // about 4 us a segment (a short bio's whole budget is about 70).
    return Object.assign({}, segment, { norm, normalised, folded, matching, words, phraseReading: undefined });
  });
}
