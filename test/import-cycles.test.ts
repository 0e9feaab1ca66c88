import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';

/**
 * A module that imports itself back runs before what it imports is built: whichever module a program loads first
 * decides which of them finds the other's constants undefined (the threat detector and the typo
 * reader's vocabulary once: a test file that imported the detector first could not load).
 */
const SRC = resolve(PACKAGE_ROOT, 'src');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Every import or re-export that outlives compilation: not `import type`, nor a list of types alone. */
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)([^;]*?)\s+from\s+'(\.[^']+)'/gms;
const typesOnly = (clause: string) => /^\{[^}]*\}$/.test(clause) && clause.slice(1, -1).split(',').every((s) => s.trim() === '' || /^type\s/.test(s.trim()));

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)]
    .filter(([, clause]) => !typesOnly(clause!.trim()))
    .map(([, , spec]) => resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));

/** Each cycle once, as the path of modules that leads from one back to itself. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const open = path.indexOf(file);
    if (open >= 0) return void found.push([...path.slice(open), file]);
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe('module imports', () => {
  it('no module of src imports itself back, through any others', () => {
    const files = sources(SRC);
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
    expect(cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' -> '))).toEqual([]);
  });

  it('finds the cycle that a typo reader importing a detector back made', () => {
    const graph = new Map([
      ['detect-threats.ts', ['detect-lexicon.ts']],
      ['detect-lexicon.ts', ['correct-typos.ts']],
      ['correct-typos.ts', ['spelling-vocabulary.ts']],
      ['spelling-vocabulary.ts', ['detect-threats.ts', 'insults.ts']],
      ['insults.ts', []],
    ]);
    expect(cycles(graph)).toEqual([['detect-threats.ts', 'detect-lexicon.ts', 'correct-typos.ts', 'spelling-vocabulary.ts', 'detect-threats.ts']]);
  });
});
