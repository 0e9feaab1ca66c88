import type { FastifyInstance } from 'fastify';
import { ItemNotFound, type ReviewItem } from '../../review/index.js';
import { depsOf, field, fieldList, noteOf, pageContext, reviewerOf } from './page-context.js';
import { filterQuery, parseQueueFilter, type QueueFilter } from './queue-filter.js';
import { WixError } from '../../wix/index.js';
import { decide, filteredQueue, isRefusal, parseFilterLeniently, refusalText, wixFailureText, type Decision } from './review-routes.js';
import { bulkConfirmPage } from './views/bulk.js';

/** Ids per bulk request: a queue page's worth many times over, and a bound on one request's work. */
const MAX_BULK = 1_000;

/**
 * Bulk restore/confirm in two steps. POST /review/bulk shows the count and the list (nothing
 * changes); POST /review/bulk/apply acts on exactly the ids that page listed, one by one through the
 * same decisions as a single action, so a refusal (member edited, another reviewer first) settles
 * that item and the rest go on.
 */
export async function bulkRoutes(app: FastifyInstance): Promise<void> {

  app.post('/review/bulk', { preHandler: app.csrfProtection }, async (request, reply) => {
    const deps = depsOf(request);
    const session = reviewerOf(request);
    const match = /^(restore|confirm)-(selected|filter)$/.exec(field(request.body, 'do') ?? '');
    if (!match) return reply.code(400).type('text/plain; charset=utf-8').send('Unknown bulk action.\n');
    const action = match[1] as Decision;
    let filter: QueueFilter;
    try {
      filter = parseQueueFilter({
        status: field(request.body, 'status'), category: field(request.body, 'category'), age: field(request.body, 'age'),
      });
    } catch (err) {
      return reply.code(400).type('text/plain; charset=utf-8').send(`${(err as Error).message}\n`);
    }
    const query = filterQuery(filter);
    let targets: ReviewItem[];
    let scope: string;
    if (match[2] === 'selected') {
      const ids = [...new Set(fieldList(request.body, 'ids'))].slice(0, MAX_BULK);
      targets = (await Promise.all(ids.map((id) => deps.store.get(id)))).filter((i): i is ReviewItem => i?.status === 'replaced');
      scope = 'The items you selected that still await review';
    } else {
      targets = (await filteredQueue(deps, { ...filter, status: 'replaced' })).slice(0, MAX_BULK);
      scope = 'Every item awaiting review that matches the filter'
        + `${filter.category ? `, category ${filter.category}` : ''}${filter.age ? `, age ${filter.age}` : ''}`
        + `${targets.length === MAX_BULK ? ` (the first ${MAX_BULK})` : ''}`;
    }
    if (targets.length === 0) {
      session.flash = { kind: 'error', text: 'Nothing to do: no selected item awaits review.' };
      return reply.redirect(`/review?${query}`, 303);
    }
    const names = await deps.nicknames.lookup(targets.map((t) => t.memberId));
    return reply.type('text/html; charset=utf-8').send(String(bulkConfirmPage(pageContext(deps, request, reply), {
      action, items: targets.map((item) => ({ item, nickname: names.get(item.memberId) })), note: noteOf(request.body) ?? '', query, scope,
    })));
  });

  app.post('/review/bulk/apply', { preHandler: app.csrfProtection }, async (request, reply) => {
    const deps = depsOf(request);
    const session = reviewerOf(request);
    const action = field(request.body, 'action');
    if (action !== 'restore' && action !== 'confirm') return reply.code(400).type('text/plain; charset=utf-8').send('Unknown bulk action.\n');
    const ids = [...new Set(fieldList(request.body, 'ids'))].slice(0, MAX_BULK);
    const note = noteOf(request.body);
    let done = 0;
    const refused: string[] = [];
    // One at a time: each restore is a read and a revision-checked write on Wix; order keeps the history readable.
    for (const id of ids) {
      try {
        await decide(deps, action, id, session.reviewer, note);
        done++;
      } catch (err) {
        if (err instanceof ItemNotFound) refused.push(`${id}: no such item.`);
        else if (isRefusal(err)) refused.push(`${id}: ${refusalText(err)}`);
        else if (err instanceof WixError) {
          // Wix is down or refuses us: the rest would fail the same way after their retries, so stop here.
          refused.push(`${id}: ${wixFailureText(action, err)} Stopped there; the rest are unchanged.`);
          break;
        } else throw err;
      }
    }
    request.log.info({ reviewer: session.reviewer, action, bulk: ids.length, done, refused: refused.length }, 'review decision');
    const verb = action === 'restore' ? 'Restored' : 'Confirmed';
    session.flash = {
      kind: refused.length ? 'error' : 'ok',
      text: `${verb} ${done} of ${ids.length} item${ids.length === 1 ? '' : 's'}.${refused.length ? ` Refused: ${refused.join(' ')}` : ''}`,
    };
    return reply.redirect(`/review?${filterQuery(parseFilterLeniently(request.query))}`, 303);
  });
}
