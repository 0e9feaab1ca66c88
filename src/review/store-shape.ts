import { z } from 'zod';
import type { LogFormat } from './append-log.js';
import { REVIEW_STATUSES } from './types.js';

/**
 * The shape of what the store reads from disk: the snapshot, a journal line, a verdict line. A file
 * that parses as JSON but holds something else (edited by hand, written by another tool, cut by a
 * crash of an older version) is reported by file and field instead of failing later as a bug, deep
 * in the code that trusted it. Only what the code relies on is checked; objects may carry more
 * (fields added later are not damage).
 */
const text = z.string();

const item = z.looseObject({
  id: text,
  aboutId: text,
  memberId: text,
  status: z.enum(REVIEW_STATUSES as [string, ...string[]]),
  flaggedAt: text,
  updatedAt: text,
  // The member's original is what the store exists to keep: an item without it is damage.
  original: z.looseObject({ content: z.custom((v) => v !== undefined, { error: 'missing' }), revision: text }),
  reasons: z.array(z.looseObject({
    category: text, score: z.number(), source: text,
    evidence: z.array(z.looseObject({ value: text, path: text, place: text })),
  })),
  scorer: text,
  history: z.array(z.looseObject({ at: text, by: text, action: text })),
});
const event = z.tuple([text, z.number()]);
const reviewer = z.looseObject({ name: text, passwordHash: text, createdAt: text });
const notice = z.looseObject({ id: text, kind: text, channel: text, itemIds: z.array(text), createdAt: text, attempts: z.number() });

const snapshot = z.looseObject({
  version: z.literal(1),
  items: z.array(item),
  events: z.array(event),
  reviewers: z.array(reviewer),
  outbox: z.array(notice).optional(),
});

const journalLine = z.looseObject({
  items: z.array(item).optional(),
  drops: z.array(text).optional(),
  events: z.array(event).optional(),
  reviewers: z.array(reviewer).optional(),
  notices: z.array(notice).optional(),
  noticeDrops: z.array(text).optional(),
});

const verdictLine = z.looseObject({ aboutId: text, revision: text, scorer: text, flagged: z.boolean(), at: text, kept: z.boolean().optional() });

/** What is wrong with a snapshot (`items[3].original.revision: expected string, got number`), or undefined. */
export function snapshotProblem(data: unknown): string | undefined {
  return problem(snapshot, data);
}

/** Advice for a damaged snapshot or journal: the queue holds originals nobody else has. */
export const RESTORE_ADVICE = "restore it from a backup (to start an empty queue instead, move the store's files away)";

export const JOURNAL: LogFormat = {
  what: 'review journal',
  problem: (record) => problem(journalLine, record),
  advice: RESTORE_ADVICE,
};

/** The verdict log only saves rescoring: losing it costs time, never an original. */
export const VERDICT_LOG: LogFormat = {
  what: 'verdict log',
  problem: (record) => problem(verdictLine, record),
  advice: 'delete it to have every About scored again, or restore it from a backup',
};

function problem(schema: z.ZodType, data: unknown): string | undefined {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const path = issue.path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${String(k)}` : String(k)), '');
  return `${path || 'top level'}: ${issue.message.replace(/^Invalid (?:input|option): /, '')}`;
}
