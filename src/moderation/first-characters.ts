import { parseRegex, RegexSyntaxError, type RegexNode } from './regex-syntax.js';

/**
 * The characters a regular expression's match can begin with, read from its source's syntax tree
 * (regex-syntax.ts), as the body of a character class: "(?<![a-z])(?:nu|nv)\s?ren|女人" gives "nn女". A
 * lookaround matches no text, so it adds nothing and the part after it is read; an optional part adds its
 * characters and the part after it too. The answer is a superset (what a lookaround forbids is not taken
 * away), never missing a character a match begins with. A part that can never match ("(?!)", which the
 * grammars write for a word with no spelling in a reading) begins with no character and is never empty, so an
 * alternation holding one is read by its other branches. Undefined where any character may begin one (".", a
 * negated class, anywhere in the source), where a match may be empty, or for syntax this reader does not know
 * (a named group too): no answer rather than a guess.
 */
export function firstCharacters(source: string): string | undefined {
  try {
    const first = firstOf(parseRegex(source));
    return !first.empty && first.chars.length > 0 ? [...new Set(first.chars)].join('') : undefined;
  } catch (e) {
    if (e instanceof Unreadable || e instanceof RegexSyntaxError) return undefined;
    throw e;
  }
}

/** What a part can begin with (class-body pieces) and whether it can match the empty string. */
interface First {
  chars: string[];
  empty: boolean;
}

class Unreadable extends Error {}

const NOTHING: First = { chars: [], empty: true };
/** What a part that never matches begins with: no character, and it is not empty either. */
const NEVER: First = { chars: [], empty: false };
/** Characters that stand for themselves in a source but need an escape in a class body. */
const CLASS_SYNTAX = /[\\\]\[^-]/;

/** What a node of the tree can begin with; every node is read, so that what this reading refuses is refused wherever it stands. */
function firstOf(node: RegexNode): First {
  switch (node.type) {
    case 'alternation': {
      const branches = node.branches.map(firstOf);
      return { chars: branches.flatMap((b) => b.chars), empty: branches.some((b) => b.empty) };
    }
    case 'sequence': {
      // A sequence begins with its first part's characters, and the next part's while the parts before may be empty.
      const chars: string[] = [];
      let empty = true;
      for (const item of node.items) {
        const part = firstOf(item);
        if (empty) chars.push(...part.chars);
        empty &&= part.empty;
      }
      return { chars, empty };
    }
    case 'text':
      return { chars: [firstWritten(node.written)], empty: false };
    case 'repeat': {
      const part = firstOf(node.item);
      return { chars: part.chars, empty: part.empty || node.min === 0 };
    }
    case 'named':
      throw new Unreadable();
    case 'lookaround':
      firstOf(node.item);
      return node.negative && alwaysEmpty(node.item) ? NEVER : NOTHING;
    case 'assertion':
      return NOTHING;
    case 'set':
      return { chars: [node.written], empty: false };
    case 'class':
      // A class's body as written; a negated class may begin with almost anything.
      if (node.negated) throw new Unreadable();
      return { chars: [node.body], empty: false };
    case 'escape':
      return { chars: [`\\${node.letter}`], empty: false };
    case 'any':
      throw new Unreadable();
  }
}

/** Whether a part matches the empty string wherever it is tried, as "" does: a negative lookaround of it never matches. */
function alwaysEmpty(node: RegexNode): boolean {
  return node.type === 'sequence' && node.items.length === 0;
}

/** The first character of a run as a class body reads it: an escape as written, syntax of a class body escaped. */
function firstWritten(written: string): string {
  const c = String.fromCodePoint(written.codePointAt(written[0] === '\\' ? 1 : 0)!);
  return written[0] === '\\' ? `\\${c}` : CLASS_SYNTAX.test(c) ? `\\${c}` : c;
}
