import { SyntaxKind, type BlacklistedTerm, type Node, type ParsedPattern, type RegExpMatcherOptions, type StatefulTransformer, type TransformerContainer } from 'obscenity';

/**
 * A cheap, exact pre-test for an obscenity RegExpMatcher: could any of its blacklisted terms match?
 * The matcher's own work is costly on every text (each character through its transformer chain, an
 * indexOf of every whitelisted term, then one regular expression per term); most texts hold no term.
 *
 * Why a false answer proves getAllMatches would return nothing, on any input: the matcher reports a
 * match only where a term's pattern matches the text after its blacklist transformers (whitelisted
 * spans only remove matches). This gate builds that same transformed text from the matcher's own
 * transformer objects (confusables, leetspeak, case, duplicates collapsed: whatever the preset lists,
 * in its order) and tests it against one alternation of every term's pattern, compiled as obscenity
 * compiles it. A new term or transformer in obscenity is therefore covered without a change here.
 */
export function obscenityGate(options: Pick<RegExpMatcherOptions, 'blacklistedTerms' | 'blacklistMatcherTransformers'>): (text: string) => boolean {
  const transform = transformer(options.blacklistMatcherTransformers ?? []);
  const anyTerm = new RegExp(options.blacklistedTerms.map((term: BlacklistedTerm) => patternSource(term.pattern)).join('|'), 's');
  return (text) => anyTerm.test(transform(text));
}

/**
 * The text as obscenity's RegExpMatcher transforms it (applyTransformers: code point by code point,
 * each through the chain until one drops it). The simple transformers before the first stateful one
 * depend on the code point alone, so their result is kept per code point; the rest run on every one.
 */
function transformer(chain: readonly TransformerContainer[]): (text: string) => string {
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
  return (text) => {
    for (const t of rest) t.reset();
    const units = 2 * text.length <= kept.length ? kept : new Uint16Array(2 * text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
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
        units[n++] = 0xd800 + ((out - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((out - 0x10000) & 0x3ff);
      } else units[n++] = out;
    }
    let transformed = '';
    for (let i = 0; i < n; i += 8192) transformed += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    return transformed;
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
