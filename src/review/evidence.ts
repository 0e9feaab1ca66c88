import type { Evidence, Reason } from '../moderation/index.js';
import { flatten, type FlatDocument, type Segment } from '../ricos/index.js';
import type { ReviewItem } from './types.js';

/** A piece of member text cut into plain and evidence parts, for highlighting (escaping happens at render). */
export type Spans = Array<{ text: string; hit: boolean }>;

/** One piece of evidence with the words around it and its hiding place ("image alt text", "link behind 'my portfolio'"). */
export interface EvidenceInContext {
  category: string;
  score: number;
  place: string;
  context: Spans;
  /** The text was cut at the start / end. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The original as a reader meets it: each segment in document order with its evidence marked. */
export interface ReaderSegment {
  segment: Segment;
  spans: Spans;
  flagged: boolean;
}

const CONTEXT_CHARS = 40;

/** The flattened original, or undefined when it cannot be read (shown as such; the raw JSON stays in the store). */
export function flattenOriginal(item: ReviewItem): FlatDocument | undefined {
  try {
    return flatten(item.original.content);
  } catch {
    return undefined;
  }
}

export function readerView(item: ReviewItem, flat: FlatDocument): ReaderSegment[] {
  const evidence = item.reasons.flatMap((r) => r.evidence);
  return flat.segments.map((segment) => {
    const value = segment.value.toLowerCase();
    // Evidence from a neighbouring field of the same node (a link's URL beside its paragraph's text)
    // marks this segment only where its words occur here; only its own path marks the whole segment.
    const hits = evidence.filter((ev) => sameNode(ev.path, segment.path)
      && (ev.path === segment.path || (ev.value !== '' && value.includes(ev.value.toLowerCase()))));
    return { segment, spans: markSpans(segment.value, hits.map((h) => h.value)), flagged: hits.length > 0 };
  });
}

/**
 * Every reason's evidence, cut to a window around the match inside the segment it came from, highest
 * score first. Several detectors often point at the same words for the same category: shown once.
 */
export function evidenceInContext(reasons: Reason[], flat: FlatDocument | undefined): EvidenceInContext[] {
  const seen = new Set<string>();
  return [...reasons].sort((a, b) => b.score - a.score).flatMap((reason) => reason.evidence.flatMap((ev) => {
    const key = JSON.stringify([reason.category, ev.path, ev.value.toLowerCase()]);
    if (seen.has(key)) return [];
    seen.add(key);
    const segment = flat?.segments.find((s) => sameNode(ev.path, s.path) && s.value.toLowerCase().includes(ev.value.toLowerCase()));
    return [{ category: reason.category, score: reason.score, place: ev.place, ...window(segment?.value ?? ev.value, ev) }];
  }));
}

function window(value: string, ev: Evidence): Pick<EvidenceInContext, 'context' | 'clippedStart' | 'clippedEnd'> {
  const at = value.toLowerCase().indexOf(ev.value.toLowerCase());
  if (at < 0 || !ev.value) return { context: [{ text: value, hit: true }], clippedStart: false, clippedEnd: false };
  const start = Math.max(0, at - CONTEXT_CHARS);
  const end = Math.min(value.length, at + ev.value.length + CONTEXT_CHARS);
  return { context: markSpans(value.slice(start, end), [ev.value]), clippedStart: start > 0, clippedEnd: end < value.length };
}

/** Evidence paths name a node or one of its fields; a segment matches when either path contains the other. */
function sameNode(evidencePath: string, segmentPath: string): boolean {
  return evidencePath === segmentPath || segmentPath.startsWith(`${evidencePath}.`) || evidencePath.startsWith(`${segmentPath}.`);
}

/** Marks every case-insensitive occurrence of the needles; the whole value when a needle was given but none occurs verbatim. */
export function markSpans(value: string, needles: string[]): Spans {
  if (needles.length === 0) return [{ text: value, hit: false }];
  const lower = value.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const needle of needles.map((n) => n.toLowerCase()).filter(Boolean)) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  if (ranges.length === 0) return [{ text: value, hit: true }];
  ranges.sort((a, b) => a[0] - b[0]);
  const spans: Spans = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    if (from > pos) spans.push({ text: value.slice(pos, from), hit: false });
    spans.push({ text: value.slice(from, end), hit: true });
    pos = end;
  }
  if (pos < value.length) spans.push({ text: value.slice(pos), hit: false });
  return spans;
}
