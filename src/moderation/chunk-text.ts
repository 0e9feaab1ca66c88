import { sentences, trimmedOffset } from './sentences.js';

/** A piece of a longer text, with its offset, so results on the piece map back to the text. */
export interface Chunk {
  text: string;
  start: number;
}

/**
 * Splits text into pieces of at most `max` characters, at sentence ends where it can, else at a space,
 * else anywhere. Pieces are exact substrings (whitespace between them dropped), in order.
 */
export function chunkText(text: string, max: number): Chunk[] {
  // A text that fits is one piece: its sentences, joined again, are the text (skips the segmenter).
  if (text.length <= max) return trimmed(text, 0, text.length, []);
  // Sentences and the pieces cut from them follow one another in the text, so a chunk is the text from
  // its first piece's start to its last one's end: one slice, where joining the pieces made a string a piece.
  const chunks: Chunk[] = [];
  let from = -1;
  let to = -1;
  for (const { segment, index } of sentences(text)) {
    for (let at = 0; at < segment.length;) {
      const cut = at + pieceLength(segment, at, max);
      if (from >= 0 && to - from + (cut - at) > max) {
        trimmed(text, from, to, chunks);
        from = -1;
      }
      if (from < 0) from = index + at;
      to = index + cut;
      at = cut;
    }
  }
  return from < 0 ? chunks : trimmed(text, from, to, chunks);
}

/** Pushes text[from, to) without the spaces around it, unless nothing is left; returns `chunks`. */
function trimmed(text: string, from: number, to: number, chunks: Chunk[]): Chunk[] {
  const piece = from === 0 && to === text.length ? text : text.slice(from, to);
  const value = piece.trim();
  if (value) chunks.push({ text: value, start: from + trimmedOffset(piece, value) });
  return chunks;
}

/**
 * The length of the next piece of a sentence from `at`: all of the rest when it fits in `max`, else up to
 * the last space of the next `max` characters when it is past their middle, else `max`.
 */
function pieceLength(sentence: string, at: number, max: number): number {
  if (sentence.length - at <= max) return sentence.length - at;
  const space = sentence.lastIndexOf(' ', at + max - 1) - at;
  return space > max / 2 ? space + 1 : max;
}
