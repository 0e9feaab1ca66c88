import { DataSet, englishDataset, englishRecommendedTransformers, pattern } from 'obscenity';
import type { Category } from './types.js';
import { ALLOWED_WORDS } from './lexicons/index.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';
import { obscenityMatcher } from './obscenity-matcher.js';
import { obscenityPieces } from './obscenity-pieces.js';
import { compiledNow } from './lazy-regexp.js';
import { namedPlace } from './named-place.js';
import { namedAsWord } from './named-as-word.js';

/**
 * Profanity through obscenity's English word list, matched on our normalised text (so obfuscations it
 * misses, like "f u c k", Cyrillic look-alikes or zero-width splits, are already undone). Its swear
 * words count as profanity and its slurs as hate, each with a weight for how strong it is; its sexual
 * terms are left to detect-sexual.ts, and slurs with innocent or reclaimed uses ("fag", "dyke", "queer")
 * to detect-hate.ts, which read them in context. Mild swearing alone stays under the
 * default threshold: an About that says "I don't give a shit about fashion" is not abuse.
 */
const SEVERITY: Readonly<Record<string, readonly [Category, number]>> = {
  fuck: ['profanity', 0.5], cunt: ['profanity', 0.7], twat: ['profanity', 0.55], wank: ['profanity', 0.5],
  bitch: ['profanity', 0.5], whore: ['profanity', 0.55], slut: ['profanity', 0.55], cock: ['profanity', 0.4],
  dick: ['profanity', 0.35], prick: ['profanity', 0.4], pussy: ['profanity', 0.4], bastard: ['profanity', 0.45],
  shit: ['profanity', 0.35], ass: ['profanity', 0.3], arse: ['profanity', 0.3], piss: ['profanity', 0.3],
  bollocks: ['profanity', 0.3], turd: ['profanity', 0.3], tit: ['profanity', 0.25], crap: ['profanity', 0.2],
  cuck: ['profanity', 0.4], jizz: ['profanity', 0.45],
  abeed: ['hate', 0.9], africoon: ['hate', 0.9], arabush: ['hate', 0.9], boonga: ['hate', 0.9], chingchong: ['hate', 0.8],
  chink: ['hate', 0.85], kike: ['hate', 0.9], nigger: ['hate', 0.9], tranny: ['hate', 0.85],
};

/**
 * Innocent words containing a listed one that obscenity's own whitelist does not cover. "traffick" holds
 * every form of trafficking: obscenity whitelists "fick", but its "fuck" match in "trafficking" starts at the
 * first of the doubled "ff", outside that span (a lawyer's "drug trafficking" and "I fight human trafficking"
 * were removed); "feckless" holds "feck".
 */
const INNOCENT = [
  'shiitake', 'shitake', 'rapeseed', 'grapeseed', 'dickinson', 'dickerson', 'penistone', 'cum laude',
  'summa cum', 'magna cum', 'retardant', 'fukuoka', 'niggard', 'moby dick', 'spotted dick', 'cockpit',
  'traffick', 'feckless',
];

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  // Spellings obscenity's list lacks (it has "fuck", "shit"; not the masked and compound forms).
  .addPhrase((p) => p.setMetadata({ originalWord: 'fuck' }).addPattern(pattern`|f*k|`).addPattern(pattern`|fcuk`).addPattern(pattern`|phuck`).addPattern(pattern`|fuq|`))
  .addPhrase((p) => p.setMetadata({ originalWord: 'shit' }).addPattern(pattern`|s*t|`).addPattern(pattern`|sh*t`).addPattern(pattern`|shyt`))
  .addPhrase((p) => p.setMetadata({ originalWord: 'bitch' }).addPattern(pattern`|b*ch|`).addPattern(pattern`|biatch`).addPattern(pattern`|b*tch`))
  .addPhrase((p) => p.setMetadata({ originalWord: 'crap' }).addPattern(pattern`|crap|`).addPattern(pattern`|crappy|`));

const built = dataset.build();
/** Each term's word, looked up once: obscenity's own look-up copies the match and walks its phrases. */
const words = new Map(built.blacklistedTerms.map((term) => [
  term.id,
  dataset.getPayloadWithPhraseMetadata({ termId: term.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord ?? '',
]));
const wordOf = (termId: number): string => words.get(termId) ?? '';
const options = {
  // Only the words this detector reports are searched for (the sexual terms are detect-sexual.ts's);
  // every whitelisted term still applies, and term ids stay the dataset's, for its metadata.
  blacklistedTerms: built.blacklistedTerms.filter((term) => SEVERITY[wordOf(term.id)]),
  whitelistedTerms: [...(built.whitelistedTerms ?? []), ...INNOCENT],
  ...englishRecommendedTransformers,
};
/** obscenity's RegExpMatcher, its matches found at less cost (obscenity-matcher.ts), read by pieces of the shared reading (obscenity-pieces.ts). */
const matcher = obscenityMatcher(options, obscenityPieces(options));

/**
 * A swear word written with symbols for every letter but its first one or two and an ending ("f***",
 * "b****", "f**king", "sh**"), which obscenity cannot read: no letter inside is left to match. It is
 * read as the swear words whose start, length and ending fit, at the mildest one's weight ("s***" is
 * "shit" or "slut": 0.35). Normalising has already read "$" and "@" as letters.
 */
const MASKED = compiledNow(/(?<![\p{L}\p{N}])(\p{L}{1,2})([*#%]{2,})(\p{L}*)(?![\p{L}\p{N}*#%])/gu);
const ENDINGS = ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'y'];
const MASKABLE: readonly { spelling: string; weight: number }[] = Object.entries(SEVERITY)
  .filter(([, [category]]) => category === 'profanity')
  .flatMap(([word, [, weight]]) => ENDINGS.map((ending) => ({ spelling: word + ending, weight })));

/** The weight of a masked swear word, or undefined when no swear word fits its letters and length. */
function maskedSwearWeight(head: string, masked: number, tail: string): number | undefined {
  const length = head.length + masked + tail.length;
  let weight: number | undefined;
  for (const { spelling, weight: w } of MASKABLE) {
    if (spelling.length === length && spelling.startsWith(head) && spelling.endsWith(tail)) weight = Math.min(weight ?? 1, w);
  }
  return weight;
}

export const detectProfanity: Detector = (segments) => {
  const hits: Hit[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'text') continue;
    const text = segment.norm.text;
    // Every match holds two signs in a row; a sign alone (a footnote's "*", a hashtag, "50%") starts none.
    if (/[*#%]{2}/.test(text)) {
      for (const m of text.matchAll(MASKED)) {
        const weight = maskedSwearWeight(m[1]!, m[2]!.length, m[3]!);
        if (weight !== undefined) hits.push({ category: 'profanity', weight, evidence: evidenceAt(segment, m.index, m.index + m[0].length) });
      }
    }
    // The reading is of the normalised text: the matcher uses it only when it is norm.text's (no typo corrected, no look-alike blanked).
    for (const match of matcher(text, segment.words)) {
      const word = wordOf(match.termId);
      const severity = SEVERITY[word];
      if (!severity) continue;
      const [category, weight] = severity;
      const from = match.startIndex;
      const to = match.endIndex + 1;
      if (word === 'dick' && isName(segment.norm.original, segment.norm.start[from]!)) continue;
      // The lexicons' allow-lists, as whole words: "Bitche" is a town, "bitches" is still read.
      if (ALLOWED_WORDS.has(wordAround(text, from, to))) continue;
      // A slur starts a word: "Terengganu" and "niggardly" hold letters of one, and are not.
      if (category === 'hate' && /[a-z]/.test(text[from - 1] ?? '')) continue;
      // A slur named as a word, as detect-hate.ts reads it: "I research the word "kike"".
      if (category === 'hate' && namedAsWord(text, from, to)) continue;
      // A village's name, as written: "Geboren in Fucking" (Austria).
      if (category === 'profanity' && namedPlace(segment.norm.original, segment.norm.start[from]!, segment.norm.end[to - 1]!)) continue;
      const evidence = evidenceAt(segment, from, to);
      hits.push({ category, weight, evidence });
    }
  }
  return hitsToReasons(hits, 'local:profanity');
};

/** The whole word of normalised text a match lies in. */
function wordAround(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * "Dick Van Dyke", "Philip K. Dick": a capitalised word next to another capitalised word is a name.
 * Read within NAME_REACH characters either side, so many matches in a long text stay linear.
 */
const NAME_REACH = 64;
function isName(original: string, at: number): boolean {
  if (original[at] !== 'D') return false;
  const after = original.slice(at, at + NAME_REACH).match(/^\w+\s+(\p{Lu})/u);
  const before = original.slice(Math.max(0, at - NAME_REACH), at).match(/(\p{Lu})[\w.]*\s+$/u);
  return Boolean(after || before);
}
