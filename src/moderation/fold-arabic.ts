/**
 * Arabic letters written several ways, folded one for one (offsets kept), as the Arabic grammar, the
 * lexicons and the spelling reader read a text; read by character code, the text itself returned when it
 * has none of them (most words).
 */
export function foldArabic(text: string): string {
  let i = 0;
  while (i < text.length && foldOf(text.charCodeAt(i)) === undefined) i++;
  if (i === text.length) return text;
  let folded = text.slice(0, i);
  for (; i < text.length; i++) folded += foldOf(text.charCodeAt(i)) ?? text[i];
  return folded;
}

/**
 * ARABIC_FOLD's letter for a code unit. The range is tested first: a code below 0x620 (every ASCII one) would
 * index the array at a negative number, which V8 looks up as a named property, a slow look-up per character.
 */
const foldOf = (code: number): string | undefined => (code >= 0x0620 && code < 0x0620 + ARABIC_FOLD.length ? ARABIC_FOLD[code - 0x0620] : undefined);
/** By code point less 0x620: أ إ آ as ا, ة as ه, ى as ي. */
export const ARABIC_FOLD: readonly (string | undefined)[] = (() => {
  const fold: (string | undefined)[] = [];
  for (const [from, to] of [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ة', 'ه'], ['ى', 'ي']] as const) fold[from.charCodeAt(0) - 0x0620] = to;
  return fold;
})();
