import { escapeControls } from '../../escape-controls.js';

/**
 * HTML building for the review page. Everything interpolated into `html` is escaped by escapeHtml,
 * the one escaper, unless it is already SafeHtml (the output of `html` itself): member text cannot
 * become markup by forgetting to escape it, nor hide or reorder what the reviewer reads with
 * invisible controls (shown as the same visible escapes as in the terminal).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Text and attribute values alike (quotes included), so one function serves both contexts. Bidi
 * overrides, zero-width and other invisible characters become visible escapes (`\u{202e}`).
 */
export function escapeHtml(text: string): string {
  return markupOnly(escapeControls(text));
}

/** Only what HTML itself would read as markup: for a value that must reach the browser byte for byte (an href). */
export function escapeMarkup(text: string): SafeHtml {
  return new SafeHtml(markupOnly(text));
}

function markupOnly(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch]!);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are ours, every `${value}` is escaped (arrays joined, null/false empty). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}
