import { createHash } from 'node:crypto';

/** Marks the paragraph we write in place of flagged content. */
const MARKER = 'aboutmod-placeholder';

/**
 * The document written in place of a flagged About: one paragraph holding `text` (policy.placeholder,
 * then policy.confirmedPlaceholder once a reviewer confirms). Its node id carries a marker and a digest
 * of the text, so a rescan or a restore knows either as ours and a member cannot pass off other words as
 * our placeholder by copying the id alone.
 */
export function buildPlaceholder(text: string): { nodes: object[]; metadata: object } {
  return {
    nodes: [
      {
        type: 'PARAGRAPH',
        id: markerId(text),
        nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }],
        paragraphData: {},
      },
    ],
    metadata: { version: 1 },
  };
}

/**
 * Whether `content` is a placeholder built by buildPlaceholder (and, when `text` is given, holding that
 * text): exactly one marked paragraph with one undecorated TEXT whose digest matches the marker.
 */
export function isPlaceholder(content: unknown, text?: string): boolean {
  if (!isObject(content) || !Array.isArray(content.nodes) || content.nodes.length !== 1) return false;
  const paragraph: unknown = content.nodes[0];
  // The id's prefix first: most Abouts are one paragraph too, and the digest below is a sha256 of the text.
  if (!isObject(paragraph) || paragraph.type !== 'PARAGRAPH' || typeof paragraph.id !== 'string' || !paragraph.id.startsWith(`${MARKER}-`)) return false;
  if (!Array.isArray(paragraph.nodes) || paragraph.nodes.length !== 1) return false;
  const run: unknown = paragraph.nodes[0];
  if (!isObject(run) || run.type !== 'TEXT' || !isObject(run.textData)) return false;
  const { text: written, decorations } = run.textData;
  if (typeof written !== 'string' || (Array.isArray(decorations) && decorations.length > 0)) return false;
  if (text !== undefined && written !== text) return false;
  return paragraph.id === markerId(written);
}

/** sha256 (hex) of the canonical JSON of `content`: object key order does not change it. */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** JSON with object keys sorted at every level; undefined members dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value);
  return parts.join('');

  function write(v: unknown): void {
    if (v === null || typeof v !== 'object') {
      parts.push(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      parts.push('[');
      v.forEach((item, i) => {
        if (i) parts.push(',');
        write(item === undefined || typeof item === 'function' ? null : item);
      });
      parts.push(']');
      return;
    }
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function').sort();
    parts.push('{');
    keys.forEach((k, i) => {
      if (i) parts.push(',');
      parts.push(JSON.stringify(k), ':');
      write(obj[k]);
    });
    parts.push('}');
  }
}

function markerId(text: string): string {
  return `${MARKER}-${createHash('sha256').update(`${MARKER}\n${text}`).digest('hex').slice(0, 16)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
