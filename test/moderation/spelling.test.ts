import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctTypos, glueReadingsOf, joinedReading, misspeltReading } from '../../src/moderation/correct-typos.js';
import { languageBit } from '../../src/moderation/lexicons/language.js';
import { normalise } from '../../src/moderation/normalise.js';
import { REAL_WORDS_NEAR_TARGETS } from '../../src/moderation/real-words-near-targets.js';
import { readWords } from '../../src/moderation/segment-words.js';
import { KNOWN, TARGETS } from '../../src/moderation/spelling-vocabulary.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { rules } from './docs.js';

/**
 * Hate spelt to slip past filters (letters swapped, dropped or added, words run together or split,
 * Arabizi digits, stretched letters) is read as what it says, in the members' languages, and real
 * words are never read as misspellings (correct-typos.ts). Our own sentences, none from an eval set.
 */
const ON = { policy: { multilingual: true } };
const hate = async (value: string) => (await rules(value, ON)).reasons.some((r) => r.category === 'hate' || r.category === 'hate/threatening');
/**
 * correctTypos(normalise(value)).text, checked against the segment's word reading (prepareSegments
 * passes it: words of a-z are then read by id, their answers kept): the same text and offsets, read
 * twice (the second time from what the first kept).
 */
const read = (value: string) => {
  const n = normalise(value);
  const alone = correctTypos(n);
  for (let pass = 0; pass < 2; pass++) {
    const byWords = correctTypos(n, readWords(n.text));
    expect(byWords.text).toBe(alone.text);
    expect([...byWords.start]).toEqual([...alone.start]);
    expect([...byWords.end]).toEqual([...alone.end]);
  }
  return alone.text;
};

describe('misspelt hate is read as what it says', () => {
  it.each([
    ['en', 'Those imigrants are filthy vermni.'],
    ['es', 'Los inmigrantes son unas ratas asquerossas.'],
    ['es', 'Odio a los musulmanes, son basrua.'],
    ['pt', 'Essas mulheres são todas nojetnas.'],
    ['fr', 'Les musulmans sont des parasiets.'],
    ['de', 'Diese Auslanderdreckig und nutzlos, alles Parasietn.'],
    ['it', 'Gli immigrati sono dei parasitti schifosi.'],
    ['nl', 'Die vrouwenzijn walgelijk.'],
    ['pl', 'Ci imigranci to obrzydlwi ludzie.'],
    ['it', 'Io odio profondamente i m u s u l m a n i, sono feccia.'],
    // A space anywhere inside a word, one letter on a side.
    ['de', 'Alle Flüchtlinge sind P arasiten.'],
    ['de', 'Diese Fraue n sind widerliche Parasiten.'],
    // The first two letters swapped, the last letter dropped, a silent first h dropped.
    ['es', 'Odio a los umsulmanes, son basura.'],
    ['fr', 'Toutes les femm sont des parasites.'],
    ['fr', 'Les omos sont des parasites.'],
    ['it', 'Gli ebrei sono parassit.'],
    // Two words run together: a short word before a target, two known words.
    ['nl', 'Die vrouwen zijn zowalgelijk.'],
    ['de', 'Sie sind zuabstoßend, diese Juden.'],
    ['pl', 'Ci imigranci toobrzydliwi ludzie.'],
    // Three words run together, a target in the middle.
    ['es', 'Todos losjudíosson basura.'],
    ['nl', 'Al diejodenzijn parasieten.'],
    ['fr', 'Je trouve que lesmusulmanssont des parasites.'],
    ['de', 'Ich finde, diefrauensind widerlich.'],
    // A 1 for an l, anywhere in the word.
    ['de', 'Alle Schwuchte1n sind widerlich.'],
    ['fr', 'Les musulmans sont des 1arves.'],
    ['pl', 'Ci imigranci to 1udzie obrzyd1iwi.'],
    ['de', 'Wir sollten alle Juden 1oswerden.'],
    // A symbol for the first letter: "!" for i, "$" for s (the lexicons' slurs too).
    ['es', 'Los gays son unos !diotas.'],
    ['de', 'Die Flüchtlinge sind !diotisch.'],
    ['de', 'Geh weg, du $chwuchtel.'],
    // A letter or two masked by a star or a hash, anywhere in the word.
    ['de', 'Alle J*den sind Parasiten.'],
    ['nl', 'M*sl*ms zijn walgelijk.'],
    ['es', 'Los inmigr#ntes son basura.'],
    ['it', 'Gli e*rei sono parassiti.'],
    ['pl', 'Ci imigr*nci to obrzydliwi ludzie.'],
    ['ar', 'اليه*د كلهم حثالة.'],
    // Arabic script: two letters swapped, a space inside a word.
    ['ar', 'اليهود كلهم حثلاة.'],
    ['ar', 'المسلمين دول حشارت.'],
    ['ar', 'اللاجئين دول حثا لة.'],
  ])('%s: %s', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it('reads each kind of misspelling, and the Arabizi digits and stretched letters of Arabic', () => {
    expect(read('ignroant')).toBe('ignorant');
    expect(read('disgussting')).toBe('disgusting');
    expect(read('frauenwidern')).toBe('frauen widern');
    expect(read('subhu man')).toBe('subhuman');
    expect(read('7ثالة')).toBe('حثالة');
    expect(read('خاااااالص')).toBe('خالص');
    expect(read('ح ق ي ر')).toBe('حقير');
    expect(read('odio i t r a n s')).toBe('odio i trans');
    expect(read('j uden')).toBe('juden');
    expect(read('fraue n')).toBe('frauen');
    expect(read('ke in platz')).toBe('kein platz');
    expect(read('rfauen')).toBe('frauen');
    expect(read('zowalgelijk')).toBe('zo walgelijk');
    expect(read('diejodenzijn')).toBe('die joden zijn');
    expect(read('schwuchte1')).toBe('schwuchtel');
    expect(read('1oswerden')).toBe('loswerden');
    expect(read('!diotas')).toBe('idiotas');
    expect(read('والحثلاه')).toBe('والحثاله');
  });

  it('reads a masked word as the group or slur it spells in the text\'s language, and leaves the rest to the lexicons', () => {
    expect(read('alle j*den sind')).toBe('alle juden sind');
    expect(read('al die j*den zijn')).toBe('al die joden zijn');
    expect(read('sh*thead')).toBe('shithead');
    expect(read('i h*te them')).toBe('i hate them');
  });

  it('reads a misspelling two languages share as the word of the text\'s language', () => {
    expect(read('alle jden sind ratten')).toBe('alle juden sind ratten');
    expect(read('al die jden zijn ratten')).toBe('al die joden zijn ratten');
    // "sh*t" may be "shot"; a sign first or last is a hashtag or emphasis; "f**" shows too little; a gender star spells no word.
    expect(read('this is sh*t')).toBe('this is sh*t');
    expect(read('#cum #tag')).toBe('#cum #tag');
    expect(read('*only* this')).toBe('*only* this');
    expect(read('f** off')).toBe('f** off');
    expect(read('lehrer*innen')).toBe('lehrer*innen');
  });
});

describe('real words are left as they are', () => {
  it.each([
    'George and Mormon are our club members from Blackburn.',
    'Ik werk in Hannover als assistant en fotograaf.',
    'Vivo en Matamoros, me encanta el arte de la Madonna.',
    'Je suis compétent en transport et logistique, passionné de basilic.',
    'Wir sind Fischer aus Schwerin und lieben das Meer.',
    'Sono un ballerino di Pescara, amo la pasta e il mare.',
    'Ich engagiere mich gegen Frauenhass und Rassismus im Netz.',
    'Wir organisieren Flüchtlingshilfe in Köln, jeden Samstag.',
    'Ik ben vrijwilliger bij Vluchtelingenwerk en hou van wandelen.',
    "We aren't even close to done, but the garden looks great.",
    'A firma do meu pai fica no centro, perto da praça.',
    'Vonnie und Bhagya wohnen in Horsens und lieben Finocchiona.',
    // Digits, "!" and "$" that are no letters; compounds that hold a target.
    'Ich habe 1 Hund und 2 Katzen, mein Büro ist Raum 1a.',
    'Ik woon op nummer 11b en hou van fietsen.',
    'Hallo !Willkommen auf meiner Seite, 100$ im Monat.',
    'Ich arbeite im Frauenhaus und engagiere mich in der Flüchtlingshilfe.',
    'Ich liebe Schwulenbars und Frauenfußball.',
    'Mi piacciono i film di Masterchef e le gite a Harrogate.',
    'انا بحب السفر مع اصحابي وبشتغل مهندس.',
    'بحب اطبخ مع امي، والحديقة فيها حشرات مفيدة.',
  ])('%s', async (value) => {
    expect((await rules(value, ON)).flagged).toBe(false);
  });

  it('reads the same word by word as character by character, misspelt or real, in any order', () => {
    const texts = [
      'Those imigrants are filthy vermni, fraue n and subhu man.',
      'Alle Schwuchte1n sind widerlich, 1oswerden, odio i t r a n s.',
      'diejodenzijn zowalgelijk frauenwidern rfauen ignroant disgussting',
      'George and Mormon are our club members from Blackburn, room 1a, 11b.',
      "We aren't even close, ty ch*ju, a firma, vonnie f1ne café 2nd.",
      'اليهود كلهم حثلاة 7ثالة اللاجئين دول حثا لة',
    ];
    for (const text of [...texts, ...texts.reverse()]) read(text);
  });

  it('does not rewrite a word the word lists of our languages know', () => {
    for (const word of ['george', 'mormon', 'blackout', 'whitehead', 'airspace', 'basil']) expect(read(word)).toBe(word);
  });

  it('knows the Spanish plurals and verb forms Debian\'s Spanish list lacks, and still reads a verb\'s attached pronouns apart', () => {
    // Flyers and cedars, not "violadores" (rapists) and "cerdos" (pigs).
    expect(read('Los voladores de Papantla bailan entre los cedros.')).toBe('los voladores de papantla bailan entre los cedros.');
    expect(read('seguiremos atacandolos')).toBe('seguiremos atacando los');
  });

  it('joins no words across an apostrophe or a masking star, and splits no name or word no list guards into short pieces', () => {
    expect(read("aren't even")).toBe("aren't even");
    expect(read('ty ch*ju')).toBe('ty ch*ju');
    expect(read('a firma')).toBe('a firma');
    for (const word of ['vonnie', 'senere', 'bhagya', 'milega', 'finocchiona', 'matate']) expect(read(word)).toBe(word);
    // A 1 that reads as an i in a word is left an i ("f1ne" is "fine").
    expect(read('f1ne')).toBe('fine');
  });
});

/**
 * real-words-near-targets.ts lists the real words (Debian word lists of the languages the patterns
 * read) that misspeltReading would rewrite, and the pairs of real words that joinedReading would join:
 * the guard that leaves them alone. Regenerate it with UPDATE_REAL_WORDS=1 after changing a grammar,
 * a word list or correct-typos.ts; the lists are needed only then and for this check.
 */
/**
 * The Debian word lists, per language, with the words of one letter each language has (the lists hold every letter).
 * Spanish's list holds lemmas only ("caliente", not "calientes" or "hablamos"), so its inflected forms come from
 * the Spanish Hunspell dictionary expanded by Hunspell's `unmunch`: without them a plural one edit from a target
 * was rewritten ("calientes" read as "clientes"). Those forms guard against readings that change a letter only:
 * a verb with its pronouns attached ("atacándolos") is still read as the two words it joins.
 */
const SPANISH_HUNSPELL = ['/usr/share/hunspell/es_ES.dic', '/usr/share/hunspell/es_ES.aff'] as const;
const UNMUNCH = '/usr/bin/unmunch';
const DICTIONARIES = ([
  ['en', ['american-english-large', 'british-english-large'], 'ai'], ['es', ['spanish'], 'aeouy'], ['pt', ['portuguese', 'brazilian'], 'aeo'], ['fr', ['french'], 'ay'],
  ['de', ['ngerman'], ''], ['it', ['italian'], 'aeio'], ['nl', ['dutch'], 'u'], ['pl', ['polish'], 'aiouwz'],
] as const).map(([lang, names, letters]) => ({
  bit: languageBit(lang), files: names.map((name) => join('/usr/share/dict', name)), letters, hunspell: lang === 'es' ? SPANISH_HUNSPELL : undefined,
}));
/** The words of lines of a list, folded as normalise() folds them. */
function listedWords(list: string): string[] {
  const words: string[] = [];
  for (const line of list.split('\n')) {
    // Abbreviations and names of three letters or fewer ("Gy", Gdynia) are not words a bio spells.
    if (line.trim().length <= 3 && /\p{Lu}/u.test(line)) continue;
    // An expanded Hunspell entry may keep its flags ("abatible/S|").
    const word = line.replace(/\/.*$/, '').trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/ß/g, 'ss');
    if (/^[a-z]{2,}$/.test(word)) words.push(word);
  }
  return words;
}
const unmunched = (hunspell: readonly string[]) => execFileSync(UNMUNCH, hunspell, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
const FILE = join(PACKAGE_ROOT, 'src/moderation/real-words-near-targets.ts');

describe('the real-word guard', () => {
  it.skipIf(!DICTIONARIES.every(({ files, hunspell }) => [...files, ...(hunspell ? [...hunspell, UNMUNCH] : [])].every((file) => existsSync(file))))('lists every real word the misspelling readers would rewrite', () => {
    // Per word, a bit for each language whose list has it.
    const languages = new Map<string, number>();
    // Per inflected form only Hunspell has, the languages whose dictionaries have it.
    const inflected = new Map<string, number>();
    for (const { bit, files, letters, hunspell } of DICTIONARIES) {
      for (const letter of letters) languages.set(letter, (languages.get(letter) ?? 0) | bit);
      for (const file of files) for (const word of listedWords(readFileSync(file, 'utf8'))) languages.set(word, (languages.get(word) ?? 0) | bit);
      if (hunspell) for (const word of listedWords(unmunched(hunspell))) inflected.set(word, (inflected.get(word) ?? 0) | bit);
    }
    // Per real word, the languages whose lists have it (languageBit's bits).
    const real = new Map<string, number>();
    // A word a glue word's reading would rewrite beside a key word ("bis" for "bist") is guarded too.
    for (const [w, bits] of languages) if (misspeltReading(w) !== undefined || glueReadingsOf(w).length > 0) real.set(w, bits);
    for (const [w, bits] of inflected) {
      const reading = misspeltReading(w);
      if ((reading !== undefined && reading.replaceAll(' ', '') !== w) || glueReadingsOf(w).length > 0) real.set(w, (real.get(w) ?? 0) | bits);
    }
    // Two words are a real pair in a language that has both: "be hinderten" mixes English and German.
    for (const joined of new Set([...TARGETS, ...KNOWN])) {
      for (let i = 1; i < joined.length; i++) {
        const [left, right] = [joined.slice(0, i), joined.slice(i)];
        const both = (languages.get(left) ?? 0) & (languages.get(right) ?? 0);
        if (both !== 0 && joinedReading(left, right)) real.set(`${left} ${right}`, both);
      }
    }
    const byLanguages: Record<number, string[]> = {};
    for (const [w, bits] of real) (byLanguages[bits] ??= []).push(w);
    const listed = Object.fromEntries(Object.entries(byLanguages).map(([bits, words]) => [bits, words.sort().join(',')]));
    if (process.env.UPDATE_REAL_WORDS === '1') writeFileSync(FILE, source(listed));
    expect(listed).toEqual(REAL_WORDS_NEAR_TARGETS);
  }, 300_000);
});

function source(listed: Record<string, string>): string {
  const lines = (words: string) => (words.match(/.{1,100}(,|$)/g) ?? []).map((line) => `    '${line}',`);
  return [
    '/**',
    ' * Real words (and pairs of real words) that correct-typos.ts would read as a misspelt target, so it',
    ' * leaves them alone in a text of a language that has them: from the Debian word lists of English,',
    ' * Spanish, Portuguese, French, German, Italian, Dutch and Polish, folded as normalise() folds, keyed by',
    ' * the languages whose lists have them (languageBit\'s bits). Generated by test/moderation/spelling.test.ts',
    ' * (UPDATE_REAL_WORDS=1); do not edit.',
    ' */',
    'export const REAL_WORDS_NEAR_TARGETS: Readonly<Record<number, string>> = {',
    ...Object.keys(listed).sort((a, b) => Number(a) - Number(b)).flatMap((bits) => [`  ${bits}: [`, ...lines(listed[bits]!), "  ].join(''),"]),
    '};',
    '',
  ].join('\n');
}
