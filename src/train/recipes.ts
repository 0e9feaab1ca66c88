import { DEFAULT_SPEC, type FeatureSpec } from '../moderation/model/features.js';
import { TEXT_MODELS, type TextModelVersion } from '../moderation/model/load-text-model.js';
import type { ModelCategory } from './label-map.js';

/** What one shipped model version is trained from: its features, its sets and its operating points. */
export interface Recipe {
  version: TextModelVersion;
  spec: FeatureSpec;
  /** Sets of ../shared/train (keys of SET_MAPPINGS), in reading order. */
  sets: readonly string[];
  /**
   * Each head's operating point: the calibrated probability at which its reason reaches the config's
   * default threshold 0.5 (MODEL_CARD.md). The rules already catch the obvious, so the model speaks
   * only when it is sure. HateCheck's praise of groups is where the hate head errs, hence its high point.
   */
  operatingPoints: Record<ModelCategory, number>;
  out: string;
}

const ENGLISH_SETS = [
  'davidson-offensive', 'stormfront-hate', 'convabuse', 'civil-toxic-spans', 'wiki-talk-context', 'wiki-toxicity-identity',
  'identity-templates', 'toxigen-demonstrations', 'xstest', 'simple-safety-tests', 'ailuminate-demo', 'synthetic-personas',
];

/**
 * Sets whose licence asks that adaptations carry the same licence (CC BY-SA). Whether weights are an
 * adaptation is unsettled; the package is MIT, so v2 leaves them out (docs/quality.md).
 */
export const SHARE_ALIKE_SETS = ['stormfront-hate', 'told-br'];

const V1_POINTS: Record<ModelCategory, number> = {
  harassment: 0.675, hate: 0.95, sexual: 0.85, violence: 0.75, 'self-harm': 0.75, illicit: 0.75, profanity: 0.78,
};

export const RECIPES: Record<TextModelVersion, Recipe> = {
  v1: { version: 'v1', spec: DEFAULT_SPEC, sets: ENGLISH_SETS, operatingPoints: V1_POINTS, out: TEXT_MODELS.v1 },
  v2: {
    version: 'v2',
    // Character 2-grams too: Chinese and Japanese words are one or two characters, and their text has no spaces.
    spec: { ...DEFAULT_SPEC, buckets: 1 << 19, charMin: 2 },
    sets: [
      ...ENGLISH_SETS, 'germeval-2018', 'gahd', 'told-br', 'mlma-hate', 'cold', 'japanese-toxic',
    ].filter((s) => !SHARE_ALIKE_SETS.includes(s)),
    // The multilingual harassment head flags more English at v1's point (openai-moderation FPR 0.13): 0.75
    // brings it back to 0.11 (chosen on the openai-moderation and surge dev halves, as v1's were).
    operatingPoints: { ...V1_POINTS, harassment: 0.75 },
    out: TEXT_MODELS.v2,
  },
};
