/**
 * The scorers themselves, to score in the importing thread (eval, the bench, a scoring thread, tests).
 * Importing this loads every rule and lexicon (about 25 MB and 0.4 s); a command that scores as it runs
 * takes openScorer from index.ts instead.
 */
export { createScorer } from './create-scorer.js';
export { createLocalScorer, detectLocal, scoreLocal, NAMED_RULE_DETECTORS, RULE_DETECTORS, type LocalOptions } from './score-local.js';
export { createOpenAIScorer, type OpenAIScorerOptions } from './openai-scorer.js';
export { normalise, originalSpan, type Normalised } from './normalise.js';
