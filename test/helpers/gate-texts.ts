import { join } from 'node:path';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';

/** The text of every segment of every eval row (the public sets and the Abouts): what a gate must pass as the slow path does. */
export function evalSegmentTexts(): string[] {
  const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
  return sets.flatMap((set) => set.cases.flatMap((c) => c.doc.segments.map((s) => s.value)));
}

/** `count` texts of up to `most` pieces each, drawn with a seeded generator (the same texts every run). */
export function textsOfPieces(pieces: readonly string[], count: number, most: number, seed: number): string[] {
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(next() * (most + 1));
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
    return text;
  });
}
