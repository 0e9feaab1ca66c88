import { SyntaxKind, type Node, type ParsedPattern, type RegExpMatcherOptions } from 'obscenity';
import { anyPatternSource, DROPPED, nodeSource, onlyCollapsesStatefully, simpleTransform, transformer, WHOLE_TEXT, type PiecesToRead } from './obscenity-matcher.js';
import { END, ID, MemoByWordId, START, STRIDE, type WordReading } from './segment-words.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * Where obscenityMatcher needs to look, read from a segment's shared word reading: the pieces of the
 * text in which a blacklisted term matches, so a known word costs a table look-up instead of a
 * transform of every character and an alternation of every term tried at every position (obscenity's
 * work on most segments, which hold no term), and the terms are run on those pieces alone.
 *
 * Why pieces suffice: the text is cut into pieces, each a word, or words joined by the characters
 * between them that transform to \w (JS regex word characters: "!" reads "i", "$" "s"), to nothing, or
 * to a character some term's literal is ("*"). The chain being simple transformers then a collapse of
 * duplicates, every other character between pieces transforms to a character no literal is and that
 * is not \w; the transformed text's \w runs, where every match of a term of \w literals lies and where
 * its \b assertions are read, are then those of each piece transformed alone (collapsing starts afresh
 * after a non-\w). A term with one wildcard may also match across pieces, its wildcard on a character
 * between its part before, ending a piece, and its part after, starting a later one: checked by those
 * parts per piece (then the whole text is read). A piece that is one word is answered once per word id.
 *
 * undefined (no gate) for term lists or chains outside that reading: several wildcards in a term, a
 * wildcard at a term's edge, a non-\w literal beside a wildcard, another stateful transformer.
 */
export function obscenityPieces(options: RegExpMatcherOptions): ((reading: WordReading) => PiecesToRead) | undefined {
  const chain = options.blacklistMatcherTransformers ?? [];
  if (chain.length > 0 && !onlyCollapsesStatefully(chain)) return undefined;
  const patterns = options.blacklistedTerms.map((term) => term.pattern);
  const split = patterns.map(aroundWildcard);
  if (split.includes(null)) return undefined;
  const parts = split.filter((s): s is { before: string; after: string } => s !== undefined);
  const before = parts.length > 0 ? new RegExp(`(?:${parts.map((p) => p.before).join('|')})\\W*$`, 's') : undefined;
  const after = parts.length > 0 ? new RegExp(`^\\W*(?:${parts.map((p) => p.after).join('|')})`, 's') : undefined;
  const anyTerm = compiledNow(new RegExp(anyPatternSource(patterns), 's'));
  const literalOthers = new Set(patterns.flatMap((p) => p.nodes.flatMap(literalCodes)).filter((c) => !isWordUnit(c)));
  const transform = transformer(chain);
  const applySimple = simpleTransform(chain);

  /**
   * A character between words that could join its neighbours' \w runs (it transforms to \w or to
   * nothing) or be matched by a literal: it and the words it touches are read as one piece.
   */
  const isSpecial = (code: number): boolean => {
    const out = applySimple(code);
    return out === DROPPED || isWordUnit(out) || literalOthers.has(out);
  };
  const bmp = new Uint8Array(0x10000); // 0 unknown, 1 ordinary, 2 special
  const astral = new Map<number, boolean>();

  /** What a piece's transform holds. */
  const flagsOf = (piece: string): number => {
    const t = transform(piece).text;
    let flags = 0;
    if (anyTerm.test(t)) flags |= MAY_MATCH;
    if (before?.test(t)) flags |= BEFORE;
    if (after?.test(t)) flags |= AFTER;
    if (!/\w/.test(t)) flags |= BLANK;
    return flags;
  };
  const byWord = new MemoByWordId((text, from, to) => flagsOf(text.slice(from, to)));
  const flagsOfWord = (text: string, words: Int32Array, k: number): number =>
    byWord.of(words[k * STRIDE + ID]!, text, words[k * STRIDE + START]!, words[k * STRIDE + END]!);

  return ({ text, count, words }) => {
    const pieces: number[] = [];
    let beforeEnded = false;
    /**
     * Whether a match may cross into the piece from..to with these flags (then the whole text is read);
     * notes it, with its word's id when it is one word (else -1), when a match may lie in it.
     */
    const crossed = (flags: number, from: number, to: number, word: number): boolean => {
      if ((flags & AFTER) !== 0 && beforeEnded) return true;
      if ((flags & MAY_MATCH) !== 0) pieces.push(from, to, word);
      // A piece that transforms to no \w may vanish between a wildcard term's two parts (collapsed into the gap).
      if ((flags & BLANK) === 0) beforeEnded = (flags & BEFORE) !== 0;
      return false;
    };
    // The piece being read: where it starts (-1: none), and its word while it is that one word alone (else -1).
    let open = -1;
    let single = -1;
    let at = 0;
    for (let k = 0; k <= count; k++) {
      const gapEnd = k < count ? words[k * STRIDE + START]! : text.length;
      for (let i = at; i < gapEnd; i++) {
        const from = i;
        let code = text.charCodeAt(i);
        let special: boolean;
        if (code < 0xd800 || code > 0xdbff) {
          let c = bmp[code]!;
          if (c === 0) bmp[code] = c = isSpecial(code) ? 2 : 1;
          special = c === 2;
        } else {
          code = text.codePointAt(i)!;
          if (code > 0xffff) i++;
          let astralSpecial = astral.get(code);
          if (astralSpecial === undefined) {
            astralSpecial = isSpecial(code);
            if (astral.size < 10_000) astral.set(code, astralSpecial);
          }
          special = astralSpecial;
        }
        if (special) {
          if (open < 0) open = from;
          single = -1;
        } else if (open >= 0) {
          if (single >= 0 ? crossed(flagsOfWord(text, words, single), open, from, words[single * STRIDE + ID]!) : crossed(flagsOf(text.slice(open, from)), open, from, -1)) return WHOLE_TEXT;
          open = -1;
        }
      }
      if (k === count) break;
      if (open < 0) {
        open = gapEnd;
        single = k;
      } else single = -1;
      at = words[k * STRIDE + END]!;
    }
    if (open >= 0 && (single >= 0 ? crossed(flagsOfWord(text, words, single), open, text.length, words[single * STRIDE + ID]!) : crossed(flagsOf(text.slice(open)), open, text.length, -1))) return WHOLE_TEXT;
    return pieces;
  };
}

/** A term matches in the piece. */
const MAY_MATCH = 2;
/** It ends with a wildcard term's part before the wildcard (then non-\w characters only). */
const BEFORE = 4;
/** It starts with (non-\w characters, then) a wildcard term's part after the wildcard. */
const AFTER = 8;
/** It transforms to no \w character. */
const BLANK = 16;

const isWordUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

function literalCodes(node: Node): number[] {
  if (node.kind === SyntaxKind.Literal) return node.chars;
  if (node.kind === SyntaxKind.Optional) return literalCodes(node.childNode);
  return [];
}

const hasWildcard = (node: Node): boolean => node.kind === SyntaxKind.Wildcard || (node.kind === SyntaxKind.Optional && hasWildcard(node.childNode));

/**
 * A term with one wildcard: its pattern's parts before and after it (with the term's edge assertions);
 * undefined for a term without one; null for one this gate cannot read (several wildcards, one at an
 * edge, a non-\w literal in a part).
 */
function aroundWildcard(pattern: ParsedPattern): { before: string; after: string } | undefined | null {
  const at = pattern.nodes.findIndex(hasWildcard);
  if (at < 0) return undefined;
  const beforeNodes = pattern.nodes.slice(0, at);
  const afterNodes = pattern.nodes.slice(at + 1);
  if (beforeNodes.length === 0 || afterNodes.length === 0 || afterNodes.some(hasWildcard)) return null;
  if ([...beforeNodes, ...afterNodes].some((node) => literalCodes(node).some((c) => !isWordUnit(c)))) return null;
  return {
    before: `${pattern.requireWordBoundaryAtStart ? '\\b' : ''}${beforeNodes.map(nodeSource).join('')}`,
    after: `${afterNodes.map(nodeSource).join('')}${pattern.requireWordBoundaryAtEnd ? '\\b' : ''}`,
  };
}
