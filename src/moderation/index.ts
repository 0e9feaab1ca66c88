/** The moderation stage's public surface: other stages import only from here. */
export type { Category, Evidence, Reason, Scorer, Verdict } from './types.js';
export { ScorerError } from './scorer-error.js';
export { createScorer, openScorer, type ScorerOptions } from './create-scorer.js';
export { DocumentNotScored } from './score-pool.js';
export { createLocalScorer, detectLocal, scoreLocal, NAMED_RULE_DETECTORS, RULE_DETECTORS, type LocalOptions } from './score-local.js';
export { createOpenAIScorer, type OpenAIScorerOptions } from './openai-scorer.js';
export { decide, categoryEnabled, DEFAULT_THRESHOLD, type Thresholds } from './decide.js';
export type { TextModel } from './detect-text-model.js';
export type { Detector, Hit, Policy } from './detector.js';
export { normalise, originalSpan, type Normalised } from './normalise.js';
