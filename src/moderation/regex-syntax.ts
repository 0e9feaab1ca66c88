/**
 * A regular expression's source read once into a small syntax tree, for the readings of what its matches
 * hold: the literals every match requires (regex-literals.ts) and the characters a match can begin with
 * (first-characters.ts). Syntax is read as with the u flag (\p{…} is a property). What this reader does not
 * know is refused with a RegexSyntaxError rather than guessed at: back-references, \u, \x and \c escapes,
 * group kinds other than (?:…), named groups and lookarounds. An escape of any other character (\0) is kept
 * as written, for each reading to read or refuse.
 */
export type RegexNode =
  /** Two or more branches. */
  | { readonly type: 'alternation'; readonly branches: readonly RegexNode[] }
  /** None (the empty string), or two or more parts in order. */
  | { readonly type: 'sequence'; readonly items: readonly RegexNode[] }
  /**
   * Characters matched as they are, as many as stand in a row: a run of them is one node, not one a
   * character (the readings' work grows with the nodes). A character a quantifier follows is one alone.
   * `written` is the run as the source writes it ("a\.b" for the text "a.b").
   */
  | { readonly type: 'text'; readonly text: string; readonly written: string }
  | { readonly type: 'repeat'; readonly item: RegexNode; readonly min: number; readonly max: number }
  /** A named group ((?<name>…)); any other group is its content. */
  | { readonly type: 'named'; readonly item: RegexNode; readonly name: string }
  /** (?=…), (?!…), (?<=…), (?<!…): it matches no text of its own; `negative` for (?!…) and (?<!…). */
  | { readonly type: 'lookaround'; readonly item: RegexNode; readonly negative: boolean }
  /** ^, $, \b, \B. */
  | { readonly type: 'assertion' }
  /** ".". */
  | { readonly type: 'any' }
  /** \s, \d, \w, their negations, or a property \p{…} / \P{…}, as written. */
  | { readonly type: 'set'; readonly written: string }
  /**
   * [...]: `body` as written between the brackets (after "^"); the characters it lists, in order, in
   * `members` (a range's ends among them), and `open` when it holds a range, a class escape or a property;
   * `unread`, the letter of the first escape in it this reader does not decode (\b, \u, \0...).
   */
  | { readonly type: 'class'; readonly negated: boolean; readonly body: string; readonly members: string; readonly open: boolean; readonly unread?: string }
  /** An escape of a character this reader does not decode: its letter ("0" for \0). */
  | { readonly type: 'escape'; readonly letter: string };

/** Syntax the reader does not know or cannot place. */
export class RegexSyntaxError extends Error {}

export function parseRegex(source: string): RegexNode {
  const parser = new Parser(source);
  const tree = parser.disjunction();
  if (!parser.done()) throw parser.error('an unbalanced ")"');
  return tree;
}

const ASSERTION: RegexNode = { type: 'assertion' };
const ANY: RegexNode = { type: 'any' };
/** Characters an escape writes as themselves. */
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/-']);
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
const CLASS_ESCAPES = new Set([...'sSdDwW']);
/** Escapes refused: a back-reference, or a character by its code. */
const REFUSED_ESCAPES = /[1-9kuxc]/;
const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
const QUANTIFIERS = new Set<string | undefined>([...'*+?{']);
/** A run of characters matched as they are: none that begins another atom ("]" and "}" are themselves). */
const PLAIN_RUN = /[^\\[(){|)*+?.^$]+/y;
/** The same in a class: what is not an escape, its end or a range's "-". */
const CLASS_RUN = /[^\\\]-]+/y;

/** A recursive descent over the source (an index in UTF-16 units; a pair of surrogates is one character). */
class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  disjunction(): RegexNode {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alternation', branches };
  }

  private alternative(): RegexNode {
    const items: RegexNode[] = [];
    let text = '';
    let start = this.at;
    while (!this.done() && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const from = this.at;
      if (this.plainRun() > from) {
        if (text === '') start = from;
        text += this.source.slice(from, this.at);
        continue;
      }
      const atom = this.atom();
      const quantified = this.quantifierFollows();
      if (typeof atom === 'string' && !quantified) {
        if (text === '') start = from;
        text += atom;
        continue;
      }
      if (text !== '') items.push(this.text(text, start, from));
      text = '';
      const item = typeof atom === 'string' ? this.text(atom, from, this.at) : atom;
      items.push(quantified ? this.quantified(item) : item);
    }
    if (text !== '') items.push(this.text(text, start, this.at));
    return items.length === 1 ? items[0]! : { type: 'sequence', items };
  }

  /** The text written from start to end: as written, it is the text itself unless it holds an escape. */
  private text(text: string, start: number, end: number): RegexNode {
    return { type: 'text', text, written: end - start === text.length ? text : this.source.slice(start, end) };
  }

  /**
   * Passes characters matched as they are, all but one a quantifier follows, and gives where it stopped:
   * most of a source is such runs, passed by one search rather than a character at a time.
   */
  private plainRun(): number {
    const { source } = this;
    PLAIN_RUN.lastIndex = this.at;
    let end = PLAIN_RUN.test(source) ? PLAIN_RUN.lastIndex : this.at;
    if (end > this.at && QUANTIFIERS.has(source[end])) {
      // A pair of surrogates is one character.
      end -= end - 2 >= this.at && (source.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (source.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    }
    return (this.at = end);
  }

  private quantifierFollows(): boolean {
    return QUANTIFIERS.has(this.source[this.at]);
  }

  private quantified(item: RegexNode): RegexNode {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else {
      QUANTIFIER.lastIndex = this.at;
      const m = QUANTIFIER.exec(this.source);
      if (!m) throw this.error('a "{" that is no quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.at += m[0].length - 1;
    }
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: the same strings
    return min === 1 && max === 1 ? item : { type: 'repeat', item, min, max };
  }

  /** A character matched as it is, or another part. */
  private atom(): RegexNode | string {
    const c = this.codePoint();
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return ASSERTION;
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw this.error(`"${c}" where a character was expected`);
      default:
        return c;
    }
  }

  private group(): RegexNode {
    let lookaround = false;
    let negative = false;
    let name: string | undefined;
    if (this.source[this.at] === '?') {
      const kind = this.source[this.at + 1];
      const behind = kind === '<' && (this.source[this.at + 2] === '=' || this.source[this.at + 2] === '!');
      if (kind === ':') this.at += 2;
      else if (kind === '=' || kind === '!' || behind) {
        negative = (behind ? this.source[this.at + 2] : kind) === '!';
        [lookaround, this.at] = [true, this.at + (behind ? 3 : 2)];
      }
      else if (kind === '<') {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw this.error('an unnamed group name');
        name = this.source.slice(this.at + 2, close);
        this.at = close + 1;
      } else throw this.error('an unknown group');
    }
    const item = this.disjunction();
    if (this.source[this.at] !== ')') throw this.error('an unclosed group');
    this.at++;
    if (lookaround) return { type: 'lookaround', item, negative };
    // A group matches what it holds: only a name is kept, for a reading that refuses one.
    return name === undefined ? item : { type: 'named', item, name };
  }

  private characterClass(): RegexNode {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const start = this.at;
    let members = '';
    let open = false;
    let unread: string | undefined;
    for (;;) {
      CLASS_RUN.lastIndex = this.at;
      if (CLASS_RUN.test(this.source)) [members, this.at] = [members + this.source.slice(this.at, CLASS_RUN.lastIndex), CLASS_RUN.lastIndex];
      const c = this.codePoint();
      if (c === ']') break;
      if (c === '\\') {
        const e = this.codePoint();
        if (SYNTAX.has(e) || e === ']') members += e;
        else if (CONTROL[e]) members += CONTROL[e];
        else if (e === 'p' || e === 'P') [open, this.at] = [true, this.propertyEnd()];
        else if (CLASS_ESCAPES.has(e)) open = true;
        else unread ??= e;
      } else if (members !== '' && this.source[this.at] !== ']') open = true; // a "-" between members
      else members += c;
    }
    const body = this.source.slice(start, this.at - 1);
    return unread === undefined ? { type: 'class', negated, body, members, open } : { type: 'class', negated, body, members, open, unread };
  }

  private escape(): RegexNode | string {
    const start = this.at - 1;
    const e = this.codePoint();
    if (SYNTAX.has(e)) return e;
    if (CONTROL[e]) return CONTROL[e];
    if (e === 'b' || e === 'B') return ASSERTION;
    if (CLASS_ESCAPES.has(e)) return { type: 'set', written: `\\${e}` };
    if (e === 'p' || e === 'P') {
      this.at = this.propertyEnd();
      return { type: 'set', written: this.source.slice(start, this.at) };
    }
    if (REFUSED_ESCAPES.test(e)) throw this.error(`the escape \\${e}`);
    return { type: 'escape', letter: e };
  }

  /** Just past the "}" of a \p{...} property. */
  private propertyEnd(): number {
    const close = this.source.indexOf('}', this.at);
    if (this.source[this.at] !== '{' || close < 0) throw this.error('a \\p without {…}');
    return close + 1;
  }

  /** The code point at the reader, which it passes; the end of the source is refused where a character is due. */
  private codePoint(): string {
    const code = this.source.charCodeAt(this.at);
    if (Number.isNaN(code)) throw this.error('the end where a character was expected');
    const pair = code >= 0xd800 && code < 0xdc00 && (this.source.charCodeAt(this.at + 1) & 0xfc00) === 0xdc00;
    const c = this.source.slice(this.at, this.at + (pair ? 2 : 1));
    this.at += c.length;
    return c;
  }

  error(what: string): RegexSyntaxError {
    return new RegexSyntaxError(`${what} at ${[...this.source.slice(0, this.at)].length} in ${this.source}`);
  }
}
