import type { Evidence, Reason } from '../moderation/index.js';
import { flatten, type FlatDocument, type Segment } from '../ricos/index.js';
import type { ReviewItem } from './types.js';

/** A piece of member text cut into plain and evidence parts, for highlighting (escaping happens at render). */
export type Spans = Array<{ text: string; hit: boolean }>;

/**
 * One row of evidence: a distinct text in one place for one category, with the words around it, its
 * hiding place ("image alt text", "link behind 'my portfolio'") and every source that found it.
 */
export interface EvidenceInContext {
  category: string;
  /** The highest score among its sources. */
  score: number;
  /** Detectors and models that cited this text (`local:model`, `local:profanity`), strongest first. */
  sources: string[];
  place: string;
  /** Document path of the node it sits in. */
  path: string;
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

/** One cited text, before merging. */
interface Citation {
  category: string;
  score: number;
  source: string;
  ev: Evidence;
  /** What counts as the same text: case-folded, spaces squeezed, a mailto:/tel: scheme dropped. */
  key: string;
}

/**
 * Every reason's evidence, merged for a reader, highest score first: per category and node, one row
 * per distinct text with all the sources that cited it. Texts count as one when they are the same
 * after sameTextKey (an address and the same address as `mailto:`) or when one holds the other (a
 * model citing a sentence, a rule citing a word in it): the row shows the longer text with the inner
 * words marked. Each row is cut to a window around its text inside the segment it came from.
 */
export function evidenceInContext(reasons: Reason[], flat: FlatDocument | undefined): EvidenceInContext[] {
  const citations: Citation[] = reasons.flatMap((r) => r.evidence.map((ev) => ({
    category: r.category, score: r.score, source: r.source, ev, key: sameTextKey(ev.value),
  })));
  // Longest first, so a text meets the row that holds it; of equal texts the one as written (no scheme) leads.
  citations.sort((a, b) => b.key.length - a.key.length || a.ev.value.length - b.ev.value.length);
  const rows: Citation[][] = [];
  for (const c of citations) {
    const row = rows.find(([lead]) => lead!.category === c.category && lead!.ev.path === c.ev.path && lead!.key.includes(c.key));
    if (row) row.push(c);
    else rows.push([c]);
  }
  return rows.map((row) => {
    const [lead] = row as [Citation, ...Citation[]];
    const byScore = [...row].sort((a, b) => b.score - a.score);
    // Mark the most precise words: the texts that hold no other cited text of the row.
    const needles = row.filter((c) => !row.some((o) => o !== c && o.key !== c.key && c.key.includes(o.key))).map((c) => c.ev.value);
    const segment = flat?.segments.find((s) => sameNode(lead.ev.path, s.path) && s.value.toLowerCase().includes(lead.ev.value.toLowerCase()));
    return {
      category: lead.category,
      score: byScore[0]!.score,
      sources: [...new Set(byScore.map((c) => c.source))],
      place: lead.ev.place,
      path: lead.ev.path,
      ...window(segment?.value ?? lead.ev.value, lead.ev.value, needles),
    };
  }).sort((a, b) => b.score - a.score);
}

function sameTextKey(value: string): string {
  return value.toLowerCase().replace(/^(?:mailto|tel):/, '').replace(/\s+/g, ' ').trim();
}

function window(value: string, around: string, needles: string[]): Pick<EvidenceInContext, 'context' | 'clippedStart' | 'clippedEnd'> {
  const at = value.toLowerCase().indexOf(around.toLowerCase());
  if (at < 0 || !around) return { context: [{ text: value, hit: true }], clippedStart: false, clippedEnd: false };
  const start = Math.max(0, at - CONTEXT_CHARS);
  const end = Math.min(value.length, at + around.length + CONTEXT_CHARS);
  return { context: markSpans(value.slice(start, end), needles), clippedStart: start > 0, clippedEnd: end < value.length };
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
