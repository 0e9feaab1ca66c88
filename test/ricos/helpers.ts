import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';
import type { FlatDocument, Segment } from '../../src/ricos/index.js';

export const FIXTURES = join(SHARED_DIR, 'fixtures', 'ricos');

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

export const texts = (doc: FlatDocument): string[] => doc.segments.filter((s) => s.kind === 'text').map((s) => s.value);
export const urls = (doc: FlatDocument): string[] => doc.segments.filter((s) => s.kind === 'link').map((s) => s.value);

/** The one segment holding `value` (fails the test when there is none or more than one). */
export function segment(doc: FlatDocument, kind: Segment['kind'], value: string): Segment {
  const found = doc.segments.filter((s) => s.kind === kind && s.value === value);
  if (found.length !== 1) throw new Error(`expected one ${kind} segment ${JSON.stringify(value)}, found ${found.length} among ${JSON.stringify(doc.segments.map((s) => s.value))}`);
  return found[0]!;
}

/** A Ricos document around `nodes`. */
export const doc = (...nodes: object[]) => ({ nodes, metadata: { version: 1 } });
export const textNode = (text: string, decorations: object[] = []) => ({ type: 'TEXT', id: '', nodes: [], textData: { text, decorations } });
export const paragraph = (...runs: object[]) => ({ type: 'PARAGRAPH', id: 'p1', nodes: runs, paragraphData: { textStyle: { textAlignment: 'AUTO' } } });
