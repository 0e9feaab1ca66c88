import type { Category } from '../config/schema.js';
import type { Reason } from '../moderation/index.js';

/**
 * Each category in words a member understands and an owner can skim: what kind of content it was,
 * never the score or the words that triggered it.
 */
const PLAIN: Record<Category, string> = {
  harassment: 'harassing or insulting someone',
  'harassment/threatening': 'threatening someone',
  hate: 'hateful content about a group of people',
  'hate/threatening': 'threats against a group of people',
  illicit: 'promoting illegal activity',
  'illicit/violent': 'promoting violent illegal activity',
  'self-harm': 'content about self-harm',
  'self-harm/intent': 'content about intending to harm oneself',
  'self-harm/instructions': 'instructions for self-harm',
  sexual: 'sexual content',
  'sexual/minors': 'sexual content involving minors',
  violence: 'violent content',
  'violence/graphic': 'graphic violence',
  profanity: 'profanity',
  'contact-info': 'personal contact details (phone numbers or email addresses)',
  'malicious-link': 'a link to a site known to be harmful',
  'external-link': 'links to other websites',
  'prompt-injection': 'text written to manipulate automated tools',
  guidelines: 'content against the community guidelines',
};

/** The reasons of a decision in plain words, each kind once: "profanity and links to other websites". */
export function reasonsInWords(reasons: readonly Pick<Reason, 'category'>[]): string {
  const words = [...new Set(reasons.map((r) => PLAIN[r.category] ?? 'content against the community guidelines'))];
  if (words.length === 0) return PLAIN.guidelines;
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
