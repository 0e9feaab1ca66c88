import { textOfUnits } from './normalise.js';

/**
 * A small, readable pattern language for lexicons, compiled to regular expressions over normalised
 * text (see normalise.ts). A pattern is words separated by spaces:
 *
 *   word      the word, whole; a run of n equal letters matches n or more ("kill" matches "kiiill",
 *             never "kil"); an apostrophe is optional ("don't" matches "dont")
 *   word*     any word starting with it ("exterminat*")
 *   word~     the word or a regular inflection: -s -es -ed -d -ing -er -ers ("kill~")
 *   (a|b c)   one of several sub-patterns        [a b]   optional sub-pattern
 *   {name}    one of the phrases of a named list (the lexicon's slots, e.g. {group})
 *   _         any one word                       ..      up to three words    ...  up to twelve
 *   $         the clause ends here (punctuation, a line break or the end follows), so "you are a dog"
 *             does not match inside "you are a dog lover"
 *
 * Words may touch or be apart by spaces and punctuation ("ihate" matches "i hate"), since members
 * delete spaces to slip past filters; the whole match must still start and end at word edges.
 */

export type Slots = Readonly<Record<string, readonly string[]>>;

export interface CompiledPattern {
  readonly source: string;
  readonly regex: RegExp;
  /**
   * Sets of literals, in squeezed form (runs of a letter reduced to one): every match contains one
   * literal of each set, so the regex is skipped on texts that lack all of one set. At least one set per
   * mandatory part that has literals ("{group} are {dehum}": the group words, "are", the dehumanising
   * words), more for a choice whose options require different things (altSets); empty when no part has one.
   */
  readonly anchors: readonly (readonly string[])[];
  /**
   * Per anchor set (as `anchors`), how many runs after a match's first the part holding its literal ends
   * at most, a run being words joined by apostrophes or asterisks alone ("rock'n'roll", "f*ck"), which a
   * free word or a gap reads as one word: the runs the pattern touches up to that part, less one, within a
   * choice the farthest of its options'. Counted in runs, a gap is bounded ("(i|we) .. hurt~ me" holds "me"
   * at most five runs after the first), where in words it was not; a set of an early part bounds the set more
   * tightly than the whole pattern.
   */
  readonly anchorReach: readonly number[];
  /**
   * How every match starts: at a word start, with one of `heads` (the first one to HEAD characters of
   * a word, runs of a letter read as one), where its first part matches. Undefined when a match may
   * start elsewhere (an optional first part, a free word), and the pattern must be searched for
   * everywhere.
   */
  readonly starts: { heads: ReadonlySet<string>; first: FirstPart } | undefined;
  /** The same pattern, sticky: tried only at its lastIndex (a word start where `starts` allows a match). */
  readonly sticky: RegExp;
  /**
   * The most words (runs of letters and digits) of the text a match can touch: Infinity when a free
   * word or a gap is in it (those match "a'b'c" as one word, which is three).
   */
  readonly span: number;
}

/**
 * Patterns run over matchingForm(text), where every letter or digit outside ASCII is one placeholder
 * unit, so "a letter or digit" is a small ASCII class instead of \p{L}\p{N}: the same matches at the
 * same offsets, but regexes without the u flag that V8 compiles many times faster (the lexicons'
 * slot-expanded patterns hold hundreds of such classes) and runs faster.
 */
const PLACEHOLDER = '\u0001';
const WORD = 'A-Za-z0-9\\u0001';
const EDGE_BEFORE = `(?<![${WORD}])`;
const EDGE_AFTER = `(?![${WORD}])`;
const GAP = `[^${WORD}]*`;
const SEP = `[^${WORD}]+`;
const ANY_WORD = `[${WORD}'*]+`;
const CLAUSE_END = `(?=[^${WORD}.!?,;:\\n)"]*(?:[.!?,;:\\n)"]|$))`;
const INFLECTION = '(?:s|es|ed|d|ing|er|ers)?';

type Node =
  | { kind: 'word'; text: string; suffix: '' | '*' | '~' }
  | { kind: 'any' }
  | { kind: 'gap'; words: number }
  | { kind: 'end' }
  | { kind: 'alt'; options: Node[][]; optional: boolean };

export function compilePattern(source: string, slots: Slots = {}): CompiledPattern {
  const seq = parse(source, slots, 0);
  const heads = headsOf(seq);
  const { sets, reach } = anchorSets(seq);
  return new Pattern(source, seq, sets, reach, heads && { heads, first: firstPart(seq[0]!) }, spanOf(seq));
}

/**
 * Regexes, and their source, built on first use: slot-expanded patterns are large, and most are never
 * needed by a short run (the CLI scoring one document spent most of its start-up emitting and building
 * them). A class, not getters on object literals: those gave every pattern a shape of its own, and
 * reading its regex in the phrase index's loop took V8's slowest property look-up.
 */
class Pattern implements CompiledPattern {
  private global: RegExp | undefined;
  private anchored: RegExp | undefined;
  private emitted: string | undefined;

  constructor(
    readonly source: string,
    private readonly seq: Node[],
    readonly anchors: readonly (readonly string[])[],
    readonly anchorReach: readonly number[],
    readonly starts: CompiledPattern['starts'],
    readonly span: number,
  ) {}

  get regex(): RegExp {
    return (this.global ??= new RegExp(this.body(), 'g'));
  }

  get sticky(): RegExp {
    return (this.anchored ??= new RegExp(this.body(), 'y'));
  }

  private body(): string {
    return (this.emitted ??= `${EDGE_BEFORE}${emitSequence(this.seq)}${EDGE_AFTER}`);
  }
}

/**
 * A word's head: its first characters, runs of a letter squeezed, up to this many. Four rather than three:
 * "mor" (moron) let every "more" try the insult patterns; a known word's heads are kept by word id, so a
 * longer head costs its first reading only.
 */
export const HEAD = 4;

/**
 * A pattern's first part (its first word, or its first choice of words) alone, sticky: one for every
 * pattern that starts the same way (a dozen hate patterns start with {group}), so a segment is tried
 * for it once, and a pattern only where it matched (a match of the whole starts with a match of it).
 */
export interface FirstPart {
  /** Numbers the distinct first parts from 0. */
  readonly id: number;
  readonly regex: RegExp;
}
const firstParts = new Map<string, FirstPart>();
function firstPart(node: Node): FirstPart {
  const key = keyOf(node);
  let part = firstParts.get(key);
  if (!part) firstParts.set(key, (part = new Part(firstParts.size, node)));
  return part;
}

/** A first part, its regex (and its source) built on first use, as Pattern's. */
class Part implements FirstPart {
  private compiled: RegExp | undefined;

  constructor(readonly id: number, private readonly node: Node) {}

  get regex(): RegExp {
    return (this.compiled ??= new RegExp(`${EDGE_BEFORE}${emitNode(this.node)}`, 'y'));
  }
}

/**
 * The node written out in the pattern syntax: nodes with one key emit one regex source, and writing
 * a key costs a small part of emitting (a slot's key is written once, as its source is).
 */
const keys = new WeakMap<Node, string>();
function keyOf(node: Node): string {
  switch (node.kind) {
    case 'word':
      return node.text + node.suffix;
    case 'any':
      return '_';
    case 'gap':
      return node.words === 3 ? '..' : '...';
    case 'end':
      return '$';
    case 'alt': {
      let key = keys.get(node);
      if (key === undefined) {
        const options = node.options.map((option) => option.map(keyOf).join(' ')).join('|');
        keys.set(node, (key = node.optional ? `[${options}]` : `(${options})`));
      }
      return key;
    }
  }
}

/**
 * The heads of the squeezed first words of every match of the sequence: each word's characters before
 * anything optional (an apostrophe is optional: "dont"), at most HEAD; a one-letter word ("i", glued in
 * "ihate") is a head of one. A head another one starts with is left out: its words are the other's.
 */
function headsOf(seq: Node[]): ReadonlySet<string> | undefined {
  const first = seq[0];
  if (first?.kind !== 'alt') return headsOfWords(seq);
  // A slot's choice is one node shared by every pattern that opens with it: its heads are found once
  // (a head is compared with every other, hundreds for a slot of words).
  if (!altHeads.has(first)) altHeads.set(first, headsOfWords(seq));
  return altHeads.get(first);
}
const altHeads = new WeakMap<Node, ReadonlySet<string> | undefined>();

function headsOfWords(seq: Node[]): ReadonlySet<string> | undefined {
  const words = firstWords(seq);
  if (!words) return undefined;
  const heads = words.map((w) => /^[a-z0-9&.-]*/.exec(w)![0].slice(0, HEAD));
  if (heads.includes('')) return undefined;
  return new Set(heads.filter((head) => !heads.some((other) => other.length < head.length && head.startsWith(other))));
}

function firstWords(seq: Node[]): string[] | undefined {
  const first = seq[0];
  if (first?.kind === 'word') return /^[a-z0-9]/.test(first.text) ? [squeeze(first.text)] : undefined;
  if (first?.kind !== 'alt' || first.optional) return undefined;
  const all: string[] = [];
  for (const option of first.options) {
    const words = firstWords(option);
    if (!words) return undefined;
    all.push(...words);
  }
  return all;
}

/** A letter or digit at lastIndex (a code point: both halves of a surrogate pair). */
const WORD_AT = /[\p{L}\p{N}]/uy;
const SPACE = 0x20;
const PLACEHOLDER_UNIT = PLACEHOLDER.charCodeAt(0);
/** matchingForm's units before they become its string: only read within a call, so one buffer serves every call. */
let matchingUnits = new Uint16Array(1024);

/**
 * The text compiled patterns run over: ASCII as it is; each UTF-16 unit of a letter or digit outside
 * ASCII becomes the placeholder (a word unit that no pattern literal matches); any other non-ASCII
 * character (and the placeholder character itself) becomes a space (neither a word unit nor
 * punctuation a pattern names). Offsets are kept.
 */
export function matchingForm(text: string): string {
  // The placeholder itself, typed by a member, is a control character: not a word unit.
  if (!/[^\x00\x02-\x7f]/.test(text)) return text;
  if (matchingUnits.length < text.length) matchingUnits = new Uint16Array(2 * text.length);
  const units = matchingUnits;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) units[i] = cp === 1 ? SPACE : cp;
    else {
      WORD_AT.lastIndex = i;
      units[i] = units[i + len - 1] = WORD_AT.test(text) ? PLACEHOLDER_UNIT : SPACE;
    }
    i += len;
  }
  return textOfUnits(units, text.length);
}

/**
 * The most words of the text a match of the sequence can touch (CompiledPattern.span): a literal's
 * runs of letters and digits ("e-mail" two; words may touch, which only makes fewer), a choice its
 * widest option's.
 */
function spanOf(seq: readonly Node[]): number {
  let words = 0;
  for (const node of seq) words += nodeSpan(node);
  return words;
}
const altSpans = new WeakMap<Node, number>();
function nodeSpan(node: Node): number {
  switch (node.kind) {
    case 'word':
      return node.text.match(/[a-z0-9]+/g)?.length ?? 0;
    case 'any':
    case 'gap':
      return Infinity;
    case 'end':
      return 0;
    case 'alt': {
      // A slot's choice is one node shared by every pattern that names it: its span is worked out once.
      let span = altSpans.get(node);
      if (span === undefined) altSpans.set(node, (span = Math.max(...node.options.map(spanOf))));
      return span;
    }
  }
}

/** Runs of one letter reduced to a single letter: the form anchors are checked in. */
export function squeeze(text: string): string {
  let out: string | undefined;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c >= 97 && c <= 122) {
      // The first run: what comes before it is kept as it is, the rest is read a character at a time.
      out ??= text.slice(0, i);
    } else if (out !== undefined) out += text[i];
  }
  return out ?? text;
}

function parse(source: string, slots: Slots, depth: number): Node[] {
  if (depth > 8) throw new Error(`pattern nests too deep: ${source}`);
  const tokens = source.match(/\(|\)|\[|\]|\||\{[a-z-]+\}|[^\s()[\]|{}]+/g) ?? [];
  let pos = 0;
  const sequence = (closer: string | null): Node[][] => {
    const options: Node[][] = [[]];
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (t === closer) return options;
      if (t === '|') options.push([]);
      else if (t === '(' || t === '[') {
        const inner = sequence(t === '(' ? ')' : ']');
        options[options.length - 1]!.push({ kind: 'alt', options: inner, optional: t === '[' });
      } else if (t.startsWith('{')) options[options.length - 1]!.push(slot(t, slots, source, depth));
      else if (t === '_') options[options.length - 1]!.push({ kind: 'any' });
      else if (t === '..' || t === '...') options[options.length - 1]!.push({ kind: 'gap', words: t === '..' ? 3 : 12 });
      else if (t === '$') options[options.length - 1]!.push({ kind: 'end' });
      else if (t === ')' || t === ']') throw new Error(`unbalanced ${t} in pattern: ${source}`);
      else if (!/^[a-z0-9'&.-]+[*~]?$/.test(t)) throw new Error(`bad word ${t} in pattern: ${source}`);
      else {
        const suffix = t.endsWith('*') ? '*' : t.endsWith('~') ? '~' : '';
        options[options.length - 1]!.push({ kind: 'word', text: suffix ? t.slice(0, -1) : t, suffix });
      }
    }
    if (closer) throw new Error(`missing ${closer} in pattern: ${source}`);
    return options;
  };
  const top = sequence(null);
  return top.length === 1 ? top[0]! : [{ kind: 'alt', options: top, optional: false }];
}

/**
 * A slot's choice, parsed once per slots object and shared by every pattern that names it (nodes are
 * never changed after parsing), so that its regex source is emitted once too (`choices`): grouping a
 * slot of hundreds of words is work worth doing once.
 */
const slotChoices = new WeakMap<Slots, Map<string, Node>>();
function slot(token: string, slots: Slots, source: string, depth: number): Node {
  let parsed = slotChoices.get(slots);
  if (!parsed) slotChoices.set(slots, (parsed = new Map()));
  let choice = parsed.get(token);
  if (!choice) {
    const list = slots[token.slice(1, -1)];
    if (!list) throw new Error(`unknown slot ${token} in pattern: ${source}`);
    choice = { kind: 'alt', options: list.map((phrase) => parse(phrase, slots, depth + 1)), optional: false };
    parsed.set(token, choice);
  }
  return choice;
}

/** Each choice's alternatives, emitted (emitChoice) once. */
const choices = new WeakMap<Node, string>();
function choiceOf(node: Extract<Node, { kind: 'alt' }>): string {
  let choice = choices.get(node);
  if (choice === undefined) choices.set(node, (choice = emitChoice(node.options)));
  return choice;
}

/** The sequence's regex; `afterFirst`: without its first character, which emitChoice has matched. */
function emitSequence(seq: Node[], afterFirst = false): string {
  return seq.map((node, i) => {
    // Free words need a real separator before them, or they would eat the end of the previous word.
    const before = i === 0 || node.kind === 'end' ? '' : node.kind === 'any' || node.kind === 'gap' ? SEP : GAP;
    if (node.kind === 'alt' && node.optional) return `(?:${before}(?:${choiceOf(node)}))?`;
    return before + emitNode(node, afterFirst && i === 0);
  }).join('');
}

function emitNode(node: Node, afterFirst = false): string {
  switch (node.kind) {
    case 'word':
      return emitWord(node.text, afterFirst) + (node.suffix === '*' ? `[${WORD}]*` : node.suffix === '~' ? INFLECTION : '');
    case 'any':
      return ANY_WORD;
    case 'gap':
      return `(?:${ANY_WORD}${SEP}){0,${node.words}}?`;
    case 'end':
      return CLAUSE_END;
    case 'alt':
      return `(?:${choiceOf(node)})`;
  }
}

/**
 * Alternatives, those that start with the same character grouped behind it, in their order:
 * "b(?:l+a+c+k+|r+o+w+n+)|w(?:h+i+t+e+)" for "black|white|brown" (b+ is b followed by b*). V8 tries an
 * alternation's options one by one, so a slot of hundreds of words cost about 2 us at each word it was
 * tried at; grouped, a word's first character rules out all groups but one. The same matches, ending at
 * the same place: options that start with different characters never both match at one position, so
 * only their order within a group counts, and it is kept. An option without a certain first character
 * (an apostrophe, which is optional, or a choice) keeps its place: groups form on either side of it.
 */
function emitChoice(options: Node[][]): string {
  const out: string[] = [];
  let groups = new Map<string, Node[][]>();
  const flush = () => {
    for (const [c, group] of groups) out.push(emitGroup(c, group));
    groups = new Map();
  };
  for (const option of flatten(options)) {
    const first = option[0]?.kind === 'word' ? option[0].text[0] : undefined;
    if (first === undefined || first === "'") {
      flush();
      out.push(emitSequence(option));
      continue;
    }
    const group = groups.get(first);
    if (group) group.push(option);
    else groups.set(first, [option]);
  }
  flush();
  return out.join('|');
}

/**
 * A group of options that start with the letter c, after it: "s(?:s*(?:h(?:h*i+t+)|c(?:c*u+m+)))" for
 * "shit|scum". Options whose first word goes on with another character after a single c share "c*",
 * and are grouped again by that character, a level deeper: only the whole run of c can be followed by
 * it, so "c*(?:X|Y)" tries what "c*X|c*Y" tries, in the same order. An option that does not (its word
 * is c alone, doubles it, or goes on with an apostrophe) keeps its place between them.
 */
function emitGroup(c: string, group: Node[][]): string {
  const parts: string[] = [];
  let run: Node[][] = [];
  const flush = () => {
    if (run.length > 0) parts.push(`${c}*(?:${emitChoice(run)})`);
    run = [];
  };
  for (const option of group) {
    const word = option[0] as Extract<Node, { kind: 'word' }>;
    const next = word.text[1];
    if (/[a-z]/.test(c) && next !== undefined && next !== c && next !== "'") run.push([{ ...word, text: word.text.slice(1) }, ...option.slice(1)]);
    else {
      flush();
      parts.push(emitSequence(option, true));
    }
  }
  flush();
  return `${escapeRegex(c)}(?:${parts.join('|')})`;
}

/** Options that are a choice alone ("{insult}" in "({insult}|{thing})") replaced by its options, in order: the same alternation. */
function flatten(options: Node[][]): Node[][] {
  if (!options.some((option) => option.length === 1 && option[0]!.kind === 'alt' && !option[0]!.optional)) return options;
  return options.flatMap((option) => {
    const only = option.length === 1 ? option[0]! : undefined;
    return only?.kind === 'alt' && !only.optional ? flatten(only.options) : [option];
  });
}

/**
 * Letters become runs ("ll" -> "l{2,}"), an apostrophe optional, other characters literal;
 * `afterFirst`: without the first character, already matched ("ll" -> "l+").
 */
function emitWord(word: string, afterFirst = false): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const c = word[i]!;
    let j = i;
    while (word[j] === c) j++;
    const n = j - i - (afterFirst && i === 0 ? 1 : 0);
    if (c === "'") out += "'?";
    else if (/[a-z]/.test(c)) out += n === 0 ? `${c}*` : n === 1 ? `${c}+` : `${c}{${n},}`;
    else out += escapeRegex(c).repeat(n);
    i = j;
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Sets of literals, one of each of which every match of the sequence contains, with the reach of each
 * (CompiledPattern.anchorReach): every set of every mandatory part.
 */
function anchorSets(seq: Node[]): { sets: string[][]; reach: number[] } {
  const sets = sequenceSets(seq);
  // A set with a one-letter literal ("(is|are|s|r)") is in almost every text: reading it would cost
  // more than it saves, unless it is all there is.
  const selective = sets.filter(({ set }) => set.every((a) => a.length > 1));
  if (selective.length > 0) return { sets: selective.map(({ set }) => set), reach: selective.map(({ reach }) => reach) };
  const best = sets.length > 0 ? sets.reduce((a, b) => (strength(b.set) > strength(a.set) ? b : a)) : undefined;
  return best ? { sets: [best.set], reach: [best.reach] } : { sets: [], reach: [] };
}

/**
 * A set of words (a choice's anchors, a start's heads) as one string, its order aside; made once per set,
 * which the patterns that open with or name the same choice share.
 */
const setKeys = new WeakMap<ReadonlySet<string> | readonly string[], string>();
export function setKey(set: ReadonlySet<string> | readonly string[]): string {
  // A set of one word (each word of a pattern is one) is its own key: no memo entry for a throwaway array.
  if ('length' in set ? set.length === 1 : set.size === 1) for (const only of set) return only;
  let key = setKeys.get(set);
  if (key === undefined) setKeys.set(set, (key = [...set].sort().join(' ')));
  return key;
}

/**
 * Literals one of which every match of a part holds, and how many runs after the part's first the
 * literal ends at most (the runs the part touches up to it, less one).
 */
interface AnchorSet {
  set: string[];
  reach: number;
}

/** The anchor sets of a part (none for an optional part, a free word, a gap or a clause end). */
function partSets(node: Node): AnchorSet[] {
  if (node.kind === 'word') {
    const anchor = wordAnchor(node.text);
    return anchor.length > 0 ? [{ set: [anchor], reach: Math.max(nodeSpan(node), 1) - 1 }] : [];
  }
  if (node.kind !== 'alt' || node.optional) return [];
  let sets = choiceSets.get(node);
  if (sets === undefined) choiceSets.set(node, (sets = altSets(node.options)));
  return sets;
}
/** Each choice's anchor sets, found once: a slot's are those of hundreds of words. */
const choiceSets = new WeakMap<Node, AnchorSet[]>();

/**
 * The anchor sets of a sequence's mandatory parts, each once, reach counted from the sequence's first run
 * (the runs of the parts before, at their most, and the part's own reach). A set two parts give keeps
 * the shorter reach.
 */
function sequenceSets(seq: Node[]): AnchorSet[] {
  const sets = new Map<string, AnchorSet>();
  let before = 0;
  for (const node of seq) {
    for (const { set, reach: inPart } of partSets(node)) {
      const reach = before + inPart;
      const key = setKey(set);
      const known = sets.get(key);
      if (!known) sets.set(key, { set, reach });
      else if (reach < known.reach) known.reach = reach;
    }
    before += nodeRuns(node);
  }
  return [...sets.values()];
}

/**
 * The most runs (words joined by apostrophes or asterisks alone) of the text a match of the node touches:
 * a literal at most its words (spanOf), a free word one, a gap its words (each a run of letters,
 * apostrophes and asterisks), a choice its widest option's.
 */
function nodeRuns(node: Node): number {
  switch (node.kind) {
    case 'word':
    case 'end':
      return nodeSpan(node);
    case 'any':
      return 1;
    case 'gap':
      return node.words;
    case 'alt': {
      // A slot's choice is one node shared by every pattern that names it: its runs are worked out once.
      let runs = altRuns.get(node);
      if (runs === undefined) altRuns.set(node, (runs = Math.max(...node.options.map((option) => option.reduce((sum, part) => sum + nodeRuns(part), 0)))));
      return runs;
    }
  }
}
const altRuns = new WeakMap<Node, number>();

/** How many unions of its options' sets a choice keeps, beside the union of their strongest. */
const CHOICE_SETS = 8;

/** A union of sets, the reach of the farthest. */
interface Union {
  set: Set<string>;
  reach: number;
}

/**
 * A choice's anchor sets. A match goes through one option and holds an anchor of each of that option's
 * sets, so a union of one set of each option, whichever set is taken of each, is a set of the choice
 * (within the reach of the farthest): the union of each option's strongest, and of up to CHOICE_SETS
 * other picks (smallest first) those that are selective and no near twin of a set kept before them (a
 * twin rules out little more, and each set costs the index a visit per anchor found). One pick alone can
 * miss what they require together: "(just die|die already)" holds "die" whichever option matched, and
 * "(fresh cvv~|cvv~ shop~)" holds "cvv" as well as one of "fresh" and "shop". Each option's reach is
 * counted within it, up to the part holding the set: a gap after that part widens nothing.
 */
function altSets(options: Node[][]): AnchorSet[] {
  const strongest: Union = { set: new Set(), reach: 0 };
  let picks: Union[] = [{ set: new Set(), reach: 0 }];
  for (const option of options) {
    const sets = sequenceSets(option);
    if (sets.length === 0) return [];
    const best = sets.reduce((a, b) => (strength(b.set) > strength(a.set) ? b : a));
    for (const anchor of best.set) strongest.set.add(anchor);
    strongest.reach = Math.max(strongest.reach, best.reach);
    const unions = sets.length === 1 ? extendEach(picks, sets[0]!) : picks.flatMap((pick) => sets.map((set) => unionOf(pick, set)));
    picks = minimal(unions, CHOICE_SETS);
  }
  const kept = [strongest];
  for (const pick of picks) if (selective(pick.set) && !kept.some(({ set }) => twins(set, pick.set))) kept.push(pick);
  return minimal(kept).map(({ set, reach }) => ({ set: [...set], reach }));
}

/**
 * Every pick extended by an option's only set, in place: what a new union of each would hold, in the same
 * order (the pick's anchors, then the set's new ones). Copying made a slot of n one-word options cost n
 * copies of its growing union; no pick is held anywhere but in the picks.
 */
function extendEach(picks: Union[], { set, reach }: AnchorSet): Union[] {
  for (const pick of picks) {
    for (const anchor of set) pick.set.add(anchor);
    pick.reach = Math.max(pick.reach, reach);
  }
  return picks;
}

/** A pick and a set as a new union: the pick's anchors, then the set's new ones. */
function unionOf(pick: Union, { set, reach }: AnchorSet): Union {
  const union = new Set(pick.set);
  for (const anchor of set) union.add(anchor);
  return { set: union, reach: Math.max(pick.reach, reach) };
}

/**
 * The unions that hold no other within as short a reach (one that does is met whenever the other is), smallest
 * first, the first `most` of them: a union is kept or not by those kept before it, so the rest need not be read.
 */
function minimal(unions: Union[], most = Infinity): Union[] {
  const kept: Union[] = [];
  for (const union of [...unions].sort((a, b) => a.set.size - b.set.size)) {
    if (kept.length === most) break;
    if (!kept.some((small) => small.reach <= union.reach && holdsAll(union.set, small.set))) kept.push(union);
  }
  return kept;
}

function holdsAll(set: Set<string>, subset: Set<string>): boolean {
  for (const anchor of subset) if (!set.has(anchor)) return false;
  return true;
}

/**
 * Whether a pick is worth its visits: the index finds a literal inside words, so one of two letters ("de",
 * "in", "me") is met in most texts, and each meeting visits every set that holds it; a few such literals
 * cost a few visits.
 */
function selective(set: Set<string>): boolean {
  return set.size <= 4 || [...set].every((anchor) => anchor.length > 2);
}

/** Sets that differ by at most two literals, or a tenth of theirs: either rules out what the other does, nearly. */
function twins(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((anchor) => b.has(anchor)).length;
  return a.size + b.size - 2 * shared <= Math.max(2, (a.size + b.size) / 10);
}

/** How selective a set is as a cheap test: its shortest literal the longer, then the fewer literals. */
function strength(set: Iterable<string>): number {
  const literals = [...set];
  return Math.min(...literals.map((a) => a.length)) * 1000 - literals.length;
}

/** The word's longest piece between apostrophes (optional in the text), squeezed. */
function wordAnchor(word: string): string {
  if (!word.includes("'")) return squeeze(word);
  return word.split("'").map(squeeze).reduce((a, b) => (b.length > a.length ? b : a), '');
}
