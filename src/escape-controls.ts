/**
 * Member text made safe to show a person, in a terminal or on the review page: everything that could
 * move the cursor, recolour or clear the screen, plant a hyperlink (OSC 8), reorder what is shown (bidi
 * embeddings, overrides, isolates and marks) or hide letters (zero-width characters, Hangul fillers) is
 * written out as a visible escape instead, so a reviewer reads exactly what was stored. Printable text
 * is unchanged, emoji included (a zero-width joiner between two pictographs is part of the emoji).
 */
export interface EscapeOptions {
  /** Keep line feeds as line breaks (default); false writes them as `\n`. */
  newlines?: boolean;
}

// C0 and C1 controls (ESC, BEL, CSI, OSC...), DEL, format characters (bidi controls U+202A-202E and
// U+2066-2069, LRM/RLM, zero-width, soft hyphen, tag characters), line/paragraph separators, lone
// surrogates, the blank Hangul fillers (letters that draw nothing), and the backslash (so an escape
// written by the member cannot pass for one of ours).
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0\\]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

export function escapeControls(s: string, options: EscapeOptions = {}): string {
  const keepNewlines = options.newlines ?? true;
  return s.replace(UNSAFE, (ch, offset: number) => {
    if (ch === '\n' && keepNewlines) return ch;
    if (ch === '\u200d' && joinsEmoji(s, offset)) return ch;
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** A zero-width joiner inside an emoji sequence (👨‍👩‍👦), after an optional variation selector or skin tone. */
function joinsEmoji(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 4), at).replace(/[\ufe0f\u{1f3fb}-\u{1f3ff}]+$/u, '');
  const prev = [...before].at(-1);
  const next = String.fromCodePoint(s.codePointAt(at + 1) ?? 0);
  return prev !== undefined && PICTOGRAPH.test(prev) && PICTOGRAPH.test(next);
}
