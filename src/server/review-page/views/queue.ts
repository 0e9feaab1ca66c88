import { CATEGORIES } from '../../../config/index.js';
import { REVIEW_STATUSES, type ReviewItem } from '../../../review/index.js';
import { formatAge } from '../../../review/parse-age.js';
import type { EvidenceInContext } from '../../../review/evidence.js';
import { html, type SafeHtml } from '../html.js';
import { AGE_CHOICES, filterQuery, type QueueFilter } from '../queue-filter.js';
import { layout, type PageContext } from './layout.js';
import { evidenceList, statusBadge, statusWord } from './parts.js';

export interface QueueRow {
  item: ReviewItem;
  nickname?: string;
  evidence: EvidenceInContext[];
}

export interface QueueView {
  filter: QueueFilter;
  rows: QueueRow[];
  /** Items matching the filter, over all pages. */
  total: number;
  /** Of those, how many a reviewer can still decide (replaced): what "all matching" acts on. */
  actionable: number;
  pageSize: number;
  now: number;
}

const AGE_WORDS: Record<(typeof AGE_CHOICES)[number], string> = {
  'within-1d': 'flagged in the last day', 'older-1d': 'older than a day', 'older-7d': 'older than a week', 'older-30d': 'older than 30 days',
};

export function queuePage(ctx: PageContext, view: QueueView): SafeHtml {
  const { filter, rows, total, actionable, pageSize, now } = view;
  const query = filterQuery(filter);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageLink = (page: number) => `/review?${filterQuery({ ...filter, page }, true)}`;
  const anyActionable = rows.some((r) => r.item.status === 'replaced');
  return layout(ctx, 'Review queue', html`
<h1>Review queue</h1>
<form class="filters" method="get" action="/review">
  <label>Status <select name="status">
    <option value="all"${filter.status ? '' : ' selected'}>any status</option>
    ${REVIEW_STATUSES.map((s) => html`<option value="${s}"${filter.status === s ? ' selected' : ''}>${statusWord(s)}</option>`)}
  </select></label>
  <label>Category <select name="category">
    <option value="">any category</option>
    ${CATEGORIES.map((c) => html`<option value="${c}"${filter.category === c ? ' selected' : ''}>${c}</option>`)}
  </select></label>
  <label>Age <select name="age">
    <option value="">any age</option>
    ${AGE_CHOICES.map((a) => html`<option value="${a}"${filter.age === a ? ' selected' : ''}>${AGE_WORDS[a]}</option>`)}
  </select></label>
  <button type="submit">Filter</button>
</form>
<p class="count">${total === 0 ? 'Nothing matches these filters.' : `${total} item${total === 1 ? '' : 's'}, newest first${pages > 1 ? `, page ${filter.page} of ${pages}` : ''}.`}</p>
${rows.length === 0 ? '' : html`
<form method="post" action="/review/bulk" class="bulk">
  <input type="hidden" name="_csrf" value="${ctx.csrf}">
  <input type="hidden" name="status" value="${filter.status ?? 'all'}">
  <input type="hidden" name="category" value="${filter.category ?? ''}">
  <input type="hidden" name="age" value="${filter.age ?? ''}">
  <ol class="queue">
  ${rows.map((row) => queueRow(row, query, now))}
  </ol>
  ${anyActionable || actionable > 0 ? html`<fieldset class="bulk-actions">
    <legend>Several at once</legend>
    <label class="note">Note <input name="note" maxlength="2000" placeholder="why (kept in each item's history)"></label>
    <div class="buttons">
      ${anyActionable ? html`<button type="submit" name="do" value="restore-selected">Restore selected…</button>
      <button type="submit" name="do" value="confirm-selected">Confirm selected…</button>` : ''}
      ${actionable > 0 ? html`<button type="submit" name="do" value="restore-filter">Restore all ${actionable} awaiting review that match…</button>
      <button type="submit" name="do" value="confirm-filter">Confirm all ${actionable} awaiting review that match…</button>` : ''}
    </div>
    <p class="hint">Nothing changes yet: the next page shows the count and asks again.</p>
  </fieldset>` : ''}
</form>`}
${pages > 1 ? html`<nav class="pager">
  ${filter.page > 1 ? html`<a rel="prev" href="${pageLink(filter.page - 1)}">← Newer</a>` : ''}
  ${filter.page < pages ? html`<a rel="next" href="${pageLink(filter.page + 1)}">Older →</a>` : ''}
</nav>` : ''}`, 'queue');
}

function queueRow(row: QueueRow, query: string, now: number): SafeHtml {
  const { item } = row;
  const href = `/review/${encodeURIComponent(item.id)}?${query}`;
  const categories = [...new Set(item.reasons.map((r) => r.category))];
  return html`<li class="row" data-id="${item.id}">
    ${item.status === 'replaced'
      ? html`<input type="checkbox" name="ids" value="${item.id}" aria-label="select ${row.nickname ?? item.memberId}">`
      : html`<span class="nocheck"></span>`}
    <div class="row-body">
      <div class="row-head">
        <a class="member" href="${href}">${row.nickname ?? item.memberId}</a>
        ${statusBadge(item.status)}
        <span class="reasons">${categories.join(', ')}</span>
        <time datetime="${item.flaggedAt}" title="${item.flaggedAt}">${formatAge(item.flaggedAt, now)} ago</time>
      </div>
      ${evidenceList(row.evidence, 3)}
    </div>
  </li>`;
}
