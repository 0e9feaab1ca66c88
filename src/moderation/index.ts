/**
 * The moderation stage's public surface: other stages import only from here, or from scorers.ts to score
 * in their own thread. Light on purpose: the rules, lexicons and model load only where documents are
 * scored (a scoring thread; this one with threads 0 or OpenAI), not in a scan's or a server's main thread.
 */
export type { Category, Evidence, Reason, Scorer, Verdict } from './types.js';
export { ScorerError } from './scorer-error.js';
export type { ScorerOptions } from './create-scorer.js';
export { openScorer } from './open-scorer.js';
export { DocumentNotScored } from './score-pool.js';
export { decide, categoryEnabled, DEFAULT_THRESHOLD, type Thresholds } from './decide.js';
export type { TextModel } from './detect-text-model.js';
export type { Detector, Hit, Policy } from './detector.js';
