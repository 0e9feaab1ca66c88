import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  confirm, InvalidTransition, ItemNotFound, RefusedDecision, restore, type ReviewItem,
} from '../../review/index.js';
import { WixError } from '../../wix/index.js';
import { evidenceInContext, flattenOriginal, readerView } from '../../review/evidence.js';
import { depsOf, noteOf, pageContext, reviewerOf, type PageDeps, type PageShared } from './page-context.js';
import { BadFilter, filterPredicate, filterQuery, parseQueueFilter, type QueueFilter } from './queue-filter.js';
import { itemPage } from './views/item.js';
import { messagePage } from './views/layout.js';
import { queuePage } from './views/queue.js';

export type Decision = 'restore' | 'confirm';
const DONE: Record<Decision, string> = { restore: 'Restored the original', confirm: 'Confirmed the removal' };

/** The queue under a filter, newest first (the store's order), over all pages. */
export async function filteredQueue(deps: PageDeps, filter: QueueFilter, now = Date.now()): Promise<ReviewItem[]> {
  return (await deps.store.list({ status: filter.status })).filter(filterPredicate(filter, now));
}

/** A filter from a query string; a bad one is a 400 page naming the value. */
export function filterOr400(query: unknown, request: FastifyRequest, reply: FastifyReply, deps: PageShared): QueueFilter | undefined {
  try {
    return parseQueueFilter(query as Record<string, unknown>);
  } catch (err) {
    if (!(err instanceof BadFilter)) throw err;
    void reply.code(400).type('text/html; charset=utf-8').send(String(messagePage(pageContext(deps, request, reply), 'Bad filter', err.message)));
    return undefined;
  }
}

/**
 * One reviewer decision through src/review's decisions, the same code `review restore|confirm` runs:
 * the same revision-safe update and the same refusal when the member edited since. Returns the item
 * after; a refusal throws RefusedDecision / InvalidTransition like the CLI's.
 */
export async function decide(deps: PageDeps, action: Decision, id: string, by: string, note: string | undefined): Promise<ReviewItem> {
  if (action === 'confirm') return confirm(deps, id, by, note);
  const item = await restore(deps, id, by, note);
  await deps.onRestored?.(item);
  return item;
}

/** Refusals a reviewer can cause or meet (another reviewer first, the member's own edit): shown, not thrown. */
export function isRefusal(err: unknown): err is RefusedDecision | InvalidTransition {
  return err instanceof RefusedDecision || err instanceof InvalidTransition;
}

/** The queue, one item and its decisions, each on the deps of the request's site (depsOf). */
export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const html = (reply: FastifyReply) => reply.type('text/html; charset=utf-8');

  app.get('/review', async (request, reply) => {
    const deps = depsOf(request);
    const filter = filterOr400(request.query, request, reply, deps);
    if (!filter) return reply;
    const now = Date.now();
    const all = await filteredQueue(deps, filter, now);
    const page = all.slice((filter.page - 1) * deps.pageSize, filter.page * deps.pageSize);
    const names = await deps.nicknames.lookup(page.map((i) => i.memberId));
    const rows = page.map((item) => ({
      item, nickname: names.get(item.memberId), evidence: evidenceInContext(item.reasons, flattenOriginal(item)),
    }));
    const actionable = all.filter((i) => i.status === 'replaced').length;
    return html(reply).send(String(queuePage(pageContext(deps, request, reply), {
      filter, rows, total: all.length, actionable, pageSize: deps.pageSize, now,
    })));
  });

  app.get<{ Params: { id: string } }>('/review/:id', async (request, reply) => {
    const deps = depsOf(request);
    const filter = filterOr400(request.query, request, reply, deps);
    if (!filter) return reply;
    const item = await deps.store.get(request.params.id);
    if (!item) return notFound(deps, request, reply, request.params.id);
    const { prev, next } = neighbours(await filteredQueue(deps, filter), item.id);
    const flat = flattenOriginal(item);
    const names = await deps.nicknames.lookup([item.memberId]);
    return html(reply).send(String(itemPage(pageContext(deps, request, reply), {
      item, nickname: names.get(item.memberId), reader: flat && readerView(item, flat),
      evidence: evidenceInContext(item.reasons, flat), prev, next, query: filterQuery(filter), now: Date.now(),
    })));
  });

  for (const action of ['restore', 'confirm'] as const) {
    app.post<{ Params: { id: string } }>(`/review/:id/${action}`, { preHandler: app.csrfProtection }, async (request, reply) => {
      const deps = depsOf(request);
      const session = reviewerOf(request);
      const { id } = request.params;
      const filter = parseFilterLeniently(request.query);
      const query = filterQuery(filter);
      // The next item is picked before the decision changes the queue, so the reviewer moves on.
      const { next } = neighbours(await filteredQueue(deps, filter), id);
      try {
        await decide(deps, action, id, session.reviewer, noteOf(request.body));
      } catch (err) {
        if (err instanceof ItemNotFound) return notFound(deps, request, reply, id);
        if (isRefusal(err)) {
          request.log.info({ reviewer: session.reviewer, itemId: id, action, outcome: 'refused' }, 'review decision');
          session.flash = { kind: 'error', text: refusalText(err) };
        } else if (err instanceof WixError) {
          // Wix failed or refused our credentials: decisions write the store last, so the item is unchanged.
          request.log.warn({ reviewer: session.reviewer, itemId: id, action, outcome: 'failed', err: err.message }, 'review decision');
          session.flash = { kind: 'error', text: wixFailureText(action, err) };
        } else throw err;
        return reply.redirect(`/review/${encodeURIComponent(id)}?${query}`, 303);
      }
      request.log.info({ reviewer: session.reviewer, itemId: id, action, outcome: 'done' }, 'review decision');
      session.flash = { kind: 'ok', text: `${DONE[action]} (item ${id}).${next ? ' Showing the next item.' : ''}` };
      return reply.redirect(next ? `/review/${encodeURIComponent(next)}?${query}` : `/review?${query}`, 303);
    });
  }

  function notFound(deps: PageShared, request: FastifyRequest, reply: FastifyReply, id: string) {
    return html(reply.code(404)).send(String(messagePage(pageContext(deps, request, reply), 'Not found', `There is no review item "${id}".`)));
  }
}

/** After an action, a malformed filter only loses the reviewer's place in the queue; the decision still stands. */
export function parseFilterLeniently(query: unknown): QueueFilter {
  try {
    return parseQueueFilter(query as Record<string, unknown>);
  } catch {
    return parseQueueFilter({});
  }
}

export function refusalText(err: RefusedDecision | InvalidTransition): string {
  if (err instanceof InvalidTransition) {
    return `Nothing changed: this item is already ${err.from}${err.from === 'superseded' ? ' (the member edited their About since)' : ''}.`;
  }
  return `Not ${err.outcome}: ${err.why}. The item is now superseded.`;
}

export function wixFailureText(action: Decision, err: WixError): string {
  return `Not ${action === 'restore' ? 'restored' : 'confirmed'}: Wix failed (${err.message}). The review item is unchanged; try again later.`;
}

function neighbours(queue: ReviewItem[], id: string): { prev?: string; next?: string } {
  const at = queue.findIndex((i) => i.id === id);
  if (at < 0) return { next: queue[0]?.id };
  return { prev: queue[at - 1]?.id, next: queue[at + 1]?.id };
}
