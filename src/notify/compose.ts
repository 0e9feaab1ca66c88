import type { Config } from '../config/index.js';
import type { ReviewItem } from '../review/index.js';
import { flatten } from '../ricos/index.js';
import { reasonsInWords } from './reasons.js';
import { defangUrl, escapeMarkup, quoteMemberText } from './safe-text.js';

/**
 * Notice texts, pure: from a review item (or a scan's counts) and the config to what is sent. The
 * member is told why in plain words, never scores or the words that triggered it; the owner gets a
 * bounded, escaped, defanged excerpt at most.
 */

/**
 * Variables of the member's Triggered Email (Wix takes strings only). `message` alone makes a complete
 * email, in paragraphs separated by a blank line; `reason` completes "... because ___".
 */
export type MemberVariables = Record<'noticeType' | 'reason' | 'guidelinesUrl' | 'whatNext' | 'message', string>;

/** An owner notice; the webhook sends `*subject*` and the text, SMTP a subject line and a plain-text body. */
export interface OwnerMessage {
  subject: string;
  text: string;
}

/** Counts of one scan, as the digest reports them. */
export interface DigestCounts {
  scanned: number;
  flagged: number;
  replaced: number;
  errors: number;
}

/** What the digest names of a replaced item (never its content). */
export type DigestItem = Pick<ReviewItem, 'id' | 'memberId' | 'reasons' | 'flaggedAt'>;

type NotifyConfig = Config['notify'];

/** How many review items a digest lists by name. */
export const DIGEST_ITEMS = 10;

export function memberRemovedVariables(item: Pick<ReviewItem, 'reasons'>, notify: NotifyConfig): MemberVariables {
  const reason = reasonsInWords(item.reasons);
  const whatNext = 'A moderator will look at it. If it was a mistake, your About comes back as it was and we will let you know. '
    + 'You can also edit your About at any time; the new version is checked again.';
  // The link on a line of its own: nothing runs into it, and mail clients make it clickable whole.
  const guidelines = notify.guidelinesUrl ? [`Please see the community guidelines:\n${notify.guidelinesUrl}`] : [];
  return {
    noticeType: 'removed',
    reason,
    guidelinesUrl: notify.guidelinesUrl,
    whatNext,
    message: [`The About section on your profile was hidden and replaced with a notice because ${reason}.`, ...guidelines, whatNext].join('\n\n'),
  };
}

export function memberRestoredVariables(notify: NotifyConfig): MemberVariables {
  const whatNext = 'Nothing for you to do: it is visible again exactly as you wrote it.';
  return {
    noticeType: 'restored',
    reason: '',
    guidelinesUrl: notify.guidelinesUrl,
    whatNext,
    message: `Your About is back. A moderator reviewed the About section on your profile and restored it.\n\n${whatNext}`,
  };
}

/** The owner's notice for one replacement made after a member edit (serve's webhook rescans). */
export function ownerReplacedMessage(item: ReviewItem, notify: NotifyConfig): OwnerMessage {
  const { text, links } = excerpt(item.original.content);
  const lines = [
    `An About was replaced with the placeholder after a member edit and waits for review.`,
    `Flagged because ${reasonsInWords(item.reasons)}.`,
    `Member ${escapeMarkup(item.memberId)}, About ${escapeMarkup(item.aboutId)}, review item ${escapeMarkup(item.id)}.`,
    `What they wrote (excerpt; links defanged): "${text}"`,
    ...(links.length ? [`Links in it: ${links.join(' ')}`] : []),
    `Review: aboutmod review show ${escapeMarkup(item.id)}${reviewLink(notify, item.id)}`,
  ];
  return { subject: `aboutmod: an About was replaced (review item ${escapeMarkup(item.id)})`, text: lines.join('\n') };
}

/** The owner's digest after a scan: counts, and the newest replacements with their reasons (no member text). */
export function ownerDigestMessage(counts: DigestCounts, waiting: number, items: readonly DigestItem[], notify: NotifyConfig): OwnerMessage {
  const newest = [...items].sort((a, b) => (a.flaggedAt < b.flaggedAt ? 1 : -1)).slice(0, DIGEST_ITEMS);
  const lines = [
    `Scan finished: ${counts.scanned} Abouts scanned, ${counts.flagged} flagged, ${counts.replaced} replaced, ${counts.errors} left for the next scan.`,
    `${waiting} review items wait for a decision.`,
    '',
    `Newest (${newest.length} of ${items.length} replaced in this scan):`,
    ...newest.map((i) => `- ${escapeMarkup(i.id)}: flagged because ${reasonsInWords(i.reasons)} (member ${escapeMarkup(i.memberId)}). `
      + `aboutmod review show ${escapeMarkup(i.id)}${reviewLink(notify, i.id)}`),
    '',
    `All of them: aboutmod review list --status replaced${notify.owner.reviewUrl ? ` or ${reviewBase(notify.owner.reviewUrl)}` : ''}`,
  ];
  return { subject: `aboutmod: ${counts.replaced} Abouts replaced, ${waiting} waiting for review`, text: lines.join('\n') };
}

/** Slack-compatible webhook body: `text` only, subject in bold (the subject holds no member text). */
export function webhookBody(message: OwnerMessage): { text: string } {
  return { text: `*${message.subject}*\n${message.text}` };
}

function excerpt(content: unknown): { text: string; links: string[] } {
  try {
    const flat = flatten(content);
    // Link targets too: a phishing URL often hides behind harmless link text.
    const links = [...new Set(flat.links.map((l) => l.url))].slice(0, 3).map((u) => escapeMarkup(defangUrl(quoteRaw(u))));
    return { text: quoteMemberText(flat.text), links };
  } catch {
    return { text: '(the original could not be read; see review show)', links: [] };
  }
}

/** A URL bounded and stripped of control characters, before defanging and escaping. */
function quoteRaw(url: string): string {
  return [...url.replace(/[\p{Cc}\p{Cf}\s]+/gu, '')].slice(0, 120).join('');
}

function reviewLink(notify: NotifyConfig, id: string): string {
  return notify.owner.reviewUrl ? ` or ${reviewBase(notify.owner.reviewUrl)}/${encodeURIComponent(id)}` : '';
}

/** The review page's list URL from notify.owner.reviewUrl, whether or not it already ends in /review. */
function reviewBase(url: string): string {
  const base = url.replace(/\/+$/, '');
  return /\/review$/.test(base) ? base : `${base}/review`;
}
