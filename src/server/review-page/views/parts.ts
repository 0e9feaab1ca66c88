import type { ReviewStatus } from '../../../review/index.js';
import type { EvidenceInContext, Spans } from '../../../review/evidence.js';
import { html, type SafeHtml } from '../html.js';

/** Member text with evidence in <mark>; every piece escaped by `html`. */
export function spans(parts: Spans): SafeHtml {
  return html`${parts.map((p) => (p.hit ? html`<mark>${p.text}</mark>` : html`${p.text}`))}`;
}

export function evidenceList(pieces: EvidenceInContext[], limit = Infinity): SafeHtml {
  const shown = pieces.slice(0, limit);
  return html`<ul class="evidence">${shown.map((e) => html`<li>
    <span class="cat">${e.category}</span>
    <q>${e.clippedStart ? '…' : ''}${spans(e.context)}${e.clippedEnd ? '…' : ''}</q>
    <span class="place">in ${e.place}</span>
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
  let openable = false;
  try {
    const protocol = new URL(url).protocol;
    openable = protocol === 'https:' || protocol === 'http:';
  } catch {
    // Not an absolute URL: shown as text only.
  }
  return html`<code class="url">${url}</code>${openable
    ? html` <a class="open" href="${url}" target="_blank" rel="noopener noreferrer nofollow">${label} ↗</a>`
    : ''}`;
}
