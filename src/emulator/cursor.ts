import { validationError } from './wix-error.js';

/**
 * The opaque paging cursor. Wix keeps the filter inside the cursor (next-page requests carry only
 * the cursor, wix-api.md section 4); so does the emulator. Position is by creation sequence, so an
 * About created or deleted between pages neither repeats nor hides another one.
 */
export interface Cursor {
  filter: unknown;
  limit: number;
  /** Page starts after this creation sequence (a `next` cursor)... */
  after?: number;
  /** ...or ends before it (a `prev` cursor). */
  before?: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ f: cursor.filter, l: cursor.limit, a: cursor.after, b: cursor.before })).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { f?: unknown; l?: unknown; a?: unknown; b?: unknown };
    if (typeof raw.l !== 'number' || (raw.a !== undefined && typeof raw.a !== 'number') || (raw.b !== undefined && typeof raw.b !== 'number')) {
      throw new Error('bad cursor');
    }
    return { filter: raw.f, limit: raw.l, after: raw.a as number | undefined, before: raw.b as number | undefined };
  } catch {
    throw validationError('query.cursorPaging.cursor', 'invalid cursor', 'FORMAT');
  }
}
