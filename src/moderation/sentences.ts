const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Intl.Segmenter's sentence iteration takes quadratic time in V8 (80 KB of short sentences: 0.6 s;
 * 1 MB: minutes), so text is handed to it in blocks of at most BLOCK characters, cut after a sentence
 * end and a space where there is one (where it breaks anyway), else at a space, else anywhere. Texts
 * up to BLOCK characters, every About and every eval row, are segmented exactly as before.
 */
const BLOCK = 4096;

/** A sentence of a text and its offset in the text. */
export interface Sentence {
  segment: string;
  index: number;
}

/** At most the `reach` characters before `from`, from the last sentence end (. ! ? or a line break) among them. */
export function sentenceBefore(text: string, from: number, reach: number): string {
  const window = text.slice(Math.max(0, from - reach), from);
  return window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n')) + 1);
}

/**
 * Where `trimmed`, which is `piece.trim()`, starts in `piece`: what trim() takes from the start is spaces
 * alone and `trimmed` starts with no space, so it is where `trimmed` is first found (no trimStart() string).
 */
export function trimmedOffset(piece: string, trimmed: string): number {
  return trimmed.length === piece.length ? 0 : piece.indexOf(trimmed);
}

/**
 * The last text split and its sentences: detectLexicon's chunks of a long segment (chunkText) and the text
 * model split the same segment's text, one detector after the other.
 */
let last: { text: string; sentences: readonly Sentence[] } = { text: '', sentences: [] };

/** The sentences of a text, each with its offset, as Intl.Segmenter finds them. */
export function sentences(text: string): readonly Sentence[] {
  if (text === last.text) return last.sentences;
  const out: Sentence[] = [];
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= BLOCK ? text.length : cutBefore(text, start + BLOCK, start + BLOCK / 2);
    if (!splitByTable(text, start, end, out)) for (const { segment, index } of segmenter.segment(text.slice(start, end))) out.push({ segment, index: start + index });
    start = end;
  }
  last = { text, sentences: out };
  return out;
}

/** Where to end a block: the last sentence end (then a space) in [min, max), else the last space, else max. */
function cutBefore(text: string, max: number, min: number): number {
  let space = -1;
  for (let i = max - 1; i > min; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (/[.!?\n]/.test(text[i - 1]!)) return i + 1;
    if (space < 0) space = i + 1;
  }
  return space > 0 ? space : max;
}

/*
 * Most text is ASCII, with curly quotes, dashes and ellipses, Latin-1 letters (é, ß) and Cyrillic: for
 * it, the sentence breaks of Unicode's UAX #29, which Intl.Segmenter implements, are found here from
 * each character's Sentence_Break class, without ICU's per-call set-up (most of its cost on a short
 * text). Any other character hands the block to Intl.Segmenter; so do combining marks and other
 * Extend or Format characters (SB5 reads them as part of the character before), which the table
 * leaves out. test/moderation/sentences.test.ts checks the two agree.
 */
const OTHER = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
/** A character the table does not know. */
const UNKNOWN = 255;

/** Classes by code unit below U+0460 (ASCII, Latin-1, basic Cyrillic). */
const CLASS = (() => {
  const table = new Uint8Array(0x460).fill(UNKNOWN);
  table.fill(OTHER, 0, 0x80);
  const set = (chars: string, cls: number) => {
    for (const c of chars) table[c.charCodeAt(0)] = cls;
  };
  const range = (first: number, last: number, cls: number) => table.fill(cls, first, last + 1);
  range(0x61, 0x7a, LOWER);
  range(0x41, 0x5a, UPPER);
  range(0x30, 0x39, NUMERIC);
  set('\r', CR);
  set('\n', LF);
  set('\t\v\f \xa0', SP);
  set('.', ATERM);
  set('!?', STERM);
  set('"\'()[]{}\xab\xbb', CLOSE);
  set(',-:;', SCONTINUE);
  // Latin-1 letters (ª, º and µ are lower case to UAX #29); × and ÷ are symbols.
  range(0xc0, 0xde, UPPER);
  range(0xdf, 0xff, LOWER);
  set('\xaa\xb5\xba', LOWER);
  set('\xd7\xf7', OTHER);
  range(0x400, 0x42f, UPPER);
  range(0x430, 0x45f, LOWER);
  return table;
})();

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < CLASS.length) return CLASS[code]!;
  // Curly quotes close, en and em dashes continue, the ellipsis is no terminator.
  if (code === 0x2013 || code === 0x2014) return SCONTINUE;
  if (code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d) return CLOSE;
  return code === 0x2026 ? OTHER : UNKNOWN;
}

/**
 * The sentences of text[from, to) by UAX #29's rules, pushed to `out` as Intl.Segmenter would give them
 * for text.slice(from, to); false, with nothing pushed, when a character is not in the table. A break
 * falls only after a paragraph separator (SB4) or after a terminator with its closing punctuation and
 * spaces (SB9-11), unless SB6-8a keep the text together. Every character is classed by the main loop
 * or by the runs of closing punctuation and spaces it skips, so an unknown one is always met.
 */
function splitByTable(text: string, from: number, to: number, out: Sentence[]): boolean {
  const pushed = out.length;
  let begin = from;
  const push = (end: number) => {
    out.push({ segment: text.slice(begin, end), index: begin });
    begin = end;
  };
  for (let i = from; i < to;) {
    const cls = classAt(text, i);
    if (cls === UNKNOWN) {
      out.length = pushed;
      return false;
    }
    if (cls === CR || cls === LF) {
      i += cls === CR && i + 1 < to && classAt(text, i + 1) === LF ? 2 : 1;
      push(i);
      continue;
    }
    if (cls !== ATERM && cls !== STERM) {
      i++;
      continue;
    }
    const next = i + 1 < to ? classAt(text, i + 1) : OTHER;
    const before = i > from ? classAt(text, i - 1) : OTHER;
    // SB6 "3.5", SB7 "U.S".
    if (cls === ATERM && (next === NUMERIC || (next === UPPER && (before === UPPER || before === LOWER)))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && classAt(text, end) === CLOSE) end++;
    while (end < to && classAt(text, end) === SP) end++;
    if (end === to) break;
    const after = classAt(text, end);
    // SB8a: a comma, dash or another terminator goes on with the sentence.
    if (after === SCONTINUE || after === ATERM || after === STERM) {
      i = end;
      continue;
    }
    // SB8: after a full stop, a lower-case letter before any other letter or terminator goes on too.
    if (cls === ATERM) {
      let k = end;
      while (k < to && !STOPS_LOWER_LOOKAHEAD[classAt(text, k)]) k++;
      if (k < to && classAt(text, k) === LOWER) {
        i = end;
        continue;
      }
    }
    if (after === CR || after === LF) end += after === CR && end + 1 < to && classAt(text, end + 1) === LF ? 2 : 1;
    push(end);
    i = end;
  }
  if (begin < to) push(to);
  return true;
}

/** Where SB8's look for a lower-case letter stops: letters, paragraph separators and terminators. */
const STOPS_LOWER_LOOKAHEAD = [LOWER, UPPER, CR, LF, ATERM, STERM].reduce((stops, cls) => {
  stops[cls] = 1;
  return stops;
}, new Uint8Array(SCONTINUE + 1));
