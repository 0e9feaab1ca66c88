import type { PlannedReplacement, ScanSummary } from './scan.js';
import type { ScorerAvailability } from './scorer-outcomes.js';

/** The scan's one-line summary, as the CLI and the demo print it. */
export function summaryLine(s: ScanSummary): string {
  const seconds = (s.durationMs / 1000).toFixed(1);
  const replaced = s.dryRun ? `${s.wouldReplace?.length ?? 0} would be replaced (dry run, nothing written)` : `${s.replaced} replaced`;
  return `scanned ${s.scanned} abouts in ${seconds} s: ${s.skipped} skipped, ${s.flagged} flagged, ${replaced}, `
    + `${s.conflicts} conflicts, ${s.errors} errors`;
}

/** One dry-run line: ids and categories only, never member text. */
export function planLine(plan: PlannedReplacement): string {
  return `would replace about ${plan.aboutId} (member ${plan.memberId}, revision ${plan.revision}): ${plan.categories.join(', ')}`;
}

/** Why a scan failed for want of a scorer, as one line: the reason most attempts gave and how many failed. */
export function scorerUnavailableLine(a: ScorerAvailability): string {
  return `scorer unavailable: ${a.commonError?.message ?? 'no verdict'} (${a.failures} of ${a.attempts} scoring attempts failed)`;
}
