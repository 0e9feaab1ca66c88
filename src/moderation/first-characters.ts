/**
 * The characters a regular expression's match can begin with, read from its source, as the body of a
 * character class: "(?<![a-z])(?:nu|nv)\s?ren|女人" gives "nn女". A lookaround matches no text, so it adds
 * nothing and the part after it is read; an optional part adds its characters and the part after it too.
 * The answer is a superset (what a lookaround forbids is not taken away), never missing a character a match
 * begins with. Undefined where any character may begin one (".", a negated class), where a match may be
 * empty, or for syntax this reader does not know: no answer rather than a guess.
 */
export function firstCharacters(source: string): string | undefined {
  try {
    const reader = new Reader(source);
    const first = reader.disjunction();
    return reader.done() && !first.empty && first.chars.length > 0 ? [...new Set(first.chars)].join('') : undefined;
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
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
/** Characters that stand for themselves in a source but need an escape in a class body. */
const CLASS_SYNTAX = /[\\\]\[^-]/;

/** A recursive descent over the source, one code point at a time. */
class Reader {
  private readonly chars: string[];
  private at = 0;

  constructor(source: string) {
    this.chars = [...source];
  }

  done(): boolean {
    return this.at === this.chars.length;
  }

  disjunction(): First {
    const branches = [this.alternative()];
    while (this.chars[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return { chars: branches.flatMap((b) => b.chars), empty: branches.some((b) => b.empty) };
  }

  /** A sequence begins with its first part's characters, and the next part's while the parts before may be empty. */
  private alternative(): First {
    const chars: string[] = [];
    let empty = true;
    while (!this.done() && this.chars[this.at] !== '|' && this.chars[this.at] !== ')') {
      const part = this.quantified(this.atom());
      if (empty) chars.push(...part.chars);
      empty &&= part.empty;
    }
    return { chars, empty };
  }

  private quantified(atom: First): First {
    const c = this.chars[this.at];
    let optional: boolean;
    if (c === '*' || c === '?') optional = true;
    else if (c === '+') optional = false;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.chars.slice(this.at, this.at + 24).join(''));
      if (!m) throw new Unreadable();
      optional = Number(m[1]) === 0;
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    if (this.chars[this.at] === '?') this.at++; // lazy: the same characters
    return { chars: atom.chars, empty: atom.empty || optional };
  }

  private atom(): First {
    const c = this.chars[this.at++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return NOTHING;
      case undefined:
      case '.':
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw new Unreadable();
      default:
        return { chars: [CLASS_SYNTAX.test(c) ? `\\${c}` : c], empty: false };
    }
  }

  private group(): First {
    let lookaround = false;
    if (this.chars[this.at] === '?') {
      const rest = this.chars.slice(this.at, this.at + 3).join('');
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) [lookaround, this.at] = [true, this.at + 2];
      else if (rest === '?<=' || rest === '?<!') [lookaround, this.at] = [true, this.at + 3];
      else throw new Unreadable();
    }
    const inner = this.disjunction();
    if (this.chars[this.at++] !== ')') throw new Unreadable();
    return lookaround ? NOTHING : inner;
  }

  /** A class's body as written; a negated class may begin with almost anything. */
  private characterClass(): First {
    if (this.chars[this.at] === '^') throw new Unreadable();
    const start = this.at;
    for (let c = this.chars[this.at++]; c !== ']'; c = this.chars[this.at++]) {
      if (c === undefined) throw new Unreadable();
      if (c === '\\') this.at++;
    }
    const body = this.chars.slice(start, this.at - 1).join('');
    // An escape in the body may be a \p{...}, whose braces hold no "]": the body is kept whole.
    return { chars: [body], empty: false };
  }

  private escape(): First {
    const e = this.chars[this.at++];
    if (e === undefined || /[1-9k]/.test(e)) throw new Unreadable(); // a back-reference
    if (e === 'b' || e === 'B') return NOTHING;
    if (e === 'p' || e === 'P') {
      const close = this.chars.indexOf('}', this.at);
      if (this.chars[this.at] !== '{' || close < 0) throw new Unreadable();
      const property = this.chars.slice(this.at - 2, close + 1).join('');
      this.at = close + 1;
      return { chars: [property], empty: false };
    }
    if (e === 'u' || e === 'x' || e === 'c') throw new Unreadable();
    return { chars: [`\\${e}`], empty: false };
  }
}
