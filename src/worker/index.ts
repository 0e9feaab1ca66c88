/** The worker stage's public surface: the scan and the work queue other stages (serve) share with it. */
export { createPageScanner, runScan, type PageScanner, type PlannedReplacement, type ScanOptions, type ScanProgress, type ScanSummary } from './scan.js';
export { createWorkQueue, type WorkQueue, type WorkQueueOptions } from './queue.js';
export {
  decideAfterConflict,
  decideBeforeScoring,
  decideOnVerdict,
  type Precheck,
  type ReviewFacts,
  type SkipReason,
  type VerdictDecision,
} from './decide.js';
export { ReviewIndex } from './review-index.js';
export { planLine, scorerUnavailableLine, summaryLine } from './summary-line.js';
export { countedScorer, ScorerOutcomes, type ScorerAvailability } from './scorer-outcomes.js';
