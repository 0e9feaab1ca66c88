import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { Predictor } from './evaluate.js';

/** The plain word-list baseline: obscenity's English list on the raw text, nothing else. */
export function wordListBaseline(): Predictor {
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return {
    name: 'word list',
    predict: async (c) => ({ flagged: matcher.hasMatch(c.raw), categories: new Set() }),
  };
}
