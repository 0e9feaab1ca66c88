import type { ReviewStatus } from '../../../review/index.js';
import type { EvidenceInContext, Spans } from '../../../review/evidence.js';
import { escapeMarkup, html, type SafeHtml } from '../html.js';

/** Member text with evidence in <mark>; every piece escaped by `html`. */
export function spans(parts: Spans): SafeHtml {
  return html`${parts.map((p) => (p.hit ? html`<mark>${p.text}</mark>` : html`${p.text}`))}`;
}

/** Merged evidence rows (src/review/evidence.ts): each text once, with every source that cited it. */
export function evidenceList(pieces: EvidenceInContext[], limit = Infinity): SafeHtml {
  const shown = pieces.slice(0, limit);
  return html`<ul class="evidence">${shown.map((e) => html`<li>
    <span class="cat">${e.category}</span>
    <q>${e.clippedStart ? '…' : ''}${spans(e.context)}${e.clippedEnd ? '…' : ''}</q>
    <span class="place">in ${e.place}</span>
    <span class="sources">${e.sources.join(', ')}</span>
  </li>`)}${pieces.length > shown.length ? html`<li class="more">and ${pieces.length - shown.length} more</li>` : ''}</ul>`;
}

const STATUS_WORDS: Record<ReviewStatus, string> = {
  pending: 'pending', replaced: 'awaiting review', restored: 'restored', confirmed: 'confirmed', superseded: 'superseded',
};

export function statusBadge(status: ReviewStatus): SafeHtml {
  return html`<span class="badge badge-${status}">${STATUS_WORDS[status]}</span>`;
}

export function statusWord(status: ReviewStatus): string {
  return STATUS_WORDS[status];
}

/**
 * A member's URL as text, plus an "open" link only for http(s) targets: the reviewer sees the real
 * target before any click, and nothing loads from the member's host until they choose to go there.
 * noreferrer: the member's host never learns the review page's address.
 */
export function externalUrl(url: string, label = 'open'): SafeHtml {
  let href: string | undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') href = parsed.href;
  } catch {
    // Not an absolute URL: shown as text only.
  }
  // The text shows the URL as stored, invisible characters made visible; the link goes where a browser
  // would (the parsed URL, controls percent-encoded), so it is passed byte for byte.
  return html`<code class="url">${url}</code>${href
    ? html` <a class="open" href="${escapeMarkup(href)}" target="_blank" rel="noopener noreferrer nofollow">${label} ↗</a>`
    : ''}`;
}
