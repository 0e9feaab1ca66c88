import LinkifyIt from 'linkify-it';

/**
 * Member text made safe to quote in an owner notice (chat message or email): control and format
 * characters go (they can hide or reorder text), links are defanged so no client turns them into a
 * live link or unfurls a phishing page, HTML/Slack specials are escaped so nothing the member wrote is
 * markup (`<script>`, `<!channel>`, `<https://x|click>`), and the result is bounded.
 */

// C0/C1 controls, format characters (bidi overrides, zero-width), line/paragraph separators, lone surrogates.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]+/gu;
// Slack mrkdwn and Markdown specials: swapped for look-alikes so `*bold*` or a code fence stays literal text.
const MARKUP: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ', '|': '∣' };
const linkify = new LinkifyIt({}, { fuzzyIP: true, fuzzyEmail: true });

/** `https://evil.example/x` -> `hxxps://evil[.]example/x`; bare `evil.example` -> `evil[.]example`. */
export function defangLinks(text: string): string {
  const matches = linkify.match(text) ?? [];
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.index) + defangUrl(m.raw);
    last = m.lastIndex;
  }
  return out + text.slice(last);
}

/** One URL defanged: the scheme loses its `t`s and every dot of the host is bracketed. */
export function defangUrl(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*:)(\/\/)?/i.exec(url);
  const prefix = scheme ? scheme[0].replace(/^http/i, (h) => h.replace(/t/gi, 'x')) : '';
  const rest = url.slice(scheme?.[0].length ?? 0);
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  const tail = hostEnd === -1 ? '' : rest.slice(hostEnd);
  return `${prefix}${host.replace(/\./g, '[.]')}${tail}`;
}

/** &, <, > as entities: what Slack requires of literal text, and harmless in a plain-text email. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[*_~`|]/g, (c) => MARKUP[c]!);
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The one way member text enters a notice: one line, bounded, defanged, escaped (in that order). */
export function quoteMemberText(text: string, max = 200): string {
  const oneLine = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  // Defang before escaping, so the entity text (&amp;) is never mistaken for part of a link.
  return escapeMarkup(defangLinks(truncate(oneLine, max)));
}
