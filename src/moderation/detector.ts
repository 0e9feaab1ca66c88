import type { Config } from '../config/index.js';
import type { Category, Evidence, Reason } from './types.js';
import type { PreparedSegment } from './prepare-segments.js';
import { originalSpan, type Normalised } from './normalise.js';

export type Policy = Config['policy'];

/**
 * Every local detector has this one shape: the document's prepared segments in, reasons out. A
 * detector reports what it sees with a score; thresholds and policy switches are applied by the scorer.
 */
export type Detector = (segments: readonly PreparedSegment[], policy: Policy) => Reason[];

/** One observation: this text (or URL), found here, points to this category with this weight. */
export interface Hit {
  category: Category;
  /** 0..1: how strongly this observation alone indicates the category. */
  weight: number;
  evidence: Evidence;
  /** What made the observation, in words, for the reviewer (kept from the strongest hit). */
  why?: string;
}

const MAX_EVIDENCE = 5;
/** Below this weight a hit is context, not a signal of its own. */
const SIGNAL = 0.3;

/**
 * Combines hits into one reason per category (combineWeights), so two signals can cross a threshold one
 * alone does not; the same text found twice counts once. Evidence is listed strongest first.
 */
export function hitsToReasons(hits: readonly Hit[], source: string): Reason[] {
  // Most detectors find nothing in most documents: no maps for them. Most that find something find one
  // thing (nine in ten on short bios), which is its category's whole list: no key to build either.
  if (hits.length === 0) return [];
  if (hits.length === 1) return hits[0]!.weight > 0 ? [reasonOf(hits[0]!.category, hits, source)] : [];
  const byCategory = new Map<Category, Map<string, Hit>>();
  for (const hit of hits) {
    if (hit.weight <= 0) continue;
    const key = `${hit.evidence.path}\u0000${hit.evidence.value.toLowerCase()}`;
    const seen = byCategory.get(hit.category) ?? new Map<string, Hit>();
    byCategory.set(hit.category, seen);
    const prev = seen.get(key);
    if (!prev || prev.weight < hit.weight) seen.set(key, hit);
  }
  const reasons: Reason[] = [];
  for (const [category, seen] of byCategory) reasons.push(reasonOf(category, [...seen.values()].sort((a, b) => b.weight - a.weight), source));
  return reasons;
}

/** A category's reason from its hits, one a place and text, strongest first. */
function reasonOf(category: Category, list: readonly Hit[], source: string): Reason {
  // Pushed, not .map: see combineWeights.
  const weights: number[] = [];
  for (const hit of list) weights.push(hit.weight);
  const score = round(combineWeights(weights));
  const evidence = distinctEvidence(list);
  const why = list[0]!.why;
  return why ? { category, score, evidence, source, detail: why } : { category, score, evidence, source };
}

/**
 * Evidence a reviewer reads once: a match inside a longer, stronger match of the same place ("idiot"
 * inside "you are a worthless idiot") adds to the score but is not listed again. At most MAX_EVIDENCE.
 */
function distinctEvidence(sorted: readonly Hit[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const { evidence } of sorted) {
    if (kept.length === MAX_EVIDENCE) break;
    if (!kept.some((k) => k.path === evidence.path && k.value.includes(evidence.value))) kept.push(evidence);
  }
  return kept;
}

/**
 * Independent observations add up like probabilities (noisy-or: 1 - (1-w1)(1-w2)...); weak ones (context
 * words like "pain" or "blood", under 0.3) add only beside a real signal. Callers push the weights onto an
 * array literal rather than .map them: TurboFan's inlined .map makes holey arrays, the interpreter's packed
 * ones, and this function, fed both, was deoptimized and compiled again (docs/history/scorer-speed-log.md, session 11).
 */
export function combineWeights(weights: readonly number[]): number {
  const sorted = [...weights].sort((a, b) => b - a);
  const counted = (sorted[0] ?? 0) >= SIGNAL ? sorted.length : Math.min(1, sorted.length);
  let rest = 1;
  for (let i = 0; i < counted; i++) rest *= 1 - Math.min(1, Math.max(0, sorted[i]!));
  return 1 - rest;
}

/**
 * Evidence for text.slice(from, to) of a segment's normalised form (by default the matching skeleton):
 * the member's own characters, and where they are.
 */
export function evidenceAt(segment: PreparedSegment, from: number, to: number, norm: Normalised = segment.norm): Evidence {
  return { value: originalSpan(norm, from, to).value, path: segment.path, place: segment.place };
}

/** Evidence for a whole segment (a URL, or a sentence the model judged). */
export function evidenceOf(segment: { path: string; place: string }, value: string): Evidence {
  return { value, path: segment.path, place: segment.place };
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
