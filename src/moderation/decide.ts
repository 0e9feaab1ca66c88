import type { Category, Reason, Verdict } from './types.js';
import type { Policy } from './detector.js';

export type Thresholds = Partial<Record<Category, number>>;

/** A category the thresholds do not mention flags at this score. */
export const DEFAULT_THRESHOLD = 0.5;

/** Which policy switch governs each category; the ones not listed are always on. */
const SWITCHES: Partial<Record<Category, (policy: Policy) => boolean>> = {
  profanity: (p) => p.flag.profanity,
  hate: (p) => p.flag.hate,
  'hate/threatening': (p) => p.flag.hate,
  harassment: (p) => p.flag.harassment,
  'harassment/threatening': (p) => p.flag.harassment,
  // sexual/minors has no switch: allowing adult content never allows that.
  sexual: (p) => p.flag.sexual,
  'self-harm': (p) => p.flag.selfHarm,
  'self-harm/intent': (p) => p.flag.selfHarm,
  'self-harm/instructions': (p) => p.flag.selfHarm,
  violence: (p) => p.flag.violence,
  'violence/graphic': (p) => p.flag.violence,
  illicit: (p) => p.flag.illicit,
  'illicit/violent': (p) => p.flag.illicit,
  spam: (p) => p.flag.spam,
  'malicious-link': (p) => p.flag.maliciousLinks,
  'contact-info': (p) => p.flagContactInfo,
  'external-link': (p) => p.flagExternalLinks,
};

export function categoryEnabled(category: Category, policy: Policy): boolean {
  return SWITCHES[category]?.(policy) ?? true;
}

/**
 * The verdict from raw reasons: a reason counts when its category is switched on and its score reaches
 * the category's threshold; the document is flagged when any reason counts. Strongest reasons first.
 */
export function decide(reasons: readonly Reason[], thresholds: Thresholds, policy: Policy): Verdict {
  const counted = reasons
    .filter((r) => categoryEnabled(r.category, policy) && r.score >= (thresholds[r.category] ?? DEFAULT_THRESHOLD))
    .sort((a, b) => b.score - a.score);
  return { flagged: counted.length > 0, reasons: counted };
}
