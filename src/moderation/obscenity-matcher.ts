import { SyntaxKind, type Node, type ParsedPattern, type RegExpMatcherOptions, type StatefulTransformer, type TransformerContainer } from 'obscenity';
import { textOfUnits } from './normalise.js';
import { escapeRegExp } from './regex-literals.js';
import { MemoByWordId, type WordReading } from './segment-words.js';
import { firstAtLeast } from './sorted-offsets.js';
import { compiledNow } from './lazy-regexp.js';

/** A blacklisted term's match in the text given: its term's id, and where it starts and ends (inclusive). */
export interface TermMatch {
  termId: number;
  startIndex: number;
  endIndex: number;
}

/**
 * What obscenity's RegExpMatcher(options).getAllMatches(text, true) finds (its matchLength aside): the
 * same matches in the same order, found the same way, from the same terms, whitelist and transformer
 * objects: the whitelisted terms' spans in the whitelist transform, each term's pattern (compiled as
 * obscenity compiles it) in the blacklist transform, a match dropped when a whitelisted span holds it.
 * What differs is cost. The matcher walks the text twice with an iterator object, building each
 * transform a character at a time, reads every whitelisted term, then runs one regular expression per
 * term; most texts hold no term. Here each transform is made by the quick transformer below, and one
 * alternation of every term's pattern is tried first: when it finds nothing, no term can match (a match
 * is a term's pattern matching the blacklist transform; whitelisted spans only remove matches), and
 * the text stops there. Given the text's word reading and obscenity-pieces.ts's reader, only the pieces
 * of the text a term can match in are transformed and searched. A new term or transformer in obscenity
 * is covered without a change here.
 * test/moderation/obscenity-matcher.test.ts compares the two.
 */
export function obscenityMatcher(
  options: RegExpMatcherOptions,
  piecesOf?: (reading: WordReading) => PiecesToRead,
): (text: string, reading?: WordReading) => TermMatch[] {
  const blacklist = transformer(options.blacklistMatcherTransformers ?? []);
  const whitelist = transformer(options.whitelistMatcherTransformers ?? []);
  const whitelisted = options.whitelistedTerms ?? [];
  const terms = options.blacklistedTerms.map((term) => ({ id: term.id, regex: new RegExp(patternSource(term.pattern), 'gs'), literal: requiredLiteral(term.pattern) }));
  const anyTerm = new RegExp(anyPatternSource(options.blacklistedTerms.map((term) => term.pattern)), 's');
  const spansOf = whitelistedSpans(whitelisted);
  /** Every term's matches in a transformed text, where in the text transformed each starts and its last unit ends (before lastUnit). */
  const termsIn = ({ text, origin }: Transformed): TermMatch[] => {
    const matches: TermMatch[] = [];
    for (const { id, regex, literal } of terms) {
      // A term whose required letters are not in the text cannot match: one indexOf, not a regex scan.
      if (!text.includes(literal)) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        matches.push({ termId: id, startIndex: origin[m.index]!, endIndex: origin[m.index + m[0].length - 1]! });
      }
    }
    return matches;
  };
  /** termsIn's matches in a text that starts at `offset` of the input, placed in the input. */
  const place = (input: string, matches: readonly TermMatch[], offset: number, found: TermMatch[]) => {
    for (const m of matches) found.push({ termId: m.termId, startIndex: offset + m.startIndex, endIndex: lastUnit(input, offset + m.endIndex) });
  };
  // A piece that is one word is transformed alone, so its matches depend on the word alone: found once
  // per word id (a long text repeats its swear words), kept in a list the memo gives the index of.
  const wordMatches: TermMatch[][] = [];
  const byWord = new MemoByWordId((text, from, to) => wordMatches.push(termsIn(blacklist(text.slice(from, to)))) - 1);
  return (input, reading) => {
    const found: TermMatch[] = [];
    const pieces = piecesOf && reading?.text === input ? piecesOf(reading) : WHOLE_TEXT;
    if (pieces !== WHOLE_TEXT) {
      // Matches lie within the pieces (obscenity-pieces.ts), each transformed alone.
      for (let p = 0; p < pieces.length; p += 3) {
        const from = pieces[p]!;
        const to = pieces[p + 1]!;
        const word = pieces[p + 2]!;
        place(input, word >= 0 ? wordMatches[byWord.of(word, input, from, to)]! : termsIn(blacklist(input.slice(from, to))), from, found);
      }
    } else {
      const transformed = blacklist(input);
      if (!anyTerm.test(transformed.text)) return [];
      place(input, termsIn(transformed), 0, found);
    }
    if (found.length === 0) return found;
    const spans = spansOf(input, whitelist(input), found);
    return found.filter((m) => !spans.some(([from, to]) => from <= m.startIndex && m.endIndex <= to)).sort(byPositionAndId);
  };
}

/**
 * Where the terms' matches may lie (obscenity-pieces.ts): the pieces a term matches in, as [from, to)
 * offsets and the id of the piece's word, -1 where it is not one word with an id (none: the text holds
 * no term), or WHOLE_TEXT where the whole text is read (a wildcard term may match across pieces, or no
 * reading was given).
 */
export type PiecesToRead = readonly number[] | typeof WHOLE_TEXT;
export const WHOLE_TEXT = 'whole text';

/**
 * Where the whitelisted terms occur in the whitelist transform, as obscenity's matcher finds them (each
 * term's occurrences apart, each search resuming after the last occurrence), as far as a span could
 * hold one of the matches found: only a span holding a match removes it. Most terms cannot overlap
 * themselves, so every occurrence of theirs is one obscenity finds, and they are looked for only in
 * the stretch of the transform around each match (matchWindows); a term that can overlap itself
 * ("anana") is searched from the start, as obscenity does, when a stretch holds it.
 */
function whitelistedSpans(terms: readonly string[]): (input: string, whitelisted: Transformed, matches: readonly TermMatch[]) => [number, number][] {
  const apart = terms.filter((term) => !overlapsItself(term));
  const overlapping = terms.filter(overlapsItself);
  const longest = Math.max(0, ...terms.map((term) => term.length));
  // Most stretches hold none of the terms: one alternation of them all first, not a search for each.
  const anyApart = apart.length > 0 ? compiledNow(new RegExp(apart.map(escapeRegExp).join('|'))) : undefined;
  return (input, { text, origin }, matches) => {
    const spans: [number, number][] = [];
    const chain = (term: string, within: string, offset: number) => {
      for (let at = within.indexOf(term); at !== -1; at = within.indexOf(term, at + term.length)) {
        spans.push([origin[offset + at]!, lastUnit(input, origin[offset + at + term.length - 1]!)]);
      }
    };
    const windows = matchWindows(origin, matches, longest);
    const stretches: string[] = [];
    for (let w = 0; w < windows.length; w += 2) {
      const stretch = text.slice(windows[w], windows[w + 1]);
      stretches.push(stretch);
      if (anyApart?.test(stretch)) for (const term of apart) chain(term, stretch, windows[w]!);
    }
    // Which occurrences of such a term the search finds depends on those before them: it is searched
    // from the start, but only when a stretch holds one (a span holding a match lies in a stretch).
    for (const term of overlapping) if (stretches.some((stretch) => stretch.includes(term))) chain(term, text, 0);
    return spans;
  };
}

/**
 * The stretches of the transform (as [from, to) pairs, in order, apart) that hold every occurrence, up
 * to `longest` units long, of a span that holds one of the matches. A span [origin[at], end] holds a
 * match [from, to] only if origin[at] <= from and end >= to (end is at most one unit past
 * origin[at + length - 1]), so, origin never decreasing, it lies within [the first unit whose origin is
 * to - 1 or more, less the longest term; the last unit whose origin is from or less, plus the longest
 * term]. One stretch a match, not one from the first match to the last: in a long text with matches at
 * both ends that was the whole text, read once a term.
 */
function matchWindows(origin: Int32Array, matches: readonly TermMatch[], longest: number): number[] {
  const around: [number, number][] = [];
  for (const m of matches) {
    const from = Math.max(0, firstAtLeast(origin, m.endIndex - 1) - longest + 1);
    const to = Math.min(origin.length, firstAtLeast(origin, m.startIndex + 1) + longest);
    if (from < to) around.push([from, to]);
  }
  around.sort((a, b) => a[0] - b[0]);
  const windows: number[] = [];
  for (const [from, to] of around) {
    const last = windows.length - 1;
    if (last > 0 && from <= windows[last]!) windows[last] = Math.max(windows[last]!, to);
    else windows.push(from, to);
  }
  return windows;
}

/** Whether two occurrences of the term can overlap: a proper prefix of it is also a suffix. */
function overlapsItself(term: string): boolean {
  for (let k = 1; k < term.length; k++) if (term.startsWith(term.slice(k))) return true;
  return false;
}

/** obscenity's inclusive end: a match ending on a surrogate pair's first half ends on its second. */
function lastUnit(input: string, end: number): number {
  const c = input.charCodeAt(end);
  const next = input.charCodeAt(end + 1);
  return end < input.length - 1 && c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? end + 1 : end;
}

/** obscenity's compareMatchByPositionAndId. */
function byPositionAndId(a: TermMatch, b: TermMatch): number {
  return a.startIndex - b.startIndex || a.endIndex - b.endIndex || a.termId - b.termId;
}

/** A transformed text, and per unit of it, where the character it came from starts in the input. */
export interface Transformed {
  text: string;
  /** A view valid until the transformer's next call. */
  origin: Int32Array;
}

/**
 * The text as obscenity's RegExpMatcher transforms it (applyTransformers: code point by code point,
 * each through the chain until one drops it). The simple transformers before the first stateful one
 * depend on the code point alone, so their result is kept per code point; the rest run on every one.
 */
export function transformer(chain: readonly TransformerContainer[]): (text: string) => Transformed {
  const cut = simplePart(chain);
  const applySimple = simpleTransform(chain);
  const ascii = Int32Array.from({ length: 128 }, (_, c) => applySimple(c));
  const other = new Map<number, number>();
  const rest: StatefulTransformer[] = chain.slice(cut).map((t) => ('factory' in t ? t.factory() : { transform: t.transform, reset: () => {} }));
  // The English preset's one stateful transformer, run inline from a table (its method call and Map
  // look-up a character were half of this transform's time); any other chain runs as it is.
  const collapse = rest.length === 1 ? collapseThresholds(rest[0]!) : undefined;
  // Two units a character at most (a code point mapped past U+FFFF); one buffer kept for ordinary texts.
  const kept = new Uint16Array(2 * 16_384);
  const keptOrigin = new Int32Array(2 * 16_384);
  return (text) => {
    for (const t of rest) t.reset();
    let last = -1;
    let remaining = -1;
    const units = 2 * text.length <= kept.length ? kept : new Uint16Array(2 * text.length);
    const origin = 2 * text.length <= keptOrigin.length ? keptOrigin : new Int32Array(2 * text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const from = i;
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
      }
      let out: number | undefined = code < 128 ? ascii[code]! : other.get(code);
      if (out === undefined) {
        out = applySimple(code);
        if (other.size < 50_000) other.set(code, out);
      }
      if (out === DROPPED) continue;
      if (collapse !== undefined) {
        // CollapseDuplicatesTransformer.transform, step for step.
        if (out === last) {
          if (!(remaining-- > 0)) continue;
        } else {
          const threshold = out < 128 ? collapse.ascii[out]! : (collapse.custom.get(out) ?? collapse.fallback);
          remaining = threshold - 1;
          last = out;
          if (!(threshold > 0)) continue;
        }
      } else {
        for (let k = 0; k < rest.length && out !== undefined; k++) out = rest[k]!.transform(out);
        if (out === undefined) continue;
      }
      if (out > 0xffff) {
        origin[n] = from;
        units[n++] = 0xd800 + ((out - 0x10000) >> 10);
        origin[n] = from;
        units[n++] = 0xdc00 + ((out - 0x10000) & 0x3ff);
      } else {
        origin[n] = from;
        units[n++] = out;
      }
    }
    return { text: textOfUnits(units, n), origin: origin.subarray(0, n) };
  };
}

/** How many transformers lead the chain before its first stateful one. */
function simplePart(chain: readonly TransformerContainer[]): number {
  const firstStateful = chain.findIndex((t) => 'factory' in t);
  return firstStateful < 0 ? chain.length : firstStateful;
}

/** A code point dropped by a transformer. */
export const DROPPED = -1;

/** What the simple transformers before the chain's first stateful one make of a code point (DROPPED: nothing). */
export function simpleTransform(chain: readonly TransformerContainer[]): (c: number) => number {
  const simple = chain.slice(0, simplePart(chain)).map((t) => ('transform' in t ? t.transform : () => undefined));
  return (c) => {
    let out: number | undefined = c;
    for (let k = 0; k < simple.length && out !== undefined; k++) out = simple[k]!(out);
    return out ?? DROPPED;
  };
}

/**
 * Whether the chain is simple transformers then one collapse of duplicates (the English preset's
 * shape): the only stateful step then drops a repeat of the last character kept and changes none.
 */
export function onlyCollapsesStatefully(chain: readonly TransformerContainer[]): boolean {
  const cut = simplePart(chain);
  return cut === chain.length - 1 && 'factory' in chain[cut]! && collapseThresholds(chain[cut]!.factory()) !== undefined;
}

/** A collapse-duplicates transformer's thresholds: ASCII ones in a table, others in its own map. */
interface CollapseThresholds {
  ascii: Float64Array;
  custom: ReadonlyMap<number, number>;
  fallback: number;
}

/**
 * The thresholds of obscenity's collapseDuplicatesTransformer (its class, CollapseDuplicatesTransformer,
 * is not exported: recognised by name and fields), or undefined for any other transformer.
 */
function collapseThresholds(t: StatefulTransformer): CollapseThresholds | undefined {
  const { defaultThreshold, customThresholds } = t as unknown as { defaultThreshold?: unknown; customThresholds?: unknown };
  if (t.constructor.name !== 'CollapseDuplicatesTransformer' || typeof defaultThreshold !== 'number' || !(customThresholds instanceof Map)) return undefined;
  const custom = customThresholds as Map<number, number>;
  const ascii = Float64Array.from({ length: 128 }, (_, c) => custom.get(c) ?? defaultThreshold);
  return { ascii, custom, fallback: defaultThreshold };
}

/** A term's pattern as obscenity compiles it (pattern/Util.js compilePatternToRegExp), without flags. */
export function patternSource(pattern: ParsedPattern): string {
  return `${pattern.requireWordBoundaryAtStart ? '\\b' : ''}${pattern.nodes.map(nodeSource).join('')}${pattern.requireWordBoundaryAtEnd ? '\\b' : ''}`;
}

/**
 * One alternation of the patterns, matching where any of them matches. Patterns that start with the same
 * character (and alike with or without a word boundary) share it: "\bf(?:uck|ag)" rather than
 * "\bfuck|\bfag", which V8 tried one by one at every position (half the cost, 10 -> 5 µs an openai
 * document). A pattern that starts with an optional part or a wildcard stays whole.
 */
export function anyPatternSource(patterns: readonly ParsedPattern[]): string {
  const groups = new Map<string, string[]>();
  const whole: string[] = [];
  for (const pattern of patterns) {
    const [first, ...rest] = pattern.nodes;
    if (first?.kind !== SyntaxKind.Literal || first.chars.length === 0) {
      whole.push(patternSource(pattern));
      continue;
    }
    const head = `${pattern.requireWordBoundaryAtStart ? '\\b' : ''}${escapeRegExp(String.fromCodePoint(first.chars[0]!))}`;
    const tail = `${escapeRegExp(String.fromCodePoint(...first.chars.slice(1)))}${rest.map(nodeSource).join('')}${pattern.requireWordBoundaryAtEnd ? '\\b' : ''}`;
    groups.set(head, [...(groups.get(head) ?? []), tail]);
  }
  return [...[...groups].map(([head, tails]) => `${head}(?:${tails.join('|')})`), ...whole].join('|');
}

/** The longest literal every match of the pattern holds (its longest literal outside an optional part); '' when none. */
function requiredLiteral(pattern: ParsedPattern): string {
  let longest = '';
  for (const node of pattern.nodes) {
    if (node.kind !== SyntaxKind.Literal) continue;
    const literal = String.fromCodePoint(...node.chars);
    if (literal.length > longest.length) longest = literal;
  }
  return longest;
}

export function nodeSource(node: Node): string {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return escapeRegExp(String.fromCodePoint(...node.chars));
    case SyntaxKind.Optional:
      return `(?:${nodeSource(node.childNode)})?`;
    case SyntaxKind.Wildcard:
      return '.';
  }
}
