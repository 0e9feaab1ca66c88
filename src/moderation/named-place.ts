/**
 * A place named as one: a village or town whose name spells a swear word is real ("sono nato a Troia", "geboren in
 * Hoerenbos", "mieszkam w Kurwiu", "родился в Хуйково", "Chutia gaon se hoon"). The word is capitalised as a name is
 * (not "sei una troia", nor an all-capitals shout) and stands right after a verb of living, birth or coming from and
 * its preposition of place, or right before a word for a village or quarter. Read on the member's own text, which
 * keeps capitals, for swear words only (the lexicons' and English's: "geboren in Fucking"): a slur is not excused by a place.
 */
const PLACE_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:born|live|living|raised|nac[ií]|nacid[oa]|vivo|soy|moro|nasci|nascid[oa]|n[ée]e?|habite|nat[oa]|abito|vengo|sono|cresciut[oa]|' +
    'geboren|wohne|wohnhaft|lebe|komme|aufgewachsen|woon|kom|opgegroeid|mieszkam|urodzi\\p{L}*\\s+si[ęe]|urodzon[aey]|pochodz[ęe]|jestem|живу|жил[аи]?|родил\\p{L}*|вырос\\p{L}*|я)' +
    '\\s+(?:in|at|from|en|de|em|no|na|do|à|a|au|di|da|aus|uit|w|we|z|ze|в|во|из)\\s+$',
  'iu',
);
/** How far before the word its verb and preposition are looked for, in characters. */
const PLACE_REACH = 32;
const PLACE_KIND_AFTER = /^\s+(?:gaon|gao|village|mahallesi|köyü|dorf|wieś|деревня|село)(?![\p{L}])/iu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

export function namedPlace(text: string, from: number, to: number): boolean {
  if (!CAPITALISED.test(text.slice(from, from + 2))) return false;
  return PLACE_BEFORE.test(text.slice(Math.max(0, from - PLACE_REACH), from)) || PLACE_KIND_AFTER.test(text.slice(to, to + 16));
}
