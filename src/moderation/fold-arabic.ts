/**
 * Arabic letters written several ways, folded one for one (offsets kept), as the Arabic grammar, the
 * lexicons and the spelling reader read a text; read by character code, the text itself returned when it
 * has none of them (most words).
 */
export function foldArabic(text: string): string {
  let i = 0;
  while (i < text.length && ARABIC_FOLD[text.charCodeAt(i) - 0x0620] === undefined) i++;
  if (i === text.length) return text;
  let folded = text.slice(0, i);
  for (; i < text.length; i++) folded += ARABIC_FOLD[text.charCodeAt(i) - 0x0620] ?? text[i];
  return folded;
}
/** By code point less 0x620: أ إ آ as ا, ة as ه, ى as ي. */
export const ARABIC_FOLD: readonly (string | undefined)[] = (() => {
  const fold: (string | undefined)[] = [];
  for (const [from, to] of [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ة', 'ه'], ['ى', 'ي']] as const) fold[from.charCodeAt(0) - 0x0620] = to;
  return fold;
})();
