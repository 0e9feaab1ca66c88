import type { Category } from './types.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';
import { compilePattern, firstPartCount, type CompiledPattern, type Slots } from './phrase-pattern.js';
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
  /** Text right after a match that makes it an idiom ("kill them with kindness"): the match is dropped. */
  innocentAfter?: RegExp;
  /** A match of this category the predicate calls innocent, read on the normalised text, is dropped. */
  innocentAt?: (text: string, from: number, to: number, category: Category) => boolean;
}

interface Entry {
  /** Held, not spread: its regex is built on first use. */
  pattern: CompiledPattern;
  category: Category;
  weight: number;
  /** The pattern's anchors as numbers in the anchor index all lexicons share; empty when it has none. */
  anchorIds: readonly number[];
}

/** A lexicon ready to match: its entries, their anchors numbered in the index all lexicons share. */
export interface Lexicon {
  entries: readonly Entry[];
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
        if (spec.innocentAfter?.test(framed.text.slice(m.to, m.to + 80))) continue;
        if (spec.innocentAt?.(framed.text, m.from, m.to, m.entry.category)) continue;
        const weight = m.entry.weight * frame(framed, m.from, m.to);
        hits.push({ category: m.entry.category, weight, evidence: evidenceAt(segment, m.from, m.to) });
      }
    }
    return hitsToReasons(hits, `local:${name}`);
  };
}

export function compileLexicon(spec: LexiconSpec): Lexicon {
  const entries: Entry[] = [];
  for (const [category, list] of Object.entries(spec.phrases) as [Category, ReadonlyArray<readonly [number, string]>][]) {
    for (const [weight, source] of list) {
      const pattern = compilePattern(source, spec.slots);
      entries.push({ pattern, category, weight, anchorIds: pattern.anchors.map((a) => ANCHORS.add(a)) });
    }
  }
  return { entries };
}

/**
 * Every match of every entry in the segment. An entry runs only when the squeezed text contains one
 * of its anchors; which anchors occur is read once per segment for every lexicon (AnchorIndex). It is
 * then tried, sticky, only at the word starts its matches can begin
 * with (the segment's words are found once, for every lexicon), in order, resuming after each match:
 * the same matches as a search from every position, which most texts made the costliest step.
 */
export function findPhrases(lexicon: Lexicon, segment: PreparedSegment): { entry: Entry; from: number; to: number }[] {
  const found: { entry: Entry; from: number; to: number }[] = [];
  const text = segment.matching;
  const present = ANCHORS.occurring(segment);
  for (const entry of lexicon.entries) {
    const { anchorIds, pattern } = entry;
    if (anchorIds.length > 0 && !anyPresent(anchorIds, present)) continue;
    const add = (from: number, length: number) => found.push({ entry, from, to: from + length });
    if (pattern.starts === undefined) searchEverywhere(pattern.regex, text, add);
    else searchAtWordStarts(pattern.sticky, pattern.starts, segment, add);
  }
  return found;
}

function anyPresent(ids: readonly number[], present: Uint8Array): boolean {
  for (let i = 0; i < ids.length; i++) if (present[ids[i]!] === 1) return true;
  return false;
}

function searchEverywhere(regex: RegExp, text: string, add: (from: number, length: number) => void): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    add(m.index, m[0].length);
    if (m[0].length === 0) regex.lastIndex++;
  }
}

function searchAtWordStarts(
  sticky: RegExp,
  { first, heads, length }: NonNullable<CompiledPattern['starts']>,
  segment: PreparedSegment,
  add: (from: number, length: number) => void,
): void {
  const { starts } = segment.words;
  const wordHeads = segment.words.heads[length - 1]!;
  const text = segment.matching;
  const known = firstPartTable(segment);
  const row = first.id * starts.length;
  let resume = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < resume) continue;
    if (!heads.has(wordHeads[k]!)) continue;
    // Does the first part match here? Asked once per segment for every pattern that shares it (a
    // part compiled after the table was made has no row in it, and is asked every time).
    let firstMatches = row + k < known.length ? known[row + k]! : 0;
    if (firstMatches === 0) {
      first.regex.lastIndex = at;
      firstMatches = first.regex.test(text) ? 1 : 2;
      if (row + k < known.length) known[row + k] = firstMatches;
    }
    if (firstMatches === 2) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    add(at, m[0].length);
    resume = at + Math.max(1, m[0].length);
  }
}

/**
 * Per segment, per first part and word: 0 not asked yet, 1 the first part matches there, 2 not. A
 * segment of very many words gets no table (over 1 MB of it), and its first parts are asked each time.
 */
const firstPartTables = new WeakMap<PreparedSegment, Uint8Array>();
const MAX_TABLE = 1 << 20;
function firstPartTable(segment: PreparedSegment): Uint8Array {
  let table = firstPartTables.get(segment);
  if (!table) {
    const size = firstPartCount() * segment.words.starts.length;
    firstPartTables.set(segment, (table = new Uint8Array(size <= MAX_TABLE ? size : 0)));
  }
  return table;
}

/**
 * Every anchor of every lexicon, numbered, in one trie over ASCII units (a flat array, 128 slots a
 * node): which anchors a segment holds is read in one pass for all lexicons together, and kept for
 * the segment, instead of a walk per lexicon.
 */
class AnchorIndex {
  private next = new Int32Array(128 * 256);
  private ids = new Int32Array(256).fill(-1);
  private nodes = 1;
  private readonly numbers = new Map<string, number>();
  private readonly seen = new WeakMap<PreparedSegment, Uint8Array>();

  add(anchor: string): number {
    let id = this.numbers.get(anchor);
    if (id !== undefined) return id;
    id = this.numbers.size;
    this.numbers.set(anchor, id);
    let node = 0;
    for (let i = 0; i < anchor.length; i++) {
      const c = anchor.charCodeAt(i);
      if (c >= 128) throw new Error(`lexicon anchor not ASCII: ${anchor}`);
      let child = this.next[node * 128 + c]!;
      if (child === 0) {
        child = this.grow();
        this.next[node * 128 + c] = child;
      }
      node = child;
    }
    this.ids[node] = id;
    return id;
  }

  /** present[id] is 1 when anchor id occurs in the segment's squeezed text as a substring. */
  occurring(segment: PreparedSegment): Uint8Array {
    let present = this.seen.get(segment);
    if (present && present.length === this.numbers.size) return present;
    present = new Uint8Array(this.numbers.size);
    const text = segment.squeezed;
    const { next, ids } = this;
    for (let start = 0; start < text.length; start++) {
      let node = 0;
      for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || (node = next[node * 128 + c]!) === 0) break;
        if (ids[node]! >= 0) present[ids[node]!] = 1;
      }
    }
    this.seen.set(segment, present);
    return present;
  }

  private grow(): number {
    if (this.nodes === this.ids.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const ids = new Int32Array(this.ids.length * 2).fill(-1);
      ids.set(this.ids);
      this.ids = ids;
    }
    return this.nodes++;
  }
}

const ANCHORS = new AnchorIndex();

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

/** Up to three words, then one of the phrases: "kill [them] with kindness". */
export function idiomTail(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:[^\\p{L}]+\\p{L}+){0,3}?[^\\p{L}]+with\\s+(?:${phrases.join('|')})(?!\\p{L})`, 'u');
}
