import type { CliContext } from '../context.js';
import { escapeTerminal } from '../escape-terminal.js';
import { readFlatDocument, type FlatDocument } from '../../ricos/index.js';

/** `aboutmod flatten [FILE|-]`: what a visitor can read and follow in one Ricos document. */
export default async function flattenCommand(ctx: CliContext, args: string[], _opts: Record<string, unknown>): Promise<void> {
  ctx.print(await readFlatDocument(args[0] ?? '-', ctx.loaded.config.policy.maxDocumentBytes), toText);
}

/** For a person: each piece of text with its place, then each link with the text it sits behind and where it hides. Member text is escaped. */
export function toText(doc: FlatDocument): string {
  const lines: string[] = [];
  const texts = doc.segments.filter((s) => s.kind === 'text');
  lines.push(texts.length ? 'Text:' : 'Text: none');
  // Each piece under the place it hides in, so "image alt text" or "poll option" is plain to see.
  for (const s of texts) lines.push(`  ${escapeTerminal(s.place, { newlines: false })}: ${escapeTerminal(s.value).replace(/\n/g, '\n    ')}`);
  const links = doc.segments.filter((s) => s.kind === 'link');
  lines.push('', links.length ? `Links (${links.length}):` : 'Links: none');
  for (const s of links) {
    const shown = s.linkText ? `  "${escapeTerminal(s.linkText, { newlines: false })}"` : '';
    lines.push(`  ${escapeTerminal(s.value, { newlines: false })}${shown}`);
    lines.push(`      ${escapeTerminal(s.place, { newlines: false })} at ${escapeTerminal(s.path, { newlines: false })}`);
  }
  return lines.join('\n');
}
