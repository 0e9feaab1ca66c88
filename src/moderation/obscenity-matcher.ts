import { SyntaxKind, type Node, type ParsedPattern, type RegExpMatcherOptions, type StatefulTransformer, type TransformerContainer } from 'obscenity';

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
 * the text stops there. A new term or transformer in obscenity is covered without a change here.
 * test/moderation/obscenity-matcher.test.ts compares the two.
 */
export function obscenityMatcher(options: RegExpMatcherOptions): (text: string) => TermMatch[] {
  const blacklist = transformer(options.blacklistMatcherTransformers ?? []);
  const whitelist = transformer(options.whitelistMatcherTransformers ?? []);
  const whitelisted = options.whitelistedTerms ?? [];
  const terms = options.blacklistedTerms.map((term) => ({ id: term.id, regex: new RegExp(patternSource(term.pattern), 'gs') }));
  const anyTerm = new RegExp(options.blacklistedTerms.map((term) => patternSource(term.pattern)).join('|'), 's');
  return (input) => {
    const { text, origin } = blacklist(input);
    if (!anyTerm.test(text)) return [];
    const found: TermMatch[] = [];
    for (const { id, regex } of terms) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        found.push({ termId: id, startIndex: origin[m.index]!, endIndex: lastUnit(input, origin[m.index + m[0].length - 1]!) });
      }
    }
    if (found.length === 0) return found;
    const spans = whitelistedSpans(input, whitelist(input), whitelisted);
    return found.filter((m) => !spans.some(([from, to]) => from <= m.startIndex && m.endIndex <= to)).sort(byPositionAndId);
  };
}

/** Where each whitelisted term occurs in the whitelist transform, as obscenity's matcher finds them (each term's occurrences apart). */
function whitelistedSpans(input: string, { text, origin }: Transformed, terms: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      spans.push([origin[at]!, lastUnit(input, origin[at + term.length - 1]!)]);
    }
  }
  return spans;
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
interface Transformed {
  text: string;
  /** A view valid until the transformer's next call. */
  origin: Int32Array;
}

/**
 * The text as obscenity's RegExpMatcher transforms it (applyTransformers: code point by code point,
 * each through the chain until one drops it). The simple transformers before the first stateful one
 * depend on the code point alone, so their result is kept per code point; the rest run on every one.
 */
function transformer(chain: readonly TransformerContainer[]): (text: string) => Transformed {
  const firstStateful = chain.findIndex((t) => 'factory' in t);
  const cut = firstStateful < 0 ? chain.length : firstStateful;
  const simple = chain.slice(0, cut).map((t) => ('transform' in t ? t.transform : () => undefined));
  const DROPPED = -1;
  const applySimple = (c: number): number => {
    let out: number | undefined = c;
    for (let k = 0; k < simple.length && out !== undefined; k++) out = simple[k]!(out);
    return out ?? DROPPED;
  };
  const ascii = Int32Array.from({ length: 128 }, (_, c) => applySimple(c));
  const other = new Map<number, number>();
  const rest: StatefulTransformer[] = chain.slice(cut).map((t) => ('factory' in t ? t.factory() : { transform: t.transform, reset: () => {} }));
  // Two units a character at most (a code point mapped past U+FFFF); one buffer kept for ordinary texts.
  const kept = new Uint16Array(2 * 16_384);
  const keptOrigin = new Int32Array(2 * 16_384);
  return (text) => {
    for (const t of rest) t.reset();
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
      for (let k = 0; k < rest.length && out !== undefined; k++) out = rest[k]!.transform(out);
      if (out === undefined) continue;
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
    let transformed = '';
    for (let i = 0; i < n; i += 8192) transformed += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    return { text: transformed, origin: origin.subarray(0, n) };
  };
}

/** A term's pattern as obscenity compiles it (pattern/Util.js compilePatternToRegExp), without flags. */
function patternSource(pattern: ParsedPattern): string {
  return `${pattern.requireWordBoundaryAtStart ? '\\b' : ''}${pattern.nodes.map(nodeSource).join('')}${pattern.requireWordBoundaryAtEnd ? '\\b' : ''}`;
}

function nodeSource(node: Node): string {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return String.fromCodePoint(...node.chars).replace(/[[\].*+?^${}()|\\]/g, '\\$&');
    case SyntaxKind.Optional:
      return `(?:${nodeSource(node.childNode)})?`;
    case SyntaxKind.Wildcard:
      return '.';
  }
}
