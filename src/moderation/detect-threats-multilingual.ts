import type { Category } from './types.js';
import { fold } from './lexicons/index.js';
import { evidenceOf, hitsToReasons, type Detector, type Hit } from './detector.js';
import { answeredNo, quoted, segmentText } from './detect-lexicon.js';
import { aimedAtSelf, toldFondly } from './insult-target.js';
import { GAMES, KINDNESS, PLAYED_DOWN } from './word-lists.js';
import { DE_ADJ, DE_NOUN, ES_INSULT, FR_INSULT, IT_INSULT, NL_INSULT, PL_NAME, PL_NAME_INSTR, PL_VOCATIVE, PT_INSULT, SNEERS } from './insults-to-you.js';
import { compiledNow, LazyRegExp } from './lazy-regexp.js';
import { markedAsPlay } from './marked-as-play.js';
import { namedWork } from './named-work.js';
import { ZH_INITIALS_NAME_NOTHING } from './chinese-spellings.js';
import { leet, originalSpan } from './normalise.js';
import { LiteralIndex, requiredLiterals, type Requirement } from './regex-literals.js';
import { END as WORD_END, ID, MemoByWordId, readWords, START as WORD_START, STRIDE, wordUnitAt, type WordReading } from './segment-words.js';

/** A quoted threat keeps less than a signal's weight (detector.ts). */
const MENTIONED = 0.3;

/**
 * Threats of violence against a person or a group in the languages the lexicons know, written from
 * grammar, not from examples: a first person with a future or modal (or the bare present that means
 * the future) + a violent verb + a person as its object ("te voy a matar", "ich bring dich um", "я
 * тебя убью"); "you are dead" / "you will die"; "you won't see me coming"; and calls on others
 * ("someone should shoot him", "hay que matarlos"). The innocent idioms that share the words are left
 * alone by that grammar: "break a leg", "mucha mierda", "Hals- und Beinbruch" and "she killed that
 * solo" have no first-person future aimed at a person; a laughing tail ("de risa", "vor Lachen") or a
 * negation just before ("no te voy a matar") takes a match back. English threats phrased with "will"
 * are detect-harassment.ts's; this file has the forms it misses. It also reads insults and humiliation aimed at
 * "you", as harassment, by the same means: a name or a sneer said to the reader ("eres un inútil", "ты ничтожество",
 * "お前は役立たず"), "nobody loves you" ("niemand mag dich"), "the world is better without you", and the call to kill
 * oneself ("va te pendre"); a second person in the pattern keeps self-mockery ("soy un inútil") and praise out.
 * Runs only with policy.multilingual on.
 *
 * Every pattern is words in a fixed order, at most a few words between them (from a list, or each one
 * run of letters, a bounded number), so each is tried in time linear in the text. A pattern runs only where the literals
 * its every match holds occur (regex-literals.ts: "matar" or "reventar"..., found for all patterns in
 * one pass over the segment), and, as written, where its language's anchor (its violent words) occurs.
 */

/** The expressions are built on first use (lazy-regexp.ts): a process's first documents need few. */
interface ThreatPattern {
  category: Category;
  weight: number;
  /** The whole pattern: what it matches, and what the word gate reads its literals from. */
  re: LazyRegExp;
  /**
   * For a pattern in words (`words`), re without its leading START, searched instead (START then asked where it
   * matches: nextMatch): V8 skips ahead through a text by a pattern's first letters, but tries a leading
   * look-behind at every character.
   */
  afterStart?: LazyRegExp;
}

interface LanguageThreats {
  anchor: Anchor;
  patterns: ThreatPattern[];
  /** Right after a match: it is a joke about laughter or love ("te mato de risa"). */
  innocentAfter?: LazyRegExp;
  /** Right before a match: it is negated ("no te voy a matar"). */
  negatedBefore?: LazyRegExp;
  /** Before a match in its sentence: what it is done to is no person ("las cucarachas, hay que matarlas"). */
  innocentBefore?: LazyRegExp;
}

/** Word edges in any script (\b only knows ASCII letters). */
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}\\p{N}])';

/** A pattern in words: a space is one or more spaces; the whole stands as words of its own. */
const words = (category: Category, weight: number, source: string): ThreatPattern => {
  const afterStart = `(?:${source.replace(/ /g, '\\s+')})${END}`;
  return { category, weight, re: new LazyRegExp(`${START}${afterStart}`, 'gu'), afterStart: new LazyRegExp(afterStart, 'gu') };
};
/**
 * "If you live around here" right after "I know where you live": a baker's or courier's local knowledge ("Sé dónde
 * vives si eres de mi barrio: reparto pan"), not a veiled threat. Only being or living in a place counts: a condition
 * on what the one addressed does ("si sigues hablando de mí", "si vuelves por mi barrio") keeps the threat. German and
 * Dutch put the verb last ("wenn du aus meinem Viertel bist").
 */
const IF = '(?:si|se|if|wenn|als|jesli|jezeli)';
const YOU = '(?:(?:tu|du|je|jij|you|u|voce|vc|ty)\\s+)';
const BE_OR_LIVE = "(?:eres|estas|vives|sos|for|estiver|morar|moras|mora|es|t'es|habites|vis|bist|wohnst|lebst|sei|abiti|vivi|bent|woont|komt|you're|youre|are|live|jestes|mieszkasz)";
const IN = '(?:de|del|da|do|du|des|dans|en|no|na|em|nel|nella|in|im|aus|uit|from|around|z|w)';
const AREA = '(?:\\p{L}+\\s+){0,2}?(?:barrio|zona|pueblo|ciudad|bairro|cidade|regiao|quartier|coin|ville|village|secteur|viertel|gegend|stadt|dorf|kiez|quartiere|citta|paese|buurt|wijk|stad|dorp|regio|neighbourhood|neighborhood|area|town|dzielnicy|okolicy|miasta|osiedla)(?!\\p{L})';
const NOT_IF_AROUND_HERE = `(?!\\s+${IF}\\s+(?:${YOU}?${BE_OR_LIVE}\\s+${IN}\\s+${AREA}|${YOU}${IN}\\s+${AREA}\\s+${BE_OR_LIVE}))`;
/**
 * "We're neighbours" within a few words after "I know where you live" (session 33): how the writer knows it ("Ya sé dónde
 * vives, ¡somos vecinos!", "Wiem, gdzie mieszkasz, jesteśmy sąsiadami!"). Plural only: "vecino" alone may be a vocative.
 */
const NOT_NEIGHBOURS = "(?![^\\p{L}\\n]+(?:[\\p{L}']+[^\\p{L}\\n]+){0,3}?(?:neighbours|neighbors|vecinos|vecinas|vizinhos|vizinhas|voisins|voisines|nachbarn|vicini|buren|sasiadami|соседи|komsuyuz|padosi|جيران)(?!\\p{L}))";

/**
 * A veiled threat's last words, the clause ending after them: "тебе конец", not "тебе конец фильма понравился?"
 * (the end of the film), "vedrai cosa ti succede", not "... quando assaggi la nostra pizza". Hindi's danda ends a clause.
 */
const SAID_LAST = '(?=\\s*(?:[.!?,;:।]|$))';
const threat = (weight: number, source: string): ThreatPattern => words('harassment/threatening', weight, source);
/**
 * A warning to the reader with a menace beside it, a few words on (session 31): "fais gaffe à toi, sinon gare à toi",
 * "pass bloß auf, das nächste Mal bin ich nicht so nett", "uważaj, bo źle skończysz". The warning alone is care as often
 * ("pass auf dich auf!", "uważaj na siebie, kochanie", "attention à la marche"), and so is a consequence no one brings
 * about ("pass auf, sonst verbrennst du dich"): only a menace (or else, next time, before something happens to you) makes
 * it a threat, said last: a shop's or a cook's reason after it ("fais gaffe, sinon tu vas le regretter : les places
 * partent vite", "pass auf, sonst passiert was mit dem Kuchen") is no menace. Arabic's comma, which READ_AS leaves, may
 * end a word.
 */
const warned = (warning: string, menace: string) => threat(0.65, `(${warning})،? (?:[\\p{L}']+،? ){0,5}?(${menace})${SAID_LAST}`);
/**
 * A bare warning that is the whole text, two words before it at most ("Jake, you've been warned."), said to the reader
 * (session 33): "Te vas a arrepentir de esto.", "Das ist noch nicht vorbei.", "这事没完。". The same words with an object
 * are a shop's or a cook's ("you've been warned, this hot sauce is lethal", "ce n'est pas fini, la saison 2 arrive"), and
 * after another sentence they warn of it ("I talk about my cats a lot. You've been warned."): neither is read here.
 */
const alone = (source: string): ThreatPattern => ({ category: 'harassment/threatening', weight: 0.65, re: new LazyRegExp(`^\\s*(?:[\\p{L}']+\\s+){0,2}?(?:${source.replace(/ /g, '\\s+')})[^\\p{L}\\p{N}]*$`, 'gu') });
/** The same where words run together (Chinese, Japanese): no word before it. */
const aloneUnspaced = (source: string) => unspaced('harassment/threatening', 0.65, `^\\s*(?:${source})[^\\p{L}\\p{N}]*$`);
/**
 * A name the warning is said to, set off by a comma (READ_AS reads the comma as a space, so two spaces stand before it):
 * "You'll regret this, Sarah." "You'll regret this haircut" has an object, one space before it (session 34).
 */
const VOCATIVE = "(\\s\\s+[\\p{L}']+)?";
/**
 * A menace said over two sentences (session 33, every language in session 34): what the writer knows of the reader's
 * work, car, home or family ends a sentence, and a word to heed follows, said last ("I know where you work. Be careful.",
 * "Ich weiß, wo dein Auto steht. Pass gut auf."). "I know where you work now, congrats!" has no second sentence: where
 * the reader works is known to many, so it is read only so, where their home alone is a menace in one sentence.
 */
const knownThenHeeded = (known: string, heed: string) => threat(0.75, `(${known})[.!?।]+ (${heed})${SAID_LAST}`);
/** The same where words run together: the sentence ends with "。" or "！". */
const knownThenHeededUnspaced = (known: string, heed: string) =>
  unspaced('harassment/threatening', 0.75, `(?:${known})[。！？.!?]+\\s*(?:${heed})(?=\\s*(?:[。！？.!?，,~]|$))`);
/** A call for violence against someone not addressed (a group, "him"): violence, not harassment. */
const call = (weight: number, source: string): ThreatPattern => words('violence', weight, source);
/** An insult or humiliation aimed at the one addressed: harassment. */
const insult = (weight: number, source: string): ThreatPattern => words('harassment', weight, source);
/** Chinese and Japanese run words together: their patterns stand anywhere in the text. */
const unspaced = (category: Category, weight: number, source: string): ThreatPattern => ({ category, weight, re: new LazyRegExp(source, 'gu') });
/**
 * What a language's threats need, any of it: its patterns run only where it is. `re` is the whole (the word gate reads
 * its literals); an anchor at word beginnings is searched for its words alone (`words`), each found then asked whether
 * a word begins there: V8 skips ahead through a text by an alternation's letters, but tries a leading look-behind at
 * every character (an openai row's English anchor, 10-15 µs so, 2 µs without it).
 */
class Anchor {
  /** For an anchor met within words (inWords): per word, by its id, 1 where the anchor matches the word alone. */
  private readonly byWord: MemoByWordId | undefined;

  constructor(readonly re: LazyRegExp, private readonly words?: LazyRegExp, withinWords = false) {
    this.byWord = withinWords ? new MemoByWordId((text, from, to) => (re.regex.test(text.slice(from, to)) ? 1 : 0)) : undefined;
  }

  /** The expression met() searches with. */
  get searched(): RegExp {
    return (this.words ?? this.re).regex;
  }

  /** Whether the anchor matches in `text`, whose words are `reading`'s (at the same places). */
  met(text: string, reading: WordReading): boolean {
    if (this.byWord !== undefined) {
      const { words, count } = reading;
      for (let k = 0; k < count; k++) {
        const at = k * STRIDE;
        if (this.byWord.of(words[at + ID]!, reading.text, words[at + WORD_START]!, words[at + WORD_END]!) === 1) return true;
      }
      return false;
    }
    if (this.words === undefined) return this.re.regex.test(text);
    const words = this.words.regex;
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      WORD_BEGINS.lastIndex = m.index;
      if (WORD_BEGINS.test(text)) return true;
      // Every place a word of it starts is asked, overlapping ones too.
      words.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return false;
  }
}
/** START at one place. */
const WORD_BEGINS = compiledNow(new RegExp(START, 'uy'));
/** Word beginnings that a language's threats need, any of them. */
const anchor = (source: string) => new Anchor(new LazyRegExp(`${START}(?:${source})`, 'u'), new LazyRegExp(`(?:${source})`, 'gu'));
/** The same inside words, for languages that put prefixes on verbs (um-bringen, за-режу) or write without spaces. */
const inside = (source: string) => new Anchor(new LazyRegExp(source, 'u'));
/**
 * An anchor each of whose matches is letters and digits only, with look-arounds that ask only whether a letter or
 * digit stands beside it: it matches in a text exactly where it matches one of the text's words alone (a reading's
 * words are the text's longest runs of letters and digits, segment-words.ts), so each word is asked once, by its id.
 * The Arabizi anchor searched a text with a leading look-behind, tried at every character (22-25 µs an openai row).
 */
const inWords = (source: string) => new Anchor(new LazyRegExp(source, 'u'), undefined, true);
const tail = (source: string) => new LazyRegExp(`^\\s*(?:${source})${END}`, 'u');
/** The same where words run together (Chinese): no word's end to wait for. */
const unspacedTail = (source: string) => new LazyRegExp(`^\\s*(?:${source})`, 'u');
const negation = (source: string) => new LazyRegExp(`${START}(?:${source})\\s+$`, 'u');

/** Hindi: the one addressed ("tujhe") or their kin ("teri behen ko"), as the object of an abduction. */
const HI_LIFTED = '(tujhe|tujhko|tereko|(teri|tere) (behen|bahen|behan|bahan|beti|maa|ma|biwi|bibi|bachche|bachchon|bacche|bachon|bhai|baap|gharwali|gharwalon|family) ko)';
/**
 * Had lifted (uthwa), or lifted and taken away, in the first person future; said before its object too ("uthwa
 * lunga tujhe"). Plain "utha lunga" only after it: before a word it may end a clause of its own ("phone utha lunga,
 * tujhe bata dunga", the comma read as a space).
 */
const HI_TAKEN = '((uthwa|uthva) (lunga|lungi|loonga|lenge|dunga|dungi|doonga|denge)|(utha|uthwa|uthake|uthakar|utha ke|utha kar|uthwa ke|uthwa kar) (le|le ke) (jaunga|jaungi|jayenge|jaenge|jaayenge))';
const HI_LIFT = `(utha (lunga|lungi|loonga|lenge)|${HI_TAKEN})`;
const HI_LIFT_WHEN = '(ghar se|school se|college se|raste se|sadak se|yahan se|raat ko|raat mein|din dahade|kal|aaj|seedha|sidha|zabardasti)';
const HI_LIFTED_DEVANAGARI = '(तुझे|तुझको|तेरे को|(तेरी|तेरे) (बहन|बेटी|माँ|मां|बीवी|बच्चे|बच्चों|भाई|बाप|घरवाली|घरवालों) को)';
const HI_TAKEN_DEVANAGARI = '(उठवा (लूंगा|लूँगा|लूंगी|लूँगी|लेंगे|दूंगा|दूँगा|दूंगी|दूँगी|देंगे)|(उठा|उठवा|उठाकर|उठवाकर|उठा के|उठा कर) ले (जाऊंगा|जाऊँगा|जाऊंगी|जाऊँगी|जाएंगे|जाएँगे|जायेंगे))';
const HI_LIFT_DEVANAGARI = `(उठा (लूंगा|लूँगा|लूंगी|लूँगी|लेंगे)|${HI_TAKEN_DEVANAGARI})`;
const HI_LIFT_WHEN_DEVANAGARI = '(घर से|स्कूल से|कॉलेज से|रास्ते से|सड़क से|यहाँ से|रात को|रात में|दिन दहाड़े|कल|आज|सीधा|ज़बरदस्ती|जबरदस्ती)';

/*
 * Insults and humiliation aimed at the one addressed, by language: names and sneers as the folded text reads
 * them (accents off Latin and Cyrillic: Polish "świnią" reads "swinia", Russian "тупой" reads "тупои"; Polish ł
 * stays, and is often typed l). Only words that insult a person wherever they stand: "bestia", "монстр",
 * "canavar", "怪物", "pagal" are praise or fondness as often. The names in Spanish, Portuguese, French, Italian,
 * German, Dutch and Polish are in insults-to-you.ts, which the typo reader reads too.
 */
/** Polish sneers before a name, nominative or instrumental ("ty głupia krowo", "tłustą świnią"). */
const PL_SNEER = '(g[łl]up|tep|grub|t[łl]ust|brzydk|za[łl]osn|obrzydliw|odrazajac|bezuzyteczn|beznadziejn|zwyk[łl]|kompletn|skonczon|leniw|pieprzon|jeban|smierdzac|parszyw|nedzn)(y|a|i|ia|ym|im)';
/** Polish, what one is called without a name ("jesteś żałosny"); not "głupi" or "leniwy", said in jest. */
const PL_BAD = '(za[łl]osn|obrzydliw|odrazajac|bezuzyteczn|beznadziejn|brzydk|tep|grub|t[łl]ust|zenujac|nic niewart)(y|a|i)';
/** Not "nobody loves you as I do", nor "nobody wants to hurt you" (an infinitive). */
const PL_NOT_AS_I = '(?! (bardziej|tak|jak|mocniej|\\p{L}+c)(?!\\p{L}))';
/** "jesteś", unless reported ("wmówił ci, że jesteś nikim"). */
const PL_YOU_ARE = '(jestes|jestescie|(pani|pan) jest)(?<!ze\\s+jestes|ze\\s+jestescie)';

/** Russian names, singular and plural (its vocative is the nominative: "заткнись, идиот"). */
const RU_VOCATIVE = 'ничтожество|дура|дурак|идиот|идиотка|дебил|дебилка|кретин|кретинка|урод|уродина|уродка|неудачник|неудачница|лузер|тварь|мразь|скотина|шлюха|сука|паразит|паразитка|чмо|быдло|овца|жирдяи|жиробас|толстуха|тупица|придурок|ублюдок|нищеброд|истеричка|идиоты|дебилы|кретины|уроды|неудачники|лузеры|твари|мрази|ублюдки|придурки|паразиты|шлюхи|суки';
/** Russian names said as what one is ("ты мусор"), which are plain words too ("мусор ты выносишь?"). */
const RU_NAME = `${RU_VOCATIVE}|никто(?! не)|мусор|отброс|отбросы|свинья|корова|позор|позорище|ноль|пустое место|говно|дерьмо`;
/** Russian sneers, before a name or said alone ("ты жалкий"), and their short forms ("ты бесполезен"). */
const RU_SNEER = '(жалк|жирн|туп|уродлив|мерзк|бесполезн|никчемн|конченн?|отвратительн|толст|глуп|дешев|вонюч|ебан|тупорыл|убог)(ыи|ии|ои|ая|ое|ые|ие)';
const RU_BAD = '(жалк|жирн|туп|уродлив|мерзк|бесполезн|никчемн|конченн?|отвратительн|тупорыл|убог)(ыи|ии|ои|ая|ое)|бесполезен|бесполезна|жалок|жалка|мерзок|мерзка|отвратителен|отвратительна|никчемен|никчемна|омерзителен|омерзительна|туп|тупа|убог|убога';
/** Not "nobody loves you as I do", nor "nobody wants to hurt you" (an infinitive). */
const RU_NOT_AS_I = '(?! (так|сильнее|больше|как|\\p{L}+(ть|ти|чь))(?!\\p{L}))';
/** "ты", "вы", unless reported ("говорить тебе, что ты ничтожество"). */
const RU_YOU = '(ты|вы)(?<!что\\s+(?:ты|вы))';

/** Turkish names said with the copula of "you" ("aptalsın"), after "sen" or called out ("kes sesini, salak"). */
const TR_NAME = 'aptal|salak|gerizekali|ezik|zavalli|cirkin|sisko|domuz|esek|pislik|serefsiz|rezil|ise yaramaz|beceriksiz|parazit|orospu|surtuk|fahise|kaltak|ahmak|budala|dangalak|embesil|mankafa|lavuk|yavsak|igrenc|degersiz|basarisiz|kaybeden|yuz karasi|utanc kaynagi|beyinsiz|sefil|ahlaksiz';
/** Turkish words that are plain words too (rubbish, nothing, goods, cow, cheese, animal): names only with the copula ("çöpsün"). */
const TR_PLAIN = 'cop|hic|mal|inek|kasar|pic|hayvan|rezalet';
/**
 * Each name with the copula of "you" its vowels take ("aptalsın", "çöpsün", folded -sin or -sun; -siniz, -sunuz), written out
 * word by word: the patterns then need whole words ("aptalsin"), not any word with "sin" in it.
 */
const TR_YOU_ARE = `${TR_NAME}|${TR_PLAIN}`
  .split('|')
  .map((name) => (/[ou][^aeiu]*$/.test(name) ? `${name}sun|${name}sunuz` : `${name}sin|${name}siniz`))
  .join('|');

/** Arabic names and sneers, masculine and feminine (ة or ه), standard and dialect; not "حمار شغل" (a hard worker). */
const AR_NAME = '(فاشل|حقير|غبي|تافه|قبيح|سمين|بشع|قذر|وسخ|كلب|خنزير|حيوان|مقرف|رخيص|شرموط|عاهر|قحب|منحط|ساقط|طفيلي|متخلف|اهبل|أهبل|احمق|أحمق|جبان|وقح|واطي|نجس|بقر)[ةه]?|حمار[ةه]?(?! شغل)|زبال[ةه]|حثال[ةه]|عار|عال[ةه]|نكر[ةه]|هبل[ةه]|حمقاء|مسخر[ةه]|مهزل[ةه]|لا شيء|لا شي|ولا شي|ولا شيء|ولا حاجة|عديم الفائدة|عديمة الفائدة|ما تسوى شي|ما تسوي شي';
/** Arabic "you": standard and dialect spellings, masculine, feminine, plural, with its vowel marks ("أنتِ"). */
const AR_YOU = '(?:انت|أنت|إنت|انتي|أنتي|إنتي|انتم|أنتم|انتو|إنتو|انتوا)\\p{M}*';
/** Not when said or quoted ("يقول لي انت فاشل", "عبارة انتِ عاهرة"): the words of someone else. */
const AR_NOT_SAID = '(?<!(?:قول|تقول|يقول|يقولون|قال|قالت|قالوا|تقل|قل|عبارة|جملة|كلمة|مثل)(?:\\s+(?:لي|لك|لها|له|لهم|عني|عنك|عنها|عنه))?\\s+(?:انت|أنت|إنت|انتي|أنتي|إنتي|انتم|أنتم|انتو|إنتو|انتوا|يا)\\p{M}*)';
/** Arabic "nobody" ("محدش", "ما حدا", "لا أحد"...). */
const AR_NOBODY = 'محدش|ماحدش|ما حدا|ماحدا|ما حد|ماحد|محد|ولا حد|ولا حدا|لا أحد|لا احد|ولا أحد|ولا احد|ما أحد|ما احد|مافي حدا|ما في حدا|مفيش حد|ما فيه احد';
/** Arabic "everyone". */
const AR_EVERYONE = 'الكل|الجميع|كلنا|كلهم|كل الناس|الناس كلها|الناس|العالم كله';

/** Mandarin names for a person; 废物 and 垃圾 not in recycling and rubbish sorting, 小丑 not the clownfish. */
/**
 * Session 31, Arabizi (Arabic in Latin letters, digits for the letters Latin lacks: 7 ح, 2 ء or ق, 3 ع, 5 خ, 8 غ), as
 * members write it with the digits and without ("ya 7mar", "ya hmar"): the names it calls "you" (not "kalbi", my heart,
 * which a dog's name "kalb" starts), "you" and the first person's future ("ha-", "ra7", "la-", "b-", "n-") with the
 * object "you" joined ("ha2tlak": I'll kill you). Written out, not read by skeleton (arabizi-skeleton.ts): a skeleton
 * is shared by English words ("hmr": humor, hammer), and these are short.
 */
const AZ_NAME = "(7|h)(mar|umar|omar|emar)|(7|h)(ayawan|aywan|aiwan|ayawaan|ywan)|(gh|8)(abi|aby|abiy|abee)|(z|ze)(bala|baala|bale)|(sh|ch)(armoota|armouta|armota|armuta|rmota|rmoota)|(5|kh)(awal|awwal|wal)|we(s|ss)(5|kh)|wi(s|ss)(5|kh)|(3|')?(abeet|abit|abiit)|(7|h)(a2eer|a2ir|aqeer|aqir|akir|akeer)|ka?lb|kelb|(5|kh)(ara|ra)|(t|6)afeh|(a7bal|ahbal|habal|ahbl|a7bl)|(m|mo|mu)(t|6)a?(5|kh)a?llef|(m|mo|mu)(t|6)a?(5|kh)(a|l)?lef|mt5lf|(3|')ars|(9|s)aye3|(2|'|q)?a7ba|(2|'|q)?ahba|(k|q)a7ba|(k|q)ahba|manyak|maniak|mnyk";
const AZ_YOU = '(enta|inta|anta|ent|int|enty|enti|inti|ente|entii|ento|entu|intu|entom|entoo|antom)';
/** "Son of a dog", "daughter of a whore", "son of sin". */
const AZ_SON_OF = '(ya )?(ibn|ebn|ibin|yabn|yebn|yabin|bint|bent|bnt|yabint|yabent) (el |il |al |l|e |el-|al-)?(kalb|kelb|klb|sharmoota|sharmouta|charmouta|sharmota|wes5a|wis5a|weskha|wiskha|ka7ba|kahba|qa7ba|a7ba|2a7ba|9a7ba|7aram|haram|mitnaka|metnaka|mtnaka|kalba|kelba|zina)';
/** "Your mother's ...", joined or not: "kosomak", "kos omak", "kosom ommak", "kus ukhtak". */
const AZ_KOS = '(kos|kus|koss|kuss)(om|umm|um|omm)?\\s*(omak|ommak|umak|ummak|omk|emak|ommok|ukhtak|okhtak|o5tak|ekhtak|ukhtik|abook|abouk|abuk|abok)';
/** The first person's future, joined to the verb ("ha", "h", Levantine "b", "ba", "bi", the oath's "la") or a word before it ("ra7", "ghadi n"). */
const AZ_WILL = '(?:(?:ra7|rah|r7|ha|7a|ana ha|ghadi|gha|ghan|ghadi n) )?(?:ha|h|la|ba|bi|be|b|n|na|e|a|i)';
/**
 * Slaughter, burn, stab, make die, bury. Kill ("2atal") is read apart: with its hamza or q written ("ha2tlak", "la2tlak"),
 * or, without, after the future's "ha" alone ("hatlak"). Each pattern so holds letters few English words hold, which the
 * word gate asks for (a pattern any text may match would send every text through the grammars).
 */
const AZ_HARM = 'd[aeiou]?b[aeiou]?(7|h)|(7|h)[aeiou]?r[aeiou]?(2|q)|(t|6)[aeiou]?3[aeiou]?n|m[aeiou]?w[aeiou]?(t|6)|d[aeiou]?f[aeiou]?n';
/** "You" joined to the verb: masculine, feminine, plural. */
const AZ_YOU_OBJECT = '(ak|ek|ik|k|kom|kum|ko|ki|kii|lak)';

/**
 * Arabizi's digits also as the letters normalise() reads them as ("da7k" as "datk"): a threat excused in the member's
 * text is read again in the readers' text, where its excusing tail must still read.
 */
const digitsAsRead = (source: string) => source.replace(/[0-9]/g, (d) => (leet(d.charCodeAt(0)) === 0 ? d : `[${d}${String.fromCharCode(leet(d.charCodeAt(0)))}]`));

const ZH_NAME = `(?<![a-z])(?:sb|lj)${ZH_INITIALS_NAME_NOTHING}|废物(?!利用|回收|处理)|垃圾(?!分类|桶|袋|车|站|回收|处理|箱|场|食品|短信|邮件)|蠢货|蠢猪|肥猪|猪头|傻逼|傻叉|白痴|智障|脑残|贱人|贱货|婊子|骚货|人渣|败类|窝囊废|废柴|失败者|丑八怪|死胖子|寄生虫|小丑(?!鱼)|没用的东西|狗东西|畜生|杂种|混蛋|王八蛋|可怜虫`;
/** Mandarin sneers said of the one addressed ("你真蠢"), not 丑小鸭 (the ugly duckling), 没用过 (never used), nor fond (蠢萌, 贱兮兮). */
const ZH_BAD = '蠢(?!萌)|丑(?!小鸭|萌)|贱(?!兮|萌)|恶心|不要脸|没用(?!过)|可悲|一无是处|耻辱|无耻|下贱';
/** Mandarin "you", unless reported or denied ("别让任何人说你是废物"). */
const ZH_YOU = '(你|您)(?<!(?:说|觉得|认为|以为|骂|叫)(?:你|您))';
/** A work named before its title: "电影是", "游戏叫", "小说《" read as a title's start, not the writer's act. */
const ZH_WORK_NAMED = '(?:电影|影片|片子|书|小说|游戏|歌|歌曲|乐队|剧|电视剧|动漫|漫画)(?:是|叫|叫做|名叫|名字叫)?';
/** What comes between "you" and the name: the copula, a measure word, "really", "just", "this". */
const ZH_COPULA = '这个|这种|这头|这只|这条|这坨|就是|真是|简直是|简直就是|根本就是|根本是|不过是|只是|是个|是一个|是|个|一个|一头|一条|一只|一坨|真|太|简直|根本|也太|可真|十足的|彻头彻尾的|纯粹的|天生的|他妈的';

/**
 * Japanese names and sneers for a person, none before the katakana of a longer word (バカンス, カスタード, デブリ, キモノ,
 * アホウドリ), nor ゴミ and クズ where they are rubbish and kudzu (ゴミ箱, ゴミを, くず餅), nor 最低 as "at least", nor fond
 * or an idiom (バカ正直, 馬鹿力, 馬鹿にされる, アホ毛).
 */
const JA_NAME = '役立たず|(ゴミ|ごみ)(?!箱|袋|出し|拾い|の|分別|捨て|を|に|収集)|(クズ|くず)(?![ァ-ヴー]|餅|もち|湯|粉)|カス(?![ァ-ヴー])|(バカ|馬鹿)(?![ァ-ヴー]|正直|丁寧|真面目|力|騒ぎ|にさ|にし|にす|にな)|アホ(?![ァ-ヴー]|毛)|ブス(?![ァ-ヴー])|デブ(?![ァ-ヴー])|キモい|きもい|キモ(?![ァ-ヴー])|無能|負け犬|ダメ人間|最低(?!気温|賃金|限|価格|でも|条件|ライン|料金|保証)|気持ち悪い|恥さらし|醜い|ブサイク|不細工|寄生虫(?!の|学)|出来損ない|できそこない|失敗作|ビッチ|うざい|ウザい|邪魔者';
/** Japanese "you", contemptuous or plain. */
const JA_YOU = 'お前|おまえ|てめえ|てめぇ|テメエ|テメー|貴様|きさま|あんた|あなた';
/** What comes between "you" and the name: a topic, "like you", "really", "just", a sneer ("使えないゴミ"). */
const JA_TOPIC = 'は|って|なんか|なんて|みたいな|みたいなの|みたいなやつ|ほんと|ほんとに|本当に|マジで|まじで|マジ|まじ|ただの|所詮|しょせん|も| |、|使えない|役に立たない|どうしようもない|最低の|最低な|汚い|臭い|哀れな|惨めな|醜い';

/** "Useless" of a thing, not a person: "tu bekaar ki tension le raha hai", "bekaar baatein". */
const HI_IDLE = '(?! (ki|ka|ke|mein|me|mai|baat|baatein|cheez|cheezein|tension|sawal|bakwas)(?!\\p{L}))';
const HI_IDLE_DEVANAGARI = '(?! (की|का|के|में|बात|बातें|चीज़|चीज़ें|चीज|टेंशन|सवाल)(?![\\p{L}\\p{M}]))';
/** Hindi names, in Latin letters and in Devanagari (not "pagal", fond as often as not). */
const HI_NAME = `bekaar${HI_IDLE}|bekar${HI_IDLE}|nalayak|nalaayak|nikamma|nikammi|nikamme|bewakoof|bewakuf|bevakoof|bewkoof|murkh|gadha|gadhi|gadhe|kamina|kamini|kamine|ghatiya|badsurat|kalank|harami|haramkhor|neech|faltu${HI_IDLE}|faaltu${HI_IDLE}|besharam|nakara|chudail|jahil|gawar|ganwar|loser|ullu|bhains|suar|kutta|kutti`;
const HI_NAME_DEVANAGARI = `बेकार${HI_IDLE_DEVANAGARI}|नालायक|निकम्मा|निकम्मी|निकम्मे|बेवकूफ़|बेवकूफ|मूर्ख|गधा|गधी|गधे|कमीना|कमीनी|कमीने|घटिया|बदसूरत|कलंक|हरामी|हरामख़ोर|हरामखोर|नीच|फ़ालतू${HI_IDLE_DEVANAGARI}|फालतू${HI_IDLE_DEVANAGARI}|बेशर्म|नाकारा|चुड़ैल|जाहिल|गँवार|गंवार|उल्लू|भैंस|सुअर|सूअर|कुत्ता|कुत्ती`;
/** Not "nobody loves you as much as I do". */
const HI_NOT_AS_I = '(?! (jitna|jitni|jitne|jaisa|jaise|जितना|जितनी|जैसा|जैसे)(?![\\p{L}\\p{M}]))';
/** Hindi names called out to someone ("chup kar, gadhe"). */
const HI_VOCATIVE = 'gadhe|gadhi|kamine|kamini|nalayak|nikamme|nikammi|bewakoof|bewakuf|murkh|harami|kutte|kutti|suar|chudail|besharam|moti|mote|ullu|bhains|jahil|gawar|ghatiya';
const HI_VOCATIVE_DEVANAGARI = 'गधे|गधी|कमीने|कमीनी|नालायक|निकम्मे|निकम्मी|बेवकूफ़|बेवकूफ|मूर्ख|हरामी|कुत्ते|कुत्ती|सुअर|चुड़ैल|बेशर्म|मोटी|मोटे|उल्लू|भैंस|जाहिल|गँवार|घटिया';
/** Hindi "you", intimate, familiar and polite, unless reported ("mat kehne do ki tum bekaar ho"). */
const HI_YOU = '(tu|tum|aap)(?<!(?:ki|ke)\\s+(?:tu|tum|aap))';
const HI_YOU_DEVANAGARI = '(तू|तुम|आप)(?<!कि\\s+(?:तू|तुम|आप))';
/** Hindi, what is not meant after a name: "tum bekaar nahi ho". */
const HI_NOT_AFTER = '(?! ((insaan|insan|aadmi|admi|aurat|ladka|ladki|hai|ho|hain) )?(nahi|nahin|nhi|na|mat)(?!\\p{L}))';
const HI_NOT_AFTER_DEVANAGARI = '(?! ((इंसान|आदमी|औरत|लड़का|लड़की|है|हो|हैं) )?(नहीं|नही|ना|न|मत)(?![\\p{L}\\p{M}]))';

/**
 * Not after a word and a space: a clause opens here (commas read as spaces leave two), where an imperative stands.
 * Italian's reflexive imperatives are also participles ("ammazzati": killed), which follow their noun or auxiliary.
 */
const CLAUSE_OPENS = '(?<!\\p{L}\\s)';
/** French and Italian articles and "que" elided onto the next word ("qu'une", "d'incapables", "un'idiota"): no space follows. */
const ELIDED = "(qu'|l'|d'|un'|bande d'|une bande d'|qu'une bande d')";

/** What comes between "eres" and the insult: an article, a degree, a curse ("eres una puta vergüenza"). */
const ES_DEGREE = '(un total|una total|totalmente|completamente|un|una|unos|unas|el|la|los|las|tan|muy|mas|solo|un puto|una puta|un maldito|una maldita|un pedazo de|una pedazo de|menudo|menuda|un triste|una triste|un pobre|una pobre|un gran|una gran|un completo|una completa|el mayor|la mayor|el mas|la mas)';
/** A body or a beast called with a sneer to the face ("gorda asquerosa", "cerdo de mierda"): the food and the farm have no sneer. Not "basura": rubbish may be filthy. */
const ES_BODY = 'gord[oa]s?|fe[oa]s?|cerd[oa]s?|puta|zorra|perra|vaca|foca|ballena|inutil|idiota|imbecil|escoria|parasit[oa]s?';

const PT_DEGREE = '(um|uma|uns|umas|o|a|os|as|muito|mesmo|tao|so|apenas|um grande|uma grande|um puta|uma puta|um baita|uma baita|um completo|uma completa|um verdadeiro|uma verdadeira|o maior|a maior|o mais|a mais|mais)';
/** Called by "seu"/"sua" to the face ("seu idiota", "sua vagabunda"): not "lixo" or "vaca" alone ("separe seu lixo"). */
const PT_CALLED = 'idiota|imbecil|otari[oa]|babaca|verme|inutil|vagabund[oa]|piranha|vadia|nojent[oa]|escrot[oa]|fracassad[oa]|desgracad[oa]|retardad[oa]|burr[oa]|arrombad[oa]|corno|estupid[oa]|imprestavel|lixo humano|baleia|gorda';
/** A body called with a sneer ("gorda nojenta"); beasts and rubbish only after "seu"/"sua" ("o lixo nojento da rua" is rubbish). */
const PT_BODY = 'gord[oa]|fei[oa]|verme|puta|vadia|vagabund[oa]|(seu|sua) (porc[oa]|vaca|baleia|lixo|cobra)';

const FR_DEGREE = "(completement|totalement|un total|une totale|un|une|des|la|le|bande de|une bande de|vraiment|juste|tellement|trop|si|qu'un|qu'une|un gros|une grosse|un vrai|une vraie|un pauvre|une pauvre|un sale|une sale|le plus|la plus|une belle|qu'une grosse|qu'un gros|qu'une sale|qu'un sale|que|que de la)";
/** Called so to the face after "espèce de", "sale", "pauvre" or an order to leave or be silent (not "raté": "sale rate" is English; the beasts apart, "un gros porc" is meat). */
const FR_CALLED = 'nul|nulle|idiot|idiote|imbecile|con|conne|connard|connasse|debile|abruti|abrutie|cretin|cretine|dechet|merde|moche|pute|pouffiasse|tache|parasites?|loser|sous-merde|minable|batard|batarde';

const IT_DEGREE = "(un totale|una totale|totalmente|completamente|un completo|una completa|un|una|uno|dei|delle|degli|proprio|davvero|solo|soltanto|solamente|cosi|talmente|troppo|il|la|l'essere piu|la persona piu|l'uomo piu|la donna piu|il ragazzo piu|la ragazza piu|un vero|una vera|veramente|nient'altro che|un grandissimo|una grandissima|un povero|una povera|il piu|la piu)";
const IT_CALLED = 'idiota|imbecille|cretin[oa]|stronz[oa]|coglione|cogliona|deficiente|sfigat[oa]|fallit[oa]|maiale|porc[oa]|vacca|troia|puttana|zoccola|ciccion[ae]|buon[oa] a nulla|ritardat[oa]|scem[oa]|cesso|feccia|verme|pezzo di merda|bastard[oa]|racchia|nullita';

const DE_DEGREE = `(alle|allesamt|so|echt|total|einfach|wirklich|voll|sowas von|ja|doch|nur|halt|eh|auch|auch noch|nichts als|nix als|der|die|ein|eine|einen|so ein|so eine|der gro(ss|ß)te|die gro(ss|ß)te|ein richtiger|eine richtige|ein echter|eine echte|ein verdammter|eine verdammte|ein kompletter|eine komplette|${DE_ADJ})`;

const NL_DEGREE = "(een|echt|zo|zo'n|zon|gewoon|ook|toch|maar|de|het|heel|allemaal|een echte|een grote|een vieze|een vuile|een domme|een dikke|een lelijke|een zielige|een vette|zo'n vieze|zo'n dikke|zo'n domme)";
const NL_CALLED = 'sukkel|loser|hoer|slet|idioot|mislukkeling|klootzak|trut|teef|kneus|eikel|lul|debiel|mongool|nietsnut|oetlul|parasiet';

/**
 * Session 29: pests and a game's foes named earlier in the sentence, which a pronoun then takes up ("las cucarachas, hay
 * que matarlas", "les punaises, il faut les tuer à la vapeur", "in questo gioco vanno uccisi tutti i non morti").
 */
const NO_PERSON_BEFORE = (names: string) => new LazyRegExp(`${START}(?:${names})${END}[^.!?]*$`, 'u');
const ES_PESTS = 'cucarachas|ratas|ratones|mosquitos|moscas|termitas|chinches|plagas|pulgas|piojos|avispas|hormigas|babosas|caracoles|pulgones|avispones|garrapatas|polillas|orugas|topos|bichos|malas hierbas|zombis|zombies|monstruos|enemigos|orcos';
const PT_PESTS = 'baratas|ratos|ratazanas|mosquitos|pernilongos|moscas|cupins|percevejos|pragas|pulgas|piolhos|vespas|formigas|lesmas|pulgoes|marimbondos|carrapatos|tracas|lagartas|caramujos|bichos|ervas daninhas|zumbis|zombies|monstros|inimigos|orcs';
const FR_PESTS = 'cafards|blattes|rats|souris|moustiques|mouches|termites|punaises|puces|poux|guepes|fourmis|limaces|pucerons|frelons|tiques|chenilles|mites|taupes|ragondins|nuisibles|mauvaises herbes|zombies|monstres|ennemis|orcs';
const IT_PESTS = 'scarafaggi|blatte|ratti|topi|zanzare|mosche|termiti|cimici|pulci|pidocchi|vespe|formiche|lumache|afidi|calabroni|zecche|tarme|bruchi|talpe|nutrie|parassiti|erbacce|zombie|zombi|mostri|nemici|orchi';

/**
 * English bare warnings (session 33): the reader warned, told they will regret "this", that "this isn't over", that the
 * writer would be careful in their place, to remember the writer's face. "You'll regret this haircut" has an object; the
 * others take none, so a word after them is a name ("Last warning, Dave.").
 */
const EN_REGRET = "(you'll|you will|youll|you're going to|you are going to|youre going to|you're gonna|youre gonna|you gonna) regret (this|that|it)";
/**
 * A debt or a wait promised the reader, said whole (session 34): "You're going to pay for what you did", "Just wait,
 * you'll see". "You'll pay for this round" and "just wait, you'll see the view" have an object, and are not read.
 */
const EN_PAYBACK = "(you'll|you will|youll|you're going to|you are going to|youre going to|you're gonna|youre gonna) pay for (this|that|it|what you (did|said|done|have done|'ve done|wrote|posted))|(just )?(you )?wait,? (you'll|you will|youll) see";
const EN_WARNED = "(you've|you have|youve|you) been warned|consider (yourself|urself) warned|(this is|that was|that's|thats) your (last|final|only) warning|(last|final) warning|((this|it) (isn't|is not|isnt|ain't|aint|is far from)|(it's|its|this's) not) over( between (us|you and me))?|(i'd|i would|id) (be (very )?careful|watch (your|my) back|watch out) if i (were|was) you|if i (were|was) you (i'd|i would|id) (be (very )?careful|watch (your|my) back|watch out)|remember my face";
/** The writer's word that a warning is meant. */
const EN_MEANT = "(i'm|im|i am) (not (joking|kidding)|serious|dead serious)|i mean it|(this|that) (is not|isn't|isnt|was not|wasn't|wasnt) (a joke|a threat)|(this|that) is no joke|not a joke";
/** The writer's demand or grievance to the reader, the sentence a bare warning follows. */
const EN_DEMAND = "keep (talking|pushing|it up|running your mouth)|stay away from (me|us|my)|keep away from (me|us|my)|back off|leave (me|us|him|her|them|my \\p{L}+) alone|(stop|quit) (talking about|posting about|texting|messaging|calling|following|contacting|lying about|messing with|harassing|spreading) (me|us|my|lies)|(don't|do not|dont|never) (ever )?(come near|go near|contact|message|text|call|touch|talk to|speak to|mess with|cross|lie to|snitch on|show your face)|you (messed|crossed|lied|snitched|cheated|screwed|fucked|talked shit|talked trash) (with |on |to |over |about )?(me|us|my|the wrong)";
/** What the writer knows of where the reader lives, their family or their day. */
const EN_KNOWN = "(i|we) know (where (you|u) (live|sleep|work|park)|where your (kids|children|daughter|son|wife|husband|family|mom|mum|mother|dad|girlfriend|boyfriend|parents) (go to school|goes to school|live|lives|work|works|sleep|sleeps)|what car (you|u) drive|your (home )?address|your (daily )?(schedule|routine)|your (plate number|number plate))|(i|we) (found|have|got) your (home )?address|(i|we) (saw|watched|followed|seen) (you|u) (leave|leaving|walk|walking|at|outside|come|coming|get|getting)( \\p{L}+){0,4}|(you|u) walk home alone( \\p{L}+){0,3}";
/** A visit or a wait, or a word to think on, that follows it. */
const EN_VISIT = "(see|seeing) (you|u|ya) (soon|tonight|tomorrow|around|real soon|very soon|later)|be seeing (you|u|ya)( soon| around)?|(i'll|ill|we'll|i will|we will) be (waiting|there|watching|seeing you|coming|around)|expect (a|my|our) ((little|late night|surprise) )?visit|expect (me|us)|think about (that|it)|just (saying|so you know)|sleep (well|tight)|(watch|better watch) your back|((you'd|you had|youd) )?(better )?(be|stay) careful|watch (yourself|your step|out)|(you've|you have) been warned|(don't|dont) forget (that|it)";

/**
 * Turkish "if you don't come" or "if you miss it" right before regret: a thing missed, a host's or a shop's line
 * ("Partiye gelmezsen pişman olacaksın!"), not a warning (session 34).
 */
const TR_MISSED = '(?<!(?:mezsen|mazsan|mezseniz|mazsaniz|kacirirsan|kacirirsaniz)\\s+(?:cok\\s+)?)';

const LANGUAGES: Record<string, LanguageThreats> = {
  en: {
    anchor: anchor('kill|murder|stab|shoot|strangl|hurt|break|bullet|coming|bury|slit|burn|torch|firebomb|set fire|address|warn|regret|over|careful|watch|face|know|found|have|got|saw|seen|followed|walk|shame|pity|pay|wait|keep'),
    patterns: [
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|im going to|we're gonna|we're going to) (?:(just|fucking|personally|literally|gladly|happily|actually|definitely) )?(kill|murder|stab|shoot|strangle|hurt|bury|gut|slit) (you|u|ya|y'all|him|her|them|your family|your kids)"),
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|we're gonna) (break|smash|snap|cut|slit) (your|ur|his|her|their) (neck|legs|leg|face|bones|jaw|arms|skull|head|throat|fingers|knees)"),
      // Coming somewhere, or back, is a plan to be away ("you won't see me coming to the party").
      threat(0.8, "(you|u) (won't|wont|will not|are not going to|aren't gonna) see (me|us|it) coming(?! (to|back|home|over|round|around|in|at|along|this|next|tonight|tomorrow)\\b)"),
      call(0.75, '(someone|somebody|we) (needs to|need to|should|ought to|has to|have to|must) (put a bullet in|shoot|kill|stab|hang|lynch|burn) (him|her|them|that|this|these|those|every|all)'),
      // Arson against someone's home or business; the subject is often left out ("Going to burn...").
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|im going to|we're going to|going to|gonna|i will|we will) (burn|torch|firebomb|set fire to) (down )?(your|ur|his|her|their) (house|home|shop|store|car|place|office|restaurant|studio|flat|apartment)"),
      // The act coordinated with another the speaker will do first: "I'm going to find you and kill you".
      threat(0.85, "(i'll|ill|we'll|i'm gonna|im gonna|i'm going to|im going to|we're gonna|we're going to|i will|we will) (?:\\p{L}+ ){1,4}(and|then|an) (kill|murder|stab|shoot|strangle|slit|gut) (you|u|ya|y'all)"),
      // Where the one addressed lives, said as the address: "I know your address", as "I know where you live".
      threat(0.7, `(i|we) (know|knows) (your|ur) (home )?address${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      // Session 33: a bare warning standing alone (alone()), or after the writer's demand or grievance ("Stay away from my
      // sister. You've been warned.", "You messed with the wrong person. This isn't over.").
      alone(`(${EN_WARNED})( [\\p{L}']+)?|(${EN_REGRET}|${EN_PAYBACK})${VOCATIVE}`),
      threat(0.65, `(${EN_DEMAND})[^.!?\\n]{0,60}[.!?]+ (${EN_WARNED}|${EN_REGRET})${SAID_LAST}`),
      // A menace said over two sentences, the second within a short reach of the first (session 33): what the writer
      // knows of the reader's home, family or day ends a sentence, and a visit or a wait follows, said last: "I know where
      // your kids go to school. Think about that.", "I saw you leave work today. I'll be waiting." "I know where you live
      // now, we're neighbours! See you at the party" and "I'll be waiting at the gate to help you park" are not.
      knownThenHeeded(`(${EN_KNOWN})( (now|too|already|btw|lol))?`, `((so|and|anyway|well|oh|just) )?(${EN_VISIT})`),
      // A warning said to a name, then the writer's word that it is meant, said last (issue 17): "Watch yourself, Jenna. I'm
      // not joking." "Watch yourself on the ice. I'm not joking" warns of the ice: no name stands after the warning.
      threat(0.65, `(watch (yourself|your back|your step|it|out)|((you'd|you had|youd) )?(better )?be careful|careful)${VOCATIVE}[.!]+ (${EN_MEANT})${SAID_LAST}`),
      // The racketeer's line: a shame if something happened to what the reader has, said last ("Nice car. Would be a shame
      // if something happened to it."); "a shame if the frost got it, cover it tonight" is a gardener's.
      threat(0.65, `(shame|pity) if (something|anything) ((bad|terrible|nasty|unfortunate) )?(happened|were to happen|was to happen|happens|should happen) to (it|them|her|him|you|your \\p{L}+|that \\p{L}+|this \\p{L}+)${SAID_LAST}`),
      threat(0.65, `(shame|pity) if (it|they|she|he|your \\p{L}+) (burned|burnt|went up in flames|caught fire|got (burned|burnt|torched|smashed|hurt|damaged|keyed|broken|wrecked))( down)?${SAID_LAST}`),
    ],
    // The same play the phrase detectors read (PLAYED_DOWN), and kindness after "with" or "in" ("bury you in compliments").
    innocentAfter: tail(`(with|in) (${KINDNESS.join('|')})|to me|on stage|on the dance floor|${PLAYED_DOWN}`),
    negatedBefore: negation("never|not|wouldn't|would never"),
  },
  es: {
    anchor: anchor('espera|cuida|piensa|pagar|pagaras|veras|aparcas|vigil|pena|lastima|avisad|advertid|esto|tendria|iria|andaria|ultim|recuerda|acuerdate|cuidad|ojo|arrepent|capaz|capaces|deguell|alguien|alguno|merec|arranc|cort|abrir|abrire|quemen|maten|fusilen|ahorquen|cuelguen|exterminen|linchen|gaseen|apedreen|pag|acabar|terminar|acabaras|terminaras|hace falta|tendrian|tienen|habria|hay|direccion|veras|vas|vais|eres|muer|pudr|ard|sois|usted|ni|deberias|tendrias|deja|odia|detest|despreci|importas|caes|gustas|interesas|callate|calla|cierra|largate|pirate|esfumate|desaparece|asqueros|patetic|miserabl|repugnant|cobard|mierda|rastrer|das|dais|nadie|rie|rien|reia|burl|mejor|sol|verguenza|avergonz|vales|valeis|sirves|servis|matate|suicidate|ahorcate|cuelgate|pegate|tirate|morir|matarte|suicidarte|ahorcarte|colgarte|ojala|quem|incendi|fuego|donde|dispar|bala|asesin|viol|fusil|linch|decapit|merecen|mat|romp|part|revent|apunal|acuchill|quem|degoll|ahorc|dispar|tiro|morir|venir|raj|estrangul|ahog|atropell|cuello'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((estas|estais|quedas|quedais|ya estas|estan|quedan) (avisad[oa]s?|advertid[oa]s?)|(te|os) (vas|vais) a arrepentir( de esto)?|te arrepentiras|os arrepentireis|esto no (se queda|se va a quedar|va a quedar) asi|esto no (ha terminado|ha acabado|termina aqui|acaba aqui|se acaba aqui|se termina aqui)|(yo que tu|yo en tu lugar|si yo fuera tu) (tendria|iria con|andaria con) (mucho )?cuidado|(tendria|iria con|andaria con) (mucho )?cuidado (yo que tu|en tu lugar|si yo fuera tu)|(ultimo|ultima) (aviso|advertencia)|(recuerda|acuerdate de) mi cara)( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`((espera|esperate|tu espera) y (veras|ya veras)|(vas|vais) a pagar (por )?(esto|lo que (hiciste|has hecho|hicisteis|dijiste|has dicho))|pagaras (por )?(esto|lo que (hiciste|has hecho))|cuidate (bien )?las espaldas|(mas te vale )?(cuidarte|guardarte) las espaldas)( \\p{L}+)?`),
      knownThenHeeded('(yo )?(se|conozco) (donde (trabajas|estudias|aparcas|dejas el coche|(vive|trabaja|estudia|duerme) tu \\p{L}+|(va|van) (al colegio|al cole|a la escuela|a clase) tus? \\p{L}+)|a que (colegio|cole|escuela) (va|van) tus? \\p{L}+)', '(ten|tened) (mucho )?cuidado|cuidado|cuidadito|piensa(lo|telo)( bien| dos veces)?|(andate|anda|ve) con (mucho )?cuidado|te (estoy|estamos) vigilando|(estas|quedas) avisad[oa]'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(seria|es|sera) una (pena|lastima) (que|si) (le|les|te|os) (pasara|pasase|pase|ocurriera|ocurriese|ocurra|sucediera|pasaria) algo( malo)?${SAID_LAST}`),
      threat(0.85, '(te|os|lo|la|los|las) (voy|vamos) a (matar|reventar|apunalar|acuchillar|quemar|degollar|ahorcar|colgar|disparar|pegar un tiro|matar a golpes|romper la cara|partir la cara|romper las piernas|partir las piernas)'),
      threat(0.85, '(voy|vamos) a (matarte|mataros|reventarte|apunalarte|acuchillarte|quemarte|degollarte|ahorcarte|dispararte|pegarte un tiro|romperte la cara|partirte la cara|romperte las piernas|partirte las piernas)'),
      // Session 24: the first-person future of the cutting verbs too ("os rajaré el cuello").
      threat(0.85, '(te|os) (matare|mataremos|apunalare|apunalaremos|degollare|degollaremos|ahorcare|ahorcaremos|reventare|reventaremos|rompere la cara|rompere las piernas|rajare|rajaremos|cortare el cuello|cortaremos el cuello|acuchillare|acuchillaremos|estrangulare|estrangularemos)'),
      // Session 14, by class: a bullet, a cut throat, strangling, running over, bones broken; the present for the
      // future ("te parto la cara"), where the bare "te mato" is left out: it is as often a joke.
      threat(0.85, '(te|os) (voy|vamos) a (meter una bala|meter un tiro|volar la cabeza|rajar|rajar el cuello|cortar el cuello|estrangular|ahogar|atropellar|romper los huesos|partir la boca|romper la boca|partir el cuello|romper el cuello)'),
      threat(0.85, '(te|os) (rajo|apunalo|degollo|estrangulo|parto la cara|rompo la cara|parto las piernas|rompo las piernas|parto la boca|rompo la boca|parto el cuello|rompo el cuello|meto un tiro|pego un tiro|meto una bala|vuelo la cabeza|corto el cuello|rajo el cuello)'),
      threat(0.75, '(vas|vais) a morir|(estas|estais|ya estas) (muerto|muerta|muertos)'),
      threat(0.8, 'no me (veras|vas a ver|veran) venir'),
      call(0.75, '(voy|vamos) a (matar|disparar a|quemar) a (todos los|todas las|los|las|cada|cualquier|el proximo|la proxima)'),
      call(0.75, '(alguien deberia|alguien tiene que|hay que|habria que|deberiamos) (matarlos|matarlas|matarlo|matarla|pegarle un tiro|ahorcarlos|ahorcarlo|quemarlos|fusilarlos|exterminarlos|matar a todos)'),
      call(0.75, '(voy a|vamos a|tengo que|tenemos que|quiero|pienso|iré a) (?:\\p{L}+ ){0,3}(asesinar|apunalar|acuchillar|degollar|fusilar|linchar|decapitar|violar a|matar a|disparar a|pegarle un tiro a|pegar un tiro a)'),
      call(0.75, '(asesinare|apunalare|acuchillare|degollare|fusilare|linchare|decapitare|violare a|matare a|disparare a)'),
      call(0.7, '(deberian|merecen|tienen que|hay que) (ser )?(asesinados|asesinadas|ejecutados|ejecutadas|fusilados|fusiladas|ahorcados|ahorcadas|exterminados|exterminadas|linchados|quemados vivos|morir)'),
      threat(0.7, `(yo )?se donde (vives|duermes)${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.7, `(yo )?(se|conozco) (tu|vuestra) direccion${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      // The veiled threat of what will happen to the one addressed, said last: "ya verás lo que te pasa" (not "lo
      // que te espera", a spa's advert, nor "lo que te pasa cuando pruebas...").
      threat(0.6, `(ya )?(veras|vas a ver|vais a ver) (lo que te|lo que os) (pasa|va a pasar|pasara)${SAID_LAST}`),
      call(0.75, '(alguien deberia|alguien tiene que|alguien va a|hay que) (dispararle|dispararles|pegarle un tiro|pegarles un tiro|meterle una bala|meterle un tiro|volarle la cabeza)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(voy a|vamos a|te voy a|te vamos a) (quemar|incendiar|prender fuego a|pegar fuego a) (tu|su|vuestra|vuestro) (casa|tienda|coche|negocio|local|oficina|piso)'),
      threat(0.85, '(quemare|incendiare) (tu|su) (casa|tienda|coche|negocio|local|piso)'),
      // The act coordinated with another done first: "voy a encontrarte y matarte", "te voy a encontrar y matar".
      threat(0.85, '(voy|vamos) a \\p{L}+(te|os) (?:\\p{L}+ ){0,2}y (matarte|mataros|apunalarte|acuchillarte|degollarte|ahorcarte|dispararte|reventarte|quemarte)'),
      threat(0.85, '(te|os) (voy|vamos) a \\p{L}+ (?:\\p{L}+ ){0,2}y (matar|apunalar|acuchillar|degollar|ahorcar|reventar|quemar)'),
      // Insults and humiliation aimed at "you" (tú, vosotros, usted): called names to the face, told that no one wants
      // them, told to kill themselves. "Soy un inútil", "no eres un inútil" and "nadie te quiere tanto como..." are not.
      insult(0.8, `(eres|sois|tu eres|usted es|ustedes son|vosotros sois|no eres mas que|no sois mas que|no eres otra cosa que) (?:${ES_DEGREE} ){0,2}(${ES_INSULT})`),
      insult(0.8, `que (${ES_INSULT}) (eres|sois)`),
      // Apart, so that its own words gate it: a list of insults first would be tried at every word.
      insult(0.8, `(${ES_INSULT}) es lo que (eres|sois)`),
      insult(0.75, `(callate|calla|cierra la boca|cierra el pico|cierra el hocico|largate|pirate|esfumate|desaparece|muerete) (?:(ya|de una vez|de aqui|de mi vista) )?(?:${ES_DEGREE} )?(${ES_INSULT})`),
      insult(0.7, `(${ES_BODY}) (${SNEERS('es')})`),
      insult(0.65, '(me |nos )?(das|dais) (asco|pena|verguenza ajena|lastima|grima)'),
      insult(0.7, '(nadie|nadie nunca|ni (tu|su) (propia )?(madre|mama|padre|familia)) te (quiere|ama|soporta|aguanta|traga|necesita|respeta|echara de menos|va a echar de menos|extranara|va a extranar|va a querer|querra)(?! (tanto|mas|como|igual|mejor))'),
      insult(0.65, '(todo el mundo|todos|toda la gente) te (odia|odian|detesta|detestan|desprecia|desprecian)|a nadie le (importas|caes bien|gustas|interesas)'),
      insult(0.6, '(todo el mundo|todos|toda la gente|la gente) (se rie|se rien|se burla|se burlan|se reia|se reian|se burlaba|se burlaban) de (ti|usted|vosotros)'),
      insult(0.75, '(el mundo|la vida de todos) (estaria|seria|sera|estara|iria) mejor sin (ti|usted|vosotros)|desaparece de la faz de la tierra'),
      // Alone for ever, not for the evening: "¿te vas a quedar sola en casa?" is a question.
      insult(0.6, 'siempre (vas a estar|estaras|seras|vas a ser) (sol[oa]s?|un fracasado|una fracasada)|(te vas a quedar|vas a quedarte|te quedaras) sol[oa]s? (para siempre|toda tu vida|toda la vida)|(vas a morir|moriras|vas a morirte) sol[oa]s?'),
      insult(0.6, '(deberia darte|deberias tener|te deberia dar|deberias sentir|tendrias que tener) verguenza|deberias avergonzarte|no tienes verguenza'),
      insult(0.7, 'no (vales|valeis) (nada|una mierda|un pimiento)|no (sirves|servis) (para nada|ni para)|no eres nadie(?! para)'),
      // One pattern an alternative, each gated by its own words: as one alternation its literals were met by any English
      // text holding a word that ends in "ve" (have, love) and one that starts with "part" or "mat" (session 20).
      threat(0.85, '(matate|suicidate|ahorcate|cuelgate|muerete|pegate un tiro)(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
      threat(0.85, 'tirate (de|desde|por|a|bajo) (un|una|el|la|las|los) (puente|ventana|balcon|edificio|azotea|vias|tren|metro|acantilado|barranco)(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
      threat(0.85, '(vete|ve|andate|anda) a (morir|morirte|matarte|suicidarte|ahorcarte|colgarte)(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
      threat(0.85, '(deberias|tendrias que) (morirte|matarte|suicidarte|ahorcarte|colgarte)(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
      threat(0.85, 'deja de respirar(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
      threat(0.85, 'ojala te (mueras|murieras|maten|pudras|atropelle|parta un rayo)(?! (estudiando|trabajando|entrenando|a estudiar|a trabajar))'),
      // A death wished on the one addressed or their family ("espero que te mueras", "ojalá toda tu familia se muera").
      threat(0.85, '(ojala|espero que) (toda )?(tu|tus) (familia|madre|padre|mujer|marido|hija|hijo|hijos|hijas|padres) (se muera|se mueran|muera|mueran|se pudra|se pudran|arda|ardan)|espero que te (mueras|pudras|maten)'),
      // Session 29, by class: "someone should shoot you" said to the one addressed; deserving a bullet or death; a
      // body part torn off or cut in the future; a group burned or shot ("deberían quemarlos vivos", "que los quemen a
      // todos"); "me las vas a pagar" said last.
      threat(0.8, '(alguien|alguno|ojala alguien) (deberia|deberia de|tendria que|tiene que|debe|va a|te) (matarte|dispararte|pegarte un tiro|meterte un tiro|meterte una bala|volarte la cabeza|apunalarte|acuchillarte|ahorcarte|rajarte|reventarte|degollarte|mate|pegue un tiro|meta un tiro)'),
      threat(0.75, '(mereces|te mereces|merecerias|te merecerias) (que te (maten|peguen un tiro|metan un tiro|revienten|cuelguen|ahorquen|quemen|apunalen|fusilen)|un tiro|una bala|un balazo|morir|la muerte)'),
      threat(0.85, '(te|os) (arrancare|arrancaremos|cortare|cortaremos|rompere|romperemos|partire|partiremos|volare|volaremos|reventare|reventaremos|abrire|abriremos) (la|las|los|el) (cabeza|cara|piernas|brazos|huesos|cuello|lengua|dientes|boca|sesos|craneo|garganta)|(te|os) (voy|vamos) a (arrancar|cortar|abrir) (la|las|los|el) (cabeza|piernas|brazos|cuello|lengua|craneo|garganta)|(voy|vamos) a (arrancarte|arrancaros|cortarte|cortaros|abrirte|abriros) (la|las|los|el) (cabeza|piernas|brazos|cuello|lengua|craneo|garganta)'),
      call(0.75, '(deberian|tendrian que|tienen que|habria que|hay que|hace falta) (quemarlos|quemarlas|fusilarlos|fusilarlas|matarlos|matarlas|ahorcarlos|ahorcarlas|colgarlos|colgarlas|exterminarlos|exterminarlas|gasearlos|gasearlas|lincharlos|lincharlas|apedrearlos|apedrearlas|degollarlos|degollarlas)'),
      call(0.7, 'que (los|las) (maten|quemen|fusilen|ahorquen|cuelguen|exterminen|linchen|deguellen|gaseen|apedreen) (a todos|a todas|vivos|vivas|de una vez)'),
      threat(0.6, `me (las|la) (vas a pagar|vais a pagar|pagaras|pagareis)${SAID_LAST}`),
      // Session 30: regret promised for crossing the writer (not "te vas a arrepentir de no venir", a shop's), and not
      // knowing what the writer is capable of, said last.
      threat(0.65, '(te (vas|vais) a arrepentir|os vais a arrepentir|te arrepentiras|os arrepentireis) de (haberte |haberos )?(metido|meterte|meteros|burlado|burlarte|burlaros|cruzado|cruzarte|jodido|joderme) (conmigo|de mi|con nosotros|de nosotros)'),
      threat(0.6, `no (sabes|sabeis|tienes ni idea|teneis ni idea) (de )?(lo que|de que) (soy|somos) (capaz|capaces)${SAID_LAST}`),
      warned('(ten|tened|tenga|tengan) (mucho )?cuidado|cuidado conmigo|cuidadito|mas te vale (tener cuidado|andarte con cuidado|andar con cuidado)|andate con (mucho )?cuidado|(ten|tened) (mucho )?ojo', '(o|que|porque|si no|sino) (te vas a enterar|lo vas a lamentar|lo vas a pagar|me las vas a pagar|te vas a arrepentir|no sabes con quien te (metes|estas metiendo))|la proxima vez no te (salvas|libras|escapas|vas a librar)|(que )?te (estoy|estamos|tengo) (vigilando|vigilado|fichad[oa])|la proxima vez no (sere|voy a ser) tan (bueno|buena|amable|blando|blanda|paciente)|antes de que te pase (algo|algo malo)'),
    ],
    innocentBefore: NO_PERSON_BEFORE(ES_PESTS),
    innocentAfter: tail(`de (risa|amor|ternura|cosquillas|besos|envidia|la risa|cansancio|sueno|hambre|miedo|frio|calor|verguenza|aburrimiento)|(a )?(besos|abrazos|cosquillas)|(a )?(todos |todas )?(en|al|a) (el |la |las |los )?(${GAMES}|partida|partidas|juego|ajedrez|cartas|dardos|tenis)|online|en linea|(a )?(todos los |todas las |los |las )?(${ES_PESTS})`),
    negatedBefore: negation('no|nunca|jamas|(diga|digan|dice|dicen|dijo|dijeron|decir|creas|pienses|sientas) que|(decia|decian|dijo|dijeron|gritaba|gritaban)'),
  },
  pt: {
    anchor: anchor('espera|pagar|cuidado|melhor|sei|pensa|pense|olho|pena|avisad|isso|isto|tomava|teria|tomaria|ultimo|lembr|cuidado|esperto|arrepend|capaz|alguem|merece|mereces|arranc|estour|fur|quebro|parto|arrebento|rebento|arranco|encher|meter|enfiar|cravar|quero|queria|deviam|deveriam|tinham|tinha|precisamos|precisam|acabar|pagar|paga|pagas|pagara|endereco|odei|apodrec|detest|despreza|voce|vc|tu|o senhor|a senhora|es|seu|sua|seus|suas|nojent|patetic|miserave|desprezive|covard|merda|imund|asqueros|ninguem|ri|riem|ria|riam|zoa|goza|zomba|tira|mundo|sozinh|vergonha|vale|vales|serve|serves|matar|enforcar|jogar|mata|enforca|joga|pula|queim|incendi|fogo|onde|quebr|atir|assassin|estupr|degol|fuzil|linch|decapit|atirar|executad|mat|esfaque|quebr|arrebent|rebent|queim|enforc|tiro|bala|morr|mort|cheg|estrangul|atropel|afog|apunhal|cortar'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((voce|vc|tu) (foi|esta|ta) avisad[oa]|(fica|fique|considere se|estas) avisad[oa]|((voce|vc|tu) )?(vai|vais) se arrepender( disso)?|(isso|isto) nao vai ficar assim|(isso|isto) (ainda )?nao (acabou|terminou)|se eu fosse (voce|vc|tu) (eu )?(tomava|teria|tomaria) cuidado|(eu )?(tomava|teria|tomaria) cuidado se eu fosse (voce|vc|tu)|ultimo aviso|(lembra|lembre) (da|de) minha cara)( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(espera (so|pra ver|ai) ((voce|vc|tu) )?(vai|vais) ver|(voce|vc|tu) (vai|vais) pagar (por isso|pelo que (fez|fizeste|disse|falou))|(e|eh) melhor (voce|vc|tu) (tomar|ter) cuidado (daqui (pra|para) frente|de agora em diante))( \\p{L}+)?`),
      knownThenHeeded('(eu )?sei (onde (voce|vc|tu) (trabalha|trabalhas|estuda|estudas|estaciona)|onde (teu|tua|seu|sua) \\p{L}+ (mora|trabalha|estuda)|em que escola (teu|tua|seu|sua) \\p{L}+ estuda)', '(toma|tome|tenha|tem) (muito )?cuidado|cuidado|pensa bem|pense bem|(fica|fique) (esperto|esperta|ligado|ligada)|(to|tou|estou|tamo|estamos) de olho( em (voce|vc|ti))?|(voce|vc|tu) (foi|esta|ta) avisad[oa]'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(seria|e|sera) uma pena se (algo|alguma coisa)( de ruim)? (acontecesse|acontecer) (com|a) (ele|ela|eles|elas|voce|vc|ti|o seu \\p{L}+|a sua \\p{L}+|seu \\p{L}+|sua \\p{L}+)( \\p{L}+)?${SAID_LAST}`),
      threat(0.85, '(vou|vamos|irei|iremos) (te|lhe|vos) (matar|esfaquear|queimar|enforcar|dar um tiro|meter uma bala|arrebentar|rebentar|quebrar|estrangular|degolar|atropelar|afogar|apunhalar|cortar o pescoco|cortar a garganta)'),
      threat(0.85, '(vou|vamos) (matar|esfaquear|queimar|enforcar)(-te|-vos|-lo|-la)'),
      threat(0.85, '(vou|vamos) (te )?(quebrar|partir|arrebentar|rebentar) (a|as|o|os) (tua|tuas|sua|suas|teu|teus|seu|seus) (cara|pernas|perna|bracos|dentes|pescoco|cabeca|fuca|ossos)'),
      threat(0.85, '(eu )?(te|vos) (mato|matarei|mataremos|esfaqueio|esfaquearei)'),
      threat(0.75, '(voce|vc|tu) (vai|vais|ira) morrer|(voce|vc|tu) (esta|estas|ta|tas|ja esta|ja ta) (morto|morta)'),
      threat(0.8, '(nao|nem) (vai|vais|vao) me ver (chegando|chegar|vindo)'),
      call(0.75, '(vou|vamos) (matar|atirar em|queimar) (todos os|todas as|os|as|cada|qualquer|o proximo|a proxima)'),
      call(0.75, '(alguem deveria|alguem devia|alguem precisa|alguem tem que|temos que|tem que|devemos) (matar|dar um tiro|enforcar|fuzilar|exterminar) (ele|ela|eles|elas|todos|todas|esses|essas|nele|nela)'),
      call(0.75, '(vou|vamos|tenho que|temos que|preciso|quero|irei) (?:\\p{L}+ ){0,3}(assassinar|esfaquear|estuprar|degolar|fuzilar|linchar|decapitar|atirar em|dar um tiro em|matar (um|uma|todos|todas|qualquer))'),
      call(0.75, '(assassinarei|esfaquearei|estuprarei|degolarei|fuzilarei|lincharei|matarei (um|uma|todos|todas|qualquer))'),
      call(0.7, '(deveriam|devem|merecem|tem que|têm que|precisam) (ser )?(assassinados|assassinadas|executados|executadas|fuzilados|fuziladas|enforcados|enforcadas|exterminados|exterminadas|linchados|queimados vivos|morrer)'),
      threat(0.7, `(eu )?sei onde (voce|tu|vc) (mora|moras|vive|vives|dorme)${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.7, `(eu )?(sei|conheco) (o )?(seu|teu) endereco${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.6, `(voce|vc|tu) (vai|vais) ver o que (vai te acontecer|vai acontecer com voce|te acontece)${SAID_LAST}`),
      threat(0.85, '(vou|vamos) (te )?(quebrar|partir|arrebentar|rebentar) (tua|tuas|sua|suas|teu|teus|seu|seus) (cara|pernas|perna|bracos|dentes|pescoco|cabeca|ossos)'),
      call(0.75, '(alguem|alguém) (devia|deveria|precisa|tem que) (dar um tiro|atirar|meter uma bala|meter bala) (nele|nela|neles|nelas|nesse|nessa|naquele|naquela|em)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(vou|vamos) (queimar|incendiar|tacar fogo (em|na|no)|botar fogo (em|na|no)|por fogo (em|na|no)) (tua|sua|teu|seu) (casa|loja|carro|negocio|escritorio)'),
      // The act coordinated with another done first: "vou te encontrar e te matar".
      threat(0.85, '(vou|vamos|irei|iremos) (te|lhe|vos) \\p{L}+ (?:\\p{L}+ ){0,2}e (te |lhe |vos )?(matar|esfaquear|enforcar|estrangular|degolar|apunhalar|queimar)'),
      // Insults and humiliation aimed at "you" (você, tu, o senhor): names to the face, "seu idiota", no one wants
      // you, go kill yourself. "Sou um inútil", "você não é um inútil" and "ninguém te ama mais que eu" are not.
      insult(0.8, `(voce|vc|tu|voces|vcs|o senhor|a senhora) (e|es|eh|sao) (?:${PT_DEGREE} ){0,2}(${PT_INSULT})|(voce|vc|tu) (e|es) (um|uma) (porc[oa]|vaca|baleia|cadela)|es (um|uma) (?:${PT_DEGREE} )?(${PT_INSULT})`),
      insult(0.75, `(seu|sua|seus|suas) (?:(grande|grandessissim[oa]|maldit[oa]|puta) )?(${PT_CALLED})|(some|suma|sai|vaza|cala a boca|cala boca|desaparece|cai fora|morre) (?:(daqui|da minha frente|da minha vida|logo) )?(seu|sua) (lixo|merda|bosta|porc[oa]|vaca|${PT_CALLED})`),
      insult(0.7, `(${PT_BODY}) (${SNEERS('pt')})`),
      insult(0.7, 'ninguem (nunca )?(te (ama|quer|suporta|aguenta|atura|respeita|amou|quis|vai amar|vai querer)|(ama|quer|suporta|aguenta|atura|respeita) (voce|vc)|(gosta|precisa|se importa|liga) (de|com|pra|para) (voce|vc|ti)|vai (sentir|ter) (a )?(sua|tua) falta|sentira (a )?(sua|tua) falta)(?! (mais|tanto|como|igual|melhor))'),
      insult(0.65, '(todo mundo|toda a gente|todos) (te odeia|te odeiam|te detesta|te detestam|te despreza|odeia voce|odeiam voce)'),
      insult(0.6, '(todo mundo|toda a gente|todos|geral) (ri|riem|ria|riam|zoa|zoam|goza|gozam|zomba|zombam|tira sarro|tiram sarro) (de|da) (voce|vc|ti|sua cara|tua cara)'),
      insult(0.75, 'o mundo (seria|estaria|sera|ficaria|fica) melhor sem (voce|vc|ti|voces)'),
      insult(0.6, '(vai|vais|ira) (morrer|acabar) sozinh[oa]s?|(vai|vais) (ser|estar|ficar) (sempre sozinh[oa]s?|sozinh[oa]s? (pra|para) sempre)'),
      insult(0.6, '(voce|vc|tu) (devia|deveria|devias|deverias) (ter vergonha|se envergonhar|sentir vergonha)|(tenha|tem) vergonha na cara'),
      insult(0.7, `(voce|vc|tu) nao (vale|vales) (nada|um centavo|merda nenhuma)|(voce|vc|tu) nao (serve|serves) (pra|para) nada|(voce|vc|tu) nao (e|es) ninguem(?! (pra|para))|(voce|vc|tu) nao (passa|passas) de (um|uma) (?:${PT_DEGREE} )?(${PT_INSULT})`),
      threat(0.85, '(?<!(ele|ela|eles|elas|voce|vc|gente|que|ninguem|alguem) )(vai|va) se (matar|enforcar|jogar (de|da|do|numa|num|na|no|em) (?:(uma|um|a|o) )?\\p{L}+)|(vai|va)-te (matar|enforcar)|se (mata|enforca) (logo|de vez|de uma vez|agora)|(mata|enforca)-te|(devia|deveria|devias|deverias) (se matar|te matar|matar-te|se enforcar|enforcar-te)|(se joga|pula) (de uma|de um|da|do|de cima da|de cima do) (ponte|predio|janela|viaduto|penhasco)'),
      // A death wished on the one addressed or their family ("tomara que você morra", "espero que toda sua família morra").
      threat(0.85, '(espero|tomara|torco (pra|para)|oxala) (que )?(voce|vc|tu|toda (a )?(sua|tua) familia|(sua|tua) (mae|familia|filha|mulher|irma)|(seu|teu) (pai|filho|marido|irmao)|(seus|teus) filhos) (morra|morram|morras|queime|queimem|apodreca|apodrecam)'),
      // Session 29, by class: "someone should shoot you"; deserving a bullet or death; bones broken and a head torn off,
      // the present for the future ("eu quebro tuas pernas"); filled with lead, a knife put in; wanting one dead; "deviam
      // fuzilar todos"; "acabar com a sua raça"; "vai me pagar caro".
      threat(0.8, 'alguem (devia|deveria|precisa|tem que|podia|poderia) (te (dar um tiro|matar|meter uma bala|meter bala|esfaquear|enforcar|queimar|apagar)|(dar um tiro|meter uma bala|atirar) em (voce|vc|ti)|matar (voce|vc))'),
      threat(0.75, '(voce|vc|tu) (merece|mereces) (levar um tiro|um tiro|uma bala|morrer|a morte|ser (mort[oa]|assassinad[oa]|enforcad[oa]|queimad[oa]))'),
      threat(0.85, '(vou|vamos) (te )?(arrancar|cortar|estourar|furar) (a |as |o |os )?(tua|tuas|sua|suas|teu|teus|seu|seus) (cabeca|pescoco|garganta|lingua|pernas|bracos|fuca|cara|olhos)'),
      threat(0.85, '(eu )?(te )?(quebro|parto|arrebento|rebento|arranco) (a |as |o |os )?(tua|tuas|sua|suas|teu|teus|seu|seus) (cara|pernas|perna|bracos|pescoco|cabeca|fuca|ossos)'),
      threat(0.85, '(vou|vamos) (te )?encher (voce |vc )?de (bala|balas|chumbo|tiro|tiros|porrada|facada|facadas)|(vou|vamos) (meter|enfiar|cravar) (a|uma) (faca|peixeira|facao) (em voce|em vc|em ti|no teu|na tua|no seu|na sua)'),
      threat(0.75, '(quero|queria) (te ver|ver (voce|vc|tu)) (mort[oa]|enterrad[oa]|num caixao|a sete palmos)'),
      call(0.75, '(deviam|deveriam|tinham que|tinha que|precisamos|precisam) (matar|fuzilar|enforcar|exterminar|queimar) (todos|todas|eles|elas|esses|essas)'),
      threat(0.7, `(vou|vamos) acabar com a (sua|tua) raca${SAID_LAST}`),
      threat(0.6, '(voce|vc|tu) (vai|vais) me pagar (caro|por isso)|(voce|vc|tu) me (paga|pagas|pagara) (caro|por isso)'),
      // Session 30: regret promised for crossing the writer, and not knowing what the writer is capable of, said last.
      threat(0.65, '(voce|vc|tu) (vai|vais) se arrepender (amargamente|de (ter )?(mexido|mexer|se metido|se meter|brincado|brincar|zoado|zoar) comigo)'),
      threat(0.6, `(voce|vc|tu) nao (sabe|sabes|faz ideia|fazes ideia) (do que|de que) (eu )?(sou|somos) (capaz|capazes)${SAID_LAST}`),
      warned('(toma|tome|tomem|tenha|tem) (muito )?cuidado|cuidado com o que (voce|vc|tu) (fala|falas|diz|dizes|faz|fazes)|(e|eh) melhor (voce|vc|tu) (tomar|ter) cuidado|(fica|fique) esperto', '(senao|ou|se nao) ((voce|vc|tu) )?(vai|vais) (se dar mal|se arrepender|me pagar|ver so|ver o que acontece)|da proxima vez (eu )?nao (vou ser|serei) (tao|assim tao) (bonzinho|bonzinha|boazinha|legal|gentil|paciente)|antes que (algo|alguma coisa)( de ruim)? (te )?aconteca( com (voce|vc|tigo))?'),
    ],
    innocentBefore: NO_PERSON_BEFORE(PT_PESTS),
    innocentAfter: tail(`de (rir|riso|saudades?|amor|beijos|cocegas|inveja|vergonha|cansaco|fome|sono|medo|frio|calor|tedio)|(em|com|de) (beijos|abracos|carinho)|(todo mundo |todos |voces )?(no|na|em|ao) (${GAMES}|partida|jogo|x1|rankeada|xadrez|truco|cartas|sinuca)|online|(os |as )?(${PT_PESTS})`),
    negatedBefore: negation('nao|nunca|jamais|(diga|digam|diz|dizem|disse|disseram|dizer|ache|acredite|pense) que|(dizia|diziam|disse|disseram|gritava|gritavam)'),
  },
  fr: {
    anchor: anchor("attends|payer|surveill|sais|reflechi|pense|dommage|prevenu|averti|regrett|fini|termine|ferais|dernier|souviens|gaffe|attention|gare|capable|quelqu|merites|meritez|meriterais|meriteriez|arrach|coup|bris|pet|eclat|fracass|faut|faudrait|devrait|doit|va|payer|paieras|paierez|saigner|abattre|gazer|lyncher|eliminer|adresse|deteste|meur|pourri|hait|haiss|mepris|tu|t'es|t es|vous|espece|pauvre|sale|gros|bande|gueule|ferme|casse|degage|barre|tais|personne|moque|rit|rient|fout|monde|seul|honte|vaux|vaut|sers|tuer|pendre|suicid|foutre|jeter|tue|pends|flingue|pendez|tuez|jette|peau|fete|portrait|brul|incendi|cram|feu|sais|tirer|balle|assassin|poignard|viol|fusill|lynch|decapit|tue|but|crev|egorg|plant|defonc|cass|brul|pend|etrangl|descend|explos|massacr|mort|mour|venir|balle"),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone("((t'es|tu es|vous etes|te voila|vous voila|tu as ete|t'as ete|vous avez ete) (prevenu|prevenue|prevenus|prevenues|averti|avertie|avertis|averties)|(tu vas|vous allez) le regretter|tu le regretteras|vous le regretterez|(ce n'est|c'est|ca n'est|ca) pas (fini|termine)|(on n'en a|on en a) pas (fini|termine)|(a ta|a votre) place je ferais (tres )?(attention|gaffe)|je ferais (tres )?(attention|gaffe) (a ta|a votre) place|dernier avertissement|souviens(-| )toi de (mon visage|ma tete|ma gueule))( \\p{L}+)?"),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(attends(-| )(un peu|voir|seulement)? tu vas voir|(tu vas|vous allez) payer (pour )?(ca|ce que (tu as|t'as|vous avez) fait)|surveille tes arrieres|surveillez vos arrieres)( \\p{L}+)?`),
      knownThenHeeded("(je sais|j'sais|on sait) (ou (tu travailles|tu bosses|tu te gares|tu gares|vous travaillez|(ta|ton|tes) \\p{L}+ (va|vont) a l'ecole|(ta|ton) \\p{L}+ (habite|travaille|bosse|dort))|(a )?quelle ecole (va|vont) (ta|ton|tes) \\p{L}+)", "(fais|faites) (gaffe|attention)( a (toi|vous))?|reflechis(sez)?( bien)?|penses?(-| )y( bien)?|je (te|vous) (surveille|tiens a l'oeil|ai a l'oeil)|(t'es|tu es|vous etes) (prevenu|prevenue|prevenus)"),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `dommage (qu'il|s'il) (lui |leur |vous |t')?(arrive|arrivait) (quelque chose|malheur|un malheur)${SAID_LAST}`),
      threat(0.85, "(je vais|j'vais|jvais|j'te vais|on va|nous allons) (te|vous|t') (tuer|buter|crever|egorger|planter|defoncer|bruler|pendre|etrangler|descendre|massacrer|exploser|casser la gueule|casser les jambes|peter la gueule|mettre une balle|faire la peau|faire ta fete|refaire le portrait)"),
      threat(0.85, "(je|j'|on) (te|vous|t') (tuerai|tuera|buterai|butera|creverai|egorgerai|planterai|defoncerai|casserai la gueule|casserai les jambes|bute|tue|crève|creve|egorge)"),
      threat(0.75, "(tu vas|vous allez) (mourir|crever|le regretter amerement)|(t'es|tu es|vous etes) (deja )?(mort|morte|morts|un homme mort|une femme morte)"),
      threat(0.8, "(tu|vous) (ne )?me (verras|verrez) pas venir"),
      call(0.75, "(je vais|on va|nous allons|il faut|faut) (tuer|buter|abattre|fusiller|exterminer|bruler|pendre) (tous les|toutes les|les|chaque|le prochain|la prochaine|ces)"),
      call(0.75, "(quelqu'un|quelqu un) (doit|devrait|devra) (le|la|les|lui) (tuer|buter|abattre|descendre|pendre|mettre une balle)"),
      call(0.75, "(je vais|j'vais|on va|je dois|je veux|nous allons|je compte|il faut que je) (?:\\p{L}+ ){0,3}(assassiner|poignarder|egorger|fusiller|lyncher|decapiter|violer (un|une|des|ce|cette|cet|tous|toutes|chaque)|tuer (un|une|des|tous les|toutes les|chaque|ce|cette|cet|le prochain|la prochaine))"),
      call(0.75, "(je|j'|on) (assassinerai|poignarderai|egorgerai|fusillerai|lyncherai|decapiterai|violerai|tuerai (un|une|des|tous|toutes|chaque))"),
      call(0.7, "(devraient|doivent|meritent de|faut les) (etre )?(assassines|assassinees|executes|executees|fusilles|fusillees|pendus|pendues|extermines|exterminees|lynches|bruler vifs|mourir|tuer|exterminer)"),
      threat(0.7, `(je sais|j'sais|on sait) ou (tu habites|tu vis|tu dors|t'habites|vous habitez)${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.7, `(je|on) (connais|connait) (ton|votre) adresse${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.6, `(tu vas|vous allez) voir ce qui (va t'arriver|va vous arriver|t'arrive)${SAID_LAST}`),
      call(0.75, "(quelqu'un|quelqu un|on) (devrait|doit|va|devra) (lui |leur )?(tirer dessus|mettre une balle|coller une balle|loger une balle|faire sauter la cervelle)"),
      // Arson against someone's home, shop or car.
      threat(0.85, "(je vais|j'vais|on va|nous allons|je|on) (bruler|incendier|cramer|mettre le feu a|brulerai|incendierai|mettrai le feu a) (ta|votre|ton) (maison|boutique|voiture|magasin|bureau|appart|appartement)"),
      // The act coordinated with another done first: "je vais te trouver et te tuer".
      threat(0.85, "(je vais|j'vais|jvais|on va|nous allons) (te|vous|t') ?\\p{L}+ (?:\\p{L}+ ){0,2}et (te |vous |t' ?)?(tuer|buter|crever|egorger|poignarder|etrangler|descendre|massacrer|faire la peau|faire ta fete|casser la gueule|defoncer)"),
      // Insults and humiliation aimed at "you" (tu, vous): names to the face, "espèce de", no one wants you, go hang
      // yourself. "Je suis nul", "t'es pas nul", "t'es un monstre" (praise) and "personne ne t'aime plus que moi" are not.
      insult(0.8, `(tu es|t'es|t es|vous etes|tu n'es|vous n'etes|t'es juste|tu es juste) (?:${FR_DEGREE} |${ELIDED}){0,2}(${FR_INSULT})(?! part)`),
      insult(0.75, `(espece de|pauvre|sale|gros|grosse|bande de|ta gueule|ferme ta gueule|ferme-la|la ferme|casse-toi|degage|barre-toi|tais-toi) (${FR_CALLED})|(espece|bande) d'(${FR_CALLED})|(espece de|sale|ta gueule|ferme ta gueule|casse-toi|degage) (porc|truie|vache)|(?<!(un|une|le|la|les|des|du|ce|cette|mon|ma|ton|ta|son|sa|notre|votre|leur|nos) )(grosse vache|gros porc|grosse truie|grosse baleine)`),
      insult(0.7, "personne (ne )?(t'aime|t'aimera|t'a jamais aime|te supporte|te veut|(veut|voudra|voudrait) (jamais )?de toi|te regrettera|te regretterait|te respecte)(?! (plus|autant|mieux|comme|que))"),
      insult(0.65, "(tout le monde|tous|les gens) (te deteste|te detestent|te hait|te haissent|te meprise|te meprisent)"),
      insult(0.6, '(tout le monde|tous|toute la classe|les gens) (se moque|se moquent|rit|rient|se fout|se foutent) de (toi|ta gueule|vous)'),
      insult(0.75, 'le monde (serait|sera|irait|ira|se porterait) (meilleur|mieux) sans (toi|vous)'),
      insult(0.6, 'tu (seras|resteras|vas rester) (toujours|toute ta vie) (seul|seule)|tu (finiras|mourras|vas finir|vas mourir) (toujours |toute ta vie )?(seul|seule)'),
      insult(0.6, 'tu (devrais|dois) avoir honte|honte a toi|tu (me |nous )?fais (honte|pitie|vomir|gerber)|vous (me |nous )?faites (honte|pitie|vomir|gerber)'),
      insult(0.7, "tu (ne )?(vaux|vaut) rien|tu (ne )?sers a rien|(tu n'es|t'es|vous n'etes) rien(?! (de|d'|que|qu'|sans))"),
      threat(0.85, `${CLAUSE_OPENS}(va|allez) (mourir|crever)|(?:${CLAUSE_OPENS}|et )creve(?!-| (de|d'))|(?<!(ca|il|elle|on|qui|ce|cela|tout) )va te (tuer|pendre|suicider|foutre en l'air|jeter (d'un|du|sous|par))|allez vous (pendre|tuer|suicider)|(tue|pends|suicide|flingue)(-| )toi|(pendez|tuez|suicidez)-vous|jette(-| )toi (d'un|du haut d'un|du|par la|sous un|sous le)`),
      // A death wished on the one addressed or their family ("j'espère que tu crèves", "j'espère que toute ta famille meure").
      threat(0.85, "(j'espere|jespere|j espere|on espere|pourvu) que (tu|toute ta famille|ta famille|tes (enfants|gosses|parents)|ta (mere|femme|fille|soeur|copine)|ton (pere|mari|fils|frere|copain)) (creve|creves|crevent|meure|meures|meurent|brule|brules|brulent|pourrisse|pourrisses|pourrissent)"),
      // Session 29, by class: "someone should shoot you"; deserving a bullet or death; a head torn off or legs broken,
      // the present for the future ("si tu reviens je te casse les jambes"); "il faut tous les tuer", "faut les fusiller";
      // "tu vas me le payer" said last; "tu vas saigner".
      threat(0.8, "(quelqu'un|quelqu un) (devrait|doit|devra|pourrait|va) (te|vous) (tuer|buter|descendre|abattre|pendre|flinguer|crever|egorger|poignarder|tirer dessus|tirer une balle|mettre une balle|coller une balle|loger une balle|faire la peau)|(quelqu'un|quelqu un) (devrait|doit|devra|pourrait|va) t'(abattre|egorger|etrangler)"),
      threat(0.75, "(tu merites|vous meritez|tu meriterais|vous meriteriez) (une balle|la mort|de mourir|de crever|d'etre (tue|tuee|pendu|pendue|bute|butee|abattu|abattue|egorge|egorgee|brule|brulee)|qu'on te (tue|bute|pende|creve|descende))"),
      threat(0.85, "(je vais|j'vais|jvais|on va|nous allons) (te |vous |t')(arracher|couper|casser|briser|peter|exploser|defoncer|eclater|fracasser) (la|les|le) (tete|gueule|jambes|bras|os|dents|crane|nuque|cou|genoux|doigts|figure|face|dents)"),
      threat(0.85, "(je |j'|on )(te |vous |t')(arrache|casse|pete|eclate|defonce|brise|fracasse|arracherai|casserai|peterai|eclaterai|couperai|briserai|fracasserai) (la|les|le) (tete|gueule|jambes|bras|os|crane|nuque|cou|genoux|doigts|figure)"),
      call(0.7, "(il faut|faut|il faudrait|faudrait|on devrait|on doit|on va) (tous |toutes )?(les|leur) (tuer|buter|abattre|fusiller|exterminer|bruler|pendre|gazer|egorger|lyncher|massacrer|descendre|eliminer|couper la tete|trancher la gorge)"),
      threat(0.6, `((tu vas|vous allez) me le payer|tu me le paieras|vous me le paierez|(tu vas|vous allez) le payer cher|tu le paieras cher)${SAID_LAST}`),
      // Session 30: not knowing what the writer is capable of, said last.
      threat(0.6, `(tu ne sais|tu sais|vous ne savez|vous savez) pas (de quoi|ce dont) (je suis|nous sommes) (capable|capables)${SAID_LAST}`),
      threat(0.7, `(tu vas|vous allez) saigner${SAID_LAST}`),
      warned("(fais|faites|fait) (gaffe|attention)|(tu ferais|vous feriez) mieux de faire (gaffe|attention)", "(sinon|ou) (gare a (toi|vous)|tu vas (le regretter|le payer|le sentir passer|morfler|souffrir)|vous allez (le regretter|le payer|morfler)|ca va (mal finir|barder|chauffer) pour (toi|vous))|la prochaine fois (je (ne )?serai pas (aussi|si) (gentil|gentille|sympa|cool|patient|patiente)|tu (ne )?t'en sortiras pas)|avant qu'il (ne )?(t'arrive|vous arrive) (quelque chose|malheur|un malheur)"),
    ],
    innocentBefore: NO_PERSON_BEFORE(FR_PESTS),
    innocentAfter: tail(`de rire|d'amour|de bisous|de chatouilles|de jalousie|de fatigue|de faim|de peur|de froid|de honte|(tous |toutes )?(ce soir |demain )?(en ligne|en partie|aux (echecs|cartes|flechettes)|(au|a|sur|en) (${GAMES}))|(les |tous les |toutes les )?(${FR_PESTS})`),
    negatedBefore: negation("ne|jamais|(dise|disent|dis|dit|dire|crois|penses|pense) (que|qu')|(disait|disaient|a dit|ont dit|criait|criaient)"),
  },
  de: {
    anchor: inside('warte |wart |wart.s |bezahl|weiss|weiß|vorsicht|uberleg|beobacht|schade|jammerschade|gewarnt|vorbei|nicht fertig|stelle|warnung|gesicht|aufpass|pass |passt |vorsicht|bereu|fahig|imstande|brech|schlag|prugel|pruegel|prugle|tret|wenn|falls|sobald|rei|hack|dreh|jemand|irgendwer|einer|man|verdien|gehor|dafur|bu(ss|ß)en|adresse|hass|veracht|bist|seid|sind|du |niemand|keiner|keine sau|kein schwein|kein mensch|lach|lustig|welt|allein|einsam|scham|bring dich|sterben|hang|spring|stirb|verreck|krepier|schlitz|kehle|zund|fackel|fackl|brenn|brand|wei|wiss|kugel|ermord|erstech|vergewalt|lynch|kopf|enthaupt|erschoss|gehangt|getotet|hingericht|ausgerott|tod|bring|umbring|tot|stech|schie(ss|ß)|knall|kalt|prugel|wurg|hang|brenn|brech|schlacht|vergas|sterb|kommen'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((du wurdest|du bist|ihr wurdet|ihr seid) (gewarnt|vorgewarnt)|(das|dies) wirst du (noch )?bereuen|du wirst (das|es) (noch )?bereuen|(das|es) ist (noch )?(lange )?nicht vorbei|wir sind noch nicht fertig( miteinander)?|an deiner stelle (ware|wurde) ich (sehr )?(vorsichtig|aufpassen)|ich (ware|wurde) (sehr )?(vorsichtig|aufpassen) an deiner stelle|letzte warnung|merk dir mein gesicht)( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(wart(e)? (nur|mal|ab) du wirst (schon |es )?(noch )?sehen|wart'?s (nur )?ab|du wirst (fur das|dafur) (bezahlen|bu(ss|ß)en)( was du (getan|gemacht|gesagt) hast)?)( \\p{L}+)?`),
      knownThenHeeded('ich wei(ss|ß) (genau )?wo (du arbeitest|du parkst|dein (auto|wagen) steht|dein (auto|wagen) parkt|(deine|dein) \\p{L}+ (arbeitet|wohnt|zur schule geht|schlaft))', 'pass (gut |bloß |bloss |lieber |besser |nur |ja )?auf( dich auf)?|sei (lieber |besser |bloß |bloss )?vorsichtig|uberleg (es |das )?dir (gut|genau)|denk (mal )?dran|ich (beobachte|hab) dich( im auge)?|du bist gewarnt'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(ware|es ware|das ware) (doch |echt |wirklich )?(schade|jammerschade) (wenn|falls) (ihm|ihr|ihnen|dir|euch|deinem \\p{L}+|deiner \\p{L}+|deinen \\p{L}+) (etwas|was) (passiert|passieren wurde|passieren sollte|zusto(ss|ß)t)${SAID_LAST}`),
      threat(0.85, '(ich|wir) (werde|werd|werden|will|wollen) (dich|euch|sie) (?:\\p{L}+ )?(umbringen|toten|abstechen|erschie(ss|ß)en|abknallen|kaltmachen|verprugeln|erwurgen|aufhangen|verbrennen|abschlachten|erstechen|vergasen)'),
      threat(0.85, '(ich|wir) (bring|bringe|bringen|stech|steche|stechen|knall|knalle|knallen|mach|mache|machen) (dich|euch) (?:\\p{L}+ )?(um|ab|kalt)'),
      threat(0.85, '(ich|wir) (tote|toten|erschie(ss|ß)e|ersteche|erwurge) (dich|euch)'),
      // Session 14, by class: a bullet in the head, a cut throat, slit open, run over.
      threat(0.85, '(ich|wir) (jag|jage|jagen|schie(ss|ß)|schie(ss|ß)e|verpass|verpasse) (dir|euch) (?:\\p{L}+ )?(eine kugel|kugeln|blei) (in den kopf|durch den kopf|in die birne|in den schadel)|(ich|wir) (schneid|schneide|schneiden) (dir|euch) (die kehle|den hals|die gurgel) durch|(ich|wir) (schlitz|schlitze|schlitzen) (dich|euch) auf|(ich|wir) (fahr|fahre|fahren) (dich|euch) (tot|platt)'),
      threat(0.85, '(ich|wir) (brech|breche|brechen|werde|werden) (dir|euch) (?:(alle|beide) )?(?:(die|den|das) )?(beine|knochen|arme|genick|hals|nase|kiefer|fresse|finger)'),
      threat(0.75, '(du bist|ihr seid) (so gut wie |schon )?(tot|tot!|ein toter mann)|(du wirst|ihr werdet) (bald )?sterben'),
      threat(0.8, '(du wirst|ihr werdet) mich nicht kommen sehen'),
      call(0.75, '(jemand|man) (sollte|muss|musste|soll|mu(ss|ß)te) (ihn|sie|die|den|diese|alle) (?:\\p{L}+ )?(umbringen|toten|erschie(ss|ß)en|abknallen|aufhangen|vergasen|abschlachten|ausrotten)'),
      call(0.75, '(ich|wir) (werde|werd|werden|will|wollen|muss|mussen|gehe|geh|gehen) (?:\\p{L}+ ){0,3}(ermorden|erstechen|abstechen|vergewaltigen|erschie(ss|ß)en|abknallen|umbringen|toten|lynchen|kopfen|enthaupten|vergasen|abschlachten)'),
      call(0.75, '(werde|werd|werden|will|wollen|muss|mussen) (ich|wir) (?:\\p{L}+ ){0,3}(ermorden|erstechen|abstechen|vergewaltigen|erschie(ss|ß)en|abknallen|umbringen|toten|lynchen|kopfen|enthaupten|vergasen|abschlachten)'),
      call(0.7, '(sollten|sollte|mussen|muss|verdienen es) (alle )?(?:\\p{L}+ ){0,2}(ermordet|erschossen|vergast|aufgehangt|gehangt|getotet|hingerichtet|ausgerottet|gelyncht|umgebracht) (werden)'),
      call(0.7, '(verdienen|verdient) (es )?(den tod|zu sterben)'),
      threat(0.7, `(ich|wir) (wei(ss|ß)|wissen) wo (du wohnst|du schlafst|ihr wohnt)${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.7, `(ich|wir) (kenne|kennen) (deine|eure) adresse${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      call(0.75, '(jemand|man) (sollte|muss|musste|soll) (diesem|dem|den|diesen|ihm|ihr|ihnen) (?:\\p{L}+ ){0,2}(eine kugel|kugel|blei) (verpassen|geben|in den kopf jagen|durch den kopf jagen)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(ich|wir) (werde|werd|werden) (dein|deine|euer|eure) (haus|laden|auto|geschaft|wohnung|buro) (anzunden|abfackeln|niederbrennen|in brand stecken)'),
      threat(0.85, '(ich|wir) (zunde|zund|zunden|fackle|fackel|fackeln) (dein|deine|euer|eure) (haus|laden|auto|geschaft|wohnung) (an|ab)'),
      // The act coordinated with another done first: "ich werde dich finden und (dich) umbringen".
      threat(0.85, '(ich|wir) (werde|werd|werden) (dich|euch) (?:\\p{L}+ ){1,3}und (dich |euch )?(umbringen|toten|abstechen|erschie(ss|ß)en|abknallen|kaltmachen|erwurgen|erstechen|aufhangen)'),
      // Insults and humiliation aimed at "you" (du, ihr, Sie): names to the face, "du Idiot", no one wants you, kill
      // yourself. "Ich bin so ein Idiot", "du bist kein Versager", "du bist der Hammer" and "bring dich mit ein" are not.
      insult(0.8, `(du bist|ihr seid|bist du|seid ihr) (?:${DE_DEGREE} ){0,3}(${DE_NOUN}|${DE_ADJ})|sie sind (ein|eine) (?:${DE_ADJ} )?(${DE_NOUN})`),
      insult(0.8, '(du bist|ihr seid|sie sind) (?:(echt|wirklich|einfach|ja|doch|nur|halt|total|absolut) ){0,2}((ein|eine) (?:(absolute|totale|komplette|echte|riesige|gro(ss|ß)e|richtige) )?(nichts|niemand|null|schande|enttauschung|witz)|der letzte dreck|das (aller)?letzte|(nichts|nix|gar nichts|einen dreck|keinen cent) wert)'),
      // "du Loser" is also French ("le syndrome du loser"): only with a sneer.
      insult(0.75, `du (?!(loser|looser) )(?:(${DE_ADJ}|kleine[rs]?|alte[rs]?|verdammte[rs]?|elende[rs]?|schei(ss|ß)) ){0,2}(${DE_NOUN})|du (${DE_ADJ}|alte) (kuh|sau|schwein|ziege|gans|made|opfer)`),
      insult(0.7, '(niemand|keiner|keine sau|kein schwein|kein mensch) (mag|liebt|will|braucht|vermisst|ertragt) dich(?! (so|mehr|wie|besser|lieber|zu|auch|(?:\\p{L}+ ){0,2}\\p{L}+en(?!\\p{L})))|(niemand|keiner|kein mensch) (wurde|wird) dich (je |jemals )?vermissen|(niemand|keiner) kann dich (leiden|ausstehen)'),
      insult(0.65, '(alle|jeder) (hassen|hasst|verachten|verachtet) dich'),
      insult(0.6, '(alle|jeder) (lachen|lachten|lacht) (uber dich|dich aus)|(alle|jeder) (machen|machten|macht) sich uber dich lustig'),
      insult(0.75, 'die welt (ware|wurde|ist|war) (?:\\p{L}+ ){0,2}(besser|schoner) (dran )?ohne dich'),
      insult(0.6, 'du (wirst|bleibst) (immer|fur immer|dein leben lang|fur immer und ewig) (allein|alleine|einsam)|du (wirst )?(stirbst|sterben) (allein|alleine|einsam)'),
      insult(0.6, 'du (solltest|musstest|sollst) dich schamen|scham dich(?! nicht)'),
      threat(0.85, 'bring dich (?:(doch|einfach|endlich|mal|bitte|am besten|gleich|selbst|halt|lieber) ){0,3}um(?! (den|die|das|deinen|deine|dein|ihren|ihre|eine|einen|ein))|(geh|geht) (?:(doch|einfach|endlich|mal|lieber|bitte) ){0,2}sterben|(hang|hangt) (dich|euch) (?:(doch|einfach|endlich|mal|bitte|am besten|gleich|lieber) ){0,3}auf|spring (?:(doch|einfach|endlich|mal|bitte|am besten|gleich|lieber) ){0,3}(von einer brucke|von der brucke|vom dach|vor (einen|den) zug|aus dem fenster)|(stirb|verreck|krepier) (doch|einfach|endlich|bitte|lieber)'),
      // A death wished on the one addressed or their family ("ich hoffe, du verreckst", "hoffentlich stirbt deine ganze Familie"); "nicht" between takes it back.
      threat(0.85, '(ich hoffe|ich wunsche mir|ich wunschte|hoffentlich)( dass)? (du|deine (ganze )?(familie|kinder|mutter|frau|tochter|schwester|eltern)|dein (vater|mann|sohn|bruder|kind)) (?:(?!nicht )\\p{L}+ ){0,2}?(stirbst|stirbt|sterben|verreckst|verreckt|verrecken|krepierst|krepiert|krepieren|verbrennst|verbrennt|verbrennen)(?! nicht)|hoffentlich (stirbst|verreckst|krepierst) du|hoffentlich (stirbt|verreckt|krepiert) deine (ganze )?(familie|mutter|frau|tochter)'),
      // Session 29, by class: the verb first after a condition ("wenn du nochmal kommst, brech ich dir die Beine"; "wenn ich
      // dich sehe, bist du tot"); beaten dead; a head torn off, a neck wrung; "someone should shoot you"; deserving a bullet;
      // "die gehören alle an die Wand gestellt"; "dafür wirst du büßen" said last.
      threat(0.85, '(brech|breche|brechen) (ich|wir) (dir|euch) (?:(alle|beide) )?(?:(die|den|das) )?(beine|knochen|arme|genick|hals|nase|kiefer|fresse|finger)'),
      threat(0.85, '(bring|bringe|bringen|stech|steche|stechen|knall|knalle|knallen|mach|mache|machen|schlag|schlage|schlagen) (ich|wir) (dich|euch) (?:\\p{L}+ )?(um|ab|kalt|tot)'),
      threat(0.85, '(ich|wir) (schlag|schlage|schlagen|pruegel|prugel|prugle|pruegle|trete|tret|treten) (dich|euch) (?:(alle|beide) )?(tot|krankenhausreif|windelweich|zu brei)'),
      threat(0.85, '(wenn|falls|sobald) (ich|wir) (dich|euch) (?:\\p{L}+ ){0,4}(sehe|seh|erwische|erwisch|treffe|treff|finde|find|sehen|erwischen|treffen|finden) (dann )?(bist du|seid ihr) (so gut wie )?tot'),
      threat(0.85, '(ich|wir) (rei(ss|ß)|rei(ss|ß)e|rei(ss|ß)en|hack|hacke|hacken|schlag|schlage|schlagen|dreh|drehe|drehen) (dir|euch) (den|die|das) (kopf|schadel|hals|rube|birne|arme|beine|gurgel) (ab|ein|um)'),
      threat(0.8, '(jemand|irgendwer|einer|man) (sollte|muss|musste|soll|mu(ss|ß)te|konnte|sollt) (dich|euch) (?:\\p{L}+ )?(umbringen|toten|erschie(ss|ß)en|abknallen|aufhangen|abstechen|erschlagen|kaltmachen|vergasen|abschlachten|erwurgen)'),
      threat(0.75, '(du|ihr) (verdienst|verdient) (es )?(eine kugel|den tod|zu sterben|zu verrecken|erschossen zu werden|aufgehangt zu werden|umgebracht zu werden)'),
      call(0.7, '(gehoren|gehort) (alle |allesamt |sofort )?(an die wand gestellt|erschossen|aufgehangt|vergast|umgebracht|erschlagen|an den galgen|ins gas|in die gaskammer)'),
      threat(0.6, `(dafur (wirst du|werdet ihr) (bezahlen|bu(ss|ß)en)|das (wirst du|werdet ihr) mir bu(ss|ß)en)${SAID_LAST}`),
      // Session 30: regret promised, and not knowing what the writer is capable of, said last.
      threat(0.6, `(das (wirst du|werdet ihr) (noch )?bereuen|du wirst es (noch )?bereuen)${SAID_LAST}`),
      threat(0.6, `(du wei(ss|ß)t|ihr wisst) nicht (wozu|was) (ich|wir) (fahig|imstande) (bin|sind)${SAID_LAST}`),
      warned("(pass|passt) (bloß |bloss |blos |lieber |besser |mal |ja |gut |nur )?auf|(du solltest|du sollst|ihr solltet) (besser |lieber |mal )?aufpassen", "(sonst|oder) (passiert (was|etwas|dir was|dir etwas|euch was)|knallt'?s|knallt es|gibt'?s arger|gibt es arger|setzt'?s was|setzt es was|wirst du (es|das) bereuen|wird (es|dir das) dir leid tun|wird es dir leidtun|kannst du was erleben|erlebst du was)|(das )?nachste mal bin ich nicht (mehr )?so (nett|freundlich|geduldig|lieb|gnadig)|bevor dir (etwas|was) (zusto(ß|ss)t|passiert)"),
    ],
    innocentAfter: tail(`vor lachen|mit liebe|vor liebe|mit kussen|vor mudigkeit|vor hunger|vor angst|(alle )?(heute abend |morgen )?(online|im (schach|spiel|match)|beim (zocken|schach|kartenspielen)|(bei|in|im) (${GAMES}))`),
    negatedBefore: negation('nicht|nie|niemals|kein|(sagt|sagen|sage|sagte|einreden|erzahlt|erzahlen|glaub|glaube) dass|(sagte|sagten|rief|riefen)( mir| uns)?( immer)?'),
  },
  it: {
    anchor: anchor('aspetta|pagherai|so dove|so in che|pensaci|rifletti|conviene|spalle|peccato|avvisat|avvertit|pentir|finisce|finita|finira|fossi|ultimo|ricordati|attent|attenzione|occhio|pentira|guardati|capac|qualcuno|meriti|meritate|meriteresti|stacc|tagli|apro|apriro|sfond|crepa|crepate|schiattate|andrebber|vanno|andrebbe|dovrebbero|devono|pagherai|pagherete|pagare|faro|faremo|sgozzeremo|ammazzeremo|uccideremo|accoltelleremo|impiccheremo|bruceremo|strangoleremo|indirizz|vedrai|vedrete|odia|muoi|crep|marcis|schiat|detest|disprezz|fai|fate|sei|siete|lei|zitt|taci|sparisci|vattene|levati|fuori|muori|brutt|nessuno|manchi|ridono|ridevano|rideranno|prendono|burlano|mondo|vita|solo|sola|vergogn|schifo|vali|valete|servi|servite|ammazzar|impiccar|uccider|suicidar|buttar|ucciditi|ammazzati|impiccati|suicidati|buttati|proiettil|gola|strangol|bruc|incendi|fuoco|dove|spar|pallottol|stupr|violent|sgozz|giustiz|linci|decapit|fucil|impicc|stermin|ammazz|uccid|spar|accoltell|spacc|romp|spezz|fuori|pezzi|pelle|mort|morir|arrivar'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone("((sei|siete|sei stato|sei stata|siete stati|consideratevi|considerati) (avvisat[oaie]|avvertit[oaie])|te ne pentirai|ve ne pentirete|(non finisce|non e finita|non finira) qui|non e ancora finita|se fossi in te (starei|farei) (molto )?(attent[oa]|attenzione)|(starei|farei) (molto )?(attent[oa]|attenzione) se fossi in te|ultimo avvertimento|ricordati (la|della) mia faccia)( \\p{L}+)?"),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(aspetta e vedrai|guardati le spalle|(pagherai|la pagherai) (per )?(questo|quello che hai fatto|cio che hai fatto)|stai attent[oa] a come ti muovi|ti conviene guardarti le spalle( da (ora|adesso) in poi)?)( \\p{L}+)?`),
      knownThenHeeded('(io )?so (dove (lavori|parcheggi|(tua|tuo) \\p{L}+ (lavora|abita|vive|va a scuola)|va a scuola (tua|tuo) \\p{L}+)|in che scuola va (tua|tuo) \\p{L}+)', '(stai|state) (molto |bene )?attent[oaie]|(fai|fate) attenzione|pensaci( bene| due volte)?|rifletti(ci)?( bene)?|ti (tengo|teniamo) d\'occhio|(sei|siete) avvisat[oaie]'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(sarebbe|e) (un|proprio un) (peccato|vero peccato) se (le|gli|ti|vi) (succedesse|capitasse|succede|capita) qualcosa( di brutto)?${SAID_LAST}`),
      threat(0.85, '(ti|vi|lo|la|li|le) (ammazzo|uccido|ammazzero|uccidero|accoltello|sgozzo|brucio|impicco|sparo)'),
      threat(0.85, '(ti|vi) (faccio|faro|facciamo|faremo) (fuori|a pezzi|la pelle|saltare la testa)'),
      // Session 14, by class: a bullet in the head, a cut throat, strangling, beheading ("ti investo" left out: it is also "I entrust you").
      threat(0.85, '(ti|vi) (pianto|piantero|ficco|ficchero|metto|mettero) (una pallottola|un proiettile|una pallottola in testa|un proiettile in testa)|(ti|vi) (taglio|tagliero) la gola|(ti|vi) (strangolo|strangolero|decapito|decapitero|sgozzero)'),
      threat(0.85, '(ti|vi) (spacco|rompo|spezzo|spacchero|rompero|spezzero) (la|le|il|i|tutte le|tutti i) (faccia|gambe|ossa|testa|braccia|denti|muso|collo)'),
      threat(0.85, '(voglio|vogliamo|vado ad|vengo ad|verro ad) (ammazzarti|ucciderti|ammazzarvi|uccidervi|spararti|accoltellarti)'),
      threat(0.75, '(sei|siete) (gia )?(morto|morta|morti|un uomo morto)|(morirai|morirete)'),
      threat(0.8, 'non mi (vedrai|vedrete) arrivare'),
      call(0.75, '(qualcuno dovrebbe|bisogna|bisognerebbe|dovremmo) (ammazzarlo|ammazzarla|ammazzarli|ucciderlo|ucciderla|ucciderli|sparargli|impiccarli|bruciarli|sterminarli|ammazzarle|ucciderle)'),
      call(0.75, '(vado a|andro a|devo|dobbiamo|voglio|vogliamo|sto per|ho intenzione di) (?:\\p{L}+ ){0,2}(ammazzare|uccidere|accoltellare|stuprare|violentare|sgozzare|sparare a|giustiziare|linciare|decapitare)'),
      call(0.75, '(ammazzero|uccidero|accoltellero|stuprero|violentero|sgozzero|sparero a) (un|una|uno|tutti|tutte|qualche|il prossimo|la prossima|questi|quei)'),
      call(0.7, '(dovrebbero|devono|meritano di) (essere )?(ammazzati|ammazzate|uccisi|uccise|giustiziati|fucilati|impiccati|sterminati|linciati|bruciati vivi|morire)'),
      threat(0.7, `(io )?so dove (abiti|vivi|dormi)${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.7, `(io )?(so|conosco) il tuo indirizzo${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.6, `(vedrai|vedrete) (cosa|che cosa|quello che) (ti|vi) (succede|succedera|capita|capitera)${SAID_LAST}`),
      call(0.75, '(qualcuno|bisognerebbe|dovremmo) (dovrebbe )?(sparargli|spararle|sparare a|piantargli una pallottola|ficcargli una pallottola|fargli saltare le cervella|piantare una pallottola|ficcare una pallottola|mettere una pallottola)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(ti|vi) (brucio|brucero|incendio|incendiero) (la|il) (casa|negozio|macchina|auto|ufficio)'),
      threat(0.85, '(daro|do|diamo|daremo) fuoco (alla|al) (tua|tuo|vostra|vostro) (casa|negozio|macchina|auto|ufficio)'),
      // Insults and humiliation aimed at "you" (tu, voi, Lei): names to the face, no one wants you, go hang yourself.
      // "Sono un disastro", "sei un mostro di bravura" and "nessuno ti vuole bene come la nonna" are not.
      insult(0.8, `(tu sei|voi siete|siete|lei e|sei) (?:${IT_DEGREE} |${ELIDED}){0,2}(${IT_INSULT})`),
      insult(0.8, `(${IT_INSULT}) che non sei altro`),
      insult(0.75, `(stai zitt[oa]|zitt[oa]|taci|sparisci|vattene|levati dai coglioni|fuori dai coglioni|muori|crepa|schiatta|brutt[oa]) (${IT_CALLED})`),
      insult(0.7, "nessuno ti (vuole|ama|sopporta|caga|considera|rimpiangera|vorra|amera)(?: bene)?(?! (piu|quanto|come|meglio|tanto|cosi))|nessuno sentira la tua mancanza|non manchi a nessuno"),
      insult(0.65, '(tutti|tutto il mondo) (ti odiano|ti odia|ti detestano|ti disprezzano)'),
      insult(0.6, 'tutti (ridono|ridevano|rideranno|si prendono gioco|si burlano) di (te|voi)'),
      insult(0.75, '(il mondo|la vita di tutti) (sarebbe|starebbe|sara|stara) (migliore|meglio) senza di (te|voi)'),
      insult(0.6, '(resterai|rimarrai|sarai|morirai) (sempre|per sempre) (solo|sola)'),
      insult(0.6, '(dovresti|dovreste) vergognarti|vergognati|(mi )?(fai|fate) (schifo|pena|ribrezzo)'),
      insult(0.7, 'non (vali|valete) (niente|nulla|un cazzo)|non (servi|servite) a (niente|nulla|un cazzo)'),
      threat(0.85, `(vai|va|vatti|andate) a (ammazzarti|impiccarti|ucciderti|suicidarti|buttarti (da|sotto|giu da) \\p{L}+)|ucciditi|uccidetevi|ammazzatevi|impiccatevi|${CLAUSE_OPENS}(ammazzati|impiccati|suicidati|buttati (da un|da una|dal|dalla|sotto un|giu da un) (ponte|treno|finestra|palazzo|balcone|tetto))`),
      // A death wished on the one addressed or their family ("spero che tu muoia", "spero che tutta la tua famiglia crepi").
      threat(0.85, '(spero|speriamo|mi auguro) che (tu|tutta la tua famiglia|la tua famiglia|tua (madre|moglie|figlia|sorella|famiglia)|tuo (padre|marito|figlio|fratello)|i tuoi (figli|genitori)) (muoia|muoiano|crepi|crepino|bruci|brucino|marcisca|marciscano|schiatti|schiattino)'),
      // Session 29, by class: "someone should shoot you"; deserving a bullet or death; a head torn off, a throat cut;
      // "crepa" said alone; "andrebbero fucilati tutti"; "me la pagherai" said last; the first-person plural future
      // ("vi sgozzeremo"); "ti farò del male".
      threat(0.8, 'qualcuno (dovrebbe|deve|dovra|potrebbe) (spararti|ammazzarti|ucciderti|accoltellarti|impiccarti|farti fuori|piantarti una pallottola|strangolarti|sgozzarti|bruciarti|spararvi|ammazzarvi|uccidervi)'),
      threat(0.75, '(ti meriti|meriti|vi meritate|meritate|ti meriteresti|meriteresti) (una pallottola|un proiettile|la morte|di morire|di crepare|di essere (ammazzat|uccis|impiccat|bruciat|fucilat)[oaie])'),
      threat(0.85, '(ti|vi) (stacco|stacchero|taglio|tagliero|apro|apriro|sfondo|sfondero|spacchero|rompero) (la|le|il|i) (testa|faccia|gola|gambe|braccia|cranio|collo|pancia|lingua|denti)'),
      threat(0.8, `${CLAUSE_OPENS}(crepa|schiatta|crepate|schiattate)(?: (bastard[oa]|stronz[oa]|cane|infame|maledett[oa]))?${SAID_LAST}`),
      call(0.7, '(andrebbero|vanno|andrebbe|dovrebbero essere|devono essere) (tutti )?(fucilati|impiccati|ammazzati|uccisi|sterminati|bruciati vivi|gasati|linciati|giustiziati|messi al muro)'),
      threat(0.6, `(me la (pagherai|pagherete)|(te|ve) la (faro|faremo|faccio|facciamo) pagare)${SAID_LAST}`),
      // Session 30: regret promised, a warning to watch one's back, not knowing what the writer is capable of, said last.
      threat(0.6, `((te|ve) ne pentira(i|ete)( amaramente)?|guardati le spalle)${SAID_LAST}`),
      threat(0.6, `(non sai|non sapete|non hai idea|non avete idea) (di cosa|di che cosa|cosa) (sono|siamo) (capace|capaci)${SAID_LAST}`),
      threat(0.85, '(ti|vi) (sgozzeremo|ammazzeremo|uccideremo|accoltelleremo|impiccheremo|bruceremo|strangoleremo)'),
      threat(0.7, '(ti|vi) (faro|faremo) (del |tanto |molto )?male'),
      warned('(stai|state|sta) (molto |bene )?attent[oaie]|(fai|fate) attenzione|(faresti|fareste) meglio a stare attent[oaie]|occhio a te', '(o|oppure|altrimenti|senno|se no) ((te|ve) ne pentira(i|ete)|finisce male per (te|voi)|(me )?la paghi|ti faccio vedere io|sono guai( per (te|voi))?)|la prossima volta non saro (cosi|tanto) (gentile|buono|buona|paziente|clemente)|prima che ti (succeda|capiti) qualcosa'),
    ],
    innocentBefore: NO_PERSON_BEFORE(IT_PESTS),
    innocentAfter: tail(`dal ridere|dalle risate|di baci|di coccole|di solletico|di fame|di sonno|di stanchezza|di paura|di freddo|(tutti )?(online|in partita|in (${GAMES})|a (scacchi|carte|briscola|scopa|${GAMES}))|(tutti i |tutte le |i |le |gli )?(${IT_PESTS})`),
    negatedBefore: negation('non|mai|(dica|dicano|dice|dicono|dire|creda|credere|pensi|pensare) che|(diceva|dicevano|ha detto|hanno detto|urlava|urlavano)'),
  },
  nl: {
    anchor: inside('wacht|betalen|boeten|berouwen|tellen|weet|denk|gaten|zonde|jammer|gewaarschuwd|spijt|voorbij|afgelopen|als ik jou|waarschuwing|gezicht|let |pas |oppass|uitkijk|kijk |boeten|breek|breken|als|wanneer|zodra|trek|draai|snij|hak|ram|iemand|ze|verdien|muur|neergeschoten|doodgeslagen|verbrand|betaald|bezuren|berouwen|adres|vind|sterf|crepe|verrek|maak|bent|zijn|ben je|ben jij|jij|jullie|vuile|vieze|stomme|domme|dikke|kanker|achterlijk|zielig|lelijk|niemand|geen mens|geen hond|iedereen|wereld|alleen|eenzaam|schamen|schaam|ga |pleeg|zelfmoord|hang|spring|omver|brand|fik|weet|weten|ziet|zien|kogel|verkracht|onthoofd|lynch|vergast|opgehang|geexecut|uitgeroeid|moord|dood|afmak|neer|kapot|slaan|hang|brand|schiet|steek|breek|sterv|kom'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((je bent|jij bent|jullie zijn|u bent) gewaarschuwd|(daar|hier) (ga|zal|gaat) je (nog )?spijt van krijgen|je (gaat|zult) (hier|daar|het) (nog )?spijt van krijgen|(dit|het) is (nog )?(lang )?niet voorbij|(dit|het) is nog niet afgelopen|als ik jou was zou ik (oppassen|voorzichtig zijn|uitkijken)|ik zou (oppassen|uitkijken|voorzichtig zijn) als ik jou was|laatste waarschuwing|onthoud mijn gezicht)( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(wacht (maar|maar af) (je zult|jij zult|je gaat) (het )?(nog )?(wel )?zien|wacht maar af|(je|jij) (gaat|zult) (betalen|boeten) voor (wat je (hebt gedaan|gedaan hebt)|dit|dat)|(je|jij) zult het (nog )?berouwen|pas (maar )?op je tellen|kijk (jij )?maar uit)( \\p{L}+)?`),
      knownThenHeeded('ik weet (waar (je|jij) (werkt|parkeert)|waar (je|jouw) \\p{L}+ (werkt|woont|naar school gaat|op school zit)|op welke school (je|jouw) \\p{L}+ zit)', 'pas (maar |goed )?op|let (maar |goed )?op|kijk (maar )?uit|denk (er )?(maar |goed )?(eens )?(goed )?over na|ik (hou|houd) je in de gaten|je bent gewaarschuwd'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(het zou|zou) (zonde|jammer) (zijn )?als (er )?(iets|wat) met (je|jou|hem|haar|hen|ze|jullie) (gebeurt|zou gebeuren|gebeurde)${SAID_LAST}`),
      threat(0.85, '(ik|wij|we) (ga|gaan|zal|zullen|wil|willen) (je|jou|jullie|hem|haar) (?:\\p{L}+ )?(vermoorden|doodmaken|afmaken|neersteken|neerschieten|kapotmaken|ophangen|verbranden|doodschieten|doodsteken|in elkaar slaan)'),
      threat(0.85, '(ik|wij|we) (maak|maken|steek|steken|schiet|schieten|sla|slaan) (je|jou|jullie) (dood|neer|af|kapot|lens|verrot|in elkaar)'),
      threat(0.85, '(ik|wij|we) (breek|breken|ga|gaan) (je|jouw|jullie) (benen|nek|armen|botten|kop|gezicht|kaak)'),
      // Session 14, by class: a bullet through the head, run over.
      threat(0.85, '(ik|wij|we) (jaag|jagen|schiet|schieten) (je|jou|jullie) een kogel door (je|jullie) (kop|hoofd|kanis|harses)|(ik|wij|we) (jaag|jagen|schiet|schieten) een kogel door (je|jouw|jullie) (kop|hoofd|kanis|harses)|(ik|wij|we) (rij|rijden) (je|jou|jullie) (dood|omver)'),
      threat(0.75, '(je|jij|jullie) (bent|zijn) (zo goed als |al )?(dood|een dode man)|(je|jij|jullie) (gaat|gaan|zal|zult|zullen) (eraan|sterven|dood)'),
      threat(0.8, '(je|jij|jullie) (zal|zult|zullen) me niet (zien komen|aan zien komen|zien aankomen)'),
      call(0.75, '(iemand|we|wij|men) (moet|moeten|zou|zouden|moest) (hem|haar|ze|die|hen|al die|alle) (?:\\p{L}+ )?(vermoorden|doodmaken|neerschieten|afmaken|ophangen|vergassen|uitroeien)'),
      call(0.75, '(ik|wij|we) (ga|gaan|zal|zullen|moet|moeten|wil|willen) (?:\\p{L}+ ){0,3}(vermoorden|neersteken|neerschieten|doodschieten|doodsteken|verkrachten|onthoofden|lynchen)'),
      call(0.75, '(ga|gaan|zal|zullen|moet|moeten|wil|willen) (ik|wij|we) (?:\\p{L}+ ){0,3}(vermoorden|neersteken|neerschieten|doodschieten|doodsteken|verkrachten|onthoofden|lynchen)'),
      call(0.7, '(moeten|zouden|verdienen het) (allemaal )?(?:\\p{L}+ ){0,2}(vermoord|doodgeschoten|vergast|opgehangen|geexecuteerd|uitgeroeid|gelyncht) (worden|te worden)'),
      threat(0.7, `(ik|wij|we) (weet|weten) waar (je|jij|jullie) (woont|wonen|slaapt)${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.7, `(ik|wij|we) (weet|ken|weten|kennen) (je|jouw) adres${NOT_IF_AROUND_HERE}${NOT_NEIGHBOURS}`),
      threat(0.8, '(je|jij|jullie) (ziet|zien) me niet (aankomen|komen)'),
      call(0.75, '(iemand|we|men) (moet|moeten|zou|zouden) (die|dat|deze|hem|haar|ze) (?:\\p{L}+ ){0,2}(neerschieten|een kogel door het hoofd jagen|een kogel geven|kogel)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(ik|wij|we) (steek|steken) (je|jouw|jullie) (huis|winkel|auto|zaak|kantoor) (in brand|in de fik)'),
      // The act coordinated with another done first: "ik ga je vinden en (je) vermoorden".
      threat(0.85, '(ik|wij|we) (ga|gaan|zal|zullen) (je|jou|jullie) (?:\\p{L}+ ){1,3}en (je |jou |jullie )?(vermoorden|doodmaken|afmaken|neersteken|neerschieten|doodschieten|doodsteken|ophangen)'),
      // Insults and humiliation aimed at "you" (je, jij, jullie, u): names to the face, no one wants you, go die. "Ik
      // ben een sukkel", "je bent niet waardeloos", "je bent dik welkom" and "niemand mag je pijn doen" are not.
      insult(0.8, `((je|jij|jullie|u) (bent|zijn)|ben je|ben jij|(ik|iedereen|we|wij|ze|zij) (vind|vindt|vinden) (je|jou|jullie)) (?:${NL_DEGREE} ){0,3}(${NL_INSULT})`),
      // "Niks" alone only where its clause ends: "je bent niks veranderd".
      insult(0.8, '(je bent|jij bent|jullie zijn|u bent) (niks|niets|geen cent|geen knip voor je neus) waard|(je bent|jij bent|u bent) een (niks|nul|niemand)|(je bent|jij bent) (helemaal )?(niks|niets)(?!\\s\\p{L})'),
      // Not after "jullie", which is also "your" ("jullie koe").
      insult(0.75, `(jij|vuile|vieze|stomme|domme|dikke|kankerende|achterlijke|zielige|lelijke) (${NL_CALLED})|jij (vieze |vuile |dikke |stomme )?(koe|varken|zwijn|stuk vreten)`),
      insult(0.7, 'niemand (mag|moet|wil|wilde|mocht) (je|jou)(?! (kwijt|(?:\\p{L}+ ){0,2}\\p{L}+en(?!\\p{L})))|niemand (houdt|hield) (echt )?van (je|jou)(?! (zoals|zo|meer))|(niemand|geen mens|geen hond) (zal|gaat) (je|jou) missen|niemand mist (je|jou)'),
      insult(0.6, 'iedereen (lacht|lachte|lachen) (je|jou) uit|iedereen (lacht|lachte) om jou|iedereen haat (je|jou)'),
      insult(0.75, 'de wereld (is|zou|wordt|zal|was) (?:\\p{L}+ ){0,2}beter (af )?(zijn )?zonder (jou|je)'),
      insult(0.6, '(je|jij) (blijft|zal|zult|gaat) (altijd|voor altijd|je hele leven|de rest van je leven) (alleen|eenzaam)|(je|jij) (gaat|zal|zult) (alleen|eenzaam) (dood|sterven)'),
      insult(0.6, '(je|jij) (moet|mag|zou) je (kapot |dood |diep )?schamen|schaam je (kapot|dood|diep)'),
      threat(0.85, '(?<!(ik|we|wij|hij|zij|ze|je|jij|dan|die|u) )ga (?:(toch|gewoon|maar|lekker|nou|eens) ){0,2}dood|(ga|pleeg) (?:(toch|gewoon|maar|nou) ){0,2}zelfmoord|hang (je|jezelf) (?:(toch|gewoon|maar) ){0,2}op|spring (?:(toch|gewoon|maar|nou) ){0,2}(van|voor|uit) (een|de|het) (brug|flat|dak|trein|raam|gebouw)|maak (jezelf|je) van kant'),
      // A death wished on the one addressed or their family ("ik hoop dat je doodgaat", "hopelijk sterft je hele familie"); "niet" between takes it back.
      threat(0.85, '(ik hoop|hopelijk)( dat)? (je|jij|je hele familie|jouw hele familie|je (familie|kinderen|moeder|vader|vrouw|man|dochter|zoon)) (?:(?!niet )\\p{L}+ ){0,2}?(doodgaat|doodgaan|dood gaat|sterft|sterven|crepeert|creperen|verrekt|verrekken)|hopelijk (sterf|crepeer|verrek) je|hopelijk (sterft|crepeert|verrekt) (je|jouw) (hele )?(familie|moeder|vader|vrouw|man|dochter|zoon)'),
      // Session 29, by class: the verb first after a condition ("als je komt, breek ik je benen", "als ik je zie, ben je
      // dood"); shot full of holes, beaten dead with "allemaal" between; a head torn off, a throat cut; "someone should shoot
      // you"; deserving a bullet; a group put against the wall; "dat zet ik je betaald".
      threat(0.85, '(breek|breken) (ik|we|wij) (je|jouw|jullie) (benen|nek|armen|botten|kop|gezicht|kaak)|(maak|maken|steek|steken|schiet|schieten|sla|slaan) (ik|we|wij) (je|jou|jullie) (dood|neer|af|kapot|lens|verrot|in elkaar|overhoop)'),
      threat(0.85, '(als|wanneer|zodra) (ik|we|wij) (je|jou|jullie) (?:\\p{L}+ ){0,4}(zie|tegenkom|vind|pak|zien|tegenkomen|vinden|pakken) (dan )?(ben je|ben jij|zijn jullie) (zo goed als )?(dood|een dode man)'),
      threat(0.85, '(ik|wij|we) (maak|maken|steek|steken|schiet|schieten|sla|slaan) (je|jou|jullie) (allemaal )?(dood|neer|kapot|lens|verrot|in elkaar|overhoop|morsdood)'),
      threat(0.85, '(ik|wij|we) (trek|trekken|draai|draaien|snij|snijd|snijden|hak|hakken|sla|slaan|ram|rammen) (je|jouw|jullie) (kop|hoofd|nek|keel|strot|schedel|hersens) (eraf|af|om|door|in|kapot)'),
      threat(0.8, '(iemand|ze) (zou|zouden|moet|moeten|moest) (je|jou|jullie) (?:(eens|gewoon|allemaal) )?(moeten )?(vermoorden|doodmaken|neerschieten|afmaken|ophangen|doodschieten|neersteken|doodsteken)'),
      threat(0.75, '(je|jij|jullie) (verdient|verdienen) (het om )?(een kogel|de dood|te sterven|dood te gaan|doodgeschoten te worden|opgehangen te worden|vermoord te worden)'),
      call(0.7, '(ze|hen|die) allemaal tegen de muur (zetten|gezet)|(moeten|zouden|verdienen het) (allemaal )?(?:\\p{L}+ ){0,2}(neergeschoten|doodgeslagen|levend verbrand) (worden|te worden)'),
      threat(0.6, `(dat (zet|zetten) (ik|we) je betaald|dat zal je (bezuren|berouwen))${SAID_LAST}`),
      // Session 30: the same debt with "dit" or "hiervoor" ("dit ga je bezuren", "hiervoor ga je boeten").
      threat(0.6, `((dit|dat) (ga|zal) je (nog )?(bezuren|berouwen)|(hier|daar)voor (ga|zal) je (nog )?boeten|(je|jij) (gaat|zal) (hier|daar)voor (nog )?boeten)${SAID_LAST}`),
      warned('let (maar |goed )?op|pas (maar |goed )?op|(je|jij) (kunt|kan) (maar )?beter (oppassen|uitkijken)|kijk (maar )?uit', 'anders (gebeurt er (wat|iets)|krijg je er spijt van|zal je het berouwen|ga je eraan|zwaait er wat)|of je krijgt er spijt van|de volgende keer ben ik niet (meer )?zo (aardig|vriendelijk|lief|geduldig)|voordat er iets met (je|jou) gebeurt|ik weet je te vinden'),
    ],
    innocentAfter: tail(`van het lachen|van de lach|met liefde|van verliefdheid|(allemaal )?(online|met (schaken|kaarten|darten)|in (${GAMES}|het spel|de game))`),
    negatedBefore: negation('niet|nooit|(zegt|zeggen|zeg|zei|wijsmaken|vertellen|denk|geloof) dat|(zei|zeiden|riep|riepen)( me| mij)?( altijd)?'),
  },
  pl: {
    anchor: inside(`poczekaj|wiem|ogladaj|zastanow|pomysl|przemysl|na oku|obserwuj|ostrzez|uprzedz|koniec|skonczy|miejscu|zapamietaj|uwaz|bacznosc|poza|wiesz|wiecie|ktos|zas[łl]ugu|urwe|urwiemy|odetn|ukrec|skrec|rozbij|przetrac|rozkwas|wymorduj|wyrzn|pozabij|rozstrzel|potn|zatłu|zatlu|powinno|trzeba|musimy|mozna|nalez|zap[łl]ac|adres|rozjad|umar|sczez|rozjedz|utopi|zakopi|spal|podpal|wiem|zobaczysz|kulk|kule|zadzg|zgwałc|zarzn|zamord|smierc|zabi|zajeb|zatłuk|zastrzel|powiesz|powiesi|spal|poderzn|udusz|dzgn|rozwal|wykoncz|załatw|połam|trup|zginiesz|zyjesz|nadchodz|wystrzel|wymord|zagaz|jestes|pani jest|pan jest|zamknij|spadaj|spieprzaj|spierdalaj|wynos sie|odwal sie|odczep sie|ciebie|toba|wami|nikt|nikogo|smie|smia|nabij|bedziesz|zostaniesz|umrzesz|powinie|powinn|zabij|powies|otruj|utop|zastrzel|zdech|zdych|skocz|wyskocz|${PL_VOCATIVE}|${PL_NAME}`),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((zosta[łl]es|zosta[łl]as|zostaliscie|jestes|jestescie) (ostrzezony|ostrzezona|ostrzezeni|uprzedzony|uprzedzona)|poza[łl]ujesz( tego)?|poza[łl]ujecie( tego)?|to (jeszcze )?nie (koniec|jest koniec)|to sie (jeszcze )?nie skonczy[łl]o|na twoim miejscu (bym uwaza[łl]|bym uwaza[łl]a|uwaza[łl]bym|uwaza[łl]abym|by[łl]bym ostrozny|by[łl]abym ostrozna)|ostatnie ostrzezenie|zapamietaj moja twarz)( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(poczekaj (jeszcze )?zobaczysz|zap[łl]acisz (mi )?za to co (zrobi[łl]es|zrobi[łl]as)|zap[łl]acicie (mi )?za to co zrobiliscie|(lepiej )?ogladaj sie za siebie)( \\p{L}+)?`),
      knownThenHeeded('(ja )?wiem (gdzie (pracujesz|parkujesz|(twoja|twoj|twoje) \\p{L}+ (pracuje|mieszka|chodzi do szko[łl]y))|do (ktorej|jakiej) szko[łl]y chodzi (twoja|twoj|twoje) \\p{L}+)', '(lepiej )?uwazaj( na siebie)?|zastanow sie( dobrze| dwa razy)?|pomysl o tym|przemysl to|mam cie na oku|obserwuje cie'),
      threat(0.85, '(?:(ja|zaraz|juz) )?(cie|was) (?:(zaraz|normalnie|kurwa) )?(zabije|zajebie|zatłuke|zastrzele|powiesze|spale|podpale|poderzne|udusze|dzgne|rozwale|wykoncze|załatwie|zabijemy|zajebiemy|zastrzelimy)'),
      threat(0.85, '(zabije|zajebie|zatłuke|zastrzele|powiesze|poderzne|udusze|wykoncze|zabijemy|zajebiemy) (cie|was)'),
      threat(0.85, '(połamie|połamiemy|rozwale|rozbije|wybije) (ci|wam) (nogi|rece|kosci|zeby|kark|morde|łeb|głowe|ryj)'),
      threat(0.75, '(juz )?(jestes|jestescie) (trupem|trupami|martwy|martwa)|(juz )?nie zyjesz|zginiesz|zginiecie'),
      threat(0.8, 'nie zobaczysz (mnie )?(jak nadchodze|nadchodzacego|nadchodzacej)'),
      call(0.75, '(ktos|trzeba|nalezy|powinnismy) (powinien |musi )?(ich|je|go|ja|wszystkich|tych) (?:wszystkich )?(zabic|zastrzelic|powiesic|wystrzelac|wymordowac|zagazowac|spalic|zajebac)'),
      call(0.75, '(zamierzam|zamierzamy|bede musiał|bede musiała|musze|chce|chcemy|pojde) (?:\\p{L}+ ){0,2}(zabic|zadzgac|zgwałcic|zastrzelic|zarznac|zamordowac|udusic|wymordowac)'),
      call(0.7, '(zadzgam|zgwałce|zastrzele|zamorduje|zarzne|zadzgamy|zgwałcimy|zamordujemy)'),
      call(0.7, '(powinni|powinny|musza|zasługuja) (zostac |by |na )?(zabici|zabite|zastrzeleni|powieszeni|wymordowani|zagazowani|spaleni|smierc)'),
      threat(0.7, `(ja )?wiem gdzie (mieszkasz|spisz|mieszkacie)${NOT_NEIGHBOURS}`),
      threat(0.7, '(ja )?(znam|znamy) (twoj|wasz) adres'),
      threat(0.8, 'nie zobaczysz mnie jak (przyjde|nadchodze)'),
      call(0.75, 'ktos (powinien|musi) (wpakowac|wsadzic|władowac) (?:\\p{L}+ ){0,2}(kulke|kule)'),
      // Session 14, by class: a bullet in the head, run over, drowned, buried.
      threat(0.85, '(wpakuje|wpakujemy|wsadze|wsadzimy|właduje|władujemy) (ci|wam) (kulke|kule)|(rozjade|rozjedziemy|utopie|utopimy|zakopie|zakopiemy) (cie|was)'),
      // Arson against someone's home, shop or car.
      threat(0.85, '(spale|podpale|spalimy|podpalimy) (ci|wam|twoj|twoja|wasz|wasza) (dom|sklep|samochod|auto|mieszkanie|biuro)'),
      // The act coordinated with another done first: "znajdę cię i zabiję".
      threat(0.85, '(cie|was) (?:\\p{L}+ )?i (?:(cie|was) )?(zabije|zajebie|zatłuke|zastrzele|poderzne|udusze|zadzgam|zabijemy|zastrzelimy)'),
      // Insults and humiliation aimed at "you": called a name or a sneer ("jesteś zerem", "ty głupia krowo", "zamknij się, debilu",
      // "ale z ciebie frajer"), not "w" a skill ("beznadziejna w gotowaniu"); nobody likes you, everyone laughs at you, the world
      // better without you, alone for ever; told to kill or hang oneself, to jump.
      insult(0.75, `${PL_YOU_ARE} (?:(naprawde|po prostu|tylko|zwyczajnie|serio|totalnie|kompletnie) ){0,2}(?:${PL_SNEER} ){0,2}(${PL_NAME_INSTR})`),
      insult(0.7, `${PL_YOU_ARE} (?:(naprawde|po prostu|taki|taka|strasznie|okropnie|tak|serio) ){0,2}${PL_BAD}(?! (w|we|z) )`),
      // The worst of people, a band of fools: "jesteś najgorszą matką", "jesteście bandą nieudaczników".
      insult(0.65, `${PL_YOU_ARE} (najgorsz|najbrzydsz|najg[łl]upsz|najgrubsz|najtepsz|najbardziej za[łl]osn)(a|ym) \\p{L}+|${PL_YOU_ARE} (banda|stadem|zgraja|kupa) (idiotow|debili|kretynow|frajerow|nieudacznikow|smieci|pasozytow|baranow|przegrywow|gnojow|dupkow)`),
      insult(0.8, `(ty|wy) (?:${PL_SNEER} ){0,2}(${PL_VOCATIVE}|${PL_NAME})`),
      insult(0.75, `(zamknij sie|zamknij morde|zamknij ryj|zamknij pysk|spadaj|spieprzaj|spierdalaj|wynos sie|odwal sie|odczep sie|won) (?:\\p{L}+ )?(?:${PL_SNEER} )?(${PL_VOCATIVE})`),
      insult(0.75, `(${PL_VOCATIVE}) (jeden|jedna)|${PL_SNEER} (${PL_VOCATIVE})`),
      insult(0.75, `ale z (ciebie|was) (?:${PL_SNEER} ){0,2}(${PL_NAME})|co za (?:${PL_SNEER} ){0,2}(${PL_NAME}) z (ciebie|was)`),
      insult(0.7, `(nikt (cie|ciebie|was) (tu |tutaj )?nie (lubi|kocha|chce|potrzebuje|znosi|szanuje|trawi|s[łl]ucha)|nikt nie (lubi|kocha|chce|znosi|szanuje|trawi) (cie|ciebie|was))${PL_NOT_AS_I}|nikogo nie (obchodzisz|obchodzicie)`),
      insult(0.7, `nikt (?:\\p{L}+ ){0,2}za (toba|wami) (?:\\p{L}+ )?(teskni[łl]|tesknic|zateskni|p[łl]aka[łl]|p[łl]akac|zap[łl]acze)`),
      insult(0.6, `(smieja|smieje|smiali|nabijaja|nabija) sie z (ciebie|was)|sie z (ciebie|was) (smieja|smieje|smiali|nabijaja|nabija)`),
      insult(0.75, `(swiat|zycie|wszystkim|wszyscy|ludziom|rodzinie) (?:\\p{L}+ )?(by[łl]by|by[łl]oby|by[łl]aby|bedzie|bedzie sie zy[łl]o) (?:\\p{L}+ )?(lepszy|lepsze|lepsza|lepiej) bez (ciebie|was)`),
      insult(0.6, `(zawsze|na zawsze|do konca zycia|do smierci) (bedziesz|zostaniesz|umrzesz) (sam|sama|samotny|samotna|w samotnosci)|umrzesz (sam|sama|w samotnosci)`),
      insult(0.55, '(powinienes|powinnas|powinniscie) sie wstydzic'),
      threat(0.85, '(zabij|zabijcie|powies|powiescie|otruj|utop|zastrzel) sie|(idz|idzcie) sie (zabic|zabij|powiesic|powies|utop|utopic|otruc)|zdechnij|zdychaj|zdechnijcie|zdychajcie'),
      threat(0.8, '(skocz|skoczcie|wyskocz) z (mostu|okna|dachu|wiezowca|balkonu|bloku)'),
      // A death wished on the one addressed or their family ("obyś zdechł", "mam nadzieję, że umrzesz").
      threat(0.85, 'obys (zdech|umar|sczez)(l|ł)(a)?|oby (cała |cala )?twoja (rodzina|matka|zona|corka) (zdech|umar)(l|ł)a|mam nadzieje ze (zdechniesz|umrzesz|(cała |cala )?twoja rodzina (zdechnie|umrze)|twoje dzieci (zdechna|umra))'),
      // Session 29, by class: "someone should shoot you"; deserving a bullet or death; a head torn off, a neck wrung; the
      // verb first ("wymordujemy was", "dźgnę cię"); "powinno się ich powiesić"; "zapłacisz mi za to" said last.
      threat(0.8, 'ktos (powinien|musi|mog[łl]by|powinno) (cie|ciebie|was) (zabic|zastrzelic|powiesic|zajebac|udusic|zadzgac|spalic|odstrzelic|sprzatnac|zatłuc|zatluc)'),
      threat(0.75, '(zas[łl]ugujesz|zas[łl]ugujecie) na (kulke|kule|smierc|stryczek|kulke w [łl]eb|kule w [łl]eb)'),
      threat(0.85, '(urwe|urwiemy|odetne|odetniemy|ukrece|ukrecimy|skrece|skrecimy|rozwale|rozwalimy|rozbije|rozbijemy|przetrace|przetracimy|po[łl]amie|po[łl]amiemy|rozkwasze|rozkwasimy) (ci|wam) ([łl]eb|[łl]by|g[łl]owe|g[łl]owy|kark|karki|szyje|nogi|rece|kosci|zeby|morde|ryj|gebe|[łl]apy)'),
      threat(0.85, '(wymordujemy|wymorduje|zadzgam|zadzgamy|wyrzniemy|wyrzne|pozabijam|pozabijamy|rozstrzelam|rozstrzelamy|dzgne|dzgniemy|zarzne|zarzniemy|potne|potniemy|zatłuke|zatłuczemy|zatluke|zatluczemy) (cie|was)'),
      call(0.75, '(powinno sie|trzeba by|musimy|mozna by|nalezy|nalezaloby|trzeba) (ich|je) (wszystkich |wszystkie )?(zabic|zastrzelic|powiesic|wystrzelac|wymordowac|zagazowac|spalic|zajebac|rozstrzelac|wyrznac|wybic|pozabijac)'),
      threat(0.6, `(zap[łl]acisz (mi )?za to|zap[łl]acicie (mi )?za to|(ty|wy) (mi )?za to zap[łl]acisz)${SAID_LAST}`),
      // Session 30: regret promised, and not knowing what the writer is capable of, said last.
      threat(0.6, `((jeszcze )?(tego )?poza[łl]ujesz|poza[łl]ujesz (tego|jeszcze)|poza[łl]ujecie (tego)?)${SAID_LAST}`),
      threat(0.6, `nie (wiesz|wiecie) (do czego|na co) (jestem|jestesmy) (zdolny|zdolna|zdolni|gotowy|gotowa)${SAID_LAST}`),
      warned('(lepiej )?uwazaj(cie)?|radze (ci|wam) uwazac|(miej|miejcie) sie na bacznosci', '(bo|albo|inaczej|bo inaczej|bo jak nie) ((zle|marnie) (skonczysz|skonczycie)|poza[łl]ujesz( tego)?|poza[łl]ujecie( tego)?|sie policzymy|dostaniesz za swoje|oberwiesz)|nastepnym razem nie bede (taki|taka) (mi[łl]y|mi[łl]a|grzeczny|grzeczna|dobry|dobra|wyrozumia[łl]y|wyrozumia[łl]a)|zanim (cos )?(ci|wam) sie (cos )?stanie'),
    ],
    innocentAfter: tail('ze smiechu|ze smiechem|smiechem|z miłosci|buziakami|w pocałunkach|pocałunkami|na bungee|na bandzi|(ale )?(i tak )?(cie )?(kocham|uwielbiam)'),
    negatedBefore: negation('nie|nigdy'),
  },
  ru: {
    anchor: inside('подожди|заплат|в оба|оглядыва|знаю|знаем|подумаи|слежу|наблюдаю|предупредил|жаль|жалко|предупрежд|не конец|не все|не закончили|на твоем месте|запомни|смотри у|осторож|берегис|пожале|способ|кто|заслуж|ноги|руки|кости|ребра|пальцы|зубы|их|всех|этих|перереж|перебь|перестрел|пореш|уро|замоч|прикон|задуш|повес|сожж|ответ|поплат|заплат|законч|окажеш|лежать|найдут|знаю|знаем|пул|изнасил|прирез|расстрел|убит|уничтож|смерт|убь|прибь|зареж|пристрел|застрел|задуш|повеш|сожг|уро|замоч|прикон|пореш|грохн|закопа|слома|перелома|разобь|набь|труп|покоиник|мертвец|сдохн|умр|убит|расстрел|перестрел|оторв|пролом|взорв|подорв|замини|ты|вы|тебя|тебе|вас|вам|тобои|вами|что|никто|никому|заткн|завали|закрои|провали|пошел|пошла|пошли|отвал|убираи|вали|свали|сгинь|исчезни|убеи|повесь|удавись|застрелись|утопись|вскрои|самоубеи|сдохни|выпились|выпрыгни|прыгни|спрыгни|сбрось|смеются|ржут|угорают|потешаются|издеваются|мир|всем|земля|жизнь|нам|без|лучше бы|умрешь|умрете|посмотри'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((ты|вы) (предупрежден|предупреждена|предупреждены)|(ты )?(еще )?(об этом )?пожалеешь( об этом)?|вы (еще )?(об этом )?пожалеете( об этом)?|это (еще )?не (конец|все)|мы (еще )?не закончили|на твоем месте я (бы )?(был бы |была бы )?(осторожнее|поосторожнее|остерегался|остерегалась)|последнее предупреждение|запомни мое лицо)( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(подожди (еще )?увидишь|(ты|вы) (еще )?(заплатишь|заплатите) за (это|то что (ты )?(сделал|сделала|сделали|натворил|натворила))|(ты )?(еще )?за это заплатишь|смотри в оба|ходи (и )?оглядываися)( \\p{L}+)?`),
      knownThenHeeded('(я|мы) (знаю|знаем) (где (ты работаешь|ты паркуешься|стоит твоя машина|(работает|живет|учится) (твоя|твои) \\p{L}+)|в (какую|какои) школу ходит (твоя|твои) \\p{L}+)', '(будь|будьте) (осторожен|осторожна|осторожны|осторожнее)|подумаи( хорошенько| хорошо| об этом)?|я (за тобои|за вами) (слежу|наблюдаю)|я тебя предупредил(а)?|смотри в оба'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(будет |было бы |очень )?(жаль|жалко)( будет)? если с (ним|неи|ними|тобои|вами|твоеи \\p{L}+|твоим \\p{L}+) (что-то|что-нибудь|что то|что нибудь) (случится|произоидет|случилось бы)${SAID_LAST}`),
      threat(0.85, '(?:(я|мы) )?(тебя|вас) (?:\\p{L}+ ){0,3}(убью|прибью|зарежу|пристрелю|застрелю|задушу|повешу|сожгу|урою|замочу|прикончу|порешу|грохну|закопаю|убьем|зарежем|пристрелим|закопаем)'),
      threat(0.85, '(убью|прибью|зарежу|пристрелю|застрелю|задушу|урою|замочу|прикончу|грохну|закопаю|убьем) (тебя|вас)'),
      threat(0.85, '(?:(я|мы) )?(сломаю|переломаю|разобью|набью|оторву|сломаем|разобьем) (тебе|вам) (ноги|руки|лицо|морду|кости|челюсть|шею|ебало|рожу|голову|башку)'),
      // The same with the body part first, as Russian's free order has it: "я тебе голову оторву".
      threat(0.85, '(?:(я|мы) )?(тебе|вам) (ноги|руки|лицо|морду|кости|челюсть|шею|ебало|рожу|голову|башку) (сломаю|переломаю|разобью|набью|оторву|проломлю|сломаем|разобьем|оторвем)'),
      // A bomb or fire for a building: "я взорву вашу школу".
      threat(0.85, '(?:(я|мы) )?(?:\\p{L}+ ){0,2}(взорву|взорвем|подорву|подорвем|заминирую|заминируем|сожгу|сожжем) (?:(твою|твои|вашу|ваш|эту|этот|их) )?(школу|дом|мечеть|церковь|синагогу|храм|офис|квартиру|магазин|больницу|университет|вокзал)'),
      threat(0.75, '(ты|вы) (уже )?(труп|покоиник|мертвец|не жилец)|(ты|вы) (скоро )?(сдохнешь|умрешь|сдохнете|умрете)'),
      threat(0.8, '(ты|вы) (меня )?(не увидишь|не увидите) (меня )?(как я приду|приближения)'),
      threat(0.7, '(?:(я|мы) )?(знаю|знаем) (твои|ваш) адрес'),
      // "You're finished", said to the one addressed.
      threat(0.6, `(тебе|вам) (конец|хана|крышка|кранты)${SAID_LAST}`),
      call(0.75, '(кто-то|кто-нибудь|кто то|надо|нужно|пора|должны) (должен )?(его|ее|их|всех|этих) (?:всех )?(убить|пристрелить|повесить|грохнуть|перестрелять|расстрелять|сжечь|уничтожить|вырезать)'),
      call(0.7, '(?:(я|мы) )?(?:\\p{L}+ ){0,2}(зарежу|пристрелю|застрелю|изнасилую|прирежу|расстреляю|зарежем|пристрелим|изнасилуем|расстреляем)'),
      call(0.75, '(я|мы) (буду|будем|должен|должна|должны|хочу|хотим|собираюсь|собираемся|пойду|пойдем) (?:\\p{L}+ ){0,2}(убить|зарезать|пристрелить|застрелить|изнасиловать|задушить|расстрелять|прирезать)'),
      call(0.7, '(должны|надо|нужно|заслуживают) (быть )?(убиты|расстреляны|повешены|уничтожены|сожжены|смерти)'),
      threat(0.7, `(я|мы) (знаю|знаем) где (ты живешь|ты спишь|вы живете)${NOT_NEIGHBOURS}`),
      call(0.75, '(кто-то|кто-нибудь|кто то|надо|нужно) (должен )?(пустить|всадить) (?:\\p{L}+ ){0,2}пулю'),
      // Insults and humiliation aimed at "you": a name or a sneer ("ты ничтожество", "вы бесполезный паразит", "дура ты",
      // "заткнись, идиот"), not negated ("ты не один") nor reported ("...что ты ничтожество"); nobody loves or needs you,
      // everyone laughs at you, the world better without you, alone for ever; told to kill or hang oneself, to jump.
      insult(0.75, `${RU_YOU} (?:[—–-] )?(?:(просто|же|такои|такая|такое|всего лишь|реально|вообще|(полн|полнеиш|сам|настоящ|обычн|редкостн|законченн|натуральн|конкретн)(ыи|ии|ая|ое|ее)) ){0,2}(?:${RU_SNEER} ){0,2}(${RU_NAME})`),
      insult(0.75, `что (ты|вы) за (?:${RU_SNEER} )?(${RU_NAME})`),
      insult(0.7, `${RU_YOU} (?:[—–-] )?(?:(просто|такои|такая|же|реально|очень|настолько|так) ){0,2}(${RU_BAD})(?! (в|во|на|с|для) )`),
      insult(0.75, `(${RU_VOCATIVE}) (?:же )?(ты|вы)(?! (не|мне|меня|мои|моя|мое|наш|наша|с|и|у|в|на|для|ли|что|чтобы))`),
      // A name called out before an order: "жирная свинья, посмотри на себя", "дура, заткнись".
      insult(0.75, `(?:${RU_SNEER} )?(${RU_VOCATIVE}|свинья|корова) (?:\\p{L}+ )?(посмотри на себя|заткнись|заткнитесь|проваливаи|убираися|вали|отвали|сдохни|исчезни|сгинь)`),
      insult(0.75, `(заткнись|заткнитесь|завали|завали ебало|закрои рот|закрои пасть|проваливаи|пошел вон|пошла вон|пошли вон|отвали|отвалите|убираися|вали|свали|сгинь|исчезни) (?:\\p{L}+ )?(?:${RU_SNEER} )?(${RU_VOCATIVE})`),
      insult(0.7, `((тебя|вас) никто не|никто (тебя|вас) не) (любит|уважает|ждет|хочет|терпит|выносит|замечает|слушает|переносит|полюбит|вспомнит)${RU_NOT_AS_I}|никто не (любит|уважает|выносит|терпит|переносит|полюбит) (тебя|вас)${RU_NOT_AS_I}`),
      insult(0.7, 'никому (ты|вы) не (нужен|нужна|нужны)|(ты|вы) никому не (нужен|нужна|нужны)|никто (?:\\p{L}+ )?по (тебе|вам) (?:\\p{L}+ ){0,2}(скучать|плакать|заплачет|соскучится|скучает|грустить)'),
      insult(0.6, '(над тобои|над вами) (?:(?!(не|никто|никогда) )\\p{L}+ ){0,2}(смеются|ржут|угорают|потешаются|издеваются|смеется|ржет|угорает|потешается|издевается)|(смеются|ржут|угорают|потешаются|издеваются|смеется|ржет|угорает|потешается|издевается) над (тобои|вами)'),
      insult(0.75, '(мир|всем|земля|жизнь|нам) (?:\\p{L}+ )?(был бы|было бы|была бы|будет|станет|стал бы|стало бы) (?:\\p{L}+ )?лучше без (тебя|вас)|без (тебя|вас) (мир|всем|земля|жизнь|нам) (?:\\p{L}+ )?(был бы|было бы|была бы|будет|станет|стал бы|стало бы) лучше|лучше бы (ты|вы) (?:(вообще|никогда|просто) )?(не рождался|не рождалась|не рождались|умер|умерла|умерли|сдох|сдохла|сдохли)'),
      insult(0.6, '(ты|вы) (навсегда|всегда|всю жизнь|до конца жизни) (останешься|будешь|останетесь|будете) (одна|один|одни|одинок|одинока|одиноким|одинокои|в одиночестве)|(умрешь|умрете) (одна|один|одни|в одиночестве)'),
      insult(0.55, '(тебе|вам) (должно быть|должно|следует|надо бы) стыдно'),
      // Not "хоть убейся" (for the life of me).
      threat(0.85, '(убеи|убеите) себя|(убеися|убеитесь|повесься|повесьтесь|удавись|удавитесь|застрелись|застрелитесь|утопись|утопитесь|вскроися|вскроитесь|самоубеися|сдохни|сдохните|выпились)(?<!хоть\\s+\\p{L}+)'),
      threat(0.8, '(выпрыгни|прыгни|спрыгни|сбросься) (из окна|с крыши|с моста|с балкона|с окна)'),
      // Session 29, by class: "someone should shoot you"; deserving a bullet or death; legs broken with no pronoun
      // ("ноги переломаю"); a group killed, the pronoun first ("их всех надо перестрелять"); "we'll cut you all"; "ты за
      // это ответишь".
      threat(0.8, '(кто-то|кто-нибудь|кто то|кто нибудь) (должен|должна|бы|уже|когда-нибудь) (тебя|вас) (?:\\p{L}+ )?(убить|пристрелить|застрелить|повесить|грохнуть|зарезать|прикончить|придушить|задушить|убьет|пристрелит|зарежет|прикончит)'),
      threat(0.75, '(ты|вы) (заслуживаешь|заслуживаете|заслужил|заслужила|заслужили) (пулю|пули|смерти|смерть|виселицы|сдохнуть|умереть|расстрела)'),
      threat(0.75, '(?<!себе )(ноги|руки|кости|ребра|пальцы|зубы) (переломаю|переломаем|поотрываю|поотрываем|повыбиваю|повыдергиваю)'),
      call(0.75, '(их|всех|этих|всех их|их всех|этих всех) (?:всех )?(надо|нужно|пора|следует|необходимо|должны|бы) (?:\\p{L}+ )?(убить|пристрелить|повесить|перестрелять|расстрелять|сжечь|вырезать|перерезать|перебить|истребить|утопить|закопать|перевешать)'),
      threat(0.85, '(?:(я|мы) )?(тебя|вас) (?:\\p{L}+ ){0,3}(перережем|перережу|перебью|перебьем|перестреляю|перестреляем|порешим|уроем|замочим|прикончим|задушим|повесим|сожжем)|(перережем|перережу|перебью|перебьем|перестреляю|перестреляем|порешим|уроем|замочим|урою) (тебя|вас)'),
      threat(0.6, `(ты|вы) (мне )?за это (ответишь|ответите|поплатишься|поплатитесь|заплатишь|заплатите)${SAID_LAST}|(ты|вы) (мне )?(ответишь|поплатишься|ответите|поплатитесь) за это`),
      // Session 30: regret promised, and not knowing what the writer is capable of, said last.
      threat(0.6, `((ты|вы) (еще |очень |сильно )?(об этом )?(пожалеешь|пожалеете)|(пожалеешь|пожалеете) об этом)${SAID_LAST}`),
      threat(0.6, `(ты|вы) (не знаешь|не знаете|понятия не имеешь|понятия не имеете) на что (я|мы) (способен|способна|способны)${SAID_LAST}`),
      warned('смотри у меня|(будь|будьте) (осторожен|осторожна|осторожны|осторожнее|поосторожнее)|осторожнее|поосторожнее|берегись|(тебе|вам) (лучше )?(бы )?быть (поосторожнее|осторожнее)|лучше бы (тебе|вам) быть (поосторожнее|осторожнее)', '(а то|иначе|или) (пожалеешь|пожалеете|хуже будет|тебе конец)|в следующии раз (так )?(легко )?не (отделаешься|отделаетесь)|в следующии раз (я )?не буду (таким|такои) (добрым|доброи|милым|милои)|пока с (тобои|вами) (ничего|что-нибудь|что нибудь|что-то) не (случилось|произошло)'),
    ],
    innocentAfter: tail('от смеха|со смеху|своеи любовью|любовью|на тарзанке|с парашютом|(но )?(я )?(тебя )?(люблю|обожаю)'),
    negatedBefore: negation('не|никогда'),
  },
  tr: {
    anchor: anchor(`bekle|bedel|arkani|gunun|biliyor|dusun|izliyorum|gozum|olsa|yazik|uyar|bitmedi|yerinde|yuzumu|dikkat|agzini|ayagini|aklini|hesabini|odeyecek|pisman|yapabilecegi|biri|birisi|birileri|seni|sizi|hepinizi|kafani|kafanizi|boynunu|kafasini|dislerini|kemiklerini|cenesini|bacaklarini|kollarini|kursunu|gebermeyi|adres|gunun|nerede|umarim|insallah|olmeni|olmesini|olmelerini|olmenizi|olesin|nerde|geldig|tecavuz|bogazla|kursun|olmeyi|olumu|asilmal|oldur|geber|vura|vurur|vurmal|boga|kesece|keser|yaka|yakmal|bicak|asaca|asmal|mahved|kira|oldun|olusun|bittin|goremeyecek|havaya|bombala|patlat|(${TR_YOU_ARE}|${TR_NAME}|sen|siz|senin|sizin|kes|sus|defol|siktir|cekil|kimse|kimsenin|herkes|sensiz|hep|hayatin|omrun|sonsuza|yalniz|utanmalisin|utanmalisiniz|kendini|kopruden|camdan|pencereden|balkondan|catidan|ucurumdan|git|hadi|gidip|geber|gebersin|gebersene)${END}`),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone(`(uyarmadi deme|uyarmadim deme|seni uyardim|sizi uyardim|(buna|bundan) pisman olacaksin|${TR_MISSED}pisman olacaksin|bu (is )?(burada|daha) bitmedi|bu is bitmedi|yerinde olsam (dikkat ederdim|dikkatli olurdum)|son uyari|son uyarim|yuzumu unutma)( \\p{L}+)?`),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(bekle( de)? goreceksin|(yaptiklarinin|yaptiginin|bunun) bedelini (odeyeceksin|odeyeceksiniz)|arkani kollasan iyi olur|sana gununu gosterecegim)( \\p{L}+)?`),
      knownThenHeeded('((nerede|nerde) (calistigini|park ettigini)|(kizinin|oglunun|cocugunun|cocuklarinin|esinin|karinin) (hangi okula gittigini|nerede (calistigini|oturdugunu|okudugunu))) (biliyorum|biliyoruz)', 'dikkatli ol|(kendine )?dikkat et|iyi dusun|bir daha dusun|seni izliyorum|gozum (senin )?uzerinde'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(ona|sana|onlara|size) (bir sey|bir sey olursa|bisey) (olsa|olursa) (cok )?(yazik|uzucu) (olur|olurdu)${SAID_LAST}`),
      // A converb may come between ("seni bulup gebertirim": I'll find you and kill you).
      threat(0.85, '(seni|sizi|onu|onlari) (?:(kesinlikle|mutlaka|bizzat|gebertip|\\p{L}+[iu]p) )?(oldurecegim|oldurecegiz|oldururum|oldururuz|gebertecegim|gebertirim|vuracagim|vururum|bogacagim|bogarim|kesecegim|keserim|yakacagim|yakarim|bicaklayacagim|asacagim|mahvedecegim)'),
      threat(0.85, '(bacaklarini|kollarini|kafani|bacaklarinizi|kemiklerini|boynunu|cenesini) (kiracagim|kirarim|kiracagiz|kopartacagim)'),
      threat(0.75, '(sen|siz) (artik )?(oldun|oldunuz|olusun|olusunuz|bittin)'),
      threat(0.8, '(beni|bizi) (gelirken )?(goremeyeceksin|goremeyeceksiniz)'),
      threat(0.7, '(ev )?(adresini|adresinizi) (biliyorum|biliyoruz)'),
      threat(0.7, '(sana|size) (gununu|gununuzu) (gosterecegim|gosteririm|gosterecegiz)'),
      // Session 30: the account to be settled, regret promised, and not knowing what the writer can do, said last.
      threat(0.6, `((bunun|bunlarin|yaptiklarinin) hesabini (vereceksin|vereceksiniz)|bunu (bana )?(odeyeceksin|odeyeceksiniz)|${TR_MISSED}(cok )?pisman (olacaksin|olacaksiniz))${SAID_LAST}`),
      threat(0.6, `(neler|ne) (yapabilecegimi|yapabilecegimizi) (bilmiyorsun|bilmiyorsunuz)${SAID_LAST}`),
      call(0.75, '(biri|birisi|birileri) (onu|onlari|bunlari|hepsini) (oldurmeli|vurmali|asmali|yakmali)|(hepsini|hepsi) (oldurmek|olduresim|oldurmeli|yakmali|asmali)'),
      call(0.75, '(oldurecegim|oldurecegiz|bicaklayacagim|bicaklayacagiz|bogazlayacagim|kursunlayacagim|gebertecegim|tecavuz edecegim|tecavuz etmeliyim|oldurmeliyim|bicaklamaliyim)'),
      call(0.7, '(olmeyi|olumu) hak ediyorlar|(oldurulmeli|asilmali|kursuna dizilmeli|yakilmali)(ler|dir)?'),
      threat(0.7, `(nerede|nerde) (oturdugunu|yasadigini) (biliyorum|biliyoruz)${NOT_NEIGHBOURS}`),
      // A bomb or fire for a building, the building first: "okulu yarın havaya uçuracağım".
      threat(0.85, '(okulu|okulunu|camiyi|kiliseyi|evini|evinizi|isyerini|hastaneyi|binayi|ofisi|dukkani|dukkanini|sinagogu) (?:\\p{L}+ )?(havaya ucuracagim|havaya ucuracagiz|bombalayacagim|bombalayacagiz|patlatacagim|patlatacagiz|yakacagim|yakacagiz)'),
      threat(0.8, '(geldigimi|geldigimizi) (goremeyeceksin|goremeyeceksiniz)'),
      // Insults and humiliation aimed at "you": a name with the copula of "you" ("aptalsın", "ailenin yüz karasısın"), after
      // "sen" (not "değil"), asked ("salak mısın"), called out ("kes sesini, salak"); nobody loves you, everyone laughs at you,
      // the world better without you, alone for ever; told to kill or hang oneself, to jump, to die.
      insult(0.75, `${TR_YOU_ARE}|(${TR_NAME}|${TR_PLAIN}) (misin|musun|misiniz|musunuz)`),
      insult(0.75, `(sen|siz) (?:(tam|bir|cok|gercekten|resmen|koca|kocaman|dunyanin en|en|ne kadar|baya|bayagi|adi) ){0,3}(${TR_NAME})(?! (degil|degilsin|degilsiniz|gibi))`),
      insult(0.75, `(senin|sizin) gibi (?:(bir|biri) )?(${TR_NAME}|${TR_PLAIN})`),
      insult(0.75, `(kes sesini|sesini kes|sus|kapa ceneni|ceneni kapa|defol|defol git|siktir git|yuru git|cekil) (?:\\p{L}+ )?(${TR_NAME}|herif)|(${TR_NAME}) (?:\\p{L}+ )?(defol|sus|kes sesini|kapa ceneni|siktir git)`),
      insult(0.7, '(sisko|pis|aptal|salak|igrenc|cirkin|rezil|adi|serefsiz|ahlaksiz|gerizekali|ezik|beyinsiz|yavsak|lavuk|dangalak|mankafa) (domuz|esek|hayvan|herif|kari|surtuk|kaltak|pislik|orospu)'),
      insult(0.7, '(kimse (seni|sizi)|(seni|sizi) kimse) (?:(hic|artik|asla|gercekten|burada|burda|zaten) )?(sevmiyor|sevmez|sevmeyecek|istemiyor|istemez|istemeyecek|umursamiyor|umursamaz|takmiyor|ozlemez|ozlemeyecek|aramaz|aramiyor|dinlemiyor)(?! (benim|senin) kadar)|kimsenin umurunda (degilsin|degilsiniz)|herkes (senden|sizden) (nefret ediyor|tiksiniyor|igreniyor)'),
      insult(0.6, 'herkes (sana|size) (guluyor|guler|gulecek|gulmekte)|herkes (seninle|sizinle) dalga (geciyor|gecer|geciyo)'),
      insult(0.75, '(sen olmasan|sen olmasaydin|siz olmasaniz|sensiz|sen olmadan|sen yokken) (?:\\p{L}+ ){0,2}(daha )?(guzel|iyi|mutlu|huzurlu|temiz) (olurdu|olur|olacak|olacakti)'),
      insult(0.6, '(hep|hayatin boyunca|omrun boyunca|sonsuza kadar|hayat boyu) (yalniz )?(kalacaksin|oleceksin)|yalniz (ve mutsuz )?oleceksin'),
      insult(0.55, 'utanmalisin|utanmalisiniz'),
      threat(0.85, '(git )?kendini (oldur|as|vur|zehirle|oldursene|assana)'),
      threat(0.8, '(kopruden|camdan|pencereden|balkondan|catidan|ucurumdan) (?:\\p{L}+ )?(atla|atlasana)|kendini (kopruden|camdan|pencereden|balkondan|catidan|ucurumdan) (at|atsana)'),
      threat(0.8, '(git|hadi|gidip) (ol|geber)|geber|gebersin|gebersene'),
      // A death wished on the one addressed or their family ("umarım ailen gebersin", "ölmeni diliyorum"); "ölür" folds to
      // "olur" (it happens, you'll have), so only the words no fold confuses: the optative "ölesin" ("olasın" is "may
      // you be") and "ölmesini" ("olmasını"). Not "umarım ölürsün": "Başarılı olacak mısın? Umarım olursun." folds alike.
      threat(0.85, '(umarim|insallah) (ailen |annen |baban |cocuklarin |tum ailen |butun ailen )?(gebersin|gebersinler|gebereceksin)|(olmeni|gebermeni|olmesini|olmelerini|olmenizi) (diliyorum|istiyorum|isterim)|olesin|olesiniz'),
      // Session 29, by class: "someone should shoot you"; "if I see you again I'll kill you"; a head torn off; the aorist of
      // stabbing; "all of you"; deserving a bullet or death.
      threat(0.8, '(biri|birisi|birileri) (seni|sizi) (oldurmeli|vurmali|asmali|yakmali|bicaklamali|gebertmeli)'),
      threat(0.85, '(seni|sizi) (?:\\p{L}+ ){0,3}(gorursem|yakalarsam|bulursam|gorursek|yakalarsak|bulursak) (?:\\p{L}+ )?(oldururum|oldurecegim|gebertirim|vururum|keserim|bogarim|oldururuz|bicaklarim)'),
      threat(0.85, '(kafani|kafanizi|boynunu|kafasini|dislerini|kemiklerini|cenesini|bacaklarini|kollarini) (koparacagim|koparirim|koparacagiz|kesecegim|keserim|ezecegim|ezerim|patlatacagim|patlatirim|kiracagim|kirarim)'),
      threat(0.85, '(seni|sizi|hepinizi) (?:(kesinlikle|mutlaka|bizzat) )?(bicaklarim|bicaklariz|gebertecegiz|vururuz|dograrim|dograyacagim|parcalarim|parcalayacagim|kesecegiz|keseriz|oldurecegiz|oldururuz)'),
      threat(0.75, '(bir )?(kursunu|kursun|olumu|olmeyi|gebermeyi) hak (ediyorsun|ediyorsunuz)'),
      warned('(kendine )?dikkat (et|edin)|agzini topla|ayagini denk al|aklini basina (al|topla)', '(yoksa|sonra|sonrasina) (karismam|pisman olursun|pisman olacaksin|fena olur|kotu olur|olacaklardan (ben )?sorumlu degilim|gorursun)|bir (dahaki|daha ki|sonraki) (sefere|sefer) bu kadar (iyi|nazik|sabirli|anlayisli) (olmam|olmayacagim|davranmam)|basina bir (sey|is|kaza) gelmeden'),
    ],
    innocentAfter: tail('gulmekten|sevgiyle|askimla|opucuklerle|(ama )?(seni )?(cok )?seviyorum'),
  },
  ar: {
    anchor: inside('انتظر|تدفع|احذر|اعرف|أعرف|عارف|بعرف|فكر|اراقب|أراقب|براقب|المؤسف|العار|نذر|تندم|ينته|خلص|مكانك|تحذير|انذار|إنذار|وجهي|بالك|حذر|انتبه|ب|سن|حن|هن|قطع|فجر|فتح|دشدش|لازم|يجب|المفروض|ريت|خلينا|علينا|تستحق|تستاهل|يستحق|يستاهل|تدفع|عرف|موتك|ياخذك|يأخذك|ياخدك|تراني|تروني|تشوفني|كسر|غتصب|قتل|ذبح|دبح|حرق|طعن|ميت|سأ|سوف|راح|رح|انت|أنت|إنت|يا|حد|احد|أحد|الكل|الجميع|كلنا|كلهم|الناس|العالم|الدنيا|الحياة|العيلة|العائلة|البيت|الأرض|الارض|عار|ستموت|تموت|ستبقى|ستظل|ستعيش|تضل|تبقى|تفضل|نفسك|حالك|روحك|روح|اذهب|امشي|يلا'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((لقد )?(حذرتك|حذرتكم|أنذرتك|انذرتك)|(ستندم|سوف تندم|رح تندم|راح تندم|هتندم|حتندم|ستندمين|ستندمون)( على (هذا|ذلك))?|(هذا|الموضوع|الأمر|الامر) (لم|ما) (ينته|ينتهي|انتهى|خلص)( بعد)?|لو كنت (مكانك|بمكانك) (لكنت حذرا|لاحترست|لأخذت حذري|لاخذت حذري|لانتبهت)|(آخر|اخر) (تحذير|انذار|إنذار)|(تذكر|تذكري) وجهي)( يا)?( \\p{L}+)?'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      alone(`(انتظر (وسترى|وشوف|و هتشوف|وحتشوف)|(ستدفع|سوف تدفع|هتدفع|حتدفع|رح تدفع|راح تدفع) (ثمن|تمن) (هذا|ذلك|ده|دا|ما فعلته|ما فعلت|اللي عملته)|احذر مني|احذري مني)( يا)?( \\p{L}+)?`),
      knownThenHeeded('(انا |أنا )?(اعرف|أعرف|عارف|بعرف) (اين|أين|وين|فين) (تعمل|تشتغل|بتشتغل|تدرس (ابنتك|بنتك|ابنك)|يدرس ابنك|تعمل زوجتك|بتدرس بنتك)', 'احذر|احذري|انتبه|انتبهي|(خلي|خد|خذ) بالك|فكّ?ري? (جيدا|جيداً|كويس|منيح|مليح)|(انا |أنا )?(اراقبك|أراقبك|براقبك)'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(سيكون |من )?(المؤسف|العار|حرام) (لو|إذا|اذا|ان|أن) (حدث|يحدث|صار|يصير|جرى) (له|لها|لك|لهم|لكم) (شيء|شي|مكروه|حاجة)( ما)?${SAID_LAST}`),
      // The future, or the sworn first person of an oath ("والله لأقتلك": I swear I will kill you; "لقتله" is "for killing him").
      threat(0.85, '(?:(?:سوف |راح |رح |س|ح|ه)[اأإ]?|ل[اأإ])(قتل|ذبح|دبح|حرق|طعن|خنق)(ك|كم|كي|ه|هم)'),
      // The act joined to a first future verb, which it shares: "سأطاردك وأقتلك" (I'll hunt you down and kill you).
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?\\p{L}+ و[اأإ]?(قتل|ذبح|دبح|حرق|طعن|خنق)(ك|كم|كي|ه|هم)'),
      threat(0.75, '(انت|أنت|انتم|أنتم) (ميت|ميتة|ميتين|ميتون|هالك)'),
      call(0.75, '(يجب|لازم|ينبغي) (قتل|ذبح|حرق|إبادة|ابادة|اعدام|إعدام)(هم|ها)'),
      call(0.75, '(?:(سوف|راح|رح|لازم|هروح|حروح) )?(س|ح|ه)?[اأإ](قتل|ذبح|دبح|غتصب|طعن|خنق)'),
      threat(0.7, `([اأ]عرف|نعرف) (أين|اين|وين|فين) (تسكن|تسكني|ساكن|ساكنة|تعيش)${NOT_NEIGHBOURS}`),
      threat(0.7, '([اأ]عرف|نعرف) (عنوانك|عنوان بيتك|عنوان منزلك)'),
      threat(0.8, 'لن (تراني|تروني|تشوفني) (قادما|قادماً|آتيا|آتياً|جايا)'),
      // Harm to what is yours: "سأحرق بيتك" (I'll burn your house).
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?(حرق|دمر|فجر|هدم|كسر) (بيتك|بيتكم|سيارتك|سيارتكم|محلك|دكانك|مكتبك)'),
      // A bomb or fire for a building where people gather: "سأفجر المسجد".
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?(فجر|نسف|حرق) (ال)?(مسجد|جامع|مدرس[ةه]|كنيس[ةه]|كنيس|جامع[ةه]|مستشفي|مستشفى)'),
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإ]?كسر (رجليك|رجلك|ساقيك|ساقك|يديك|يدك|راسك|رأسك|وجهك|عظامك|رقبتك)'),
      // Insults and humiliation aimed at "you": a name after "you" or "يا" ("انت فاشل", "إنتي وحدة رخيصة", "يا تافه"); nobody
      // loves you, everyone hates or laughs at you, the world better without you, a shame to your family, dying alone; told to
      // kill or hang oneself, to jump, to go die.
      insult(0.75, `(${AR_YOU})${AR_NOT_SAID} (?:(واحد|وحدة|واحدة|مجرد|بس|فعلا|حقا|كتير|جدا|كثير|اكبر|أكبر|يا|شوية|حبة|شلة) ){0,2}(${AR_NAME})`),
      insult(0.75, `يا${AR_NOT_SAID} (${AR_NAME})`),
      insult(0.7, `(${AR_NOBODY}) (?:(رح|راح|هي|قاعد|عم) )?(بيحبك|يحبك|بحبك|بيحبكي|يحبكي|بتحبك|يريدك(?! (ت|أن|ان))|يبغاك(?! ت)|يبيك(?! ت)|عايزك(?! ت)|طايقك|بيطيقك|يطيقك|يحترمك|بيحترمك|يفتقدك|بيفتقدك|سيفتقدك|هيفتقدك|حيفتقدك|يزعل عليك|هيزعل عليك|سيحزن عليك|يبكي عليك|يتذكرك|سيتذكرك|يهتم بك|يهتم فيك|بيهتم فيك)(?! (قدي|زيي|مثلي|متلي|كيفي|اكثر مني|أكثر مني))`),
      insult(0.7, `(${AR_EVERYONE}) (?:(كلهم|كلها) )?(يكرهك|بيكرهك|بتكرهك|يكرهونك|بيكرهوك|يكرهوك|تكرهك|نكرهك|بنكرهك|يحتقرك|بيحتقرك|يحتقرونك|يقرف منك|بيقرف منك)`),
      insult(0.6, `(${AR_EVERYONE}) (?:(كلهم|كلها) )?(يضحك عليك|بيضحك عليك|يضحكون عليك|بيضحكوا عليك|يضحكوا عليك|بتضحك عليك|يسخر منك|بيسخر منك|يسخرون منك|بيتريق عليك|بيتريقوا عليك|يتمسخر عليك|يستهزئ بك|يستهزئون بك)`),
      insult(0.75, '(العالم|الدنيا|الحياة|الكل|الناس|العيلة|العائلة|البيت|الأرض|الارض) (?:(سيكون|سيصبح|ستكون|ستصبح|حيكون|هيكون|رح يكون|رح تكون|راح يكون|راح تكون|هتبقى|حتبقى|هتكون|حتكون|بيكون|بتكون|كان|كانت|يكون|تكون|بتصير|رح تصير|راح تصير|صار|صارت) )?(أفضل|افضل|أحسن|احسن|أحلى|احلى|أجمل|اجمل) (بدونك|بدونكم|من غيرك|من غيركم|من دونك|بلاك|بلاكي|بلاكم|بغيابك)'),
      insult(0.7, 'عار على (عائلتك|عائلتكم|عيلتك|أهلك|اهلك|أسرتك|اسرتك|أبوك|ابوك|أمك|امك)'),
      insult(0.6, '(ستموت|ستموتين|رح تموت|راح تموت|هتموت|حتموت|بتموت) (وحيد|وحيدا|وحيدًا|وحيداً|وحيدة|لوحدك|بطولك)|(ستبقى|ستظل|ستعيش|ستبقين|ستظلين|رح تضل|رح تبقى|راح تضل|راح تبقى|هتفضل|حتفضل|هتعيش|بتضل) (وحيد|وحيدا|وحيدًا|وحيداً|وحيدة|لوحدك|بطولك) (طول عمرك|طول حياتك|للأبد|للابد|إلى الأبد|الى الابد|طول العمر|مدى الحياة)'),
      threat(0.85, '(اقتل|اقتلي|اقتلوا|اشنق|اشنقي|اشنقوا) (نفسك|حالك|روحك|انفسكم|أنفسكم)|(ارمي|ارم|ارموا) (نفسك|حالك|روحك) من'),
      threat(0.8, '(روح|روحي|اذهب|اذهبي|امشي|يلا|روحوا) (انتحر|انتحري|انتحروا|موت|موتي|موتوا|مت)'),
      // "Kill yourself and give us rest": انتحر alone is also "he killed himself" (news), the relief wished makes it a call.
      threat(0.8, '(انتحر|انتحري|انتحروا|موت|موتي|موتوا) (وريحنا|وريحينا|وريحونا|وخلصنا|وفكنا|وريح الناس)'),
      // A death wished on the one addressed or their family ("أتمنى أن تموت", "يا رب تموت", "الله ياخذك").
      threat(0.85, '(اتمنى|أتمنى|نتمنى|عسى|يا رب|يارب|ان شاء الله|إن شاء الله|انشالله) (ان |أن )?(تموت|تموتي|تموتو|تموتوا|تنفجر|تحترق)|(اتمنى|أتمنى|نتمنى) (موتك|موتكم|موت عائلتك|موت اهلك|موت أهلك)|الله (ياخذك|يأخذك|ياخدك)'),
      // Session 29, by class: the dialect's first person with ب ("لو شفتك بقتلك") and the future of "we" ("سنذبحكم");
      // a head cut off; "someone should shoot you"; "we must burn them"; deserving death or a bullet; paying dearly.
      threat(0.85, 'ب[اأ]?(قتل|ذبح|دبح|طعن|خنق)(ك|كم|كي)'),
      threat(0.85, '(?:(?:سوف |راح |رح )ن|سن|حن|هن)(قتل|ذبح|دبح|حرق|طعن|خنق)(ك|كم|كي)'),
      threat(0.85, '(?:سوف |راح |رح |س|ح|ه)[اأإن]?(قطع|فجر|فتح|دشدش|كسر) (راسك|رأسك|رقبتك|لسانك|ايدك|إيدك|يدك|رجلك|رجليك|وجهك|عظامك|اسنانك|أسنانك)'),
      threat(0.8, '(لازم|يجب|المفروض|يا ريت|ياريت) (ان |أن )?(احد|أحد|حد|حدا|واحد) (يقتلك|يذبحك|يطخك|يخلص عليك|يطلق عليك النار|يطلق النار عليك|يحرقك|يطعنك|يشنقك)'),
      call(0.75, '(يجب ان|يجب أن|لازم|لازم ان|لازم أن|خلينا|يلا|علينا ان|علينا أن) ن(قتل|ذبح|دبح|حرق|طرد|بيد|شنق|عدم|سحق)(هم|هن)'),
      threat(0.75, '(تستحق|تستاهل|تستحقون|تستاهلون|تستاهلوا) (الاعدام|الإعدام|الموت|القتل|الحرق|الذبح|رصاص[ةه]|طلق[ةه])'),
      call(0.7, '(يستحقون|يستاهلون|يستاهلوا) (الاعدام|الإعدام|الموت|القتل|الحرق|الذبح|رصاص[ةه]|الرصاص)'),
      threat(0.6, '(ستدفع|رح تدفع|راح تدفع|هتدفع|حتدفع|سوف تدفع) (الثمن|ثمن هذا|ثمن ذلك|تمن هذا) (غاليا|غالياً|غالي)'),
      warned('(خلي|خلّي|خليك|دير|ديري|خد|خذ|خذي) (بالك|حذرك)|(انتبه|انتبهي|انتبهوا) (لنفسك|لحالك|على حالك|على نفسك)|احذر|احذري|احذروا', '(المرة الجاية|المره الجايه|المرة القادمة|المره القادمه) (مش|ما|لن) (هتعدي|رح تعدي|راح تعدي|تعدي|تمر) (على خير|بسلام)|قبل (ما|أن|ان) (يصير|يصيرلك|يحصل|يحصلك|يحدث) (لك |لكي )?(شي|شيء|حاجة|حاجه)|(والا|وإلا|ولا) (رح |راح |سوف )?(ه|ح|س)?(تندم|تندمي|تندموا)'),
    ],
    // A butcher's or a household's slaughter, a fisherman's catch, pests (a pest controller's rats and wasps: "أقتل الفئران"),
    // killing time or boredom, and "I'd kill for a coffee" ("أذبح الخرفان في العيد", "أقتل الوقت", "أقتل من أجل فنجان قهوة").
    innocentAfter: tail('من (الضحك|الضحكة|الفرح)|(بال)?(قبلات|بوس|حب|دلع|ضحك)|(ال)?(خروف|خرفان|خراف|غنم|[اأ]غنام|مواشي|ماشي[ةه]|سمك|[اأ]سماك|[اأإ]ضحي[ةه]|[اأإ]ضاحي|عجل|عجول|بقر[ةه]?|دجاج|فراخ|ذبيح[ةه]|ذبائح|ماعز|حشرات|بعوض|ناموس|صراصير|فئران|فيران|جرذان|قوارض|دبابير|ذباب|نمل|براغيث|قمل|آفات|زومبي|الزومبي|زومبيز|وحوش|الوحوش|وقت|ملل|فراغ)|(من اجل|من أجل|عشان|علشان|لاجل|لأجل) (فنجان|كوب|قهو[ةه]|شاي|قطع[ةه]|بيتزا|شوكولا|شوكولات[ةه]|نوم[ةه]?|[اإ]جاز[ةه]|عطل[ةه])|(كلكم |جميعكم )?(في|ب) ?(ال)?(رانكد|لعب[ةه]|جيم|قيم|ماتش|مبارا[ةه]|بطول[ةه])|يا حبيبي|يا حبيبتي|حبيبي|حبيبتي|بحبك|احبك|أحبك|بموت فيك'),
    // "They do not deserve death" ("X لا يستحقون الموت"), "no one should kill them": what is negated is not called for.
    negatedBefore: negation('لا|لن|لم|ليس|ليسوا|ليسو|مش|محدش|لا احد|لا أحد'),
  },
  // Session 31, Arabizi (AZ_NAME): its own anchor, a word of it that no English text has (a digit among letters, "ya",
  // "enta", "ibn", "kos...", the future and "you" joined, "ra7", a prayer, "go").
  'ar-Latn': {
    anchor: inWords(`(?<![\\p{L}\\p{N}])(?:(?:ya|yabn|yebn|ibn|ebn|ibin|bint|bent|bnt|${AZ_YOU.slice(1, -1)}|ra7|rah|wallah|wallahi|allah|alla|rabena|rabbena|rabbna|inshallah|inshalah|nshallah|inchallah|insha|ro7|roo7|rou7|ru7|rooh|rouh|ruh|roh|emshi|imshi|yalla)(?![\\p{L}\\p{N}])|kos|kus|ha(?:k|2)a?sar|ha\\p{L}+(?:ak|ek|ik)(?![\\p{L}\\p{N}]))|[a-z][2357][a-z]`),
    patterns: [
      // "ana ha2tlak", "hadba7ak", "ra7 e2tlak", "wallahi la2tlak"; "haksar rasak"; "enta mayet";
      // "ro7 mot", "ya rab tmoot", "allah ya5dak"; "ya 7mar", "enta ghabi", "ya ibn el kalb", "kosomak".
      threat(0.85, `${AZ_WILL}(2|q|k|')[aeiou]?(t|6)[aeiou]?l${AZ_YOU_OBJECT}`),
      threat(0.85, `(?:ana )?ha(t|6)[aeo]?l(ak|ek|ik|kom|kum|ko|ki)`),
      threat(0.85, `${AZ_WILL}(${AZ_HARM})${AZ_YOU_OBJECT}`),
      threat(0.85, `${AZ_WILL}(k|2)[aeiou]?s[aeiou]?r(lak|lek)? (ras(ak|ek|ik)|dma8(ak|ek)|dmagh(ak|ek)|demagh(ak|ek)|wish(ak|ek)|wesh(ak|ek)|snan(ak|ek)|sanan(ak|ek)|eid(ak|ek)|ed(ak|ek)|rgl(ak|ek)|rigl(ak|ek)|ra2bt(ak|ek)|rakbt(ak|ek)|3adm(ak|ek)|3adhm(ak|ek))`),
      threat(0.75, `${AZ_YOU} (mayet|mayyet|mayyit|mayit|mait|myt|mayt|maiet|meyet)`),
      threat(0.8, '(ro7|roo7|rou7|ru7|rooh|rouh|ruh|roh|emshi|imshi|yalla) (mot|moot|mout|mut|mooti|moti|mouti|into7er|inta7er|enta7er|ento7er|intaher|entaher|entahar|inta7ar|entaharo|into7ro)'),
      threat(0.85, '(ya rab|ya rabb|yarab|yarabb|inshallah|inshalah|nshallah|inchallah|in sha allah|insha allah) (t|te|ti)(moot|mot|mout|mut)(i|y|o|u)?|(allah|alla|rabena|rabbena|rabbna) (ya5dak|yakhdak|yakhodak|yaakhdak|ya5dk|yakhdek|ya5dek|yakhdik|yekhedak|ya5odak)'),
      insult(0.75, `ya (${AZ_NAME})`),
      insult(0.75, `${AZ_YOU} (?:(wa7ed|wa7da|wahed|wahda|mogarad|mjarad|mujarrad|bas|fe3lan|awi|gedan|kteer|ktir|ya) ){0,2}(${AZ_NAME})`),
      insult(0.75, AZ_SON_OF),
      insult(0.75, AZ_KOS),
      insult(0.7, '(allah|alla) (yel3anak|yl3nk|yil3anak|yal3anak|yelaanak|yil3an abook|yl3n abok|yel3an abook|yel3an abouk|yla3nak)'),
    ],
    // Dying of laughter or for someone, love after the name.
    innocentAfter: tail(digitsAsRead('(men|mn|min) (el |al |il )?(da7k|dehk|da7ak|d7k|dahk|de7k)|(fik|feek|fiki|feeki|feha|fiha|feya|fiya|3aleek|3aleiki|3aleya|3alaya|3alia)|(ya )?(7abibi|habibi|7abibti|habibti|7bibi|hbibi)|(ba7ebak|bahebak|b7bk|ba7bak|ba7ebek|bahebek|b7bek)')),
  },
  zh: {
    anchor: inside('等着|代价|小心|知道|清楚|想想|掂量|看着办|盯着|可惜|警告|后悔|没完|走着瞧|记住我|如果我是你|nmsl|cnm|nmb|rnm|小心|当心|有人|该|砍|剁|打爆|拧|烧|把|将|让|等着|知道你住|打断|打折|弄断|砍断|杀|捅|砍|强奸|枪毙|烧死|弄死|炸|你|您|没人|没有人|没谁|谁|大家|所有人|全世界|每个人|全班|我们|闭嘴|滚|去死|自杀|跳楼|上吊|跳河|农药|割腕|死'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      aloneUnspaced('我?(已经)?警告过你(了)?|你(会|一定会|肯定会|早晚会|迟早会)后悔的|这事(还)?没完|(咱们|我们)?走着瞧|我们?没完|最后一次警告|记住我的脸|如果我是你(的话)?[，,]?我会小心(点|一点)'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      aloneUnspaced('((你)?等着瞧(吧)?|你(给我)?等着(吧|瞧)?|你(会|要|得)为(此|这|这件事|你做的事|你做的一切)付出代价(的)?|你做的事\\s*你(会|要|得)付出代价的|你给我小心(点|一点)|(走着瞧\\s*)?你(会|一定会)后悔的)(\\s+\\p{L}{1,3})?'),
      knownThenHeededUnspaced('我(知道|清楚)你(在)?(哪|哪里|哪儿)(上班|工作|停车)|我(知道|清楚)你(的)?(女儿|儿子|孩子|老婆|老公|家人)(在)?(哪|哪里|哪儿|哪个学校)(上学|上班|工作|读书)', '(你)?(最好)?(给我)?小心(点|一点)?|(你)?好好想想(吧)?|(你)?自己(掂量|看着办)(吧)?|我(会)?盯着你'),
      unspaced('harassment/threatening', 0.65, '(要是|如果|万一)(它|他|她|你|你的[^。！？!?，,]{1,4}|他们)出(了)?(点)?(什么)?事[，,]?(就|可)?(太|真)?可惜了(?=\\s*(?:[。！？!?，,.~]|$))'),
      // Not the speaker as the one killed ("我妈看到成绩会杀了我", my mum will kill me), nor a title: the verb inside title
      // marks ("我喜欢看《杀死比尔》") or right after a work named ("电影是杀死比尔").
      // Nor a crime named as a charge ("我为被控杀人和强奸的人辩护", a defence lawyer's).
      unspaced('violence', 0.75, `我们?[^。！？!?，,.《「『]{0,10}?(?<!${ZH_WORK_NAMED})(?<!(?:被控|被指控|被控告|被告|被判|涉嫌|指控)[^。！？!?，,.]{0,4})(杀了|杀死|捅死|砍死|强奸|枪毙|烧死|弄死|一枪杀)(?!我)`),
      unspaced('harassment/threatening', 0.85, '我[^。！？!?，,.]{0,6}?(杀了|杀死|捅死|砍死|弄死)你'),
      // Also the home named first ("你家住哪我知道", "你住哪儿我早就知道").
      unspaced('harassment/threatening', 0.7, '(?:我知道你住(在)?(哪|哪里|哪儿)|你(家)?住(在)?(哪|哪里|哪儿)[，, ]?我(都|早就|已经|早)?知道)(?![^。！？!?\\n]{0,8}邻居)'),
      unspaced('harassment/threatening', 0.7, '我(知道|有)你(家)?的(地址|住址)'),
      // "You're dead for sure", said to the one addressed.
      unspaced('harassment/threatening', 0.6, '你(就)?死定了(?=\\s*(?:[。！？!?，,.~]|$))'),
      unspaced('harassment/threatening', 0.85, '(打断|打折|弄断|砍断)你的?(腿|手|胳膊|骨头|脖子)'),
      // A bomb for a building where people gather ("我去炸了你们学校"; 炸 alone is also deep-frying).
      unspaced('harassment/threatening', 0.85, '我们?[^。！？!?，,.]{0,8}?(炸了|炸掉|炸毁|去炸)[^。！？!?，,.]{0,6}?(学校|清真寺|教堂|寺庙|医院|商场|地铁|车站|机场|大楼)'),
      // Insults and humiliation aimed at "you" (not reported: "别让任何人说你是废物"): a name or a sneer after the copula or
      // a measure word ("你就是个废物", "你这头肥猪", "你真蠢"), called out with "shut up" or "get lost"; nobody likes you,
      // everyone laughs at you, the world better without you, a shame to your family, alone for life; told to die or jump.
      unspaced('harassment', 0.75, `${ZH_YOU}(?:${ZH_COPULA}){1,3}(?:${ZH_NAME}|${ZH_BAD})`),
      unspaced('harassment', 0.7, `${ZH_YOU}算(什么东西|什么玩意|个屁|老几|哪根葱)`),
      // Session 31: the initials of abuse of the reader's mother (你妈死了 "nmsl", 操你妈 "cnm", 你妈逼 "nmb", 日你妈 "rnm"): "nmsl"
      // is nothing in English; the others only in a text with characters (a CNM is a nurse-midwife, NMB a bank). The
      // characters are looked for only after the initials matched: a look-behind over the whole text before them would
      // be tried at every place of every text.
      unspaced('harassment', 0.75, `(?<![a-z0-9])nmsl${ZH_INITIALS_NAME_NOTHING}|(?<![a-z0-9])(cnm|nmb|rnm)${ZH_INITIALS_NAME_NOTHING}(?:(?<=\\p{Script=Han}[^]*)|(?=[^]*\\p{Script=Han}))`),
      unspaced('harassment', 0.75, `(闭嘴|滚|滚开|滚远点|滚蛋|给我滚|去死)吧?[ !?、]*(${ZH_NAME})|(${ZH_NAME})[ !?、]*(闭嘴|滚|滚开|滚远点|滚蛋|给我滚|去死)`),
      // Not "没人想你走" (nobody wants you to go): 想 only as "miss"; not "没人需要你来" (nobody needs you to come) or
      // "没人在乎你怎么想" (nobody cares what you think).
      unspaced('harassment', 0.7, '(没人|没有人|没有一个人|谁都不|谁也不|没谁)会?(喜欢|爱|在乎|需要|理|关心|看得起|记得|想念|会想)(你|您)(?![来去做操帮管说担怎的想])'),
      unspaced('harassment', 0.7, '(大家|所有人|全世界|每个人|全班|我们|谁)都?(讨厌|恨|看不起|瞧不起|嫌弃|嘲笑|在笑|笑话|鄙视)(你|您)'),
      unspaced('harassment', 0.75, '没有(你|您) ?(这个)?(世界|大家|我们|地球|社会|家里)(会|就|都|将|才|肯定)?会?(更好|更美好|更清净|更干净|清净|好多了)|(你|您)(死了|消失了|不在了|滚了) ?(这个)?(世界|大家|我们|地球|社会)(会|就|都|将|才)?会?(更好|更美好|更清净|清净|好多了)'),
      unspaced('harassment', 0.7, '(你|您)活着(有什么意义|有什么用|就是浪费|浪费空气|干嘛|干什么)'),
      unspaced('harassment', 0.75, '(你|您)(就|真|简直)?是(你们家|你家|家里|你爸妈|你父母|你全家|全家|家族|你们家族|父母)的(耻辱|累赘|笑话|污点)'),
      unspaced('harassment', 0.7, '(你|您)(长得|长的)(真|太|好|那么|这么|很|特别|超|超级|也太)?(丑|恶心|难看|肥|胖(?!乎|嘟)|猥琐|磕碜)'),
      unspaced('harassment', 0.6, '(你|您)(这种人|这样的人)?(注定|活该|终将|永远|一辈子)(孤独|孤单|一个人|单身|没人要)'),
      // Told to die, aimed at "you" and urged ("同性恋去死" is hate, read elsewhere; "如果你死了" is a will's); not 死心 (giving
      // up), 死机 (a crash), 死角, 死板, 死亡, 你死我活 (a fight to the end).
      unspaced('harassment/threatening', 0.85, '(建议|劝)?(你|您)(?:(?:就|快|快点|赶紧|赶快|怎么不|咋不|怎么还不|咋还不|还不|最好)去?|去)(死(?![心机角板亡者神忠党磕缠守刑活定我])|自杀|跳楼|上吊|跳河|喝农药|割腕)|(去死|自杀|跳楼|上吊|跳河)吧(你|您)'),
      // Session 29, by class: "someone should shoot you"; deserving a bullet; a head cut off; a home burned; "we'll kill
      // you one by one" with 把; a group killed with 把 or "should be" (他们都该被枪毙; pests are 它们); "I'll make you pay",
      // "just you wait" said last.
      unspaced('harassment/threatening', 0.8, '(应该|该|得)有人[^。！？!?，,.]{0,4}?(杀了|弄死|毙了|一枪毙了|宰了|捅死|打死)(你|您)'),
      unspaced('harassment/threatening', 0.75, '(你|您)(就)?(该|应该|活该)(吃枪子|挨枪子|吃子弹|被枪毙|被杀|被千刀万剐|千刀万剐|下地狱)'),
      unspaced('harassment/threatening', 0.85, '我[^。！？!?，,.]{0,6}?(砍了|砍掉|砍下|剁了|剁掉|打爆|拧断|拧下)你的?(头|脑袋|狗头|手|腿|胳膊|脖子)'),
      unspaced('harassment/threatening', 0.85, '我[^。！？!?，,.]{0,6}?(烧了|烧掉|放火烧了?|一把火烧了|炸了)你(家|的房子|的店|的车|家房子)'),
      unspaced('harassment/threatening', 0.85, '我们?[^。！？!?，,.]{0,8}?把(你|你们|您)[^。！？!?，,.]{0,6}?(杀了|宰了|弄死|干掉|砍死|捅死|毙了|埋了|活埋)'),
      unspaced('violence', 0.75, '(把|将)(他们|她们|这些人|那些人|这帮人|这群人|那帮人|那群人)(全|全部|都|统统|通通)?(杀了|杀光|杀掉|弄死|烧死|枪毙|毙了|宰了|干掉|活埋|吊死|赶尽杀绝)|(他们|她们|这些人|那些人|这帮人|这群人)(全|全部|都|统统)?(该|应该|应当|必须|活该)(被)?(杀|枪毙|烧死|吊死|千刀万剐|处死|杀光)'),
      unspaced('harassment/threatening', 0.7, '我(会|要|一定|一定会|迟早|早晚)?让(你|你们)(付出代价|生不如死|好看(?![得些一点])|吃不了兜着走)'),
      unspaced('harassment/threatening', 0.6, '(你|你们)给我等着(?=\\s*(?:[。！!]|$))'),
      unspaced('harassment/threatening', 0.65, '(小心点|小心一点|当心点|当心一点|你给我小心|你最好小心)[^。！？!?\\n]{0,6}?(下次(就)?(没|不会)(这么|那么)(便宜|客气|好说话|容易)|不然(有你好看|你会后悔|别怪我)|否则(有你好看|后果自负|别怪我)|别怪我不客气)'),
    ],
    // Pests killed by a pest controller or a household ("我们杀死蟑螂、老鼠"), and time killed ("杀时间").
    innocentAfter: unspacedTail('蟑螂|老鼠|臭虫|蚊子|苍蝇|害虫|虫子|白蚁|跳蚤|虱子|细菌|病毒|病菌|螨虫|时间'),
  },
  ja: {
    anchor: inside('見て|ツケ|借り|報い|覚悟|気をつけ|知って|警告|後悔|終わり|終わって|覚えて|覚えと|顔を|気をつけ|気を付け|誰か|死んで|あいつら|奴ら|やつら|こいつら|そいつら|連中|全員|もう終わり|痛い目|ただじゃ|ただでは|後悔させ|生きて帰れ|償わせ|夜道|覚悟|住所|家は知|折|殺|刺|燃や|火を|爆|お前|おまえ|てめ|テメ|貴様|きさま|あんた|あなた|誰|だれ|みんな|皆|全員|黙|だまれ|消えろ|失せろ|うせろ|くたばれ|うるせ|うるさい|出てけ|出ていけ|帰れ|見てみろ|見ろよ|この|一生|ずっと|死|永遠|自殺|首|飛び降り|投身|氏ね|タヒね'),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      aloneUnspaced('警告したから(な|ね|ぞ)?|警告はしたぞ|後悔するぞ|後悔することになる(ぞ)?|これで終わりだと思うなよ|まだ終わってない(ぞ|からな)|覚えてろ(よ)?|覚えとけ(よ)?|最後の警告だ|(俺|おれ|私)の顔を覚えて(おけ|おけよ|ろ)'),
      // Session 34: a debt or a wait promised, said whole, and a menace over two sentences (knownThenHeeded).
      aloneUnspaced('(今に見て(ろ|いろ)(よ)?|(このツケ|この借り)は(必ず)?(払|返)ってもらう(から|ぞ)(な)?|(やった|した)ことの報いは(必ず)?受けてもらう(ぞ|からな)?|覚悟しと(け|けよ)|覚悟しろ(よ)?|背後に気をつけろ(よ)?|夜道(には|に)気をつけろ(よ)?|後悔するぞ)([、\\s]+\\p{L}{1,4})?'),
      knownThenHeededUnspaced('(お前|おまえ|てめえ|あんた)の(職場|会社|娘の学校|息子の学校|子供の学校)(は|も)?知って(る|いる)(ぞ|からな|よ)?', '気をつけろ(よ)?|よく考えろ(よ)?|覚悟しとけ(よ)?|見てるからな'),
      unspaced('harassment/threatening', 0.85, '(お前|おまえ|てめえ|てめぇ|貴様|きさま|あんた)(ら|たち)?を?[^。！？!?]{0,6}?(ぶっ殺|殺|刺し殺|刺|撃ち殺)(す|してやる|しに行く|しにいく)'),
      unspaced('harassment/threatening', 0.8, '(ぶっ殺してやる|ぶっ殺す|殺してやる)'),
      // Spoken, the particle dropped after "your" ("お前の家知ってるからな"). Not a home in a word (実家, 一家) nor people
      // who know ("実家は知ってる人が多い田舎").
      unspaced('harassment/threatening', 0.7, '((お前|おまえ|てめえ|貴様|あんた)?の?(?<!\\p{sc=Han})(住所|家)は知って(いる|る|いるぞ|るぞ)|(お前|おまえ|てめえ|てめぇ|貴様|あんた)の(住所|家)知って(いる|る))(?!人|者|方)'),
      // "Be ready for it", the threat's last word: "覚悟しろ".
      unspaced('harassment/threatening', 0.6, '覚悟(しろ|しとけ|しておけ)'),
      unspaced('harassment/threatening', 0.85, '(足|腕|骨|首)を(へし)?(折って|折っ)(やる|やるぞ|やるからな)'),
      // Arson aimed at someone's home or shop: "お前の家に火をつけてやる".
      unspaced('harassment/threatening', 0.85, '(家|店|車|部屋)に火を(つけて|付けて|放って)(やる|やるぞ|やるからな)|(家|店|車)を燃やして(やる|やるぞ|やるからな)'),
      // A bomb for a building where people gather: "学校に爆弾を仕掛けた", "駅を爆破してやる" (not 爆破解体, demolition).
      unspaced('harassment/threatening', 0.85, '(学校|駅|病院|モスク|教会|神社|寺|会社|役所|空港)(に|へ)爆弾を(仕掛けた|仕掛ける|仕掛けてやる|置いた|置く)|(学校|駅|病院|モスク|教会|会社|役所|空港)を爆破(する|してやる|します)'),
      // Insults and humiliation aimed at "you": a name after "you" and a topic or "like" ("お前は役立たず", "お前みたいなクズ"),
      // not denied ("バカじゃないよ"; "バカじゃないの" asks it), after it ("きもいんだよ、お前"), called out ("黙れ、バカ"); nobody
      // needs you, everyone laughs at you, the world better without you, no worth in living, the family's shame, alone for life;
      // told to die, kill or hang oneself, jump.
      unspaced('harassment', 0.75, `(${JA_YOU})(?:${JA_TOPIC}){0,4}(${JA_NAME})(?!じゃな(?!いの)|ではな|じゃありません|じゃねえ|じゃねー|とは思わない)`),
      unspaced('harassment', 0.75, `(${JA_NAME})(?:だな|だよ|だね|かよ|か|なんだよ|んだよ|だ|め)?[ 、!?]*(${JA_YOU})(?![のにとがをもより])`),
      unspaced('harassment', 0.75, `(黙れ|だまれ|消えろ|失せろ|うせろ|くたばれ|うるせえ|うるせー|うるさい|黙ってろ|出てけ|出ていけ|帰れ|見てみろよ|見てみろ|見ろよ)[ 、!?]*(?:この)?(${JA_NAME})|この(${JA_NAME})[めが]?(?=[ 、!?。]|$)|(${JA_NAME})[はがめ]?[ 、!?]*(消えろ|死ね|黙れ|失せろ|くたばれ)`),
      unspaced('harassment', 0.7, `(誰も|だれも|誰一人|誰ひとり)(${JA_YOU})(?:の|を|のこと|のことを)?(?:なんか|なんて)?(好きじゃない|好きじゃねえ|愛さない|愛してない|必要としてない|必要としていない|必要としない|気にしてない|覚えてない|求めてない|待ってない|相手にしない|相手にしてない)`),
      unspaced('harassment', 0.7, `(${JA_YOU})(?:なんか|なんて|は)?(誰にも|だれにも|誰からも)(必要とされてない|必要とされていない|必要とされない|愛されてない|愛されない|好かれてない|好かれない|求められてない|相手にされてない|相手にされない)`),
      unspaced('harassment', 0.65, `(みんな|皆|全員|誰もが|クラス全員)が?(${JA_YOU})(?:の|のこと|を|のことを)?(笑ってる|笑っている|バカにしてる|馬鹿にしてる|嫌ってる|嫌っている|見下してる|嫌いだ)`),
      unspaced('harassment', 0.75, `(${JA_YOU})(?:が|なんか|なんて)?(いない|居ない|消えた|死んだ|いなくなった)(方|ほう)が(世界|みんな|世の中|皆|地球|社会|家族)(は|が|も)?(良く|よく|幸せ|平和|マシ|まし)`),
      unspaced('harassment', 0.75, `(${JA_YOU})(?:なんか|なんて|は|に|って)?(生きてる|生きている|生きる|存在する)(価値|意味)(が|も|など|なんか|なんて)?(ない|無い|ねえ|ねー|ゼロ)`),
      unspaced('harassment', 0.75, `(${JA_YOU})(?:は|って|なんか)?(家族|一家|親|家)の(恥さらし|恥|面汚し|汚点)`),
      unspaced('harassment', 0.6, '(一生|ずっと|死ぬまで|永遠に)(ひとりぼっち|独りぼっち|一人ぼっち|ひとり|独り|一人)(でいろ|で死ね|のままでいろ|のまま死ね)'),
      unspaced('harassment', 0.6, '消えろ|失せろ|うせろ'),
      // Not 死ねる (could die, of delight) or 死ねば (if one dies).
      unspaced('harassment/threatening', 0.85, '(自殺|首吊り|飛び降り|投身)(しろ|しなよ|しな|しちまえ|しちゃえ|すればいい|すりゃいい)|飛び降りろ|首を?(吊れ|つれ|括れ|くくれ)|死んでくれ|死んじまえ|死んじゃえ|氏ね|タヒね|死ね(?![るばなまずそ])'),
      // Session 29, by class: "someone should shoot you"; wishing one dead (死んでほしい, not reported); a group killed
      // ("あいつら全員殺すべきだ", "全員撃ち殺されればいい"); "I'll stab you" said as a warning (刺すぞ); "you're finished" to a
      // rude "you"; the set threats (ただじゃおかない, 痛い目にあわせてやる, 後悔させてやる, 夜道に気をつけろ).
      unspaced('harassment/threatening', 0.8, '誰か(が)?(お前|おまえ|てめえ|貴様|あんた)を?(殺|撃ち殺|刺し殺|ぶっ殺)(せ|し|す)'),
      unspaced('harassment/threatening', 0.8, '(?<!(ゴキブリ|虫|蚊|ハエ|ネズミ)(には|は|に|も))死んで(ほしい|欲しい)(?!と|って|なんて|わけ)'),
      unspaced('violence', 0.75, '(あいつら|奴ら|やつら|こいつら|そいつら|連中)[はをもなんかて]{0,3}(全員|みんな|皆|一人残らず)?を?(殺す|殺せ|殺して|撃ち殺|焼き殺|燃やせ|燃やして|吊るせ|抹殺|皆殺し|ぶっ殺)|全員(殺す|撃ち殺す|焼き殺す|殺さ|撃ち殺さ|死刑に)(べき|れれば|れたらいい|すべき|すれば)'),
      unspaced('harassment/threatening', 0.8, '(?<!(蜂|ハチ|蚊|虫)が?)(刺す|殺す|ぶっ殺す|刺し殺す)(ぞ|からな|ぜ)'),
      unspaced('harassment/threatening', 0.6, '(お前|おまえ|てめえ|てめぇ|貴様)(は|も)?もう終わり(だ|だな|だぞ)'),
      unspaced('harassment/threatening', 0.7, '痛い目に(あわせ|遭わせ|合わせ|見せ)て?やる|ただ(じゃ|では)(おかない|おかねえ|済まさない|すまさない)|後悔させてやる|生きて帰れると思うな|償わせてやる|夜道に(は)?(気をつけろ|気を付けろ|気をつけな)(?!い)'),
      unspaced('harassment/threatening', 0.65, '(気をつけろ|気を付けろ|気をつけな|気を付けな|気をつけた方がいい|気を付けた方がいい|気をつけたほうがいい)[^。！？!?\\n]{0,8}?(次は(こうは|ただでは|ただじゃ)(いかない|済まない|すまない|おかない)|何が(起きても|起こっても|あっても)知らない)'),
    ],
  },
  hi: {
    anchor: anchor(`पछता|क़ीमत|कीमत|अंजाम|सज़ा|सजा|रुक|देख|पता|बच|kuch|warning|chetavni|pachta|khatam|khtm|aakhri|akhri|chehra|sambhal|dhyan|bach|aukaat|koi|mar|sabko|sab|sabhi|logon|tujhe|tumhe|tujhko|tumko|tum|tera|teri|tere|tumhara|tumhari|tumhare|chaku|chaaku|chhura|talwar|goli|padi|utha|bhagwan|bhagvan|khuda|भगवान|ख़ुदा|खुदा|ऊपरवाला|uthwa|uthva|उठा|उठवा|pata|maloom|malum|पता|balatkar|hatya|chaku|chaaku|chhura|talwar|बलात्कार|हत्या|चाकू|छुरा|तलवार|maar|mar|khatam|kaat|jala|goli|tod|tor|khoon|qatl|katl|मार|खत्म|ख़त्म|काट|जला|गोली|तोड़|तोड|खून|ख़ून|bomb|bam|बम|(tu|tum|aap|tujh|tujhe|tumhe|tumko|tujhko|tujhse|tumse|aapko|tere|teri|tera|tumhare|tumhari|tumhara|aapke|aapki|koi|kisi|ja|jaa|jake|jaake|jakar|jaakar|suicide|sucide|aatmhatya|atmahatya|khudkushi|khudkhushi|khud|khudko|apne|fansi|phansi|phaansi|faansi|chullu|chulu|chup|nikal|bhaag|bhag|dafa|abe|abey|oye|moti|mote|mota|gandi|gande|ganda|तू|तुम|आप|तुझ|तुझे|तुम्हें|तुम्हे|तुमको|तुझको|तुझसे|तुमसे|आपको|तेरे|तेरी|तेरा|तुम्हारे|तुम्हारी|तुम्हारा|आपके|आपकी|कोई|को|जा|जाके|जाकर|ख़ुद|खुद|अपने|आत्महत्या|ख़ुदकुशी|खुदकुशी|सुसाइड|फाँसी|फांसी|चुल्लू|चुप|निकल|दफ़ा|दफा|भाग|अबे|ओए|मोटी|मोटे|मोटा|गंदी|गंदे|गंदा)${END}`),
    patterns: [
      // Session 33: a bare warning standing alone (alone()).
      alone('((tujhe|tumhe|aapko) (warning|chetavni) (de di|di thi|de raha hoon|de rahi hoon)( hai| thi)?|(tu|tum) (bahut )?(pachtayega|pachtayegi|pachtaoge|pachtaega)|(ye|yeh) (abhi )?(khatam|khtm) nahi hua|(ye|yeh) baat (yahin|yahan) khatam nahi hogi|(aakhri|akhri) (warning|chetavni)|mera chehra yaad rakhna)( \\p{L}+)?'),
      // Session 34: the same in Devanagari, a name (its vowel signs are marks) after it, and a menace over two sentences
      // (knownThenHeeded). The nukta letters are read decomposed, as fold() leaves them.
      alone('((तुम|तू|आप) (पछताओगे|पछताएगा|पछताएगी|पछताओगी|पछताएँगे)|(तुम्हें|तुझे|आपको) (इसकी|इसका) (क़ीमत|कीमत) (चुकानी|चुकाना) पड़ेगी|(तुम्हें|तुझे) (इसका|इसकी) (अंजाम|सज़ा|सजा) भुगतना पड़ेगा|रुक जा देख (लेना|लूँगा|लूंगा)|देख (लूँगा|लूंगा) (तुझे|तुम्हें)|जो (तुमने|तूने) किया (उसकी|उसका) (सज़ा|सजा|अंजाम) (मिलेगी|मिलेगा|भुगतना पड़ेगा))( [\\p{L}\\p{M}]+)?'),
      threat(0.7, `(अब )?(तू|तुम) (नहीं|नही) (बचेगा|बचेगी|बचोगे)${SAID_LAST}`),
      knownThenHeeded('मुझे पता है (कि )?((तुम|तू) (कहाँ|कहां) (काम करते हो|काम करता है|काम करती हो)|(तुम्हारी|तेरी|तुम्हारा|तेरा) (बेटी|बहन|बीवी|पत्नी|बेटा|भाई) (किस स्कूल में|कहाँ|कहां) (पढ़ती है|पढ़ता है|काम करती है|काम करता है|रहती है|रहता है))', 'सावधान रहना|संभल (के|कर) रहना|(अच्छे से|ठीक से) सोच (लो|लेना)|सोच लेना|ध्यान रखना'),
      // The racketeer's "shame if something happened to it", said last (session 33).
      threat(0.65, `(isko|ise|usko|use|unko|tujhe|tumhe|teri \\p{L}+ ko|tere \\p{L}+ ko) kuch ho (gaya|jaye|jaaye) (to|toh) (bura|afsos|bahut bura) (hoga|lagega)${SAID_LAST}`),
      threat(0.85, '(main |mai |hum )?(tujhe|tumhe|tumko|tujhko|tereko|usko|use|unko|tum sabko) (?:(jaan se|zinda) )?(maar|mar|khatam kar|kaat|jala|goli maar) ?(dunga|dungi|denge|daalunga|dalunga|daalenge|dalenge|doonga|dalungi)'),
      threat(0.85, '(teri|tumhari|uski) (taange|taangein|tange|tangein|haddi|haddiyan|gardan) (tod|tor) ?(dunga|dungi|denge|doonga)'),
      threat(0.85, '(तुझे|तुम्हें|तुम्हे|तुमको|उसे|उन्हें|तुझको) (?:(जान से|ज़िंदा|जिंदा) )?(मार|ख़त्म कर|खत्म कर|काट|जला|गोली मार) ?(दूँगा|दूंगा|दूँगी|दूंगी|देंगे|डालूँगा|डालूंगा|डालेंगे)'),
      threat(0.85, '(तेरी|तुम्हारी|उसकी) (टाँगें|टांगें|टाँगे|हड्डियाँ|हड्डी|गर्दन) (तोड़|तोड) ?(दूँगा|दूंगा|दूँगी|देंगे)'),
      call(0.75, '(main|mai|hum|mujhe|humein|mujhko) (?:\\p{L}+ ){0,4}(goli|chaku|chaaku|chhura|talwar) (maar|mar) ?(dunga|dungi|denge|doonga|dalunga|daalunga)'),
      call(0.75, '(ka|ki|ko) (balatkar|qatl|katl|khoon|hatya) (karunga|karungi|karenge|kar dunga|kar denge|karna hoga|karna padega)'),
      call(0.75, '(गोली|चाकू|छुरा|तलवार) (मार) ?(दूँगा|दूंगा|दूँगी|देंगे|डालूँगा|डालूंगा)'),
      call(0.75, '(का|की|को) (बलात्कार|क़त्ल|कत्ल|हत्या|ख़ून|खून) (करूँगा|करूंगा|करूँगी|करेंगे|कर दूँगा|कर दूंगा|करना होगा|करना पड़ेगा)'),
      threat(0.7, `(mujhe|muje) (pata|maloom|malum) hai (tu|tum) (kahan|kaha) (rehta|rehti|rehte) (hai|ho)${NOT_NEIGHBOURS}`),
      // A bomb for a building: "school mein bomb phodunga".
      threat(0.85, '(school|masjid|mandir|church|gurudwara|office|station|college|ghar|dukaan|dukan) (mein|me|par|pe) (bomb|bam) (phodunga|phodenge|fodunga|fodenge|laga dunga|laga denge|rakh dunga|rakh denge|rakhunga|lagaunga)'),
      threat(0.85, '(स्कूल|मस्जिद|मंदिर|चर्च|गुरुद्वारे|दफ़्तर|दफ्तर|स्टेशन|कॉलेज|घर|दुकान) (में|पर|पे) (बम) (फोड़ूँगा|फोड़ूंगा|फोडूंगा|फोड़ेंगे|लगा दूँगा|लगा दूंगा|रख दूँगा|रख दूंगा)'),
      threat(0.7, 'मुझे पता है (तू|तुम) कहाँ (रहता|रहती|रहते) (है|हो)'),
      threat(0.7, '(मुझे )?(तेरा|तुम्हारा) (घर का )?पता (मालूम|पता) है'),
      threat(0.7, '(mujhe )?(tera|tumhara) (ghar ka )?pata (maloom|malum|pata) hai'),
      // "I'll see to you", the idiom of a threat, to the intimate "tu".
      threat(0.6, `((तुझे|तुझको) देख (लूंगा|लूँगा|लेंगे)|(tujhe|tujhko) dekh (lunga|loonga|lenge))${SAID_LAST}`),
      // Abduction: "lifting" the one addressed or their kin ("tujhe utha lunga", "teri behen ko utha lenge"), in the intimate
      // "tu" a threat is said in, with at most a place and a time between ("raat ko ghar se"). Not "utha dunga" (I'll
      // wake you), nor a parcel, a call or a child picked up ("bachchon ko school se utha lunga": no "tu").
      threat(0.8, `${HI_LIFTED} (?:${HI_LIFT_WHEN} ){0,2}${HI_LIFT}`),
      threat(0.8, `${HI_TAKEN} (?:${HI_LIFT_WHEN} ){0,2}${HI_LIFTED}`),
      threat(0.8, `${HI_LIFTED_DEVANAGARI} (?:${HI_LIFT_WHEN_DEVANAGARI} ){0,2}${HI_LIFT_DEVANAGARI}`),
      threat(0.8, `${HI_TAKEN_DEVANAGARI} (?:${HI_LIFT_WHEN_DEVANAGARI} ){0,2}${HI_LIFTED_DEVANAGARI}`),
      // Insults and humiliation aimed at "you" (not denied, "tum bekaar nahi ho", nor reported, "...ki tum bekaar ho"): a name
      // after "tu", "tum", "aap" or "like you", "of no use", called out ("chup kar, gadhe"); nobody likes you, everyone laughs at
      // you, the world better without you, a stain on the family, the face that disgusts; told to go die, kill or hang oneself.
      insult(0.75, `${HI_YOU} (?:(toh|to|ekdum|ek dum|bilkul|bilkool|sach mein|sach me|poora|pura|puri|poori|ek number ka|ek number ki|ek number ke|nira|niri|bahut|bada|badi|bade|kitna|kitni|kitne|ek|hi|sabse|sab se|asli) ){0,3}(${HI_NAME})${HI_NOT_AFTER}`),
      insult(0.75, `${HI_YOU_DEVANAGARI} (?:(तो|एकदम|बिल्कुल|बिलकुल|सच में|पूरा|पूरी|एक नंबर का|एक नंबर की|निरा|निरी|बहुत|बड़ा|बड़ी|कितना|कितनी|कितने|एक|ही|सबसे) ){0,3}(${HI_NAME_DEVANAGARI})${HI_NOT_AFTER_DEVANAGARI}`),
      insult(0.75, `(tum|tujh|tere|aap) (jaise|jaisa|jaisi|jese) (${HI_NAME})`),
      insult(0.75, `(तुम|तुझ|तेरे|आप) (जैसे|जैसा|जैसी) (${HI_NAME_DEVANAGARI})`),
      insult(0.75, `${HI_YOU} (?:(toh|to|bilkul|ekdum) )?(kisi|koi) (kaam|kam) (ka|ki|ke) (nahi|nahin|nhi)`),
      insult(0.75, `${HI_YOU_DEVANAGARI} (?:(तो|बिल्कुल|एकदम) )?(किसी|कोई) काम (का|की|के) (नहीं|नही)`),
      insult(0.75, `(chup kar|chup ho ja|chup reh|chup|nikal|nikal ja|bhaag|bhag ja|bhaag ja|dafa ho|dafa ho ja|abe|abey|oye) (?:\\p{L}+ )?(${HI_VOCATIVE})`),
      insult(0.75, `(चुप कर|चुप हो जा|चुप|निकल|निकल जा|दफ़ा हो|दफा हो|भाग|भाग जा|अबे|ओए) (?:[\\p{L}\\p{M}]+ )?(${HI_VOCATIVE_DEVANAGARI})`),
      insult(0.7, '(moti|mote|mota|gandi|gande|ganda) (bhains|bhens|suar|suwar|gadhi|gadhe|hathini|kutti|kutte|chudail)'),
      insult(0.7, '(मोटी|मोटे|मोटा|गंदी|गंदे|गंदा) (भैंस|सुअर|सूअर|गधी|गधे|हथिनी|कुत्ती|कुत्ते|चुड़ैल)'),
      insult(0.7, `((koi|kisi ko) (bhi )?(tujhe|tumhe|tumko|tujhko|aapko|tumse|tujhse) ((pasand|pyaar|pyar|bhaav|bhav) (nahi|nahin|nhi) (karta|karti|karte|deta|deti|dete)|(nahi|nahin|nhi) (chahta|chahti|chahte|puchta|poochta|poochhta))|(tujhe|tumhe|tumko|tujhko|tujhse|tumse) koi (bhi )?((pasand|pyaar|pyar) (nahi|nahin|nhi) (karta|karti|karte)|(nahi|nahin|nhi) (chahta|chahti|chahte|puchta|poochta|poochhta)))${HI_NOT_AS_I}`),
      insult(0.7, `(कोई (भी )?(तुझे|तुम्हें|तुम्हे|तुमको|तुझको|तुझसे|तुमसे|आपको|आपसे) ((पसंद|प्यार) (नहीं|नही) (करता|करती|करते)|(नहीं|नही) (चाहता|चाहती|चाहते|पूछता))|(तुझे|तुम्हें|तुम्हे|तुमको|तुझको|तुझसे|तुमसे|आपको) कोई (भी )?((पसंद|प्यार) (नहीं|नही) (करता|करती|करते)|(नहीं|नही) (चाहता|चाहती|चाहते|पूछता))|(को|ko) (कोई|koi) (नहीं|नही|nahi|nahin) (चाहता|chahta|पूछता|puchta))${HI_NOT_AS_I}`),
      insult(0.6, '(tujh|tum) (pe|par) (haste|hanste|hansti|hasti|thookte|thukte)'),
      insult(0.6, '(tujhpe|tumpe|tujhpar|tumpar) (haste|hanste|hansti|hasti|thookte|thukte)'),
      insult(0.6, '(tera|tumhara) (mazaak|mazak|majak) (udaate|udate|udati|uda rahe|udaati)'),
      insult(0.6, '(तुझ|तुम) (पर|पे) (हँसते|हंसते|हँसती|हंसती|थूकते)'),
      insult(0.6, '(तेरा|तुम्हारा) (मज़ाक|मजाक) (उड़ाते|उड़ाती|उड़ा रहे)'),
      insult(0.75, '(tere|tumhare|aapke|tujh) (bina|baghair|bagair) (?:(ye|yeh) )?(duniya|dunia|sab|ghar|zindagi|family) (behtar|acchi|achhi|achi|khush|sukhi) (hogi|hoga|honge|rahegi|rahega|rahenge|hoti|hota)'),
      insult(0.75, '(तेरे|तुम्हारे|आपके|तुझ) (बिना|बग़ैर|बगैर) (?:(ये|यह) )?(दुनिया|सब|घर|ज़िंदगी|जिंदगी) (बेहतर|अच्छी|अच्छा|ख़ुश|खुश) (होगी|होगा|होंगे|रहेगी|रहेगा)'),
      insult(0.75, '(tu|tum|aap) (?:(apne|apni) )?(khandaan|khandan|parivar|pariwar|ghar|family|maa baap|ma baap) (pe|par|ka|ki|ke liye|ke naam pe|ke naam par) (kalank|bojh|dhabba)'),
      insult(0.75, '(तू|तुम|आप) (?:(अपने|अपनी) )?(ख़ानदान|खानदान|परिवार|घर|माँ बाप|मां बाप) (पर|पे|का|की|के लिए|के नाम पर) (कलंक|बोझ|धब्बा)'),
      insult(0.7, '(teri|tumhari|aapki) (shakal|shakl|surat|soorat) (dekh ke|dekhkar|dekh kar|dekhke) (ulti|ultee|ghin) (aati|aa rahi|aa jaati)'),
      insult(0.7, '(तेरी|तुम्हारी|आपकी) (शक्ल|सूरत) (देख के|देखकर|देख कर) (उल्टी|घिन) (आती|आ रही|आ जाती)'),
      insult(0.7, '(chullu|chulu) bhar (paani|pani) (mein|me|mai) (doob|dub) (mar|maro)'),
      insult(0.7, 'चुल्लू भर पानी में डूब (मर|मरो)'),
      threat(0.85, '(ja ke|jaa ke|jake|jaake|jakar|jaakar|ja|jaa) (mar ja|mar jaa|marja|mar jao|doob mar|dub mar|mar(?! (mat|na|nahi|jana|jaana)))'),
      threat(0.85, '(suicide|sucide|aatmhatya|atmahatya|khudkushi|khudkhushi) (kar le|karle|kar lo|karlo|kar hi le)'),
      threat(0.85, '(khud ko|khudko|apne aap ko) (maar|mar) (daal|dal|le)'),
      threat(0.85, '(fansi|phansi|phaansi|faansi) (laga le|lagale|laga lo)'),
      threat(0.85, '(जाके|जा के|जाकर|जा) (मर जा|डूब मर|मर)'),
      threat(0.85, '(ख़ुद|खुद|अपने आप) को (मार डाल|मार ले|ख़त्म कर ले|खत्म कर ले)'),
      threat(0.85, '(आत्महत्या|ख़ुदकुशी|खुदकुशी|सुसाइड) (कर ले|कर लो)'),
      threat(0.85, '(फाँसी|फांसी) (लगा ले|लगा लो)'),
      // A death wished on the one addressed or their family ("bhagwan kare tu mar jaye", "भगवान करे तेरा परिवार मर जाए").
      threat(0.85, '(bhagwan|bhagvan|upar wala|upar wale|khuda|rab) (kare|kre) (tu|tum|aap|tera|teri|tere|tumhara|tumhari|tumhare) (?:\\p{L}+ ){0,2}?(mar jaye|mar jaaye|mar jae|mar jao|mar jaayen|mar jayen|mare)'),
      threat(0.85, '(भगवान|ऊपरवाला|ख़ुदा|खुदा) करे (तू|तुम|आप|तेरा|तेरी|तेरे|तुम्हारा|तुम्हारी|तुम्हारे) (?:[\\p{L}\\p{M}]+ ){0,2}?(मर जाए|मर जाये|मर जाओ|मरे)'),
      // Session 29, by class: "someone should shoot you"; "mar ja" said alone; a group killed ("in sabko goli maar do");
      // the future of killing after "tujhe" with words between ("tujhe dhoondh ke maarunga"); your head cut, your home
      // burned, your jaw broken; a knife put in; deserving a bullet or death; "I won't leave you alive"; your corpse.
      threat(0.8, '(koi|koi toh|koi to) (tujhe|tumhe|tujhko|tumko) (goli maar|maar|maar daal|khatam kar|jala|uda) ?(de|dega|do|daale|dale)'),
      threat(0.8, `${CLAUSE_OPENS}(mar ja|mar jaa|marja|mar jao)${SAID_LAST}`),
      call(0.75, '((in|un|inn|unn) )?(sabko|sab ko|sabhi ko|logon ko|sab logon ko) (goli maar|maar|jala|kaat|khatam kar|latka|faansi de|fansi de|maar daal|zinda jala) ?(do|dena chahiye|dena hoga|denge|dunga|diya jaye|dalo|daalo|doonga|dena)'),
      threat(0.85, '(tujhe|tumhe|tujhko|tumko|tum sabko|tum logon ko|tum sab ko) (?:\\p{L}+ ){0,3}(maarunga|marunga|maarungi|maarenge|marenge|katunga|kaatunga|kaatenge|jalaunga|thokunga|thok dunga|tapka dunga|uda dunga|maar dalunga|maar daalunga)'),
      threat(0.85, '(tera|teri|tere|tumhara|tumhari|tumhare) (sar|sir|gala|gardan|haath|pair|ghar|dukaan|dukan|gaadi|gadi|muh|munh|jabda|daant) (kaat|tod|jala|phod|fod|uda) ?(dunga|dungi|denge|doonga|daalunga|dalunga)'),
      threat(0.85, '(chaku|chaaku|chhura|talwar) (ghusa|ghused|bhonk|utaar|utar|maar|mar) ?(dunga|denge|doonga|dungi)'),
      threat(0.75, '(tu|tum) (goli|maut) (khane|khaane) (layak|laayak|ke layak|ke laayak) (hai|ho)|(tu|tum) (marne|mar jaane) (layak|ke layak|laayak) (hai|ho)'),
      threat(0.85, '(tujhe|tumhe|tujhko|tumko|tum logon ko) zinda (nahi|nahin|nhi) (chhodunga|chodunga|chhodenge|chodenge|chhodungi|chodungi)'),
      threat(0.8, '(teri|tumhari) (laash|lash) (bhi )?(nahi|nahin|nhi)? ?(milegi)|(padi|padi hui) (milegi) (teri|tumhari) (laash|lash)'),
      warned('sambhal (ke|kar) (reh|rehna|rahna|raho)|sambhal ja|(apna )?dhyan rakhna( apna)?|bach ke (reh|rehna|rahna|raho)( mujhse)?|aukaat (mein|me|mai) (reh|rehna|raho)', '(warna|varna|nahi to|nahin to|nhi to) ((anjaam|anjam) bura hoga|bura hoga|pachtayega|pachtaoge|pachtayegi|dekh lena|dekh lunga)|agli baar (nahi|nahin|nhi) (chhodunga|chodunga|chhodenge|chodenge|bachega|bachegi|bachoge)'),
    ],
    innocentAfter: tail('hasa hasa ke|hansa hansa ke|pyaar se|हँसा हँसा के|प्यार से'),
  },
};

/** Dotless i as i, quote marks as an apostrophe, commas and the like as spaces: one for one. */
const READ_AS: Record<string, string> = { ı: 'i', '’': "'", '‘': "'", '`': "'", '´': "'", ',': ' ', ';': ' ', ':': ' ' };

const ENTRIES = Object.entries(LANGUAGES).map(([lang, threats]) => ({ lang, threats }));
// A language's anchor is asked of every text that may hold one of its threats, in any document: compiled now.
for (const { threats } of ENTRIES) compiledNow(threats.anchor.searched);

/**
 * An exact gate by the segment's shared reading (segment-words.ts): whether some language's anchor and
 * every literal set of one of its patterns can occur, asked of each word by its vocabulary id (worked
 * out once a word), so a segment with no candidate skips fold, the automaton and the patterns. A literal
 * occurs only inside text that holds each of its runs of letters and digits, and a run lies within one
 * word: so a set can be met only where a word holds (as a substring) a run of one of its literals.
 * Literals span words ("i'll", "kto-to": their runs are tested, not the whole) and sit inside words
 * ("bring" in "umbringen": substring, not equality); an anchor written with START begins a word, so its
 * first run must begin one. A literal with no letter or digit ("'") meets its set anywhere. Marks are
 * no word units of the reading ("मार" is read as "म", "र"): runs are cut at them, as the reading cuts.
 */
class WordGate {
  private readonly keys = new LiteralIndex();
  /** Per key (a run of a literal), the sets it may meet, each as set * 4 + where in a word the run must stand (INSIDE...). */
  private readonly tests: (number[] | undefined)[] = [];
  private readonly keyText: string[] = [];
  /** Sets met wherever: a literal of theirs has no letter or digit. */
  private readonly always = new Set<number>();
  private sets = 0;
  /** Per language: its anchor's sets, and per pattern its sets, less those met wherever. */
  readonly languages: { anchor: number[]; patterns: number[][] }[] = [];
  /**
   * Each distinct word signature (the sets a word may meet), by number; 0 is none. Kept sparse, as pairs
   * (index of a 32-bit word of the sets' bits, its bits), since a word meets a few of some 2,000 sets:
   * signature s is pairs[pairsFrom[s]] up to pairs[pairsFrom[s + 1]], all in one array, so that a text's
   * words read adjacent memory rather than an array object each (a cache miss a word on a short bio).
   */
  private pairs = new Uint32Array(1 << 12);
  private readonly pairsFrom = new Int32Array(MAX_SIGNATURES + 1);
  private signatureCount = 0;
  /**
   * Per signature, the number of the mayMatch call that last added it to the union: a word's signature
   * is added once a text (an openai row's words repeat half of their signatures' pairs).
   */
  private readonly addedIn = new Int32Array(MAX_SIGNATURES);
  private call = 0;
  private readonly signatureIds = new Map<string, number>();
  private readonly bySignature: MemoByWordId;
  /** Scratch: the sets the words of the segment read last may meet. */
  private readonly union: Uint32Array;
  /** Whether a pattern and its anchor need no letter or digit at all (none today): then every text may match. */
  private readonly unconditional: boolean;

  constructor(languages: readonly LanguageThreats[]) {
    for (const { anchor, patterns } of languages) {
      this.languages.push({ anchor: this.addRequirement(requiredLiterals(bounded(anchor.re))), patterns: patterns.map(({ re }) => this.addRequirement(requiredLiterals(bounded(re)))) });
    }
    this.union = new Uint32Array((this.sets + 31) >>> 5);
    this.unconditional = this.languages.some(({ anchor, patterns }) => anchor.length === 0 && patterns.some((p) => p.length === 0));
    this.addSignature(new Uint32Array(this.union.length));
    this.addSignature(new Uint32Array(this.union.length).fill(~0));
    this.signatureIds.set(new Uint32Array(this.union.length).join(), 0);
    this.bySignature = new MemoByWordId((text, from, to) => this.signatureOf(text.slice(from, to)));
  }

  private addRequirement(requirement: Requirement): number[] {
    const numbers: number[] = [];
    for (const set of requirement) {
      const number = this.sets++;
      for (const literal of set) {
        const runs = runsOf(literal);
        if (runs.length === 0) this.always.add(number);
        // Any run is a sound test; a bounded and long one is the rarest.
        else {
          const { run, place } = runs.reduce((a, b) => (rarity(b) > rarity(a) ? b : a));
          const id = this.keys.add(run);
          this.keyText[id] = run;
          (this.tests[id] ??= []).push(number * 4 + place);
        }
      }
      if (!this.always.has(number)) numbers.push(number);
    }
    return numbers;
  }

  /** The number of the word's signature: the sets a word may meet. */
  private signatureOf(word: string): number {
    const bits = new Uint32Array(this.union.length);
    for (const key of this.keys.found(word)) {
      const run = this.keyText[key]!;
      for (const test of this.tests[key]!) {
        const place = test & 3;
        const stands = place === INSIDE || (place === WHOLE ? word === run : place === AT_START ? word.startsWith(run) : word.endsWith(run));
        if (stands) bits[test >>> 7]! |= 1 << ((test >>> 2) & 31);
      }
    }
    const name = bits.join();
    let id = this.signatureIds.get(name);
    if (id === undefined) {
      // Bounded: past the cap a word reads as meeting every set (the full path then decides).
      if (this.signatureCount >= MAX_SIGNATURES) return EVERY_SET;
      id = this.addSignature(bits);
      this.signatureIds.set(name, id);
    }
    return id;
  }

  /** Files a signature's nonzero 32-bit words as pairs (index, bits) after the others; its number. */
  private addSignature(bits: Uint32Array): number {
    const id = this.signatureCount++;
    let end = this.pairsFrom[id]!;
    for (let i = 0; i < bits.length; i++) {
      if (bits[i] === 0) continue;
      if (end + 2 > this.pairs.length) {
        const grown = new Uint32Array(this.pairs.length * 2);
        grown.set(this.pairs);
        this.pairs = grown;
      }
      this.pairs[end++] = i;
      this.pairs[end++] = bits[i]!;
    }
    this.pairsFrom[id + 1] = end;
    return id;
  }

  /** Whether some pattern may match in text whose words are the reading's: false only when none can. */
  mayMatch(reading: WordReading): boolean {
    const { text, words, count } = reading;
    const { union, pairsFrom, addedIn } = this;
    // A fresh number a call (0 is none); on wrapping round, every signature's is forgotten.
    if (this.call === 0x7fffffff) {
      addedIn.fill(0);
      this.call = 0;
    }
    const call = ++this.call;
    let any = false;
    for (let k = 0; k < count; k++) {
      const at = k * STRIDE;
      const signature = this.bySignature.of(words[at + ID]!, text, words[at + WORD_START]!, words[at + WORD_END]!);
      if (signature === 0 || addedIn[signature] === call) continue;
      addedIn[signature] = call;
      if (!any) union.fill(0);
      any = true;
      // Read after the signature: working out a new one may have grown the array.
      const pairs = this.pairs;
      for (let i = pairsFrom[signature]!, end = pairsFrom[signature + 1]!; i < end; i += 2) union[pairs[i]!]! |= pairs[i + 1]!;
    }
    if (!any) {
      if (this.unconditional) union.fill(0);
      return this.unconditional;
    }
    return this.languages.some(({ anchor, patterns }) => this.met(anchor) && patterns.some((sets) => this.met(sets)));
  }

  /**
   * After mayMatch answered true, of that text's words: whether language l's anchor, and its pattern p,
   * may match. Tighter than the literal automaton, which meets "tu" inside "actual": a run stands where it must.
   */
  languageMayMatch(l: number): boolean {
    return this.met(this.languages[l]!.anchor);
  }

  patternMayMatch(l: number, p: number): boolean {
    return this.met(this.languages[l]!.patterns[p]!);
  }

  private met(sets: readonly number[]): boolean {
    const union = this.union;
    return sets.every((set) => (union[set >>> 5]! & (1 << (set & 31))) !== 0);
  }
}

/** Where in a word a literal's run must stand: anywhere, at its start, at its end, or as the whole word. */
const INSIDE = 0;
const AT_START = 1;
const AT_END = 2;
const WHOLE = 3;
/** Marks a word edge in a pattern's source for requiredLiterals: a sign no word holds. */
const EDGE = '\u0001';

/**
 * The pattern with its word edges written as EDGE: START and END, and the spaces of words() (\s+), so
 * that a literal says where its runs stand ("\u0001ill\u0001": the word "ill", not "will"). A run after
 * EDGE or any other sign begins a word of the reading (a sign, a space or a mark is no word unit), and one
 * before it ends one. Unspaced patterns (Chinese, Japanese) have no edges: their runs stand anywhere.
 */
function bounded(re: LazyRegExp): Pick<RegExp, 'source' | 'flags'> {
  return { source: [START, END, LETTER_OR_DIGIT_BEFORE, LETTER_OR_DIGIT_AFTER, '\\s+'].reduce((source, edge) => source.split(edge).join(EDGE), re.source), flags: 'u' };
}
/** Word edges that let a mark stand beside the word (the Arabizi anchor's): the reading's words end at a mark too. */
const LETTER_OR_DIGIT_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_OR_DIGIT_AFTER = '(?![\\p{L}\\p{N}])';

/** The runs of letters and digits of a literal, as the shared reading cuts words (segment-words.ts), each with where it stands. */
function runsOf(literal: string): { run: string; place: number }[] {
  const runs: { run: string; place: number }[] = [];
  for (let i = 0; i < literal.length;) {
    if (wordUnitAt(literal, i) === 0) {
      i++;
      continue;
    }
    const from = i;
    while (i < literal.length && wordUnitAt(literal, i) !== 0) i += wordUnitAt(literal, i);
    runs.push({ run: literal.slice(from, i), place: (from > 0 ? AT_START : INSIDE) | (i < literal.length ? AT_END : INSIDE) });
  }
  return runs;
}

/**
 * How rare a run is as a test: length first (a run of three letters or more is far rarer than a short
 * whole word), then an edge. A single letter is the poorest test whatever its place: English reads "t"
 * as a whole word in every "don't".
 */
const rarity = ({ run, place }: { run: string; place: number }) =>
  (run.length === 1 ? 0 : run.length * 2 + (run.length >= 3 ? 10 : 0)) + (place === WHOLE ? 3 : place === INSIDE ? 0 : 1);

/** The signature number of every set met; at most MAX_SIGNATURES signatures are kept (0 is none met). */
const EVERY_SET = 1;
const MAX_SIGNATURES = 1 << 14;

const GATE = new WordGate(ENTRIES.map(({ threats }) => threats));

/**
 * Whether the words of the text threatsIn reads (value folded, READ_AS applied) are the reading's, at
 * the same places: every ASCII character is the reading's in lower case (fold of ASCII is lower case;
 * READ_AS turns signs into signs), and any other is a quote mark or dash, which no fold changes and no
 * reader takes for a letter. Leetspeak ("8th" read as "bth") and accents fail it and take the full path.
 */
function readAsItsWords(value: string, reading: string): boolean {
  if (value.length !== reading.length) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== reading.charCodeAt(i)) return false;
    } else if (!PLAIN_SIGNS.has(c) || wordUnitAt(reading, i) !== 0) return false;
  }
  return true;
}
const PLAIN_SIGNS = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d]);
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** A threat found in a text: where, in which language's grammar, and what it is. */
export interface Threat {
  lang: string;
  category: Category;
  weight: number;
  from: number;
  to: number;
}

/**
 * The threats in a text, with offsets in `text`, the text folded so accents, case and Turkish dotless i
 * need no alternatives (commas and the like read as spaces, "wiem, gdzie mieszkasz"; every replacement
 * keeps offsets, and folding keeps them when text and value are as long). Pure: the detector below and
 * detect-hate-multilingual.ts (a threat aimed at a protected group) read the same matches. `reading`, when
 * given, is a reading that may be the folded text's words (a segment's), spared reading them again.
 */
export function findThreats(value: string, reading?: WordReading): { text: string; threats: readonly Threat[] } {
  return threatsRead(value, reading);
}

/**
 * findThreats, with the segment's shared reading when there is one: `gated` when the word gate has
 * already read it and let the text through (the value's words are the reading's).
 */
function threatsRead(value: string, reading: WordReading | undefined, gated = false): { text: string; threats: readonly Threat[] } {
  const folded = fold(value);
  // The hate grammars ask again of a segment's normalised text, which most often folds as its value did
  // (the value the word gate found free of threats, too).
  if (folded !== lastRead.folded) {
    const text = folded.replace(/[ı’‘`´,;:]/g, (c) => READ_AS[c]!);
    const words = readsAs(value, lastFree) ? undefined : gated ? reading : wordsMayMatch(text, reading);
    lastRead = { folded, text, threats: words === undefined ? [] : threatsIn(text, folded, words) };
  }
  return lastRead;
}

/**
 * The words of `text` (`reading` where they are its words), where some pattern may match in it by the word gate,
 * which then says which may (threatsIn); undefined where none may. Accents and curly quotes fail readAsItsWords
 * on the value, but once folded most texts are the segment's reading; any other is read here. Its own reading is
 * an exact gate as the segment's is (WordGate), and reading its words, each known by id once met, cost less than
 * the literal automaton's walk over every unit of the text did.
 */
function wordsMayMatch(text: string, reading: WordReading | undefined): WordReading | undefined {
  const words = reading !== undefined && sameWords(text, reading.text) ? reading : readWords(text);
  return GATE.mayMatch(words) ? words : undefined;
}

/** Whether two texts have the same words at the same places: every word unit equal, every other unit none in both. */
function sameWords(text: string, reading: string): boolean {
  if (text.length !== reading.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== reading.charCodeAt(i) && (wordUnitAt(text, i) !== 0 || wordUnitAt(reading, i) !== 0)) return false;
  }
  return true;
}
let lastRead: { folded: string; text: string; threats: readonly Threat[] } = { folded: '', text: '', threats: [] };
const NONE: { text: string; threats: readonly Threat[] } = { text: '', threats: [] };
/** The value the detector's word gate last found free of threats. */
let lastFree = '';

/** Whether `value`, of ASCII and plain signs, folds and reads (READ_AS) as `free` does: the same text, so the same threats. */
function readsAs(value: string, free: string): boolean {
  if (value.length !== free.length || free === '') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80 && !PLAIN_SIGNS.has(c)) return false;
    if (c !== free.charCodeAt(i) && readAs(c) !== readAs(free.charCodeAt(i))) return false;
  }
  return true;
}
const APOSTROPHE = 39;
const SPACE = 32;
/** A character of ASCII or plain signs as threatsIn reads it: lower case, READ_AS. */
const readAs = (c: number) => (c === 0x2018 || c === 0x2019 || c === 96 ? APOSTROPHE : c === 44 || c === 59 || c === 58 ? SPACE : lower(c));

/**
 * Whether a negation or a report stands right before a match, or, for a call said of a group, before the clause that
 * names the group ("je ne dirai jamais que les X doivent mourir", "como você pode dizer que os X merecem morrer").
 */
function negatedBefore(negation: RegExp, folded: string, at: number, category: string): boolean {
  const before = (from: number) => folded.slice(Math.max(0, from), at).replace(/[ı’‘`´;:]/g, (c) => READ_AS[c]!);
  if (negation.test(before(at - 16))) return true;
  if (category !== 'violence') return false;
  const subject = CALL_SUBJECT.exec(before(at - 48));
  return subject !== null && !THINKING_THAT.test(subject[1]!) && (negation.test(subject[1]!) || negation.test(subject[2]!));
}
/** A complementizer and the call's subject, at most three words, before a call: [1] up to the complementizer, [2] without it. */
const CALL_SUBJECT = /^((.*?)(?:que|qu'|dass|dat|che|ze)\s+)(?:[\p{L}'-]+\s+){1,3}$/u;
/** The writer's own opinion ("je pense que les X doivent mourir") reports no one's call, as it does before a threat to the reader. */
const THINKING_THAT = /(?<!\p{L})(?:pense|penses|crois|ache|acredite|creas|pienses|glaub|glaube|denk|geloof|creda|credere|pensi|pensare)\s+(?:que|qu'|dass|dat|che)\s+$/u;

/**
 * The threats of the patterns the word gate lets through for `text`, whose words are `words` (wordsMayMatch, or the
 * detector's gate, has just read them). `folded` is text before READ_AS: a negation is read up to a comma ("No, eres
 * un idiota" answers, it does not deny).
 */
function threatsIn(text: string, folded: string, words: WordReading): Threat[] {
  const threats: Threat[] = [];
  for (let l = 0; l < ENTRIES.length; l++) {
    if (!GATE.languageMayMatch(l)) continue;
    const { lang, threats: grammar } = ENTRIES[l]!;
    let anchored: boolean | undefined;
    for (let p = 0; p < grammar.patterns.length; p++) {
      // A pattern whose literals are missing has no match: the anchor is tested only when one may.
      if (!GATE.patternMayMatch(l, p) || !(anchored ??= grammar.anchor.met(text, words))) continue;
      const { category, weight, re, afterStart } = grammar.patterns[p]!;
      // exec, not matchAll: matchAll copies the expression for every text.
      const regex = (afterStart ?? re).regex;
      regex.lastIndex = 0;
      for (let m = nextMatch(regex, text, afterStart !== undefined); m; m = nextMatch(regex, text, afterStart !== undefined)) {
        if (m[0] === '') regex.lastIndex += text.codePointAt(m.index)! > 0xffff ? 2 : 1;
        const end = m.index + m[0].length;
        if (grammar.innocentAfter?.regex.test(text.slice(end, end + 40))) continue;
        if (grammar.innocentBefore?.regex.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        if (grammar.negatedBefore && negatedBefore(grammar.negatedBefore.regex, folded, m.index, category)) continue;
        threats.push({ lang, category, weight, from: m.index, to: end });
      }
    }
  }
  return threats;
}

/**
 * The next match of `regex` in text from its lastIndex; with `atStart`, the next that START allows (regex is a
 * pattern's afterStart): the same match as the whole pattern's, since START reads only what stands before it.
 * Where START fails the search goes on from the next character, as the whole pattern's does.
 */
function nextMatch(regex: RegExp, text: string, atStart: boolean): RegExpExecArray | null {
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (!atStart) return m;
    WORD_BEGINS.lastIndex = m.index;
    if (WORD_BEGINS.test(text)) return m;
    regex.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

export const detectThreatsMultilingual: Detector = (segments, policy) => {
  if (!policy.multilingual) return [];
  const hits: Hit[] = [];
  for (const segment of segments) {
    const own = segmentText(segment);
    if (!own) continue;
    const byItsWords = readAsItsWords(own, segment.words.text);
    let value = own;
    const free = byItsWords && !GATE.mayMatch(segment.words);
    if (free) lastFree = own;
    let { text, threats } = free ? NONE : threatsRead(own, segment.words, byItsWords);
    // The member's own spelling is quoted when folding kept the offsets.
    let quote = (from: number, to: number) => (text.length === own.length ? own : text).slice(from, to);
    // A threat or insult in disguise ("je vais te tu3r", "du bist eine h*re", "tujhe maar dalunga" misspelt) is read
    // in the text the spelling readers leave (leetspeak, masks, typos read back), when the member's own reads none.
    if (threats.length === 0 && segment.norm.text !== segment.folded.text) {
      value = segment.norm.text;
      // The shared reading is norm.text's words for most segments (norm is normalised): mayMatch then need not read them again.
      ({ text, threats } = threatsRead(value, segment.words));
      quote = (from, to) => originalSpan(segment.norm, from, to).value;
    }
    // An insult the writer aims at themselves is banter ("我真是个废物", "私は一生独りだな"), as is one about a friend they
    // go on to love ("mon meilleur pote est un gros con mais je l'adore"). It is read on the text with
    // its colons ("أقول لنفسي: قوم يا حمار"), as long as the folded text, so at the same offsets: folded once a segment.
    let withColons: string | undefined;
    for (const { lang, category, weight, from, to } of threats) {
      if (category === 'harassment' && (aimedAtSelf((withColons ??= fold(value)), from, to, lang) || toldFondly(withColons, from, to))) continue;
      // A threat laughed off in a gamer's bio is trash talk ("dziś wieczorem was rozwalę 😄"). The hate grammars
      // read findThreats, not this: a group threatened in play is still hate.
      if (category !== 'harassment' && markedAsPlay(text, from, to)) continue;
      // A threat quoted to condemn it ('for threats like "I'll kill you" you belong in jail'), asked and answered
      // "no" at once ("Je sais où tu habites ? Non, mais je livre partout"), or a work's title ("Mein Roman „Das wirst du
      // bereuen“", "《我知道你住在哪里》是我最喜欢的电影") is mentioned.
      const why = category === 'harassment' ? `insult aimed at the one addressed (${lang})` : `threat of violence (${lang})`;
      const mentioned = quoted(text, from, to) || answeredNo(text, to) || (category !== 'harassment' && namedWork(text, from, to));
      hits.push({ category, weight: mentioned ? weight * MENTIONED : weight, evidence: evidenceOf(segment, quote(from, to)), why });
    }
  }
  return hitsToReasons(hits, 'local:threats');
};
