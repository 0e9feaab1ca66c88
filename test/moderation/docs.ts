import { expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/index.js';
import type { Reason, Verdict } from '../../src/moderation/index.js';
import { createScorer } from '../../src/moderation/scorers.js';
import type { FlatDocument, Segment } from '../../src/ricos/types.js';

/** A paragraph as the flattener gives it; `path` and `place` default to the first paragraph. */
export function text(value: string, path = 'nodes[0].nodes[0].textData.text', place = 'paragraph'): Segment {
  return { kind: 'text', path, value, place };
}

/** A link a visitor follows, optionally behind visible text. */
export function link(url: string, linkText?: string, path = 'nodes[0].nodes[0].textData.decorations[0].linkData.link.url', place = 'text link'): Segment {
  return { kind: 'link', path, value: url, place, ...(linkText !== undefined ? { linkText } : {}) };
}

/** A FlatDocument built from segments, with `text` and `links` derived the way flatten does. */
export function doc(...segments: Segment[]): FlatDocument {
  return {
    text: segments.filter((s) => s.kind === 'text').map((s) => s.value).join('\n'),
    links: segments.filter((s) => s.kind === 'link').map((s) => ({ url: s.value, text: s.linkText ?? '', path: s.path })),
    segments,
  };
}

/** A config from a partial JSON object, validated like a config file. */
export function config(partial: unknown = {}): Config {
  return parseConfig(partial);
}

/** Scores through the public entry point (createScorer), the way the CLI and the worker do. */
export function score(input: FlatDocument | string, partial: unknown = {}): Promise<Verdict> {
  const scorer = createScorer(config(partial), { configDir: process.cwd() });
  return scorer.score(typeof input === 'string' ? doc(text(input)) : input);
}

/**
 * Scores with the rules alone (scorer.local.model off): detector tests pin what the lexicons and link
 * rules do; the learned model's figures are checked by its own tests and by `npm run eval`.
 */
export function rules(input: FlatDocument | string, partial: Record<string, unknown> = {}): Promise<Verdict> {
  const scorer = (partial.scorer ?? {}) as Record<string, unknown>;
  const local = (scorer.local ?? {}) as Record<string, unknown>;
  return score(input, { ...partial, scorer: { ...scorer, local: { model: false, ...local } } });
}

/** Whether the rules, multilingual ones on, read the text as hate against a group (hate or its threats). */
export async function isHate(value: string): Promise<boolean> {
  return (await rules(value, { policy: { multilingual: true } })).reasons.some((r) => r.category === 'hate' || r.category === 'hate/threatening');
}

export function categories(verdict: Verdict): string[] {
  return verdict.reasons.map((r) => r.category);
}

export function reason(verdict: Verdict, category: string): Reason | undefined {
  return verdict.reasons.find((r) => r.category === category);
}

/** Whether the rules alone give a line the category at the default threshold, and whether they remove it. */
export const flagsByRules = async (value: string, category: string) => (reason(await rules(value), category)?.score ?? 0) >= 0.5;
export const removedByRules = async (value: string) => (await rules(value)).flagged;

/** Whether the scorer as it ships (rules and the text model, multilingual on) removes a line. */
const removedAsShipped = async (value: string) => (await score(value, { policy: { multilingual: true } })).flagged;
/** One test a line: each is kept by the scorer as it ships. */
export const keeps = (lines: string[]) => it.each(lines)('keeps %s', async (value) => expect(await removedAsShipped(value)).toBe(false));
/** One test a line: each is removed by the scorer as it ships. */
export const removes = (lines: string[]) => it.each(lines)('removes %s', async (value) => expect(await removedAsShipped(value)).toBe(true));

/** Whether the scorer as it ships reads a line as hate against a group (hate or its threats): swearing alone is profanity. */
const hateAsShipped = async (value: string) => (await score(value, { policy: { multilingual: true } })).reasons.some((r) => r.category === 'hate' || r.category === 'hate/threatening');
/** One test a line: the scorer as it ships reads each as hate. */
export const readsHate = (lines: string[]) => it.each(lines)('reads hate in %s', async (value) => expect(await hateAsShipped(value)).toBe(true));
/** One test a line: the scorer as it ships reads none as hate (it may still remove one for its swearing). */
export const readsNoHate = (lines: string[]) => it.each(lines)('reads no hate in %s', async (value) => expect(await hateAsShipped(value)).toBe(false));

/** A probe's lines (the last of each row: [class, line] or [language, class, line]) but those it lists as not read yet, which must be left as they are. */
export function probeLines(rows: ReadonlyArray<readonly [string, string] | readonly [string, string, string]>, notYetRead: ReadonlySet<string>): string[] {
  return rows.map((row) => row[row.length - 1]!).filter((line) => !notYetRead.has(line));
}
