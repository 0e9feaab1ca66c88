import { ALLOWED_WORDS } from './lexicons/index.js';
import { HI_CRICKET } from './lexicons/curation.js';
import { compiledNow } from './lazy-regexp.js';
import type { Normalised } from './normalise.js';
import { escapeRegExp, LiteralIndex, requiredLiterals } from './regex-literals.js';
import { mayListTitles, maskListedTitles } from './named-work.js';
import { END, ID, MemoByWordId, START, STRIDE, wordUnitAt, type WordReading } from './segment-words.js';

/**
 * Innocent look-alikes: place names, dishes, plants, birds and titles that hold a swear word or a slur
 * ("Shitterton", "spotted dick", "pussy willow", "great tits"). They are found once per segment and
 * blanked (each character a space, so every offset stays where it was) before any detector or the
 * text model reads the text: a rule cannot fire on them, and a real insult beside them is still read
 * ("spotted dick is great, unlike you, you dick"). Multi-word entries are whole phrases, with the
 * context that makes them innocent ("faggots with mushy peas", not "faggots with").
 */
const PHRASES: readonly string[] = [
  // Places: Dorset, Orkney, Shetland, Lincolnshire, Austria, Sweden, Canada.
  'twatt', 'scunthorpe', 'penistone', 'cockermouth', 'cockburnspath', 'fjuckby', 'lickey end', 'wetwang', 'shitlington', 'crapstone',
  // Dishes.
  'spotted dick', 'spotted dicks', 'faggots (with|and|in) (mushy peas|peas|gravy|onion gravy|mash)', 'faggots and peas', 'pasta alla puttanesca',
  'cock a leekie', 'cockaleekie', 'cockles',
  // Faggots and fagots of wood, as a thatcher, a hedger or a French stove burns them.
  'fagg?ots? of (wood|sticks|brushwood|hazel|kindling|twigs|firewood|birch|willow)', '(bundles?) of fagg?ots', 'fagots? de (bois|branches|brindilles|sarments|petit bois)',
  // Gospel's "negro spirituals", as French still names them.
  'n(é|e)gro spiritu(al|als|el|els)',
  // Plants and animals.
  'pussy willow', 'pussy willows', 'cocksfoot', 'cocksfoot grass', 'cockscomb', 'cocks comb', 'cockchafer', 'cockatoo', 'cockatoos', 'cockatiel', 'cockatiels',
  'cocker spaniel', 'cocker spaniels', 'woodcock', 'woodcocks', 'peacock', 'peacocks', 'shittah', 'titmouse', 'tits? and (robins|finches|sparrows|wrens)',
  '(great|blue|coal|marsh|willow|crested|long tailed|bearded|penduline) tits?', 'blue footed boob(y|ies)', 'dik dik', 'titlark',
  // The Maine Coon, a cat breed that breeders and owners name in every language ("Maine-Coon-Zucht", "gatti Maine Coon").
  'maine coons?',
  // Titles and names.
  'moby dick', 'dick van dyke', 'dick whittington', 'philip k dick', 'dick francis', 'cockney', 'cockneys',
  // Fucking, a village in Upper Austria, named as a place; a bicycle's pedals in Polish, which spell a slur.
  'aus fucking', 'fucking (in|bei) (ober)?(ö|o|oe)sterreich', 'peda(ł|l)y (w|do|od|na) (rowerze|roweru|rower)', '(rowerowe|zatrzaskowe|platformowe) peda(ł|l)y', 'peda(ł|l)y (rowerowe|zatrzaskowe|platformowe)',
  // Other languages: actors' "break a leg" in Spanish, Dutch cancer research, Fick's law in German.
  'mucha mierda', 'kanker onderzoek', 'kankeronderzoek', 'ficksches gesetz', 'fick\'sches gesetz',
  // Cricket's sixes in romanised Hindi, which the slur's word spells.
  ...HI_CRICKET.map(escapeRegExp),
];

/** Each look-alike as an expression source. */
const ALTERNATIVES: readonly string[] = [...PHRASES.map(spaced), ...[...ALLOWED_WORDS].map(escapeRegExp)];
/**
 * Whole phrases: no letter or digit touches either end ("great tits" is not inside "greatest"). Searched for in
 * every segment that may hold one, the text model's reading too: compiled now (lazy-regexp.ts).
 */
const LOOKALIKE = compiledNow(new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.join('|')})(?![\\p{L}\\p{N}])`, 'giu'));

/** A phrase's spaces match any run of blanks or hyphens ("cock-a-leekie", "pussy  willow"). */
function spaced(phrase: string): string {
  return phrase.replace(/ /g, '[\\s\\-]+');
}

/**
 * The text with every innocent look-alike blanked to spaces: same length, same offsets. So are the titles a member
 * lists under a heading of works or names as a band's, capitalised as written (named-work.ts): "Favourite films: Dumb
 * and Dumber, The Jerk". A normalised text has no capitals, so only the text model's reading of the member's own
 * text is spared them; the rules read them by namedWork.
 */
export function maskLookalikes(text: string): string {
  return maskListedTitles(mayHoldLookalikeIn(text) ? blankLookalikes(text) : text);
}
const blankLookalikes = (text: string) => text.replace(LOOKALIKE, (m) => ' '.repeat(m.length));

/**
 * Words every look-alike holds one of: what regex-literals.ts reads as required of each phrase, cut
 * where a character is no letter or digit (a look-alike starts and ends a word, so each such piece lies
 * inside a word of the text), matched with LOOKALIKE's flags, so with its reading of case. undefined
 * when some phrase requires no piece: then every text is searched.
 */
const PIECE_LIST: readonly string[] | undefined = (() => {
  const required = requiredLiterals(new RegExp(LOOKALIKE.source, 'u'))[0];
  const pieces = required?.map((literal) => literal.match(/[\p{L}\p{N}]+/gu) ?? []);
  return pieces === undefined || pieces.some((p) => p.length === 0) ? undefined : pieces.flat();
})();
const PIECES = PIECE_LIST && compiledNow(new RegExp(PIECE_LIST.map(escapeRegExp).join('|'), 'iu'));

/**
 * A tighter test for a text some word of which holds a piece: each look-alike needs every one of its
 * literal sets (regex-literals.ts), a set one of its literals, a literal every one of its pieces, each
 * inside some word. PIECES holds one set a look-alike: for "great tits" its adjectives ("great", "blue",
 * "coal"...), met in many texts that never name a bird; here "tit" must be there too.
 */
const PIECE_INDEX = new LiteralIndex();
const PIECE_TEXTS: string[] = [];
/** A reading's words are lower case (normalise()): a piece lower-cased is found in them as LOOKALIKE finds it. */
const pieceId = (piece: string) => {
  const id = PIECE_INDEX.add(piece.toLowerCase());
  PIECE_TEXTS[id] = piece.toLowerCase();
  return id;
};
/** Per look-alike, per set, per literal: its pieces' ids. */
const NEEDS: readonly (readonly (readonly number[])[])[][] = ALTERNATIVES.map((source) =>
  requiredLiterals(new RegExp(source, 'u')).map((set) => set.map((literal) => (literal.match(/[\p{L}\p{N}]+/gu) ?? []).map(pieceId))),
);
/** The distinct lists of pieces a word holds, by number; 0 is none. */
const pieceLists: (readonly number[])[] = [[]];
const pieceListIds = new Map<string, number>([['', 0]]);
const PIECES_HELD = new MemoByWordId((text, from, to) => {
  // One pass of the pieces' automaton over the word, not a test a piece: a word unseen costs its length.
  const held = PIECE_INDEX.found(text.slice(from, to)).sort((a, b) => a - b);
  const key = held.join();
  let list = pieceListIds.get(key);
  if (list === undefined) pieceListIds.set(key, (list = pieceLists.push(held) - 1));
  return list;
});
/**
 * Per piece, the look-alikes (NEEDS' indices) that one of the literals of their set of fewest literals starts with
 * it: a look-alike can be held only where such a piece is. The rest (a set with a literal of no piece, or no set)
 * are asked of every reading.
 */
const NEEDING: number[][] = PIECE_TEXTS.map(() => []);
const ALWAYS_ASKED: number[] = [];
NEEDS.forEach((sets, lookalike) => {
  const fewest = sets.reduce<(typeof sets)[number] | undefined>((best, set) => (best === undefined || set.length < best.length ? set : best), undefined);
  if (fewest === undefined || fewest.some((pieces) => pieces.length === 0)) ALWAYS_ASKED.push(lookalike);
  else for (const first of new Set(fewest.map((pieces) => pieces[0]!))) NEEDING[first]!.push(lookalike);
});

/** Per piece, the last reading (by stamp) that held it: nothing cleared per text. */
const heldIn = new Uint32Array(PIECE_TEXTS.length);
let stamp = 0;
/** The pieces stamped `stamp`, each once. */
const held: number[] = [];
function hold(piece: number): void {
  if (heldIn[piece] === stamp) return;
  heldIn[piece] = stamp;
  held.push(piece);
}

function mayHoldSomeLookalike({ text, words, count }: WordReading): boolean {
  nextStamp();
  for (let k = 0; k < count * STRIDE; k += STRIDE) {
    for (const piece of pieceLists[PIECES_HELD.of(words[k + ID]!, text, words[k + START]!, words[k + END]!)]!) hold(piece);
  }
  return holdsSomeLookalike();
}

/**
 * Whether LOOKALIKE may find something in a text: the same test on the pieces found anywhere in it, as LOOKALIKE
 * reads case. One pass of the pieces' automaton: LOOKALIKE's own search, an `iu` alternation that V8 can skip
 * ahead in only over one-byte text, read an openai row with a letter beyond Latin-1 at about 30 µs.
 */
function mayHoldLookalikeIn(text: string): boolean {
  nextStamp();
  for (const piece of PIECE_INDEX.found(inLookalikeCase(text))) hold(piece);
  return holdsSomeLookalike();
}

/**
 * The text with each code point that LOOKALIKE's `iu` reads as a piece's (lower-case) character written as that
 * character: lower case, and "ſ" (which stays itself in lower case) as "s". lookalikes-gate.test.ts checks every
 * code point against the pieces' characters.
 */
export function inLookalikeCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** The characters of the pieces PIECE_INDEX finds, for that test. */
export const PIECE_CHARACTERS: readonly string[] = [...new Set(PIECE_TEXTS.join(''))];

function nextStamp(): void {
  held.length = 0;
  if (++stamp === 0xffffffff) {
    heldIn.fill(0);
    stamp = 1;
  }
}

/**
 * Whether the pieces stamped `stamp` hold every literal set of some look-alike: of those a held piece may open
 * (NEEDING), not every look-alike in turn (most bios hold a common piece, "great" or "blue", and no look-alike).
 */
function holdsSomeLookalike(): boolean {
  for (const lookalike of ALWAYS_ASKED) if (holdsEverySet(NEEDS[lookalike]!)) return true;
  for (const piece of held) for (const lookalike of NEEDING[piece]!) if (holdsEverySet(NEEDS[lookalike]!)) return true;
  return false;
}

/**
 * Whether the reading stamped `stamp` holds a literal of each of a look-alike's sets. NEEDS is read by loops, not
 * by some/every: their callbacks were closures made anew for every look-alike and set, about 7 KB of garbage a
 * short bio (a fifth of what one allocates).
 */
function holdsEverySet(sets: readonly (readonly (readonly number[])[])[]): boolean {
  for (const set of sets) if (!holdsSomeLiteral(set)) return false;
  return true;
}

/** Whether the reading stamped `stamp` holds every piece of one of the set's literals. */
function holdsSomeLiteral(set: readonly (readonly number[])[]): boolean {
  for (const pieces of set) {
    let all = true;
    for (const piece of pieces) {
      if (heldIn[piece] !== stamp) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * Whether a piece found in an ASCII text's word is found in a word of its normalised text too: so when
 * every piece that ASCII text can hold is ASCII letters (not digits, which leetspeak reads as letters;
 * not "ſ" or the Kelvin sign, which match "s" and "k" case-insensitively). A piece with a character
 * no ASCII character matches cannot be in such a text. Asked of both tests' pieces.
 */
const ASCII_PIECES_ARE_LETTERS = [...(PIECE_LIST ?? []), ...PIECE_TEXTS].every((piece) => /^[a-z]+$/i.test(piece) || /[^\0-\x7f\u017f\u212a]/u.test(piece)) && PIECE_LIST !== undefined;

/** Per word, whether it holds a piece: 1 or 0. */
const HOLDS_PIECE = new MemoByWordId((text, from, to) => (PIECES!.test(text.slice(from, to)) ? 1 : 0));

/**
 * Whether some word of a reading holds a piece, and then each of some look-alike's: each word asked once by id. The
 * last reading's answer is kept: prepareSegments asks it of a segment's reading (maskNormalised), then the text
 * model of the same one (mayMaskLookalikes).
 */
function mayHoldLookalike(reading: WordReading): boolean {
  if (reading !== lastReading) {
    lastReading = reading;
    lastAnswer = PIECES === undefined || readingHoldsLookalike(reading);
  }
  return lastAnswer;
}
let lastReading: WordReading | undefined;
let lastAnswer = false;

function readingHoldsLookalike(reading: WordReading): boolean {
  const { text, words, count } = reading;
  for (let k = 0; k < count * STRIDE; k += STRIDE) {
    if (HOLDS_PIECE.of(words[k + ID]!, text, words[k + START]!, words[k + END]!) !== 0) return mayHoldSomeLookalike(reading);
  }
  return false;
}

/**
 * Whether maskLookalikes may blank something in text, or in text with some of its words blanked to
 * spaces; text is a prefix of the text whose normalised form's words are `words`. A superset: a look-alike
 * holds a piece inside one of text's words. When those words are ASCII, normalising keeps each one's
 * letters, lower-cased, together inside one word of the normalised text (leetspeak maps only digits and
 * symbols, joining spaced letters drops only what lies between them, other characters fold to letters or
 * to none), so that word holds the piece too.
 */
export function mayMaskLookalikes(text: string, words: WordReading): boolean {
  if (!ASCII_PIECES_ARE_LETTERS || mayListTitles(text, words)) return true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80 && wordUnitAt(text, i) !== 0) return true;
  return mayHoldLookalike(words);
}

/**
 * A normalised text with its look-alikes blanked; its offsets into the original are unchanged. With
 * the text's word reading (segment-words.ts), a text none of whose words holds a piece is not searched.
 */
export function maskNormalised(n: Normalised, words?: WordReading): Normalised {
  const read = words !== undefined && words.text === n.text;
  if (read && !mayHoldLookalike(words)) return n;
  // Words that hold some look-alike's pieces are in the text: mayHoldLookalikeIn would read them again only to pass
  // (on the 874 of 7,675 bios and 73 of 861 openai rows whose words hold some: 15 µs each such openai row).
  const text = read ? maskListedTitles(blankLookalikes(n.text)) : maskLookalikes(n.text);
  return text === n.text ? n : { ...n, text };
}
