import type { ReviewItem } from '../../../review/index.js';
import { formatAge } from '../../../review/parse-age.js';
import type { EvidenceInContext, ReaderSegment } from '../../../review/evidence.js';
import { html, type SafeHtml } from '../html.js';
import { layout, type PageContext } from './layout.js';
import { evidenceList, externalUrl, spans, statusBadge } from './parts.js';

export interface ItemView {
  item: ReviewItem;
  nickname?: string;
  /** undefined when the original cannot be flattened (its JSON stays in the store and in `review show --json`). */
  reader?: ReaderSegment[];
  evidence: EvidenceInContext[];
  /** Neighbours in the queue the reviewer came from (same filters), and that queue's query string. */
  prev?: string;
  next?: string;
  query: string;
  now: number;
}

export function itemPage(ctx: PageContext, view: ItemView): SafeHtml {
  const { item, query } = view;
  const itemHref = (id: string) => `/review/${encodeURIComponent(id)}?${query}`;
  const who = view.nickname ?? item.memberId;
  return layout(ctx, `Review: ${who}`, html`
<nav class="crumbs">
  <a href="/review?${query}">← Queue</a>
  ${view.prev ? html`<a rel="prev" href="${itemHref(view.prev)}">Previous (k)</a>` : ''}
  ${view.next ? html`<a rel="next" href="${itemHref(view.next)}">Next (j)</a>` : ''}
</nav>
<h1>${who} ${statusBadge(item.status)}</h1>
<p class="meta">Member <code>${item.memberId}</code> · About <code>${item.aboutId}</code> at revision ${item.original.revision}
  · flagged <time datetime="${item.flaggedAt}" title="${item.flaggedAt}">${formatAge(item.flaggedAt, view.now)} ago</time></p>
${item.status === 'replaced' || item.status === 'confirmed' ? decisionForm(ctx, item, query) : ''}
<section class="original">
  <h2>What a visitor read</h2>
  <p class="hint">Each piece as it appeared, with where it sat; flagged words are marked. Links and images are shown as their addresses and load nothing until you open one.</p>
  ${view.reader
    ? html`<ol class="reader">${view.reader.map(readerLine)}</ol>`
    : html`<p class="flash flash-error">This original cannot be shown as text; its JSON is kept in the store (<code>aboutmod review show ${item.id} --json</code>).</p>`}
</section>
<section class="why">
  <h2>Why it was flagged</h2>
  <table class="reasons-table">
    <colgroup><col class="cat"><col class="score"><col class="source"><col class="detail"></colgroup>
    <thead><tr><th>Category</th><th>Score</th><th>Source</th><th>Detail</th></tr></thead>
    <tbody>${item.reasons.map((r) => html`<tr>
      <td class="cat" data-label="Category">${r.category}</td><td class="score" data-label="Score">${r.score.toFixed(2)}</td>
      <td class="source" data-label="Source">${r.source}</td><td class="detail" data-label="Detail">${r.detail ?? ''}</td>
    </tr>`)}</tbody>
  </table>
  <h3>Evidence</h3>
  ${evidenceList(view.evidence)}
  <p class="meta">Scorer <code>${item.scorer}</code></p>
</section>
<section class="history">
  <h2>History</h2>
  <ol>${item.history.map((h) => html`<li>
    <time datetime="${h.at}">${h.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>
    <strong>${h.action}</strong> by <span class="by">${h.by}</span>${h.revision ? html` <span class="rev">(revision ${h.revision})</span>` : ''}
    ${h.note ? html`<q class="note">${h.note}</q>` : ''}
  </li>`)}</ol>
</section>`, 'item');
}

/**
 * One form, two buttons (formaction): works without JavaScript; the shortcuts press these same buttons.
 * A confirmed item keeps only the restore button: a reviewer's mistake stays fixable.
 */
function decisionForm(ctx: PageContext, item: ReviewItem, query: string): SafeHtml {
  const base = `/review/${encodeURIComponent(item.id)}`;
  const confirmed = item.status === 'confirmed';
  return html`<form class="decide" method="post" action="${base}/restore?${query}">
  <input type="hidden" name="_csrf" value="${ctx.csrf}">
  ${confirmed ? html`<p class="hint">The removal was confirmed. Restoring puts the original back as long as the member has not edited their About since.</p>` : ''}
  <label class="note">Note <input name="note" maxlength="2000" placeholder="optional: why (kept in the history)"></label>
  <div class="buttons">
    <button type="submit" class="restore" formaction="${base}/restore?${query}" data-key="r">Restore the original <kbd>r</kbd></button>
    ${confirmed ? '' : html`<button type="submit" class="confirm" formaction="${base}/confirm?${query}" data-key="c">Confirm removal <kbd>c</kbd></button>`}
  </div>
</form>`;
}

function readerLine(line: ReaderSegment): SafeHtml {
  const { segment } = line;
  const cls = `${segment.kind}${line.flagged ? ' flagged' : ''}`;
  if (segment.kind === 'text') {
    return html`<li class="${cls}"><span class="place">${segment.place}</span> <span class="text">${spans(line.spans)}</span></li>`;
  }
  const flaggedUrl = line.flagged ? html` <mark>flagged</mark>` : '';
  return html`<li class="${cls}"><span class="place">${segment.place}</span>
    ${segment.linkText ? html`<span class="text">${segment.linkText}</span> → ` : ''}${externalUrl(segment.value)}${flaggedUrl}</li>`;
}
