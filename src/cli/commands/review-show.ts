import { openStoreForCommand, ItemNotFound, type ReviewItem } from '../../review/index.js';
import { formatAge } from '../../review/parse-age.js';
import { evidenceInContext, flattenOriginal, readerView, type Spans } from '../../review/evidence.js';
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

  const flat = flattenOriginal(item);
  const marked = (spans: Spans) => spans.map((s) => (s.hit ? mark(e(s.text)) : e(s.text))).join('');
  if (!flat) out.push('', 'the original cannot be shown as text; see --json for the stored content');
  else {
    const view = readerView(item, flat);
    out.push('', 'What a reader sees (where it sits: text; evidence highlighted):');
    for (const { segment, spans, flagged } of view.filter((v) => v.segment.kind === 'text')) {
      out.push(`${flagged ? '>' : ' '} ${e(segment.place)}: ${marked(spans)}`);
    }
    const links = view.filter((v) => v.segment.kind === 'link');
    if (links.length) {
      out.push('', 'Links (visible text -> address):');
      for (const { segment, spans, flagged } of links) {
        const text = segment.linkText ? `"${e(segment.linkText)}"` : '(no visible text)';
        out.push(`${flagged ? '>' : ' '} ${text} -> ${marked(spans)}  [${e(segment.path)}]`);
      }
    }
  }

  out.push('', 'Reasons:');
  for (const r of item.reasons) {
    out.push(`  ${r.category} ${r.score.toFixed(2)} (${e(r.source)})${r.detail ? `: ${e(r.detail)}` : ''}`);
  }
  // Each cited text once per category and place, with every source that cited it.
  out.push('', 'Evidence (category: words in context, where, found by):');
  for (const ev of evidenceInContext(item.reasons, flat)) {
    const context = `${ev.clippedStart ? '…' : ''}${marked(ev.context)}${ev.clippedEnd ? '…' : ''}`;
    out.push(`  ${ev.category}: ${context} in ${e(ev.place)} [${e(ev.path)}] (${ev.sources.map(e).join(', ')})`);
  }
  out.push('', `Scorer: ${e(item.scorer)}`, '', 'History:');
  for (const h of item.history) {
    const status = h.to ? ` [${h.from ? `${h.from} -> ` : ''}${h.to}]` : '';
    out.push(`  ${h.at}  ${h.action} by ${e(h.by)}${h.revision ? ` (revision ${h.revision})` : ''}${status}${h.note ? `: ${e(h.note)}` : ''}`);
  }
  return out.join('\n');
}
