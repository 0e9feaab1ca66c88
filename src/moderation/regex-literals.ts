import { parseRegex, type RegexNode } from './regex-syntax.js';

/**
 * The literal strings a regular expression's every match must contain, read from its source's syntax tree
 * (regex-syntax.ts), so a detector can skip a pattern on a text that holds none of them (one pass over the
 * text finds which literals occur, for all patterns at once: LiteralIndex). The answer is a conjunction of choices:
 * "(te|os)\s+(voy|vamos)\s+a\s+(matar|herir)" gives [["te","os"], ["voy","vamos"], ["a"], ["matar","herir"]]:
 * every match holds "te" or "os", and "voy" or "vamos", and so on. Parts that match open-ended text
 * (\s, \p{L}, [^.], a class with a range) require nothing; an optional or repeatable-from-zero part
 * requires nothing; a lookaround matches no text. So the answer is always implied by a match (a
 * superset gate), never the reverse. Case-insensitive expressions are refused (their literals would
 * need folding), and so is syntax it does not know, rather than guessed at.
 */
export type Requirement = readonly (readonly string[])[];

/** Text as a regular expression source that matches it literally (valid with or without the u flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Above this many strings, a cross product of alternatives is not formed (each part is required on its own). */
const EXACT_LIMIT = 64;
/** Above this many choices of a set from each branch, an alternation requires one union only (of each branch's likeliest rarest set). */
const CHOICE_LIMIT = 16;

/**
 * What a part of an expression can match: `exact`, when it is a finite set, is every string it can
 * match; otherwise `all` lists the sets of which every match holds at least one string.
 */
interface Info {
  exact?: ReadonlySet<string>;
  all: Requirement;
  /**
   * Of a part that is not a finite set, when known: strings every match begins with (`first`) and ends with
   * (`last`), so that the literals beside it join them ("(...)(ak|ek)" then a word's end requires "ak" or "ek"
   * ending a word, not only somewhere).
   */
  first?: ReadonlySet<string>;
  last?: ReadonlySet<string>;
}

const ANYTHING: Info = { all: [] };
const EMPTY: Info = { exact: new Set(['']), all: [] };

export function requiredLiterals(re: Pick<RegExp, 'source' | 'flags'>): Requirement {
  if (re.flags.includes('i')) throw new Error(`case-insensitive expression: ${re.source}`);
  return requirementOf(infoOf(parseRegex(re.source), re.source));
}

function requirementOf(info: Info): Requirement {
  if (!info.exact) return info.all;
  return info.exact.has('') ? [] : [[...info.exact]];
}

/** The most selective of a conjunction's sets (short strings and many of them occur more often). */
function likeliestRarest(sets: Requirement): readonly string[] | undefined {
  const odds = (set: readonly string[]) => set.reduce((sum, s) => sum + 26 ** -s.length, 0);
  return sets.reduce<readonly string[] | undefined>((best, set) => (best === undefined || odds(set) < odds(best) ? set : best), undefined);
}

function alternation(branches: Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  if (branches.every((b) => b.exact)) {
    const union = new Set<string>();
    for (const b of branches) for (const s of b.exact!) union.add(s);
    // A union grows with the source, not by products: kept exact at any size, so an edge or a word
    // written before it ("\u0001(?:tu|es|...)") still joins each of its strings.
    return { exact: union, all: [] };
  }
  // A match is one branch's match, so for any choice of one set from each branch it holds a string of
  // their union. While the choices are few, every union is required: the branches of "(seu|sua) X|(some|sai)
  // (seu|sua) Y" both need "seu" or "sua", which their likeliest rarest sets ({X}, and "some" or "sai") miss.
  const requirements = branches.map(requirementOf);
  const edges = { first: eitherEdge(branches, 'first'), last: eitherEdge(branches, 'last') };
  if (requirements.some((r) => r.length === 0)) return { all: [], ...edges };
  if (requirements.reduce((choices, r) => choices * r.length, 1) <= CHOICE_LIMIT) {
    let unions: string[][] = [[]];
    for (const requirement of requirements) unions = unions.flatMap((union) => requirement.map((set) => [...union, ...set]));
    const distinct = new Map(unions.map((union) => [...new Set(union)].sort()).map((set) => [set.join('\u0000'), set]));
    return { all: [...distinct.values()], ...edges };
  }
  return { all: [[...new Set(requirements.flatMap((r) => likeliestRarest(r)!))]], ...edges };
}

/** The union of every branch's first (or last) strings, when each branch has them and they are few. */
function eitherEdge(branches: Info[], edge: 'first' | 'last'): ReadonlySet<string> | undefined {
  const union = new Set<string>();
  for (const b of branches) {
    const strings = b.exact ?? b[edge];
    if (strings === undefined) return undefined;
    for (const s of strings) union.add(s);
  }
  return union.size <= EXACT_LIMIT ? union : undefined;
}

/** Every string of a followed by every string of b, or undefined above EXACT_LIMIT. */
function product(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (a.size * b.size > EXACT_LIMIT) return undefined;
  const joined = new Set<string>();
  for (const x of a) for (const y of b) joined.add(x + y);
  return joined;
}

function concatenation(items: Info[]): Info {
  if (items.length === 1) return items[0]!;
  const all: (readonly string[])[] = [];
  let run: ReadonlySet<string> = EMPTY.exact!;
  // The run with the last strings of the open part before it in front (while known and few). It holds the
  // run, so it is pushed in the run's stead: never a weaker set, and never one more (CHOICE_LIMIT counts them).
  let joined: ReadonlySet<string> | undefined;
  let first: ReadonlySet<string> | undefined;
  let exact = true;
  let begun = false;
  const flush = (strings: ReadonlySet<string>) => {
    if (!run.has('')) all.push([...strings]);
    if (!begun) first = strings;
    begun = true;
    run = EMPTY.exact!;
    joined = undefined;
  };
  for (const item of items) {
    if (!item.exact) {
      exact = false;
      const before = joined ?? run;
      if (begun || !(run.size === 1 && run.has(''))) flush((item.first && product(before, item.first)) ?? before);
      else [first, begun] = [item.first, true];
      all.push(...item.all);
      joined = item.last;
      continue;
    }
    // A product with one string on a side grows no set: "\u0001" + an anchor's 70 words stays 70 words.
    if (run.size * item.exact.size > EXACT_LIMIT && run.size > 1 && item.exact.size > 1) {
      // Both parts are still required, each on its own.
      exact = false;
      flush(joined ?? run);
    }
    joined = joined && product(joined, item.exact);
    // Sets are never changed once made: a product with the empty string alone is the other side.
    if (run.size === 1 && run.has('')) run = item.exact;
    else if (!(item.exact.size === 1 && item.exact.has(''))) {
      const next = new Set<string>();
      for (const a of run) for (const b of item.exact) next.add(a + b);
      run = next;
    }
  }
  if (exact) return { exact: run, all: [] };
  const last = joined ?? run;
  flush(last);
  return { all, first: first?.has('') ? undefined : first, last: last.has('') ? undefined : last };
}

function repetition(item: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return item;
  if (min === 0) return max === 1 && item.exact ? { exact: new Set([...item.exact, '']), all: [] } : ANYTHING;
  // One occurrence or more: each holds what the part requires, and the first and the last are the part's.
  return { all: requirementOf(item), first: item.exact ?? item.first, last: item.exact ?? item.last };
}

/** What a string matches: itself. */
const single = (text: string): Info => ({ exact: new Set<string>().add(text), all: [] });

/** What a node of the tree can match; escapes this reading does not decode are refused, inside lookarounds too. */
function infoOf(node: RegexNode, source: string): Info {
  switch (node.type) {
    case 'alternation':
      return alternation(infosOf(node.branches, source));
    case 'sequence':
      return concatenation(infosOf(node.items, source));
    case 'text':
      return single(node.text);
    case 'repeat':
      return repetition(infoOf(node.item, source), node.min, node.max);
    case 'named':
      return infoOf(node.item, source);
    case 'lookaround':
      // Read for what it refuses only: it matches no text of its own.
      infoOf(node.item, source);
      return EMPTY;
    case 'assertion':
      return EMPTY;
    case 'any':
    case 'set':
      return ANYTHING;
    case 'class':
      // A class of listed characters is their set; a negated class, a range or a class escape is open.
      if (node.unread !== undefined) throw unread(`the class escape \\${node.unread}`, source);
      return node.negated || node.open ? ANYTHING : { exact: new Set(node.members), all: [] };
    case 'escape':
      throw unread(`the escape \\${node.letter}`, source);
  }
}

function infosOf(nodes: readonly RegexNode[], source: string): Info[] {
  const infos: Info[] = [];
  for (const node of nodes) infos.push(infoOf(node, source));
  return infos;
}

const unread = (what: string, source: string) => new Error(`regex-literals: ${what} in ${source}`);

/**
 * Which of a fixed list of literals occur in a text, all found in one pass over it: an Aho-Corasick
 * automaton over UTF-16 code units (a trie of the literals, each node linked to the longest suffix of
 * its string that is also in the trie), one step per code unit of the text, whatever the number of
 * literals. Steps on the literals' ASCII characters are a table look-up, others a map look-up.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly literals: string[] = [];
  private automaton: Automaton | undefined;

  /** The literal's number (the same for the same literal). */
  add(literal: string): number {
    let id = this.ids.get(literal);
    if (id !== undefined) return id;
    if (literal === '') throw new Error('an empty literal occurs everywhere');
    id = this.literals.length;
    this.ids.set(literal, id);
    this.literals.push(literal);
    this.automaton = undefined;
    return id;
  }

  /** The literals that occur in the text, each once, in the order first found. */
  found(text: string): number[] {
    const found: number[] = [];
    const automaton = (this.automaton ??= buildAutomaton(this.literals));
    const { classes, width, table, other, fail, output, next, seen } = automaton;
    // seen is kept across texts and marked with this text's stamp: nothing to clear or allocate.
    if (automaton.stamp === 0xffffffff) {
      automaton.stamp = 0;
      seen.fill(0);
    }
    const stamp = ++automaton.stamp;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = code < 128 ? classes[code]! : 0;
      if (c > 0) node = table[node * width + c]!;
      else if (code >= 128) {
        // Off the table: follow suffix links until a node continues with this code unit.
        let child = other.get(node * 0x10000 + code);
        while (child === undefined && node !== 0) {
          node = fail[node]!;
          child = other.get(node * 0x10000 + code);
        }
        node = child ?? 0;
      } else node = 0; // a character no literal holds
      // Every literal ending here: this node's, then its suffixes' (a literal found before had its suffixes found then).
      for (let n = output[node]!; n >= 0 && seen[next[n]!] !== stamp; n = output[fail[n]!]!) {
        seen[next[n]!] = stamp;
        found.push(next[n]!);
      }
    }
    return found;
  }
}

/**
 * Which of a fixed list of requirements (requiredLiterals) a text meets, from one pass of a LiteralIndex
 * over it: each literal knows the requirement sets it is in, so the work grows with the literals that
 * occur (about 40 an openai dev row, 92 sets visited), not with the number of requirements (130 threat
 * patterns, more as the grammars grow).
 */
export class RequirementIndex {
  private readonly literals = new LiteralIndex();
  /** Per requirement, how many literal sets it has. */
  private readonly setCounts: number[] = [];
  /** Per set (numbered across requirements), its requirement. */
  private readonly setRequirement: number[] = [];
  /** Per literal, the sets it is in. */
  private readonly literalSets: number[][] = [];
  /** literalSets flat, made on the first reading after an add: literal l's sets are sets[start[l]] up to sets[start[l + 1]]. */
  private flat: { start: Int32Array; sets: Int32Array } | undefined;
  /**
   * Kept across texts, marked with each text's stamp so that nothing is cleared or allocated per text
   * (a typed array of more than 64 bytes is allocated outside V8's heap, which cost a short bio more than
   * finding its literals): per set, the last text that met it; per requirement, the last text that counted
   * its sets (missing holds that text's count) and the last that met it.
   */
  private marks = { stamp: 0, set: new Uint32Array(0), counted: new Uint32Array(0), missing: new Uint16Array(0), met: new Uint32Array(0) };

  /** The requirement's number. */
  add(requirement: Requirement): number {
    this.flat = undefined;
    const id = this.setCounts.push(requirement.length) - 1;
    for (const set of requirement) {
      const number = this.setRequirement.push(id) - 1;
      for (const literal of new Set(set)) (this.literalSets[this.literals.add(literal)] ??= []).push(number);
    }
    return id;
  }

  /** Reads a text: met() then answers for it, until the next text is read. */
  read(text: string): void {
    const { setCounts, setRequirement } = this;
    const { start, sets } = (this.flat ??= flatten(this.literalSets));
    let marks = this.marks;
    if (marks.set.length !== setRequirement.length || marks.counted.length !== setCounts.length || marks.stamp === 0xffffffff) {
      const requirements = setCounts.length;
      marks = this.marks = {
        stamp: 0, set: new Uint32Array(setRequirement.length), counted: new Uint32Array(requirements), missing: new Uint16Array(requirements), met: new Uint32Array(requirements),
      };
    }
    const stamp = ++marks.stamp;
    const { counted, missing } = marks;
    for (const literal of this.literals.found(text)) {
      for (let k = start[literal]!, end = start[literal + 1]!; k < end; k++) {
        const set = sets[k]!;
        if (marks.set[set] === stamp) continue;
        marks.set[set] = stamp;
        const r = setRequirement[set]!;
        if (counted[r] !== stamp) {
          counted[r] = stamp;
          missing[r] = setCounts[r]!;
        }
        if (--missing[r]! === 0) marks.met[r] = stamp;
      }
    }
  }

  /** Whether the text read last holds a literal of each of requirement id's sets. */
  met(id: number): boolean {
    return this.setCounts[id] === 0 || this.marks.met[id] === this.marks.stamp;
  }
}

/** Lists of numbers in two flat arrays: list i is values[start[i]] up to values[start[i + 1]]. */
function flatten(lists: readonly (readonly number[])[]): { start: Int32Array; sets: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  return { start, sets: Int32Array.from(lists.flat()) };
}

interface Automaton {
  /** ASCII code unit -> column of `table` (0: in no literal). */
  classes: Uint8Array;
  width: number;
  /**
   * The full transition of each node on each ASCII column. Nodes are numbered breadth first, in 16-bit
   * numbers when they fit: a text's walk stays mostly near the root, so the rows it reads sit together
   * in the processor's cache (the threat literals' table was 1.3-1.6 MB, its rows in the order of the trie).
   */
  table: Uint16Array | Int32Array;
  /** Trie edges on other code units: node * 0x10000 + code unit -> child. */
  other: Map<number, number>;
  /** Each node's longest proper suffix in the trie. */
  fail: Int32Array;
  /** The nearest node, this one or along its suffix links, where a literal ends (-1: none). */
  output: Int32Array;
  /** The literal ending at a node (-1: none). */
  next: Int32Array;
  /** Per literal, the stamp of the last text it was found in; the stamp of the latest text. */
  seen: Uint32Array;
  stamp: number;
}

function buildAutomaton(literals: readonly string[]): Automaton {
  const classes = new Uint8Array(128);
  let width = 1;
  for (const literal of literals) for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if (code < 128 && classes[code] === 0) classes[code] = width++;
  }
  // The trie: ASCII edges in `trie` (node * width + column; -1: none), others in `other`. A typed array
  // grown by doubling: a list grown a slot at a time (a million slots for the threat literals) cost
  // more than the rest of the build.
  let trie = new Int32Array(width * 1024).fill(-1);
  const other = new Map<number, number>();
  const ends: number[] = [-1];
  for (let id = 0; id < literals.length; id++) {
    const literal = literals[id]!;
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      const key = code < 128 ? node * width + classes[code]! : node * 0x10000 + code;
      let child = code < 128 ? trie[key]! : other.get(key) ?? -1;
      if (child < 0) {
        child = ends.length;
        ends.push(-1);
        if ((child + 1) * width > trie.length) {
          const grown = new Int32Array(2 * trie.length).fill(-1);
          grown.set(trie);
          trie = grown;
        }
        if (code < 128) trie[key] = child;
        else other.set(key, child);
      }
      node = child;
    }
    ends[node] = id;
  }
  const nodes = ends.length;
  const otherEdges = new Map<number, [number, number][]>();
  for (const [key, child] of other) {
    const parent = Math.floor(key / 0x10000);
    const edges = otherEdges.get(parent);
    if (edges === undefined) otherEdges.set(parent, [[key % 0x10000, child]]);
    else edges.push([key % 0x10000, child]);
  }
  // Nodes are numbered breadth first (the root stays 0), and the automaton is built in those numbers,
  // so that each node's row is written once: a node's suffix is shallower, its row complete before the node's.
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (let c = 1; c < width; c++) if (trie[node * width + c]! >= 0) queue.push(trie[node * width + c]!);
    for (const [, child] of otherEdges.get(node) ?? []) queue.push(child);
  }
  const rank = new Int32Array(nodes);
  queue.forEach((node, i) => (rank[node] = i));
  const rankedOther = new Map<number, number>();
  for (const [key, child] of other) rankedOther.set(rank[Math.floor(key / 0x10000)]! * 0x10000 + (key % 0x10000), rank[child]!);
  const table = new (nodes <= 0x10000 ? Uint16Array : Int32Array)(nodes * width);
  const fail = new Int32Array(nodes);
  const output = new Int32Array(nodes);
  const next = new Int32Array(nodes);
  for (let row = 0; row < nodes; row++) {
    const node = queue[row]!;
    next[row] = ends[node]!;
    output[row] = next[row]! >= 0 ? row : row === 0 ? -1 : output[fail[row]!]!;
    for (let c = 1; c < width; c++) {
      const child = trie[node * width + c]!;
      const viaSuffix = row === 0 ? 0 : table[fail[row]! * width + c]!;
      if (child < 0) table[row * width + c] = viaSuffix;
      else {
        table[row * width + c] = rank[child]!;
        fail[rank[child]!] = viaSuffix;
      }
    }
    for (const [code, child] of otherEdges.get(node) ?? []) {
      let f = fail[row]!;
      let target = row === 0 ? undefined : rankedOther.get(f * 0x10000 + code);
      while (row !== 0 && target === undefined && f !== 0) {
        f = fail[f]!;
        target = rankedOther.get(f * 0x10000 + code);
      }
      fail[rank[child]!] = target ?? 0;
    }
  }
  return { classes, width, table, other: rankedOther, fail, output, next, seen: new Uint32Array(literals.length), stamp: 0 };
}
