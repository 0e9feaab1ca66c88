import type { Category } from './types.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';
import { compilePattern, HEAD, setKey, type CompiledPattern, type Slots } from './phrase-pattern.js';
import type { PreparedSegment } from './prepare-segments.js';
import { END, ID, MemoByWordId, readWords, START, STRIDE, type WordReading } from './segment-words.js';
import { firstAtLeast } from './sorted-offsets.js';
import { compiledNow } from './lazy-regexp.js';
import { sentenceBefore } from './sentences.js';

/** A readable lexicon: weighted patterns (phrase-pattern.ts syntax) per category, plus named lists. */
export interface LexiconSpec {
  slots?: Slots;
  /** [weight 0..1, pattern]: how strongly one match alone indicates the category. */
  phrases: Partial<Record<Category, ReadonlyArray<readonly [number, string]>>>;
  /**
   * What framing around a match weakens it: 'full' (default) a negation, quotation, report or saying it
   * of oneself ("I don't hate...", "saying 'X are scum' is bigoted", "I was an idiot"); 'reclaimed'
   * only a group's own use of a word ("we are queer and proud", "me and my niggas"), for slurs, which no
   * other framing excuses; 'first-person' as 'full' but saying it of oneself does not weaken it, for what
   * a member sells, offers, joins, threatens or means to do to themselves, which is said in the first
   * person ("I'm selling nudes", "I am a proud soldier of ...", "I'm going to overdose"); 'none' for text
   * that is a signal however it is framed.
   */
  framing?: 'full' | 'first-person' | 'reclaimed' | 'none';
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
  /** The entry's number in its lexicon's phrase index. */
  id: number;
  /** Its start's number in that index (patterns that start the same way share one); -1 when a match may start anywhere. */
  start: number;
}

/** A lexicon ready to match: its entries, numbered in its phrase index. */
export interface Lexicon {
  entries: readonly Entry[];
  /** The first entry's number: a lexicon's entries are numbered one after another, in their order. */
  first: number;
  /** The phrase index its entries are numbered in and read by. */
  index: PhraseIndex;
}

/** How many of a segment's matches a lexicon reads the framing of (each reads windows around it: tens of µs). */
const FRAMED_MATCHES = 1_000;

/** A detector that reports every lexicon match with its weight (damped when negated or quoted). */
export function phraseDetector(name: string, spec: LexiconSpec): Detector {
  const lexicon = compileLexicon(spec);
  const frame = FRAMINGS[spec.framing ?? 'full'];
  return (segments) => {
    const hits: Hit[] = [];
    for (const segment of segments) {
      if (segment.kind !== 'text') continue;
      const found = findPhrases(lexicon, segment);
      if (found.length === 0) continue;
      const framed = new Framed(segment.norm.text);
      for (let i = 0; i < found.length; i++) {
        const m = found[i]!;
        // Past FRAMED_MATCHES, a match counts as written: no framing is read, so no input stalls the
        // scorer, and a segment that repeats a phrase thousands of times is not excused by quoting it.
        if (i >= FRAMED_MATCHES) {
          hits.push({ category: m.entry.category, weight: m.entry.weight, evidence: evidenceAt(segment, m.from, m.to) });
          continue;
        }
        if (spec.innocentAfter?.test(framed.text.slice(m.to, m.to + 80))) continue;
        if (spec.innocentAt?.(framed.text, m.from, m.to, m.entry.category)) continue;
        const weight = m.entry.weight * frame(framed, m.from, m.to);
        hits.push({ category: m.entry.category, weight, evidence: evidenceAt(segment, m.from, m.to) });
      }
    }
    return hitsToReasons(hits, `local:${name}`);
  };
}

/** `index`: the phrase index the lexicon is read in, the one most lexicons share unless given (phraseIndexApart). */
export function compileLexicon(spec: LexiconSpec, index: PhraseIndex = INDEX): Lexicon {
  const entries: Entry[] = [];
  for (const [category, list] of Object.entries(spec.phrases) as [Category, ReadonlyArray<readonly [number, string]>][]) {
    for (const [weight, source] of list) {
      const pattern = compilePattern(source, spec.slots);
      entries.push({ pattern, category, weight, ...index.add(pattern) });
    }
  }
  return { entries, first: entries[0]?.id ?? 0, index };
}

/**
 * A phrase index of its own, for lexicons asked of few segments (a hate grammar's roles, asked where a
 * segment names a group): a segment is read in it when one of them is first asked. In the index every
 * lexicon shares, their entries went live wherever their anchors occur ("de", "the"): two thirds of a
 * short bio's live entries, and about two fifths of the anchor sets settle read, for lexicons asked of one
 * segment in ten. What a lexicon finds does not depend on the index it is read in.
 */
export function phraseIndexApart(): PhraseIndex {
  return new PhraseIndex(new WeakMap());
}

/**
 * Every match of every entry in the segment, entry by entry, each entry's in the order of the text.
 * The shared index has already read, for every lexicon at once, which entries have an anchor in the
 * segment and where each word head occurs (PhraseIndex.read). An entry runs only when one of its
 * anchors occurs, and then, sticky, only at the words its matches can start with, in order, up to the
 * last word a match can start at (reading.limits), resuming after each match: the same matches as a
 * search from every position.
 */
export function findPhrases(lexicon: Lexicon, segment: PreparedSegment): { entry: Entry; from: number; to: number }[] {
  const found: { entry: Entry; from: number; to: number }[] = [];
  const { entries, first: firstId, index } = lexicon;
  const reading = index.read(segment);
  const text = segment.matching;
  const { live } = reading;
  for (let k = firstAtLeast(live, firstId); k < live.length && live[k]! < firstId + entries.length; k++) {
    const entry = entries[live[k]! - firstId]!;
    const started = reading.startOf[k]!;
    if (started < 0) {
      const regex = entry.pattern.regex;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        found.push({ entry, from: m.index, to: m.index + m[0].length });
        if (m[0].length === 0) regex.lastIndex++;
      }
      continue;
    }
    const limit = reading.limits[k]!;
    const { startWords, perBit, masks, runs } = reading;
    const wordList = reading.words.words;
    const end = reading.startWordsAt[started + 1]!;
    let i = reading.startWordsAt[started]!;
    // A third of the live entries have no word of their start up to their limit: their pattern (a
    // cache miss, in a scorer whose other stages have had the cache) is not read.
    if (i === end || wordList[startWords[i]! * STRIDE + START]! > limit) continue;
    const { pattern } = entry;
    const masksFrom = reading.masksAt[k]!;
    // The first part is asked once per word for every entry that shares it; an entry alone tries its
    // whole pattern at once.
    const answers = index.shares(entry.start) ? (reading.answers ??= new Array<number>(reading.sharedWords).fill(0)) : undefined;
    let resume = 0;
    for (; i < end; i++) {
      const word = startWords[i]!;
      const from = wordList[word * STRIDE + START]!;
      if (from > limit) break;
      if (from < resume) continue;
      if (!anchorsWithinReach(masks, masksFrom, pattern.anchorReach, word, perBit, runs)) continue;
      // Past 32 words a bit stands for several: the words themselves are asked (a regex test costs more).
      if (perBit > 1 && !index.anchorsInWords(reading, text, entry.id, pattern.anchorReach, masksFrom, word)) continue;
      if (answers !== undefined) {
        if (answers[i] === 0) {
          const first = pattern.starts!.first.regex;
          first.lastIndex = from;
          answers[i] = first.test(text) ? 1 : 2;
        }
        if (answers[i] === 2) continue;
      }
      // test() rather than exec(): where the match ends is its lastIndex, and no match array is made.
      const sticky = pattern.sticky;
      sticky.lastIndex = from;
      if (!sticky.test(text)) continue;
      const to = sticky.lastIndex;
      found.push({ entry, from, to });
      resume = Math.max(from + 1, to);
    }
  }
  return found;
}

/**
 * Whether a match starting at the word may hold an anchor of each of its entry's sets: the part holding
 * set j's literal ends at most reach[j] runs after the match's first, so one of their words holds it
 * (a bit of masks[from + j], perBit words a bit, from the word's to the last's).
 */
function anchorsWithinReach(masks: readonly number[], from: number, reach: readonly number[], word: number, perBit: number, runs: Runs | undefined): boolean {
  const lo = (word / perBit) | 0;
  for (let j = 0; j < reach.length; j++) {
    const hi = (lastInReach(runs, word, reach[j]!) / perBit) | 0;
    const window = (hi >= 31 ? -1 : (1 << (hi + 1)) - 1) & (-1 << lo);
    if ((masks[from + j]! & window) === 0) return false;
  }
  return true;
}

/**
 * A reading's words joined into runs by apostrophes or asterisks alone ("rock'n'roll"), which a free word
 * or a gap of a pattern reads as one word (anchorReach counts runs): per word its run, per run its last word.
 */
interface Runs {
  readonly of: readonly number[];
  readonly last: readonly number[];
}

/**
 * The words' runs; undefined when every run is one word (most texts), and a word's run is then the word.
 */
function runsOf(text: string, words: WordReading): Runs | undefined {
  const { words: list, count } = words;
  const joinedTo = (w: number) => joined(text, list[(w - 1) * STRIDE + END]!, list[w * STRIDE + START]!);
  let w = 1;
  while (w < count && !joinedTo(w)) w++;
  if (w >= count) return undefined;
  const of = new Array<number>(count);
  const last: number[] = [];
  for (w = 0; w < count; w++) {
    if (w > 0 && !joinedTo(w)) last.push(w - 1);
    of[w] = last.length;
  }
  last.push(count - 1);
  return { of, last };
}

/** Whether text[from, to), between two words, is apostrophes and asterisks alone. */
function joined(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== APOSTROPHE && c !== ASTERISK) return false;
  }
  return true;
}
const APOSTROPHE = 0x27;
const ASTERISK = 0x2a;

/** The last word at most `reach` runs after the word's (maybe past the reading's last word when every run is one word). */
function lastInReach(runs: Runs | undefined, word: number, reach: number): number {
  if (runs === undefined) return word + reach;
  return runs.last[Math.min(runs.of[word]! + reach, runs.last.length - 1)]!;
}

/** Whether the anchor is one of the set's: in either of its lists of sets (AnchorSets, its guard sets and its others). */
function inSet({ anchorSets: { start, sets } }: Automaton, anchor: number, set: number): boolean {
  return inPairs(sets, start[2 * anchor]!, start[2 * anchor + 1]!, set) || inPairs(sets, start[2 * anchor + 1]!, start[2 * anchor + 2]!, set);
}

/**
 * Whether the set is among the pairs sets[from] up to sets[to]: a search, as they are listed in ascending order.
 * A common anchor ("the", "de") is in dozens: scanned one by one, they were 2,700 steps an openai row for the
 * 190 anchors asked about.
 */
function inPairs(sets: Int32Array, from: number, to: number, set: number): boolean {
  // Pairs of numbers: the search is over pair indexes.
  let lo = from / 2;
  const end = to / 2;
  for (let hi = end; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (sets[2 * mid]! < set) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && sets[2 * lo] === set;
}

/**
 * Sorts a few numbers in place, ascending (a segment's live entries: a few dozen, where Array.sort's
 * comparator calls cost more).
 */
function sortFew(list: number[]): void {
  for (let k = 1; k < list.length; k++) {
    const value = list[k]!;
    let at = k;
    for (; at > 0 && list[at - 1]! > value; at--) list[at] = list[at - 1]!;
    list[at] = value;
  }
}

/** What the phrase index read in one segment, for every lexicon. */
export interface PhraseReading {
  /** The index's size when read: a lexicon compiled later (they are compiled on first use) reads again. */
  readonly entries: number;
  /**
   * The live entries, ascending: those with an anchor of each of their anchor sets in the squeezed text (or no
   * anchor set). A list, not a flag per entry: a segment holds a few dozen, the index a thousand. Sorted once, so
   * each lexicon's are one run of it, found by a search (findPhrases), where each lexicon's call sorted its own.
   */
  readonly live: readonly number[];
  /**
   * Per live entry (live[k]: limits[k]), the last place a match of it can start: every match holds an
   * anchor of each of the entry's sets, so it starts at or before the last word holding one (the
   * least of those over its sets). Most starts an article or pronoun gives are past it.
   */
  readonly limits: readonly number[];
  /**
   * Per live entry, per anchor set, the words holding one of the set's anchors, as bits of a mask: bit
   * b for words b * perBit up to (b + 1) * perBit (32 bits cover the segment); live entry k's masks are
   * masks[masksAt[k]] up to masks[masksAt[k + 1]]. All bits for an anchor that spans words.
   */
  readonly masks: readonly number[];
  readonly masksAt: readonly number[];
  readonly perBit: number;
  /** The words of the segment's norm.text, which the masks' bits and startWords number. */
  readonly words: WordReading;
  /** Their runs, where some are joined (anchorsWithinReach). */
  readonly runs: Runs | undefined;
  /**
   * The starts of the live entries, numbered in this reading (live entry k's is startOf[k], -1 for
   * none): numbers of what the segment holds, not of the whole index, whose thousand slots each, for a
   * segment of a few words, were most of what short texts cost the garbage collector; and arrays
   * indexed by them, not a Map (its look-ups were a tenth of the reading).
   */
  readonly startOf: readonly number[];
  /**
   * Start s's words (numbered as `words`, those with one of its heads, in order) are startWords[startWordsAt[s]]
   * up to startWords[startWordsAt[s + 1]]: two arrays a reading, where a list per start was most of what it allocated.
   */
  readonly startWords: readonly number[];
  readonly startWordsAt: readonly number[];
  /** How many of startWords are of starts that entries share (numbered first). */
  readonly sharedWords: number;
  /** answers[i]: whether the first part of startWords[i]'s start (a shared one) matches there: 0 not asked yet, 1 yes, 2 no (undefined: none asked). */
  answers: number[] | undefined;
}

/**
 * One index for the phrases of every lexicon, in every language (but those read apart: phraseIndexApart),
 * read once per segment in two passes over its matching form:
 * - anchors (literals every match of an entry contains) in one Aho-Corasick automaton, fed the text
 *   with runs of a letter read as one (as anchors are squeezed): which entries are live;
 * - word heads (what a start, a pattern's first part, may begin with) in a trie: each word's head is
 *   read once, and each start finds its words from its heads' lists, instead of reading every word.
 */
export class PhraseIndex {
  /**
   * `readings`: where an index read apart keeps its segments' readings; the shared one keeps its own on the
   * segment (PreparedSegment.phraseReading), asked about by a dozen lexicons a segment.
   */
  constructor(private readonly readings?: WeakMap<PreparedSegment, PhraseReading>) {}

  private readonly anchorTrie = new Trie();
  /** Per anchor trie node, the anchor ending there, or -1. */
  private readonly anchorAt: number[] = [-1];
  /** The automaton built from anchorTrie; rebuilt after an anchor is added. */
  private automaton: Automaton | undefined;
  private readonly anchors = new Map<string, number>();
  /** Per anchor, the anchor sets (numbered across entries) it is in. */
  private readonly anchorSets: number[][] = [];
  /** Per anchor set, its entry. */
  private readonly setEntry: number[] = [];
  /** Per entry, how many anchor sets it has: it is live once one anchor of each occurs. */
  private readonly entrySets: number[] = [];
  private entries = 0;
  private readonly startIds = new Map<string, number>();
  /** Per start, its heads (numbers in headAt), and how many entries share it. */
  private readonly startHeads: number[][] = [];
  private readonly startEntries: number[] = [];
  /** Per entry, its start, or -1. */
  private readonly entryStart: number[] = [];
  private readonly headTrie = new Trie();
  /** Per head trie node, the head ending there (a number), or -1. */
  private readonly headAt: number[] = [-1];
  private heads = 0;
  /** The heads one walk found (at most HEAD: a head per unit read). */
  private readonly walked = new Int32Array(HEAD);
  /**
   * Per word of the shared vocabulary (segment-words.ts), what walks of it alone find: NONE_FOUND (no anchor
   * and no head), or where its record is in wordKeyList: the count of its anchors, the anchors (each once), then
   * the count of its heads, CONTEXT when its head walk reads past the word (the text after it decides: walked in
   * every reading), and the heads. One record a word for both passes of a reading: the second (startsOfWords)
   * finds the memo and the record in the cache, where a memo and a list for each read both cold. For the
   * automaton named by its wordKeysFor: forgotten when it is rebuilt (a lexicon compiled later adds anchors and heads).
   */
  private readonly wordKeys = new MemoByWordId((text, from, to, id) => this.keepKeys(this.automaton!, id, text, from, to));
  private wordKeyList = new Int32Array(1 << 12);
  private wordKeysUsed = 0;

  add(pattern: CompiledPattern): { id: number; start: number } {
    const id = this.entries++;
    // The automaton holds the entries' anchor sets too.
    this.automaton = undefined;
    this.entrySets.push(pattern.anchors.length);
    for (const set of pattern.anchors) {
      const group = this.setEntry.push(id) - 1;
      for (const anchor of new Set(set)) this.anchorSets[this.anchor(anchor)]!.push(group);
    }
    if (!pattern.starts) {
      this.entryStart.push(-1);
      return { id, start: -1 };
    }
    const { heads, first } = pattern.starts;
    const key = `${first.id} ${setKey(heads)}`;
    let start = this.startIds.get(key);
    if (start === undefined) {
      start = this.startIds.size;
      this.startIds.set(key, start);
      this.startHeads.push([...heads].map((head) => this.head(head)));
      this.startEntries.push(0);
    }
    this.startEntries[start]!++;
    this.entryStart.push(start);
    return { id, start };
  }

  /**
   * anchorsWithinReach word by word: whether each anchor set of the entry has an anchor in one of the words from
   * `word` to the last `reach` runs after it, read from the anchors each word holds (kept by word id).
   * For a reading of the segment's words (perBit > 1). A set whose mask has every bit (an anchor that spans words,
   * found walking a run, sets them all) is not asked: such an anchor is in no word's list.
   */
  anchorsInWords(reading: PhraseReading, text: string, entry: number, reach: readonly number[], masksFrom: number, word: number): boolean {
    const automaton = this.automaton!;
    const { firstSet } = automaton;
    const { words, count } = reading.words;
    for (let j = 0; j < reach.length; j++) {
      if (reading.masks[masksFrom + j] === ALL_WORDS) continue;
      const set = firstSet[entry]! + j;
      let held = false;
      for (let x = word, last = Math.min(lastInReach(reading.runs, word, reach[j]!), count - 1); x <= last && !held; x++) {
        const k = x * STRIDE;
        const at = this.wordKeys.of(words[k + ID]!, text, words[k + START]!, words[k + END]!);
        if (at === NONE_FOUND) continue;
        const list = this.wordKeyList;
        for (let f = at + 1, end = f + list[at]!; f < end && !held; f++) held = inSet(automaton, list[f]!, set);
      }
      if (!held) return false;
    }
    return true;
  }

  /** Whether more than one entry starts this way (then its first part is asked once per word for all). */
  shares(start: number): boolean {
    return this.startEntries[start]! > 1;
  }

  read(segment: PreparedSegment): PhraseReading {
    const kept = this.readings === undefined ? segment.phraseReading : this.readings.get(segment);
    if (kept !== undefined && kept.entries === this.entries) return kept;
    const text = segment.matching;

    const automaton = (this.automaton ??= this.build());
    const { seen, met, guarded } = automaton;
    const live = automaton.unanchored.slice();
    // seen, met and guarded are kept across readings: this reading's mark is its own stamp, so nothing is cleared.
    if (automaton.stamp === 0xffffffff) {
      automaton.stamp = 0;
      seen.fill(0);
      met.fill(0);
      guarded.fill(0);
      automaton.startWanted.fill(0);
      automaton.headMarks.fill(0);
    }
    const stamp = ++automaton.stamp;
    // The words of norm.text (matching's offsets and word starts: a word unit of the matching form is a letter
    // or digit of norm.text): the segment's shared reading when norm is normalised (most segments); else read
    // here, for the few with a typo corrected or a look-alike blanked, where reading the text unit by unit
    // left every start of every live entry to its regular expression.
    const words = segment.norm === segment.normalised ? segment.words : readWords(segment.norm.text);
    automaton.foundCount = 0;
    const perBit = Math.max(1, Math.ceil(words.count / 32));
    this.anchorsOfWords(automaton, text, words, perBit, stamp);
    const { limits, masks, masksAt } = this.settle(automaton, stamp, live);

    // Only live entries are tried, so only their starts' words are listed. A word's heads are few and a
    // head is in a few starts, where a start can have a hundred heads (a slot's words): each word's
    // heads lead to their starts, rather than each live start asking for each of its heads.
    // Starts that entries share are numbered first: only theirs have their first part asked apart
    // (findPhrases' answers), so the answers are of the first startWords alone.
    const shared = this.numberStarts(automaton, live, stamp, true, 0);
    const wanted = this.numberStarts(automaton, live, stamp, false, shared);
    const startOf = new Array<number>(live.length);
    for (let k = 0; k < live.length; k++) {
      const start = this.entryStart[live[k]!]!;
      startOf[k] = start < 0 ? -1 : automaton.startInReading[start]!;
    }
    automaton.startWordPairs = 0;
    automaton.headWantedUsed = 0;
    this.startsOfWords(automaton, text, words, stamp);
    const { startWords, startWordsAt } = listStartWords(automaton, wanted);

    const reading: PhraseReading = {
      entries: this.entries, live, limits, masks, masksAt, perBit, words, runs: runsOf(text, words), startOf, startWords, startWordsAt,
      sharedWords: startWordsAt[shared]!, answers: undefined,
    };
    if (this.readings === undefined) segment.phraseReading = reading;
    else this.readings.set(segment, reading);
    return reading;
  }

  /**
   * Numbers, in the reading stamped `stamp`, the starts of the live entries that are shared by entries
   * (or not, as `shared` says) and not numbered yet, from `from` on; returns the next number.
   */
  private numberStarts(automaton: Automaton, live: readonly number[], stamp: number, shared: boolean, from: number): number {
    const { startWanted, startInReading, startWordCount } = automaton;
    let wanted = from;
    for (const entry of live) {
      const start = this.entryStart[entry]!;
      if (start < 0 || startWanted[start] === stamp || this.shares(start) !== shared) continue;
      startWanted[start] = stamp;
      startWordCount[wanted] = 0;
      startInReading[start] = wanted++;
    }
    return wanted;
  }

  /**
   * The anchors of the text from its words: an anchor is made of key units, so it lies in a run of them
   * (the automaton is at its root at every other unit). One of letters and digits only lies in a word of
   * the shared reading, found by walking that word alone; its walk is kept by word id, so a known word
   * costs a look-up. Runs that hold a "." "-" or "&" (units anchors have but words lack) are walked
   * whole: they hold any anchor that spans words ("e-mail").
   */
  private anchorsOfWords(automaton: Automaton, text: string, words: WordReading, perBit: number, stamp: number): void {
    if (automaton.wordKeysFor !== automaton) {
      this.wordKeys.forget();
      this.wordKeysUsed = 0;
      automaton.wordKeysFor = automaton;
    }
    const read = words.words;
    for (let k = 0; k < words.count * STRIDE; k += STRIDE) {
      const at = this.wordKeys.of(read[k + ID]!, text, read[k + START]!, read[k + END]!);
      if (at === NONE_FOUND) continue;
      const list = this.wordKeyList;
      const start = read[k + START]!;
      const bit = 1 << ((k / STRIDE / perBit) | 0);
      for (let f = at + 1, last = f + list[at]!; f < last; f++) found(automaton, list[f]!, start, bit, stamp);
    }
    for (const unit of automaton.joiners) {
      for (let i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i)) {
        let from = i;
        while (from > 0 && isKeyUnit(text.charCodeAt(from - 1))) from--;
        while (i < text.length && isKeyUnit(text.charCodeAt(i))) i++;
        this.walkAnchors(automaton, text, from, i, stamp);
      }
    }
  }

  /** Every anchor that ends in text[from, to), the automaton fed it from its root; found where it ends. */
  private walkAnchors(automaton: Automaton, text: string, from: number, to: number, stamp: number): void {
    const { next, ends, suffix, anchorAt } = automaton;
    for (let i = from, node = 0, previous = -1; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === previous && c >= 97 && c <= 122) continue;
      previous = c;
      node = next[node * UNITS + UNIT[c & 127]!]!;
      // Every anchor ending here, longest first: all of them, as each one's last place is kept.
      for (let n = ends[node]!; n > 0; n = suffix[n]!) found(automaton, anchorAt[n]!, i, ALL_WORDS, stamp);
    }
  }

  /**
   * Walks a word alone for its anchors and its heads, and writes its record in wordKeyList (as wordKeys
   * says): where, or NONE_FOUND. The record is kept for a word with an id; for one without, it is where the
   * next record will go.
   */
  private keepKeys(automaton: Automaton, word: number, text: string, from: number, to: number): number {
    const at = this.wordKeysUsed;
    const anchors = this.listAnchors(automaton, text, from, to, at);
    const heads = this.walk(text, from, to);
    if (anchors === 0 && heads === 0) return NONE_FOUND;
    const headsAt = at + 1 + anchors;
    const end = headsAt + 1 + Math.max(heads, 0);
    if (end > this.wordKeyList.length) {
      const grown = new Int32Array(Math.max(this.wordKeyList.length * 2, end));
      grown.set(this.wordKeyList);
      this.wordKeyList = grown;
    }
    const list = this.wordKeyList;
    list[at] = anchors;
    list[headsAt] = heads < 0 ? CONTEXT : heads;
    if (heads > 0) list.set(this.walked.subarray(0, heads), headsAt + 1);
    if (word >= 0) this.wordKeysUsed = end;
    return at;
  }

  /** The anchors in text[from, to), walked alone, each once, into wordKeyList from list[at + 1] on: their count. */
  private listAnchors(automaton: Automaton, text: string, from: number, to: number, at: number): number {
    const { next, ends, suffix, anchorAt } = automaton;
    let list = this.wordKeyList;
    let count = 0;
    for (let i = from, node = 0, previous = -1; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === previous && c >= 97 && c <= 122) continue;
      previous = c;
      node = next[node * UNITS + UNIT[c & 127]!]!;
      for (let n = ends[node]!; n > 0; n = suffix[n]!) {
        const anchor = anchorAt[n]!;
        if (list.subarray(at + 1, at + 1 + count).includes(anchor)) continue;
        if (at + 2 + count > list.length) {
          const grown = new Int32Array(list.length * 2);
          grown.set(list);
          this.wordKeyList = list = grown;
        }
        list[at + 1 + count++] = anchor;
      }
    }
    return count;
  }

  /**
   * The anchors found, each once: each of its anchor sets is met, and an entry with all its sets met is
   * live; each set's last place is its anchors' latest and its words theirs; each live entry's limit
   * is its sets' least, its masks its sets' words. An entry's other sets are met only once its guard set
   * is: 94 % of the sets a short bio's anchors are in (445 of 472) were of entries that never went live,
   * mostly through common anchors ("the", "de", "me": in 60-120 sets each), whose guard sets are rarely met.
   */
  private settle(automaton: Automaton, stamp: number, live: number[]): { limits: number[]; masks: number[]; masksAt: number[] } {
    const { anchorSets: { start, sets: pairs }, sets, firstSet, met, guarded, waiting, found, lastAt, wordBits, setLast, setBits } = automaton;
    let waits = 0;
    for (let f = 0; f < automaton.foundCount; f++) {
      const anchor = found[f]!;
      for (let k = start[2 * anchor]!, end = start[2 * anchor + 1]!; k < end; k += 2) {
        if (!meet(automaton, pairs[k]!, lastAt[anchor]!, wordBits[anchor]!, stamp)) continue;
        const entry = pairs[k + 1]!;
        // An entry of one set is live once that set is first met.
        if (entry < 0) live.push(~entry);
        else {
          guarded[entry] = stamp;
          waiting[waits++] = entry;
        }
      }
    }
    if (waits > 0) {
      for (let f = 0; f < automaton.foundCount; f++) {
        const anchor = found[f]!;
        for (let k = start[2 * anchor + 1]!, end = start[2 * anchor + 2]!; k < end; k += 2) {
          if (guarded[pairs[k + 1]!] === stamp) meet(automaton, pairs[k]!, lastAt[anchor]!, wordBits[anchor]!, stamp);
        }
      }
      for (let w = 0; w < waits; w++) {
        const entry = waiting[w]!;
        let set = firstSet[entry]!;
        const end = set + sets[entry]!;
        while (set < end && met[set] === stamp) set++;
        if (set === end) live.push(entry);
      }
    }
    sortFew(live);
    const limits = new Array<number>(live.length);
    const masksAt = new Array<number>(live.length + 1);
    // Where each live entry's masks go first, so the masks are one array made to size, not grown.
    masksAt[0] = 0;
    for (let k = 0; k < live.length; k++) masksAt[k + 1] = masksAt[k]! + sets[live[k]!]!;
    const masks = new Array<number>(masksAt[live.length]!);
    for (let k = 0; k < live.length; k++) {
      const entry = live[k]!;
      let limit = NO_LIMIT;
      for (let set = firstSet[entry]!, end = set + sets[entry]!, m = masksAt[k]!; set < end; set++, m++) {
        if (setLast[set]! < limit) limit = setLast[set]!;
        masks[m] = setBits[set]!;
      }
      limits[k] = limit;
    }
    return { limits, masks, masksAt };
  }

  /** Each word's starts, from the words of norm.text and the heads in their records (wordKeys), kept by word id. */
  private startsOfWords(automaton: Automaton, text: string, words: WordReading, stamp: number): void {
    const read = words.words;
    for (let k = 0; k < words.count * STRIDE; k += STRIDE) {
      const i = read[k + START]!;
      const at = this.wordKeys.of(read[k + ID]!, text, i, read[k + END]!);
      if (at === NONE_FOUND) continue;
      const list = this.wordKeyList;
      const heads = at + 1 + list[at]!;
      if (list[heads] === CONTEXT) {
        this.addWalked(automaton, k / STRIDE, this.walk(text, i, text.length), stamp);
        continue;
      }
      for (let f = heads + 1, last = f + list[heads]!; f < last; f++) addStarts(automaton, list[f]!, k / STRIDE, stamp);
    }
  }

  private addWalked(automaton: Automaton, word: number, found: number, stamp: number): void {
    for (let f = 0; f < found; f++) addStarts(automaton, this.walked[f]!, word, stamp);
  }

  /**
   * The heads of the word starting at text[i], as headsOf (phrase-pattern.ts) takes a pattern's: up
   * to HEAD units from where the word starts, a run of a letter read as one; into `walked`, their count.
   * Read no further than `limit`: -1 when the walk would read text[limit] (before the text's end, the
   * units after the word decide its heads). At a word's end only a "." "-" or "&" can take the walk on
   * (any other unit after a word is in no head), so only a trie node with such a child reads on.
   */
  private walk(text: string, i: number, limit: number): number {
    const trie = this.headTrie.next;
    const { headAt, walked } = this;
    let found = 0;
    for (let n = 0, j = i, node = 0; n < HEAD; n++) {
      if (j >= limit) return limit === text.length || !JOINER_UNITS.some((u) => trie[node * UNITS + u] !== 0) ? found : -1;
      const h = text.charCodeAt(j++);
      if ((node = trie[node * UNITS + UNIT[h & 127]!]!) === 0) break;
      const head = headAt[node]!;
      if (head >= 0) walked[found++] = head;
      if (h >= 97 && h <= 122) while (text.charCodeAt(j) === h) j++;
    }
    return found;
  }

  private anchor(anchor: string): number {
    let id = this.anchors.get(anchor);
    if (id !== undefined) return id;
    id = this.anchors.size;
    this.anchors.set(anchor, id);
    this.anchorSets.push([]);
    const node = this.anchorTrie.insert(anchor);
    while (this.anchorAt.length < this.anchorTrie.size) this.anchorAt.push(-1);
    this.anchorAt[node] = id;
    this.automaton = undefined;
    return id;
  }

  private head(head: string): number {
    const node = this.headTrie.insert(head);
    while (this.headAt.length < this.headTrie.size) this.headAt.push(-1);
    if (this.headAt[node]! < 0) this.headAt[node] = this.heads++;
    return this.headAt[node]!;
  }

  /** The starts of each head, flat (the inverse of startHeads). */
  private headStarts(): { start: Int32Array; starts: Int32Array } {
    const start = new Int32Array(this.heads + 1);
    for (const heads of this.startHeads) for (const head of heads) start[head + 1]!++;
    for (let head = 0; head < this.heads; head++) start[head + 1]! += start[head]!;
    const filled = start.slice(0, this.heads);
    const starts = new Int32Array(start[this.heads]!);
    this.startHeads.forEach((heads, s) => heads.forEach((head) => (starts[filled[head]!++] = s)));
    return { start, starts };
  }

  /**
   * Per entry, its guard set: the one whose shortest anchor is longest (a long literal is rarer in a text than
   * a short one, which is often a word of its own or inside most words: "de", "me"), the first such. An
   * entry of one set has it as its guard.
   */
  private guards(sets: Uint8Array, firstSet: Int32Array): Int32Array {
    const shortest = new Int32Array(this.setEntry.length).fill(0x7fffffff);
    let anchor = 0;
    for (const key of this.anchors.keys()) {
      for (const set of this.anchorSets[anchor++]!) shortest[set] = Math.min(shortest[set]!, key.length);
    }
    const guard = new Int32Array(sets.length);
    for (let entry = 0; entry < sets.length; entry++) {
      let best = firstSet[entry]!;
      for (let set = best + 1; set < firstSet[entry]! + sets[entry]!; set++) if (shortest[set]! > shortest[best]!) best = set;
      guard[entry] = best;
    }
    return guard;
  }

  /** Per anchor, its sets that `isGuard` calls guards, then its others, each with its entry as `entryOf` gives it (AnchorSets). */
  private setsOfAnchors(isGuard: (set: number) => boolean, entryOf: (set: number) => number): AnchorSets {
    const start = new Int32Array(2 * this.anchorSets.length + 1);
    this.anchorSets.forEach((list, anchor) => {
      const guards = list.filter(isGuard).length;
      start[2 * anchor + 1] = start[2 * anchor]! + 2 * guards;
      start[2 * anchor + 2] = start[2 * anchor + 1]! + 2 * (list.length - guards);
    });
    // Written in place: a pair of numbers as an array each was most of what the build allocated.
    const pairs = new Int32Array(start[2 * this.anchorSets.length]!);
    let filled = 0;
    for (const list of this.anchorSets) {
      for (const guards of [true, false]) {
        for (const set of list) {
          if (isGuard(set) !== guards) continue;
          pairs[filled++] = set;
          pairs[filled++] = entryOf(set);
        }
      }
    }
    return { start, sets: pairs };
  }

  private build(): Automaton {
    const { size } = this.anchorTrie;
    const trie = this.anchorTrie.next.slice(0, size * UNITS);
    const anchorAtTrie = Int32Array.from(this.anchorAt);
    const fail = new Int32Array(size);
    const suffixTrie = new Int32Array(size);
    const queue: number[] = [];
    for (let u = 1; u < UNITS; u++) if (trie[u]! !== 0) queue.push(trie[u]!);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      const back = fail[node]!;
      suffixTrie[node] = anchorAtTrie[back]! >= 0 ? back : suffixTrie[back]!;
      for (let u = 1; u < UNITS; u++) {
        const child = trie[node * UNITS + u]!;
        if (child !== 0) {
          fail[child] = trie[back * UNITS + u]!;
          queue.push(child);
        } else trie[node * UNITS + u] = trie[back * UNITS + u]!;
      }
    }
    // Nodes renumbered breadth first, in tables of 16-bit numbers when they fit: a text's walk stays
    // mostly near the root, so the rows it reads sit together in the processor's cache, where the
    // trie's order scattered them over a 3 MB table.
    const rank = new Int32Array(size);
    queue.forEach((node, i) => (rank[node] = i + 1));
    const Nodes = size <= 0xffff ? Uint16Array : Int32Array;
    const next = new Nodes(size * UNITS);
    const ends = new Nodes(size);
    const suffix = new Nodes(size);
    const anchorAt = new Int32Array(size);
    for (let node = 0; node < size; node++) {
      const row = rank[node]!;
      for (let u = 0; u < UNITS; u++) next[row * UNITS + u] = rank[trie[node * UNITS + u]!]!;
      suffix[row] = rank[suffixTrie[node]!]!;
      anchorAt[row] = anchorAtTrie[node]!;
    }
    for (let node = 1; node < size; node++) ends[node] = anchorAt[node]! >= 0 ? node : suffix[node]!;
    const sets = Uint8Array.from(this.entrySets);
    const unanchored: number[] = [];
    sets.forEach((count, entry) => count === 0 && unanchored.push(entry));
    const seen = new Uint32Array(this.anchors.size);
    const met = new Uint32Array(this.setEntry.length);
    const firstSet = new Int32Array(sets.length);
    for (let set = this.setEntry.length - 1; set >= 0; set--) firstSet[this.setEntry[set]!] = set;
    const entries = sets.length;
    const guard = this.guards(sets, firstSet);
    const isGuard = (set: number) => guard[this.setEntry[set]!] === set;
    const entryOfSet = (set: number) => {
      const entry = this.setEntry[set]!;
      return sets[entry] === 1 ? ~entry : entry;
    };
    const headStarts = this.headStarts();
    const joiners = [...'.-&'].filter((unit) => [...this.anchors.keys()].some((anchor) => anchor.includes(unit)));
    return {
      joiners, wordKeysFor: undefined, headStarts, headMarks: new Uint32Array(this.heads * 2),
      headWanted: new Int32Array(this.heads + headStarts.starts.length), headWantedUsed: 0, startWanted: new Uint32Array(this.startHeads.length),
      startInReading: new Int32Array(this.startHeads.length), startWordCount: new Int32Array(this.startHeads.length),
      startWordPair: new Int32Array(1 << 10), startWordPairs: 0,
      next, ends, suffix, anchorAt, sets, firstSet, unanchored,
      anchorSets: this.setsOfAnchors(isGuard, entryOfSet),
      seen, met, guarded: new Uint32Array(entries), waiting: new Int32Array(entries), stamp: 0,
      found: new Int32Array(this.anchors.size), foundCount: 0, lastAt: new Int32Array(this.anchors.size), wordBits: new Int32Array(this.anchors.size),
      setLast: new Int32Array(this.setEntry.length), setBits: new Int32Array(this.setEntry.length),
    };
  }
}

/**
 * The anchors' Aho-Corasick automaton, over their trie's nodes numbered breadth first: next[n * UNITS + u] is the node of the
 * longest anchor prefix that ends the text read so far; ends[n] the node of the longest anchor that
 * ends there (0 for none), suffix[n] that of the longest anchor shorter than n's prefix that ends there.
 */
interface Automaton {
  next: Uint16Array | Int32Array;
  ends: Uint16Array | Int32Array;
  suffix: Uint16Array | Int32Array;
  /** Per node, the anchor it completes, or -1. */
  anchorAt: Int32Array;
  /**
   * Per anchor, its anchor sets that are their entry's guard (PhraseIndex.guards), and its others: the
   * others are met only for an entry whose guard is (settle).
   */
  anchorSets: AnchorSets;
  /** Per entry, how many anchor sets it has, and the first of them (an entry's sets are numbered one after another); the entries with none, live in every reading. */
  sets: Uint8Array;
  firstSet: Int32Array;
  unanchored: readonly number[];
  /** Per anchor and per anchor set, the stamp of the last reading that saw it. */
  seen: Uint32Array;
  met: Uint32Array;
  /** Per entry, the stamp of the last reading that met its guard set; the entries the reading under way met it of (settle's scratch). */
  guarded: Uint32Array;
  waiting: Int32Array;
  stamp: number;
  /** The anchors the reading under way found, each once (found[0] up to found[foundCount]), and each one's last place. */
  found: Int32Array;
  foundCount: number;
  lastAt: Int32Array;
  wordBits: Int32Array;
  /** Per anchor set met, the last place one of its anchors was found, and the words they were found in. */
  setLast: Int32Array;
  setBits: Int32Array;
  /** The key units some anchor has that words lack ("e-mail"): runs holding one are walked whole. */
  joiners: readonly string[];
  /** The automaton PhraseIndex.wordKeys was kept for. */
  wordKeysFor: Automaton | undefined;
  /** Per head, the starts it is a head of: starts[start[h]] up to starts[start[h + 1]]. */
  headStarts: { start: Int32Array; starts: Int32Array };
  /**
   * Per head, two numbers: the stamp of the last reading that met it, and where in headWanted its starts
   * wanted in that reading are (wantedStarts). headWanted is scratch of one reading, headWantedUsed long;
   * made to hold every head's list once.
   */
  headMarks: Uint32Array;
  headWanted: Int32Array;
  headWantedUsed: number;
  /** Per start, the stamp of the last reading with a live entry of that start (whose words it lists), and its number in that reading. */
  startWanted: Uint32Array;
  startInReading: Int32Array;
  /**
   * The reading under way's words of its starts, as they are found (word by word): pairs of a start's
   * number in the reading and a word, startWordPair[0] up to [startWordPairs]; per start, how many.
   * Scratch of one reading (read runs to its end before another begins): listStartWords copies them out.
   */
  startWordCount: Int32Array;
  startWordPair: Int32Array;
  startWordPairs: number;
}

/**
 * Anchors' sets, each with its entry (~entry for an entry of that one set), so meeting a set reads its entry
 * beside it: anchor a's guard sets are the pairs sets[start[2a]] up to sets[start[2a + 1]], its others from there
 * up to sets[start[2a + 2]], each list in ascending order of sets (numbered as entries are added). One table, the
 * others right after the guards: settle reads both lists of each anchor found, and in two tables each anchor cost
 * two more cache misses (its place in each, and each list's first line).
 */
interface AnchorSets {
  start: Int32Array;
  sets: Int32Array;
}

/**
 * An anchor found at `at` (the start of the word holding it, or where it ends: either is at or after
 * the start of any match that holds it), in the words of `bit` (a bit of PhraseReading.masks): listed once per
 * reading, its last place and all its words kept.
 */
function found(automaton: Automaton, anchor: number, at: number, bit: number, stamp: number): void {
  const { seen, lastAt, wordBits } = automaton;
  if (seen[anchor] !== stamp) {
    seen[anchor] = stamp;
    lastAt[anchor] = at;
    wordBits[anchor] = bit;
    automaton.found[automaton.foundCount++] = anchor;
  } else {
    if (at > lastAt[anchor]!) lastAt[anchor] = at;
    wordBits[anchor]! |= bit;
  }
}

/** The set holds an anchor found at `at` in the words of `bits`: whether it is first met in the reading stamped `stamp`. */
function meet(automaton: Automaton, set: number, at: number, bits: number, stamp: number): boolean {
  const { met, setLast, setBits } = automaton;
  if (met[set] === stamp) {
    if (at > setLast[set]!) setLast[set] = at;
    setBits[set]! |= bits;
    return false;
  }
  met[set] = stamp;
  setLast[set] = at;
  setBits[set] = bits;
  return true;
}

/** The mask bits of an anchor not placed in one word: all of them. */
const ALL_WORDS = -1;

/** The limit of an entry without anchor sets: any word may start a match. */
const NO_LIMIT = 0x7fffffff;

/** The head count, in a PhraseIndex.wordKeys record, of a word whose head walk reads past it. */
const CONTEXT = -1;
/**
 * The mark of a word with no anchor and no head (PhraseIndex.wordKeys): most words, whose record is then
 * not read (a record read is a cache miss in a scorer whose other stages have had the cache).
 */
const NONE_FOUND = -2;

/**
 * The word has this head: it is listed for each of the head's starts that a live entry has, as
 * wantedStarts found them on the head's first word in the reading.
 */
function addStarts(automaton: Automaton, head: number, word: number, stamp: number): void {
  const { headMarks, startWordCount } = automaton;
  if (headMarks[head * 2] !== stamp) {
    headMarks[head * 2] = stamp;
    headMarks[head * 2 + 1] = wantedStarts(automaton, head, stamp);
  }
  const wanted = automaton.headWanted;
  for (let f = headMarks[head * 2 + 1]! + 1, end = f + wanted[f - 1]!; f < end; f++) {
    const inReading = wanted[f]!;
    // A word has one head of each length, and no head of a start begins another: the word is listed once.
    if (automaton.startWordPairs + 2 > automaton.startWordPair.length) {
      const grown = new Int32Array(automaton.startWordPair.length * 2);
      grown.set(automaton.startWordPair);
      automaton.startWordPair = grown;
    }
    automaton.startWordPair[automaton.startWordPairs++] = inReading;
    automaton.startWordPair[automaton.startWordPairs++] = word;
    startWordCount[inReading]!++;
  }
}

/**
 * The head's starts that a live entry has, by their numbers in the reading stamped `stamp`, in
 * headWanted (their count, then the numbers): where. Found once a reading: a common head ("a", "the",
 * "de") is a head of dozens of starts, most not wanted, and occurs in a text many times (2,050 starts
 * looked at an openai row, where the heads' first words look at 550).
 */
function wantedStarts(automaton: Automaton, head: number, stamp: number): number {
  const { headStarts, startWanted, startInReading, headWanted } = automaton;
  const at = automaton.headWantedUsed;
  let count = 0;
  for (let k = headStarts.start[head]!, end = headStarts.start[head + 1]!; k < end; k++) {
    const start = headStarts.starts[k]!;
    if (startWanted[start] === stamp) headWanted[at + 1 + count++] = startInReading[start]!;
  }
  headWanted[at] = count;
  automaton.headWantedUsed = at + 1 + count;
  return at;
}

/**
 * The reading's words of its `wanted` starts, grouped by start (PhraseReading.startWords), each start's
 * in the order found: one counting sort of the pairs addStarts listed.
 */
function listStartWords(automaton: Automaton, wanted: number): { startWords: number[]; startWordsAt: number[] } {
  const { startWordCount: next, startWordPair: pair, startWordPairs: pairs } = automaton;
  const startWordsAt = new Array<number>(wanted + 1);
  startWordsAt[0] = 0;
  for (let s = 0; s < wanted; s++) {
    startWordsAt[s + 1] = startWordsAt[s]! + next[s]!;
    // From here on, where start s's next word goes.
    next[s] = startWordsAt[s]!;
  }
  const startWords = new Array<number>(pairs / 2);
  for (let p = 0; p < pairs; p += 2) startWords[next[pair[p]!]!++] = pair[p + 1]!;
  return { startWords, startWordsAt };
}

/**
 * The units lexicon keys (anchors, heads) are made of: a pattern's words are letters, digits, "&", "."
 * and "-" (an apostrophe is optional, so never part of a key). Every other unit is 0, in no key.
 */
const KEY_UNITS = 'abcdefghijklmnopqrstuvwxyz0123456789&.-';
const UNITS = KEY_UNITS.length + 1;
const UNIT = new Uint8Array(128);
for (let u = 0; u < KEY_UNITS.length; u++) UNIT[KEY_UNITS.charCodeAt(u)] = u + 1;

/** The key units that are no letter or digit: the only ones a key can go on with past a word's end. */
const JOINER_UNITS = [...'.-&'].map((c) => UNIT[c.charCodeAt(0)]!);

/** Whether the matching form's unit is a key unit (the automaton leaves its root only on these). */
function isKeyUnit(c: number): boolean {
  return c < 128 && UNIT[c]! !== 0;
}

/** A trie over key units in a flat array, UNITS slots a node; node 0 is the root. */
class Trie {
  next = new Int32Array(UNITS * 256);
  size = 1;

  /** The node the key ends at, added if new. */
  insert(key: string): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const u = UNIT[key.charCodeAt(i) & 127]!;
      if (u === 0 || key.charCodeAt(i) >= 128) throw new Error(`lexicon key with a unit no text is matched on: ${key}`);
      let child = this.next[node * UNITS + u]!;
      if (child === 0) {
        if (this.size * UNITS === this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        child = this.size++;
        this.next[node * UNITS + u] = child;
      }
      node = child;
    }
    return node;
  }
}

const INDEX = new PhraseIndex();

const NEGATION = compiledNow(/(?<![\p{L}'])(?:not|never|no|nobody|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|stop|stopped)(?![\p{L}'])/gu);
// "Is it not obvious that...", "don't you realise that...": a question that asserts, not a negation.
const RHETORICAL = /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}?(?:obvious|clear|apparent|evident|realis|realiz|recognis|recogniz|see|get it|agree)/u;
// A negation governs its own clause only: "I have nothing against X, but they are scum".
const CLAUSE_BREAK = /\bbut\b|\byet\b|\bthough\b|\bhowever\b|[,;:]/;
const SAID_LATER = /[.!?;:]/;
// A claim called a lie or a myth is reported, not made ("it is a lie that X are lazy"); "say what you want about X"
// concedes, it reports nothing (both session 32).
const REPORTED = /(?<![\p{L}'])(?:say|saying|says|said|call|calling|called|tell|telling|told|claim|claiming|claims|(?:a lie|a myth|untrue|false) that)(?![\p{L}'])(?![^\p{L}]+(?:what|whatever)[^\p{L}]+(?:you|u|they|people)[^\p{L}]+(?:want|like|will|wish))/u;
// What another posted, wrote or shouted, or a claim named as an idea, is reported too (session 36: "the shooter posted
// that X were...", "the idea that X are a burden killed thousands"); not the writer's own ("I wrote it before: X are
// rats"). For the readers of what is said of others ('full' framing): a sexual or self-harm text someone wrote ("she
// posted that she wants to die") is still that text.
const REPORTED_OF_ANOTHER = /(?<![\p{L}'])(?:(?<!(?:^|[^\p{L}'])(?:i|we)[^\S\n]+)(?:claimed|posted|wrote|tweeted|shouted|yelled|screamed)|(?:the idea|the notion|the belief|the myth|the lie) that)(?![\p{L}'])/u;
// A group's own word for itself: "proud to be a fag", "we are queer", "me and my niggas".
const RECLAIMED = /(?<![\p{L}'])(?:i am|i'm|im|we are|we're|proud|my|our|ourselves|myself|as a|us)(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]*$/u;
// "I was an idiot", "I feel like such a loser", "I'm gonna be such an idiot about this": said of oneself. Not a plan,
// unless it is to be something: "I'm going to kill all the X" is not.
const SELF = /(?<![\p{L}'])(?:i am|i'm|im|i was|i feel like|i felt like|i looked like|myself|made me|make me)(?![^\p{L}]+(?:going to|gonna|gon|finna|about to|ready to|planning to|fixing to)(?:[^\p{L}]*$|[^\p{L}]+(?!be(?!\p{L}))\p{L}))(?:[^\p{L}]+(?:going to|gonna|gon|finna|about to)[^\p{L}]+be)?(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]*$/u;
// "Your obvious contempt for women": a word that only says how plainly it shows may sit between.
const ATTRIBUTED = /(?<![\p{L}'])(?:your|his|their|her|its)(?:\s+(?:obvious|open|blatant|constant|deep|visible|clear|casual|endless|undisguised|thinly veiled|barely (?:concealed|hidden)))?[^\p{L}]*$/u;

/**
 * How much of a match's weight survives its framing in its sentence: a negation shortly before it that
 * governs it ("I don't hate...") leaves a quarter; quoting it ("saying 'X are scum' is wrong"),
 * reporting it ("people calling women disgusting") or pinning it on someone else ("your contempt for
 * women") leaves half; saying it of oneself ("I was such an idiot") leaves less.
 */
const FRAMINGS: Record<'full' | 'first-person' | 'reclaimed' | 'none', (framed: Framed, from: number, to: number) => number> = {
  full: (framed, from, to) => framing(framed, from, to, true),
  'first-person': (framed, from, to) => framing(framed, from, to, false),
  reclaimed: ({ text }, from) => (RECLAIMED.test(sentenceBefore(text, from, FRAMING_REACH)) ? 0.3 : 1),
  none: () => 1,
};

/** How far before a match its framing is read, in characters. */
const FRAMING_REACH = 39;

/** `full`: what is said of oneself and what another posted weaken a match too ('full'; not 'first-person'). */
function framing(framed: Framed, from: number, to: number, full: boolean): number {
  const before = sentenceBefore(framed.text, from, FRAMING_REACH);
  for (const m of before.matchAll(NEGATION)) {
    const after = before.slice(m.index + m[0].length);
    // A match that goes on past a sentence end, a colon or a semicolon says its end there, out of the negation's
    // reach: "Don't talk to me about X. Those people are vermin." (session 32).
    if (!CLAUSE_BREAK.test(after) && !RHETORICAL.test(after) && !SAID_LATER.test(framed.text.slice(from, to))) return 0.25;
  }
  if (framed.insideQuotes(from, to) || REPORTED.test(before) || (full && REPORTED_OF_ANOTHER.test(before)) || ATTRIBUTED.test(before)) return 0.5;
  if (full && SELF.test(before)) return 0.4;
  return 1;
}
/** Where a text's double quotes are (pushed, not .map: .map's arrays change kind once it is optimized). */
function quotesIn(text: string): number[] {
  const quotes: number[] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) quotes.push(at);
  return quotes;
}

/** A segment's text, with where its double quotes are, found once for all its matches. */
class Framed {
  private quotes: number[] | undefined;

  constructor(readonly text: string) {}

  /** An odd number of quotes before the match, and one after it. */
  insideQuotes(from: number, to: number): boolean {
    const quotes = (this.quotes ??= quotesIn(this.text));
    return firstAtLeast(quotes, from) % 2 === 1 && (quotes[quotes.length - 1] ?? -1) >= to;
  }
}

/**
 * Up to three words, then one of the phrases after "with" or "in" ("kill [them] with kindness", "bury you in
 * compliments"); or, right after, what the expression source `rightAfter` matches ("shoot you an email").
 */
export function idiomTail(phrases: readonly string[], rightAfter: string): RegExp {
  return new RegExp(`^(?:(?:[^\\p{L}]+\\p{L}+){0,3}?[^\\p{L}]+(?:with|in)\\s+(?:${phrases.join('|')})|\\s+(?:${rightAfter}))(?!\\p{L})`, 'u');
}
