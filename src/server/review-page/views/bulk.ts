import type { ReviewItem } from '../../../review/index.js';
import { escapeMarkup, html, type SafeHtml } from '../html.js';
import { layout, type PageContext } from './layout.js';

export type BulkAction = 'restore' | 'confirm';

export interface BulkPreview {
  action: BulkAction;
  items: Array<{ item: ReviewItem; nickname?: string }>;
  note: string;
  /** Queue query string to return to. */
  query: string;
  /** "the 3 you selected" / "every item awaiting review that matches the filter". */
  scope: string;
}

/**
 * The count first, then one more click: the ids acted on are exactly the ones listed here. The
 * reviewer's own note goes back into its field byte for byte, so the confirming click submits it unchanged.
 */
export function bulkConfirmPage(ctx: PageContext, p: BulkPreview): SafeHtml {
  const verb = p.action === 'restore' ? 'Restore' : 'Confirm the removal of';
  const n = p.items.length;
  return layout(ctx, 'Confirm bulk action', html`
<h1>${verb} ${n} item${n === 1 ? '' : 's'}?</h1>
<p>${p.scope}. ${p.action === 'restore'
    ? 'Each original goes back only where our placeholder is still live; where the member edited since, their edit stands and the item is marked superseded.'
    : 'Each placeholder, where it is still live, is rewritten to say the removal is final; the originals stay in the store for the record, and a restore can still undo it.'}</p>
<form method="post" action="/review/bulk/apply?${p.query}" class="bulk-confirm">
  <input type="hidden" name="_csrf" value="${ctx.csrf}">
  <input type="hidden" name="action" value="${p.action}">
  ${p.items.map(({ item }) => html`<input type="hidden" name="ids" value="${item.id}">`)}
  <label class="note">Note <input name="note" maxlength="2000" value="${escapeMarkup(p.note)}"></label>
  <ol class="bulk-list">${p.items.map(({ item, nickname }) => html`<li>${nickname ?? item.memberId}
    <span class="reasons">${[...new Set(item.reasons.map((r) => r.category))].join(', ')}</span> <code>${item.id}</code></li>`)}</ol>
  <div class="buttons">
    <button type="submit" class="${p.action}">${p.action === 'restore' ? 'Restore' : 'Confirm'} ${n} item${n === 1 ? '' : 's'}</button>
    <a href="/review?${p.query}">Cancel</a>
  </div>
</form>`, 'bulk');
}
