import { isDeepStrictEqual } from 'node:util';
import type { OutboxNotice, ReviewItem } from '../../src/review/index.js';
import { isPlaceholder } from '../../src/ricos/index.js';
import type { MemberAbout } from '../../src/wix/types.js';
import type { SiteHistory } from './site-history.js';

/** One CLI run the soak made, and whether the soak itself SIGKILLed it. */
export interface Run {
  command: string;
  code: number | null;
  killed: boolean;
  stderr: string;
}

/** One Triggered Email the emulator accepted. */
export interface SentEmail {
  at: string;
  memberId: string;
  variables: Record<string, string>;
}

export interface SiteState {
  abouts: MemberAbout[];
  items: ReviewItem[];
  /** Notices still in the outbox after the final scan. */
  outbox: OutboxNotice[];
  emails: SentEmail[];
  history: SiteHistory;
  runs: Run[];
}

const OPEN = ['pending', 'replaced'];
const content = (json: string): unknown => JSON.parse(json);
const short = (id: string) => id.slice(-6);

/**
 * The soak's promises, checked against the end state; each broken one is a line naming the About,
 * item or run. (1) a live placeholder has exactly one item holding the content live just before it,
 * and every placeholder ever written has an item holding what it replaced; (2) no write of ours that is not a placeholder (a restore) ever put back anything but the member's
 * latest content; (3) nothing pending; (4) one member notice per replacement (every placeholder that
 * went live) and per restore, none twice; (5) no run we did not kill exited other than 0 (a refused
 * restore or confirm, or a scan, restore or confirm Wix's faults stopped: 1), none 2.
 */
export function checkSite(state: SiteState): string[] {
  return [...checkPlaceholders(state), ...checkEveryReplacement(state), ...checkRestores(state), ...checkPending(state), ...checkNotices(state), ...checkRuns(state.runs)];
}

function checkPlaceholders({ abouts, items, history }: SiteState): string[] {
  const out: string[] = [];
  for (const about of abouts) {
    const mine = items.filter((i) => i.aboutId === about.id);
    const open = mine.filter((i) => OPEN.includes(i.status));
    const where = `About ${short(about.id)} at revision ${about.revision}`;
    if (!isPlaceholder(about.content)) {
      if (open.length) out.push(`(1) ${where}: member content live, yet open item(s) ${open.map((i) => `${i.id} (${i.status})`).join(', ')}`);
      continue;
    }
    const holders = mine.filter((i) => i.placeholderRevision === about.revision && (i.status === 'replaced' || i.status === 'confirmed'));
    if (holders.length !== 1) {
      out.push(`(1) ${where}: placeholder live with ${holders.length} items holding it (items: ${mine.map((i) => `${i.id} ${i.status} orig@${i.original.revision} ph@${i.placeholderRevision ?? '-'}`).join('; ') || 'none'})`);
      continue;
    }
    const holder = holders[0]!;
    if (open.some((i) => i.id !== holder.id)) out.push(`(1) ${where}: another open item beside ${holder.id}`);
    const originalRevision = Number(holder.original.revision);
    const replacedAt = holder.history.find((h) => h.to === 'replaced')?.revision;
    if (replacedAt !== String(originalRevision + 1)) {
      out.push(`(1) ${where}: item ${holder.id} holds revision ${originalRevision}'s original but its placeholder went up at revision ${replacedAt ?? '?'}`);
    }
    const before = history.at(about.id, originalRevision);
    if (!before) out.push(`(1) ${where}: no record of revision ${originalRevision} (history incomplete)`);
    else if (!isDeepStrictEqual(content(before.contentJson), holder.original.content)) {
      out.push(`(1) ${where}: item ${holder.id}'s original is not the content live at revision ${originalRevision}`);
    } else if (before.writer !== 'MEMBER') {
      out.push(`(1) ${where}: item ${holder.id}'s original is a ${before.writer} write, not the member's`);
    }
  }
  return out;
}

/**
 * Every placeholder ever written over member content, even one the member has since edited over: an item
 * holds the exact content it replaced, and that item became `replaced` (so its member was told).
 */
function checkEveryReplacement({ abouts, items, history }: SiteState): string[] {
  const out: string[] = [];
  for (const about of abouts) {
    const revisions = history.of(about.id);
    revisions.forEach((r, i) => {
      const before = revisions[i - 1];
      if (r.writer === 'MEMBER' || !before || before.revision !== r.revision - 1 || !isPlaceholder(content(r.contentJson)) || isPlaceholder(content(before.contentJson))) return;
      const holders = items.filter((it) => it.aboutId === about.id && it.original.revision === String(before.revision)
        && isDeepStrictEqual(it.original.content, content(before.contentJson)));
      const where = `About ${short(about.id)}: placeholder written at revision ${r.revision}`;
      if (holders.length === 0) out.push(`(1) ${where}, and no item holds revision ${before.revision}'s original (lost)`);
      else if (!holders.some((it) => it.history.some((h) => h.to === 'replaced')) && !holders.some(untoldAfterCrash)) {
        out.push(`(4) ${where}, but item ${holders.map((it) => `${it.id} (${it.status})`).join(', ')} never became replaced: its member notice was dropped`);
      }
    });
  }
  return out;
}

/** Walks each About's revisions: a write of ours that is not a placeholder is a restore, and must equal the member's latest content. */
function checkRestores({ abouts, items, history }: SiteState): string[] {
  const out: string[] = [];
  for (const about of abouts) {
    const revisions = history.of(about.id);
    const gaps = revisions.filter((r, i) => i > 0 && r.revision !== revisions[i - 1]!.revision + 1);
    if (gaps.length || revisions.at(-1)?.revision !== Number(about.revision)) {
      out.push(`(2) About ${short(about.id)}: history incomplete (revisions seen ${revisions.map((r) => r.revision).join(',')}, live ${about.revision})`);
      continue;
    }
    let memberLatest: unknown;
    for (const r of revisions) {
      const c = content(r.contentJson);
      if (r.writer === 'MEMBER') memberLatest = c;
      else if (!isPlaceholder(c) && !isDeepStrictEqual(c, memberLatest)) {
        const item = items.find((i) => i.aboutId === about.id && i.restoredRevision === String(r.revision));
        out.push(`(2) About ${short(about.id)}: revision ${r.revision} (${r.writer}, item ${item?.id ?? '?'}) wrote content that is not the member's latest`);
      }
    }
    if (!isPlaceholder(about.content) && !isDeepStrictEqual(about.content, memberLatest)) {
      out.push(`(2) About ${short(about.id)}: live content at revision ${about.revision} is not the member's latest`);
    }
  }
  return out;
}

function checkPending({ items }: SiteState): string[] {
  return items.filter((i) => i.status === 'pending').map((i) => `(3) item ${i.id} (About ${short(i.aboutId)}) still pending after the final scan`);
}

/**
 * Per item: a replacement records one member-replaced notice and a restore one member-restored; each is
 * sent once, or still in the outbox (a dead process's claim or a backoff: delayed, not lost). Per member:
 * the Triggered Emails Wix accepted match the notice-sent rows, but for notices a killed process had in
 * flight (sent, not yet recorded: the at-least-once bound of store-contract.md), so none went out twice.
 */
function checkNotices({ items, outbox, emails }: SiteState): string[] {
  const out: string[] = [];
  const waiting = new Set(outbox.flatMap((n) => n.itemIds.map((id) => `${n.kind}:${id}`)));
  const rows = (item: ReviewItem, action: string, kind: string) => item.history.filter((h) => h.action === action && h.note?.startsWith(`${kind} via wix-email`)).length;
  for (const item of items) {
    const owed = [
      ...(item.history.some((h) => h.to === 'replaced') ? ['member-replaced'] : []),
      ...(item.history.some((h) => h.to === 'restored') ? ['member-restored'] : []),
    ];
    for (const kind of ['member-replaced', 'member-restored']) {
      const recorded = rows(item, 'notice-recorded', kind);
      const sent = rows(item, 'notice-sent', kind);
      if (!owed.includes(kind)) {
        if (sent) out.push(`(4) item ${item.id} (${item.status}) sent ${sent} ${kind} notice(s) though it never was ${kind.slice(7)}`);
        continue;
      }
      if (recorded !== 1) out.push(`(4) item ${item.id}: ${recorded} ${kind} notices recorded, expected 1`);
      if (sent > 1) out.push(`(4) item ${item.id}: ${kind} notice sent ${sent} times`);
      if (sent === 0 && !waiting.has(`${kind}:${item.id}`)) out.push(`(4) item ${item.id}: ${kind} notice neither sent nor in the outbox (lost)`);
    }
  }
  for (const t of emailTally({ items, outbox, emails })) {
    if (t.emailed < t.recorded || t.emailed > t.recorded + t.inFlight) {
      out.push(`(4) member ${short(t.member)}: ${t.emailed} ${t.kind} emails accepted by Wix, ${t.recorded} recorded as sent`
        + `${t.inFlight ? ` and ${t.inFlight} in flight in a killed process` : ''}`);
    }
  }
  return out;
}

interface Tally {
  member: string;
  kind: string;
  /** Triggered Emails Wix accepted. */
  emailed: number;
  /** notice-sent rows in the store. */
  recorded: number;
  /** Notices a killed process claimed and did not settle: each may have gone out unrecorded (store-contract.md promise 4). */
  inFlight: number;
}

/** Per member and kind of member notice: what Wix accepted, what the store says was sent, what a killed process held. */
function emailTally({ items, outbox, emails }: Pick<SiteState, 'items' | 'outbox' | 'emails'>): Tally[] {
  const tallies = new Map<string, Tally>();
  const tally = (member: string, kind: string) => {
    const key = `${member}:${kind}`;
    if (!tallies.has(key)) tallies.set(key, { member, kind, emailed: 0, recorded: 0, inFlight: 0 });
    return tallies.get(key)!;
  };
  for (const e of emails) tally(e.memberId, e.variables.noticeType === 'removed' ? 'member-replaced' : 'member-restored').emailed++;
  for (const item of items) {
    for (const h of item.history) {
      const kind = /^(member-replaced|member-restored) via wix-email/.exec(h.note ?? '')?.[1];
      if (kind && h.action === 'notice-sent') tally(item.memberId, kind).recorded++;
    }
  }
  for (const n of outbox) {
    const item = items.find((i) => i.id === n.itemIds[0]);
    if (n.claim && item && n.kind.startsWith('member-')) tally(item.memberId, n.kind).inFlight++;
  }
  return [...tallies.values()];
}

/**
 * The one case store-contract.md leaves open: a writer killed right after its PATCH, the member editing
 * before anyone saw the placeholder (serve down, so its own webhook was missed), and recovery, which
 * cannot tell with one GET whether the placeholder was ever live, settling the item without a notice.
 */
function untoldAfterCrash(item: ReviewItem): boolean {
  return item.status === 'superseded' && item.history.some((h) => h.action === 'recovered' && h.note === 'the About changed since it was flagged');
}

/**
 * Items recovery settled as "changed since flagged" (the PATCH never landed, or, the open case, it landed
 * and nobody saw it before the member's edit): an upper bound on untold replacements, a figure.
 */
export function recoveredAfterMemberEdit({ items }: SiteState): number {
  return items.filter(untoldAfterCrash).length;
}

/** Member e-mails that went out while the process sending them was killed before recording them: each will go out again. */
export function unrecordedSends(state: SiteState): number {
  return emailTally(state).reduce((sum, t) => sum + Math.max(0, Math.min(t.emailed - t.recorded, t.inFlight)), 0);
}

/**
 * A restore or confirm refused because the member edited or another process settled the item first:
 * exit 1 with one line saying so, the outcome store-contract.md gives a decision that meets another writer.
 */
export function isRefusal(run: Run): boolean {
  return run.code === 1 && /^review (restore|confirm) /.test(run.command)
    && /^aboutmod: review item "[0-9a-f]+" not (restored|confirmed): /m.test(run.stderr);
}

/**
 * A scan, restore or confirm stopped because Wix kept answering 429 or 503 past its retries (the soak
 * injects up to 30% of them): exit 1 with one line saying so is the promised outcome when the job as a
 * whole cannot be done. What it left behind is still held to every other check.
 */
function isWixOutage(run: Run): boolean {
  if (run.code !== 1) return false;
  if (/^scan/.test(run.command)) return /^aboutmod: scan stopped after \d+ abouts: .*Wix answered (429|503)/m.test(run.stderr);
  return /^review (restore|confirm) /.test(run.command) && /^aboutmod: .*Wix answered (429|503)/m.test(run.stderr);
}

function checkRuns(runs: Run[]): string[] {
  return runs.filter((r) => !r.killed && r.code !== 0 && !isRefusal(r) && !isWixOutage(r))
    .map((r) => `(5) ${r.command} exited ${r.code}${r.code === 2 ? ' (bad input, for a concurrency outcome)' : ''}: ${r.stderr.trim().split('\n').at(-1) ?? ''}`);
}

/** The Abouts a violation names: by their short id, their member's, or one of their items. */
export function namedAbouts(state: SiteState, violations: string[]): MemberAbout[] {
  const named = new Set(violations.flatMap((v) => [...v.matchAll(/(?:About|member) ([0-9a-f]{6})\b/g)].map((m) => m[1]!)));
  const itemIds = new Set(violations.flatMap((v) => [...v.matchAll(/\b(?:item|restore|confirm) ([0-9a-f]{10})\b/g)].map((m) => m[1]!)));
  const itemAbouts = new Set(state.items.filter((i) => itemIds.has(i.id)).map((i) => i.aboutId));
  return state.abouts.filter((a) => named.has(short(a.id)) || named.has(short(a.memberId)) || itemAbouts.has(a.id));
}

/**
 * What happened to one About, to read a race from: each revision (M member, P placeholder, W another
 * write of ours), each item's history, its notices still in the outbox and the emails its member got.
 */
export function trail(state: SiteState, about: MemberAbout): string {
  const revisions = state.history.of(about.id)
    .map((r) => `${r.revision}${r.writer === 'MEMBER' ? 'M' : isPlaceholder(content(r.contentJson)) ? 'P' : 'W'}`).join(' ');
  const items = state.items.filter((i) => i.aboutId === about.id).map((i) => {
    const rows = i.history.map((h) => `${h.at.slice(11, 23)} ${h.by}: ${h.action}${h.revision ? `@${h.revision}` : ''}${h.note ? ` (${h.note})` : ''}`);
    return `  item ${i.id} ${i.status} original@${i.original.revision} placeholder@${i.placeholderRevision ?? '-'} restored@${i.restoredRevision ?? '-'}\n    ${rows.join('\n    ')}`;
  });
  const waiting = state.outbox.filter((n) => state.items.some((i) => i.aboutId === about.id && n.itemIds.includes(i.id)))
    .map((n) => `  outbox: ${n.kind} ${n.id} claim=${JSON.stringify(n.claim ?? null)} attempts=${n.attempts}`);
  const emails = state.emails.filter((e) => e.memberId === about.memberId).map((e) => `${e.variables.noticeType} at ${e.at.slice(11, 23)}`).join(', ');
  return [`About ${about.id} (member ${about.memberId}): revisions ${revisions}; emails: ${emails || 'none'}`, ...items, ...waiting].join('\n');
}

/** Notices in the outbox with why they were not sent yet. */
export function outstanding(outbox: OutboxNotice[], now: Date): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of outbox) {
    const why = n.waitsFor ? 'waiting for its item' : n.claim && Date.parse(n.claim.until) > now.getTime() ? 'claimed by a killed process'
      : n.nextAttemptAt && Date.parse(n.nextAttemptAt) > now.getTime() ? 'backing off after a failure' : 'due';
    counts[`${n.kind}: ${why}`] = (counts[`${n.kind}: ${why}`] ?? 0) + 1;
  }
  return counts;
}
