import type { Category, Reason } from './types.js';
import { evidenceOf, round, type Detector } from './detector.js';
import { normalise, type Normalised } from './normalise.js';
import { sentences, trimmedOffset } from './sentences.js';
import { maskLookalikes, mayMaskLookalikes } from './innocent-lookalikes.js';
import { fondSentence, sentenceAboutSelf, withoutCalledWord, withoutWelcomed } from './insult-target.js';
import { withoutNamedWords } from './named-as-word.js';
import { withoutDenied } from './insult-denied.js';
import { withoutTopicOfWork } from './work-topic.js';
import type { PreparedSegment } from './prepare-segments.js';
import { ID, START, END, STRIDE, MemoByWordId, wordsWithin, type WordReading, type WordRun } from './segment-words.js';
import { firstAtLeast } from './sorted-offsets.js';
import { fold } from './lexicons/index.js';
import { detectLanguage, languageBit, ownWordLanguages } from './lexicons/language.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * The seam for a learned text classifier beside the rules. Anything with this shape plugs in (see
 * LocalOptions.textModel); the scorer turns its probabilities into reasons at the local thresholds.
 */
export interface TextModel {
  /**
   * Probability 0..1 per category for one piece of member text (a sentence, or a short segment).
   * `normalised`, when the caller has it, is normalise(text).text, so the text is not normalised again;
   * `words`, when given with it, are its words as the segment's shared reading holds them.
   */
  predict(text: string, normalised?: string, words?: WordRun): Partial<Record<Category, number>>;
  /** Names the model and its weights; part of the scorer id, so new weights trigger a rescore. */
  readonly id?: string;
}

/** The source of the model's reasons. */
export const MODEL_SOURCE = 'local:model';

const MAX_EVIDENCE = 5;
/**
 * The model reads the first 64 KB of a segment (an About is a few KB; the rules read all of it): a
 * megabyte of one-word "sentences" ("a.b/c?a.b/c?...") is otherwise a hundred thousand predictions.
 */
const MODEL_CHARS = 64 * 1024;
/** A sentence below this probability is not shown as evidence (unless it is the strongest). */
const EVIDENCE_P = 0.3;

/**
 * Identifiers carry no meaning for the model, but their many character n-grams dilute the words
 * beside them (the feature vector is scaled to unit length): a GUID after an insult hid the insult.
 * GUIDs, and hex or digit runs of eight or more characters with a digit, are read as a space.
 */
const IDENTIFIER = /(?<![\p{L}\p{N}])(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|(?=[a-f]*[0-9])[0-9a-f]{8,})(?![\p{L}\p{N}])/giu;

/**
 * Swearing is evidence of profanity, not of harassment: "This traffic is shit." insults no one. When
 * a sentence swears and names no one to harass (no second person, no person or pronoun, no name), the
 * model's harassment probability counts only as far as the rest of the sentence supports it: what the
 * model says without the swear words, or half of what it says with them, whichever is higher.
 */
const SWEAR_WORD = '(?<![a-z])(?:f+u+c+k|f+u+k|f+c+k|s+h+i+t|c+r+a+p|d+a+m+n|b+u+l+s+h+i+t|h+e+l+l|p+i+s+s|b+l+o+d+y|a+s+s)(?![a-z])';
// Stems inside a word start at the first of a run of their letter, and words at a word's start: tried
// from every position of a long run ("ffff..."), the search took quadratic time. Same matches.
const STEM = '(?<!f)f+u+c+k|(?<!s)s+h+i+t';
const SWEARING = compiledNow(new RegExp(`${SWEAR_WORD}|(?<![a-z])[a-z]*?(?:${STEM})[a-z]*`, 'g'));
/** Does the text swear at all (SWEARING finds something)? The same test without scanning whole words. */
const SWEARS = compiledNow(new RegExp(`${SWEAR_WORD}|${STEM}`));
/** Per vocabulary id, whether SWEARS finds something in the word alone: 1 yes, 0 no. */
const SWEARS_BY_ID = new MemoByWordId((text, from, to) => (SWEARS.test(text.slice(from, to)) ? 1 : 0));

/**
 * Does SWEARS find something in the text of words first..last-1 of a reading (spaces and punctuation
 * between them as in the text)? Each word asked once by id. Exact: a match is a run of a-z, so lies
 * inside one word (a run of letters and digits), and its look-arounds ask only whether a neighbour is
 * a-z, which a word's neighbours are not.
 */
function wordsSwear({ text, words }: WordReading, first: number, last: number): boolean {
  for (let k = first * STRIDE; k < last * STRIDE; k += STRIDE) {
    if (SWEARS_BY_ID.of(words[k + ID]!, text, words[k + START]!, words[k + END]!) === 1) return true;
  }
  return false;
}
const TARGET = compiledNow(new RegExp(
  '(?<![a-z\'])(?:' + [
    'you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall', "y'all", 'thou', 'thee', 'ye',
    'he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', 'they', 'them', 'their', 'theirs', 'themselves',
    "he's", "she's", "they're", 'we', 'us', 'our', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody',
    'nobody', 'people', 'person', 'persons', 'guy', 'guys', 'man', 'men', 'woman', 'women', 'girl', 'girls', 'boy', 'boys',
    'kid', 'kids', 'bro', 'dude', 'idiot', 'idiots', 'moron', 'morons', 'loser', 'losers', 'bitch', 'bastard', 'asshole',
    'prick', 'cunt', 'twat', 'dick', 'whore', 'slut', 'scum', 'jerk', 'clown', 'who', 'whoever',
  ].join('|') + ')(?![a-z])',
));
/** A capitalised word after the first word of a sentence: a name ("Kevin is shit"). */
const NAME = compiledNow(/[\p{L}\p{N},;:'")\]]\s+\p{Lu}\p{Ll}/u);
// Expressions tried on every sentence are made once: a literal in the loop is a new RegExp object each time.
/** A letter or digit: a sentence without one is not asked about. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether text[i] is a unit /\s/ matches (ECMAScript's white space and line terminators), or i is outside the
 * text: what sets a sentence apart. By code, not an expression asked of a one-character string twice a sentence.
 */
function spaceOrEdge(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const code = text.charCodeAt(i);
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
/** How much of the model's probability survives when what a re-read takes out (REREADS) is all it rests on. */
const UNTARGETED = 0.5;

/**
 * The sentence without its swear words, when it swears at no one; undefined otherwise. `normalised`,
 * when the caller has it, is normalise(sentence).text.
 */
function withoutUntargetedSwearing(sentence: string, normalised: string | undefined): string | undefined {
  // The cheap test on the sentence as written first: a name rules it out before normalising.
  if (NAME.test(sentence)) return undefined;
  const norm = normalised ?? normalise(sentence).text;
  if (TARGET.test(norm)) return undefined;
  const without = norm.replace(SWEARING, ' ');
  return without !== norm ? without : undefined;
}

/** What a re-read is given of its sentence. */
interface SentenceReading {
  cleaned: string;
  /** normalise(cleaned).text, when the segment's normalised text holds it. */
  normalised: string | undefined;
  /** Whether any of its words swears: withoutUntargetedSwearing finds nothing to take out of one that does not. */
  swears: () => boolean;
}

/**
 * A part of a sentence that is no evidence of some categories, taken out for the model to read the sentence again.
 * For those categories the model's probability counts only as far as the rest supports it: the higher of UNTARGETED
 * of it and the rest's. Each is asked only above its probability and predicted at most once a sentence (the model is
 * the scorer's dearest stage), in this order, each on the score the one before left.
 */
interface Reread {
  readonly categories: readonly Category[];
  /** Asked only of a probability above this. */
  readonly above: number;
  /** The sentence without the part, or undefined when it holds none. */
  readonly without: (sentence: SentenceReading) => string | undefined;
  /** Whether the rest's probability may raise the score; else it only lowers it. */
  readonly mayRaise: boolean;
}
const REREADS: readonly Reread[] = [
  // Swearing at no one: the rest's harassment is kept, even higher than with the swear words.
  {
    categories: ['harassment'],
    above: 0,
    without: (sentence) => (sentence.swears() ? withoutUntargetedSwearing(sentence.cleaned, sentence.normalised) : undefined),
    mayRaise: true,
  },
  // A denied insult ("you're not an idiot, you're very smart"): insult-denied.ts.
  { categories: ['harassment'], above: EVIDENCE_P, without: (sentence) => withoutDenied(sentence.cleaned), mayRaise: false },
  // The topic of the writer's work ("Therapist for addiction and self-harm"): work-topic.ts.
  {
    categories: ['self-harm', 'sexual', 'violence/graphic'],
    above: EVIDENCE_P,
    without: (sentence) => withoutTopicOfWork(sentence.cleaned.toLowerCase()),
    mayRaise: false,
  },
  // The people a community's welcome lists ("Fags, dykes, trans folks and allies all welcome") are welcomed, not insulted:
  // read as its welcome alone (insult-target.ts withoutWelcomed).
  {
    categories: ['profanity', 'harassment', 'hate'],
    above: EVIDENCE_P,
    without: (sentence) => withoutWelcomed(sentence.cleaned.toLowerCase()),
    mayRaise: false,
  },
  // A name the writer reports being called ("kids called me a fag every day") is what was said to them: insult-target.ts.
  {
    categories: ['profanity', 'harassment', 'hate'],
    above: EVIDENCE_P,
    without: (sentence) => withoutCalledWord(fold(sentence.cleaned)),
    mayRaise: false,
  },
  // A word named as a word ("I research the word "faggot"") is studied, not said: named-as-word.ts.
  {
    categories: ['profanity', 'harassment', 'hate'],
    above: EVIDENCE_P,
    without: (sentence) => withoutNamedWords(sentence.cleaned),
    mayRaise: false,
  },
];

/** Where the part of a normalised text that came from original[from, to) lies in it: offsets only grow along it. */
function within(n: Normalised, from: number, to: number): [number, number] {
  return [firstAtLeast(n.start, from), firstAtLeast(n.start, to)];
}

/** Whether the UTF-16 unit is a hex digit, in either case. */
function isHex(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}

/**
 * A gate, tried once on a segment's text, before IDENTIFIER is run on each of its sentences: does it
 * hold eight hex digits in a row? A superset: a sentence is a substring of the segment, and an
 * identifier holds eight hex digits in a row. Every run of eight that starts at i..i+7 holds unit i+7,
 * so the scan reads every eighth unit and looks around only a hex one: most units are not read.
 */
export function mayHoldIdentifier(text: string): boolean {
  for (let i = 7; i < text.length; i += 8) {
    if (!isHex(text.charCodeAt(i))) continue;
    let from = i;
    while (from > i - 7 && isHex(text.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < from + 8 && to < text.length && isHex(text.charCodeAt(to))) to++;
    if (to - from >= 8) return true;
  }
  return false;
}

/**
 * Dutch "hoe" (how) is English slang for a whore to the model, which learnt English: "Hoe kan ik je helpen?" scored
 * profanity 0.95 and "Ik laat zien hoe mooi Utrecht is" 0.97 (session 21). In a sentence that shows Dutch by two words
 * of its own (language.ts's OWN_WORDS: "ik", "je", "wij", "het", "kan"…), one within two words of "hoe", or before a
 * Dutch comparative or adverb ("hoe langer hoe beter"), and franc does not read the sentence as English, the model reads
 * it as a space; an English "hoe" keeps its weight.
 */
const HOE = /(?<!\p{L})hoe(?!\p{L})/giu;
/** HOE's test, once a segment on its normalised text ("shoes" holds no "hoe"); not global, so not stateful. */
const HOLDS_HOE = /(?<!\p{L})hoe(?!\p{L})/u;
const DUTCH_AFTER_HOE = /(?<!\p{L})hoe[^\p{L}]+(?:langer|meer|minder|beter|mooier|groter|vaker|eerder|sneller|lang|laat|vaak|veel|weinig|mooi|groot|klein|snel|ver|leuk|fijn|goed|lekker|heerlijk)(?!\p{L})/iu;
const NL = languageBit('nl');
const REACH_OF_HOE = 2;
function withoutDutchHoe(sentence: string): string | undefined {
  const words: readonly string[] = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.includes('hoe')) return undefined;
  if (!DUTCH_AFTER_HOE.test(sentence)) {
    const dutch = (word: string | undefined) => word !== undefined && word !== 'hoe' && (ownWordLanguages(fold(word)) & NL) !== 0;
    const near = words.some((word, i) => word === 'hoe' && words.slice(Math.max(0, i - REACH_OF_HOE), i + REACH_OF_HOE + 1).some(dutch));
    if (!near || new Set(words.filter(dutch)).size < 2) return undefined;
  }
  // franc is asked only here, of the rare sentence that got this far: an English tweet with a stray Dutch word is English.
  return detectLanguage(sentence) === 'en' ? undefined : sentence.replace(HOE, '   ');
}

/** A sentence behind a category's score: its probability and where it was read. */
interface Scored {
  p: number;
  value: string;
  segment: PreparedSegment;
}

/**
 * A category's sentences so far: the strongest (the first met, among equals), kept in place as stronger
 * ones come (a category's score is rarely evidence: no object a sentence for it), and those shown as
 * evidence (none until one is).
 */
interface Strongest extends Scored {
  category: Category;
  shown: Scored[] | undefined;
}

/** The category's entry in a document's list (one a category, seven at most with the shipped model), or undefined. */
function strongestOf(found: readonly Strongest[], category: Category): Strongest | undefined {
  for (let i = 0; i < found.length; i++) if (found[i]!.category === category) return found[i];
  return undefined;
}

/**
 * Asks the model about every sentence of every text segment. A category's score is its highest
 * sentence probability (not a sum: a long About must not add up many doubtful sentences), and the
 * evidence is the sentences that drove it, strongest first, each with its segment's path.
 */
export function textModelDetector(model: TextModel): Detector {
  return (segments) => {
    // In the order each category was first kept, the order of its reason: a list, not a Map, which cost a
    // table a document and an entry array a reason read out.
    const found: Strongest[] = [];
    for (const segment of segments) {
      if (segment.kind !== 'text') continue;
      // Most segments do not swear at all: then no sentence of theirs needs a second look. Asked only
      // of a sentence that may swear, once a segment. The shared reading is of normalised.text; most
      // segments' norm is the same text (nothing blanked or corrected).
      const { words } = segment;
      let swears: boolean | undefined;
      const segmentSwears = () =>
        (swears ??= segment.norm.text === words.text ? wordsSwear(words, 0, words.count) : SWEARS.test(segment.norm.text));
      const read = segment.value.length > MODEL_CHARS ? segment.value.slice(0, MODEL_CHARS) : segment.value;
      const identifiers = mayHoldIdentifier(read);
      // A look-alike in a sentence is one in its segment too (a sentence is a substring set apart by spaces
      // or punctuation), identifiers blanked alike; the segment is searched only when its words may hold one.
      const blanked = identifiers ? read.replace(IDENTIFIER, ' ') : read;
      const lookalikes = mayMaskLookalikes(read, words) && maskLookalikes(blanked) !== blanked;
      const mayHoldHoe = segment.norm.text.includes('hoe') && HOLDS_HOE.test(segment.norm.text);
      for (const { segment: sentence, index } of sentences(read)) {
        const value = sentence.trim();
        if (!LETTER_OR_DIGIT.test(value)) continue;
        let cleaned = identifiers ? value.replace(IDENTIFIER, ' ') : value;
        // Innocent look-alikes are blanked: "Bitche" or "spotted dick" read to its character n-grams like an insult.
        if (lookalikes) cleaned = maskLookalikes(cleaned);
        // The segment was normalised once; the sentence's part of it is what normalising the sentence
        // alone gives, when spaces set it apart (normalising reads a word as a whole: "nice!!!cant").
        const from = index + trimmedOffset(sentence, value);
        const to = from + value.length;
        const apart = cleaned === value && spaceOrEdge(segment.value, from - 1) && spaceOrEdge(segment.value, to);
        const part = apart ? within(segment.normalised, from, to) : undefined;
        const normalised = part && segment.normalised.text.slice(part[0], part[1]);
        const run = part && wordsWithin(words, part[0], part[1]);
        const dutch = mayHoldHoe ? withoutDutchHoe(cleaned) : undefined;
        const probabilities = dutch === undefined ? model.predict(cleaned, normalised, run) : model.predict(dutch);
        const reading: SentenceReading = {
          cleaned,
          normalised,
          swears: () => (run === undefined || wordsSwear(words, run.first, run.last)) && segmentSwears(),
        };
        // Each re-read's probabilities once asked, null when it found nothing to take out.
        const reread: (Partial<Record<Category, number>> | null | undefined)[] = [];
        for (const category in probabilities) {
          let p = probabilities[category as Category]!;
          for (let i = 0; i < REREADS.length; i++) {
            const { categories, above, without, mayRaise } = REREADS[i]!;
            if (!(p > above) || !categories.includes(category as Category)) continue;
            let rest = reread[i];
            if (rest === undefined) {
              const text = without(reading);
              rest = reread[i] = text === undefined ? null : model.predict(text);
            }
            if (rest === null) continue;
            const kept = Math.max(p * UNTARGETED, rest[category as Category] ?? 0);
            p = mayRaise ? kept : Math.min(p, kept);
          }
          if (!(p > 0)) continue;
          p = Math.min(1, p);
          // Most sentences are neither a category's strongest nor evidence: nothing is kept of them.
          const strongest = strongestOf(found, category as Category);
          if (strongest && !(p > strongest.p) && p < EVIDENCE_P) continue;
          if (category === 'harassment') {
            const lower = cleaned.toLowerCase().replaceAll('\u2019', "'");
            // Mocking oneself ("total loser at chess", "I'm a certified dumbass") harasses no one, so it is no evidence
            // either: not even to corroborate the rules' own reading of a self-label ("I'm gonna be such an idiot about this").
            if (sentenceAboutSelf(lower)) continue;
            // Nor does banter about a friend one goes on to love ("my best friend is an idiot, but I love him").
            if (p > EVIDENCE_P && fondSentence(lower)) p *= UNTARGETED;
          }
          if (!strongest) {
            found.push({ category: category as Category, p, value, segment, shown: p >= EVIDENCE_P ? [{ p, value, segment }] : undefined });
            continue;
          }
          if (p > strongest.p) {
            strongest.p = p;
            strongest.value = value;
            strongest.segment = segment;
          }
          if (p >= EVIDENCE_P) (strongest.shown ??= []).push({ p, value, segment });
        }
      }
    }
    const reasons: Reason[] = [];
    for (const top of found) {
      // The sentences that drove the score, strongest first (the model gives every sentence some
      // probability): the strongest alone when it is below EVIDENCE_P (none is shown), else all at or above it.
      const { category, shown } = top;
      reasons.push({
        category,
        score: round(top.p),
        evidence: shown === undefined
          ? [evidenceOf(top.segment, top.value)]
          : shown.sort((a, b) => b.p - a.p).slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s.segment, s.value)),
        source: MODEL_SOURCE,
      });
    }
    return reasons;
  };
}
