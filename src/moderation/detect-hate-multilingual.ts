import type { Category, Reason } from './types.js';
import { compileLexicon, findPhrases, phraseIndexApart, type Lexicon, type PhraseIndex } from './phrase-detector.js';
import { evidenceAt, hitsToReasons, type Detector, type Hit } from './detector.js';
import type { PreparedSegment } from './prepare-segments.js';
import { HATE_GRAMMARS, JA_ENDED, JA_GROUP, JA_LITERAL, SCRIPT_GRAMMARS, type HateGrammar, type ScriptGrammar } from './hate-grammars.js';
import { answeredNo, detectedLanguages, documentLanguages, languagesSaidTwice, quoted, quoteMarkAfter, quoteMarkBefore, matcherWords, readsPolish, readsRomanisedHindi } from './detect-lexicon.js';
import { writerRightBefore } from './insult-target.js';
import { findThreats, type Threat } from './detect-threats-multilingual.js';
import { firstCharacters } from './first-characters.js';
import { chinesePinyin, chineseSoundsFirst, chineseSpellings, holdsPinyin, inSyllables, looksLikePinyin, pinyinWord } from './chinese-spellings.js';
import { normalise, type Normalised } from './normalise.js';
import { escapeRegExp } from './regex-literals.js';
import { foldArabic } from './fold-arabic.js';
import { firstAtLeast } from './sorted-offsets.js';
import { arabiziGroupsIn, arabiziLexicon, findSkeletons, type SkeletonLexicon } from './arabizi-skeleton.js';
import { holdsHindiFunctionWord, languageBit, lexiconsMayHit, looksPolish, matchLexicons, type Language, type LexiconHit } from './lexicons/index.js';
import { isOwnWord } from './spelling-vocabulary.js';

/**
 * Hate against protected groups in the languages besides English that the phrase patterns can read
 * (Latin script: es, pt, fr, de, it, nl, pl, romanised hi), built the way the data shows hate is built
 * in every one of them: a protected group named (hate-grammars.ts: women, immigrants, Muslims, Jews,
 * Black people, gay and trans people, disabled people... in their plural, gender and case forms) and,
 * near it in the same sentence, something that derogates it (a dehumanising comparison, a contemptuous
 * attribute, disgust or hatred, a life said to be worthless, "no place for") or calls for violence or
 * exclusion against it (kill, deport, get rid of). A group named alone, neutrally or with praise, is
 * no signal; the pair is. What takes a pair back is read from its sentence, as in English
 * (phrase-detector.ts's framing): a negation governing it ("they are not ignorant", "we must never let
 * them be hurt"), a report or counter-speech ("stop saying that X are...", "against hatred of X"), a
 * quotation, a member naming their own group ("as a woman..."). A pair may span two sentences when the
 * second refers back with "they" ("Typical of X. They are vile.").
 *
 * Cost: every role's words are anchors in the index all lexicons share, so a segment without a group
 * word costs one lookup per language; the other roles are matched only where a group word is. The
 * document's language (franc, costlier than all of this) is read, unless another detector has read it,
 * only when some grammar finds both a group and something said in a segment: without such a pair no
 * grammar has anything to report. The grammars are picked from the same ranking with a wider share
 * (PLAUSIBLE).
 */

/**
 * A Latin grammar's roles: its group words, and the rest compiled when first asked, a language at a time: a
 * grammar asks what is said (pairing) only of a segment where it finds one of its group words, and what frames
 * a pair (framing) only once it pairs, so a document builds the roles of the languages it names a group in.
 */
interface Role {
  group: Groups;
  pairing: () => PairingRoles;
  framing: () => FramingRoles;
}
interface PairingRoles {
  /** Derogation (hate) and calls for violence or exclusion (hate/threatening), with weights. */
  said: Lexicon;
  /** Good things a negation denies a group (hate-grammars.ts's worth). */
  worth: Lexicon;
  negation: Lexicon;
}
interface FramingRoles {
  mention: Lexicon;
  they: Lexicon;
  self: Lexicon;
}

interface Span {
  from: number;
  to: number;
}

/** Something said that may derogate a group or call for violence against it, and how strongly. */
interface Said extends Span {
  category: Category;
  weight: number;
  /**
   * Whether it is a lexicon's strict term (an ordinary word in another language): said only in franc's
   * likeliest language. Asked only of another language's (telling it costs the matcher a second reading).
   */
  strict: (() => boolean) | undefined;
  /** A swear word from the lexicons (profanities). */
  swear: boolean;
}

/**
 * Every Said is made here, in one shape, and pushed onto arrays made by a literal, never by .map: once
 * TurboFan inlines .map its arrays are holey, the interpreter's packed, and code reading both deopted and
 * recompiled again and again (docs/history/scorer-speed-log.md, session 11).
 */
const saidOf = (from: number, to: number, category: Category, weight: number, strict?: () => boolean, swear = false): Said => ({ from, to, category, weight, strict, swear });

/** What a grammar's group and said roles find in a segment, when it finds both (else no pair is possible). */
interface Pairable {
  groups: readonly Span[];
  said: readonly Said[];
  worth: readonly Span[];
}

/** Languages franc scores at least this share of the likeliest one's are plausible for the grammars. */
const PLAUSIBLE = 0.7;
/** A group and what is said of it are at most this many characters apart (about a dozen words). */
const REACH = 80;
/** A report, a quotation or counter-speech leaves a pair under the level where hits add up (detector.ts). */
const MENTIONED = 0.3;
const NEGATED = 0.2;
/**
 * Swearing or an insult from the lexicons in a group's sentence is aimed at the group ("fuck all X",
 * "X are shit", "typical of X, such a bastard"): the words vary by template, their class does not.
 */
const PROFANE = 0.75;
/** A threat of violence in a group's sentence weighs as the grammars' own calls for violence. */
const THREATENED = 0.8;
/** A good thing denied a group ("X will never be as smart as...") is derogation. */
const DENIED = 0.75;
/**
 * The languages whose grammars were checked against three readings (session 5, docs/history/quality-log.md): a
 * negative yes/no question and "no one is as ... as X" do not negate (asksAgreementPlainly, NO_ONE); "als",
 * "como", "come" name the speaker's group only where they open a clause (comparing); and a pronoun or a
 * plural verb may open what is said in the sentence after a group ("X? Die gehören...").
 */
const CLOSE_READING: ReadonlySet<string> = new Set(['de', 'es', 'it', 'nl']);
/** How far before a good word its negation may stand: "no debemos dejar a ningún X vivir". */
const DENIAL_REACH = 45;
/**
 * German and Dutch put the negation after the verb and its object: "ich respektiere X nicht", "ik
 * vertrouw X niet". The group stands between the good word and its negation, in one clause.
 */
const VERB_SECOND: ReadonlySet<string> = new Set(['de', 'nl']);
const NEGATED_AFTER_OBJECT = 30;
const negatedAfterObject = (text: string, w: Span, g: Span, n: Span, lang: string) =>
  VERB_SECOND.has(lang) && w.to <= g.from && g.to <= n.from && n.from - w.to <= NEGATED_AFTER_OBJECT && !/[,:;]/.test(text.slice(w.to, n.from));
/**
 * Spoken French drops "ne" and keeps the word after the verb: "je respecte pas les X", "je les respecterai jamais". The
 * good word is then a verb with the writer as its subject ("tu respectes pas les X" tells another's contempt, "on" is
 * often people at large), its "pas", "jamais" or "plus" right after ("les X sont humains pas des bêtes" denies the
 * beasts, not the humans: no pronoun).
 */
const VERB_BEFORE_DROPPED_NE: Readonly<Record<string, RegExp>> = { fr: /(?<!\p{L})(?:je|j|nous)[^\p{L}]+(?:(?:les|leur|y)[^\p{L}]+)?$/u };
const DROPPED_NE_NOT = /^[^\p{L},;:.!?]*$/u;
const negatedWithoutNe = (text: string, w: Span, n: Span, lang: string) =>
  VERB_BEFORE_DROPPED_NE[lang] !== undefined && n.from >= w.to && DROPPED_NE_NOT.test(text.slice(w.to, n.from)) && n.from - w.to <= 2
  && /^(?:pas|jamais|plus)$/.test(text.slice(n.from, n.to)) && VERB_BEFORE_DROPPED_NE[lang]!.test(text.slice(Math.max(0, w.from - 12), w.from));
/**
 * French elided "n'" denies the good word after it ("je n'aimerai jamais les X"); it frames no hate, as the "pas" or
 * "jamais" after it already does, and read as framing it took back hate said beside another clause's "n'".
 */
const deniesOnlyGoodWords = (text: string, n: Span, lang: string) => lang === 'fr' && text.slice(n.from, n.to) === 'n';
/**
 * "Not without value" ("ne sont pas sans valeur", "non sono senza valore", "não são sem valor"; the verb may stand
 * between): the two negations cancel, and the good word stands.
 */
const NOT_WITHOUT = /(?<!\p{L})(?:pas|jamais|point|non|no|nao|nicht|nie|niet)(?:[^\p{L},.;:!?]+\p{L}+){0,2}[^\p{L},.;:!?]+(?:sans|senza|sin|sem|ohne|zonder|bez)[^\p{L}]+$/u;
/** Hindi and Turkish put the negation after the verb: "samajhdar nahi ho sakte", "zeki değil". */
const DENIAL_AFTER = 12;
const DENIED_AFTER: ReadonlySet<string> = new Set(['hi', 'tr']);
/**
 * "Until" clauses take a negation that negates nothing ("finché non se ne vanno", "dopóki nie
 * odejdziecie", "jab tak ... nahi jate", "jusqu'à ce qu'ils ne...", "bis keiner mehr übrig ist", "tot er
 * geen meer over is"): the threat before them stands. German "bis" and Dutch "tot" only before a subject:
 * "bis jetzt", "tot nu toe" (so far) leave the negation after them standing.
 */
const UNTIL = /(?<!\p{L})(?:finche|fin quando|fino a quando|dopoki|poki|jab tak|jusqu a ce qu?|hasta que|ate que|bis dass|totdat|bis(?=[^\p{L}]+(?:sie|alle|ihr|wir|keiner|kein|keine|niemand)(?!\p{L})|[^\p{L}]*$)|tot(?=[^\p{L}]+(?:ze|zij|er|jullie|we|wij|alle|niemand)(?!\p{L})|[^\p{L}]*$))(?:[^\p{L}]+\p{L}+){0,4}[^\p{L}]+$/u;
/**
 * "If they were not..." says they are: "je serais d'accord avec X s'ils n'étaient pas des ordures", "eu
 * suportaria X se não fossem tão...", "wenn sie nicht so ... wären". French "s'" only before "il(s)": a bare "s" is
 * also the Dutch plural's ("homo's zijn niet...").
 */
const COUNTERFACTUAL = /(?<!\p{L})(?:si|s(?=[^\p{L}]+ils?(?!\p{L}))|se|wenn|falls|jesli|gdyby|agar)(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]+$/u;
/**
 * Negation words that affirm: "sin duda", "sans aucun doute", "ohne Zweifel", "senza dubbio", "zonder
 * twijfel" (without a doubt), "sans exception", "not only" ("no solo", "nicht nur", "non solo", "pas seulement"), and
 * "nothing but" ("no son más que", "ne sont que", "não passam de", "non sono altro che", "nichts als",
 * "niets dan", "nada além de", "nic poza"), which says what follows of its subject.
 */
const AFFIRMING_WORDS = [
  'duda', 'duvida', 'doute', 'zweifel', 'dubbio', 'twijfel', 'watpliwosci', 'watpienia',
  // "sans exception", "sem exceção", "bez wyjątku": without exception
  'exception', 'excecao', 'wyjatku', 'solo', 'solamente', 'so', 'somente',
  'apenas', 'seulement', 'uniquement', 'nur', 'soltanto', 'alleen', 'tylko', 'sino',
  // "can't wait to": "non vedo l'ora di", "no veo la hora de", "não vejo a hora de", "nie mogę się doczekać", "ik kan niet wachten om"
  'vedo l[^\\p{L}]*ora', 'vediamo l[^\\p{L}]*ora', 'veo la hora', 'vemos la hora', 'vejo a hora', 'vemos a hora', 'wachten om', 'wachten tot',
  'moge sie doczekac', 'mozemy sie doczekac',
  'passam de', 'rien que', 'poza', 'oprocz', 'procz', 'ilava', 'siva',
  // Session 8, French, Portuguese, Polish: "I won't lie", "I'm not ashamed to say", "I won't hide it": a disclaimer
  // before what is said ("Je ne vais pas mentir, les X sont...", "Não vou mentir", "Nie będę kłamać").
  'mentir', 'se mentir', 'honte', 'cacher', 'vergonha', 'esconder', 'klamac', 'sciemniac', 'wstydze', 'ukrywac', 'ukrywam',
  // "ne vous en déplaise", "je ne suis pas le seul à penser", "não consigo deixar de pensar": no denial either.
  'deplaise', 'le seul', 'la seule', 'les seuls', 'o unico', 'a unica', 'os unicos', 'deixar de pensar', 'deixar de achar',
  // Session 24: "knows no limits" ("o egoísmo dos X não tem limites", "kennt keine Grenzen") says how much, and denies nothing.
  'limite', 'limites', 'limiti', 'grenzen', 'granic', 'bornes',
];
/**
 * Nothing other than, nothing more than: "nicht mehr als Tiere", "niet meer dan dieren", "rien d'autre que", "nada além de",
 * "nient'altro che", "niczym więcej niż". A future or a modal puts a third word between them and the negation ("nunca vão
 * ser nada além de", "werden nie etwas anderes als ... sein", "nigdy nie będą niczym innym niż": session 35).
 */
const EXCEPTIVE_WORDS = ['mas que', 'mais que', 'mais do que', 'alem de', 'mehr als', 'anderes als', 'meer dan', 'anders dan', 'meer zijn dan',
  'anders zijn dan', 'altro che', 'd autre que', 'autre chose que', 'wiecej niz', 'innym niz', 'innego niz'].map((words) => words.replaceAll(' ', '[^\\p{L}]+'));
// Not past a comma: "nie są przestępcami, tylko ludźmi w potrzebie", "no son criminales, sino personas" (not X, but Y)
// deny X (session 30).
const affirming = (words: readonly string[]) =>
  new RegExp(
    '^[^\\p{L}]*(?:(?:\\p{L}+[^\\p{L},]+){0,3}(?:' + EXCEPTIVE_WORDS.join('|') + ')|(?:\\p{L}+[^\\p{L},]+){0,2}(?:' +
      words.join('|') +
      // "nichts als", "niets dan": right after the negation ("nicht dümmer als" is a comparison).
      ')|(?:als|dan)|(?:sont|est|sommes|seront|sono|siamo|saranno)[^\\p{L}]+(?:que|qu|che))(?!\\p{L})',
    'u',
  );
const AFFIRMING = affirming(AFFIRMING_WORDS);
/** German "so" is "as" ("nie so klug wie"), not Portuguese "só" (only). */
const AFFIRMING_DE = affirming(AFFIRMING_WORDS.filter((word) => word !== 'so'));
/**
 * French "ne ... que" is "only": "ils ne seront toujours que des X", "ne sont vraiment que", "n'ont pu voter en France
 * qu'en 1944", with up to five words between and no second negation before the "que" ("je ne pense pas que..." negates).
 * Not the "que" of a conjunction ("personne ne mérite de mourir parce qu'il est X" negates: session 38).
 */
const NE_QUE = /^(?:[^\p{L}]+(?!(?:pas|point|jamais|plus|rien|personne|aucun|aucune|nul|nulle|guere|nullement)(?!\p{L}))\p{L}+){1,5}[^\p{L}]+(?<!(?:parce|alors|tandis|pendant|avant|afin|pour|sans|bien|depuis|des|vu|sorte|moins)[^\p{L}]+)qu(?:e|(?!\p{L}))/u;
/** French "ne ... pas rien", "pas à rien": two negations that cancel ("ils ne servent pas à rien", they are of some use). */
const NOT_NOTHING_FR = /^(?:(?:ne|n)(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+)?pas(?:[^\p{L}]+(?:a|pour|de|d))?[^\p{L}]+rien(?!\p{L})/u;
/**
 * A negation next to a verb that itself negates what follows negates that verb, and what follows stands:
 * "never stop respecting X" ("je ne cesserai jamais de", "nunca deixarei de", "nigdy nie przestanę"),
 * "no one can deny / I don't doubt that X deserve respect", "there is nothing wrong with loving X".
 */
const REVERSING = new RegExp(
  '(?<!\\p{L})(?:' +
    ['(?:cess|arret|empech)\\p{L}*(?:[^\\p{L}]+(?:jamais|pas|plus))?[^\\p{L}]+de?', '(?:deix|dej)\\p{L}*[^\\p{L}]+de', '(?:parar|paro|parei|pararei|pare|paramos)[^\\p{L}]+de', 'przesta\\p{L}*',
      'smett\\p{L}*', 'nier', 'negar', 'negare', 'zaprzecz\\p{L}*', 'dout\\p{L}*', 'duvid\\p{L}*', 'dud[ao]\\p{L}*', 'watpi\\p{L}*',
      'dubit\\p{L}*', 'zweifel\\p{L}*', 'bezweifel\\p{L}*', 'gezweifelt', 'twijfel\\p{L}*', 'betwijfel\\p{L}*', 'getwijfeld',
      'rien de mal', 'nada de errado', 'nada de mal', 'nada malo', 'nic zlego', 'niente di male'].join('|') +
    ')(?!\\p{L})',
  'u',
);
/**
 * A question whose own verb is negated asks for agreement; it does not deny: "les X ne sont-ils pas tous
 * des voleurs ?", "os X não são todos uns ladrões?", "czy X nie są złodziejami?", "wouldn't it be better
 * if all X were gone?". Such a negation does not take back what the question says of a group (a good word
 * it denies stays denied: "X não são tão capazes?"). Only the question's own negated verb: after the group
 * it asks about, "wouldn't it be", "isn't it typical" or "don't you think that"; not "don't you see how
 * vile your hatred of X is?", which asks the one addressed, nor a clause a complementizer opens ("...ne
 * voient pas que les X ne sont pas des voleurs ?"), nor a statement a tag makes a question ("X ne sont pas des voleurs, n'est-ce pas ?",
 * "..., não é?", "..., prawda?"). Per language, for the grammars checked against it, and its own negation
 * only (another language's "non" is read by its grammar).
 */
const RHETORICAL_QUESTIONS: Readonly<Record<string, RegExp>> = { pl: /^nie$/, fr: /^(?:ne|n|pas)$/, pt: /^nao$/ };
const TAG_QUESTION = new RegExp(
  `,[^\\p{L}]*(?:${['n est ce pas', 'non', 'hein', 'nao e', 'nao eh', 'ne', 'nao', 'pois nao', 'nao sao', 'certo', 'verdade', 'nao e verdade', 'prawda', 'nie', 'nieprawdaz', 'czyz nie', 'czy tak', 'tak']
    .map((tag) => tag.replace(/ /g, '[^\\p{L}]+')).join('|')})[^\\p{L}]*$`,
  'u',
);
/** "Don't you think that...", "n'est-il pas vrai que...": a verb of thinking or truth, then its clause. */
function thinksThat(after: string): boolean {
  const clause = /^(.*?)(?<!\p{L})(?:que|qu|ze)(?!\p{L})/u.exec(after);
  return clause !== null && NEG_RAISING.test(clause[1]!);
}
/** The sentence's text before a span, and after it up to and with its end mark: where a question is read. */
const sentenceBefore = (text: string, n: Span) => /[^.!?;\n]*$/.exec(text.slice(0, n.from))![0];
const sentenceAfter = (text: string, n: Span) => /^[^.!?;\n]*[.!?;\n]?/.exec(text.slice(n.to))![0];
/** "Wouldn't it be (better)", "isn't it typical/obvious": the conditional of "to be" (in Brazilian speech also the imperfect, "não era melhor", "não dava pra": session 38) or a word of evidence next to the negation. */
/** How far after the negation WOULD_BE's word may end: past the inverted "n'est-ce pas" to "typique". */
/** How far before a "pas" its verb of thinking may start: "tu ne penses pas que", "ne trouvez-vous pas que". */
const VERB_BEFORE_NOT = 16;
const WOULD_BE_AFTER = 24;
const WOULD_BE = /(?<!\p{L})(?:byloby|bylby|bylaby|byliby|bylyby|seria|seriam|era|dava|daria|serait|seraient|vaudrait|typowe|typowy|typowa|oczywiste|jasne|typique|evident|clair|tipico|tipica|obvio|obvia|claro|evidente)(?!\p{L})/u;
function asksAgreement(text: string, n: Span, group: Span, own: RegExp): boolean {
  if (!own.test(text.slice(n.from, n.to))) return false;
  if (group.to > n.from && !WOULD_BE.test(text.slice(Math.max(0, n.from - 12), n.to + WOULD_BE_AFTER)) && !thinksThat(text.slice(n.to, n.to + 40))
    && !thinksThat(text.slice(Math.max(0, n.from - VERB_BEFORE_NOT), n.to + 40))) return false;
  const rest = sentenceAfter(text, n);
  if (!rest.endsWith('?') || TAG_QUESTION.test(rest)) return false;
  return !COMPLEMENTIZER.test(sentenceBefore(text, n).replace(ASKING_THAT, ''));
}
/**
 * "Est-ce que", "será que" open a question; their "que" opens no clause of another's ("Est-ce que les X ne sont pas
 * tout simplement des...?", "Será que os X não são simplesmente...?" ask agreement as the inverted question does).
 */
const ASKING_THAT = /(?<!\p{L})(?:est[^\p{L}]+ce|sera)[^\p{L}]+que?(?!\p{L})/u;
/**
 * "Not worth less", "not less clever": a negated lack denies no worth. It still negates a lack said of a
 * group ("X non valgono meno di noi"), so it is read only where a negation would deny a good word. Not the
 * "menos" of "tudo menos", "todo menos" (anything but), which is the denial itself.
 */
const LESS = /(?<!\p{L})(?<!(?:tudo|todo|coisa|cosa)[^\p{L}]+)(?:moins|menos|mniej|meno|weniger|minder)(?!\p{L})/u;
/** Two words before a negation and five after it: where REVERSING and LESS are read. */
const AROUND_BEFORE = /(?:\p{L}+[^\p{L}]+){0,2}$/u;
const AROUND_AFTER = /^(?:[^\p{L}]+\p{L}+){0,5}/u;
/** A negation with the words around it, where REVERSING and LESS are read. */
function around(text: string, n: Span): string {
  return `${AROUND_BEFORE.exec(text.slice(Math.max(0, n.from - 50), n.from))?.[0] ?? ''}${text.slice(n.from, n.to)}${AROUND_AFTER.exec(text.slice(n.to, n.to + 40))?.[0] ?? ''}`;
}
/**
 * "Nobody is as filthy as these X" ("ninguém é tão imundo quanto", "personne n'est aussi crasseux que",
 * "nikt nie jest tak brudny jak"): a negated equality names the group the most of it, and denies nothing. So
 * do "nothing is more ... than" and "no people is as..." ("não existe nada mais patético que", "aucun peuple n'est
 * aussi hypocrite que"; session 21); not "ninguém mais" (nobody any more), and "aucun X n'est aussi sale qu'on le dit"
 * names no people noun.
 */
const NOBODY_AS = /(?<!\p{L})(?:ninguem|nikt|personne|rien|nada|nic|(?:aucun|aucune|nenhum|nenhuma)[^\p{L}]+(?:peuple|groupe|race|communaute|religion|ethnie|nation|povo|grupo|raca|comunidade|religiao|etnia|nacao))(?:[^\p{L}]+\p{L}+){0,4}?[^\p{L}]+(?:(?:tao|aussi|si|tak|rownie)|(?:plus|mais|pire|pior|bardziej|gorszy|gorsi)(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+(?:que|qu|quanto|niz))(?!\p{L})/u;
/** "Qu'on le veuille ou non", "gostem ou não", "czy się to komuś podoba, czy nie": "whether or not" denies nothing. */
const WHETHER_OR_NOT = /(?:(?<!\p{L})ou|,[^\p{L}]*czy)[^\p{L}]+$/u;
const WHETHER_OR_NOT_READ: ReadonlySet<string> = new Set(['fr', 'pt', 'pl']);
/**
 * "Never have I seen people so dirty" ("nunca vi gente mais suja", "j'ai jamais vu des gens aussi sales", "nunca he
 * visto gente tan sucia", "non ho mai visto gente così sporca", "nie widziałem ludzi tak brudnych"): a negated
 * seeing or meeting of people so... ranks them first, as NOBODY_AS does; it denies nothing (session 19).
 */
/** German and Dutch put the participle last: "nie habe ich so dreckige Menschen gesehen", "nooit zulke vieze mensen gezien". */
const NEVER_SEEN_LAST = /^(?:[^\p{L}]+\p{L}+){0,3}?[^\p{L}]+(?:so|solche|solch|zo|zulke)(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+(?:menschen|leute|mensen|niemanden)(?:[^\p{L}]+\p{L}+)?[^\p{L}]+(?:gesehen|getroffen|erlebt|kennengelernt|gezien|ontmoet|meegemaakt)(?!\p{L})/u;
/** Polish puts "so" before its adjective and the people last: "nigdy nie widziałem tak brudnych ludzi". */
const NEVER_SEEN_SO = /^(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+(?:widzialem|widzialam|widzial|widziala|spotkalem|spotkalam|poznalem|poznalam)[^\p{L}]+(?:tak|rownie|bardziej)(?:[^\p{L}]+\p{L}+){1,2}?[^\p{L}]+(?:ludzi|osob|ludzmi)(?!\p{L})/u;
const NEVER_SEEN = new RegExp(
  String.raw`^(?:[^\p{L}]+\p{L}+){0,3}?[^\p{L}]+(?:vi|visto|vimos|conheci|encontrei|vu|vus|connu|rencontre|croise|conoci|conocido|encontrado|gesehen|getroffen|erlebt|kennengelernt|gezien|ontmoet|meegemaakt|widzialem|widzialam|spotkalem|spotkalam|poznalem|poznalam|incontrato|conosciuto)` +
    String.raw`(?:[^\p{L}]+(?:des|de|d|uns|umas|unos|unas|so|solche|zulke))?[^\p{L}]+(?:gente|pessoas|gens|personnes|personas|persone|menschen|leute|mensen|ludzi|ninguem|personne|nadie|nessuno|niemanden|niemand|nikogo)` +
    String.raw`(?:[^\p{L}]+\p{L}+)?[^\p{L}]+(?:mais|tao|aussi|plus|si|mas|tan|piu|cosi|so|zo|bardziej|tak)(?!\p{L})`,
  'u',
);
/**
 * "Never have I met one who was not stupid" ("je n'ai jamais rencontré une X qui ne soit pas idiote", "nunca conheci uma X
 * que não fosse burra"): the two negations cancel, and the relative says it of every one of them (session 21). Read on
 * the words after the outer negation and before the inner one.
 */
const MET = '(?:rencontre|rencontree|rencontres|connu|connue|vu|vue|croise|croisee|conheci|conhecemos|vi|vimos|encontrei|encontramos|conhecido|visto)';
const NEVER_MET_ONE_NOT = new RegExp(String.raw`^(?:[^\p{L}]+\p{L}+){0,3}?[^\p{L}]+${MET}(?:[^\p{L}]+\p{L}+){1,4}?[^\p{L}]+(?:qui|que)[^\p{L}]+(?:ne|n|nao)(?!\p{L})`, 'u');
const ONE_NOT_AFTER_NEVER_MET = new RegExp(String.raw`(?<!\p{L})${MET}(?:[^\p{L}]+\p{L}+){1,4}?[^\p{L}]+(?:qui|que)(?:[^\p{L}]+(?:ne|n|soit|soient|fut|etait|serait|fosse|seja|era|fossem|sejam|eram))*[^\p{L}]*$`, 'u');
/** French "pas mal de" (quite a few) counts; it negates nothing (Session 15). */
const QUITE_A_FEW = /^[^\p{L}]+mal[^\p{L}]+d(?:e|es|(?!\p{L}))/u;
/**
 * After a comparison's "than", "ever" is written with a negation word: "plus intelligent que n'importe quel X ne le
 * sera jamais" (French's expletive "ne" and "jamais"), "mais esperto do que qualquer X jamais poderia ser", "más listo
 * que cualquier X lo será jamás", "più furbo di quanto un X sarà mai", "plus nombreux que jamais". It denies nothing:
 * the comparison (its adjective one to three words after "more" or "less", none needed after "better" or "worse") and
 * its "than" stand before it in the same clause (Session 19).
 * French "ne" only without "pas", "point" or "plus" after it ("plus grand que moi ne le pense pas" is no French).
 */
const THAN_EVER = /(?<!\p{L})(?:(?:plus|moins|mais|menos|mas|piu|meno)[^\p{L}.!?;:,]+(?:\p{L}+[^\p{L}.!?;:,]+){1,3}?|(?:mieux|pire|melhor|pior|mejor|peor|meglio|peggio)[^\p{L}.!?;:,]+(?:\p{L}+[^\p{L}.!?;:,]+){0,2}?)(?:que|qu|do que|di quanto|di|che)(?:[^\p{L}.!?;:,]+\p{L}+){0,8}[^\p{L}.!?;:,]+$/u;
const EVER = /^(?:ne|n|jamais|nunca|jamas|mai)$/u;
const NE_NOT = /^(?:[^\p{L}]+\p{L}+){0,3}?[^\p{L}]+(?:pas|point|plus)(?!\p{L})/u;
const thanEver = (before: string, word: string, after: string) => EVER.test(word) && THAN_EVER.test(before) && !((word === 'ne' || word === 'n') && NE_NOT.test(after));
/** Does the negation at n negate (not an affirming "sin duda" or "nothing but", an "until", an "if ... not" or a reversing "never stop")? */
function negates(text: string, n: Span, lang: string): boolean {
  const before = text.slice(Math.max(0, n.from - 50), n.from);
  const after = text.slice(n.to, n.to + 40);
  const word = text.slice(n.from, n.to);
  if (lang === 'pt' && word === 'no' && !SPANISH_NO.test(after)) return false;
  const restrictive = (word === 'ne' || word === 'n') && NE_QUE.test(after);
  // Romanised Hindi is left out: its words ("de", "pare") are not these verbs, and its negation follows the verb.
  const reversed = !UNNAMED.includes(lang) && REVERSING.test(around(text, n));
  const superlative = NOBODY_AS.test(text.slice(Math.max(0, n.from - 24), n.to + 30));
  const unrivalled = CLOSE_READING.has(lang) && NO_ONE.test(word) && AS_MUCH_AS.test(after);
  if (WHETHER_OR_NOT_READ.has(lang) && WHETHER_OR_NOT.test(before)) return false;
  if (lang === 'fr' && word === 'pas' && QUITE_A_FEW.test(after)) return false;
  if (lang === 'fr' && NOT_NOTHING_FR.test(text.slice(n.from, n.to + 40))) return false;
  if (NEVER_SEEN.test(after) || NEVER_SEEN_LAST.test(after) || NEVER_SEEN_SO.test(after)) return false;
  if ((lang === 'fr' || lang === 'pt') && (NEVER_MET_ONE_NOT.test(after) || ONE_NOT_AFTER_NEVER_MET.test(before))) return false;
  if (thanEver(text.slice(Math.max(0, n.from - 90), n.from), word, after)) return false;
  if (lang === 'tr' && (TURKISH_NOT_DENYING.test(after) || TURKISH_NOTHING_BUT.test(before))) return false;
  return !restrictive && !superlative && !unrivalled && !(lang === 'de' ? AFFIRMING_DE : AFFIRMING).test(after) && !UNTIL.test(before)
    && !(OWN_IF[lang] ?? COUNTERFACTUAL).test(before) && !reversed && !(CLOSE_READING.has(lang) && !OPENS_CLAUSE.test(word) && asksAgreementPlainly(text, n));
}
/**
 * A negation that ends on its clause's "that" ("es falso que", "credi davvero che", "glaubst du wirklich, dass") denies the
 * clause; asked, it asks nothing to be agreed with, as a negated verb does ("¿no son todos los X...?").
 */
const OPENS_CLAUSE = /(?<!\p{L})(?:que|qu|che|dass|dat|ze)$/u;
/**
 * Such a negation over a clause that holds another takes that one back: "tu crois vraiment que les X ne sont pas intelligents ?",
 * "glaubst du wirklich, dass X nicht intelligent sind?" (whether or not the question leaves the inner one negating).
 */
const opensClause = (text: string, n: Span) => OPENS_CLAUSE.test(text.slice(n.from, n.to));
const deniedTwice = (text: string, by: readonly Span[], inSentence: readonly Span[]) =>
  by.some((d) => opensClause(text, d) && inSentence.some((n) => n.from >= d.to));

/**
 * Turkish "değil mi?" asks for agreement ("X asalak değil mi?"), and "yok" makes verbs: "yok say-" (ignore),
 * "yok et-" (destroy), "yok ol-" (vanish); none denies what comes before it.
 */
const TURKISH_NOT_DENYING = /^[^\p{L}]*(?:mi|mu|midir|mudur|say\p{L}*|et\p{L}*|ed\p{L}*|ol\p{L}*)(?!\p{L})/u;
/** "Asalaktan başka bir şey değil": nothing but, which says it. */
const TURKISH_NOTHING_BUT = /(?<!\p{L})(?:baska|farkli|fazla)[^\p{L}]+(?:bir[^\p{L}]*)?sey[^\p{L}]*$/u;

/**
 * "No one is as dirty as X", "nothing is worse than X" ("niemand ist so ... wie", "nadie es tan ...
 * como", "nessuno è così ... come", "niemand is zo ... als"): the negation ranks X first, it does not
 * deny what is said of X.
 */
const NO_ONE = /^(?:niemand|keiner|keine|nichts|nadie|nada|ninguno|ninguna|nessuno|nessuna|niente|nulla|niets)$/u;
const AS_MUCH_AS = /^[^.!?;,:]*?(?<!\p{L})(?:so|tan|tanto|cosi|zo|mehr|mas|piu|meer|schlimmer|peor|peggio|erger)(?!\p{L})[^.!?;,:]*?(?<!\p{L})(?:wie|als|como|que|come|di|dei|degli|delle|della|del|dan)(?!\p{L})/u;

/**
 * A yes/no question asked with a negation ("Sind X nicht einfach alle ...?", "¿No son todos los X
 * ...?", "Gli X non sono tutti dei ...?", "Zijn X niet gewoon ...?") asks the reader to agree: it
 * says what it asks, and its negation negates nothing. A "why" question keeps it ("Warum sind X nie
 * ehrlich?"), and so does one with a clause break after the negation ("Ist es nicht schlimm, wie X
 * behandelt werden?"), where what follows is another clause.
 */
const WHY = /(?<!\p{L})(?:warum|wieso|weshalb|weswegen|por que|porque|perche|come mai|waarom|hoezo|hoe komt)(?!\p{L})/u;
function asksAgreementPlainly(text: string, n: Span): boolean {
  const rest = sentenceAfter(text, n);
  if (!rest.endsWith('?') || /[,:]/.test(rest)) return false;
  return !WHY.test(sentenceBefore(text, n));
}
/**
 * "I have nothing against X, but..." ("nada contra", "nada en contra de", "nichts gegen", "niente contro", "niks tegen")
 * opens hate rather than countering it: "against" after "nothing" is no counter-speech.
 */
const NOTHING_AGAINST = /(?<!\p{L})(?:nada|nichts|nix|niente|nulla|niets|niks|rien|nic)(?:[^\p{L}]+en)?[^\p{L}]+$/u;
/**
 * A verb of saying with the speaker as its subject asserts, it does not report: "je le dis haut et fort : les X
 * sont...", "je l'ai toujours dit", "il faut le dire", "vou dizer uma coisa", "trzeba to powiedzieć". Read on
 * the words before the verb; "tu dis que", "ils disent que", "on dit que" stay reports. Not ashamed or afraid to say it
 * asserts too ("je n'ai pas honte de le dire", "não tenho vergonha de dizer", "nie wstydzę się powiedzieć"), and so
 * does the speaker's own disclaimer before a "but" ("je ne suis pas raciste, mais...", "não sou racista, mas..."), and being
 * the only one who thinks it or asking who else does ("sou o único que acha que...", "quem mais acha que...": session 32),
 * as members type it ("chui pas raciste", "traitez-moi de raciste mais", "só tô dizendo", "não tô sendo racista"), and asking
 * the reader to agree ("vcs não acham que...", "alguém aí também acha que...", "qui d'autre pense que...": session 34).
 */
const OWN_SAYING: Readonly<Record<string, RegExp>> = {
  fr: /(?<!\p{L})(?:je|j|jsuis|chui|nous|il faut|faut|on peut|on doit|je ne suis pas|je suis pas|jsuis pas|chui pas|nous ne sommes pas|qui d autre|traite(?:z)?[^\p{L}]+moi[^\p{L}]+de)(?:[^\p{L}]+(?:le|l|vous|te|me|m|suis|ai|avons|toujours|ose|peux|dois|vais|veux|tiens a|redis|repete|n|ne|pas|honte|peur|de|d))*[^\p{L}]*$/u,
  pt: /(?<!\p{L})(?:eu|sou o unico que|sou a unica que|so eu que|quem mais|vou|vamos|tenho que|temos que|tenho de|temos de|preciso|e preciso|ha que|(?:nao tenho|nao temos|sem) (?:vergonha|medo) de|nao me envergonho de|nao sou|nao somos|(?:nao )?(?:to|tou|estou) sendo|so|to|tou|estou|(?:voces|vcs|vc|voce) nao|alguem(?: ai| aqui)?(?: mais| tambem)|alguem (?:ai|aqui))(?:[^\p{L}]+(?:vos|te|lhe|lhes|sempre|ja|o|digo e|so|apenas))*[^\p{L}]*$/u,
  pl: /(?<!\p{L})(?:ja|trzeba|musze|moge|chce|zawsze|nie (?:wstydze|wstydzimy|boje|boimy) sie|nie jestem|nie jestesmy)(?:[^\p{L}]+(?:to|wam|ci|wprost|szczerze|zawsze|otwarcie|glosno))*[^\p{L}]*$/u,
  // Spanish, Italian, German and Dutch read only not being afraid or ashamed to say it (session 18).
  es: /(?<!\p{L})(?:(?:no tengo|no tenemos|sin) (?:miedo|verguenza) (?:de|a)|no me (?:da|dan) (?:miedo|verguenza)|no me averguenza|no temo|no tememos)[^\p{L}]*$/u,
  it: /(?<!\p{L})(?:(?:non ho|non abbiamo|senza) (?:paura|vergogna) (?:di|a)|non mi vergogno (?:di|a)|non temo(?: di)?)[^\p{L}]*$/u,
  de: /(?<!\p{L})(?:keine|ohne) (?:angst|scheu|scham)(?: davor)?(?: es)? zu[^\p{L}]*$/u,
  nl: /(?<!\p{L})(?:niet bang|geen schrik|niet beschaamd|schaam me niet)(?: om)? te[^\p{L}]*$/u,
};
/**
 * Approval or agreement just before a report, a judged treatment or a call makes it the writer's own (session 20):
 * "fazem bem quando tratam os X como lixo", "tiene razón quien dice que los X son...", "il a raison quand il dit
 * que...", "er hat recht, wenn er sagt...", "mi piace come li trattano", and a duty ("deberían tratar a los X
 * como...", "on devrait traiter les X comme..."). Read on the words before the mention: the approval, then only
 * the small words that join it to the report ("quando", "quien", "avec ceux qui", "wenn er"). A negation right
 * before keeps the report ("não tem razão", "hat nicht recht", "ne suis pas d'accord", "nie ma racji"). Relief
 * ("ainda bem", "heureusement", "gut so", "dobrze"; session 22: "está bien", "c'est bien", "gut", "goed") approves only what its "that" brings ("ainda bem que tratam
 * os X...", "dobrze, że traktują X..."), not the clause after it ("mais heureusement, votre opinion ne compte pas").
 */
interface Approving {
  approval: RegExp;
  relief: RegExp;
  that: RegExp;
}
const approving = (negations: string, approval: string, relief: string, that: string, joining: string): Approving => {
  const words = (source: string) => source.replace(/ /g, '[^\\p{L}]+');
  const head = `(?<!\\p{L})(?<!(?<!\\p{L})(?:${negations})[^\\p{L}]+)`;
  const tail = `(?:[^\\p{L}]+(?:${joining}))*[^\\p{L}]*$`;
  return {
    approval: new RegExp(`${head}(?:${words(approval)})${tail}`, 'u'),
    relief: new RegExp(`${head}(?:${words(relief)})[^\\p{L}]+(?:${that})${tail}`, 'u'),
    that: new RegExp(`^(?:${that})(?!\\p{L})`, 'u'),
  };
};
const APPROVING: Readonly<Record<string, Approving>> = {
  pt: approving(
    'nao|nunca|jamais|nem',
    '(?:fazem|faz|fazes|fez|fizeram|fazia|faziam) (?:muito |mesmo )?bem|(?:eu )?(?:gosto|adoro) de|(?:tem|tinha|teve|tens|tinham|tiveram) (?:toda a )?razao|com (?:toda a )?razao|concordo|concordamos|(?:estou|estamos) de acordo|como bem|(?:e|seria) (?:justo|certo)|(?:devem|deviam|deveriam|devemos|deveriamos|precisam|precisamos)',
    'ainda bem|bem feito|que bom|e bom|finalmente',
    'que',
    'que|quem|quando|como|em|com|ele|ela|eles|elas|se|os|as|o|a|todos|todas|aqueles|aquelas|lhes',
  ),
  es: approving(
    'no|nunca|jamas|ni',
    '(?:hacen|hace|haces|hizo|hicieron|hacia|hacian) (?:muy )?bien|me (?:gusta|encanta)|(?:tiene|tienen|tenia|tenian|tienes|tuvo) (?:toda la )?razon|con (?:toda la )?razon|(?:estoy|estamos) de acuerdo|coincido|como bien|(?:es|seria) (?:justo|lo correcto)|hay que|(?:deben|deberian|debemos|deberiamos|tenemos que|tienen que)',
    'menos mal|bien hecho|esta bien|es bueno|que bien|me alegra|me alegro de|por fin',
    'que',
    'que|quien|quienes|cuando|como|en|con|el|ella|ellos|ellas|se|les|los|las|a|todos|todas|aquellos|aquellas',
  ),
  fr: approving(
    'ne|n|pas|jamais',
    'j (?:aime|adore)|(?:ont|a|avez|as|avait|avaient|avais) (?:bien |tout a fait |entierement |mille fois )?raison|a juste titre|avec raison|(?:suis|sommes|etes) (?:bien |tout a fait |entierement )?d accord|comme (?:l a )?(?:bien|si bien|justement) dit|(?:devrait|devraient|devrions|doit|doivent|devons|faudrait)',
    'heureusement|tant mieux|bien fait|c est bien|c est une bonne chose|enfin',
    'que|qu',
    'de|d|quand|comment|qu|que|il|elle|ils|elles|on|ceux|celles|qui|avec|les|l|le|la|tous|toutes|leur|lui',
  ),
  de: approving(
    'nicht|nie|kein|keine',
    '(?:finde|finden) (?:es )?(?:gut|richtig)|(?:hat|haben|hast|hatte|hatten|habt) (?:vollig |ganz |absolut |vollkommen )?recht|zu recht|mit recht|(?:stimme|stimmen) (?:dem|der|denen|allen|jedem) zu|(?:sollte|sollten|muss|mussen|musste|mussten)',
    // "Gut, dass...", not "ich weiß gut, dass..." (well).
    'gut so|richtig so|zum gluck|(?<!\\p{L}\\s{1,3})gut|wie gut|endlich',
    'dass',
    'wenn|er|sie|dass|man|die|der|wer|es|alle|allen|denen|jedem|jene|ich|wir',
  ),
  it: approving(
    'non|mai',
    '(?:mi|ci) piace|(?:fanno|fa|fai|fate|faceva|facevano|ha fatto|hanno fatto) (?:molto |proprio )?(?:bene|benissimo)|(?:ha|hanno|hai|aveva|avevano|avete) (?:proprio |pienamente |perfettamente )?ragione|a ragione|(?:sono|siamo) (?:pienamente |perfettamente |del tutto )?d accordo|come (?:ha )?(?:giustamente|ben) detto|giustamente|e giusto|bisogna|(?:dobbiamo|dovremmo|devono|dovrebbero|si deve|si dovrebbe)',
    'per fortuna|meno male|e bene|e un bene|finalmente',
    'che',
    'a|chi|quando|lui|lei|loro|che|si|di|con|quelli|quelle|coloro|tutti|tutte|li|le',
  ),
  nl: approving(
    'niet|nooit|geen',
    '(?:vind|vinden) (?:het )?(?:goed|prima|terecht)|(?:heeft|hebben|had|hadden|hebt|heb) (?:helemaal |volkomen |gewoon )?gelijk|(?:ben|zijn) het (?:helemaal |volkomen )?eens met|(?:moeten|moet|zouden|zou|moesten)',
    'gelukkig|terecht|goed zo|(?<!\\p{L}\\s{1,3})goed|fijn|eindelijk',
    'dat',
    'als|hij|zij|ze|dat|men|die|wie|iedereen|het|er|we|wij|dan|hen',
  ),
  pl: approving(
    'nie|nigdy',
    'podoba mi sie|(?:ma|maja|mial|miala|mieli|masz) (?:calkowita |absolutna |zupelna )?racje|(?:zgadzam|zgadzamy) sie z|(?:nalezy|powinni|powinnismy|powinno sie|musimy)',
    'dobrze|bardzo dobrze|slusznie|na szczescie',
    'ze',
    'ten|ta|ci|te|kto|ktory|ktora|ktorzy|gdy|kiedy|jak|ze|on|ona|oni|one|wszyscy|tymi|tym',
  ),
};
/** The addressee's opinion or hatred ("tua opinião", "votre avis", "deine Meinung"), which no approval makes the writer's. */
const ADDRESSEE_FRAME = /^(?:teu|tua|teus|tuas|seu|sua|tu|tus|vuestr\p{L}*|ton|ta|tes|votre|vos|dein\p{L}*|eu(?:er|re)\p{L}*|tuo|tuoi|tue|vostr\p{L}*|jouw|jullie|uw|twoj\p{L}*|wasz\p{L}*|para (?:ti|voce)|pra voce|pour (?:toi|vous)|fur dich|per te|voor jou|dla ciebie)(?!\p{L})/u;
/** Whether approval before a mention makes it the writer's own (APPROVING). */
function approvedBefore(text: string, m: Span, approving: Approving): boolean {
  if (ADDRESSEE_FRAME.test(text.slice(m.from, m.to))) return false;
  const before = text.slice(Math.max(0, m.from - 48), m.from);
  if (approving.approval.test(before)) return true;
  const that = approving.that.exec(text.slice(m.from, m.to));
  return approving.relief.test(that ? `${before}${that[0]}` : before);
}
/** The languages read so: the close-reading ones, and French, Portuguese and Polish ("rien contre", "nada contra", "nic przeciwko"). */
const NOTHING_AGAINST_READ: ReadonlySet<string> = new Set([...CLOSE_READING, 'fr', 'pt', 'pl']);
/**
 * "I'd have no problem with X if they weren't such..." ("kein Problem mit X, wenn sie nicht...", "no
 * tendría problemas con X si no fueran...", "nessun problema con X se non fossero...", "geen problemen
 * met X als ze niet..."): a negation before an "if" clause does not reach what the clause says of X, nor
 * one before a "but" ("nichts gegen X, aber sie sind...").
 */
const IF_CLAUSE: Readonly<Record<string, RegExp>> = {
  de: /(?<!\p{L})(?:wenn|falls)(?!\p{L})/u,
  es: /(?<!\p{L})si(?=[^\p{L}]+(?:no|fueran|fuesen|solo|tan|dejaran|tuvieran)(?!\p{L}))/u,
  it: /(?<!\p{L})se(?=[^\p{L}]+(?:non|fossero|solo|almeno|smettessero)(?!\p{L}))/u,
  nl: /(?<!\p{L})(?:als|indien)(?=[^\p{L}]+(?:ze|zij|die|jullie)(?!\p{L}))/u,
  // "rien contre les X, mais ils sont...", "nada contra X, mas eles são...", "nic przeciwko X, ale są...".
  fr: /(?<!\p{L})(?:si(?=[^\p{L}]+(?:ils|elles|seulement)(?!\p{L}))|s(?=[^\p{L}]+ils?(?!\p{L})))/u,
  pt: /(?<!\p{L})se(?=[^\p{L}]+(?:nao|fossem|so|eles|elas|parassem)(?!\p{L}))/u,
  pl: /(?<!\p{L})(?:gdyby|jesli|jezeli)(?!\p{L})/u,
};
/**
 * "Why shouldn't we kill all X?" ("warum sollten wir X nicht...", "¿por qué no deberíamos...?", "perché non
 * dovremmo...?", "waarom zouden we niet...?") argues for the violence its negation seems to deny.
 */
function asksWhyNot(text: string, n: Span, lang: string): boolean {
  if (!CLOSE_READING.has(lang)) return false;
  return WHY.test(sentenceBefore(text, n)) && sentenceAfter(text, n).endsWith('?');
}
function conditionedAfter(text: string, n: Span, said: Span, lang: string): boolean {
  if (n.to > said.from) return false;
  const between = text.slice(n.to, said.from);
  const ifClause = IF_CLAUSE[lang];
  if (ifClause === undefined) return OWN_BUT[lang]?.test(between) ?? false;
  return ifClause.test(between) || CONTRAST.test(between);
}
/**
 * A "but" that needs no comma: Turkish "Irkçı değilim ama X asalak" (I'm not a racist, but...). Its own
 * language only: "ama" is "loves" in Spanish and Italian.
 */
const OWN_BUT: Readonly<Record<string, RegExp>> = { tr: /(?<!\p{L})(?:ama|fakat|ancak)(?!\p{L})/u };
/** Hindi's and Arabizi's "if": Hindi "se" is "from" ("X se nafrat nahi karta", I don't hate X), not Romance "if". */
const OWN_IF: Readonly<Record<string, RegExp>> = {
  hi: /(?<!\p{L})(?:agar|yadi)(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]+$/u,
  ar: /(?<!\p{L})(?:law|lw|lau|eza|iza)(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]+$/u,
  // Dutch "als" is also "as" and "when": "if" only before a subject pronoun ("als ze niet zulke...").
  nl: /(?<!\p{L})(?:als|indien)[^\p{L}]+(?:ze|zij|die|jullie)(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]+$/u,
};

/**
 * A disease named as what people have ("Frauen mit Krebs", "mujeres con cáncer", "chore na raka",
 * "atteintes d'un cancer", "mijn oom heeft kanker") is an illness, not the dehumanising metaphor ("X sind
 * ein Krebs") or the Dutch curse ("kankerjoden"). French "a" (has) is left out: it is also "a cancer".
 */
function illnessHad(text: string, said: Span): boolean {
  const word = text.slice(said.from, said.to);
  if (DISEASE.test(word)) return HAVING.test(text.slice(Math.max(0, said.from - 24), said.from));
  // "sick" with its disease after it ("chore na raka", "krank an Krebs") is a diagnosis too.
  return SICK.test(word) && SICK_WITH.test(text.slice(said.to, said.to + 30));
}
/**
 * "Die" told with a feeling as its cause ("moríos de envidia", "morram de inveja", "mourez de rire", "sterbt vor
 * Neid", "morite dal ridere") is the idiom of envy, laughter or shame, not death wished.
 */
const diesOfAFeeling = (text: string, said: Span) => DYING.test(text.slice(said.from, said.to)) && OF_A_FEELING.test(text.slice(said.to, said.to + 30));
const DYING = /(?:^|[^\p{L}])(?:morios|muranse|moriros|morid|muerete|morram|morra|crevez|creve|mourez|meurs|crepate|crepa|morite|muori|sterbt|stirb|sterf|krepeer|zdychajcie|gincie)$/u;
const OF_A_FEELING = /^[^\p{L}]+(?:de|d|di|dal|dalla|dalle|dai|da|vor|van|z|ze|of)[^\p{L}]+(?:(?:la|el|le|il|o|a|the|de|het|der)[^\p{L}]+)?(?:envidia|inveja|jalousie|envie|invidia|neid|jaloezie|nijd|zazdrosci|envy|risa|rir|rire|ridere|lachen|smiechu|laughter|verguenza|vergonha|honte|vergogna|scham|schaamte|wstydu|shame|amor|amour|amore|liebe|liefde|milosci|love|aburrimiento|tedio|ennui|noia|langeweile|verveling|nudow|boredom|calor|chaud|caldo|hitze|hitte|goraca|heat)(?!\p{L})/u;
const SICK = /^(?:chore|chorzy|chora|chory|enfermos|enfermas|enfermo|enferma|doentes|doente|malades|malade|malati|malate|malato|malata|krank|kranke|kranken|ziek|zieke|zieken|bimar|beemar)$/u;
const DISEASE = /^(?:cancer|cancro|krebs|kanker|rak|raka|rakiem|virus|wirus|tumor|tumore|tumeur|aids|sida|hiv|lepra|lebbra|peste|pest|plaga|enfermedad|doenca|maladie|malattia|krankheit|ziekte|choroba|bimari|beemari)(?!\p{L})/u;
const SICK_WITH = /^[^\p{L}]+(?:na|con|com|de|di|du|mit|an|aan|met|van|with|of|d)[^\p{L}]+(?:(?:un|une|una|um|uma|een|einem|einer|a|an|el|la|le|il|lo)[^\p{L}]+)?(?:cancer|cancro|krebs|kanker|rak|raka|rakiem|aids|sida|hiv|covid|grype|gripe|grippe|influenza|cukrzyce|diabetes|diabete|depresj|depresion|depressao|depression|depressione)/u;
const HAVING = /(?<!\p{L})(?:con|com|mit|met|with|d|di|du|del|da|na|z|ze|von|van|of|an|aan|avec|chore|chori|malati|malate|enfermos|enfermas|doentes|malades|atteints|atteintes|krank|ziek|ziekte|se|ko|has|have|had|got|heeft|hebben|kreeg|kregen|hat|haben|hatte|hatten|bekam|bekamen|tiene|tienen|tenia|tuvo|tem|tinha|teve|tenho|ont|avait|avaient|ha|hanno|aveva|ho|ma|maja|mial|miala)(?:[^\p{L}]+(?:un|une|una|um|uma|een|einem|einer|a|an|el|la|le|il|lo|der|die|das|het))?[^\p{L}]+$/u;

/**
 * "As" and "than" are one word in German and Dutch ("als"), and "as" and "like" in Spanish and Italian
 * ("como", "come"): one that names the speaker's own group opens its clause ("Als Frau finde ich...",
 * "Como mujer, ..."); inside one it compares ("nichts ist schlimmer als X", "gente como los X").
 */
const AS_WORD = /^(?:als|como|come)$/u;
const comparing = (text: string, self: Span, lang: string) =>
  CLOSE_READING.has(lang) && AS_WORD.test(text.slice(self.from, self.to)) && !/(?:^|[.!?;:,¿¡\n])[\s"'«“]*$/u.test(text.slice(0, self.from));
/** Waking up or being born as one ("gdybym obudził się jako X") supposes being one: no member speaks (session 28). */
const BECOMING_AS = /(?<!\p{L})(?:obudzil|obudzila|obudzilbym|obudzilabym|urodzil|urodzila|urodzilbym|urodzilabym)[^\p{L}]+sie[^\p{L}]+$/u;

/** Where a clause turns: a colon, or a comma and "but" in one of the languages. */
const CONTRAST = /:|,\s*(?:pero|mas|mais|aber|sondern|doch|ma|maar|ale|lekin|par|but)(?![a-z])|[,،]\s*(?:بس|لكن|ولكن)(?=\s)/;

const list = (words: readonly string[], index?: PhraseIndex) => compileLexicon({ phrases: { hate: words.map((w) => [1, w] as const) } }, index);
/**
 * The roles' phrase indexes: they are asked only of a segment naming a group, which most do not. Of those, most
 * pair nothing: whether a grammar pairs asks what is said, the good words and the negations (pairable), read in an
 * index of their own; the roles that frame a pair (reports, pronouns, the writer's own group), common words that
 * put many entries live, are read in another only once a grammar pairs (hateIn).
 */
const PAIRING_ROLES = phraseIndexApart();
const FRAMING_ROLES = phraseIndexApart();
/**
 * A grammar's roles, its words compiled into the roles' indexes when first asked. What a lexicon finds does not
 * depend on the other lexicons of its index, nor on their order, and an index reads a segment again once it holds
 * more entries than when it last read it (PhraseIndex.read), so a role compiled after others were read finds the same.
 */
const roles = (grammar: HateGrammar, group: Groups, negation: () => readonly string[], mention: () => readonly string[]): Role => {
  let pairing: PairingRoles | undefined;
  let framing: FramingRoles | undefined;
  return {
    group,
    pairing: () => (pairing ??= {
      said: compileLexicon({ phrases: { hate: grammar.derogation, 'hate/threatening': grammar.violence } }, PAIRING_ROLES),
      worth: list(grammar.worth, PAIRING_ROLES),
      negation: list(negation(), PAIRING_ROLES),
    }),
    framing: () => (framing ??= { mention: list(mention(), FRAMING_ROLES), they: list(grammar.they, FRAMING_ROLES), self: list(grammar.self, FRAMING_ROLES) }),
  };
};

/**
 * Every grammar's group words, in one lexicon (Groups), compiled on first use; a grammar's other roles
 * when a segment first names one of its groups (Role): most documents name none, and compiling those roles
 * for every language at the first that did cost each process and scoring thread about a tenth of what it
 * paid before its first verdict.
 */
let groupWords: Lexicon | undefined;
let compiled: [string, Role][] | undefined;

/**
 * The European languages' negations, for every one of them: franc takes a short Spanish sentence for
 * Portuguese one time in ten, and a Spanish "no" must still negate what the Portuguese words pair.
 * Romanised Hindi keeps its own ("na" and "mai" are other words in Polish and Italian), and so does a
 * language where another's negation is a common word of its own.
 */
function compile(all: Lexicon): [string, Role][] {
  const european = Object.entries(HATE_GRAMMARS).filter(([lang]) => !OWN_NEGATIONS.includes(lang)).flatMap(([, g]) => g.negation);
  const negations = (lang: string) => [...new Set(european)].filter((word) => !OWN_WORDS[lang]?.includes(word) && !keptByAnother(word, lang));
  const mentions = (lang: string, grammar: HateGrammar) => [...grammar.mention, ...(MENTIONS_FROM[lang] ?? []).flatMap((other) => HATE_GRAMMARS[other]?.mention ?? [])];
  let next = all.first;
  return Object.entries(HATE_GRAMMARS).map(([lang, grammar]) => {
    const group: Groups = { all, from: next, to: (next += grammar.group.length) };
    return [lang, roles(grammar, group, () => (OWN_NEGATIONS.includes(lang) ? grammar.negation : negations(lang)), () => mentions(lang, grammar))];
  });
}

/**
 * A grammar's group words: its run of entries (numbers from up to to) in one lexicon of every grammar's,
 * which a segment is read with once: asking each grammar's own lexicon walked the segment's live
 * entries once a grammar.
 */
interface Groups {
  all: Lexicon;
  from: number;
  to: number;
}
let groupsRead: { segment: PreparedSegment; found: ReturnType<typeof findPhrases> } | undefined;
/** The group words every grammar finds in a segment, read once. */
function allGroupsIn(segment: PreparedSegment, all: Lexicon): ReturnType<typeof findPhrases> {
  if (groupsRead?.segment !== segment) groupsRead = { segment, found: findPhrases(all, segment) };
  return groupsRead.found;
}
/** The group words a grammar finds in a segment: what its own lexicon would find, in the same order (entry by entry). */
function groupsIn(segment: PreparedSegment, { all, from, to }: Groups): ReturnType<typeof findPhrases> {
  return allGroupsIn(segment, all).filter(({ entry }) => entry.id >= from && entry.id < to);
}

/**
 * Languages franc cannot name in Latin letters (romanised Hindi, Arabizi): their grammars are read beside
 * the plausible ones, and keep their own negations ("na" and "mai" are other words in Polish and Italian).
 */
const UNNAMED: readonly string[] = ['hi', 'ar'];
/**
 * Grammars that keep their own negations and lend none: the unnamed ones, and Turkish, whose negation is
 * mostly a verb suffix, while "ne" (what) and "no" are common words of it or read as such.
 */
const OWN_NEGATIONS: readonly string[] = [...UNNAMED, 'tr'];
/** Grammars read only where franc finds their language plausible (HateGrammar.stemsTakeAnyEnding). */
const NAMED_ONLY: readonly string[] = Object.entries(HATE_GRAMMARS).filter(([, g]) => g.stemsTakeAnyEnding).map(([lang]) => lang);

/**
 * Spanish and Portuguese share most contempt words ("hipócritas", "fanáticos") and franc takes one for
 * the other: counter-speech in one ("dejar de decir que los X son...") is read by the other's grammar
 * too, which must know its reporting verbs.
 */
const MENTIONS_FROM: Readonly<Record<string, readonly string[]>> = { pt: ['es'], es: ['pt'] };

/** Other languages' negations that are words of these: Dutch "pas" (only just) and "nul" (zero). */
const OWN_WORDS: Readonly<Record<string, readonly string[]>> = { nl: ['pas', 'nul'] };
/** Negations only their own language reads: French elided "n'" is Dutch "'n" (a) and a letter anywhere else. */
const LENT_TO_NONE: Readonly<Record<string, readonly string[]>> = { fr: ['n'] };
const keptByAnother = (word: string, lang: string) => Object.entries(LENT_TO_NONE).some(([owner, words]) => owner !== lang && words.includes(word));

/**
 * Portuguese "no" is "in the" ("no Brasil"). The Spanish "no" its grammar must read as well (franc takes
 * short Spanish for Portuguese, and the contempt words are shared: "los gays no son asquerosos") stands
 * before a verb or an object pronoun, which "in the" never does.
 */
const SPANISH_NO = /^[^\p{L}]+(?:son|es|eres|somos|soy|sea|sean|era|eran|seran|sera|hay|merece|merecen|deberiamos|deberian|deberia|debemos|deben|debe|quiero|queremos|creo|pienso|odio|odiamos|soporto|aguanto|tengo|tenemos|tienen|puedo|podemos|pueden|voy|vamos|me|nos|les|te|se|lo|la|los|las)(?!\p{L})/u;

export const detectHateMultilingual: Detector = (segments, policy) => {
  if (!policy.multilingual) return [];
  const all = (groupWords ??= list(Object.values(HATE_GRAMMARS).flatMap((grammar) => grammar.group)));
  // Pushed, not filtered: the builtin's filter and TurboFan's give an empty array different maps.
  const texts: PreparedSegment[] = [];
  for (const segment of segments) if (segment.kind === 'text') texts.push(segment);
  const pairs = new SegmentPairs(texts, (scripts ??= compileScripts()));
  // A Latin grammar pairs only where it finds a group word: where none finds one and no script grammar
  // pairs, nothing is reported whichever languages are read, so none of the tests that pick them is asked.
  if (!pairs.texts.some((t, i) => allGroupsIn(t, all).length > 0 || SPELT_ANY_WAY.ar!.groupsIn(t).length > 0 || pairs.anyScriptPair(t, i))) return [];
  return hateInPairedDocument(segments, pairs, (compiled ??= compile(all)));
};

/**
 * What a grammar's group and said roles find in a document's text segments, found once.
 * Per segment, by the grammar's role (one role a language): no key string made per question. Made when
 * first asked (most documents stop at detectHateMultilingual's gate, their Latin grammars unasked).
 */
class SegmentPairs {
  private readonly latinPairs: Map<Role, Pairable | undefined>[] = [];
  private readonly scriptPairs: Map<ScriptReading, Pairable | undefined>[] = [];
  constructor(
    readonly texts: readonly PreparedSegment[],
    readonly script: readonly [ScriptLanguage, ScriptReading][],
  ) {}
  latinPair(i: number, lang: string, role: Role): Pairable | undefined {
    return once((this.latinPairs[i] ??= new Map()), role, () => pairable(this.texts[i]!, lang, role));
  }
  scriptPair(i: number, lang: ScriptLanguage, role: ScriptReading): Pairable | undefined {
    const text = this.texts[i]!;
    const read = roleFor(text, lang, role);
    // Most grammars have no role for a Latin text (none of their words is written in Latin letters): nothing to pair, nothing kept.
    return read === undefined ? undefined : once((this.scriptPairs[i] ??= new Map()), role, () => scriptPairable(text, lang, read));
  }
  /**
   * Mandarin partly in pinyin is paired only once read in syllables (mixedPinyinHate). That cheap test is
   * asked first (the answer is the same either way): a Japanese page's kanji and pinyin-like words cost
   * Mandarin's whole grammar (about a millisecond) for a pair that only Mandarin's reading asks for again.
   */
  anyScriptPair(t: PreparedSegment, i: number): boolean {
    return this.script.some(([lang, role]) => role.pinyin !== undefined && mixedPinyin(t, lang)) || this.script.some(([lang, role]) => this.scriptPair(i, lang, role) !== undefined);
  }
}

/**
 * The hate a document's grammars read, once a grammar finds a group word in it: apart from the gate,
 * which every document passes through, so that the gate compiles small and early.
 */
function hateInPairedDocument(segments: readonly PreparedSegment[], pairs: SegmentPairs, compiled: readonly [string, Role][]): Reason[] {
  const { texts, script } = pairs;
  const latinPair = (i: number, lang: string, role: Role) => pairs.latinPair(i, lang, role);
  const scriptPair = (i: number, lang: ScriptLanguage, role: ScriptReading) => pairs.scriptPair(i, lang, role);
  let languages = detectedLanguages(segments);
  if (languages === undefined) {
    // The language picks some of the grammars: when no grammar at all can pair a group with something
    // said of it, there is nothing to report in any language, and franc need not run.
    const paired = texts.some((t, i) => compiled.some(([lang, role]) => latinPair(i, lang, role)) || pairs.anyScriptPair(t, i));
    if (!paired) return [];
    languages = documentLanguages(segments);
  }
  const read = (grammars: readonly [string, Role][], other: readonly [ScriptLanguage, ScriptReading][]) => {
    const hits: Hit[] = [];
    texts.forEach((segment, i) => {
      for (const [lang, role] of grammars) hits.push(...hateIn(segment, lang, role, latinPair(i, lang, role), languages[0]));
      for (const [lang, role] of other) {
        const found = scriptHateIn(segment, lang, roleFor(segment, lang, role), scriptPair(i, lang, role), languages[0]);
        hits.push(...(found.length === 0 && role.pinyin ? mixedPinyinHate(segment, lang, role.pinyin(), languages[0]) : found));
      }
    });
    return hitsToReasons(hits, 'local:hate-multilingual');
  };
  const hindi = compiled.filter(([lang]) => lang === 'hi');
  const arabizi = compiled.filter(([lang]) => lang === 'ar');
  const polish = compiled.filter(([lang]) => lang === 'pl');
  const unnamed = compiled.filter(([lang]) => UNNAMED.includes(lang));
  // English is detect-hate.ts's; the grammars share words with it ("gay", "trans", "cancer", "virus").
  // But franc cannot name Hindi in Latin letters and takes a short line of it for English ("hijre
  // ghinone hain"): two of its function words say it is Hindi, or one where its grammar pairs a group.
  // Mandarin with words in pinyin ("黑人是la ji") has more Latin letters than characters: franc names a
  // Latin-script language, and the grammars that read its characters among Latin letters read it too.
  const inLatin = script.filter(([, role]) => role.amongLatin && texts.some((t) => role.amongLatin!(t.value)));
  // Any language, where its grammar pairs a group word no other language (English included) spells: franc
  // takes a short line for another language ("Ik haat moslims." reads as Turkish, "As mulheres são
  // mentirosas" as English). Not a grammar of stems, which franc must name.
  const ownPair = (lang: string, role: Role) =>
    !NAMED_ONLY.includes(lang) && texts.some((segment, i) => latinPair(i, lang, role)?.groups.some((g) => namesOwnGroup(segment, g, lang)));
  if (languages[0] === 'en') {
    // The function word first: one search, where the pair may read the segment's lexicon words and threats.
    const hindiPair = (i: number) => holdsHindiFunctionWord(texts[i]!.value) && latinPair(i, 'hi', hindi[0]![1]) !== undefined;
    // Arabizi too (franc takes it for English as often), where its grammar pairs one of its group words.
    const arabiziPair = (i: number) => latinPair(i, 'ar', arabizi[0]![1]) !== undefined;
    // Polish too (a short line of it reads as English: "Kobiety to suki."), where its letters and words say it,
    // or one of them and its grammar's pair.
    const polishPair = (i: number) => looksPolish(texts[i]!.value, 1) && latinPair(i, 'pl', polish[0]![1]) !== undefined;
    const own = [
      ...(readsRomanisedHindi(segments) || texts.some((_, i) => hindiPair(i)) ? hindi : []),
      ...(texts.some((_, i) => arabiziPair(i)) ? arabizi : []),
      ...(readsPolish(segments) || texts.some((_, i) => polishPair(i)) ? polish : []),
      ...compiled.filter(([lang, role]) => !['hi', 'ar', 'pl'].includes(lang) && ownPair(lang, role)),
    ];
    return read(own, inLatin);
  }
  // The grammars of the languages franc finds plausible (Dutch "vies" is dirty, French "vies" lives), and
  // romanised Hindi's, which franc never names; all of them when it names none of theirs. Plausible is
  // wider than the other detectors' "nearly as likely": one short sentence of Italian or Spanish often
  // reads as French or Portuguese first, and a grammar needs both its group and its predicate to match.
  const plausible = documentLanguages(segments, PLAUSIBLE);
  // And a language two words of its own say, beside franc's choice (languagesSaidTwice).
  const saidTwice = languagesSaidTwice(segments, languages[0]);
  // Polish as well where its letters and words say it, or its grammar pairs one of its group words (its
  // group words are no other language's): franc reads "Lesbijki są okropne." as French or Italian.
  const polishToo = !plausible.includes('pl') && (readsPolish(segments) || texts.some((_, i) => latinPair(i, 'pl', polish[0]![1]) !== undefined));
  const likely = compiled.filter(
    ([lang, role]) =>
      plausible.includes(lang as Language) || (saidTwice & languageBit(lang as Language)) !== 0 || (lang === 'pl' ? polishToo : ownPair(lang, role)),
  );
  const grammars = likely.length > 0 ? [...likely, ...unnamed.filter(([lang]) => !likely.some(([other]) => other === lang))] : compiled.filter(([lang]) => !NAMED_ONLY.includes(lang));
  const named = script.filter(([lang]) => languages.length === 0 || languages.includes(lang as Language));
  return read(grammars, [...named, ...inLatin.filter((g) => !named.includes(g))]);
}

/** Whether a group's name in a segment has a word only `lang`'s grammar spells. */
function namesOwnGroup(segment: PreparedSegment, group: Span, lang: string): boolean {
  return (segment.norm.text.slice(group.from, group.to).match(/[a-z]+/g) ?? []).some((word) => isOwnWord(word, lang));
}

function once<K, T>(known: Map<K, T>, key: K, find: () => T): T {
  if (!known.has(key)) known.set(key, find());
  return known.get(key)!;
}

/**
 * Swearing and threats said of a group, which cost a reading of the whole segment by the lexicons and the
 * threat grammar: asked only where the grammar's own lists found nothing said (where they did, the pair
 * stands without them).
 */
function readAgain(segment: PreparedSegment, lang: string, groups: readonly Span[]): Said[] {
  const said = profanities(segment, lang, groups);
  for (const threat of threatsIn(segment, lang)) said.push(threat);
  return said;
}

/** A segment's threats (detect-threats-multilingual.ts), read once for every grammar that finds a group in it. */
const segmentThreats = new WeakMap<PreparedSegment, readonly Threat[]>();

/**
 * A threat of violence in a group's sentence, as the threat grammar of the same language reads it ("I'll
 * stab the next X I see", "someone should shoot them all"), is a call for violence against the group:
 * the threat grammar knows the verbs, persons and tenses that the group grammar's lists may not.
 */
function threatsIn(segment: PreparedSegment, lang: string): Said[] {
  let found = segmentThreats.get(segment);
  if (found === undefined) {
    const { text, threats } = findThreats(segment.norm.text, segment.words);
    // The offsets hold in the segment's text only when folding kept its length.
    segmentThreats.set(segment, (found = text.length === segment.norm.text.length ? threats : []));
  }
  // Not a threat to the one addressed ("te voy a matar", harassment): naming a group beside it says who
  // that is ("le dije a mi hermana lesbiana"), not that the group is threatened.
  const said: Said[] = [];
  for (const t of found) if (t.lang === lang && t.category !== 'harassment/threatening') said.push(saidOf(t.from, t.to, 'hate/threatening', THREATENED));
  return said;
}

/** A segment's lexicon words, read once for every grammar that finds a group in it. */
const lexiconHits = new WeakMap<PreparedSegment, { hits: readonly LexiconHit[]; strict: (hit: LexiconHit) => boolean }>();
const NO_LEXICON_HITS = { hits: [], strict: () => false };

/**
 * The swear words and insults of a grammar's own lexicon in a segment that names a group, as things said
 * of it. Another language's would pair with a word the grammar reads as a group but the text's language
 * does not ("nicht" in German, "mora" in Portuguese), and English's with the identity words of porn spam.
 */
function profanities(segment: PreparedSegment, lang: string, groups: readonly Span[]): Said[] {
  const text = segment.norm.text;
  let found = lexiconHits.get(segment);
  // Where the matcher's words of the text can be had by id (detect-lexicon.ts matcherWords), the word gate says,
  // whatever the language, when it finds nothing: most texts that name a group.
  if (found === undefined) {
    const words = matcherWords(segment, text);
    if (words !== undefined && !lexiconsMayHit(words, 'en')) lexiconHits.set(segment, (found = NO_LEXICON_HITS));
  }
  if (found === undefined) {
    // The strict terms, ordinary words in another language ("con" is "with" in Italian), are told apart:
    // franc's wide share lets the French grammar read Italian, so they count in its likeliest language only.
    // The matcher asks for the language only when a strict term occurs; only then is the text read a
    // second time without them, to tell them apart.
    // English hits are never wanted here (English is detect-hate.ts's), nor is a second reading for an
    // English strict term: its word keeps the same hits of every other language either way.
    // That second reading is made when a grammar first asks whether a hit is strict.
    let strictTerm = false;
    const hits = matchLexicons(text, { language: (lang) => (strictTerm ||= lang !== 'en', true), except: 'en' });
    const key = (hit: LexiconHit) => `${hit.lang} ${hit.start} ${hit.end}`;
    let plain: ReadonlySet<string> | undefined;
    const strict = (hit: LexiconHit) => strictTerm && !(plain ??= new Set(matchLexicons(text, { language: () => false, except: 'en' }).map(key))).has(key(hit));
    lexiconHits.set(segment, (found = { hits, strict }));
  }
  const { strict } = found;
  const swearing: Said[] = [];
  for (const hit of found.hits) if (hit.category === 'profanity' && hit.lang === lang) swearing.push(saidOf(hit.start, hit.end, 'hate', PROFANE, () => strict(hit), true));
  // A shorter term inside an exclamation ("妈的" in "他妈的，") is the same exclamation.
  const exclamations = swearing.filter((s) => (interjection(text, s.from, s.to) || exclaimsBeforeClause(text, s, lang)) && !groups.some((g) => exclaimedAt(text, s, g, lang)));
  return swearing.filter(
    (s) => !exclamations.some((e) => overlaps(e, s)) && !praises(text, s) && sentenceLength(text, s) <= AIMED_SENTENCE,
  );
}

/**
 * Swearing is aimed within a sentence; a run this long without a sentence end is a list of words (the
 * keyword stuffing of porn spam names "gay" and "putas" side by side), not a sentence about anyone.
 */
const AIMED_SENTENCE = 160;
const SENTENCE_END = /[.!?;\n。！？؟]/u;
/** The sentence a span stands in, without its stops. */
function sentenceAround(text: string, at: Span): Span {
  let from = at.from;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = at.to;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return { from, to };
}
function sentenceLength(text: string, at: Span): number {
  const { from, to } = sentenceAround(text, at);
  return to - from;
}

/** A swear word that opens its sentence and is set off by a comma or "!" is an exclamation, aimed at no one ("Putain, les femmes ont gagné !"). */
const interjection = (text: string, from: number, to: number) => {
  const before = text.slice(Math.max(0, from - 20), from);
  const after = text.slice(to, to + 3);
  // Opening its sentence and set off ("Putain, ..."), closing it after a comma ("..., putain."), or between two commas
  // ("mis vecinos musulmanes, joder, qué buena gente").
  return (/(?:^|[.!?¡¿。！？\n])[\s¡¿]*$/u.test(before) && /^\s*[,!，！]/u.test(after)) || (/[,，]\s*$/u.test(before) && /^\s*(?:[.!?。！？\n,，]|$)/u.test(after));
};

/**
 * An exclamation whose sentence names a group and nothing else is aimed at it: "porra, esses gays", "hijos de puta,
 * todos los X", "kurwa, znowu ci X", "ces X, putain", "verpisst euch, ihr X". Beside the group only its determiners,
 * the quantifiers and adverbs of a complaint (all, again, always, everywhere) and the pronoun that calls it; a
 * clause with its own verb says something else of the group ("putain, les X du foyer cuisinent trop bien").
 */
function exclaimedAt(text: string, s: Span, g: Span, lang: string): boolean {
  const words = GROUP_FRAME[lang];
  if (!words || overlaps(s, g)) return false;
  const [first, last] = s.to <= g.from ? [s, g] : [g, s];
  const { from, to } = sentenceAround(text, { from: first.from, to: last.to });
  const rest = `${text.slice(from, first.from)} ${text.slice(first.to, last.from)} ${text.slice(last.to, to)}`;
  // Set off by a comma from the group: "kurwa ci X" runs on, and is read as a swear word joined to its noun.
  return /[,，]/u.test(text.slice(first.to, last.from)) && rest.split(/[^\p{L}]+/u).every((w) => w === '' || words.test(w));
}

/**
 * A swear word opening its sentence before the writer's own clause or an exclamative "que" is an exclamation without its
 * comma: "putain je suis fière d'être lesbienne", "putain que les femmes de ma famille sont drôles".
 */
const CLAUSE_AFTER_EXCLAMATION: Readonly<Record<string, RegExp>> = { fr: /^[^\p{L},]+(?:je|j|jsuis|chui|tu|t|nous|que|qu|comme|trop)(?!\p{L})/u };
const exclaimsBeforeClause = (text: string, s: Span, lang: string) =>
  CLAUSE_AFTER_EXCLAMATION[lang]?.test(text.slice(s.to, s.to + 12)) === true && /(?:^|[.!?¡¿\n])[\s¡¿]*$/u.test(text.slice(Math.max(0, s.from - 20), s.from));

/**
 * Swear words that praise ("zajebiste", "é foda", "cojonudo", "geil"), and a swear word right before a
 * good word of the grammar's worth, an intensifier ("kut goed", "verdammt gut"): nothing said against anyone.
 */
const PRAISING = /^(?:zajebi|zajefajn|ochujen|zarabist|cojonud|foda$|fodona|fodao|geil|porreiro|della madonna|de puta madre)/u;
/** "scheißgut", "scheiß gut": a swear word run into a good word (or split from it by correct-typos.ts) is praise. */
const SWEAR_RUN_INTO_PRAISE = /^scheiss ?(?:gut|geil|cool)/u;
/** "des putains de bons joueurs": the swear word makes the good word that follows it stronger. */
const SWEAR_BEFORE_PRAISE = /^(?:(?:des|les|ces|tous ces|toutes ces)[^\p{L}]+)?putains?[^\p{L}]+de[^\p{L}]+(?:bons?|bonnes?|beaux?|belles?|super|genial|geniaux|geniales?|grands?|grandes?)(?!\p{L})/u;
/** "fuck yeah", "putain oui", "porra sim": a swear word that says yes is joy. */
const SWEAR_SAYING_YES = /^[^\p{L}]+(?:yeah|yes|oui|sim)(?!\p{L})/u;
const praises = (text: string, s: Span) =>
  PRAISING.test(text.slice(s.from, s.to)) || SWEAR_RUN_INTO_PRAISE.test(text.slice(s.from, s.to + 5)) || SWEAR_BEFORE_PRAISE.test(text.slice(s.from, s.to + 24))
  || SWEAR_SAYING_YES.test(text.slice(s.to, s.to + 6));

/**
 * A place to do something ("não têm lugar para dormir", "pas de place pour se garer", "geen plek om te slapen", "nie
 * mają miejsca do spania", "kein Platz zum Schlafen") is a room lacked, a hardship told: no place FOR a group shuts it
 * out, a place for doing a thing does not (session 19). The place word ends what is said; an infinitive, a verbal noun
 * or "where" follows.
 */
const PLACE_WORD = /(?<!\p{L})(?:lugar|lugares|espaco|sitio|cabida|place|espace|plaats|plek|ruimte|miejsca|miejsce|miejsc|posto|spazio|platz|raum)$/u;
const FOR_DOING: Readonly<Record<string, RegExp>> = {
  pt: /^[^\p{L}]+(?:(?:para|pra)[^\p{L}]+(?:(?:se|me|nos)[^\p{L}]+)?\p{L}+(?:ar|er|ir|or)|onde)(?!\p{L})/u,
  es: /^[^\p{L}]+(?:para[^\p{L}]+\p{L}+(?:ar|er|ir)(?:se)?|donde)(?!\p{L})/u,
  fr: /^[^\p{L}]+pour[^\p{L}]+(?:(?:se|s|me|m|nous|y)[^\p{L}]+)?\p{L}+(?:er|ir|re|oir)(?!\p{L})/u,
  it: /^[^\p{L}]+(?:per[^\p{L}]+\p{L}+(?:are|ere|ire)(?:si)?|dove)(?!\p{L})/u,
  nl: /^[^\p{L}]+(?:om|waar)(?!\p{L})/u,
  de: /^[^\p{L}]+(?:zum|um|wo)(?!\p{L})/u,
  pl: /^[^\p{L}]+(?:do[^\p{L}]+\p{L}+(?:nia|cia)|gdzie)(?!\p{L})/u,
};
const placeForDoing = (text: string, s: Span, lang: string) => FOR_DOING[lang] !== undefined && PLACE_WORD.test(text.slice(s.from, s.to)) && FOR_DOING[lang]!.test(text.slice(s.to, s.to + 40));

/**
 * Violence told as done, in the past passive, is history, not a call: "Im Holocaust wurden sechs Millionen Juden
 * ermordet", "mis bisabuelos fueron asesinados por ser judíos", "come furono sterminati gli ebrei" (a historian's, a
 * memorial guide's or a family's words; session 21). The participle has a past auxiliary of the passive before it in
 * its clause (German and Dutch also after it, verb last: "wie Juden ermordet wurden"); not the present or future
 * passive ("werden ermordet"), a modal ("sollten ermordet werden") or a negation (regret that not all were: read as
 * before), nor approval in the sentence ("und das war richtig", "y se lo merecían"). Only that word is dropped:
 * contempt beside it still pairs.
 */
const PAST_PASSIVE_BEFORE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    es: ['fueron|fue|han sido|ha sido|habian sido|habia sido|eran|era', 1],
    pt: ['foram|foi|tinham sido|tinha sido|tem sido|eram|era', 1],
    it: ['furono|fu|sono stati|sono state|e stato|e stata|erano stati|erano state|vennero|venne|venivano|veniva', 1],
    fr: ['ont ete|a ete|avaient ete|avait ete|furent|fut|etaient|etait', 1],
    de: ['wurden|wurde|worden|waren', 6],
    nl: ['werden|werd', 5],
    pl: ['zostali|zostaly|zostalo|zostal|zostala|byli|byly|bylo', 2],
  } as const).map(([lang, [aux, gap]]) => [lang, new RegExp(`(?<!\\p{L})(?:${aux})(?:[^\\p{L}.!?;:]+\\p{L}+){0,${gap}}[^\\p{L}.!?;:]+$`, 'u')]),
);
/** Or, as a headline tells it without the auxiliary, with its doer after it: "weer een vrouw vermoord door haar ex" (session 36). */
const PAST_PASSIVE_AFTER: Readonly<Record<string, RegExp>> = {
  de: /^(?:(?:[^\p{L}.!?;:]+(?:und|oder)[^\p{L}.!?;:]+\p{L}+)?[^\p{L}.!?;:]+(?:worden[^\p{L}.!?;:]+)?(?:wurden|wurde|worden)|[^\p{L}.!?;:]+(?:von|durch))(?!\p{L})/u,
  nl: /^(?:(?:[^\p{L}.!?;:]+(?:en|of)[^\p{L}.!?;:]+\p{L}+)?[^\p{L}.!?;:]+(?:werden|werd)|[^\p{L}.!?;:]+door)(?!\p{L})/u,
};
/** A Romance participle ends so; an infinitive after the auxiliary ("fueron a exterminar") is no passive. */
const PARTICIPLE: Readonly<Record<string, RegExp>> = {
  es: /(?:ados|idos|adas|idas|tos|tas|sos|sas)$/u,
  pt: /(?:ados|idos|adas|idas|tos|tas|sos|sas)$/u,
  it: /(?:ati|ate|iti|ite|uti|ute|si|se|ti|te)$/u,
  fr: /(?:es|is|ts|tes)$/u,
};
const APPROVED_HERE = /(?<!\p{L})(?:gut|richtig|zurecht|zu recht|verdient\p{L}*|gerecht\p{L}*|endlich|goed|terecht|verdiend|eindelijk|gelukkig|bien|merec\p{L}*|justo|justa|justicia|por fin|bem|justica|finalmente|bene|merit\p{L}*|giusto|giusta|giustizia|meno male|tant mieux|bien fait|dobrze|zasluz\p{L}*|slusznie|sprawiedliw\p{L}*|wreszcie)(?!\p{L})/u;
/** A negation in the participle's clause: regret that not all were killed ("dass nicht alle … vergast wurden") is read as before. */
const NEGATED_HERE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({ es: 'no|nunca|jamas', pt: 'nao|nunca|jamais', it: 'non|mai', fr: 'ne|n|pas|jamais', de: 'nicht|kein\\p{L}*|nie', nl: 'niet|geen|nooit', pl: 'nie|nigdy' })
    .map(([lang, words]) => [lang, new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'u')]),
);
/** German "würden", folded, reads "wurden": the subjunctive of a wish ("wenn alle X vergast würden") is no report. */
const SUBJUNCTIVE = /w(?:ü|ue)rde/iu;
/**
 * The same history told in the active voice, with its perpetrators named before the word in its sentence: "cómo los
 * nazis exterminaron a los judíos", "wie die Nazis die Juden vergast haben", "come i nazisti sterminarono gli ebrei"
 * (a historian's words; session 33). The word must be a finite past ("exterminaron", "vergasten", "mordowali") or a
 * participle of the perfect ("ont gazé", "vergast haben", not "hätten vergast"), and nothing in the sentence may ask
 * for it again ("wieder", "otra vez") or call it right ("tenían razón"), besides what the passive reading refuses. A year
 * before the word in its sentence dates it as the perpetrators do ("En 1492 los Reyes Católicos expulsaron a los judíos",
 * "Em 1496 Portugal expulsou os judeus", session 34).
 */
const PERPETRATOR = /(?<!\p{L})(?:nazi|nazis|nazi s|nazisten|nazisti|nazistas|nazistes|nazisci|hitler|hitlerowcy|ss|gestapo|wehrmacht|nationalsozialisten|jemeres rojos|khmers rouges|khmer rouge|roten khmer|rode khmer)(?!\p{L})/u;
const DATED = /(?<![\p{L}\p{N}])(?:1[0-9]{3}|20[0-9]{2})(?![\p{L}\p{N}])/u;
const PAST_ACTIVE: Readonly<Record<string, { word: RegExp; perfect?: RegExp }>> = {
  es: { word: /(?:aron|ieron|aban|ian)$/u, perfect: /(?<!\p{L})(?:han|habian|habia|ha)[^\p{L}]+$/u },
  pt: { word: /(?:aram|eram|iram|avam|iam|ou)$/u, perfect: /(?<!\p{L})(?:tinham|haviam|tinha|havia)[^\p{L}]+$/u },
  it: { word: /(?:arono|erono|irono|avano|evano|ivano|sero)$/u, perfect: /(?<!\p{L})(?:hanno|avevano|aveva|ha)[^\p{L}]+$/u },
  fr: { word: /(?:erent|aient)$/u, perfect: /(?<!\p{L})(?:ont|avaient|avait|a)[^\p{L}]+$/u },
  de: { word: /(?:ten|eten)$/u, perfect: /^[^\p{L}]+(?:haben|hatten|hat|hatte)(?!\p{L})/u },
  nl: { word: /(?:den|ten)$/u, perfect: /^[^\p{L}]+(?:hebben|hadden|heeft|had)(?!\p{L})/u },
  pl: { word: /(?:li|ly)$/u },
};
const PERFECT_AFTER = new Set(['de', 'nl']);
const CALLED_AGAIN = /(?<!\p{L})(?:wieder|nochmal|noch einmal|wiederholen|otra vez|de nuevo|repetir|de novo|novamente|di nuovo|ripetere|rifare|encore|a nouveau|recommencer|refaire|opnieuw|nog eens|herhalen|znowu|ponownie|powtorzyc|razon|razao|raison|ragione|recht|gelijk|racje|racji)(?!\p{L})/u;
/** Germans fold "hätten" to "hatten": the subjunctive of a wish ("hätten … vergasen sollen") is no report. */
const WISHED_PAST = /h(?:ä|ae)tte/iu;
function doneByPerpetrators(norm: Normalised, s: Span, lang: string, start: number, end: number): boolean {
  const past = PAST_ACTIVE[lang];
  const { text } = norm;
  const told = text.slice(start, s.from);
  if (!past || !(PERPETRATOR.test(told) || DATED.test(told)) || CALLED_AGAIN.test(text.slice(start, end))) return false;
  if (past.word.test(text.slice(s.from, s.to))) return true;
  if (!past.perfect) return false;
  if (!PERFECT_AFTER.has(lang)) return past.perfect.test(text.slice(Math.max(start, s.from - 12), s.from));
  const aux = past.perfect.exec(text.slice(s.to, s.to + 12));
  return aux !== null && !WISHED_PAST.test(norm.original.slice(norm.start[s.to], norm.end[s.to + aux[0].length - 1]));
}

/**
 * The event a historian studies, named as a noun with its article, after a verb or a work of study in its sentence: "je
 * travaille sur la rafle du Vél d'Hiv et la déportation des Juifs", "investigo la deportación de los judíos", "ich
 * forsche zur Deportation der Juden" (session 34's probe). Not a bare slogan ("Déportation des Juifs !"), a wish
 * ("je veux la déportation des X") or "how to" ("j'étudie comment tuer..."): the noun needs its article right before; nor
 * where the sentence asks for it again or calls it right (CALLED_AGAIN).
 */
const STUDIED = /(?<!\p{L})(?:travaille sur|travaillons sur|recherches? sur|etudie|etudions|these sur|livre sur|memoire sur|cours sur|specialiste de|enseigne|investigo|estudio|trabajo sobre|tesis sobre|libro sobre|especialista en|ensen[oa]|pesquiso|estudo|trabalho sobre|tese sobre|livro sobre|especialista em|ensino|studio|ricerca su\p{L}*|lavoro su\p{L}*|tesi su\p{L}*|libro su\p{L}*|insegno|forsche (?:zu\p{L}*|uber)|erforsche|buch uber|doktorarbeit uber|arbeite (?:zu\p{L}*|uber)|unterrichte|onderzoek(?: naar)?|bestudeer|boek over|proefschrift over|badam|zajmuje sie|ksiazk\p{L} o|pisze o)(?!\p{L})[^.!?;\n]*$/u;
const ARTICLE_BEFORE: Readonly<Record<string, RegExp>> = {
  fr: /(?<!\p{L})(?:la|le|les|l)[^\p{L}]+$/u,
  es: /(?<!\p{L})(?:la|el|las|los)[^\p{L}]+$/u,
  pt: /(?<!\p{L})(?:a|o|as|os)[^\p{L}]+$/u,
  it: /(?<!\p{L})(?:la|il|lo|le|gli|l)[^\p{L}]+$/u,
  de: /(?<!\p{L})(?:die|der|das|den|zur|zum)[^\p{L}]+$/u,
  nl: /(?<!\p{L})(?:de|het)[^\p{L}]+$/u,
};
const studiedEvent = (text: string, s: Span, lang: string, start: number, end: number) =>
  ARTICLE_BEFORE[lang]?.test(text.slice(Math.max(start, s.from - 6), s.from)) === true && STUDIED.test(text.slice(start, s.from)) && !CALLED_AGAIN.test(text.slice(start, end));

function reportedPast(norm: Normalised, s: Span, lang: string): boolean {
  const before = PAST_PASSIVE_BEFORE[lang];
  if (!before) return false;
  const { text } = norm;
  const from = Math.max(0, s.from - 90);
  const lastBefore = (marks: string) => from + Math.max(...[...marks].map((c) => text.lastIndexOf(c, s.from - 1) - from), -1) + 1;
  const firstAfter = (marks: RegExp) => {
    const end = marks.exec(text.slice(s.to, s.to + 200));
    return end ? s.to + end.index : Math.min(text.length, s.to + 200);
  };
  const start = lastBefore('.!?;\n');
  const end = firstAfter(/[.!?;\n]/);
  if (APPROVED_HERE.test(text.slice(start, end))) return false;
  if (end > start && SUBJUNCTIVE.test(norm.original.slice(norm.start[start], norm.end[end - 1]))) return false;
  if (NEGATED_HERE[lang]!.test(text.slice(Math.max(start, lastBefore(',:')), firstAfter(/[.!?;,:\n]/)))) return false;
  if (doneByPerpetrators(norm, s, lang, start, end) || studiedEvent(text, s, lang, start, end)) return true;
  const word = text.slice(s.from, s.to);
  if (PARTICIPLE[lang] && !PARTICIPLE[lang]!.test(word)) return false;
  return before.test(text.slice(start, s.from)) || (PAST_PASSIVE_AFTER[lang]?.test(text.slice(s.to, s.to + 60)) ?? false);
}

/**
 * A group noun said to stay what it is ("un Arabe reste un Arabe", "Jude bleibt Jude", "Cygan zawsze zostanie Cyganem",
 * "un moro siempre será un moro", "musalman to musalman hi rahenge"): the stereotype told as a fact of nature. The noun
 * must come back, a case ending aside ("un réfugié reste un être humain" says the opposite); the frame alone is no
 * signal, only with a group the grammar names. What is said runs from the verb, so the first noun pairs as the group.
 */
const ALWAYS = '(?:toujours|immer|altijd|sempre|siempre|zawsze|hamesha)';
const STAYS = '(?:reste|restent|restera|resteront|bleibt|bleiben|ist und bleibt|sind und bleiben|blijft|blijven|resta|restano|rimane|rimangono|sara|saranno|sera|seran|es|son|e|sao|continua|continuam|zostanie|zostana|pozostanie|bedzie|beda|to)';
const RESTATED_ARTICLE = '(?:un|une|des|ein|eine|een|uno|una|um|uma|unos|unas|uns|umas)';
const RESTATED = new RegExp(`(?<!\\p{L})(\\p{L}{3,})([^\\p{L}]+)((?:${ALWAYS}[^\\p{L}]+)?${STAYS}(?:[^\\p{L}]+${ALWAYS})?(?:[^\\p{L}]+${RESTATED_ARTICLE})?[^\\p{L}]+\\1\\p{L}{0,3}(?:[^\\p{L}]+(?:hi|hee)(?:[^\\p{L}]+(?:rahega|rahegi|rahenge|hai|hain))?)?)(?=[^\\p{L}]*(?:[.!?,;:\\n]|$))`, 'gu');
function restatedNouns(text: string): Said[] {
  return [...text.matchAll(RESTATED)].map((m) => {
    const from = m.index + m[1]!.length + m[2]!.length;
    return saidOf(from, from + m[3]!.length, 'hate', 0.75);
  });
}

/** "Black" before "metal" is a music's name, not people: "Charogne, groupe de black metal de Nantes" (session 33). */
const MUSIC_GENRE_AFTER = /^[\s-]+metal/u;
/**
 * A people's adjective after a creature's noun names its species, pests a gardener or a beekeeper fights ("il faut tuer les
 * frelons asiatiques", "hay que matar las avispas asiáticas", "o caramujo africano"): insects and shellfish, never the
 * vermin hate calls a people ("rats", "cafards", "ratas"), whose noun before the group is the derogation.
 */
const SPECIES_BEFORE = /(?<!\p{L})(?:frelons?|guepes?|coccinelles?|punaises?|carpes?|abeilles?|ecrevisses?|moustiques?|avispas?|avispones?|mariquitas?|almejas?|carpas?|cangrejos?|abejas?|mosquitos?|vespas?|joaninhas?|caramujos?|abelhas?|calabron[ei]|cimic[ei]|coccinell[ae]|gamber[io]|zanzar[ae]|vesp[ae]|carp[ae]|szerszen\p{L}*|biedron\p{L}*|komar\p{L}*|osy)[\s-]+$/u;
function pairable(segment: PreparedSegment, lang: string, role: Role): Pairable | undefined {
  const spelt = SPELT_ANY_WAY[lang];
  let groups: readonly Span[] = groupsIn(segment, role.group);
  if (groups.length === 0 && spelt) groups = spelt.groupsIn(segment);
  if (groups.length > 0) groups = groups.filter((g) => !MUSIC_GENRE_AFTER.test(segment.norm.text.slice(g.to, g.to + 8)) && !SPECIES_BEFORE.test(segment.norm.text.slice(Math.max(0, g.from - 16), g.from)));
  if (groups.length === 0) return undefined;
  const said: Said[] = [];
  const text = segment.norm.text;
  const pairing = role.pairing();
  for (const p of findPhrases(pairing.said, segment)) {
    if (illnessHad(text, p) || diesOfAFeeling(text, p) || placeForDoing(text, p, lang) || SWEAR_RUN_INTO_PRAISE.test(text.slice(p.from, p.to + 5)) || SWEAR_BEFORE_PRAISE.test(text.slice(p.from, p.to + 24))) continue;
    if (p.entry.category === 'hate/threatening' && reportedPast(segment.norm, p, lang)) continue;
    said.push(saidOf(p.from, p.to, p.entry.category, p.entry.weight));
  }
  said.push(...restatedNouns(text));
  const worth = findPhrases(pairing.worth, segment).filter((w) => !placeForDoing(segment.norm.text, w, lang));
  if (spelt) readBySkeleton(segment, spelt.lexicon(), said, worth);
  if (said.length === 0) for (const s of readAgain(segment, lang, groups)) if (!(s.swear && worth.some((w) => w.from >= s.to && w.from - s.to <= 2))) said.push(s);
  // A good thing pairs only where something may deny it (a segment without a negation costs no franc call).
  if (said.length === 0 && (worth.length === 0 || findPhrases(pairing.negation, segment).length === 0)) return undefined;
  return { groups, said, worth };
}

/**
 * Languages without a fixed spelling, whose words the grammar's patterns, spelt one way, miss: Arabizi,
 * read by consonant skeleton (arabizi-skeleton.ts).
 */
const SPELT_ANY_WAY: Readonly<Record<string, { lexicon: () => SkeletonLexicon; groupsIn: (segment: PreparedSegment) => Span[] }>> = {
  ar: { lexicon: arabiziLexicon, groupsIn: (segment) => arabiziGroupsIn(segment.value, () => withDigits(segment.norm)) },
};

/** Adds what the skeleton lexicon reads in a segment and the patterns did not, to said and worth. */
function readBySkeleton(segment: PreparedSegment, lexicon: SkeletonLexicon, said: Said[], worth: Span[]): void {
  for (const { from, to, entry } of findSkeletons(withDigits(segment.norm), lexicon)) {
    const span = { from, to };
    if (entry.category === 'worth') {
      if (!worth.some((w) => overlaps(w, span))) worth.push(span);
    } else if (!said.some((s) => overlaps(s, span))) said.push(saidOf(from, to, entry.category, entry.weight));
  }
}

/** The normalised text with the digits written back that normalise read as leetspeak (Arabizi's 7 is ح, not t). */
function withDigits(norm: Normalised): string {
  let text = '';
  for (let i = 0; i < norm.text.length; i++) {
    const written = norm.end[i]! - norm.start[i]! === 1 ? norm.original[norm.start[i]!]! : '';
    text += /[0-9]/.test(written) && /\p{L}/u.test(norm.text[i]!) ? written : norm.text[i];
  }
  return text;
}

/**
 * The grammars whose patterns may end on the group they hold as their object, closing the clause ("qui a
 * besoin des X ?", "quem contrataria um X?"; Spanish and Italian since session 30: "¿quién aguanta ya a los X?", "chi
 * sopporta ancora i X?"; Turkish since session 36: "ölüm Kürtlere", death to the Kurds; German and Dutch since session 39: "wer
 * vertraut schon einem X?", "wie vertrouwt er nou een X?"): the group's end is the pattern's end.
 */
const GROUP_CLOSES_SAID = new Set(['fr', 'pt', 'pl', 'es', 'it', 'tr', 'de', 'nl']);
/** Turkish "as" follows the group, next to it or after "biri" (one): "bir kadın olarak", "Kürt biri olarak"; so does Hindi "hone ke naate". */
const SELF_AFTER: ReadonlySet<string> = new Set(['tr', 'hi']);
const SELF_GAP = /^[^\p{L}]+(?:biri[^\p{L}]+)?$/u;
/**
 * A swear word said of something other than a group named after it (session 22): of the writer's own group, between
 * "I am a" and the group ("soy una jodida lesbiana", "je suis une putain de lesbienne": who they are, said with force;
 * read in every language, whichever grammar reads the text); of its own object, with "but" or a comma before the group
 * ("Qué mierda de tráfico, pero mis vecinos inmigrantes me llevaron", "Scheiß auf Rassismus, Flüchtlinge willkommen");
 * or as an exclamation ("Merde, je suis musulmane et fière"). A swear word joined to the group ("Scheiß auf die Juden,
 * die...", "Malditos gitanos") is not.
 */
function swearsAtAnother(text: string, s: Span, g: Span, lang: string): boolean {
  if (g.from <= s.from) return false;
  // A said span may end on the group ("puto gay"): the swear word is what comes before it.
  const end = g.from < s.to ? s.from + text.slice(s.from, g.from).trimEnd().length : s.to;
  const between = text.slice(end, g.from);
  const swears = () => {
    if ('swear' in s && s.swear === true) return true;
    const words = text.slice(s.from, end);
    return SWEARING_ADJECTIVE.test(words) || DUTCH_SWEARING.test(words) || matchLexicons(words, { language: () => true }).some((hit) => hit.category === 'profanity');
  };
  if (SWEAR_JOINS_GROUP.test(between)) return writerRightBefore(text, s.from) && swears();
  // profanities() drops the lexicons' own exclamations alike.
  if (interjection(text, s.from, end)) return swears() && !exclaimedAt(text, s, g, lang);
  return (BUT_BETWEEN.test(between) || (OWN_OBJECT.test(between) && /[,;]/u.test(between))) && swears();
}
/** Swear words as adjectives, which the lexicons list only before a slur ("jodida lesbiana"): the said span's last word. */
const SWEARING_ADJECTIVE = /(?:^|\s)(?:jodid[oa]s?|maldit[oa]s?|pinches?|foutue?s?|fottut[oaie]|maledett[oaie]|verdammte[rns]?|verfickte[rns]?|verfluchte[rns]?|verdomde|pieprzon\p{L}*|zasran\p{L}*|jeban\p{L}*|pierdolon\p{L}*|kurewsk\p{L}*|fucking|damn|damned|bloody)$/u;
/** Dutch swear words the lexicon drops as ordinary words elsewhere (curation.ts) but the Dutch grammar says of a group ("godverdomme, die X"). */
const DUTCH_SWEARING = /(?:^|\s)(?:godverdomme|verdomme|kanker|tyfus|tering|klote|kut)$/u;
/** What joins a swear word to the noun it qualifies: nothing, or "de", "di", "of" ("putain de", "cazzo di"). */
const SWEAR_JOINS_GROUP = /^\s+(?:(?:de|di|da|do|of)\s+|d')?$/u;
/** A clause turned by "but" between two words, not to say "but above all" or "but also" ("Malditos sean, pero sobre todo los X"). */
const BUT_BETWEEN = /,\s*(?:pero|mas|mais|aber|sondern|ma|maar|ale|but)(?![\p{L}])(?!\s+(?:sobre todo|especially|above all|surtout|vor allem|soprattutto|vooral|especialmente|principalmente|zwlaszcza|also|auch|tambien|aussi|anche|ook|tambem|tez|even|incluso|meme|sogar|perfino|zelfs|ate|nawet)(?![\p{L}]))/u;
/** A swear word's own object: "de", "di", "auf", "op" and a word ("mierda de tráfico", "scheiß auf Rassismus"). */
const OWN_OBJECT = /^\s+(?:de|di|da|do|of|auf|op|d')\s*\p{L}/u;

/** The grammars whose mentions frame what is said only up to a "but" after them (Session 8; French, Portuguese, Polish). */
const MENTION_ENDS_AT_BUT = new Set(['fr', 'pt', 'pl']);

/** French "sans" negates only what follows it: one after what is said ("des bêtes sans âme") does not take it back (Session 15). */
const ONLY_FORWARD: Readonly<Record<string, RegExp>> = { fr: /^sans$/ };
const negatesOnlyAfter = (text: string, n: Span, s: Span, lang: string) => n.from >= s.to && (ONLY_FORWARD[lang]?.test(text.slice(n.from, n.to)) ?? false);
/**
 * A group that is the object of a relative clause on another noun ("des monstres qui menacent les juifs", "les
 * politiciens qui méprisent les handicapés sont minables") is what others act on: what is said there is said of
 * them. Not after a copula ("des gens qui sont juifs"), nor a "qui" that asks ("Qui veut des X ?") (Session 15, French).
 * Portuguese "quem" and "pessoas que" (session 21: "não suporto quem ataca mulheres"); not a bare "que", which is
 * also "that" ("sei que odeio os X").
 */
const RELATIVE_OBJECT: Readonly<Record<string, RegExp>> = {
  fr: /\p{L}[^\p{L}.,;:!?]+qui[^\p{L}]+(?!(?:sont|est|etaient|etait|seront|sera|deviennent|devient|restent|reste|semblent|semble|ne|n|se|s)(?!\p{L}))\p{L}+(?:[^\p{L}]+\p{L}+)?[^\p{L}]+$/u,
  pt: /\p{L}[^\p{L}.,;:!?]+(?:quem|(?:aqueles|aquelas|pessoas|gente|homens|caras)[^\p{L}]+que)[^\p{L}]+(?!(?:sao|e|eh|eram|era|serao|sera|ficam|fica|parecem|parece|nao|se)(?!\p{L}))\p{L}+(?:[^\p{L}]+\p{L}+)?[^\p{L}]+$/u,
};
const objectOfRelative = (before: string, lang: string) => RELATIVE_OBJECT[lang]?.test(before) ?? false;

/**
 * One contempt word that stands beside the noun opening a sentence, whose group comes later, describes that
 * noun, the subject acting on the group: "Políticos corruptos maltratam os refugiados", "Des fonctionnaires
 * corrompus maltraitent les réfugiés", "Korrupte Beamte misshandeln Flüchtlinge" (Session 15). Romance
 * adjectives follow their noun, German, Dutch and Polish ones precede it. Not when that noun stands for the
 * group ("Gente asquerosa como los gitanos", PEOPLE), is a group or is itself said ("Ratten, diese Juden").
 */
const OPENING_DETERMINER: Readonly<Record<string, string>> = {
  es: 'los|las|el|la|un|una|unos|unas|este|ese|estos|estas|esos|esas|mi|mis|su|sus|algunos|algunas|muchos|muchas',
  pt: 'os|as|o|a|um|uma|uns|umas|esse|este|esses|essas|estes|estas|meu|minha|meus|minhas|seu|sua|seus|suas|alguns|algumas|muitos|muitas',
  fr: 'les|le|la|l|un|une|des|ce|cet|cette|ces|mon|ma|mes|son|sa|ses|leur|leurs|certains|certaines|plusieurs|de',
  it: 'i|gli|le|il|lo|la|l|un|una|uno|degli|delle|dei|questo|questa|quel|quello|questi|queste|quei|quegli|mio|mia|miei|suo|sua|alcuni|alcune|molti|molte',
  de: 'die|der|das|den|dem|diese|dieser|jener|jene|mein|meine|sein|seine|ihr|ihre|unser|unsere|einige|manche|viele|ein|eine',
  nl: 'de|het|die|deze|dat|dit|een|mijn|zijn|haar|onze|sommige|veel',
  pl: 'ci|te|niektorzy|niektore|wielu',
};
/** Per language, the words that may frame a group exclaimed at: OPENING_DETERMINER's, and the complaint's quantifiers and adverbs. */
const COMPLAINT_WORDS: Readonly<Record<string, string>> = {
  es: 'todos|todas|otra|vez|siempre|ya|aqui|vosotros|vosotras|ustedes|por|partes',
  pt: 'todos|todas|de|novo|outra|vez|sempre|ja|aqui|voces|seus|suas|em|todo|lugar|toda|parte',
  fr: 'tous|toutes|encore|toujours|partout|ici|la|vous|bande',
  it: 'tutti|tutte|ancora|sempre|di|nuovo|qui|dappertutto|ovunque|voi',
  de: 'alle|schon|wieder|immer|uberall|hier|ihr|euch',
  nl: 'alle|al|weer|altijd|overal|hier|jullie',
  pl: 'wszyscy|wszystkie|znowu|znow|zawsze|wszedzie|tu|tutaj|to|wy',
};
const GROUP_FRAME: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(COMPLAINT_WORDS).map(([lang, words]) => [lang, new RegExp(`^(?:${OPENING_DETERMINER[lang]}|${words})$`, 'u')]),
);

const PEOPLE: Readonly<Record<string, RegExp>> = {
  es: /^(?:gente|personas?|tipos?|seres|criaturas|individuos|sujetos|razas?|pueblos?|bichos)$/,
  pt: /^(?:gente|pessoas?|tipos?|seres|criaturas|individuos|sujeitos|racas?|povos?|cambada|bando|bichos)$/,
  fr: /^(?:gens|personnes?|individus|types?|etres|creatures|races?|peuples?|bande|engeance)$/,
  it: /^(?:gente|persone|tipi|esseri|creature|individui|razze?|popoli?|branco)$/,
  de: /^(?:leute|menschen|typen|wesen|kreaturen|rassen?|volk|pack|gesindel|gestalten)$/,
  nl: /^(?:mensen|lui|types|wezens|rassen?|volk|tuig|gespuis)$/,
  pl: /^(?:ludzie|ludzi|typy|istoty|rasy?|narody?|banda|holota)$/,
};
const NOUN_FIRST: ReadonlySet<string> = new Set(['es', 'pt', 'fr', 'it']);
/**
 * Per language, what opens a sentence before the contempt word: a noun, after a determiner or none (Romance),
 * or at most a determiner.
 */
const OPENING: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(OPENING_DETERMINER).map(([lang, determiners]) => [
    lang,
    new RegExp(NOUN_FIRST.has(lang) ? String.raw`^[^\p{L}]*(?:(${determiners})[^\p{L}]+)?(\p{L}{3,})[^\p{L}]+$` : String.raw`^[^\p{L}]*(?:(?:${determiners})[^\p{L}]+)?$`, 'u'),
  ]),
);
/**
 * Romance without a determiner ("Políticos corruptos maltratam os refugiados"): the first word may be a verb or
 * an adverb ("Deberían matar a...", "Oggi stuprerò..."), so both words must end as a plural noun and its adjective
 * do, and the first may not be a quantifier or intensifier that opens hate ("Todos asquerosos, los gitanos"), nor the
 * exclamative that opens "what liars, these X" ("Quels menteurs, ces X", "Che ladri questi X", "Quantos ladrões...").
 */
const PLURAL: Readonly<Record<string, RegExp>> = { es: /s$/, pt: /s$/, fr: /[sx]$/, it: /[ie]$/ };
const DETERMINER_WORD: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(OPENING_DETERMINER).map(([lang, d]) => [lang, new RegExp(`^(?:${d})$`)]));
const NOT_A_NOUN: Readonly<Record<string, RegExp>> = {
  es: /^(?:todos|todas|puros|puras|meros|meras|simples|verdaderos|verdaderas|autenticos|autenticas|malditos|malditas|tales|ambos|ambas|demasiados|demasiadas|tantos|tantas|pocos|pocas|varios|varias|cuantos|cuantas|somos|sois|son|estamos|estan|seran|fueron|eran|sean)$/,
  pt: /^(?:todos|todas|puros|puras|meros|meras|simples|verdadeiros|verdadeiras|autenticos|autenticas|malditos|malditas|tais|ambos|ambas|tantos|tantas|poucos|poucas|varios|varias|quantos|quantas|somos|sois|sao|estamos|estao|serao|foram|eram|sejam)$/,
  fr: /^(?:tous|toutes|vrais|vraies|simples|purs|pures|sales|maudits|maudites|tels|telles|quels|quelles|quelques|plusieurs|certains|certaines|nous|vous|sommes|etes|sont|seront|etaient|soient)$/,
  it: /^(?:tutti|tutte|veri|vere|semplici|puri|pure|maledetti|maledette|tali|alcuni|alcune|molti|molte|pochi|poche|entrambi|entrambe|che|quanti|quante|siamo|siete|sono|saranno|erano|siano|oggi|sempre|questi|queste)$/,
};
/** Where the adjective comes first, the endings it takes before a plural noun (a noun or verb opening the sentence has others: "Dreck"; Polish only the masculine-personal -i/-y, as "zastrzelę" folds to an -e). */
const ADJECTIVE_ENDING: Readonly<Record<string, RegExp>> = { de: /(?:e|en|er|es|em)$/, nl: /e$/, pl: /(?:i|y)$/ };
/**
 * The noun after a preceding adjective, with a word after it before the group. Only a space joins an adjective to its
 * noun: one set off by a comma is an exclamation before the group ("Scheiße, schon wieder diese X").
 */
const NOUN_AFTER = /^\s+(\p{L}{3,})[^\p{L}]+\p{L}/u;
function describesAnother(text: string, s: Span, g: Span, sentenceFrom: number, lang: string, groups: readonly Span[], said: readonly Span[]): boolean {
  const people = PEOPLE[lang];
  if (!people || g.from < s.to || /\s/.test(text.slice(s.from, s.to))) return false;
  const before = text.slice(sentenceFrom, s.from);
  const nounFirst = NOUN_FIRST.has(lang);
  const noun = nounFirst
    ? OPENING[lang]!.exec(before)
    : OPENING[lang]!.test(before) && ADJECTIVE_ENDING[lang]!.test(text.slice(s.from, s.to)) ? NOUN_AFTER.exec(text.slice(s.to, g.from)) : null;
  const word = noun?.[nounFirst ? 2 : 1];
  if (!noun || !word || people.test(word)) return false;
  if (nounFirst && noun[1] === undefined && !(PLURAL[lang]!.test(word) && PLURAL[lang]!.test(text.slice(s.from, s.to)) && !NOT_A_NOUN[lang]!.test(word) && !DETERMINER_WORD[lang]!.test(word))) return false;
  // The noun is the last word of the opening (Romance), or the first after the contempt word.
  const from = nounFirst ? sentenceFrom + noun[0].lastIndexOf(word) : s.to + noun[0].indexOf(word);
  const at = { from, to: from + word.length };
  return !groups.some((o) => overlaps(o, at)) && !said.some((o) => overlaps(o, at));
}

/**
 * What is said before a group may be said of what another does to it: a feeling about another's act ("je ne supporte
 * pas qu'on insulte les X", "je déteste que les gens se moquent des X"), or a manner toward it ("les gens sont si
 * méchants avec les X"). The group is then the object, and nothing is said of it. Not the group as the clause's own
 * subject ("je déteste que les X soient ici").
 */
const ANOTHERS_ACT_BEFORE_GROUP: Readonly<Record<string, RegExp>> = {
  fr: /^[^\p{L}]+(?:(?:que|qu)[^\p{L}]+(?:on|l[^\p{L}]+on|tu|vous|il|elle|ils|elles|les gens|des gens|certains|certaines|quelqu[^\p{L}]+un|personne)(?!\p{L})[^.!?;]*|(?:avec|envers|a[^\p{L}]+l[^\p{L}]+egard[^\p{L}]+(?:de|des|d)|vis[^\p{L}]+a[^\p{L}]+vis[^\p{L}]+(?:de|des|d))[^\p{L}]+(?:(?:les|des|ces|la|le|l|un|une|nos|mes|vos|leurs)[^\p{L}]+)?)$/u,
};
const aimedAtWhatAnotherDoes = (text: string, s: Span | Said, g: Span, lang: string) =>
  // Violence wished or called for is no feeling about another's act: "on ne peut qu'espérer que quelqu'un en finisse avec ces X".
  !('category' in s && s.category === 'hate/threatening') && s.to <= g.from && ANOTHERS_ACT_BEFORE_GROUP[lang]?.test(text.slice(s.to, g.from)) === true;

/**
 * A later clause that opens with the writer's own someone says what it says of them, not of a group named in the
 * clause before (session 32): "J'ai travaillé avec les X, mais mon chef était un idiot", "Trabajé con los X, pero mi
 * jefe era un idiota", "Ho lavorato con gli X, ma il mio capo era un idiota". Only "my", "our", "your": "their" may
 * be the group's ("leurs chefs", "i loro capi"). What it says is within four words of the possessive's noun (Mandarin:
 * twelve characters).
 */
/** Devanagari words as normalise() leaves them (their consonants), as one alternation's source. */
const devanagari = (words: readonly string[]) => words.map((w) => normalise(w).text).join('|');
const IBERIAN_POSSESSIVE = 'mi|mis|tu|tus|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|meu|minha|meus|minhas|teu|tua|nosso|nossa|nossos|nossas';
const POSSESSIVE: Readonly<Record<string, string>> = {
  // Either Iberian grammar may read the other's text ("refugiados" is both).
  es: IBERIAN_POSSESSIVE,
  pt: IBERIAN_POSSESSIVE,
  fr: 'mon|ma|mes|ton|ta|tes|notre|nos|votre|vos',
  it: 'mio|mia|miei|mie|tuo|tua|tuoi|tue|nostro|nostra|nostri|nostre|vostro|vostra',
  de: 'mein|meine|meinem|meinen|meiner|dein|deine|unser|unsere|euer|eure',
  nl: 'mijn|onze|ons|jouw',
  pl: 'moj|moja|moje|moi|twoj|twoja|nasz|nasza|nasze|nasi',
};
const CLAUSE_OF_OWN: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(
    Object.entries(POSSESSIVE).map(([lang, own]) => [
      lang,
      new RegExp(String.raw`(?:[,;:]|(?<!\p{L})(?:y|e|et|und|en|i|a|pero|mas|mais|ma|aber|doch|maar|ale))[^\p{L}]+(?:(?:o|a|os|as|il|la|i|le|lo)[^\p{L}]+)?(?:${own})[^\p{L}]+\p{L}+(?:[^\p{L}]+\p{L}+){0,4}[^\p{L}]+$`, 'u'),
    ]),
  ),
  // Mandarin ("我跟X共事过，但我的经理是个白痴") and Hindi in both scripts ("..., लेकिन मेरा मैनेजर बेवकूफ़ था", "lekin mera boss"),
  // Devanagari as normalise() leaves it, its consonants.
  zh: /[，,：:；;](?:但是|但|可是|不过|而且|而)?(?:我的|我们的|你的|你们的)[^，,：:；;。！？]{1,12}$/u,
  hi: new RegExp(
    String.raw`(?:[,:;।]|(?<!\p{L})(?:${devanagari(['लेकिन', 'मगर', 'पर', 'और'])}|lekin|magar|par|aur))[^\p{L}]+`
      + String.raw`(?:${devanagari(['मेरा', 'हमारा', 'तुम्हारा'])}|mera|meri|mere|hamara|hamari|hamare|tumhara|tumhari|tumhare)[^\p{L}]+\p{L}+(?:[^\p{L}]+\p{L}+){0,4}[^\p{L}]*$`,
    'u',
  ),
};
/** Whether such a clause stands between a group and what is said after it, naming no group or pronoun for one ("mais à mon avis ils sont..."). */
function ownSomeoneBetween(text: string, g: Span, s: Span, lang: string, groups: readonly Span[], they: readonly Span[]): boolean {
  if (g.to > s.from) return false;
  const clause = CLAUSE_OF_OWN[lang]?.exec(text.slice(g.to, s.from));
  if (!clause) return false;
  const inClause = (o: Span) => o.from >= g.to + clause.index && o.to <= s.from;
  return !groups.some(inClause) && !they.some(inClause);
}

/**
 * A call or a hatred whose object is another noun, the group inside a relative clause on that noun: "matar la
 * burocracia que sufren los X", "je déteste l'injustice que vivent les X", "die Armut ausrotten, die X trifft",
 * "zabić biurokrację, z którą zmagają się X" (session 18). The verb's object is the noun right after it with a
 * determiner (Polish, which has none: one word and a comma), or, in German and Dutch, the noun before the verb
 * that ends the clause. Not a noun that stands for people ("la gente que..."), a fact ("odio el hecho de que los
 * X...") or what is theirs, is a group or is itself said, nor a clause that says what the noun is ("esa plaga que
 * son los X").
 */
const RELATIVE: Readonly<Record<string, string>> = {
  es: 'que|quien|quienes|cual|cuales|donde',
  pt: 'que|quem|qual|quais|onde',
  fr: 'que|qu|qui|dont|ou|lequel|laquelle|lesquels|lesquelles',
  it: 'che|cui|quale|quali|dove',
  de: 'der|die|das|denen|deren|dessen|welche|welcher|wo',
  nl: 'die|dat|waar|waarin|waaronder|waarmee|wat',
  pl: 'ktory|ktora|ktore|ktorzy|ktorego|ktorej|ktoremu|ktorym|ktorych|ktorymi|gdzie',
};
/** The noun after the verb (a determiner before it, or ending what is said), up to two words more, then the relative. */
const OBJECT_THEN_RELATIVE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(RELATIVE).map(([lang, relative]) => [
    lang,
    new RegExp(
      lang === 'pl'
        ? String.raw`^[^\p{L}]+(\p{L}{3,})[^\p{L}]*,[^\p{L}]*(?:\p{L}{1,3}[^\p{L}]+)?(?:${relative})(?!\p{L})`
        : String.raw`^[^\p{L}]+(?:(?:${OPENING_DETERMINER[lang]})[^\p{L}]+)?(\p{L}{3,})(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+(?:\p{L}{1,6}[^\p{L}]+)?(?:${relative})(?!\p{L})`,
      'du',
    ),
  ]),
);
const DETERMINED: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(OPENING_DETERMINER).map(([lang, determiners]) => [lang, new RegExp(String.raw`(?<!\p{L})(?:${determiners})(?:[^\p{L}]+)?$`, 'u')]),
);
/** German and Dutch: a determiner and a noun before the verb that ends what is said; the relative right after it. */
const OBJECT_BEFORE_VERB = /(?<!\p{L})(?:die|der|das|den|dem|diese|diesen|de|het|deze|dit|dat)[^\p{L}]+(\p{L}{3,})[^\p{L}]+\p{L}+$/du;
const RELATIVE_AFTER: Readonly<Record<string, RegExp>> = {
  de: new RegExp(String.raw`^[^\p{L}]*(?:\p{L}{1,6}[^\p{L}]+)?(?:${RELATIVE.de})(?!\p{L})`, 'u'),
  nl: new RegExp(String.raw`^[^\p{L}]*(?:${RELATIVE.nl})(?!\p{L})`, 'u'),
};
const NOT_ANOTHER = /^(?:que|qui|che|die|dat|hecho|idea|facto|ideia|fait|idee|fatto|feit|tatsache|gedanke|fakt|fakte|mysl)$/u;
/**
 * What is theirs, their places of worship, homes and shops, faith and culture: burning or erasing it threatens
 * their people ("quemar las mezquitas que construyen los X", "erradicar la religión que practican los X").
 */
const THEIRS = /^(?:religi|cultur|kultur|cultuur|mezquit|mesquit|mosque|moschee|moske|meczet|sinagog|synagog|iglesi|igreja|eglise|chies|kirche|kerk|kosciol|casas|case|hogar|maison|haus|hauser|huis|huizen|domy|tiend|loja|magasin|negoz|laden|winkel|sklep)/u;
const COPULA = /(?<!\p{L})(?:es|son|sean|eran|fueran|sao|sejam|eram|fossem|est|sont|soient|etaient|sono|siano|erano|fossero|ist|sind|seien|waren|is|zijn|jest|sa|to)(?!\p{L})/u;
function objectIsAnother(text: string, s: Span, g: Span, lang: string, groups: readonly Span[], said: readonly Span[]): boolean {
  const relative = OBJECT_THEN_RELATIVE[lang];
  if (!relative || g.from < s.to) return false;
  const between = text.slice(s.to, g.from);
  let noun: Span;
  let clause: number;
  const after = relative.exec(between);
  if (after && (lang === 'pl' || DETERMINED[lang]!.test(text.slice(s.from, s.to + after.indices![1]![0])))) {
    noun = { from: s.to + after.indices![1]![0], to: s.to + after.indices![1]![1] };
    clause = after[0].length;
  } else {
    const relativeAfter = RELATIVE_AFTER[lang]?.exec(between);
    const from = Math.max(0, s.to - 40);
    const before = relativeAfter && OBJECT_BEFORE_VERB.exec(text.slice(from, s.to));
    if (!before) return false;
    noun = { from: from + before.indices![1]![0], to: from + before.indices![1]![1] };
    clause = relativeAfter[0].length;
  }
  const word = text.slice(noun.from, noun.to);
  if (PEOPLE[lang]!.test(word) || NOT_ANOTHER.test(word) || THEIRS.test(word) || groups.some((o) => overlaps(o, noun)) || said.some((o) => !overlaps(o, s) && overlaps(o, noun))) return false;
  // What the relative clause says, to the sentence's end.
  return !COPULA.test(/^[^.!?;\n]*/.exec(text.slice(s.to + clause))![0]);
}

/**
 * A Polish good adjective in an oblique case ("uczciwego", "mądrych"), but for "nothing good", describes the noun right after it: a group there
 * ("nie spotkałem uczciwego Cygana"), or another noun ("nie ma mądrych powodów, by nienawidzić X"), which denies the group
 * nothing (session 19).
 */
const OBLIQUE_ADJECTIVE = /(?:ego|ej|ych|ym|ymi)$/u;
const describesOtherNoun = (text: string, w: Span, g: Span, lang: string) =>
  lang === 'pl' && OBLIQUE_ADJECTIVE.test(text.slice(w.from, w.to)) && !NOTHING_SOMETHING.test(text.slice(Math.max(0, w.from - 12), w.from))
  && !(g.from >= w.to && /^[^\p{L}]*$/u.test(text.slice(w.to, g.from)));
/**
 * Respect or trust refused a group by someone the writer names, the group its object ("la police ne respecte pas les noirs", "mon
 * patron ne fait jamais confiance aux femmes", "Policja nie
 * szanuje Romów", "الشرطة لا تحترم السود", "警察不尊重黑人", "लोग दलितों का सम्मान नहीं करते"): a complaint of another's contempt,
 * nothing said against the group (session 37). Not the writer's own refusal ("je ne respecte pas les X", "nie szanuję X", "我不尊重X":
 * no subject, or I or we), nor a group's ("les X ne respectent pas les femmes" is read on its own group), nor "a real man" or
 * "no one" (no determiner this reads).
 */
const REGARD = new RegExp(String.raw`(?:^|[^\p{L}])(?:respe|rispe|szan|izzat|samman|confi|fid|vertrau|vertrouw|ufa|ufn|bharos)|حترم|ثق|尊重|信任|${devanagari(['सम्मान', 'इज़्ज़त', 'इज्जत'])}`, 'u');
const ROMANCE_GERMANIC_DETERMINERS: Readonly<Record<string, string>> = {
  fr: 'la|le|l|les|ce|cet|cette|ces|mon|ma|mes|notre|nos|leur|leurs|son|sa|ses',
  es: 'el|la|los|las|este|esta|estos|estas|mi|mis|nuestro|nuestra|nuestros|nuestras|su|sus',
  pt: 'o|a|os|as|este|esta|estes|estas|esse|essa|esses|essas|meu|minha|meus|minhas|nosso|nossa|seu|sua',
  it: 'il|lo|la|l|i|gli|le|questo|questa|questi|queste|mio|mia|miei|mie|nostro|nostra',
  de: 'der|die|das|dieser|diese|dieses|mein|meine|unser|unsere|sein|seine|ihr|ihre',
  nl: 'de|het|deze|mijn|onze|ons|zijn|haar|hun',
};
const NAMED_SUBJECT: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(Object.entries(ROMANCE_GERMANIC_DETERMINERS).map(([lang, determiners]) => [lang, new RegExp(`^[^\\p{L}]*(?:${determiners})[^\\p{L}]+\\p{L}{3,}(?:[^\\p{L}]+\\p{L}+)?[^\\p{L}]*$`, 'u')])),
  // Polish has no article: one noun, not a pronoun or an adverb that opens the writer's own refusal.
  pl: /^[^\p{L}]*(?!(?:ja|my|ty|wy|nigdy|nikt|osobiscie|szczerze|nawet|juz|tez|wcale|dlaczego|czemu|kto|czy)(?!\p{L}))\p{L}{3,}[^\p{L}]*$/u,
  ar: /^[^\p{L}]*ال\p{L}{2,}(?:[^\p{L}]+ال\p{L}{2,})?[^\p{L}]*$/u,
  zh: /^(?![我咱])\p{Script=Han}{1,6}$/u,
  hi: new RegExp(String.raw`^[^\p{L}]*(?!(?:${devanagari(['मैं', 'हम', 'मैंने', 'हमने'])}|main|mai|mein|hum|maine|humne)(?!\p{L}))\p{L}{2,}[^\p{L}]*$`, 'u'),
};
function regardRefusedByAnother(text: string, w: Span, g: Span, scope: Span, negations: readonly Span[], groups: readonly Span[], lang: string): boolean {
  const named = NAMED_SUBJECT[lang];
  if (!named || !REGARD.test(text.slice(w.from, w.to))) return false;
  // The first negation: "ne ... jamais" is found as two, in no order.
  const first = Math.min(...negations.filter((n) => n.from >= scope.from && n.to <= w.from).map((n) => n.from));
  const end = Math.min(w.from, g.from, first);
  return named.test(text.slice(scope.from, end)) && !groups.some((o) => o.from >= scope.from && o.to <= end);
}

/** "Nic dobrego", "coś pożytecznego": the adjective is the pronoun's, nothing good said of whoever the sentence is about. */
const NOTHING_SOMETHING = /(?<!\p{L})(?:nic|niczego|cos|czegos|nikogo|kogos)[^\p{L}]+$/u;

/**
 * "Nie spotkałem tak uczciwego człowieka jak X", "je n'ai jamais vu quelqu'un d'aussi capable que les X": a good word
 * denied with "as" before it and the group after "as" or "than" names the group the standard, which is praise (session 19).
 * Not the group before the good word ("X nigdy nie będą tak mądre jak..."), which is what is denied.
 */
const AS_MUCH = /(?<!\p{L})(?:tak|taki|taka|takie|takiego|takiej|takich|aussi|si|tao|tan|tanto|tanta|cosi|altrettanto|zo|even|net zo|so|genauso|ebenso)[^\p{L}]+(?:\p{L}+[^\p{L}]+)?$/u;
const AS_OR_THAN = /(?<!\p{L})(?:jak|niz|que|qu|quanto|quanta|quantos|quantas|como|come|als|dan|wie)(?!\p{L})/u;
const standardOfComparison = (text: string, w: Span, g: Span) =>
  g.from >= w.to && AS_MUCH.test(text.slice(Math.max(0, w.from - 30), w.from)) && AS_OR_THAN.test(text.slice(w.to, g.from));

/**
 * "Ruining whatever they touch" takes its subject before it (Session 19): a group after it, past "and" or "but" and a
 * determiner of its own, is the subject of another clause ("Los políticos arruinan todo lo que tocan y los X pagan el
 * pato", "les politiciens gâchent tout ce qu'ils touchent et les X trinquent").
 */
const TOUCHED = /(?:touchent|approchent|tocan|toca|tocam|encostam|encosta|toccano|tocca|anfassen|anfasst|beruhren|beruhrt|aanraken|aanraakt|dotkna|dotykaja|dotyka|tkna)$/u;
const ANOTHER_SUBJECT = /(?<!\p{L})(?:y|e|et|ed|mais|pero|mas|ma|mientras|enquanto|alors que|mentre|und|aber|en|maar|i|a)[^\p{L}]+(?:los|las|os|as|les|des|ces|i|gli|le|esos|esas|estos|estas|esses|essas|estes|estas|questi|queste|quei|die|de|het|ci|te)[^\p{L}]+$/u;
/**
 * A place gone to ruin "since" (Session 19): the group is who came, the subject of the "since" clause. Where the
 * decline comes first ("le quartier a coulé depuis que les X sont arrivés") it follows in that clause, no comma
 * between ("...depuis qu'on a fermé l'usine, et les X en souffrent" blames no one); where "since" comes first ("depuis
 * que les X sont là, la ville est devenue une poubelle") it is inside what is said.
 */
const SINCE_LAST = /(?<!\p{L})(?:depuis que|depuis qu|depuis l arrivee|depuis leur arrivee|desde que|desde la llegada|con la llegada|cuando|depois que|desde a chegada|depois da chegada|com a chegada|quando chegaram|quando vieram|da quando|dall arrivo|da che|con l arrivo|dopo l arrivo|da quando sono arrivati|da quando sono arrivate|qu on laisse entrer|qu on a laisse entrer|qu on accueille|seit|seitdem|seit dem|sinds|sinds dat|sedert)$/u;
const SINCE_FIRST = /^(?:depuis|desde que|depois que|da quando)(?!\p{L})/u;
function placedAsItsOwn(text: string, s: Span, g: Span): boolean {
  const said = text.slice(s.from, s.to);
  if (g.from >= s.to && TOUCHED.test(said) && ANOTHER_SUBJECT.test(text.slice(s.to, g.from))) return false;
  if (SINCE_LAST.test(said)) return g.from >= s.to && !/[,;:.!?]/.test(text.slice(s.to, g.from));
  if (SINCE_FIRST.test(said)) return s.from < g.from && g.to < s.to;
  return true;
}

/**
 * Outrage that nobody gives a group what it is owed ("me indigna que a nadie le importe la vida de los X", "me revolta
 * que ninguém se importe com...", "c'est scandaleux que personne ne respecte les X", "mi fa rabbia che nessuno si
 * preoccupi della vita dei X") condemns the denial: "nobody" right after an outraged or saddened "that" denies no worth
 * (Session 19). Only "nobody": "me indigna que los X no respeten..." says something of the group itself.
 */
const NOBODY = /^(?:nadie|ninguem|nessuno|personne|niemand|nikt)$/u;
const OUTRAGED_THAT = /(?<!\p{L})(?:indign|revolt|rabbia|scandal|honte|honteu|vergon|vergu|vergogn|triste|tristeza|rattrist|entristec|doi|duele|choqu|choc|inacceptable|inaceptable|inaccettabile|inaceitavel|absurd|increible|incroyable|incredibile|inacreditavel|traurig|schand|skandal|emporend|erschreckend|triest|treurig|schandalig|beschamend|smutn|skandal|oburz|przykr)\p{L}*(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+(?:que|qu|che|dass|dat|ze)(?:[^\p{L}]+(?:a|sich|zich|sie|se|si))?[^\p{L}]+$/u;
/** French "personne ne": its "ne" is read with the "personne" before it. */
const PERSONNE_BEFORE = /(?<!\p{L})personne[^\p{L}]+$/u;
function outragedNobody(text: string, n: Span): boolean {
  const before = text.slice(Math.max(0, n.from - 70), n.from);
  const word = text.slice(n.from, n.to);
  if (NOBODY.test(word)) return OUTRAGED_THAT.test(before);
  const personne = (word === 'ne' || word === 'n') && PERSONNE_BEFORE.exec(before);
  return !!personne && OUTRAGED_THAT.test(before.slice(0, personne.index));
}

function hateIn(segment: PreparedSegment, lang: string, role: Role, pair: Pairable | undefined, top: Language | undefined): Hit[] {
  if (!pair) return [];
  const { groups, worth } = pair;
  // A strict term counts in the likeliest language, and in Polish where its letters and words say it (franc reads
  // a short line of it as German or Dutch).
  const said = pair.said.filter((s) => lang === top || !s.strict?.() || (lang === 'pl' && looksPolish(segment.value)));
  const text = segment.norm.text;
  const sentencesOf = sentences(text);
  const { sentence, startOf, endOf } = sentencesOf;
  // Whether a negation negates is asked only of those a pair's framing or a denial reads, once each: a long
  // text holds many, most in no pair's sentence.
  const negations = findPhrases(role.pairing().negation, segment);
  const negating = new Map<Span, boolean>();
  const negatesHere = (n: Span) => once(negating, n, () => negates(text, n, lang));
  const rhetorical = RHETORICAL_QUESTIONS[lang];
  // The negations that frame a pair: those in its sentence (framing reads no other), not the one of a
  // question that asks for agreement with it.
  const asserting = (g: Span, scope: Span) =>
    negations.filter((n) => n.from >= scope.from && n.to <= scope.to && !deniesOnlyGoodWords(text, n, lang) && negatesHere(n) && !(rhetorical && asksAgreement(text, n, g, rhetorical)));
  const ownSaying = OWN_SAYING[lang];
  const approvingHere = APPROVING[lang];
  const framingRoles = role.framing();
  // Read when a pair first asks for them: in most segments that hold a group and something said, no pair is in reach.
  let mentionsRead: readonly Span[] | undefined;
  const mentions = () => (mentionsRead ??= findPhrases(framingRoles.mention, segment).filter(
    (m) => !(NOTHING_AGAINST_READ.has(lang) && NOTHING_AGAINST.test(text.slice(Math.max(0, m.from - 16), m.from))) && !ownSaying?.test(text.slice(Math.max(0, m.from - 30), m.from))
      && !NO_SPEECH_AFTER.test(text.slice(m.to, m.to + 16))
      && !roleAsked(text, m)
      && !SAY_WHAT_YOU_WILL.test(text.slice(m.to, m.to + 40))
      && !THINKING_OF.test(text.slice(m.from, m.to + 8))
      && !(lang === 'hi' && (HI_WORD_SAID.test(text.slice(m.to, m.to + 24)) || HI_SELF_REGARD.test(text.slice(Math.max(0, m.from - 40), m.from))))
      && !WORD_SAID.test(text.slice(Math.max(0, m.from - WORD_SAID_REACH), m.from))
      && !(approvingHere && approvedBefore(text, m, approvingHere)),
  ));
  const they = findPhrases(framingRoles.they, segment).filter((t) => !identifiesAnother(text, t, lang, groups, said) && !meansAnother(text, t, groups));
  const selves = findPhrases(framingRoles.self, segment);
  // The groups a span may pair with: the pair's extent and the sentences it spans.
  const groupsNear = spansWithinReach(groups, REACH);
  let saidByOffset: SaidIndex | undefined;
  const pairs = (s: Span) => {
    const found: { g: Span; from: number; to: number; scope: Span }[] = [];
    for (const g of groupsNear(s)) {
      // What is said may hold the group as its object ("hay que deportar a todos los gitanos"), or open
      // its name as a curse ("fottuti rumeni", "ces sales Algériens": a people named after a curse,
      // nationalities.ts), or end on the article that opens the group's name ("odio i neri": a colour is a group only
      // after one); any other overlap is one word read twice.
      const holds = s.from < g.from && (g.to < s.to || (g.to === s.to && GROUP_CLOSES_SAID.has(lang)));
      if (overlaps(g, s) && !holds && !(s.from === g.from && s.to < g.to) && !sharesArticle(text, s, g)) continue;
      const gap = Math.max(g.from, s.from) - Math.min(g.to, s.to);
      if (gap > REACH) continue;
      if (!placedAsItsOwn(text, s, g)) continue;
      const enclitic = encliticOf(text, s, lang);
      const referredBack = (refs: readonly Span[]) =>
        sameOrReferredBack(sentence, refs, g, s, { opening: PRO_DROP.has(lang) || CLOSE_READING.has(lang) || PRONOUN_OPENS.has(lang), inside: OBJECT_INSIDE.has(lang) });
      // Carried without a pronoun (session 19: a demonstrative, a topic asked, a group that explains): not from a
      // sentence that reports or counters ("Qui a dit que les X étaient des sauvages ? Des ignorants.").
      const carried = () => {
        if (mentions().some((m) => sentence(m.from) === sentence(g.from))) return false;
        if (fragmentAfter(text, g, s, lang, sentencesOf)) return true;
        // A good word is carried only by a fragment: "Moi, raciste ? Jamais. Les X ? Des gens comme nous." denies nothing.
        if (!('category' in s)) return false;
        // Nor what is said after another plural subject named in its sentence: "Les X ? Ce sont les passeurs, ces
        // ordures, qui les exploitent."
        if (sentence(s.from) > sentence(g.from) && OTHER_SUBJECT[lang]?.test(text.slice(startOf(sentence(s.from)), s.from))) return false;
        const epithet = epithetOf(text, s, lang);
        return (epithet !== undefined && leadsItsSentence(text, g, sentencesOf) && referredBack([epithet])) || topicAsked(text, g, s, sentencesOf)
          || (s.category === 'hate' && (groupExplains(text, g, s, lang, sentencesOf) || allLikeThat(text, g, s, lang, sentencesOf)));
      };
      if (!referredBack(enclitic ? [...they, enclitic] : they) && !carried()) continue;
      // A group carried back from the sentence before only where no other plural subject named before it there acts on it:
      // "Os racistas insultaram os judeus do bairro. Esses lixos merecem cadeia." (session 19).
      if (sentence(s.from) === sentence(g.from) + 1 && actedOnBy(text, g, lang, sentencesOf)) continue;
      const ss = sentence(s.from);
      if (ss === sentence(g.from) + 1 && OWN_SUBJECT_OPENS[lang]?.test(text.slice(startOf(ss), s.from))) continue;
      if (objectOfRelative(text.slice(Math.max(startOf(sentence(g.from)), g.from - 40), g.from), lang)) continue;
      if (ss === sentence(g.from) && (describesAnother(text, s, g, startOf(ss), lang, groups, said) || objectIsAnother(text, s, g, lang, groups, said) || decriesContempt(text, s, g, (saidByOffset ??= saidIndex(text, said)), lang)
        || ownSomeoneBetween(text, g, s, lang, groups, they))) continue;
      if (selves.some((m) => (m.to <= g.from && g.from - m.to <= 2 && !comparing(text, m, lang) && !BECOMING_AS.test(text.slice(Math.max(0, m.from - 30), m.from))) || (SELF_AFTER.has(lang) && m.from >= g.to && SELF_GAP.test(text.slice(g.to, m.from))))) continue;
      if ('category' in s && swearsAtAnother(text, s, g, lang)) continue;
      if (aimedAtWhatAnotherDoes(text, s, g, lang)) continue;
      // What frames a pair is read in the sentence that says it: across sentences, "I don't get why you
      // like X. Everything about them disgusts me" is not negated by the first sentence's "don't".
      found.push({ g, from: Math.min(g.from, s.from), to: Math.max(g.to, s.to), scope: { from: startOf(ss), to: endOf(ss) } });
    }
    return found;
  };
  const strongest = (hits: Hit[]) => hits.reduce<Hit | undefined>((best, hit) => (!best || hit.weight > best.weight ? hit : best), undefined);
  const hits: Hit[] = [];
  const why = `derogation of a protected group (${lang})`;
  let answers: ReturnType<typeof answerSentences> | undefined;
  for (const s of said) {
    if (s.category === 'hate' && answeredByUs(text, s, (answers ??= answerSentences(text)))) continue;
    const governing = (g: Span, scope: Span) =>
      asserting(g, scope).filter((n) => !conditionedAfter(text, n, s, lang) && !(s.category === 'hate/threatening' && asksWhyNot(text, n, lang)) && !negatesOnlyAfter(text, n, s, lang));
    const found = pairs(s);
    if (found.length === 0) continue;
    // What the group itself is said to think or say stops at a "but" ("os X acham que são iguais a nós, mas são lixo").
    const framingMentions = MENTION_ENDS_AT_BUT.has(lang)
      ? mentions().filter((m) => !(m.to <= s.from && (CONTRAST.test(text.slice(m.to, s.from)) || BUT_WITHOUT_COMMA[lang]?.test(text.slice(m.to, s.from)))))
      : mentions();
    const best = strongest(found.map((p) => ({ category: s.category, weight: s.weight * framing(text, p, p.scope, governing(p.g, p.scope), framingMentions, s, lang), evidence: evidenceAt(segment, p.from, p.to), why })));
    if (best) hits.push(best);
  }
  // A good thing denied: the negation must govern the good word itself, close before it in its clause
  // ("no son tan listos", "lasst keinen ... leben"), or, in Hindi, right after it ("samajhdar nahi").
  for (const w of worth) {
    if (SHAME_OF.test(text.slice(Math.max(0, w.from - 16), w.from)) || NOT_WITHOUT.test(text.slice(Math.max(0, w.from - 24), w.from))) continue;
    // The second half of a hyphened word is no good thing of its own: "ne sont pas des sous-humains" denies the insult.
    if (text[w.from - 1] === '-') continue;
    const denies = (n: Span, g: Span) =>
      (n.to <= w.from
        ? w.from - n.to <= DENIAL_REACH && !brokenBetween(text, n, w) && !clauseStands(text, n, w) && !deniesAllAlike(text, n, w)
        : (DENIED_AFTER.has(lang) && n.from >= w.to && n.from - w.to <= DENIAL_AFTER) || negatedAfterObject(text, w, g, n, lang) || negatedWithoutNe(text, w, n, lang))
      && (lang === 'hi' || !LESS.test(around(text, n)));
    // A question that asks agreement with a clause ("n'est-il pas évident que les X sont capables ?") says the clause.
    const asksAgreementWith = (n: Span, g: Span) => rhetorical !== undefined && COMPLEMENTIZER.test(text.slice(n.to, w.from)) && asksAgreement(text, n, g, rhetorical);
    // Each pair with the negations that deny its good word.
    const denied = pairs(w).filter((p) => !standardOfComparison(text, w, p.g) && !describesOtherNoun(text, w, p.g, lang) && !regardRefusedByAnother(text, w, p.g, p.scope, negations, groups, lang)).map((p) => ({
      ...p,
      by: negations.filter((n) => !namedWith(n, p.g) && denies(n, p.g) && negatesHere(n) && !outragedNobody(text, n) && !asksAgreementWith(n, p.g)),
    })).filter((p) => p.by.length > 0 && !deniedTwice(text, p.by, negations.filter((n) => n.to <= p.scope.to)));
    // The verb of a doubting question that denies ("tu crois vraiment que...?") reports no one's words; said, not asked,
    // such a frame still reports ("il est faux que les X ...": counter-speech).
    const doubtingQuestion = (p: (typeof denied)[number], n: Span) => opensClause(text, n) && /\?[^\p{L}]*$/u.test(text.slice(p.scope.from, p.scope.to));
    const reported = (p: (typeof denied)[number]) =>
      mentions().some((m) => m.from >= p.scope.from && m.to <= p.scope.to && !p.by.some((n) => overlaps(m, n) && doubtingQuestion(p, n)));
    const framed = (p: (typeof denied)[number]) => (reported(p) || quoted(text, p.from, p.to) || quotedStatement(text, p.g) ? MENTIONED : 1);
    const best = strongest(denied.map((p) => ({ category: 'hate' as const, weight: DENIED * framed(p), evidence: evidenceAt(segment, p.from, p.to), why: `a protected group denied worth (${lang})` })));
    if (best) hits.push(best);
  }
  return hits;
}

/**
 * A word said by someone ("un seul mot dit par un X", "palavra dita por"; German and Dutch put the verb after its relative
 * clause, "kein Wort, das ein X sagt", "geen woord dat een X zegt"): the saying qualifies the word, no speech is
 * reported (sessions 27 and 28).
 */
const WORD_SAID = /(?<!\p{L})(?:mot|mots|parole|paroles|palavra|palavras|palabra|palabras|parola|wort|worte|woord|woorden|slowo|slowa)(?:[^\p{L}]+(?:das|die|was|dat)(?:[^\p{L}]+\p{L}+){1,3})?[^\p{L}]+$/u;
/** How far before a mention WORD_SAID looks, in characters: the German relative clause with its subject. */
const WORD_SAID_REACH = 40;
/**
 * "Who wants" names whoever does ("wer will X töten", "chi vorrebbe uccidere i X"), but asked of one taken on in a role it
 * refuses them ("wer will schon einen X als Nachbarn?", "chi vorrebbe un X come vicino?", "wie wil er nou een X als
 * buurman?"): no mention then (session 37).
 */
const WHO_WANTS = /^(?:wer|chi|wie)(?!\p{L})/u;
const AS_ROLE = /^[^.!?;]{0,50}?(?<!\p{L})(?:als|come)[^\p{L}]+(?:nachbar|kolleg|chef|mieter|schwieger|vicin|colleg|capo|genero|nuora|inquilin|coinquilin|buurm|buurvrouw|buren|collega|baas|bazin|huurder|schoon)/u;
const roleAsked = (text: string, m: Span) => WHO_WANTS.test(text.slice(m.from, m.to)) && AS_ROLE.test(text.slice(m.to, m.to + 60));
/**
 * A mention word no speech follows: "against nature" ("contre nature", "contra a natureza", "przeciw naturze") is what is
 * said of them, no speech one is against (session 26); "no que me diz respeito" is "as far as I am concerned" (session 27).
 */
const NO_SPEECH_AFTER = /^[^\p{L}]+(?:(?:(?:la|a)[^\p{L}]+)?(?:nature|natura|naturaleza|natureza|naturze)|respeito)(?!\p{L})/u;
/**
 * "Say what you will" concedes, it reports nobody's words (session 32): "Digam o que quiserem dos X, eles continuam...",
 * "Dites ce que vous voulez sur les X, ils restent...", "Sag über X, was du willst, sie bleiben...", "Digan lo que digan".
 */
const SAY_WHAT_YOU_WILL = /^(?:[^\p{L}]+\p{L}+){0,3}?[^\p{L}]+(?:o que|lo que|ce que|was|quello che|wat)[^\p{L}]+(?:quiserem|quiser|quiseres|quieran|quieras|digan|digas|vous voulez|tu veux|on veut|du willst|ihr wollt|volete|vuoi|je wilt|jullie willen)(?!\p{L})/u;
/**
 * Thinking of something, no belief reported (session 30): "ne pensent qu'à l'argent", "só pensam em dinheiro" (they think
 * only of money) name what they care about; "pensent que", "pensam que" report what someone believes.
 */
const THINKING_OF = /^pens\p{L}*(?:[^\p{L}]+qu)?[^\p{L}]+(?:a|au|aux|em|no|na|nos|nas)(?!\p{L})/u;
/**
 * Hindi (session 28): a word said by one of them ("kisi X ki kahi ek bhi baat", not a single word an X says) qualifies the
 * word, as WORD_SAID reads it before the noun in other languages; and what a group thinks of itself ("jo X khud ko mere
 * barabar samajhte hain") reports no one's words about it.
 */
const HI_WORD_SAID = /^[^\p{L}]+(?:hui[^\p{L}]+)?(?:ek|kisi)[^\p{L}]+bhi[^\p{L}]+(?:baat|shabd|lafz)(?!\p{L})/u;
const HI_SELF_REGARD = /(?<!\p{L})(?:khud|apne aap)[^\p{L}]+ko(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]+$/u;
/**
 * Existing or living as what one is ashamed or afraid of ("ne devraient pas avoir honte d'exister", "não deviam ter vergonha de
 * existir", "ne devraient pas avoir peur de vivre ici"): a negation there denies the shame or the fear, not their existence
 * (sessions 26 and 38).
 */
const SHAME_OF = /(?<!\p{L})(?:honte|vergonha|verguenza|vergogna|peur|crainte|medo|miedo|paura)[^\p{L}]+(?:d|de|di)[^\p{L}]+$/u;
/**
 * "Not all alike": a negation before "all" and an equality word ("não são todos iguais", "nem todos os X são iguais", "no son
 * todos iguales", "non sono tutti uguali") denies the stereotype that they are all the same, not their equality (session 36).
 */
const ALL_ALIKE = /(?<!\p{L})(?:todos|todas|tutti|tutte|tous|toutes)(?!\p{L})/u;
const EQUAL = /^(?:igual|iguais|iguales|uguali|uguale|pareils|pareilles|egaux|egales)(?!\p{L})/u;
const deniesAllAlike = (text: string, n: Span, w: Span) => EQUAL.test(text.slice(w.from, w.to)) && ALL_ALIKE.test(text.slice(n.to, w.from));

interface ScriptRole {
  group: Alternation;
  derogation: Alternation;
  aimed: Alternation;
  violence: Alternation;
  /** ScriptGrammar's caused and causative (an expression that ends where it stands). */
  caused: Alternation;
  causative: RegExp;
  /** ScriptGrammar's asked: its question words (an expression that ends where it stands) and what they ask. */
  asker: RegExp;
  asked: Alternation;
  /** ScriptGrammar's closing: a question ending where the group starts (its predicate the first group), one starting right after it, and the question's end. */
  closesBefore: RegExp;
  closesAfter: RegExp;
  questionEnd: RegExp;
  negation: RegExp;
  affirming: RegExp;
  conditional: RegExp;
  /** The endings of a yes-or-no question that asks for agreement (ScriptGrammar's rhetorical), empty if none. */
  rhetorical: readonly string[];
  mention: RegExp;
  notMention: RegExp;
  /** ScriptGrammar's notDerogation: names a derogation's word is read inside without being said. */
  notDerogation: Alternation | undefined;
  they: RegExp;
  worth: RegExp;
  denial: RegExp;
  /** Words are set apart by spaces (Arabic), so a negation starts a word. */
  spaced: boolean;
  /** How far apart a group and what is said of it may be, in characters (Mandarin packs more in each). */
  reach: number;
  /** The negation of a good word may follow it, as in Hindi ("इज़्ज़त नहीं"). */
  denialAfter: boolean;
  /** Derogation and violence spelt so that they are searched only near a group word (chineseSoundsFirst). */
  near: { derogation: Alternation; violence: Alternation } | undefined;
  /**
   * A clause that names its own subject (a group or a pronoun for one) after a comma is out of reach of a
   * negation in the clause before ("我不明白为什么有人喜欢X，他们太恶心了"): Mandarin, whose clauses each
   * take their subject and whose negation stands right before what it negates.
   */
  clauseBound: boolean;
  /** A member naming their own group ("女性として", "как женщина"): a group word inside one names no target. */
  self: RegExp;
  /**
   * Japanese negates after what it negates ("犯罪者ではない"): a negation governs what is said only this many
   * characters after it (one further on negates another verb). Undefined where a sentence's negation may govern.
   */
  negatedWithin: number | undefined;
}

/** A script grammar's roles (ScriptRole), each built when first asked. */
interface ScriptReading {
  /**
   * The whole grammar, what a segment holding a letter of its script is read with: most documents hold
   * none, and building it (the Mandarin one spells every word as members write it) cost every process
   * and scoring thread about a tenth of what it paid before its first verdict.
   */
  written: () => ScriptRole;
  /**
   * The same role made of the words that can match in a segment without a letter of the grammar's script
   * (Mandarin "gay", "laji"): what a segment of English text is read with. Undefined where no group word
   * can be written without the script (such a segment names no group).
   */
  unwritten: ScriptRole | undefined;
  /**
   * A text this grammar is read in even where franc names a Latin-script language: Mandarin characters
   * among pinyin (a Han character and no kana, which would make it Japanese), or Mandarin written wholly
   * in pinyin; Japanese wherever kana are. Undefined for the others.
   */
  amongLatin: ((text: string) => boolean) | undefined;
  /** The role read in a text written wholly in pinyin (Mandarin), every word as its syllables. */
  pinyin: (() => ScriptRole) | undefined;
}

type ScriptLanguage = keyof typeof SCRIPT_GRAMMARS;

let scripts: [ScriptLanguage, ScriptReading][] | undefined;

function compileScripts(): [ScriptLanguage, ScriptReading][] {
  // The grammar's words are folded as the text they are read in is (Arabic: "خرى" is read as "خري"; Hindi
  // in Devanagari loses its vowel signs, "मुसलमानों" read as "मसलमन"), and Hindi's stand as whole words: a
  // skeleton of consonants is often inside a longer word.
  interface Reading {
    reach: number;
    spaced: boolean;
    fold?: (text: string) => string;
    whole?: boolean;
    /** Words are stems, read from a word's start (Russian: "паразит" is паразиты, паразитов); see russianWord. */
    stems?: boolean;
    denialAfter?: boolean;
    /** The group, derogation and violence words as read with their evasions (chinese-spellings.ts). */
    spelt?: (word: string) => string;
    /** Evasions too costly to search a whole segment for, searched near a group word. */
    spoken?: (word: string) => string | undefined;
    clauseBound?: boolean;
    amongLatin?: (text: string) => boolean;
    /** Every word of the grammar as a text in another script writes it ("bu", "la ji"), or undefined. */
    written?: (word: string) => string | undefined;
    /** The expression source of a word of the other lists (negations, pronouns, good words). */
    source?: (word: string) => string;
    /** A group word written out in another script ("tongxinglian"), or undefined. */
    spokenGroup?: (word: string) => string | undefined;
    /**
     * Read only where a letter of the script is, no role for a text without one: Japanese kana (its kanji
     * are Mandarin's too); Russian words folded wholly to Latin look-alikes ("геев" as "reeb", "скот" as
     * "ckot") would otherwise be read in every English text.
     */
    ownScriptOnly?: boolean;
    negatedWithin?: number;
  }
  const role = (lang: ScriptLanguage, reading: Reading): ScriptReading => {
    const g = SCRIPT_GRAMMARS[lang];
    const latin = unwritten(g, SCRIPTS[lang], reading.fold, lang === 'zh');
    const { written } = reading;
    let whole: ScriptRole | undefined;
    let inOtherScript: ScriptRole | undefined;
    // A group, derogation or violence word of one character is too common a syllable to read ("zhu", pig).
    const content = (word: string) => ([...word].length > 1 ? written?.(word) : undefined);
    // A character is a syllable and a space in pinyin, some four letters: reaches in characters grow as much.
    const other: Reading = { ...reading, reach: reading.reach * SYLLABLE_WIDTH, spelt: (w) => content(w) ?? '(?!)', spoken: undefined, spokenGroup: undefined, source: (w) => written?.(w) ?? '(?!)' };
    // Spoken spellings open with a character of the script (chineseSoundsFirst).
    return {
      written: () => (whole ??= roleOf(g, reading)),
      unwritten: latin.group.length > 0 && !reading.ownScriptOnly ? roleOf(latin, { ...reading, spoken: undefined }) : undefined,
      amongLatin: reading.amongLatin,
      pinyin: written && (() => (inOtherScript ??= roleOf(g, other))),
    };
  };
  const roleOf = (g: ScriptGrammar, { reach, spaced, fold = (text) => text, whole = false, stems = false, denialAfter = false, spelt = escapeRegExp, spoken, clauseBound = false, spokenGroup, source = escapeRegExp, negatedWithin }: Reading): ScriptRole => {
    const [before, after] = whole ? ['(?<![\\p{L}\\p{N}])(?:', ')(?![\\p{L}\\p{N}])'] : stems ? ['(?<![\\p{L}\\p{N}])(?:', ')'] : ['', ''];
    // An empty list matches nothing (an empty pattern would match everywhere).
    const any = (words: readonly string[]) =>
      new RegExp(words.length === 0 ? '(?!)' : before + words.map((w) => source(fold(w))).join('|') + after, 'gu');
    const many = (words: readonly string[], source: (word: string) => string | undefined) =>
      alternation(words.flatMap((w) => source(fold(w)) ?? []), before, after);
    return {
      group: many(g.group, (w) => [spelt(w), spokenGroup?.(w) ?? []].flat().join('|')), derogation: many(g.derogation, spelt), notDerogation: g.notDerogation && many(g.notDerogation, spelt), aimed: many(g.aimed ?? [], spelt), violence: many(g.violence, spelt),
      caused: many(g.caused ?? [], spelt), causative: new RegExp(`(?:${(g.causative ?? []).map(escapeRegExp).join('|') || '(?!)'})$`, 'u'),
      asked: many(g.asked?.what ?? [], spelt), asker: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${(g.asked?.who ?? []).map((w) => escapeRegExp(fold(w))).join('|') || '(?!)'})\\s+$`, 'u'),
      ...closingOf(g.closing, spaced, fold),
      negation: any(g.negation), affirming: any(g.affirming),
      conditional: any(g.conditional), rhetorical: (g.rhetorical ?? []).map(fold), mention: any(g.mention), notMention: any(g.notMention), they: any(g.they), reach, spaced,
      worth: any(g.worth), denial: any(g.denial), denialAfter, clauseBound, self: any(g.self ?? []), negatedWithin,
      near: spoken && { derogation: many(g.derogation, spoken), violence: many(g.violence, spoken) },
    };
  };
  return [
    ['zh', role('zh', { reach: 30, spaced: false, spelt: chineseSpellings, spoken: chineseSoundsFirst, spokenGroup: chinesePinyin, clauseBound: true, amongLatin: (text) => AMONG_LATIN.test(text) || looksLikePinyin(text), written: pinyinWord })],
    // Arabic words folded as normalise() folds the text, hamza seats too ("اشمئز" is read as "اشميز").
    ['ar', role('ar', { reach: 60, spaced: true, fold: (word) => foldArabic(normalise(word).text), spelt: spelledArabic })],
    ['hi', role('hi', { reach: 60, spaced: true, fold: normalisedWord, whole: true, denialAfter: true })],
    // Kanji words are Mandarin's too: Japanese is read where kana are, whatever language franc names.
    ['ja', role('ja', { reach: 30, spaced: false, fold: (word) => japaneseText(normalise(word)), spelt: spelledJapanese, ownScriptOnly: true, negatedWithin: 6, amongLatin: (text) => KANA.test(text) })],
    // Russian is read as normalise leaves it, look-alike letters folded to Latin ("паразит" as "napaзиt", ё as e).
    ['ru', role('ru', { reach: 60, spaced: true, fold: normalisedWord, stems: true, ownScriptOnly: true, spelt: russianWord, source: russianWord })],
  ];
}

/**
 * Egyptian Arabic negates a verb with م(ا)...ش around it: a derogation read inside such a word ("ميستاهلوش", "ما يستاهلوش",
 * do not deserve) is negated by it ("الستات ميستاهلوش يتعاملو وحش": women do not deserve to be mistreated). The span of its
 * prefix, read as a negation; undefined where the word is not so wrapped (session 19).
 */
function circumfixOf(text: string, s: Span): Span | undefined {
  if (!/^\p{L}{0,3}ش(?!\p{L})/u.test(text.slice(s.to, s.to + 5))) return undefined;
  const before = /(?:^|[^\p{L}])(ما\s+|م)$/u.exec(text.slice(Math.max(0, s.from - 4), s.from));
  return before ? { from: s.from - before[1]!.length, to: s.from - before[1]!.length + 1 } : undefined;
}

/**
 * Levantine Arabic negates its present (ب-) with a lone "ما" before it and nothing after ("المثليين ما بيقرفوني", they don't
 * disgust me): a derogation read in a word that opens with ب right after it is negated, asked only where the group stands
 * before it (scriptHateIn): after it, "ما" and the verb open a ranking as often ("ما بيقرفني شي قد X"). Not ب before the
 * article, a preposition and its noun ("ما بالهم", what is wrong with them; "ما اشعر به بالاشمئزاز"), nor the Standard
 * present (ي، ت), after which "ما" is mostly "what" ("ما يثير اشمئزازي هو", what disgusts me is), nor "ما" after a word
 * that makes it "what" ("اكتر ما بكره", what I hate most), nor "how" before an elative ("ما اوسخهم"), nor inside a word (لما).
 */
function presentNegatedByMa(text: string, s: Span): Span | undefined {
  const start = s.from - /\p{L}*$/u.exec(text.slice(Math.max(0, s.from - 8), s.from))![0].length;
  if (text[start] !== 'ب' || text.startsWith('ال', start + 1)) return undefined;
  const before = /(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(ما\s+)$/u.exec(text.slice(Math.max(0, start - 12), start));
  if (!before || MA_AS_WHAT.test(before[1] ?? '') || RANKED_FIRST.test(text.slice(s.to, s.to + 40).split(/[.!?؟\n]/u)[0]!)) return undefined;
  return { from: start - before[2]!.length, to: start - before[2]!.length + 2 };
}
/**
 * What makes the negation rank them first ("ما بيقرفني شي قد X", nothing disgusts me as much as X; "ما بحتقر حدا اكتر من X",
 * "ما بكره غير X"): as much as (Levantine قد, Egyptian اد), more, but, except, like, later in its sentence.
 */
const RANKED_FIRST = /(?:^|[^\p{L}])(?:قد|قدّ|اد|ادّ|بقدر|اكتر|اكثر|غير|الا|الّا|متل|مثل|مثلما|كما|زي)(?![\p{L}])/u;
/** Words after which "ما" is "what": the most, all, as much as, like, it is. */
const MA_AS_WHAT = /^(?:اكثر|اكتر|اشد|كل|بقدر|قد|مثل|زي|متل|هو|هي|هم|هذا|هاد|ده|دا)$/u;
/** Between a word of contempt and the good word that completes it ("ناقصات عقل", "عديمي الشرف"): the rest of its letters, a space. */
const COMPLETES_SAID = /^\p{L}*\s?$/u;

/**
 * An Egyptian good word wrapped in its negation ("ميصلحوش", not fit; "مبيفهموش", they do not understand). Not deserving,
 * which is what its object makes it ("ميستاهلوش يتعاملو وحش": they do not deserve mistreatment).
 */
const wrappedWorth = (text: string, w: Span) => circumfixOf(text, w) !== undefined && !/يستاهل|يستحق/u.test(text.slice(w.from, w.to));

/** About how many letters a character takes written in pinyin, with the space after it. */
const SYLLABLE_WIDTH = 4;

/** Han characters among Latin letters, and no kana (which would make the text Japanese). */
const AMONG_LATIN = /^(?=[^]*\p{Script=Han})(?![^]*[\p{Script=Hiragana}\p{Script=Katakana}])/u;

/**
 * A grammar's words that may match where no letter of its script is: those written without one, and,
 * for Mandarin, words of several characters with only one Han character, which a spelling
 * (chineseSpellings) may replace by its pinyin. The rest need a letter of the script in the text.
 */
function unwritten(g: ScriptGrammar, script: RegExp, fold: ((word: string) => string) | undefined, spellable: boolean): ScriptGrammar {
  const letters = (word: string) => [...(fold ? fold(word) : word)].filter((c) => script.test(c)).length;
  const keep = (words: readonly string[]) => words.filter((w) => {
    // Counted once: the fold is most of the cost (Arabic's and Hindi's normalise the word).
    const n = letters(w);
    return n === 0 || (spellable && n === 1 && [...w].length > 1);
  });
  return { ...g, group: keep(g.group), derogation: keep(g.derogation), violence: keep(g.violence), worth: keep(g.worth), denial: keep(g.denial) };
}

/**
 * A script grammar's negations that negate: not one inside or just before a word that affirms ("只不过是",
 * "ما هم الا"), nor one after "if" in its clause ("如果他们不是人渣，我会接受..."), nor one in a question that
 * asks for agreement ("你不觉得...吗？"). A word inside what is said affirms nothing: "ليسوا اقل من البشر" denies the
 * derogation "less than humans", where "not less" before a good word denies it nothing.
 */
function scriptNegations(text: string, role: ScriptRole, said: readonly Span[]): Span[] {
  const affirming = spans(text, role.affirming).filter((a) => !said.some((s) => s.from <= a.from && a.to <= s.to));
  const conditionals = spans(text, role.conditional);
  const asksAgreement = (n: Span) => {
    const rest = SENTENCE_REST.exec(text.slice(n.to))?.[0].trimEnd() ?? '';
    return role.rhetorical.some((ending) => rest.endsWith(ending));
  };
  return notAffirmed(spans(text, role.negation), affirming).filter(
    (n) =>
      // Arabic words are runs of letters: "لا" inside "بلا شك" (without doubt) is no negation, but one with "and" or "so"
      // written onto it is ("ومش كفار": session 34). (Mandarin has no spaces, and its negations stand inside runs.)
      !(role.spaced && /\p{L}/u.test(text[n.from - 1] ?? '') && !conjoinedNegation(text, n)) &&
      // "ولا" inside a clause is "nor", going on with what is said ("لازم ميتجوزوش ولا يخلفو"); only opening one
      // does it negate ("ولا واحد فيهم...": Session 15).
      !(n.from > 0 && text[n.from] === 'و' && !/(?:^|[.!?؟;\n,:،؛])\s*$/u.test(text.slice(0, n.from))) &&
      !conditionals.some((c) => c.to <= n.from && !CLAUSE_BREAK.test(text.slice(c.to, n.from))) &&
      !asksAgreement(n),
  );
}
/**
 * An Arabic negation with "and" or "so" (و، ف) written onto it at a word's start ("ومش", "فمش", "فلا"); not "ولا", which is
 * "nor" and read as its own word above.
 */
const conjoinedNegation = (text: string, n: Span) =>
  /[وف]/u.test(text[n.from - 1]!) && !/\p{L}/u.test(text[n.from - 2] ?? '') && !(text[n.from - 1] === 'و' && text.startsWith('لا', n.from));
/** The negations no affirming word holds or follows closely. */
const notAffirmed = (negations: readonly Span[], affirming: readonly Span[]) =>
  negations.filter((n) => !affirming.some((a) => overlaps(a, n) || (a.from >= n.to && a.from - n.to <= AFFIRMING_REACH)));
/** The rest of a sentence, up to and with the mark that ends it. */
const SENTENCE_REST = /^[^。！？!?.\n؟;；]*[。！？!?.\n؟;；]?/u;

/**
 * Whether a negation is out of reach of what is said, in a clause-bound grammar: the said stands in a later
 * clause that names its own subject, a group or a pronoun for one, before it.
 */
function inEarlierClause(text: string, n: Span, said: Span, subjects: readonly Span[]): boolean {
  if (n.to > said.from) return false;
  let clause = -1;
  for (let i = said.from - 1; i >= n.to && clause < 0; i--) if (CLAUSE_BREAK.test(text[i]!)) clause = i + 1;
  return clause >= 0 && subjects.some((t) => t.from >= clause && t.to <= said.from);
}
/** Commas and colons of the Latin, Mandarin and Arabic scripts: where a clause ends. */
const CLAUSE_BREAK = /[,:;，、：；،؛]/;
/** How far after a negation its affirming word may be, in characters ("ما هم الا", "مش اكتر من"). */
const AFFIRMING_REACH = 12;

/** A grammar word as normalise() reads the text it is matched in (Hindi, Russian). */
const normalisedWord = (word: string) => normalise(word).text;

/** The script each of these grammars is written in. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SCRIPTS: Readonly<Record<ScriptLanguage, RegExp>> = { zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u, hi: /\p{Script=Devanagari}/u, ja: KANA, ru: /\p{Script=Cyrillic}/u };
/** A letter of any of the scripts: one search, where most texts hold none, answers for all five (inScript). */
const ANY_SCRIPT = new RegExp(Object.values(SCRIPTS).map((script) => script.source).join('|'), 'u');
let scriptsAsked: string | undefined;
let holdsAnyScript = false;
/** Whether the text holds a letter of the grammar's script: asked of a segment once for each script grammar, and again by Mandarin's pinyin reading. */
function inScript(text: string, lang: ScriptLanguage): boolean {
  if (text !== scriptsAsked) {
    scriptsAsked = text;
    holdsAnyScript = ANY_SCRIPT.test(text);
  }
  return holdsAnyScript && SCRIPTS[lang].test(text);
}

/**
 * A Russian grammar word: a stem, read to the end of its word (evidence quotes "паразиты", not "паразит"), or,
 * written with a space after it, a whole word ("геи ", not "гейм", a game).
 */
const russianWord = (word: string) => (word.endsWith(' ') ? `${escapeRegExp(word.trimEnd())}(?![\\p{L}\\p{N}])` : `${escapeRegExp(word)}\\p{L}*`);


/**
 * The letters the dialects say as a hiss and members write so: ذ as ز ("قزرين", "الشواز"), ظ as ض or ز. Not ذ as د
 * (قذر would read as قدر, fate or a pot; ذبح as the Egyptian دبح of a sheep at the feast), nor ث as س or ت (مثلي would
 * read as مسلي, entertaining).
 */
const SPOKEN_INTERDENTALS: Readonly<Record<string, string>> = { ذ: 'ذز', ظ: 'ظضز' };
/**
 * An Arabic grammar word as members spell it: its inner words ending in the plural's waw with or without
 * the silent alef written after it ("يستاهلوا الضرب", "يستاهلو الضرب"; at a word's end the shorter form
 * already matches inside the longer), and a closing teh marbuta (read as ه) written as the ت it is
 * pronounced before a noun ("بواسخت", "حيات"). A word's closing ه ends it but for a pronoun or a plural
 * ending ("اكرههم", "تافهين"), and its ت but for a pronoun: past them the letters are another word's
 * ("افه", a blight, in "افهم", I understand; "افت" in "افتخر", I am proud; "افتكر", I remember). Its ذ and ظ
 * are read as the dialects write them too (SPOKEN_INTERDENTALS).
 */
const PRONOUN = '(?:ه|ها|هم|هن|ك|كم|كن|ي|نا)';
const spelledArabic = (word: string) =>
  escapeRegExp(word)
    .replace(/[ذظ]/g, (c) => `[${SPOKEN_INTERDENTALS[c]}]`)
    .replace(/و(?= )/g, 'وا?')
    .replace(/ه(?= |$)/g, `(?:ه(?:${PRONOUN}|ين|ون|ات|و|وا)?|ت${PRONOUN}?)(?!\\p{L})`)
    // A space first or last is a word's edge (hate-grammars.ts, asArabicWord): a space, a mark or the text's start or end.
    .replace(/^ /, '(?<![\\p{L}\\p{N}])')
    .replace(/ $/, '(?![\\p{L}\\p{N}])');

/**
 * A Japanese grammar word as members write it: a katakana word whole ("ゲイ" is not in "ゲイツ"), a few
 * words kept from the words they are part of (女 in 彼女, she; 在日 in 在日米軍, the U.S. forces), and vermin or
 * refuse before a word of their handling or a case particle the thing itself (JA_LITERAL). Built with the
 * grammar, when a text with kana is first read: its words are folded as the text is.
 */
function spelledJapanese(word: string): string {
  const { context, literal } = (japaneseSpelling ??= japaneseSpellings());
  const [before, after] = context.get(word) ?? ['', ''];
  const rest = after + (literal.has(word) ? HANDLED : '');
  // "No katakana before a katakana word" is asked once the word matched, looking behind it and the word: the
  // same test (the context before a word is a look-behind too), but an alternative that opens with a
  // look-behind is tried at every position of the text.
  return /^[\p{Script=Katakana}ー]+$/u.test(word)
    ? `${before}${escapeRegExp(word)}(?<![\\p{Script=Katakana}ー]${escapeRegExp(word)})${rest}(?![\\p{Script=Katakana}ー])`
    : before + escapeRegExp(word) + rest;
}
let japaneseSpelling: ReturnType<typeof japaneseSpellings> | undefined;
function japaneseSpellings() {
  const fold = (word: string) => japaneseText(normalise(word));
  // 馬鹿にする: to mock (someone else does it to them); 馬鹿げた: absurd; 馬鹿丁寧, 馬鹿正直: "too" polite, honest.
  const foolNot = '(?!に|げ|丁寧|正直|でか|高|売れ|力|騒ぎ|うま|ウケ)';
  // Dislike said of a group named right before it, with its particle: "在日が大嫌い", "女なんてうざい".
  // 女 as a group is not 彼女, she (the context below), here too.
  const woman = '(?<![彼少王魔美長次養天巫皇侍遊淑熟老乙処悪])';
  const groups = JA_GROUP.map((group) => (group === '女' ? woman : '') + escapeRegExp(fold(group))).join('|');
  const ofAGroup = `(?<=(?:${groups})(?:が|は|も|なんか|なんて|って|のことが)(?:大|本当に|心底|マジで)?)`;
  // A beast said of a group as its topic ("黒人は猿だ", "女なんてみんな豚"), not of what the topic is ("妻の干支は猿": her zodiac sign).
  const groupIsTopic = `(?<=(?:${groups})(?:は|も|なんか|なんて|って)(?:みんな|全員|皆|所詮|しょせん|ただの|本当に|ほんとに|マジで|まじで|結局)?)`;
  const context = new Map<string, readonly [string, string]>([
    ['女', [woman, '(?![優将神王房装])']],
    ['在日', ['', '(?!米|アメリカ|大使|領事)']],
    ...['馬鹿', 'バカ'].map((fool) => [fold(fool), ['', foolNot]] as const),
    ...['嫌い', '憎い', 'うざい', 'ウザい'].map((dislike) => [fold(dislike), [ofAGroup, '']] as const),
    ...JA_ENDED.map((beast) => [fold(beast), [groupIsTopic, SENTENCE_ENDS]] as const),
  ]);
  return { context, literal: new Set(JA_LITERAL.map(fold)) };
}
/**
 * What ends a sentence after a predicate (JA_ENDED): a closing particle, laughter ("w", "笑") and the text's end, a
 * full stop, "!" or "?" (normalise makes the full-width ones these), a closing quote, a line's end.
 */
const SENTENCE_ENDS = '(?=[よねなわ]?[\\s w笑]*(?:$|[。.!?\\n」』"”)）]))';
/**
 * Handling vermin or refuse, or a case particle: "ゴキブリ駆除", "ゴミ箱", "ゴキブリが出た", "ゴミは分別して",
 * "ブタの貯金箱" (but "ゴキブリのような", like cockroaches, compares).
 */
const HANDLED = '(?!駆除|退治|対策|用|剤|よけ|除け|ホイホイ|箱|袋|拾い|出し|捨て|置き場|収集|処理|の分別|が|を|は|の(?!よう|如))';

/**
 * Japanese as normalise.ts leaves it with the voicing marks it drops put back, one character for one so that
 * offsets hold (ガス, gas, is not カス, scum; ブタ, pig, not フタ, lid), and its comma a comma (what ends a clause).
 */
function japaneseText(n: Normalised): string {
  let text = '';
  for (let i = 0; i < n.text.length; i++) {
    const c = n.text[i]!;
    const voiced = KANA.test(c) ? n.original.slice(n.start[i], n.end[i]).normalize('NFKC') : c;
    text += c === '、' ? ',' : voiced.length === 1 && voiced.normalize('NFD')[0] === c ? voiced : c;
  }
  return text;
}
const japaneseTexts = new WeakMap<Normalised, string>();

/** The text a script grammar reads: Arabic with its letters folded, Japanese with its voicing (japaneseText). */
function scriptText(segment: PreparedSegment, lang: ScriptLanguage): string {
  if (lang === 'ar') return foldArabic(segment.norm.text);
  if (lang !== 'ja') return segment.norm.text;
  let text = japaneseTexts.get(segment.norm);
  if (text === undefined) japaneseTexts.set(segment.norm, (text = japaneseText(segment.norm)));
  return text;
}
/**
 * Many words as one alternation, split into expressions of at most ALTERNATION_SOURCE characters: V8 runs
 * a larger expression with its bytecode interpreter, not as machine code (the Mandarin grammar's
 * derogations, with their spellings, took 65 ms a sentence as one expression, 0.3 ms as six).
 */
type Alternation = readonly RegExp[];
const ALTERNATION_SOURCE = 8000;
function alternation(sources: readonly string[], before = '', after = ''): Alternation {
  let part: string[] = [];
  const parts = [part];
  let size = 0;
  for (const source of sources) {
    if (size + source.length > ALTERNATION_SOURCE && part.length > 0) {
      parts.push((part = []));
      size = 0;
    }
    part.push(source);
    size += source.length + 1;
  }
  return parts.map((part) => new RegExp(part.length === 0 ? '(?!)' : gated(before + part.join('|') + after), 'gu'));
}
/**
 * The source led by a look-ahead for the characters its matches begin with (firstCharacters): the same matches,
 * but a position no word can begin at is passed over after one test of a class. V8 skips such positions by itself
 * only when it has compiled the expression with its optimisations, which it stops doing once a process holds much
 * expression code (lazy-regexp.ts); without them, each of the hundreds of words (and their pinyin spellings) was
 * tried at every position, 4-5 s for the Mandarin groups over a 1 MB segment of Han text.
 */
function gated(source: string): string {
  const first = firstCharacters(source);
  return first === undefined ? source : `(?=[${first}])(?:${source})`;
}
/**
 * Every match of an alternation as one expression would find them: leftmost first, the earlier word where
 * two start together, none starting inside the one before.
 */
function spansOf(text: string, words: Alternation): Span[] {
  if (words.length === 1) return spans(text, words[0]!);
  const found = words.flatMap((re, order) => spans(text, re).map((s) => ({ ...s, order })));
  found.sort((a, b) => a.from - b.from || a.order - b.order);
  const kept: Span[] = [];
  for (const { from, to } of found) if (kept.length === 0 || from >= kept.at(-1)!.to) kept.push({ from, to });
  return kept;
}
/** Every match of a global expression. exec on the expression itself: matchAll copies it first, a few µs a call. */
function spans(text: string, re: RegExp): Span[] {
  const found: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push({ from: m.index, to: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return found;
}
/**
 * The matches of an expression within reach of a group word (plus a word's length), each found once. A window's
 * matches depend on its characters alone, so a window that repeats one read before ("我yao黑gui " many times: a group
 * every few characters, each window read by every part of the alternation) is not searched again.
 */
function spansNear(text: string, words: Alternation, groups: readonly Span[], reach: number): Span[] {
  const found = new Map<number, Span>();
  const read = new Map<string, Span[]>();
  for (const g of groups) {
    const from = Math.max(0, g.from - reach - NEAR_WORD);
    const window = text.slice(from, g.to + reach + NEAR_WORD);
    for (const s of once(read, window, () => spansOf(window, words))) found.set(s.from + from, { from: s.from + from, to: s.to + from });
  }
  return [...found.values()];
}
/**
 * The spans that may lie within `reach` of a span (the gap between them at most `reach`), in their own order: each thing
 * said in a long text that repeats one sentence of hate was measured against every group of it (quadratic). Looked up
 * among them sorted by start: one that ends within reach starts at most the longest span's length before that.
 */
function spansWithinReach(spans: readonly Span[], reach: number): (s: Span) => Span[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from - spans[b]!.from);
  const starts = order.map((i) => spans[i]!.from);
  const longest = spans.reduce((most, g) => Math.max(most, g.to - g.from), 0);
  return (s) => {
    const near: number[] = [];
    for (let k = firstAtLeast(starts, s.from - reach - longest); k < order.length && starts[k]! <= s.to + reach; k++) near.push(order[k]!);
    return near.sort((a, b) => a - b).map((i) => spans[i]!);
  };
}
/** The longest word searched near a group, in characters. */
const NEAR_WORD = 8;

/**
 * The role a segment is read with: the grammar's own where a letter of its script is; else, most segments
 * being English, only the words they can hold, those written in Latin letters; or, for Mandarin written
 * wholly in pinyin, every word as its syllables.
 */
function roleFor(segment: PreparedSegment, lang: ScriptLanguage, grammar: ScriptReading): ScriptRole | undefined {
  if (inScript(segment.norm.text, lang)) return grammar.written();
  return grammar.pinyin && looksLikePinyin(segment.value) ? grammar.pinyin() : grammar.unwritten;
}

/**
 * Mandarin written partly in characters, partly in pinyin ("跨xing4 bie2者"), or in pinyin run together or with
 * initials ("heirenshilaji", "heiren dou shi lj"), read in syllables (inSyllables) with the role of a text written
 * wholly in pinyin. Only hits whose evidence holds a Latin letter are kept: one all in characters the characters'
 * own reading has judged, and in syllables an innocent word may sound like a hateful one.
 */
const mixedPinyin = (segment: PreparedSegment, lang: ScriptLanguage) =>
  (inScript(segment.norm.text, lang) || looksLikePinyin(segment.value)) && holdsPinyin(segment.value);
function mixedPinyinHate(segment: PreparedSegment, lang: ScriptLanguage, pinyin: ScriptRole, top: Language | undefined): Hit[] {
  if (!mixedPinyin(segment, lang)) return [];
  const read = Object.assign({}, segment, { norm: inSyllables(segment.norm) });
  return scriptHateIn(read, lang, pinyin, scriptPairable(read, lang, pinyin, false), top).filter((h) => /[a-z]/i.test(h.evidence.value));
}

/**
 * A Mandarin violence word after 被, 遭 or 遭到, with an agent or a verb of up to four characters between, is what the
 * group suffered ("犹太人是怎样被屠杀的", "被纳粹杀害", "被送进了集中营"): news or history, as the grammar already reads
 * "被殴打". Not where its clause holds a modal or a wish that makes it a call ("都该被杀", "应该被杀光", "希望他们被杀光",
 * "要让…被…").
 */
const MANDARIN_SUFFERED = /(?:被|遭到|遭|惨遭)[^，,。！？!?；;\s]{0,4}$/u;
const MANDARIN_CALLED_FOR = /该|应|要|必须|最好|希望|但愿|巴不得|恨不得|需要|让/u;
const sufferedInMandarin = (text: string, s: Span) => {
  if (!MANDARIN_SUFFERED.test(text.slice(Math.max(0, s.from - 6), s.from))) return false;
  const before = text.slice(Math.max(0, s.from - 30), s.from);
  return !MANDARIN_CALLED_FOR.test(before.slice(Math.max(...[...'，,。！？!?；;\n'].map((c) => before.lastIndexOf(c))) + 1));
};

/**
 * Arabic history (session 22): the vowels that make "قُتل" (was killed) are seldom written, so a bare violence word
 * ("قتل", "ذبح", "ابيد", "اباده", "مذبحه"), a past or passive form or a noun of it, is what a group suffered where its
 * sentence dates or places it, as the Latin grammars' past passive is (reportedPast): a year, a war, the Holocaust or
 * the Nazis, a massacre, "خلال", "تم قتل", victims counted ("ملايين", "الاف"), "لقوا حتفهم", "راح ضحيتها", "على يد".
 * Not where the sentence also calls, wishes or approves ("يجب", "لازم", "اتمنى", "يستحقون", "كان صحيحا", "مره اخرى",
 * "القادمه"); the call forms ("اقتلوا", "نقتل", "سنقتل") are no bare word and are read as before.
 */
const AR_TOLD = /^(?:و|ف)?(?:ال|بال|لل)?(?:قتل|قتلو|قتلوا|قتلي|مقتل|ذبح|ذبحو|ذبحوا|مذبحه|مذابح|مجزره|مجازر|ابيد|ابيدو|ابيدوا|اباده|ابادت|ابادتهم|حرق|حرقو|حرقوا|اعدم|اعدمو|اعدموا|اعدام|شنق|شنقو|طرد|طردو|طردوا|ترحيل|تهجير|هجر|هجرو|عذب|عذبو|عذبوا|تعذيب|اغتيل|اغتيال|قتلهم|ذبحهم|حرقهم|طردهم|ترحيلهم|تهجيرهم|تعذيبهم)$/u;
const AR_DATED = /(?<!\p{L})(?:(?:عام|سنه|سنة|العام)\s*)?(?:[12][0-9]{3}|[١٢][٠-٩]{3})(?![0-9٠-٩])|(?<!\p{L})(?:(?:و|ف|ب|في|خلال)?(?:ال)?(?:حرب|حروب|هولوكوست|محرقه|نازي|نازيين|نازيون|نازيه|معسكرات|معسكر|مجزره|مذبحه|حمله|حملات|استعمار|احتلال|قرن|ثوره)|خلال|ابان|اثناء|ايام|في عهد|تم|لقي|لقوا|لقو|حتفهم|حتفه|ضحيتها|ضحيته|ضحايا|علي يد|ملايين|مليون|الاف|بالالاف|الالاف|مئات|عشرات)(?!\p{L})/u;
const AR_CALLED_FOR = /(?<!\p{L})(?:يجب|لازم|لابد|لا بد|ينبغي|علينا|واجب|يستحق\p{L}*|يستاهل\p{L}*|صحيح\p{L}{0,2}|صح|حلال|جيد\p{L}{0,2}|كويس\p{L}{0,2}|احسن|افضل|رائع\p{L}{0,2}|اتمني|نتمني|ياريت|يا ريت|ليت|عقبال|يتكرر|نكرر|نعيد|يعاد|مره اخري|مره تانيه|مجددا|من جديد|القادمه|الجايه|الجاي|سوف|فخور|نفتخر|برافو|الحمد لله)(?!\p{L})/u;
/** How far the sentence around the word is read, and what ends it. */
const AR_SENTENCE_REACH = 200;
const AR_SENTENCE_END = '.!?؟؛;\n';
/** The most letters AR_TOLD's words hold before or after a violence word's root ("وبال", "تهم"). */
const AR_AFFIXES = 5;
/** Russian words as the normalised text spells them (Cyrillic letters that look Latin are read as Latin). */
const russianWords = (words: readonly string[], end: string) => new RegExp(`(?<!\\p{L})(?:${words.map((w) => escapeRegExp(normalisedWord(w))).join('|')})${end}`, 'u');
/**
 * Russian and Mandarin history told with its perpetrators named before the word in its sentence, as the Latin
 * grammars' doneByPerpetrators: "как нацисты уничтожали евреев в газовых камерах", "纳粹如何在毒气室屠杀犹太人". Not where
 * the sentence calls for it, wishes it, regrets it was not done or approves ("надо", "снова", "жаль", "не", "правильно";
 * "应该", "再", "没", "好").
 */
const SCRIPT_PERPETRATOR: Readonly<Partial<Record<string, { named: RegExp; calledFor: RegExp }>>> = {
  ru: {
    named: russianWords(['нацист', 'гитлер', 'фашист', 'эсэсовц', 'гестапо'], ''),
    calledFor: russianWords(['надо', 'нужно', 'должны', 'должен', 'пора', 'снова', 'опять', 'еще раз', 'жаль', 'не', 'правильно', 'молодцы', 'хорошо', 'заслужили', 'давайте', 'пусть'], '(?!\\p{L})'),
  },
  zh: { named: /纳粹|希特勒|党卫军/u, calledFor: new RegExp(`${MANDARIN_CALLED_FOR.source}|再|又|没|不|好|对`, 'u') },
};
/** How far the sentence around the word is read. */
const PERPETRATOR_REACH = 120;
function doneByPerpetratorsInScript(text: string, s: Span, lang: string): boolean {
  const reading = SCRIPT_PERPETRATOR[lang];
  if (!reading) return false;
  const before = text.slice(Math.max(0, s.from - PERPETRATOR_REACH), s.from);
  const after = text.slice(s.to, s.to + PERPETRATOR_REACH);
  const lead = before.slice(Math.max(...[...'.!?;\n。！？；'].map((c) => before.lastIndexOf(c))) + 1);
  const end = after.search(/[.!?;\n。！？；]/u);
  return reading.named.test(lead) && !reading.calledFor.test(lead + text.slice(s.from, s.to) + (end < 0 ? after : after.slice(0, end)));
}

/**
 * Hindi told as done: an agent marked by ने before the word in its sentence and the verb in the perfective ("जिनके बेटों
 * को ऊँची जाति के लोगों ने मार डाला", whose sons upper-caste men killed: a Dalit rights worker's; session 34's probe).
 * The grammar reads consonants, and मार डाला (killed) is spelt like मार डालो (kill!): the vowels, in the member's own
 * text, tell them apart. Not where the sentence calls for it again or approves ("चाहिए", "फिर से", "अच्छा किया").
 */
const HINDI_AGENT = /(?:\s|ों|न्हों)ने\s/u;
const HINDI_PERFECTIVE = /^[^\s।]+\s+(?:डाला|डाली|डाले|दिया|दी|दिए|दिये)(?![\p{L}\p{M}])|^(?:मारा|मारी|मारे)(?![\p{L}\p{M}])/u;
const HINDI_CALLED_FOR = /चाहिए|जाना|जाए|फिर से|दोबारा|अच्छा किया|सही किया|ठीक किया/u;
const HINDI_SENTENCE_END = /[।.!?\n]/u;
function doneInHindi(norm: Normalised, s: Span): boolean {
  const at = norm.start[s.from]!;
  const before = norm.original.slice(Math.max(0, at - PERPETRATOR_REACH), at);
  const lead = before.slice(Math.max(...[...'।.!?\n'].map((c) => before.lastIndexOf(c))) + 1);
  const rest = norm.original.slice(at, at + PERPETRATOR_REACH);
  const end = rest.search(HINDI_SENTENCE_END);
  const told = end < 0 ? rest : rest.slice(0, end);
  return HINDI_AGENT.test(lead) && HINDI_PERFECTIVE.test(told) && !HINDI_CALLED_FOR.test(lead + told);
}

function historyInArabic(text: string, s: Span): boolean {
  // The whole word the violence word stands in, which is short if it is one of AR_TOLD's.
  let from = s.from;
  let to = s.to;
  while (from > 0 && s.from - from <= AR_AFFIXES && /\p{L}/u.test(text[from - 1]!)) from--;
  while (to < text.length && to - s.to <= AR_AFFIXES && /\p{L}/u.test(text[to]!)) to++;
  const longer = (from > 0 && /\p{L}/u.test(text[from - 1]!)) || (to < text.length && /\p{L}/u.test(text[to]!));
  if (longer || !AR_TOLD.test(text.slice(from, to))) return false;
  const before = text.slice(Math.max(0, from - AR_SENTENCE_REACH), from);
  const after = text.slice(to, to + AR_SENTENCE_REACH);
  const start = Math.max(...[...AR_SENTENCE_END].map((c) => before.lastIndexOf(c))) + 1;
  const end = after.search(/[.!?؟؛;\n]/u);
  const sentence = before.slice(start) + text.slice(from, to) + (end < 0 ? after : after.slice(0, end));
  return AR_DATED.test(sentence) && !AR_CALLED_FOR.test(sentence);
}

function scriptPairable(segment: PreparedSegment, lang: ScriptLanguage, role: ScriptRole | undefined, lexiconsAgain = true): Pairable | undefined {
  if (role === undefined) return undefined;
  const text = scriptText(segment, lang);
  const found = spansOf(text, role.group);
  if (found.length === 0) return undefined;
  const groups = notSelf(text, found, spans(text, role.self));
  if (groups.length === 0) return undefined;
  const nearGroups = (words: Alternation | undefined) => (words ? spansNear(text, words, groups, role.reach) : []);
  const said: Said[] = [];
  const names = role.notDerogation ? spansOf(text, role.notDerogation) : [];
  const named = (s: Span) => names.some((n) => n.from <= s.from && s.to <= n.to);
  for (const s of spansOf(text, role.derogation)) if (!named(s)) said.push(saidOf(s.from, s.to, 'hate', 0.75));
  // Not inside a derogation already said ("操蛋"): one word read twice.
  const inSaid = (s: Span) => said.some((d) => d.from <= s.from && s.to <= d.to);
  for (const s of spansOf(text, role.aimed)) if (!named(s) && !inSaid(s) && groups.some((g) => aimedAt(text, s, g))) said.push(saidOf(s.from, s.to, 'hate', 0.75));
  for (const s of nearGroups(role.near?.derogation)) said.push(saidOf(s.from, s.to, 'hate', 0.75));
  for (const s of [...spansOf(text, role.violence), ...nearGroups(role.near?.violence)]) {
    if (!named(s) && !(lang === 'zh' && sufferedInMandarin(text, s)) && !(lang === 'ar' && historyInArabic(text, s)) && !(lang === 'hi' && doneInHindi(segment.norm, s)) && !doneByPerpetratorsInScript(text, s, lang)) said.push(saidOf(s.from, s.to, 'hate/threatening', 0.8));
  }
  for (const s of spansOf(text, role.caused)) if (groups.some((g) => causedTo(text, role, g, s))) said.push(saidOf(s.from, s.to, 'hate/threatening', 0.8));
  for (const s of spansOf(text, role.asked)) if (groups.some((g) => askedOf(text, role, g, s))) said.push(saidOf(s.from, s.to, 'hate', 0.75));
  for (const g of groups) {
    const s = closingAsked(text, role, g);
    if (s) said.push(saidOf(s.from, s.to, 'hate', 0.75));
  }
  // Arabic is folded one letter for one, so the lexicons' and threats' offsets in the segment's text hold here.
  if (said.length === 0 && lexiconsAgain) for (const s of readAgain(segment, lang, groups)) said.push(s);
  // As for the Latin-script grammars, a good thing pairs only where something may deny it.
  const worth = spans(text, role.worth);
  if (said.length === 0 && (worth.length === 0 || (text.search(role.denial) < 0 && !(lang === 'ar' && worth.some((w) => wrappedWorth(text, w)))))) return undefined;
  return { groups, said, worth };
}

/**
 * Whether a group is made to undergo what is caused (ScriptGrammar's caused): a causative ends right where the group
 * starts, and what it undergoes follows it, with at most an adverb of all or of force between ("让那些难民都受苦",
 * "让所有X好好吃苦头"). Not "让难民不再受苦" (no longer suffer), "让难民免受苦难", "让那些欺负X的人付出代价" (those who
 * bully X): a word of their own between says another thing.
 */
function causedTo(text: string, role: ScriptRole, g: Span, s: Span): boolean {
  return g.to <= s.from && CAUSED_BETWEEN.test(text.slice(g.to, s.from)) && role.causative.test(text.slice(Math.max(0, g.from - CAUSATIVE_LENGTH), g.from));
}
/** Whether what is asked (ScriptGrammar's asked) follows the group right after a space, its question word right before it. */
function askedOf(text: string, role: ScriptRole, g: Span, s: Span): boolean {
  return g.to < s.from && /^\s+$/u.test(text.slice(g.to, s.from)) && role.asker.test(text.slice(Math.max(0, g.from - ASKER_LENGTH), g.from));
}
/**
 * What is asked in a question the group closes or opens (ScriptGrammar's closing), or undefined: the predicate ends where the
 * group's word starts and nothing but the question's end follows the group, or it starts right after the group's word and
 * the question ends with it.
 */
function closingAsked(text: string, role: ScriptRole, g: Span): Span | undefined {
  const from = Math.max(0, g.from - CLOSING_LENGTH);
  const before = role.closesBefore.exec(text.slice(from, g.from));
  if (before && role.questionEnd.test(text.slice(g.to))) return { from: from + before.index, to: from + before.index + before[1]!.length };
  const after = role.closesAfter.exec(text.slice(g.to, g.to + CLOSING_LENGTH));
  if (!after) return undefined;
  const at = g.to + after[1]!.length;
  const asked = { from: at, to: at + after[2]!.length };
  return role.questionEnd.test(text.slice(asked.to)) ? asked : undefined;
}
/** The longest question of ScriptGrammar's closing with its determiner, in characters. */
const CLOSING_LENGTH = 40;
/**
 * ScriptGrammar's closing compiled: in a spaced script the group may be read inside its word, a prefix of up to three letters
 * before it ("بالمسلمين": "بال", after "من يثق ب") and a suffix after it ("المهاجرين": "ين").
 */
function closingOf(closing: ScriptGrammar['closing'], spaced: boolean, fold: (word: string) => string): Pick<ScriptRole, 'closesBefore' | 'closesAfter' | 'questionEnd'> {
  const words = (list: readonly string[] | undefined) => (list?.length ? list.map((w) => escapeRegExp(fold(w))).join('|') : '(?!)');
  const affix = spaced ? '\\p{L}{0,3}' : '';
  return {
    closesBefore: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${words(closing?.before)})${spaced ? '\\s*' : ''}${affix}$`, 'u'),
    closesAfter: new RegExp(`^(${affix}\\s*)(${words(closing?.after)})`, 'u'),
    questionEnd: new RegExp(`^${affix}\\s*(?:(?:${words(closing?.tail)})\\s*)?(?:[?؟？!！.。\\n]|$)`, 'u'),
  };
}
/** The longest question word with its determiner and the space after it, in characters. */
const ASKER_LENGTH = 16;
const CAUSED_BETWEEN = /^(?:们)?(?:都|全都|全部|统统|通通|一个个|个个)?(?:好好|狠狠|彻底)?(?:地)?$/u;
/** The longest causative with its determiner, in characters ("要让每一个"). */
const CAUSATIVE_LENGTH = 6;

/**
 * Whether a feeling (ScriptGrammar's aimed) is aimed at a group: next to it, no comma or sentence end between
 * (a colon introduces its object: "Ненавижу: X").
 */
function aimedAt(text: string, s: Span, g: Span): boolean {
  const between = g.from >= s.to ? text.slice(s.to, g.from) : g.to <= s.from ? text.slice(g.to, s.from) : undefined;
  return between !== undefined && between.length <= AIMED_REACH && !/[,;.!?\n]/.test(between);
}
/** How far a feeling's group may stand from it, in characters: a word or two ("ненавижу этих грязных цыган"). */
const AIMED_REACH = 20;

/**
 * The groups not the speaker's own ("как женщина, я..."), which what they go on to say is not said of: those
 * a self word holds, and those joined to one by "and" ("как женщина и мусульманка").
 */
function notSelf(text: string, groups: Span[], selves: readonly Span[]): Span[] {
  if (selves.length === 0) return groups;
  let own: Span | undefined;
  return groups.filter((g) => {
    const isOwn = selves.some((m) => overlaps(m, g)) || (own !== undefined && SELF_AND.test(text.slice(own.to, g.from)));
    if (isOwn) own = g;
    return !isOwn;
  });
}
/** What joins two of the speaker's own groups: "и" (and, a letter normalise keeps) or a comma. */
const SELF_AND = /^\s*(?:,|и(?=\s))\s*$/u;

/**
 * Arabic needs no copula and its verbs carry their subject, so a sentence that opens with what is said
 * ("اللاجئين دول؟ مقرفين.", "بص على اليهود دول. بيقرفوني.") says it of the group named in the sentence
 * before; so does one that opens with "people", "creatures", "mere", a copula carrying them ("كانو",
 * "طلعو") or an adverb of candour ("ناس وسخة", "كانو زي الحيوانات", "بصراحة بيقرفوني": Session 15). Per
 * language: in Mandarin and Hindi such a sentence is not read this way.
 */
const PREDICATE_ALONE: ReadonlySet<ScriptLanguage> = new Set(['ar']);
const PREDICATE_OPENS = /^\s*(?:(?:ناس|كاينات|شويه|مجرد|كانو|كانوا|طلعو|طلعوا|بقو|بقوا|بصراحه|والله|بجد|فعلا|حقيقي|اصلا|دايما)\s+)?[^\s]*$/u;
function predicateAlone(text: string, sentence: (at: number) => number, startOf: (n: number) => number, g: Span, s: Span, lang: ScriptLanguage): boolean {
  const n = sentence(s.from);
  return PREDICATE_ALONE.has(lang) && n === sentence(g.from) + 1 && PREDICATE_OPENS.test(text.slice(startOf(n), s.from));
}

/**
 * Arabic, as groupExplains (session 19): the group named, in the sentence after something contemptible said of
 * someone, as what explains it: "طبعا هو حرامي. ما هو يهودي في الآخر.", "اصله لاجئ". Only its "after all" opening
 * ("ما هو", "اصله", "عشان هو", "لانه"), or "of course" and a plain pronoun with "after all" after the group.
 */
const AR_EXPLAINS_OPENING = /^[\s.,،]*(?:(طبعا|اكيد|عادي|طبيعي|مش غريب)\s+)?(?:(ما هو|ما هي|ما هم|ماهو|ماهي|ماهم|اصله|اصلها|اصلهم|عشان هو|عشان هي|عشان هم|لانه|لانها|لانهم)|هو|هي|هم)\s+(?:(?:واحد|واحده)\s+)?$/u;
const AR_EXPLAINS_TAIL = /^\s*(?:(في الاخر|فالاخر|ف الاخر|اصلا|بقي|برضه|طبعا|يعني|ما تستغربش)\s*)?[.!؟?\s]*$/u;
function arabicGroupExplains(text: string, sentence: (at: number) => number, startOf: (n: number) => number, endOf: (n: number) => number, g: Span, s: Span, mentions: readonly Span[]): boolean {
  const n = sentence(g.from);
  if (n !== sentence(s.from) + 1 || mentions.some((m) => sentence(m.from) === n)) return false;
  const opening = AR_EXPLAINS_OPENING.exec(text.slice(startOf(n), g.from));
  const tail = opening && AR_EXPLAINS_TAIL.exec(text.slice(g.to, endOf(n)));
  return !!tail && (opening![2] !== undefined || (opening![1] !== undefined && tail[1] !== undefined));
}

/**
 * hateIn for Mandarin, Arabic, Devanagari Hindi, Japanese and Russian: what a script grammar finds in a
 * segment, read with the role roleFor gives it; the same pairing and framing, with words found inside runs of text.
 */
function scriptHateIn(segment: PreparedSegment, lang: ScriptLanguage, role: ScriptRole | undefined, pair: Pairable | undefined, top: Language | undefined): Hit[] {
  if (!pair || !role) return [];
  const { groups, worth } = pair;
  const said = pair.said.filter((s) => lang === top || !s.strict?.());
  const text = scriptText(segment, lang);
  const { sentence, startOf, endOf } = sentences(text, /[。！？!?.\n؟;；।॥]/);
  const negations = scriptNegations(text, role, said);
  const plain = spans(text, role.notMention);
  const mentions = spans(text, role.mention).filter((m) => !plain.some((p) => overlaps(p, m)));
  const they = spans(text, role.they);
  const hits: Hit[] = [];
  let answers: ReturnType<typeof answerSentences> | undefined;
  const groupsNear = spansWithinReach(groups, role.reach);
  for (const s of said) {
    if (lang === 'ar' && attributeOfAnother(text, s, groups)) continue;
    if (s.category === 'hate' && answeredByUs(text, s, (answers ??= answerSentences(text)))) continue;
    let best: { weight: number; from: number; to: number } | undefined;
    for (const g of groupsNear(s)) {
      // Out of reach first: the readings below cost a search each, and a long text holds many groups.
      if (Math.max(g.from, s.from) - Math.min(g.to, s.to) > role.reach) continue;
      if ((overlaps(g, s) && !callHolds(s, g)) || !(sameOrReferredBack(sentence, they, g, s, { suffixed: lang === 'ar' }) || predicateAlone(text, sentence, startOf, g, s, lang)
        || (lang === 'ar' && s.category === 'hate' && arabicGroupExplains(text, sentence, startOf, endOf, g, s, mentions)))) continue;
      if ((lang === 'zh' && ZH_RELATIVE_AFTER.test(text.slice(g.to, g.to + 8))) || ownSomeoneBetween(text, g, s, lang, groups, they)) continue;
      if (lang === 'ar' && g.from >= s.to && ((s.category === 'hate' && saidOfSubjectBefore(text, s, groups)) || HATRED_OF.test(text.slice(s.to, g.from)))) continue;
      const from = Math.min(g.from, s.from);
      const to = Math.max(g.to, s.to);
      const n = sentence(s.from);
      const scope = { from: startOf(n), to: endOf(n) };
      const clause = role.clauseBound ? negations.filter((m) => !inEarlierClause(text, m, s, [...they, ...groups])) : negations;
      const within = role.negatedWithin;
      const read = within === undefined ? clause : clause.filter((m) => overlaps(m, s) || (m.from >= s.to && m.from - s.to <= within));
      const circumfix = lang === 'ar' ? circumfixOf(text, s) ?? (g.to <= s.from ? presentNegatedByMa(text, s) : undefined) : undefined;
      const governing = circumfix ? [...read, circumfix] : read;
      const weight = s.weight * framing(text, { from, to }, scope, governing, mentions, s, lang);
      if (!best || weight > best.weight) best = { weight, from, to };
    }
    if (best) hits.push({ category: s.category, weight: best.weight, evidence: evidenceAt(segment, best.from, best.to), why: `derogation of a protected group (${lang})` });
  }
  // A good thing denied a group, the denial just before the good word ("永远不会像...一样聪明", "مش بشر") or, in
  // Hindi, just after it ("कोई इज़्ज़त नहीं").
  // Not a denial that an affirming word holds or follows ("永远不会忘记", never forget), as for the negations.
  let denials: Span[] | undefined;
  const denying = () => (denials ??= notAffirmed(spans(text, role.denial), spans(text, role.affirming)));
  for (const w of worth) {
    // Arabic: a good word inside what is said is no good thing of its own ("مش مكانهم السجن" denies the prison, not a place),
    // nor one that completes the word of contempt before it ("مش ناقصات عقل" denies the lack, not the mind).
    if (lang === 'ar' && pair.said.some((s) => overlaps(s, w) || (s.to <= w.from && COMPLETES_SAID.test(text.slice(s.to, w.from))))) continue;
    const g = groups.find((g) => !overlaps(g, w) && sentence(g.from) === sentence(w.from) && Math.max(g.from, w.from) - Math.min(g.to, w.to) <= role.reach);
    // In the good word's own clause: "اللاجئين مش حشرات، دول بني ادمين" denies the insult, not the humanity.
    if (!g) continue;
    // A good word that ends in its preposition ("لا خير في", no good in) is said of its object: the group right after it, not
    // "مفيش خير في الحرب على X" (no good in the war on X): session 19.
    if (lang === 'ar' && /\sفي$/u.test(text.slice(w.from, w.to)) && !(g.from >= w.to && g.from - w.to <= 4)) continue;
    // A derogation between them is what the denial negates ("النساء لسن ناقصات عقل": not lacking in mind).
    const denies = (d: Span) =>
      !overlaps(d, g) &&
      (d.to <= w.from
        ? w.from - d.to <= role.reach / 3 && !CLAUSE_BREAK.test(text.slice(d.to, w.from)) && !clauseStands(text, d, w) && !pair.said.some((s) => s.from >= d.to && s.to <= w.from)
        : role.denialAfter && d.from >= w.to && d.from - w.to <= DENIAL_AFTER && !CLAUSE_BREAK.test(text.slice(w.to, d.from)));
    // Egyptian: the good word wrapped in its own negation ("ميصلحوش", they are not fit): session 19.
    if (!denying().some(denies) && !(lang === 'ar' && wrappedWorth(text, w))) continue;
    const n = sentence(w.from);
    if (regardRefusedByAnother(text, w, g, { from: startOf(n), to: endOf(n) }, denying(), groups, lang)) continue;
    const from = Math.min(g.from, w.from);
    const to = Math.max(g.to, w.to);
    const framed = mentions.some((m) => m.from >= startOf(n) && m.to <= endOf(n)) || quoted(text, from, to) || quotedStatement(text, g) ? MENTIONED : 1;
    hits.push({ category: 'hate', weight: DENIED * framed, evidence: evidenceAt(segment, from, to), why: `a protected group denied worth (${lang})` });
    break; // one such hit says it; more would only add up the same denial
  }
  return hits;
}

/**
 * Mandarin puts a relative clause before its noun: a group followed by 所 and a verb, or by a verb of undergoing, and
 * 的 is the subject of that clause, and what is said is said of the noun after it ("消灭难民所遭受的贫困", wipe out the
 * poverty refugees suffer; "女性面临的歧视很恶心").
 */
const ZH_RELATIVE_AFTER = /^(?:所\p{Script=Han}{1,3}|(?:遭受|面临|经历|承受|受到|遇到|忍受|经受|面对|所受)(?:过|到)?)的/u;
/**
 * A group inside a quoted statement, the denial outside it: what is denied a place is the quotation ('Des phrases
 * comme « les réfugiés sont une plaie » n'ont pas leur place ici', 'عبارات زي "اللاجئين وباء" مالهاش مكان'), not
 * the group (session 19). Only a quotation that holds words after the group's name: scare quotes around the name
 * alone ("les 'réfugiés' n'ont pas leur place ici") keep the denial the group's.
 */
function quotedStatement(text: string, g: Span): boolean {
  if (!quoted(text, g.from, g.to)) return false;
  const close = quoteMarkAfter(text, g.to, 120);
  return close >= 0 && /\p{L}/u.test(text.slice(g.to, close));
}

/**
 * Arabic (Session 15): a definite adjective right after a definite noun that is no group word describes that
 * noun ("المسؤولين الفاسدين بيظلمو اللاجئين": the officials are corrupt, not the refugees).
 */
function attributeOfAnother(text: string, s: Span, groups: readonly Span[]): boolean {
  const from = Math.max(0, s.from - NOUN_REACH);
  const noun = /(?<!\p{L})ال\p{L}+(?=\s+ال$)/u.exec(text.slice(from, s.from));
  if (!noun) return false;
  const at = { from: from + noun.index, to: from + noun.index + noun[0].length };
  return !groups.some((g) => overlaps(g, at));
}
/** How far before a definite adjective the noun it describes may start, in characters. */
const NOUN_REACH = 40;
/**
 * Arabic (session 39): a sentence of a definite noun and what is said of it ("الحرب سبب كل مصيبه للاجئين", the war is
 * behind every misfortune of the refugees): a predicate complete in itself right after a definite noun that is no group,
 * with no group before it in its sentence, is that noun's; the group after it is whom it befalls. Not one that ends in a
 * preposition or a conjunction, whose object or clause the group is ("الكلاب احسن من X", "الحي باظ من ساعه ما X جم"), nor
 * a call, which has no subject to be said of ("في الحرب القادمه لازم نقتل X").
 */
function saidOfSubjectBefore(text: string, s: Span, groups: readonly Span[]): boolean {
  if (OPEN_PREPOSITION.test(text.slice(s.from, s.to))) return false;
  const from = Math.max(0, s.from - NOUN_REACH);
  if (!/(?<!\p{L})ال\p{L}{2,}\s+(?:(?:هو|هي|هم)\s+)?$/u.test(text.slice(from, s.from))) return false;
  // The noun is no group, nor is any word before it in its sentence.
  const start = Math.max(text.lastIndexOf('.', s.from), text.lastIndexOf('\n', s.from), text.lastIndexOf('؟', s.from), text.lastIndexOf('،', s.from));
  return !groups.some((other) => other.to <= s.from && other.from > start);
}
const OPEN_PREPOSITION = /(?:^|\s)(?:من|في|فى|على|علي|عن|الى|الي|مع|ضد|زي|مثل|متل|ل|لل|ب|ال|غير|بدون|ما|لما|ان)$/u;
/** A noun of hatred or wrong done between a call or derogation and the group: the group is what it is done to ("نتخلص من كره المسلمين"). */
const HATRED_OF = /^\s*(?:ال)?(?:كره|كراهيه|عنصريه|تمييز|ظلم|تنمر|اضطهاد|تحريض)\s+(?:(?:ضد|تجاه|على|علي)\s+)?(?:ال)?$/u;
/**
 * How much of a pair's weight its sentence leaves: a negation before it or between its parts that is not
 * part of what is said ("no vale nada" is itself the derogation) leaves little; a report, counter-speech
 * or a quotation around it leaves less than a signal.
 */
/**
 * "Never", "at all", "none": words that, after a negated verb, repeat its negation in the languages with negative concord
 * ("não suporto nenhum deles", "no soporto a ninguno", "non ne sopporto nessuno", "nie znoszę żadnego z nich").
 */
const NEVER = /^(?:jamais|nunca|jamas|mai|nigdy|aucun|aucune|nenhum|nenhuma|ningun|ninguno|ninguna|nessuno|nessuna|nessun|zaden|zadna|zadnego|zadnej|zadnych|ابدا|مطلقا)$/u;
/**
 * Not wanting a call for violence done ("je ne veux pas que les X soient expulsés", "no quiero que deporten a los X") is
 * against it: the negation of wanting reaches into its clause for violence. Not for a derogation, which a member who does
 * not want a group here says of it ("je ne veux pas que ces parasites de X restent"): session 19.
 */
const WANTING = /(?<!\p{L})(?:اريد|نريد|بدي|عايز|عاوز|veux|voulons|voulez|veulent|voudrais|voudrions|souhaite|souhaitons|souhaitent|souhaiterais|quero|queremos|querem|queria|quiero|quieren|quisiera|voglio|vogliamo|vogliono|vorrei|will|wollen|mochte|mochten|wil|willen|chce|chcemy|chca|chcialbym|chcialabym)(?!\p{L})/u;
const wantsNot = (text: string, m: Span, pair: Span, sentence: Span, said: Said) =>
  said.category === 'hate/threatening' && WANTING.test(negatedBeforeClause(text.slice(m.to, pair.from), text.slice(Math.max(sentence.from, m.from - 24), m.from), text.slice(m.from, m.to)) ?? '');
/**
 * "And" opening a clause of its own after what is said: a negation there denies that clause ("Frauen gehören hinter den Herd
 * und nicht in den Vorstand", "X nie pasują do Polski i nigdy nie będą pasować"), not what came before it. Not when the
 * clause speaks of what was said ("... und das stimmt nicht", "en dat is niet waar"): session 30.
 */
const AND_CLAUSE: Readonly<Record<string, RegExp>> = {
  de: /(?<!\p{L})und(?![^\p{L}]+(?:das|dies|es)(?!\p{L}))/u,
  nl: /(?<!\p{L})en(?![^\p{L}]+(?:dat|dit|het)(?!\p{L}))/u,
  pl: /(?<!\p{L})(?:i|oraz)(?![^\p{L}]+(?:to)(?!\p{L}))/u,
  hi: /(?<!\p{L})aur(?![^\p{L}]+(?:ye|yeh|yah|ya)(?!\p{L}))/u,
  ar: /\sو(?:ليس|لا|مش|مو|ما)(?!\p{L})/u,
};
/**
 * French "mais" and Portuguese "mas" close a negation's clause with no comma before them ("je suis pas raciste mais les X
 * sont...", "não sou homofóbico mas X me dão nojo"): the disclaimer's negation does not reach what follows. Not Spanish
 * "mas" nor Portuguese "mais", which mean "more".
 */
const BUT_WITHOUT_COMMA: Readonly<Record<string, RegExp>> = { fr: /(?<!\p{L})mais(?!\p{L})/u, pt: /(?<!\p{L})mas(?!\p{L})/u };
/** How far after what is said its question mark may stand, in characters ("czy X w ogóle myślą?"). */
const ASKED_WITHIN = 40;
/**
 * A negation of the speaker's own bigotry closed by a comma or colon negates only that word: "je suis pas raciste, je dis
 * juste que les X...", "não tô sendo racista, só falando que os X...", "no soy homófobo: los X...". Session 34.
 */
const DISCLAIMED = /^(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]+(?:racist|homophob|homofob|transphob|transfob|xenophob|xenofob|islamophob|islamofob|antisemit|machist|sexist|misogyn|misogin|preconceituos|rassist|razzist|rasist)\p{L}*[^\p{L}]*[,:]/u;
function framing(text: string, pair: Span, sentence: Span, negations: readonly Span[], mentions: readonly Span[], said: Said, lang: string): number {
  // A call for violence spans its intent and its verb, and a negation between them negates it ("ich werde
  // niemals X töten"); a derogation holds its own ("no vale nada"), and so does a call that ends on one
  // ("mieux sans": better off without). One that starts before what is said and runs into it negates its first
  // word ("لا يجب قتل X": one must not kill X).
  const between = (m: Span) => m.from > said.from && /\p{L}/u.test(text.slice(m.to, said.to));
  const own = (m: Span) => overlaps(m, said) && m.from >= said.from && (said.category !== 'hate/threatening' || !between(m));
  // A derogation that holds its own negation is only strengthened by a "never" after it in its clause (negative
  // concord: "مينفعش تثق في X ابدا", "on ne peut faire confiance aux X, jamais" is still said): session 19.
  const concord = (m: Span) => m.from >= said.to && NEVER.test(text.slice(m.from, m.to)) && negations.some(own) && !/[.!?;:]/.test(text.slice(said.to, m.from));
  const inSentence = (m: Span) => m.from >= sentence.from && m.to <= sentence.to && !own(m) && !concord(m);
  // A negation governs its own clause: not past a contrast ("no sé por qué, pero X son..."), between the
  // pair's parts not past a comma before what is said ("X nunca van a cambiar, así que deberíamos
  // deshacernos de ellos") nor into the clause a negated forgetting opens (the group named a sentence before:
  // "X pueden ser amables. No olvides que siguen siendo escoria"), and after the pair only up to a comma
  // (German and Dutch put it after: "...vergewaltigt werden, nie zulassen") or a clause it opens ("son unos
  // inútiles que no sirven").
  const governs = (m: Span) =>
    inSentence(m) &&
    (m.to <= pair.from
      ? !CONTRAST.test(text.slice(m.to, pair.from)) && !BUT_WITHOUT_COMMA[lang]?.test(text.slice(m.to, pair.from)) && !DISCLAIMED.test(text.slice(m.to, pair.from)) && (!factiveClause(text.slice(m.to, pair.from), text.slice(Math.max(sentence.from, m.from - 24), m.from), text.slice(m.from, m.to)) || wantsNot(text, m, pair, sentence, said))
      : m.from < pair.to
        ? !(m.to <= said.from && (CLAUSE_BETWEEN.test(text.slice(m.to, said.from)) || clauseStands(text, m, said)))
        : !/[,:،]/.test(text.slice(pair.to, m.from)) && !COMPLEMENTIZER.test(text.slice(pair.to, m.from)) && !AND_CLAUSE[lang]?.test(text.slice(pair.to, m.to)));
  if (negations.some(governs)) return NEGATED;
  // A mention may be part of what is said ("el odio contra X", "les discours de haine contre X" name hatred, as a topic),
  // but not a word inside a longer derogation asked as its own question ("czy X w ogóle myślą?": the thinking asked, no
  // one's thought reported).
  // Read a few words on, not to the end: a long text without stops would be read again for every pair.
  const asked = /^[^.!\n]*[?？؟]/u.test(text.slice(said.to, said.to + ASKED_WITHIN));
  const ownWord = (m: Span) => asked && m.from >= said.from && m.to <= said.to && m.to - m.from < said.to - said.from;
  if (mentions.some((m) => m.from >= sentence.from && m.to <= sentence.to && !ownWord(m))) return MENTIONED;
  // Only what is said is refuted by a "no" (answeredNo): "are X human? No" denies worth, which the worth reading keeps.
  return quoted(text, pair.from, pair.to) || quotedSaying(text, said) || answeredNo(text, pair.to) ? MENTIONED : 1;
}

/**
 * What is said, inside a quotation that holds more words than it, the group outside: a slogan named to be condemned
 * ('"رجعوهم لبلادهم" شعار قاسٍ؛ اللاجئون يستحقون الحماية', '“把他们送回去”是很残忍的口号，难民需要保护'), session 34. Scare
 * quotes around the derogation alone ('los inmigrantes son "ratas"') keep it said of the group.
 */
function quotedSaying(text: string, said: Span): boolean {
  if (!quoted(text, said.from, said.to)) return false;
  const close = quoteMarkAfter(text, said.to, 120);
  const open = quoteMarkBefore(text, said.from, 120);
  return close >= 0 && open >= 0 && /\p{L}/u.test(text.slice(open + 1, said.from) + text.slice(said.to, close));
}

/**
 * A negation does not reach into a clause that a complementizer opens ("don't people see that X are
 * vile?", "ist es nicht klar, dass...", "kya samajh nahi aata ki..."): what it negates is the seeing,
 * and the clause is presupposed. Verbs of thinking and "true" pass it on ("no creo que X sean...",
 * "it is not true that..."), and so do verbs of allowing ("wir dürfen nicht zulassen, dass X..."), so
 * a clause after one of them stays negated.
 */
function factiveClause(between: string, before = '', negation = ''): boolean {
  const negated = negatedBeforeClause(between, before, negation);
  return negated !== undefined && (NEGATION_STAYS.test(negated) || !NEG_RAISING.test(negated));
}
/**
 * What a negation negates before the clause a complementizer opens after it, or undefined where none opens. A negation
 * written with its verb ("لا يجب ان", must not) negates that verb.
 */
function negatedBeforeClause(between: string, before: string, negation = ''): string | undefined {
  const opens = COMPLEMENTIZER.exec(between);
  // German and Dutch put the verb before its negation: "ich denke nicht, dass...", "ik vind niet dat...".
  const verb = /(?:\p{L}+[^\p{L}]+){0,2}$/u.exec(before)?.[0] ?? '';
  return opens === null ? undefined : `${verb} ${negation} ${between.slice(0, opens.index)}`;
}
/**
 * Whether punctuation parts a negation from the good word after it. German and Polish write a comma before "dass",
 * "że", and members of every language may: "ich finde nicht, dass X Respekt verdienen", "nie uważam, że X zasługują na
 * szacunek". That comma parts nothing where a verb of thinking or allowing passes the negation on to the clause
 * (factiveClause); before any other verb ("ich sage nicht, dass...") it still does.
 */
const COMMA_OPENING_CLAUSE = /,(?=[^\p{L}]*(?:dass|dat|ze|que|qu|che)(?!\p{L}))/u;
function brokenBetween(text: string, n: Span, w: Span): boolean {
  const between = text.slice(n.to, w.from);
  if (!/[,:;.!?\n]/.test(between)) return false;
  const joined = between.replace(COMMA_OPENING_CLAUSE, ' ');
  return /[,:;.!?\n]/.test(joined) || factiveClause(joined, text.slice(Math.max(0, n.from - 24), n.from));
}
/**
 * A good word in a clause after a negated forgetting or fearing is not denied ("nunca esqueço que os X são
 * inteligentes"). Verbs of thinking keep it denied ("no creo que los X sean capaces"), and so does a negation
 * of the group itself before a relative ("ningún X que conozco es honesto").
 */
function clauseStands(text: string, n: Span, w: Span): boolean {
  const negated = negatedBeforeClause(text.slice(n.to, w.from), text.slice(Math.max(0, n.from - 24), n.from));
  return negated !== undefined && NEGATION_STAYS.test(negated);
}
/**
 * Forgetting, fearing and tiring, negated, leave the clause after them standing, whatever verb of saying follows
 * ("nunca esqueço que X são...", "je n'ai pas peur de dire que X sont...", "ich werde nie müde zu sagen, dass..."):
 * the member remembers, or dares to say, what the clause says.
 */
const NEGATION_STAYS = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      // forgetting
      'olvid\\p{L}*', 'esquec\\p{L}*', 'oubli\\p{L}*', 'vergess\\p{L}*', 'vergiss\\p{L}*', 'vergeet', 'vergeten', 'dimentic\\p{L}*', 'scord\\p{L}*',
      'zapomin\\p{L}*', 'zapomn\\p{L}*', 'bhool\\p{L}*', 'bhul\\p{L}*', 'انسي', 'ننسي', 'تنسي', 'تنسوا', 'تنسو', 'ينسي', 'بنسي', 'ناسي', 'ناسيه',
      // fearing, being ashamed
      'miedo', 'temo', 'temer', 'tememos', 'medo', 'peur', 'crain\\p{L}*', 'craign\\p{L}*', 'angst', 'furcht\\p{L}*', 'paura', 'temere', 'bang',
      'boje', 'boimy', 'avergonz\\p{L}*', 'averguenz\\p{L}*', 'verguenza', 'vergonha', 'envergonh\\p{L}*', 'honte', 'schame', 'vergogn\\p{L}*', 'schaam', 'wstydz\\p{L}*', 'darta', 'darti', 'اخاف', 'نخاف', 'بخاف', 'خايف', 'خايفه',
      // tiring of saying it
      'canso', 'cansamos', 'cansare', 'cansarei', 'lasse', 'lasserai', 'stanco', 'stanca', 'stanchero', 'mude', 'moe',
    ].join('|') +
    ')(?!\\p{L})',
  'u',
);
/**
 * What ends a negation's clause between a group and what is said of it: a comma, an Arabic "and so"
 * ("X عمرهم ما هيتغيرو ولكدا لازم نخلص منهم": the negation is the never changing, not the call), or a
 * Hindi "if", "because" or "but" ("X se koi pareshani nahi agar wo itne ghatiya na hote").
 */
const CLAUSE_BETWEEN = /[,:،]|(?<!\p{L})(?:ولكدا|ولكده|لكدا|لكده|عشان كدا|عشان كده|علشان كدا|علشان كده|لذلك|ولذلك|فلذلك|بالتالي|وبالتالي|agar|kyunki|kyonki|lekin|magar)(?!\p{L})/u;
/** Russian words as the text they are read in spells them (look-alike letters folded to Latin: "что" as "чto"). */
const russian = (words: readonly string[]) => words.map(normalisedWord);
// "Why" opens a clause too ("je ne comprends pas pourquoi...", "não entendo por que...": Session 19), and so does
// "how much" ("ils ne voient pas à quel point X sont...", "não percebem o quanto X são...": session 26); French
// "combien de" counts, it says nothing ("je ne sais pas combien de X sont...").
const COMPLEMENTIZERS = ['que', 'qu', 'che', 'dass', 'dat', 'ze', 'ki', 'wie', 'hoe', 'comment', 'pourquoi', 'por que', 'perche', 'warum', 'waarom', 'dlaczego', 'ان', 'انه', 'انها', 'انهم', 'انكم', 'اني', 'انك',
  'a quel point', 'combien(?! de?(?!\\p{L}))', 'o quanto', 'quao', 'ate que ponto', 'hasta que punto', 'cuan', 'قد ايه', 'قد اي', 'اد ايه', 'لاي درجه',
  ...russian(['что', 'почему', 'зачем'])];
const COMPLEMENTIZER = new RegExp(`(?<!\\p{L})(?:${COMPLEMENTIZERS.join('|')})(?!\\p{L})`, 'u');
/**
 * Contempt for others' contempt of a group ("je ne supporte pas qu'on méprise les X", "je déteste à quel point on méprise les
 * X"): a contempt verb in the clause a complementizer opens after another contempt word, at
 * most a subject between them, the group its object right after it. Neither says anything of the group (session 26). Not an
 * epithet, which follows a determiner ("je déteste qu'on laisse entrer ces sales X"), nor what is said after the group, its
 * subject ("je déteste que les X soient sales").
 */
const CLAUSE_OF_ANOTHER = new RegExp(String.raw`^[^\p{L}]*(?:(?:pas|nicht|niet|mai|nigdy)[^\p{L}]+)?(?:${COMPLEMENTIZER.source})(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]*$`, 'u');
/**
 * The most runs of letters a clause of another holds: a negation, a complementizer (split at its spaces, which counts
 * "combien"'s look-ahead as a word too, so only widens the search) and two words.
 */
const CLAUSE_OF_ANOTHER_WORDS = 1 + Math.max(...COMPLEMENTIZERS.map((c) => c.split(' ').length)) + 2;
const LAST_WORD = /\p{L}+(?=[^\p{L}]*$)/u;
const DETERMINER_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(OPENING_DETERMINER).map(([lang, determiners]) => [lang, new Set(determiners.split('|'))]),
);
const NO_WORDS: ReadonlySet<string> = new Set();
function decriesContempt(text: string, s: Span, g: Span, said: SaidIndex, lang: string): boolean {
  const determiners = DETERMINER_WORDS[lang] ?? NO_WORDS;
  // The reach before the searches: every other thing said is asked, and a long text holds many far from the group.
  const verbOf = (t: Span) => t.from < g.from && t.to <= g.to && g.from - t.to <= NOUN_REACH && !/[,.!?;:]/.test(text.slice(t.to, g.from))
    && !determiners.has(LAST_WORD.exec(text.slice(Math.max(0, t.from - 16), t.from))?.[0] ?? '');
  const decried = (h: Span, t: Span) => h !== t && CLAUSE_OF_ANOTHER.test(text.slice(h.to, t.from));
  // Only what is said where a clause of another may lie is asked (a text repeating one sentence of hate asked all of it
  // for every pair: quadratic): the verb after s starts before the group; a verb s ends a clause no longer in words
  // than one can be.
  return said.startingIn(s.to, g.from - 1, (other) => verbOf(other) && decried(s, other))
    || (verbOf(s) && said.endingIn(said.clauseFrom(s.from), s.from, (other) => decried(other, s)));
}
/** What is said in a segment, looked up by where it starts or ends, and how far back a clause of another may start. */
interface SaidIndex {
  /** Whether any span starting from `lo` to `hi` (both included) passes `test`. */
  startingIn(lo: number, hi: number, test: (span: Span) => boolean): boolean;
  /** Whether any span ending from `lo` to `hi` (both included) passes `test`. */
  endingIn(lo: number, hi: number, test: (span: Span) => boolean): boolean;
  /** The first offset a clause of another ending at `at` may start from. */
  clauseFrom(at: number): number;
}
function saidIndex(text: string, said: readonly Span[]): SaidIndex {
  const byEdge = (edge: 'from' | 'to') => {
    const sorted = [...said].sort((a, b) => a[edge] - b[edge]);
    const at = sorted.map((s) => s[edge]);
    return (lo: number, hi: number, test: (span: Span) => boolean) => {
      for (let k = firstAtLeast(at, lo); k < sorted.length && at[k]! <= hi; k++) if (test(sorted[k]!)) return true;
      return false;
    };
  };
  let starting: ReturnType<typeof byEdge> | undefined;
  let ending: ReturnType<typeof byEdge> | undefined;
  let runs: { starts: number[]; ends: number[] } | undefined;
  return {
    startingIn: (lo, hi, test) => (starting ??= byEdge('from'))(lo, hi, test),
    endingIn: (lo, hi, test) => (ending ??= byEdge('to'))(lo, hi, test),
    clauseFrom: (at) => {
      runs ??= letterRuns(text);
      // A clause holds at most CLAUSE_OF_ANOTHER_WORDS runs of letters, so it starts after the end of the run that many
      // before the last one starting before `at`; two runs more in case a span's edge cuts a letter written in two code units.
      const run = firstAtLeast(runs.starts, at) - 1 - CLAUSE_OF_ANOTHER_WORDS - 2;
      return run < 0 ? 0 : runs.ends[run]!;
    },
  };
}
/** Where a text's runs of letters start and end, ascending. */
function letterRuns(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const run of text.matchAll(/\p{L}+/gu)) {
    starts.push(run.index);
    ends.push(run.index + run[0].length);
  }
  return { starts, ends };
}
const NEG_RAISING = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      // allowing
      'toler\\p{L}*', 'permit\\p{L}*', 'permet\\p{L}*', 'dej\\p{L}*', 'deix\\p{L}*', 'accept\\p{L}*', 'acept\\p{L}*', 'aceit\\p{L}*', 'laiss\\p{L}*',
      'zulass\\p{L}*', 'dulden', 'erlaub\\p{L}*', 'akzeptier\\p{L}*', 'toesta\\p{L}*', 'lasci\\p{L}*', 'accett\\p{L}*', 'pozwol\\p{L}*', 'dopusc\\p{L}*',
      // thinking, believing, imagining, true
      'cre[eiaoy]\\p{L}*', 'pens\\p{L}*', 'trouv\\p{L}*', 'pien\\p{L}*', 'ach[aeo]\\p{L}*', 'croi\\p{L}*', 'croy\\p{L}*', 'glaub\\p{L}*', 'denk\\p{L}*', 'find\\p{L}*',
      'geloof\\p{L}*', 'vind\\p{L}*', 'cred\\p{L}*', 'imagin\\p{L}*', 'sadz\\p{L}*', 'mysl\\p{L}*', 'uwaz\\p{L}*', 'wierz\\p{L}*', 'lag\\p{L}*', 'soch\\p{L}*',
      'verdad', 'verdade', 'vrai', 'wahr', 'vero', 'waar', 'prawda', 'sach', 'cierto', 'certo',
      // agreeing, and judging fair or acceptable ("no estoy de acuerdo con lo que...", "es ist nicht ok, dass...")
      'acuerdo', 'acordo', 'accord', 'accordo', 'eens', 'einverstanden', 'zgadzam', 'ok', 'okay', 'aceptable', 'acceptable', 'akzeptabel',
      'accettabile', 'aanvaardbaar', 'justo', 'juste', 'gerecht', 'giusto', 'normal', 'normale', 'normaal', 'bien', 'bem', 'bene', 'gut', 'goed',
      'dobrze', 'porzadku', 'theek', 'sahi',
      // Arabic (Standard and Egyptian): think, believe, true, right, acceptable
      'اظن', 'بظن', 'اعتقد', 'بعتقد', 'فاكر', 'فاكره', 'صحيح', 'صح', 'حقيقي', 'مقبول', 'عادي', 'طبيعي',
      // Egyptian "seeing that" is thinking it ("مش شايف ان...", I don't think that...): session 19.
      'شايف', 'شايفه',
      // Deserving, with the "that" of its verb ("لا احد يستحق ان يقتل": no one deserves to be killed): session 21.
      'يستحق', 'يستحقو', 'يستحقون', 'تستحق', 'يستاهل', 'يستاهلو', 'تستاهل',
      // Must, with the "that" of its verb ("لا يجب ان نكره X", "il ne faut pas que les X meurent": one must not).
      'يجب', 'ينبغي', 'لازم', 'يجوز', 'faut',
      // saying ("don't say that X are...": counter-speech)
      'dire', 'dis', 'dit', 'disent', 'dites', 'dirai\\p{L}*', 'dirions', 'diriez', 'direi', 'diresti', 'direbbe', 'diria', 'dirias', 'decir', 'digas', 'digan', 'diga', 'dices', 'dice', 'dicen', 'dizer', 'diz', 'dizem', 'digam', 'dici', 'dica',
      'dicono', 'sag\\p{L}*', 'zeg\\p{L}*', 'mow\\p{L}*', 'powiedz\\p{L}*', 'kah\\p{L}*', 'bol\\p{L}*',
      // Russian: think, believe, true, agree, say (each keeps a Cyrillic letter once folded, so no Latin word is one)
      ...russian(['думаю', 'думаем', 'считаю', 'считаем', 'верю', 'верим', 'правда', 'согласен', 'согласна', 'согласны', 'говори', 'говорите', 'скажу',
        'скажи', 'скажите', 'утверждаю']),
    ].join('|') +
    ')(?!\\p{L})',
  'u',
);

const overlaps = (a: Span, b: Span) => a.from < b.to && b.from < a.to;
/**
 * A call that holds the group as its object, closing it ("смерть евреям", death to the Jews, in the dative): any other
 * overlap of a script grammar's group and what is said is one word read twice.
 */
const callHolds = (said: Said, group: Span) => said.category === 'hate/threatening' && said.from < group.from && group.to <= said.to;
/** Does what is said end on one short word that opens the group's name (its article or "tutti"), and nothing more of it? */
const sharesArticle = (text: string, s: Span, g: Span) => s.from < g.from && g.from < s.to && s.to < g.to && ARTICLE_ONLY.test(text.slice(g.from, s.to));
const ARTICLE_ONLY = /^\p{L}{1,6}$/u;
/**
 * Whether a negation is part of a group's name. A group pattern that reads the word next to a colour word to
 * tell a people from a colour ("negros não", "nenhum negro") holds the negation at its edge, and the negation
 * still denies what follows, as it does beside any other group's name ("Negros não são inteligentes", "Nenhum
 * negro pode ser inteligente"): Session 15.
 */
const namedWith = (n: Span, g: Span) => n.from > g.from && n.to < g.to;

/**
 * Languages whose verbs carry their subject, so a sentence about a group named before needs no pronoun
 * ("São uns parasitas", "Powinni zginąć"): their they lists hold such verbs. Per language, for the
 * grammars whose lists were written for it.
 */
const PRO_DROP: ReadonlySet<string> = new Set(['pl', 'pt']);
/**
 * A later sentence that opens on a subject of its own, a noun after its article or a possessive ("Os políticos são uns
 * vagabundos.", "Meu cachorro é um porco.", "I politici sono...") or the writer ("Eu sou um idiota"), says what it says of
 * that subject: the verb that would carry a group named before (pt "são", it "sono") has one (session 39). "A gente" is
 * "we", the writer's people; German and Dutch open on "die" and "de" as pronouns and are not read so.
 */
const ownSubjectOpens = (articles: string, writer: string) =>
  new RegExp(String.raw`^[^\p{L}]*(?:(?:${articles})[^\p{L}]+(?!gente(?!\p{L}))\p{L}{3,}|(?:${writer}))(?!\p{L})`, 'u');
const OWN_SUBJECT_OPENS: Readonly<Record<string, RegExp>> = {
  pt: ownSubjectOpens('o|a|os|as|meu|minha|meus|minhas|nosso|nossa|nossos|nossas', String.raw`eu[^\p{L}]+(?:sou|era|fui|estou)`),
  es: ownSubjectOpens('el|la|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras', String.raw`yo[^\p{L}]+(?:soy|era|fui|estoy)`),
  it: ownSubjectOpens('il|lo|la|i|gli|le|mio|mia|miei|mie|nostro|nostra|nostri|nostre', String.raw`io[^\p{L}]+(?:sono|ero|fui)`),
};
/**
 * French puts its object pronoun before the verb, inside what is said ("Je ne les supporte pas.", "Qu'ils
 * aillent au diable."): its they words may open what is said too.
 */
const PRONOUN_OPENS: ReadonlySet<string> = new Set(['fr']);
/**
 * Where the later sentence's call holds its object pronoun (German and Dutch separable imperatives, "Knallt
 * sie ab.", "Sluit ze op."; "man sollte sie töten"), or Spanish and Italian write it onto the verb
 * ("Matémoslos.", "Bisogna rinchiuderli."), the pronoun inside what is said refers back to the group.
 */
const OBJECT_INSIDE: ReadonlySet<string> = new Set(['de', 'nl', 'es', 'it']);
const ENCLITIC: Readonly<Record<string, RegExp>> = { es: /\p{L}{3}(?:los|las)$/u, it: /\p{L}{3}(?:li|le)$/u };
/** The object pronoun a call ends with, written onto its verb, as a span of its own (or undefined). */
function encliticOf(text: string, s: Span, lang: string): Span | undefined {
  const m = ENCLITIC[lang]?.exec(text.slice(s.from, s.to));
  return m ? { from: s.to - (lang === 'es' ? 3 : 2), to: s.to } : undefined;
}

/**
 * A group and what is said of it pair in one sentence, or across a sentence end when the later sentence
 * refers back or speaks to the group ("Typical of X. They are vile.", "Your lives are worth nothing. You
 * are only X.").
 */
function sameOrReferredBack(
  sentence: (at: number) => number, they: readonly Span[], g: Span, s: Span,
  { opening = false, suffixed = false, inside = false }: { opening?: boolean; suffixed?: boolean; inside?: boolean } = {},
): boolean {
  const [sg, ss] = [sentence(g.from), sentence(s.from)];
  if (sg === ss) return true;
  // When the group comes in the later sentence, the pronoun is its subject, before it ("Vous n'êtes que
  // des X"); one after it is someone else ("Los X trabajan más que vosotros"). With `opening`, a pronoun
  // or a verb carrying its subject may open what is said ("X? Die gehören in die Küche.", "Conheci uns
  // X. Deviam ser presos."). Where pronouns are suffixes (Arabic), one that ends what is said is its
  // object ("خلينا نقضي عليهم", let's finish them off).
  const opens = (t: Span) => opening && t.from <= s.from;
  const object = (t: Span) => (suffixed && t.from > s.from && t.to === s.to) || (inside && t.from > s.from && t.to <= s.to);
  // A pronoun before a group named later may end on the group's own article ("Parlo dei X", "Estou falando dos X").
  const refers = (t: Span) => sentence(t.from) === Math.max(sg, ss) && (!overlaps(t, s) || opens(t) || object(t)) && (sg < ss || t.from < g.from);
  return Math.abs(sg - ss) === 1 && they.some(refers);
}

/**
 * A copula that names another subject by its definite article and noun does not carry a group into its sentence:
 * "Les migrants ? Ce sont les passeurs, ces ordures, qui les exploitent.", "Os imigrantes? Quem os explora são os
 * patrões, esses vermes." (session 19). Not where that noun is itself what is said ("são os piores") or a group.
 */
const IDENTIFIES: Readonly<Record<string, RegExp>> = {
  fr: /^[^\p{L}]+(?:les|le|la|l)[^\p{L}]+\p{L}+/u,
  pt: /^[^\p{L}]+(?:os|as|o|a)[^\p{L}]+\p{L}+/u,
  es: /^[^\p{L}]+(?:los|las|el|la)[^\p{L}]+\p{L}+/u,
  it: /^[^\p{L}]+(?:i|gli|le|il|la|lo|l)[^\p{L}]+\p{L}+/u,
};
const COPULA_THEY: Readonly<Record<string, RegExp>> = { fr: /^ce[^\p{L}]+sont$/u, pt: /^sao$/u, es: /^son$/u, it: /^sono$/u };
function identifiesAnother(text: string, t: Span, lang: string, groups: readonly Span[], said: readonly Span[]): boolean {
  if (!COPULA_THEY[lang]?.test(text.slice(t.from, t.to))) return false;
  const m = IDENTIFIES[lang]!.exec(text.slice(t.to, t.to + 40));
  if (!m) return false;
  const noun = { from: t.to + m[0].length - 1, to: t.to + m[0].length };
  return !groups.some((g) => overlaps(g, noun)) && !said.some((s) => overlaps(s, noun));
}

/**
 * Whom the writer means ("Ich meine X", "me refiero a los X", "ik bedoel X", "mam na myśli X") names the group only when
 * the group follows it, an article or a preposition between: "Ich meine die Rassisten, nicht die Flüchtlinge." means
 * the racists (session 37).
 */
const MEANS = /^(?:ich meine|ich rede von|ich spreche von|die rede ist von|intendo|parlo d\p{L}*|mi riferisco a\p{L}*|je parle|je veux dire|je pense aux|hablo de|estoy hablando de|me refiero a|ik bedoel|ik heb het over|ik praat over|mam na mysli|mowie o|chodzi mi o|estou falando|to falando|falo|me refiro|refiro-me)(?:[^\p{L}]+\p{L}+)?$/u;
// Session 39: "people" before a group word that follows it ("estou falando de pessoas trans", "je parle des personnes trans").
const ARTICLES_ONLY = /^[^\p{L}]*(?:(?:die|den|der|de|het|des|les|la|los|las|a|as|os|aos|dos|das|gli|i|le|degli|delle|dei|ai|agli|alle|al|del|von|over|o|di|de la|bien|pessoas|persone|personnes|personas|mensen|menschen|leute)[^\p{L}]+){0,3}$/u;
function meansAnother(text: string, t: Span, groups: readonly Span[]): boolean {
  // The group's own article may close the phrase ("parlo dei X": the colour word is a group only after it).
  const follows = (g: Span) => g.from >= t.from && g.to > t.to && (g.from <= t.to || ARTICLES_ONLY.test(text.slice(t.to, g.from)));
  return MEANS.test(text.slice(t.from, t.to)) && !groups.some(follows);
}

/**
 * A demonstrative right before what is said, in the sentence after a group's, is the group called so: "Os refugiados
 * chegaram ao bairro. Desde então, só sujeira, esses animais.", "Ces animaux", "Esos parásitos", "Diese Ratten"
 * (session 19). Only right before it: "Esses políticos são uns vermes" says it of the politicians.
 */
const DEMONSTRATIVE: Readonly<Record<string, RegExp>> = {
  pt: /(?<!\p{L})(?:esses|essas|estes|estas|aqueles|aquelas)[^\p{L}]+$/u,
  fr: /(?<!\p{L})ces[^\p{L}]+(?:(?:sales|maudits|maudites|putains de|espece de|especes de)[^\p{L}]+)?$/u,
  es: /(?<!\p{L})(?:estos|estas|esos|esas|aquellos|aquellas)[^\p{L}]+(?:(?:putos|putas|malditos|malditas)[^\p{L}]+)?$/u,
  it: /(?<!\p{L})(?:questi|queste|quei|quegli|quelle)[^\p{L}]+(?:(?:maledetti|maledette|luridi|luride|schifosi|schifose)[^\p{L}]+)?$/u,
  de: /(?<!\p{L})(?:diese|dieses|solche|solches)[^\p{L}]+(?:(?:dreckigen|dreckige|verdammten|verdammte|elenden|elende)[^\p{L}]+)?$/u,
  nl: /(?<!\p{L})(?:deze|die|zulke|dat)[^\p{L}]+(?:(?:vuile|smerige|kut|vieze)[^\p{L}]+)?$/u,
  pl: /(?<!\p{L})(?:te|ci|tacy|takie|tych|tymi)[^\p{L}]+(?:(?:brudne|brudni|pieprzone|pieprzeni|cholerne|cholerni)[^\p{L}]+)?$/u,
};
function epithetOf(text: string, s: Span, lang: string): Span | undefined {
  const m = DEMONSTRATIVE[lang]?.exec(text.slice(Math.max(0, s.from - 30), s.from));
  if (!m) return undefined;
  const from = s.from - m[0].length;
  return { from, to: from + m[0].trimEnd().length };
}

/** A plural definite article and its noun: another subject, in the sentence a group would be carried into. */
const OTHER_SUBJECT: Readonly<Record<string, RegExp>> = {
  pt: /(?<!\p{L})(?:os|as|aos|dos|das|pelos|pelas)[^\p{L}]+\p{L}{3,}/u,
  fr: /(?<!\p{L})(?:les|aux)[^\p{L}]+\p{L}{3,}/u,
  es: /(?<!\p{L})(?:los|las)[^\p{L}]+\p{L}{3,}/u,
  it: /(?<!\p{L})(?:i|gli|le|dei|degli|delle)[^\p{L}]+\p{L}{3,}/u,
  de: /(?<!\p{L})(?:die|den|der)[^\p{L}]+\p{L}{3,}/u,
  nl: /(?<!\p{L})(?:de)[^\p{L}]+\p{L}{3,}/u,
};

/**
 * People at large as the subject, there being such people or some or many of them, a verb after: "Hay gente que odia a los
 * X.", "Es gibt Leute, die X hassen.", "Molti odiano i X.", "Sommigen haten X." The next sentence's "they" or "these
 * people" is them, not the group their verb acts on (session 37). Not where a preposition or article follows: "Muchos de los
 * X", "beaucoup de X" quantify the group itself. Session 39: any one noun said to exist and its relative clause ("Es gibt
 * Nazis, die X hassen.", "Il y a des racistes qui ...") is such a subject too.
 */
const peopleSubject = (there: string, people: string, relative: string) =>
  new RegExp(String.raw`^[^\p{L}]*(?:(?:(?:${there})[^\p{L}]+)?(?:${people})[^\p{L}]+(?:${relative}[^\p{L}]+)?(?!(?:de|des|du|d|di|dei|degli|delle|da|do|dos|das|der|den|van|los|las|les|gli|os|as)(?!\p{L}))\p{L}|(?:${there})[^\p{L}]+\p{L}+[^\p{L}]+(?:${relative})(?!\p{L}))`, 'u');
const PEOPLE_SUBJECT: Readonly<Record<string, RegExp>> = {
  pt: peopleSubject('tem|ha|existe|existem', 'gente|pessoas|muitos|muitas|alguns|algumas|certas pessoas|muita gente', 'que'),
  es: peopleSubject('hay', 'gente|personas|muchos|muchas|algunos|algunas|ciertas personas|mucha gente', 'que'),
  it: peopleSubject('c e|ci sono', 'gente|persone|molti|molte|alcuni|alcune|certi|certe|tanta gente|tanti', 'che'),
  fr: peopleSubject(String.raw`il[^\p{L}]+y[^\p{L}]+a(?:[^\p{L}]+des)?`, 'gens|personnes|certains|certaines|beaucoup de gens', 'qui'),
  de: peopleSubject(String.raw`es[^\p{L}]+gibt`, 'leute|menschen|viele|manche|einige|viele leute|manche leute', 'die'),
  nl: peopleSubject(String.raw`er[^\p{L}]+zijn`, 'mensen|sommigen|velen|veel mensen|sommige mensen', 'die'),
};
function actedOnBy(text: string, g: Span, lang: string, { sentence, startOf }: ReturnType<typeof sentences>): boolean {
  const before = text.slice(startOf(sentence(g.from)), g.from);
  if (PEOPLE_SUBJECT[lang]?.test(before)) return true;
  const other = OTHER_SUBJECT[lang]?.exec(before);
  // The other noun opens the sentence as its subject, a verb after it, and is not part of the group's name.
  return other !== undefined && other !== null && /^[^\p{L}]*$/u.test(before.slice(0, other.index)) && /\p{L}/u.test(before.slice(other.index + other[0].length));
}

/**
 * Whether a group leads its sentence, which a demonstrative in the next one refers back to: only an article, a
 * quantifier or "and" before it, and no agent after it ("Os judeus foram insultados por racistas. Esses lixos..."
 * calls the racists so); or it ends a question ("Pra que serve um X? Esses vermes...").
 */
const LEADING = /^[^\p{L}]*(?:(?:e|et|y|und|en|i|a|mas|mais|pero|ma|aber|maar|ale)[^\p{L}]+)?(?:(?:todos|todas|tous|toutes|alle|tutti|tutte|wszyscy|os|as|les|los|las|gli|i|le|die|de|het|ci|te|um|uma|un|une|uno|una|ein|eine|een|muitos|muitas|beaucoup|des|d|mes|meus|minhas|nos|nossos|estos|esos|esses|estes|ces|questi|diese|deze)[^\p{L}]+){0,2}$/u;
const AGENT = /(?<!\p{L})(?:por|pelos|pelas|pelo|pela|par|von|vom|door|przez|da|dai|dagli|dalle|dal)(?!\p{L})/u;
function leadsItsSentence(text: string, g: Span, { sentence, startOf, endOf }: ReturnType<typeof sentences>): boolean {
  const n = sentence(g.from);
  const after = text.slice(g.to, endOf(n));
  if (/^[^\p{L}]*\?[^\p{L}]*$/u.test(after)) return true;
  return LEADING.test(text.slice(startOf(n), g.from)) && !AGENT.test(after);
}

/**
 * A group named alone as a question, the topic of the sentence after it: "Os negros? Nunca vi gente mais suja.",
 * "Les Noirs ? J'ai jamais vu des gens aussi sales.", "¿Los gitanos? Ni en pintura." (session 19), "Ci imigranci?
 * Zwierzęta." (session 35). Only its name, an article or a demonstrative and "and" or "as for" before it, and the question mark.
 */
const TOPIC_OPENING = /^[^\p{L}]*(?:(?:e|et|y|und|en|i|a|quanto|quant|e quanto|en cuanto|y que hay de|und was ist mit|wat dacht je van|a co z)[^\p{L}]+)?(?:(?:aos|as|os|aux|a|les|los|las|gli|i|le|die|de|het|esses|essas|estes|estas|aqueles|aquelas|esos|esas|estos|aquellos|aquellas|ces|questi|queste|quei|quegli|quelle|diese|jene|deze|ci|te|tamci|tamte)[^\p{L}]+)?$/u;
function topicAsked(text: string, g: Span, s: Span, { sentence, startOf, endOf }: ReturnType<typeof sentences>): boolean {
  const sg = sentence(g.from);
  if (sentence(s.from) !== sg + 1) return false;
  return TOPIC_OPENING.test(text.slice(startOf(sg), g.from)) && /^[^\p{L}]*\?[^\p{L}]*$/u.test(text.slice(g.to, endOf(sg)));
}

/**
 * A group named, in the sentence after something contemptible said of someone, as what explains it: "Claro que ele é
 * desonesto. É judeu, afinal.", "Évidemment qu'il est malhonnête. C'est un juif après tout." (session 19). Only a
 * sentence that is its copula, its article, the group and a word of "what did you expect" ("afinal", "après tout",
 * "al fin y al cabo", "halt") or an opening "of course" ("Normal, c'est un Rom."): "Tratam-nos como lixo. São
 * refugiados." names who is mistreated.
 */
const EXPLAINS: Readonly<Record<string, { opening: RegExp; marker: RegExp; tail: RegExp }>> = {
  pt: {
    opening: /^[^\p{L}]*(?:(claro|obvio|pudera|normal|tipico|logico|afinal)[^\p{L}]+)?(?:(?:que[^\p{L}]+)?(?:ele|ela|eles|elas)[^\p{L}]+)?(?:e|sao|era|eram)[^\p{L}]+(?:(?:um|uma|uns|umas)[^\p{L}]+)?$/u,
    marker: /^[^\p{L}]*(?:afinal|ne|claro|pois|ora|oras|uai|ue|obvio|o que (?:voce )?esperava|o que esperar|fazer o que|sempre)(?:[^\p{L}]+(?:de contas|ne|ora|pois))?[^\p{L}]*$/u,
    tail: /^[^\p{L}]*$/u,
  },
  es: {
    opening: /^[^\p{L}]*(?:(claro|obvio|normal|tipico|logico|como no)[^\p{L}]+)?(?:(?:el|ella|ellos|ellas)[^\p{L}]+)?(?:es|son|era|eran)[^\p{L}]+(?:(?:un|una|unos|unas)[^\p{L}]+)?$/u,
    marker: /^[^\p{L}]*(?:al fin y al cabo|despues de todo|claro|normal|obvio|que esperabas|que esperas|como siempre|pues|no)[^\p{L}]*$/u,
    tail: /^[^\p{L}]*$/u,
  },
  it: {
    opening: /^[^\p{L}]*(?:(certo|ovvio|normale|tipico|chiaro|ovviamente)[^\p{L}]+)?(?:(?:lui|lei|loro)[^\p{L}]+)?(?:e|sono|era|erano)[^\p{L}]+(?:(?:un|una|uno|degli|delle)[^\p{L}]+)?$/u,
    marker: /^[^\p{L}]*(?:dopotutto|del resto|in fondo|alla fine|ovvio|ovviamente|normale|che ti aspettavi|cosa ti aspettavi|come sempre|no)[^\p{L}]*$/u,
    tail: /^[^\p{L}]*$/u,
  },
  de: {
    opening: /^[^\p{L}]*(?:(klar|naturlich|typisch|logisch|kein wunder)[^\p{L}]+)?(?:er|sie|das|es)[^\p{L}]+(?:ist|sind|war|waren)[^\p{L}]+(?:(halt|eben|nun mal|schliesslich|ja auch|ja)[^\p{L}]+)?(?:(?:ein|eine)[^\p{L}]+)?$/u,
    marker: /^[^\p{L}]*(?:halt|eben|nun mal|schliesslich|was erwartest du|wie immer|typisch|oder)[^\p{L}]*$/u,
    tail: /^[^\p{L}]*$/u,
  },
  fr: {
    opening: /^[^\p{L}]*(?:(normal|evidemment|forcement|bien sur|typique|logique|pas etonnant|sans surprise)[^\p{L}]+)?(?:c[^\p{L}]+est|c[^\p{L}]+etait|il[^\p{L}]+est|elle[^\p{L}]+est|ce[^\p{L}]+sont|ils[^\p{L}]+sont|elles[^\p{L}]+sont|il[^\p{L}]+etait)[^\p{L}]+(?:(?:un|une|des)[^\p{L}]+)?$/u,
    marker: /^[^\p{L}]*(?:apres tout|forcement|normal|quoi|hein|evidemment|bien sur|comme d hab|comme toujours|que voulez vous|que veux tu|tu m etonnes|au fond)[^\p{L}]*$/u,
    tail: /^[^\p{L}]*$/u,
  },
};
function groupExplains(text: string, g: Span, s: Span, lang: string, { sentence, startOf, endOf }: ReturnType<typeof sentences>): boolean {
  const explains = EXPLAINS[lang];
  const sg = sentence(g.from);
  if (!explains || sg !== sentence(s.from) + 1) return false;
  const opening = explains.opening.exec(text.slice(startOf(sg), g.from));
  if (!opening) return false;
  const after = text.slice(g.to, endOf(sg)).replace(/[^\p{L}]+/gu, ' ').trim();
  return after === '' ? opening.slice(1).some((word) => word !== undefined) : explains.marker.test(after);
}

/**
 * The group named in the sentence after what is said of "them", said to be all like that: "Son asquerosos. Todos los X son
 * así.", "Sie sind ekelhaft. Alle X sind so.", "Ils sont dégoûtants. Tous les X sont comme ça." (session 37). Only "all"
 * and an article before the group: "Nicht alle X sind so." denies it.
 */
const ALL_BEFORE = /^[^\p{L}]*(?:(?:todos|todas|tous|toutes|alle|tutti|tutte|wszyscy|wszystkie)[^\p{L}]+)?(?:(?:los|las|os|as|les|gli|i|le|die|de)[^\p{L}]+)?$/u;
const ALL = String.raw`(?:[^\p{L}]+(?:todos|todas|tous|toutes|alle|allemaal|tutti|tutte|wszyscy|wszystkie|doch|halt|eben|toch))?`;
const LIKE_THAT: Readonly<Record<string, RegExp>> = {
  de: new RegExp(String.raw`^[^\p{L}]+(?:sind|waren)${ALL}[^\p{L}]+(?:so|genauso|alle gleich)[^\p{L}]*$`, 'u'),
  nl: new RegExp(String.raw`^[^\p{L}]+(?:zijn|waren)${ALL}[^\p{L}]+(?:zo|precies zo|hetzelfde|allemaal hetzelfde)[^\p{L}]*$`, 'u'),
  es: new RegExp(String.raw`^[^\p{L}]+(?:son|eran)${ALL}[^\p{L}]+(?:asi|iguales)[^\p{L}]*$`, 'u'),
  pt: new RegExp(String.raw`^[^\p{L}]+(?:sao|eram)${ALL}[^\p{L}]+(?:assim|iguais)[^\p{L}]*$`, 'u'),
  it: new RegExp(String.raw`^[^\p{L}]+(?:sono|erano)${ALL}[^\p{L}]+(?:cosi|uguali|fatti cosi)[^\p{L}]*$`, 'u'),
  fr: new RegExp(String.raw`^[^\p{L}]+(?:sont|etaient)${ALL}[^\p{L}]+(?:comme ca|comme cela|pareils|pareilles)[^\p{L}]*$`, 'u'),
  pl: /^[^\p{L}]+(?:(?:tacy|takie)[^\p{L}]+(?:sa|byli|byly)|(?:sa|byli|byly)[^\p{L}]+(?:tacy|takie|wszyscy tacy|wszystkie takie))[^\p{L}]*$/u,
};
function allLikeThat(text: string, g: Span, s: Span, lang: string, { sentence, startOf, endOf }: ReturnType<typeof sentences>): boolean {
  const sg = sentence(g.from);
  return sg === sentence(s.from) + 1 && ALL_BEFORE.test(text.slice(startOf(sg), g.from)) && (LIKE_THAT[lang]?.test(text.slice(g.to, endOf(sg))) ?? false);
}

/**
 * A sentence that is only what is said, without a verb, right after the sentence naming a group, says it of
 * that group: "Tantos X por aqui. Uma praga.", "O que eu acho dos X? Lixo." Only where nothing but a determiner
 * opens it ("uma", "umas", "que", "bando de") and nothing follows it but an aside after a comma ("Ladrões, sem
 * exceção."): Session 15, Portuguese. A longer sentence has its own subject ("Odeio segunda-feira."), and shame or
 * disgust exclaimed judges what the sentence before tells ("Os X foram humilhados. Uma vergonha.").
 */
const FRAGMENT_OPENING: Readonly<Record<string, RegExp>> = {
  pt: /^[^\p{L}]*(?:(?:um|uma|uns|umas|que|so|apenas|puro|pura|bando de|cambada de|corja de)[^\p{L}]+)?$/u,
  // Session 19: "Qui voudrait vivre à côté de X ? Des sauvages.", "Que des parasites."
  // Session 39: exclaimed ("J'ai vu des X au parc. Quels sauvages."); "Quelle honte" is EXCLAIMED, said of what happened.
  fr: /^[^\p{L}]*(?:(?:un|une|des|de la|du|que des|rien que des|tous des|toutes des|une bande de|bande de|un ramassis de|ramassis de|un tas de|quels|quelles)[^\p{L}]+)?$/u,
  // "He trabajado con muchos X. Unos fanáticos, todos.", "Dei fanatici, tutti quanti.", "Fanatiker, alle miteinander."
  es: /^[^\p{L}]*(?:(?:unos|unas|puros|puras|solo|todos unos|todas unas|una panda de|panda de|menuda panda de|una banda de|banda de|una manada de|manada de)[^\p{L}]+)?$/u,
  it: /^[^\p{L}]*(?:(?:dei|delle|degli|solo|tutti|tutte|un branco di|branco di|una banda di|banda di|una massa di|massa di)[^\p{L}]+)?$/u,
  de: /^[^\p{L}]*(?:(?:nur|lauter|alles|alle|reine|ein haufen|ein pack|pack|eine bande|bande)[^\p{L}]+)?$/u,
};
const EXCLAIMED = /(?:vergonha|nojo|asco|horror|absurdo|honte|honteux|horreur|scandale|scandaleux|degout|degoutant|revoltant|lamentable|pathetique|inadmissible|inacceptable|verguenza|escandalo|vergogna|schifo|orrore|scandalo|schande|skandal|ekelhaft|widerlich|unglaublich)$/u;
// Or one word of being born so after it ("Des voleurs nés.", session 19).
const FRAGMENT_TAIL = /^(?:[^\p{L}]+(?:nes|nees|natos|natas|de nascenca|de naissance|por natureza|par nature))?(?:[^\p{L},]*,(?:[^\p{L}]+\p{L}+){1,4})?[^\p{L}]*$/u;
/** A fragment whose aside names who it is said of ("Unos cerdos, esos jefes.", session 19) is not said of the group before. */
const NAMES_ITS_OWN = /^[^\p{L}]*,[^\p{L}]*(?:esos|esas|estos|estas|esses|essas|estes|estas|ces|questi|queste|quei|quegli|diese|deze|die|los|las|os|as|les|gli)(?!\p{L})/u;
function fragmentAfter(text: string, g: Span, s: Span, lang: string, { sentence, startOf, endOf }: ReturnType<typeof sentences>): boolean {
  const opening = FRAGMENT_OPENING[lang];
  const ss = sentence(s.from);
  if (!opening || ss !== sentence(g.from) + 1 || sentence(s.to - 1) !== ss) return false;
  const tail = text.slice(s.to, endOf(ss));
  // A French fragment in the singular is said of one of them ("J'ai connu un Rom une fois. Un voleur, comme tous les
  // autres."), not of a group named in the plural ("Les X ont été accueillis par le maire. Un idiot, comme toujours.").
  if (lang === 'fr' && /^[^\p{L}]*une?[^\p{L}]/u.test(text.slice(startOf(ss), s.from)) && /[sx]$/u.test(text.slice(g.from, g.to))) return false;
  return opening.test(text.slice(startOf(ss), s.from)) && !EXCLAIMED.test(text.slice(s.from, s.to)) && FRAGMENT_TAIL.test(tail) && !NAMES_ITS_OWN.test(tail);
}

/**
 * A question of who would take one on, answered at once by the writer ("Quem contrataria um X? Nós!", "Wer würde schon
 * einen X einstellen? Wir!", "kaun kisi X ko naukri dega? Hum denge!", "谁会雇难民？我们公司一直在招。", "مين يوظف X؟ احنا!",
 * "कौन किसी X को नौकरी देगा? हम!"): an employer or a family saying who they are, not a rhetorical question. Only a "who"
 * question ("Os X são doentes? Nós achamos que sim." agrees), and not an answer that refuses ("Eu não.", "Moi ? Jamais.",
 * "main to nahi", "我才不会", "احنا لا"). Devanagari is read as the script grammars read it, without its vowel signs
 * (कौन is "कन", नहीं "नह").
 */
const ANSWER_BY_US =
  /^[^\p{L}]*(?:nos|nous|nosotros|nosotras|noi|wir|wij|we|eu|moi|yo|io|ich|ik|my|hum|ham|main|احنا|نحن|انا|हम)(?!\p{L})(?![^.!\n]*(?<!\p{L})(?:nao|ne|pas|no|non|nicht|niet|nie|nigdy|nunca|jamais|jamas|mai|niemals|nooit|never|not|nahi|nahin|nahim|لا|مش|ما|ابدا|नह|कभ)(?!\p{L}))/u;
// Chinese writes no spaces: the pronoun opens the answer ("我们公司…", "我家…"), and any 不 or 没 in it refuses.
const ANSWER_BY_US_ZH = /^[^\p{L}]*(?:我们|咱们|我|本公司|我司)(?![^。.!！\n]*[不没别])/u;
const WHO_ASKED = /^[^\p{L}]*(?:(?:quem|qui|quien|chi|wer|wie|kto|kaun|kon|مين|من|कन)(?!\p{L})|谁)/u;
/** The answer is read to the end of its sentence, in the scripts' own stops too (。！？ and the Arabic ؟). */
const ANSWER_ENDS = /[.!?;\n。！？؟]/g;
/** The sentences answeredByUs reads, made once a text (a long text says many things). */
const answerSentences = (text: string) => sentences(text, ANSWER_ENDS);
function answeredByUs(text: string, s: Span, { sentence, startOf, endOf }: ReturnType<typeof answerSentences>): boolean {
  const asked = sentence(s.from);
  const question = text.slice(startOf(asked), endOf(asked));
  // The refusal may follow the pronoun asked back ("Moi ? Jamais."): read up to the sentence after the answer.
  const answer = text.slice(endOf(asked), endOf(asked + 2));
  return /[?？؟]$/u.test(question) && WHO_ASKED.test(question) && (ANSWER_BY_US.test(answer) || ANSWER_BY_US_ZH.test(answer));
}

/**
 * Sentence ends: . ! ? ; and line breaks. Which sentence a position is in, and where one starts. A run of stops ends one
 * sentence at its last ("Os X... são uns parasitas.", "Odeio os X!!! São..."): an ellipsis or an emphatic "?!" is no
 * sentence between (session 36).
 */
function sentences(text: string, end = /[.!?]+|[;\n]/g): { sentence: (at: number) => number; startOf: (n: number) => number; endOf: (n: number) => number } {
  const ends: number[] = [];
  for (const m of text.matchAll(new RegExp(end.source, 'g'))) ends.push(m.index + m[0].length - 1);
  const sentence = (at: number) => firstAtLeast(ends, at);
  return { sentence, startOf: (n) => (n === 0 ? 0 : ends[n - 1]! + 1), endOf: (n) => (n < ends.length ? ends[n]! + 1 : text.length) };
}
