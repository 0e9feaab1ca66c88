import type { Category } from './types.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';
import { compilePattern, type CompiledPattern, type Slots } from './phrase-pattern.js';
import type { PreparedSegment } from './prepare-segments.js';

/** A readable lexicon: weighted patterns (phrase-pattern.ts syntax) per category, plus named lists. */
export interface LexiconSpec {
  slots?: Slots;
  /** [weight 0..1, pattern]: how strongly one match alone indicates the category. */
  phrases: Partial<Record<Category, ReadonlyArray<readonly [number, string]>>>;
  /**
   * What framing around a match weakens it: 'full' (default) a negation, quotation, report or saying it
   * of oneself ("I don't hate...", "saying 'X are scum' is bigoted", "I was an idiot"); 'reclaimed'
   * only a group's own use of a word ("we are queer and proud", "me and my niggas"), for slurs, which no
   * other framing excuses; 'none' for text that is a signal however it is framed.
   */
  framing?: 'full' | 'reclaimed' | 'none';
}

interface Entry {
  /** Held, not spread: its regex is built on first use. */
  pattern: CompiledPattern;
  category: Category;
  weight: number;
  /** The pattern's anchors as numbers in the lexicon's anchor index; empty when it has none. */
  anchorIds: readonly number[];
}

/** A lexicon ready to match: its entries, and every anchor of every entry in one trie. */
export interface Lexicon {
  entries: readonly Entry[];
  anchors: AnchorIndex;
}

/** A detector that reports every lexicon match with its weight (damped when negated or quoted). */
export function phraseDetector(name: string, spec: LexiconSpec): Detector {
  const lexicon = compileLexicon(spec);
  const frame = FRAMINGS[spec.framing ?? 'full'];
  return (segments) => {
    const hits: Hit[] = [];
    for (const segment of segments) {
      if (segment.kind !== 'text') continue;
      const framed = new Framed(segment.norm.text);
      for (const m of findPhrases(lexicon, segment)) {
        const weight = m.entry.weight * frame(framed, m.from, m.to);
        hits.push({ category: m.entry.category, weight, evidence: evidenceAt(segment, m.from, m.to) });
      }
    }
    return hitsToReasons(hits, `local:${name}`);
  };
}

export function compileLexicon(spec: LexiconSpec): Lexicon {
  const anchors = new AnchorIndex();
  const entries: Entry[] = [];
  for (const [category, list] of Object.entries(spec.phrases) as [Category, ReadonlyArray<readonly [number, string]>][]) {
    for (const [weight, source] of list) {
      const pattern = compilePattern(source, spec.slots);
      entries.push({ pattern, category, weight, anchorIds: pattern.anchors.map((a) => anchors.add(a)) });
    }
  }
  return { entries, anchors };
}

/**
 * Every match of every entry in the segment. An entry runs its regex only when the squeezed text
 * contains one of its anchors; which anchors occur is read in one pass over the text for the whole
 * lexicon (a trie walk from each position), instead of a substring search per anchor per entry.
 */
export function findPhrases(lexicon: Lexicon, segment: PreparedSegment): { entry: Entry; from: number; to: number }[] {
  const found: { entry: Entry; from: number; to: number }[] = [];
  const text = segment.matching;
  const present = lexicon.anchors.occurring(segment.squeezed);
  for (const entry of lexicon.entries) {
    const { anchorIds } = entry;
    if (anchorIds.length > 0 && !anchorIds.some((id) => present[id] === 1)) continue;
    const regex = entry.pattern.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      found.push({ entry, from: m.index, to: m.index + m[0].length });
      if (m[0].length === 0) regex.lastIndex++;
    }
  }
  return found;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The anchor ending here, or -1. */
  id: number;
}

/** Literal anchors numbered, in a trie over their UTF-16 units. */
class AnchorIndex {
  private readonly root: TrieNode = { next: new Map(), id: -1 };
  private readonly ids = new Map<string, number>();

  add(anchor: string): number {
    let id = this.ids.get(anchor);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(anchor, id);
    let node = this.root;
    for (let i = 0; i < anchor.length; i++) {
      const c = anchor.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), id: -1 }));
      node = child;
    }
    node.id = id;
    return id;
  }

  /** present[id] is 1 when anchor id occurs in the text as a substring. */
  occurring(text: string): Uint8Array {
    const present = new Uint8Array(this.ids.size);
    for (let start = 0; start < text.length; start++) {
      let node: TrieNode | undefined = this.root;
      for (let i = start; i < text.length; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (!node) break;
        if (node.id >= 0) present[node.id] = 1;
      }
    }
    return present;
  }
}

const NEGATION = /(?<![\p{L}'])(?:not|never|no|nobody|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|stop|stopped)(?![\p{L}'])/gu;
// "Is it not obvious that...", "don't you realise that...": a question that asserts, not a negation.
const RHETORICAL = /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}?(?:obvious|clear|apparent|evident|realis|realiz|recognis|recogniz|see|get it|agree)/u;
// A negation governs its own clause only: "I have nothing against X, but they are scum".
const CLAUSE_BREAK = /\bbut\b|\byet\b|\bthough\b|\bhowever\b|[,;:]/;
const REPORTED = /(?<![\p{L}'])(?:say|saying|says|said|call|calling|called|tell|telling|told|claim|claiming|claims)(?![\p{L}'])/u;
// A group's own word for itself: "proud to be a fag", "we are queer", "me and my niggas".
const RECLAIMED = /(?<![\p{L}'])(?:i am|i'm|im|we are|we're|proud|my|our|ourselves|myself|as a|us)(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]*$/u;
// "I was an idiot", "I feel like such a loser": said of oneself.
const SELF = /(?<![\p{L}'])(?:i am|i'm|im|i was|i feel like|i felt like|i looked like|myself|made me|make me)(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]*$/u;
const ATTRIBUTED = /(?<![\p{L}'])(?:your|his|their|her|its)[^\p{L}]*$/u;

/**
 * How much of a match's weight survives its framing in its sentence: a negation shortly before it that
 * governs it ("I don't hate...") leaves a quarter; quoting it ("saying 'X are scum' is wrong"),
 * reporting it ("people calling women disgusting") or pinning it on someone else ("your contempt for
 * women") leaves half; saying it of oneself ("I was such an idiot") leaves less.
 */
const FRAMINGS: Record<'full' | 'reclaimed' | 'none', (framed: Framed, from: number, to: number) => number> = {
  full: framing,
  reclaimed: ({ text }, from) => (RECLAIMED.test(sentenceBefore(text, from)) ? 0.3 : 1),
  none: () => 1,
};

/** At most the 39 characters before a match, from the last sentence end among them. */
function sentenceBefore(text: string, from: number): string {
  const window = text.slice(Math.max(0, from - 39), from);
  return window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n')) + 1);
}

function framing(framed: Framed, from: number, to: number): number {
  const before = sentenceBefore(framed.text, from);
  for (const m of before.matchAll(NEGATION)) {
    const after = before.slice(m.index + m[0].length);
    if (!CLAUSE_BREAK.test(after) && !RHETORICAL.test(after)) return 0.25;
  }
  if (framed.insideQuotes(from, to) || REPORTED.test(before) || ATTRIBUTED.test(before)) return 0.5;
  if (SELF.test(before)) return 0.4;
  return 1;
}
/** A segment's text, with where its double quotes are, found once for all its matches. */
class Framed {
  private quotes: number[] | undefined;

  constructor(readonly text: string) {}

  /** An odd number of quotes before the match, and one after it. */
  insideQuotes(from: number, to: number): boolean {
    const quotes = (this.quotes ??= [...this.text.matchAll(/"/g)].map((m) => m.index));
    let before = 0;
    for (let hi = quotes.length; before < hi;) {
      const mid = (before + hi) >> 1;
      if (quotes[mid]! < from) before = mid + 1;
      else hi = mid;
    }
    return before % 2 === 1 && (quotes[quotes.length - 1] ?? -1) >= to;
  }
}
