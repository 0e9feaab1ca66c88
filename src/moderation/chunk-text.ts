import { sentences } from './sentences.js';

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
  if (text.length <= max) return text.trim() ? [{ text: text.trim(), start: text.length - text.trimStart().length }] : [];
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  const flush = () => {
    if (current && current.text.trim()) {
      const lead = current.text.length - current.text.trimStart().length;
      chunks.push({ text: current.text.trim(), start: current.start + lead });
    }
    current = undefined;
  };
  for (const { segment, index } of sentences(text)) {
    for (const piece of splitLong(segment, index, max)) {
      if (current && current.text.length + piece.text.length > max) flush();
      current = current ? { text: current.text + piece.text, start: current.start } : { ...piece };
    }
  }
  flush();
  return chunks;
}

function splitLong(text: string, start: number, max: number): Chunk[] {
  const pieces: Chunk[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    const space = window.lastIndexOf(' ');
    const cut = space > max / 2 ? space + 1 : max;
    pieces.push({ text: text.slice(at, at + cut), start: start + at });
    at += cut;
  }
  pieces.push({ text: text.slice(at), start: start + at });
  return pieces;
}
