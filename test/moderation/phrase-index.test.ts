import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { HATE_GRAMMARS } from '../../src/moderation/hate-grammars.js';
import { compileLexicon, findPhrases, phraseIndexApart, type Lexicon } from '../../src/moderation/phrase-detector.js';
import { prepareSegments, type PreparedSegment } from '../../src/moderation/prepare-segments.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { DEHUMANISING, GROUP_MEMBER, GROUPS, INSULTS, KILL_BASE, SLURS } from '../../src/moderation/word-lists.js';
import { doc, text } from './docs.js';

/**
 * The shared phrase index (anchors, word heads, first parts asked once) is only a shortcut: every
 * lexicon must find exactly what searching each of its patterns from every position finds.
 */

const SLOTS = { group: GROUPS, member: GROUP_MEMBER, insult: INSULTS, slur: SLURS, dehum: DEHUMANISING, kill: KILL_BASE };
const ENGLISH: [number, string][] = [
  [1, '{group} (are|is) [just] [a] {dehum}'],
  [1, '(i|we) (hate~|despise) {group}'],
  [1, '{kill} (all|every) {group}'],
  [1, '{slur}'],
  [1, '(you|u|ur) [stupid|fucking] {insult}'],
  [1, "(would|'d|i'd) rather die than .. {member}"],
  [1, "(don't|never) trust (a|an) {member}"],
  [1, 'kys'],
  [1, '(1488|14 words)'],
  [1, 'a hole'],
  [1, 'dumb as (a rock|rocks)'],
  [1, 'go (away|die) $'],
  [1, 'self harm*'],
  [1, 'r&b'],
  [1, '_ (is|are) vermin'],
];

function lexicons(): Lexicon[] {
  const all = [compileLexicon({ slots: SLOTS, phrases: { hate: ENGLISH } })];
  for (const grammar of Object.values(HATE_GRAMMARS)) {
    all.push(compileLexicon({ phrases: { hate: grammar.derogation, 'hate/threatening': grammar.violence } }));
    all.push(compileLexicon({ phrases: { hate: [...grammar.group, ...grammar.negation, ...grammar.they].map((p) => [1, p] as const) } }));
  }
  return all;
}

/** Each match of each entry, searched from every position of the text: what the index must reproduce. */
function searchEverywhere(lexicon: Lexicon, segment: PreparedSegment): [number, number, number][] {
  const found: [number, number, number][] = [];
  lexicon.entries.forEach((entry, i) => {
    const regex = entry.pattern.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(segment.matching); m; m = regex.exec(segment.matching)) {
      found.push([i, m.index, m.index + m[0].length]);
      if (m[0].length === 0) regex.lastIndex++;
    }
  });
  return found;
}

function viaIndex(lexicon: Lexicon, segment: PreparedSegment): [number, number, number][] {
  return findPhrases(lexicon, segment).map((m) => [lexicon.entries.indexOf(m.entry), m.from, m.to]);
}

/** A deterministic pseudo-random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts made of the lexicons' own words, glued, stretched, cut, accented and punctuated. */
function texts(count: number, seed: number): string[] {
  const vocabulary = [...new Set([...ENGLISH.map(([, p]) => p), ...Object.values(SLOTS).flat(), ...Object.values(HATE_GRAMMARS).flatMap((g) => [...g.derogation.map(([, p]) => p), ...g.violence.map(([, p]) => p), ...g.group, ...g.negation])]
    .flatMap((p) => p.match(/[a-z0-9'&.-]+/g) ?? []))];
  const separators = [' ', ' ', ' ', '', '. ', ', ', '\n', ' "', '" ', "'", '-', ' é ', 'ñ', ' 😀 ', '\u0001', '!!', ' the ', ' are '];
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    let out = '';
    for (let n = 1 + Math.floor(next() * 40); n > 0; n--) {
      let word = pick(vocabulary);
      if (next() < 0.15) word = word.replace(/[a-z]/, (c) => c.repeat(2 + Math.floor(next() * 3)));
      if (next() < 0.05) word = word.slice(0, Math.max(1, Math.floor(word.length / 2)));
      if (next() < 0.05) word = word.toUpperCase();
      out += word + pick(separators);
    }
    return out;
  });
}

describe('phrase index', () => {
  const all = lexicons();

  it('finds exactly what a search from every position finds, in every lexicon', () => {
    let matched = 0;
    for (const input of texts(400, 16)) {
      const [segment] = prepareSegments(doc(text(input)));
      for (const lexicon of all) {
        const expected = searchEverywhere(lexicon, segment!);
        matched += expected.length;
        expect(viaIndex(lexicon, segment!), input).toEqual(expected);
      }
    }
    // The texts must exercise the index, not only its "nothing here" answer.
    expect(matched).toBeGreaterThan(2000);
  });

  it('finds the phrases of a lexicon compiled after a segment was read', () => {
    const [segment] = prepareSegments(doc(text('Those zorblaxes are vermin, says the narrator.')));
    expect(viaIndex(all[0]!, segment!)).toEqual(searchEverywhere(all[0]!, segment!));
    const later = compileLexicon({ phrases: { hate: [[1, 'zorblax~ (are|is) vermin'], [1, 'narrator']] } });
    expect(viaIndex(later, segment!)).toEqual([[0, 6, 26], [1, 37, 45]]);
  });

  it('reads a document of more segments than it keeps readings for the same way every time', () => {
    const segments = prepareSegments(doc(...texts(150, 18).map((t, i) => text(t, `nodes[${i}].text`))));
    for (const lexicon of all.slice(0, 3)) {
      for (const segment of segments) expect(viaIndex(lexicon, segment)).toEqual(searchEverywhere(lexicon, segment));
    }
  });

  it('finds the same in an index read apart as in the shared one, whichever is asked first, segment after segment', () => {
    // An index apart keeps its readings off the segment, which holds the shared index's.
    const apart = phraseIndexApart();
    const grammar = HATE_GRAMMARS.es!;
    const own = [compileLexicon({ phrases: { hate: grammar.derogation, 'hate/threatening': grammar.violence } }, apart), compileLexicon({ slots: SLOTS, phrases: { hate: ENGLISH } }, apart)];
    const segments = prepareSegments(doc(...[...texts(40, 23), 'Those immigrants are vermin, you idiot', 'los inmigrantes son ratas'].map((t, i) => text(t, `nodes[${i}].text`))));
    let matched = 0;
    for (const round of [0, 1]) {
      for (const segment of segments) {
        for (const lexicon of round === 0 ? [...own, all[0]!] : [all[0]!, ...own]) {
          const expected = searchEverywhere(lexicon, segment);
          matched += expected.length;
          expect(viaIndex(lexicon, segment), segment.value).toEqual(expected);
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('reads a word whose heads run on past it ("r" before "&b") by what follows it, in every text', () => {
    // The index keeps a word's heads by its id in the shared word reading once they are known; a short
    // word's walk reads the units after it, so those are read again in every text.
    for (const input of ['r&b lovers', 'r and b', 'i love r&b', 'r-b r.b r&b', 'self harm', 'selfish harm', 'r&b']) {
      const [segment] = prepareSegments(doc(text(input)));
      expect(viaIndex(all[0]!, segment!), input).toEqual(searchEverywhere(all[0]!, segment!));
    }
    const [segment] = prepareSegments(doc(text('r&b')));
    expect(viaIndex(all[0]!, segment!).length).toBe(1);
  });

  it('finds an anchor that spans words ("r&b", "e-mail") the same as one inside a word, after the word was met alone', () => {
    // Anchors inside a word are kept by the word's id; one holding "&", "-" or "." spans words of the
    // shared reading, and is found only by walking the whole run of units around it.
    const lexicon = compileLexicon({ phrases: { spam: [[1, 'e-mail me'], [1, 'r&b tickets'], [1, 'mail me']] } });
    const found = (input: string) => {
      const [segment] = prepareSegments(doc(text(input)));
      expect(viaIndex(lexicon, segment!), input).toEqual(searchEverywhere(lexicon, segment!));
      return viaIndex(lexicon, segment!).map(([entry]) => entry);
    };
    expect(found('e mail me, r b tickets')).toEqual([2]);
    expect(found('please e-mail me for r&b tickets')).toEqual([0, 1, 2]);
    expect(found('ee--mmail me: rr&&b tickets.')).toEqual([2]);
    expect(found('cheap R&B tickets, e.mail me')).toEqual([1, 2]);
  });

  it('tries a start only where each anchor set has a word within its reach, up to the last one, and finds every match', () => {
    // A match holds an anchor of each set, so it starts at or before the last word holding one, and no
    // further before it than the pattern's span; a start may be the word holding its own anchor
    // ("idiot"), and an anchor that spans words ("r&b") counts for every word.
    const lexicon = compileLexicon({
      slots: SLOTS,
      // A gap's words are counted as runs of words joined by apostrophes or asterisks ("rock'n'roll" is one).
      phrases: { hate: [[1, '(you|u|the) [stupid] {insult}'], [1, '{insult}'], [1, '(love|the) r&b [tickets]'], [1, 'e-mail (me|you)'], [1, '(you|the) stupid ... {insult}'], [1, '(i|we) .. hurt~ me'], [1, "i'm _ hurt~ me"]] },
    });
    // Past 32 words a bit of the words' mask stands for several words: starts a word before, at and after a bucket's edge.
    const long = (at: number) => Array.from({ length: 70 }, (_, i) => (i === at ? 'idiot' : i % 7 === 0 ? 'you' : i % 5 === 0 ? 'stupid' : 'word')).join(' ');
    const inputs = [
      'idiot, you', 'you idiot', 'you you you idiot you', 'the stupid the idiot the', 'you are an idiot', 'you stupid idiot', 'idiot',
      'the r&b the r&b', 'love r&b love', 'e-mail me e-mail you e-mail', 'you stupid, I said, you are an idiot', 'the stupid idiot', 'you you stupid x y z idiot',
      'i a b c hurt me', 'i a b c d hurt me', "i a'b c d hurt me", "we rock'n'roll'n'roll hurt me", "i f*ck*ng hate it'll hurt me", "i a' 'b c d hurt me",
      "i a b c d e f g h i j k l m n o'p q r s t hurt me", "i'm rock'n'roll hurting me", "i'm rock 'n' roll hurt me", "i'm don't hurt me i'm",
      'the stupid a b c d e f g h i j k l idiot', "the stupid a b c d e f g h i j k'l m idiot",
      ...[8, 9, 15, 16, 22, 29, 36, 43, 50, 64, 69].map(long),
    ];
    for (const input of inputs) {
      const [segment] = prepareSegments(doc(text(input)));
      expect(viaIndex(lexicon, segment!), input).toEqual(searchEverywhere(lexicon, segment!));
    }
  });

  it('finds exactly what a search from every position finds, on every eval row', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    const values = new Set(sets.flatMap((set) => set.cases.flatMap((c) => c.doc.segments.filter((s) => s.kind === 'text').map((s) => s.value))));
    let matched = 0;
    for (const value of values) {
      for (const segment of prepareSegments(doc(text(value)))) {
        for (const lexicon of all) {
          const expected = searchEverywhere(lexicon, segment);
          matched += expected.length;
          expect(viaIndex(lexicon, segment), segment.value).toEqual(expected);
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // Every grammar's lexicons over every eval row: ~30 s alone, past the default minute beside other workers.
  }, 180_000);
});
