import { openStoreForCommand, ItemNotFound, type ReviewItem } from '../../review/index.js';
import { formatAge } from '../../review/parse-age.js';
import { flatten, type FlatDocument } from '../../ricos/index.js';
import type { Evidence } from '../../moderation/index.js';
import type { Member } from '../../wix/types.js';
import type { CliContext } from '../context.js';
import { escapeTerminal } from '../escape-terminal.js';

/** One-line rows: a member's line breaks are shown as \\n rather than breaking the layout. */
const e = (s: string): string => escapeTerminal(s, { newlines: false });

/**
 * `aboutmod review show ID [--json]`: the original as a reader sees it, every piece with where it
 * sits and the evidence highlighted, the reasons, the member, and the full history. Everything the
 * member wrote goes through escapeTerminal: it is data and must not move the reviewer's cursor.
 */
export default async function (ctx: CliContext, args: string[]): Promise<void> {
  const id = args[0]!;
  const { store, wix } = await openStoreForCommand(ctx);
  let item: ReviewItem | undefined;
  try {
    item = await store.get(id);
  } finally {
    await store.close();
  }
  if (!item) throw new ItemNotFound(id);
  if (ctx.json) {
    ctx.print(item, String);
    return;
  }
  let member: Member | undefined;
  try {
    member = await wix().getMember(item.memberId);
  } catch (err) {
    // Best effort: without credentials or Wix, the reviewer still sees the item.
    ctx.logger.debug({ err: (err as Error).message }, 'member lookup failed');
  }
  const mark = highlighter(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  ctx.stdout.write(`${render(item, member, mark)}\n`);
}

type Mark = (s: string) => string;

/** Inverse video on a terminal; visible brackets when piped, so the highlight survives in a file. */
function highlighter(tty: boolean): Mark {
  return tty ? (s) => `\u001b[7m${s}\u001b[27m` : (s) => `[[${s}]]`;
}

export function render(item: ReviewItem, member: Member | undefined, mark: Mark): string {
  const out: string[] = [];
  out.push(`review item ${item.id}  ${item.status}  flagged ${item.flaggedAt} (${formatAge(item.flaggedAt)} ago)`);
  out.push(`About ${e(item.aboutId)} at revision ${item.original.revision}`
    + (item.placeholderRevision ? `, placeholder at revision ${item.placeholderRevision}` : '')
    + (item.restoredRevision ? `, restored at revision ${item.restoredRevision}` : ''));
  const nickname = member?.profile?.nickname;
  out.push(`member ${nickname ? `${e(nickname)} ` : ''}${member?.loginEmail ? `<${e(member.loginEmail)}> ` : ''}(${e(item.memberId)})`);

  const evidence = item.reasons.flatMap((r) => r.evidence);
  let flat: FlatDocument | undefined;
  try {
    flat = flatten(item.original.content);
  } catch (err) {
    out.push('', `the original cannot be shown as text (${(err as Error).message}); see --json for the stored content`);
  }
  if (flat) {
    out.push('', 'What a reader sees (where it sits: text; evidence highlighted):');
    for (const seg of flat.segments.filter((s) => s.kind === 'text')) {
      const hits = evidence.filter((ev) => sameNode(ev.path, seg.path));
      out.push(`${hits.length ? '>' : ' '} ${e(seg.place)}: ${highlight(seg.value, hits, mark)}`);
    }
    if (flat.links.length) {
      out.push('', 'Links (visible text -> address):');
      for (const link of flat.links) {
        const hits = evidence.filter((ev) => sameNode(ev.path, link.path));
        const text = link.text ? `"${e(link.text)}"` : '(no visible text)';
        out.push(`${hits.length ? '>' : ' '} ${text} -> ${highlight(link.url, hits, mark)}  [${e(link.path)}]`);
      }
    }
  }

  out.push('', 'Reasons:');
  for (const r of item.reasons) {
    out.push(`  ${r.category} ${r.score.toFixed(2)} (${e(r.source)})${r.detail ? `: ${e(r.detail)}` : ''}`);
    for (const ev of r.evidence) out.push(`    ${mark(e(ev.value))} in ${e(ev.place)} [${e(ev.path)}]`);
  }
  out.push('', `Scorer: ${e(item.scorer)}`, '', 'History:');
  for (const h of item.history) {
    const status = h.to ? ` [${h.from ? `${h.from} -> ` : ''}${h.to}]` : '';
    out.push(`  ${h.at}  ${h.action} by ${e(h.by)}${h.revision ? ` (revision ${h.revision})` : ''}${status}${h.note ? `: ${e(h.note)}` : ''}`);
  }
  return out.join('\n');
}

/** Evidence paths name a node or one of its fields; a segment matches when either path contains the other. */
function sameNode(evidencePath: string, segmentPath: string): boolean {
  return evidencePath === segmentPath || segmentPath.startsWith(`${evidencePath}.`) || evidencePath.startsWith(`${segmentPath}.`);
}

/** Escapes `value` and marks each occurrence of the evidence in it (the whole value when none is found verbatim). */
function highlight(value: string, hits: Evidence[], mark: Mark): string {
  if (hits.length === 0) return e(value);
  const lower = value.toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const ev of hits) {
    const needle = ev.value.toLowerCase();
    for (let at = needle ? lower.indexOf(needle) : -1; at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      spans.push([at, at + needle.length]);
    }
  }
  if (spans.length === 0) return mark(e(value));
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [start, end] of spans) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    out += e(value.slice(pos, from)) + mark(e(value.slice(from, end)));
    pos = end;
  }
  return out + e(value.slice(pos));
}
