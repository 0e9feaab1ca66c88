const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Intl.Segmenter's sentence iteration takes quadratic time in V8 (80 KB of short sentences: 0.6 s;
 * 1 MB: minutes), so text is handed to it in blocks of at most BLOCK characters, cut after a sentence
 * end and a space where there is one (where it breaks anyway), else at a space, else anywhere. Texts
 * up to BLOCK characters, every About and every eval row, are segmented exactly as before.
 */
const BLOCK = 4096;

/** The sentences of a text, each with its offset, as Intl.Segmenter finds them. */
export function* sentences(text: string): Generator<{ segment: string; index: number }> {
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= BLOCK ? text.length : cutBefore(text, start + BLOCK, start + BLOCK / 2);
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) yield { segment, index: start + index };
    start = end;
  }
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
