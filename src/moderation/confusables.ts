/**
 * Look-alike letters folded to the Latin letter a reader sees. Only characters that pass for a Latin
 * letter in ordinary fonts are listed: Cyrillic and Greek homoglyphs, small capitals, and a few Latin
 * letters with strokes that NFKC does not decompose. Upper case is listed apart where the capital looks
 * like a different Latin letter than the small one (Greek Η is "H", η is "n"; Cyrillic Н is "H").
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic capitals (checked before lower-casing).
  ['А', 'a'], ['В', 'b'], ['Е', 'e'], ['Ё', 'e'], ['К', 'k'], ['М', 'm'], ['Н', 'h'], ['О', 'o'], ['Р', 'p'],
  ['С', 'c'], ['Т', 't'], ['У', 'y'], ['Х', 'x'], ['Ѕ', 's'], ['І', 'i'], ['Ї', 'i'], ['Ј', 'j'], ['Ԁ', 'd'],
  ['Ԛ', 'q'], ['Ԝ', 'w'], ['Ү', 'y'], ['Һ', 'h'], ['Ӏ', 'l'],
  // Cyrillic small letters.
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'], ['р', 'p'],
  ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['ԁ', 'd'],
  ['ԛ', 'q'], ['ԝ', 'w'], ['ү', 'y'], ['һ', 'h'], ['ӏ', 'l'], ['ь', 'b'], ['п', 'n'], ['г', 'r'], ['ɡ', 'g'],
  // Greek capitals.
  ['Α', 'a'], ['Β', 'b'], ['Ε', 'e'], ['Ζ', 'z'], ['Η', 'h'], ['Ι', 'i'], ['Κ', 'k'], ['Μ', 'm'], ['Ν', 'n'],
  ['Ο', 'o'], ['Ρ', 'p'], ['Τ', 't'], ['Υ', 'y'], ['Χ', 'x'],
  // Greek small letters.
  ['α', 'a'], ['β', 'b'], ['γ', 'y'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'],
  ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['ω', 'w'], ['ϲ', 'c'], ['ϳ', 'j'], ['ς', 's'],
  // Latin letters with strokes or small capitals (NFKC keeps them).
  ['ı', 'i'], ['ł', 'l'], ['ø', 'o'], ['đ', 'd'], ['ħ', 'h'], ['ŧ', 't'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'],
  ['ɑ', 'a'], ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ғ', 'f'], ['ɢ', 'g'], ['ʜ', 'h'],
  ['ɪ', 'i'], ['ᴊ', 'j'], ['ᴋ', 'k'], ['ʟ', 'l'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ǫ', 'q'],
  ['ʀ', 'r'], ['ꜱ', 's'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
  // Typographic quotes and dashes, so patterns need only the ASCII forms.
  ['\u2018', "'"], ['\u2019', "'"], ['\u02bc', "'"], ['\u201c', '"'], ['\u201d', '"'], ['\u2013', '-'],
  ['\u2014', '-'],
];

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(PAIRS);
