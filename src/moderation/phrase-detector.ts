import type { Category } from './types.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';
import { compilePattern, type CompiledPattern, type Slots } from './phrase-pattern.js';
import type { PreparedSegment } from './prepare-segments.js';

/** A readable lexicon: weighted patterns (phrase-pattern.ts syntax) per category, plus named lists. */
export interface LexiconSpec {
  slots?: Slots;
  /** [weight 0..1, pattern]: how strongly one match alone indicates the category. */
  phrases: Partial<Record<Category, ReadonlyArray<readonly [number, string]>>>;
  /**
   * Whether a negation or quotation around a match weakens it ("I don't hate...", "saying 'X are
   * scum' is bigoted"). Off for words that are harmful however they are framed (slurs).
   */
  negatable?: boolean;
}

interface Entry extends CompiledPattern {
  category: Category;
  weight: number;
}

/** A detector that reports every lexicon match with its weight (damped when negated or quoted). */
export function phraseDetector(name: string, spec: LexiconSpec): Detector {
  const entries = compileLexicon(spec);
  const negatable = spec.negatable ?? true;
  return (segments) => {
    const hits: Hit[] = [];
    for (const segment of segments) {
      if (segment.kind !== 'text') continue;
      for (const m of findPhrases(entries, segment)) {
        const weight = negatable ? m.entry.weight * framing(segment.norm.text, m.from, m.to) : m.entry.weight;
        hits.push({ category: m.entry.category, weight, evidence: evidenceAt(segment, m.from, m.to) });
      }
    }
    return hitsToReasons(hits, `local:${name}`);
  };
}

export function compileLexicon(spec: LexiconSpec): Entry[] {
  const entries: Entry[] = [];
  for (const [category, list] of Object.entries(spec.phrases) as [Category, ReadonlyArray<readonly [number, string]>][]) {
    for (const [weight, pattern] of list) entries.push({ ...compilePattern(pattern, spec.slots), category, weight });
  }
  return entries;
}

export function findPhrases(entries: readonly Entry[], segment: PreparedSegment): { entry: Entry; from: number; to: number }[] {
  const found: { entry: Entry; from: number; to: number }[] = [];
  const text = segment.norm.text;
  for (const entry of entries) {
    if (entry.anchor && !segment.squeezed.includes(entry.anchor)) continue;
    entry.regex.lastIndex = 0;
    for (let m = entry.regex.exec(text); m; m = entry.regex.exec(text)) {
      found.push({ entry, from: m.index, to: m.index + m[0].length });
      if (m[0].length === 0) entry.regex.lastIndex++;
    }
  }
  return found;
}

const NEGATION = /(?<![\p{L}'])(?:not|never|no|nobody|nothing|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|stop|against|without)(?![\p{L}'])/u;
const REPORTED = /(?<![\p{L}'])(?:say|saying|says|said|call|calling|called|tell|telling|told|claim|claiming|claims|like)(?![\p{L}'])/u;

/**
 * How much of a match's weight survives its framing: a negation shortly before it in the same sentence
 * ("I don't hate...") leaves a quarter, quoting it ("saying 'X are scum' is wrong") or reporting it
 * ("people calling women disgusting") leaves less than half.
 */
function framing(text: string, from: number, to: number): number {
  const sentenceStart = Math.max(
    text.lastIndexOf('.', from - 1), text.lastIndexOf('!', from - 1), text.lastIndexOf('?', from - 1),
    text.lastIndexOf('\n', from - 1), from - 40,
  ) + 1;
  const before = text.slice(sentenceStart, from);
  if (NEGATION.test(before)) return 0.25;
  if (insideQuotes(text, from, to)) return 0.4;
  if (REPORTED.test(before)) return 0.6;
  return 1;
}

function insideQuotes(text: string, from: number, to: number): boolean {
  let before = 0;
  for (let i = 0; i < from; i++) if (text[i] === '"') before++;
  return before % 2 === 1 && text.indexOf('"', to) >= 0;
}
