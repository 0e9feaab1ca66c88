import type { Category } from '../config/schema.js';
import type { Reason } from '../moderation/index.js';

/**
 * Each category as a full clause that completes "... because ___": what kind of content it was, never
 * the score or the words that triggered it. Judgements are "appears to"; the link findings are
 * heuristics, so they say what a link looks like, not what it is.
 */
const CLAUSE: Record<Category, string> = {
  harassment: 'it appears to harass or insult someone',
  'harassment/threatening': 'it appears to threaten someone',
  hate: 'it appears to attack a group of people',
  'hate/threatening': 'it appears to threaten a group of people',
  illicit: 'it appears to promote illegal activity',
  'illicit/violent': 'it appears to promote violent illegal activity',
  'self-harm': 'it appears to be about self-harm',
  'self-harm/intent': 'it appears to express an intention to self-harm',
  'self-harm/instructions': 'it appears to give instructions for self-harm',
  sexual: 'it appears to contain sexual content',
  'sexual/minors': 'it appears to contain sexual content involving minors',
  violence: 'it appears to contain violent content',
  'violence/graphic': 'it appears to contain graphic violence',
  profanity: 'it contains profanity',
  spam: 'it appears to be spam or a scam',
  'contact-info': 'it contains personal contact details (a phone number, an email address or a messenger handle)',
  'malicious-link': 'it contains a link that looks like phishing or malware',
  'external-link': 'it links to other websites',
  'prompt-injection': 'it contains text written to manipulate automated tools',
  guidelines: 'it appears to go against the community guidelines',
};

/**
 * The reasons of a decision as clauses, each kind once, joined as a sentence is:
 * "it appears to harass or insult someone and it contains profanity", "a, b and c".
 */
export function reasonsInWords(reasons: readonly Pick<Reason, 'category'>[]): string {
  const clauses = [...new Set(reasons.map((r) => CLAUSE[r.category] ?? CLAUSE.guidelines))];
  if (clauses.length === 0) return CLAUSE.guidelines;
  return clauses.length === 1 ? clauses[0]! : `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)!}`;
}
