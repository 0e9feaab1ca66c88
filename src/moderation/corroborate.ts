import type { Category, Reason } from './types.js';
import { round } from './detector.js';
import { DEFAULT_THRESHOLD, type Thresholds } from './decide.js';
import { MODEL_SOURCE } from './detect-text-model.js';

/**
 * Categories in which the rules and the text model read a text in different ways, so that weak
 * evidence from each is worth more together: a harassment rule sees a listed insult word or its
 * grammar, the model the n-grams of a whole sentence. Only harassment: in other categories the rules'
 * weak reasons are single topic words ("kill", "sex") that the model's sentence scores do not
 * corroborate, and combining them there added false alarms on openai-moderation (docs/history/quality-log.md, branch `surge`).
 */
const CORROBORATED: readonly Category[] = ['harassment'];

/**
 * Reasons where a rule and the text model both found some evidence of a category, each below the
 * category's threshold: their scores combine as independent evidence (1 - (1 - a)(1 - b)), quoting
 * both. A rule or the model that reaches the threshold alone is a reason already, and adds nothing here.
 */
export function corroborate(reasons: readonly Reason[], thresholds: Thresholds): Reason[] {
  const combined: Reason[] = [];
  for (const category of CORROBORATED) {
    const threshold = thresholds[category] ?? DEFAULT_THRESHOLD;
    let rule: Reason | undefined;
    let model: Reason | undefined;
    for (const r of reasons) {
      if (r.category !== category) continue;
      if (r.source === MODEL_SOURCE) model = r;
      else if (!rule || r.score > rule.score) rule = r;
    }
    if (!rule || !model || rule.score >= threshold || model.score >= threshold) continue;
    combined.push({
      category,
      score: round(1 - (1 - rule.score) * (1 - model.score)),
      evidence: [...rule.evidence, ...model.evidence],
      source: `${rule.source}+model`,
    });
  }
  return combined;
}
