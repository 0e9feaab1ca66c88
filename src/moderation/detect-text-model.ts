import type { Category, Reason } from './types.js';
import { evidenceOf, round, type Detector } from './detector.js';

/**
 * The seam for a learned text classifier beside the rules. Anything with this shape plugs in (see
 * LocalOptions.textModel); the scorer turns its probabilities into reasons at the local thresholds.
 */
export interface TextModel {
  /** Probability 0..1 per category for one piece of member text (a sentence, or a short segment). */
  predict(text: string): Partial<Record<Category, number>>;
  /** Names the model and its weights; part of the scorer id, so new weights trigger a rescore. */
  readonly id?: string;
}

const MAX_EVIDENCE = 5;
/** A sentence below this probability is not shown as evidence (unless it is the strongest). */
const EVIDENCE_P = 0.3;
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Asks the model about every sentence of every text segment. A category's score is its highest
 * sentence probability (not a sum: a long About must not add up many doubtful sentences), and the
 * evidence is the sentences that drove it, strongest first, each with its segment's path.
 */
export function textModelDetector(model: TextModel): Detector {
  return (segments) => {
    const best = new Map<Category, { p: number; value: string; path: string; place: string }[]>();
    for (const segment of segments) {
      if (segment.kind !== 'text') continue;
      for (const { segment: sentence } of sentences.segment(segment.value)) {
        const value = sentence.trim();
        if (!/[\p{L}\p{N}]/u.test(value)) continue;
        for (const [category, p] of Object.entries(model.predict(value)) as [Category, number][]) {
          if (!(p > 0)) continue;
          const list = best.get(category) ?? [];
          best.set(category, list);
          list.push({ p: Math.min(1, p), value, path: segment.path, place: segment.place });
        }
      }
    }
    const reasons: Reason[] = [];
    for (const [category, list] of best) {
      list.sort((a, b) => b.p - a.p);
      reasons.push({
        category,
        score: round(list[0]!.p),
        // The sentences that drove the score; the model gives every sentence some probability.
        evidence: list.filter((s, i) => i === 0 || s.p >= EVIDENCE_P).slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s, s.value)),
        source: 'local:model',
      });
    }
    return reasons;
  };
}
