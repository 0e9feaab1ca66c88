import { fold } from './lexicons/index.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * Who an insult is aimed at. Members mock themselves in their bios ("I'm a total idiot at parallel
 * parking", "certified dumbass at karaoke", "professional loser"): that is banter, while "you're a
 * total idiot" or "she is a dumbass" is harassment. An insult is self-aimed when its sentence names no
 * one else up to its end, and either the writer is its subject ("I'm", "je suis", "ich bin", "أنا", "私は"),
 * named after it ("what an idiot I am") or by others ("they call me"), or it is a skill qualified by "at
 * <activity>" ("idiot at chess"; "the idiot at the desk" names a place, not a skill). A quote the writer
 * says to themself ("I tell myself: you idiot") is read as aimed at them, whoever it names. Read on
 * normalised text (lower case); the languages are those the multilingual lexicons cover, where the
 * pronouns are cheap to list.
 */

/** Someone other than the writer: second and third person, pointing words, people. */
const OTHER = compiledNow(new RegExp(
  '(?<![\\p{L}\'])(?:' + [
    // English
    'you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall', "y'all", 'he', 'she', 'him', 'her', 'his', 'hers',
    'himself', 'herself', 'they', 'them', 'their', 'themselves', "he's", "she's", "they're", 'this', 'that', 'these', 'those', 'who', 'people', 'guy', 'guys',
    'man', 'woman', 'men', 'women', 'everyone', 'everybody', 'someone', 'somebody', 'whoever',
    // Spanish, Portuguese, French, Italian, German, Dutch
    // ("du", "il" and "je" are left out: they are also French "of the", Italian "the" and French "I".)
    'tu', 'tú', 'eres', 'usted', 'él', 'ella', 'ellos', 'ellas', 'você', 'vc', 'ele', 'ela', 'eles', 'és', 'toi', 'te', 'elle',
    'ils', 'elles', 'es', 'sei', 'lui', 'lei', 'loro', 'dich', 'dir', 'bist', 'er', 'sie', 'jij', 'jou', 'jullie', 'hij', 'zij', 'ze',
    // Polish and Russian (Polish "on" and "ci" are left out: English "on", Italian "ci").
    'ty', 'ciebie', 'cię', 'tobie', 'twój', 'twoja', 'oni', 'ты', 'тебя', 'тебе', 'твой', 'твоя', 'он', 'она', 'они', 'вы', 'вас', 'вам',
    // Turkish ("o", he or she, is left out: it is also Portuguese and Italian "the").
    'sen', 'seni', 'sana', 'senin', 'senden', 'siz', 'sizi', 'size', 'sizin', 'onu', 'ona', 'onun', 'onlar', 'bunlar', 'herkes',
    // Hindi in Latin letters ("tu" is above).
    'tum', 'tera', 'teri', 'tere', 'tujhe', 'tumhara', 'tumhari',
    // Arabic: you, he, she, they, this; and the vocative يا, which calls someone, but for "يا لي من" (what a ... I am).
    'انت', 'أنت', 'إنت', 'انتي', 'أنتي', 'انتم', 'أنتم', 'انتو', 'أنتو', 'هو', 'هي', 'هم', 'هذا', 'هذه', 'هاد', 'هذي', 'يا(?![^\\S\\n]+لي[^\\S\\n]+من)',
  ].join('|') + ')(?!\\p{L})',
  'u',
));

/** The writer as the subject: "I'm", "I was", "je suis", "soy", "ich bin"... */
const WRITER = compiledNow(new RegExp(
  '(?<![\\p{L}\'])(?:' + [
    "i'm", 'im', 'i am', 'i was', 'am i', 'was i', "i've been", 'ive been', 'i have been', 'i feel like', 'i felt like', 'call me',
    // Italian "sono" alone is also "they are" ("le donne sono..."): only "io sono" names the writer.
    'soy', 'yo soy', 'estoy', 'sou', 'eu sou', 'je suis', "j'suis", 'moi', 'io sono', 'ich bin', 'ich war', 'ik ben', 'ik was',
    'ben', 'jestem', 'ja jestem', 'byłem', 'byłam', 'я', 'انا', 'أنا', 'إنا', 'يا لي من',
  ].join('|') + ')(?![\\p{L}\'])',
  'u',
));

/**
 * A name the writer reports others called them, right before it: a bullying story told ("Kids called me a fag every
 * day", "I was bullied and called a retard", "me chamavam de retardado", "on me traitait de débile", "in der Schule
 * nannten sie mich Spast"; session 21). The name is what was said to them, reported, not aimed at anyone. One list for
 * every reader of it, so that none reads a form the others miss: the slurs of detect-hate.ts and of the lexicons
 * (detect-lexicon.ts), the insults aimedAtSelf reads (CALLED_RIGHT_BEFORE) and the text model, which reads the sentence
 * again without the calling and the name (withoutCalledWord). In the past or the passive only: "call me a ... again"
 * dares the reader, and a name the writer is called now ("me llaman", "nennt mich") is aimedAtSelf's alone. Lower case
 * with accents, as written; the folded forms are read too.
 */
const CALLED_ME = [
  // en: the passive with or without its subject ("I was bullied and called a retard"); "kept calling me" is "calling me".
  'was called', 'were called', 'got called', 'being called', 'been called', 'and called', 'called me', 'calling me',
  'used to call me', 'would call me',
  // es, pt
  'me llamaban', 'me llamaron', 'me decían', 'me insultaban', 'me chamavam', 'me chamaram', 'me xingavam', 'me xingaram',
  // One caller in the past (session 34: "ele me xingou de sapatão no ônibus", "il m'a traitée de gouine").
  'me llamó', 'me insultó', 'me chamou', 'me xingou',
  // fr, de, nl
  'me traitait', 'me traitaient', "m'ont traité", "m'ont traitée", "m'a traité", "m'a traitée", "m'appelait", "m'appelaient", 'nannten mich',
  'nannten sie mich', 'nannte man mich', 'beschimpften mich als', 'noemden me', 'noemden ze me', 'scholden me uit voor',
  // it, pl, ru
  'mi chiamavano', 'mi davano del', 'mi davano della', 'mi hanno chiamato', 'mi hanno chiamata', 'mi hanno dato del', 'mi hanno dato della', 'nazywali mnie', 'wyzywali mnie od', 'wyzywano mnie od', 'nazywano mnie', 'mówili na mnie',
  'называли меня', 'обзывали меня', 'обозвали меня', 'меня называли', 'меня обзывали', 'меня обозвали', 'дразнили',
];
/** What may stand between the calling and the name: an article, or "de" ("me chamavam de burra"). */
const CALLED_ARTICLE = 'de|a|an|the|el|la|un|una|le|une|een|ein|eine|einen|il|lo|o|um|uma|del|della';
/** Forms as an alternation, written and folded, words apart by any spaces, an apostrophe either way. */
function alternation(forms: readonly string[]): string {
  return [...new Set(forms.flatMap((form) => [form, fold(form)]))].map((form) => form.replace(/ /g, '[^\\S\\n]+').replace(/'/g, "['’]")).join('|');
}
/**
 * The calling, then what may stand before the name: a softening particle ("noem me maar een idioot", "nennt mich ruhig
 * einen Trottel") and an article with one word after it at most ("me llamaban la gorda", "called me a fat ...").
 */
function calling(forms: readonly string[]): string {
  return `(?<![\\p{L}'’])(?:${alternation(forms)})(?:[^\\S\\n]+(?:maar|ruhig))?(?:[^\\S\\n]+(?:${CALLED_ARTICLE})(?:[^\\S\\n]+\\p{L}+)?)?[^\\S\\n]+`;
}
const CALLED_ME_BEFORE = new RegExp(`${calling(CALLED_ME)}$`, 'u');
/** How far before a word its calling is looked for, in characters. */
const CALLED_REACH = 60;
/**
 * The same story where the writer, the one called, stands earlier in the clause and the calling beside the name, as
 * Russian, Polish, Dutch, German and Turkish order it: "меня каждый день называли пидором", "ik werd in de tram
 * uitgescholden voor vuile Marokkaan", "in der Schule wurde ich jeden Tag Schwuchtel genannt", "man hat mich als Kanake
 * beschimpft", "bana her gün ibne diyorlardı". Per language, the writer as the object or the passive's subject (not
 * "ich habe ihn ... genannt", the writer calling), and the callings before or after the name.
 */
const CALLED_IN_CLAUSE: ReadonlyArray<{ writer: RegExp; before?: RegExp; after?: RegExp }> = [
  { writer: /(?<!\p{L})(?:mich|wurde ich|ich wurde)(?!\p{L})/u, after: ['genannt', 'beschimpft', 'geschimpft', 'gerufen'] },
  { writer: /(?<!\p{L})(?:mij|me|werd ik|ik werd)(?!\p{L})/u, before: ['uitgescholden voor', 'uitgescholden als', 'uitgemaakt voor'], after: ['genoemd', 'uitgescholden', 'uitgemaakt'] },
  { writer: /(?<!\p{L})mnie(?!\p{L})/u, before: ['nazywano', 'przezywano', 'wyzywano od'] },
  { writer: /(?<!\p{L})меня(?!\p{L})/u, before: ['называли', 'обзывали', 'обозвали', 'дразнили'] },
  { writer: /(?<!\p{L})(?:bana|beni)(?!\p{L})/u, after: ['diyorlardı', 'derlerdi', 'dediler', 'demişlerdi', 'diye bağırırlardı', 'diye bağırdılar', 'diye çağırırlardı'] },
].map(({ writer, before, after }) => ({
  writer,
  ...(before ? { before: new RegExp(`(?<![\\p{L}'’])(?:${alternation(before)})[^\\S\\n]+(?:\\p{L}+[^\\S\\n]+)?$`, 'u') } : {}),
  ...(after ? { after: new RegExp(`^[^\\p{L}\\n]{0,3}(?:${alternation(after)})(?![\\p{L}'’])`, 'u') } : {}),
}));
/** The clause a name stands in, up to it: a calling further back names no one in it. */
const CLAUSE_BEFORE = /^.*[.!?;:,\n]/su;
/** Is the word at text[from...to] a name the writer reports being called ("kids called me a fag")? */
export function reportedName(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - CALLED_REACH), from).toLowerCase();
  if (CALLED_ME_BEFORE.test(before)) return true;
  const clause = before.replace(CLAUSE_BEFORE, '');
  const after = text.slice(to, to + 30).toLowerCase();
  return CALLED_IN_CLAUSE.some((c) => c.writer.test(clause) && ((c.before?.test(clause) ?? false) || (c.after?.test(after) ?? false)));
}

/**
 * The writer named by others right before the insult, now as in the past ("me chamam de burro", "me llaman el más
 * tonto", "bana salak der", "يسموني حمار"). Only right before: "Llámame cuando dejes de ser un imbécil" and "Bana bak
 * salak" (look at me, idiot) are aimed at the reader.
 */
const CALLED_RIGHT_BEFORE = compiledNow(new RegExp(
  `${calling([
    'me chamam', 'me chamar', 'me chame', 'me llaman', 'me dicen', 'llámame', "m'appellent", "m'appelle", 'noemen me', 'noem me',
    'nennen mich', 'nennt mich', 'mi chiamano', 'chiamatemi', 'mówią na mnie', 'nazywają mnie', 'nazywajcie mnie', 'зовут меня',
    'называют меня', 'называйте меня', 'bana', 'يسموني', 'سموني', 'ينادوني', ...CALLED_ME,
  ])}$`,
  'u',
));

/**
 * A sentence that reports a name the writer was called, with the calling and the name blanked, or undefined: "Kids
 * called me a fag every day", "in school they called me a retard", "me chamavam de burra". For the text model, which
 * reads the name as if it were said. Folded text in, as fold() gives.
 */
const CALLED_WORD = compiledNow(new RegExp(`${calling(CALLED_ME)}\\p{L}+`, 'gu'));
export function withoutCalledWord(folded: string): string | undefined {
  const without = folded.replace(CALLED_WORD, (m) => ' '.repeat(m.length));
  return without === folded ? undefined : without;
}

/**
 * "at chess", "at parallel parking", "when it comes to cooking": a skill, not a place or a person (Dutch "en" is
 * "and": "een loser en dat blijf je" names none).
 */
const SKILL = /^[^\S\n]+(?:at|when it comes to|en|em|in|bei)[^\S\n]+(?!(?:the|a|an|my|your|his|her|our|their|this|that|work|home|school|church|la|el|le|il|o|der|die|das|de|het|dat|dit|ik|je|jij|hij|zij|ze|we|wij|jullie|een)(?![\p{L}']))\p{L}/u;

// Latin, Arabic and CJK sentence and clause marks.
const SENTENCE_END = /[.!?;\n。！？；؟؛]/;
/** The writer must be the subject of the insult's own clause: "As far as I am concerned, X can go fuck themselves" is not. */
const CLAUSE_START = /^.*[,:，、：،]/s;
/** How far either side of an insult its sentence is read: a long text stays linear. */
const REACH = 120;

/**
 * The writer named right after the insult, at the end of its clause: an exclamation ("What an idiot I am!",
 * "Qué pendejo soy,", "Quel idiot je suis :", "Ну и дурак же я"). Not "the idiot I am married to": the
 * clause must end there; not Italian "sono" alone, which is also "they are" ("che stronzi che sono").
 */
const WRITER_NEXT = /^[^\S\n]+(?:(?:che|que|же)[^\S\n]+)?(?:i am|soy|sou|eu sou|je suis|io sono|ich bin|я)(?:[^\p{L}\p{N}]*$|[^\S\n]*[,:،])/u;
/**
 * The writer right before the insult: a pronoun in apposition, through an article or an adjective at most
 * ("ich Idiot habe...", "ich alter Trottel", "dass ich ein Arschloch war", "ik domme sukkel", "eu me foder";
 * not "ich hasse Idioten": a German verb of the first person ends in -e, its adjective before a noun in -er),
 * or a clause that opens with Italian "sono un(a)", which drops the subject (no other language opens so; "i
 * vicini sono..." is not the writer's).
 */
const WRITER_RIGHT_BEFORE = /(?:^[^\S\n]*sono[^\S\n]+un[ao]?(?:[^\S\n]+|')(?:\p{L}+[^\S\n]+)?|(?<![\p{L}'])(?:ich(?:[^\S\n]+(?:ein|eine|\p{L}+er))?|ik(?:[^\S\n]+(?:een|\p{L}+e))?|eu(?:[^\S\n]+(?:um|uma|me))?)[^\S\n]+)$/u;
/**
 * Whether the writer's "I am a" ends right at `at` ("soy una", "je suis une", "ich bin eine", "ik ben een"; text in
 * lower case): what follows is said of themself, and no one else stands in between, as a whole clause may hold
 * ("Ich bin Deutscher und diese verdammten Ausländer..."), which aimedAtSelf reads. For a swear word before a name of
 * the writer's own group (detect-lexicon.ts, detect-hate-multilingual.ts).
 */
export function writerRightBefore(text: string, at: number): boolean {
  return I_AM_A.test(text.slice(Math.max(0, at - 24), at));
}
// Italian "sono" alone is also "they are" ("sono fottuti ebrei"): only with a singular article.
const I_AM_A = /(?:^|[^\p{L}'])(?:(?:i'm|im|i am|soy|yo soy|sou|eu sou|je suis|j'suis|io sono|ich bin|ik ben|jestem|ja jestem)(?:\s+(?:a|an|un|una|uno|um|uma|une|ein|eine|einer|een))?|sono\s+(?:un|una|uno))\s+$/u;
/**
 * A slur a member claims for themself or their own community, as LGBT and disabled members do in a bio (session 34's
 * probe): said of the writer right after "I am" or "we are" ("Jestem kaleką", "Ich bin Krüppel", "somos bolleras"),
 * not denied ("no soy marica"); worn as the bio's label at the start of its clause with pride beside it ("Bollera
 * orgullosa, maestra", "Dumna lesba", "Sapatão com orgulho"); naming who a collective, club or space is of or for, as
 * its label ("Colectivo de maricas, bolleras y trans del barrio", "Jesteśmy grupą lesb i pedałów"); or in a list of
 * those welcome (welcomeList). Never where the reader is addressed ("eres una bollera orgullosa"). English has its own
 * (detect-hate.ts RECLAIMED). Text in lower case.
 */
export function claimedByWriter(text: string, from: number, to: number): boolean {
  const [before, after] = sentenceAround(text, from, to);
  if (READER.test(before) || READER.test(after)) return false;
  const clause = before.replace(CLAUSE_START, '');
  return CLAIMED_AS_WRITER.test(clause) || (ITALIAN_I_AM_BEFORE.test(clause) && ITALIAN_SINGULAR.test(text.slice(from, to))) ||
    (PROUD_LABEL.test(clause) && (LETTER.test(clause) || PROUD_AFTER.test(after))) || COLLECTIVE_OF.test(before) ||
    welcomeList(before + text.slice(from, to) + after);
}

/**
 * A community's welcome that lists who is welcome and ends there: "Fags, dykes, trans folks and allies all welcome",
 * "Maricas, bolleras y trans bienvenides". Not denied ("not welcome", "no fags welcome", "nicht willkommen") and not
 * welcomed to something after ("welcome to leave"). Lower case.
 */
const WELCOMED_LIST = compiledNow(new RegExp(`^([^\\p{L}]*(?:\\p{L}+[^\\p{L}\\n]+){1,10}?)(?:(?:are|all|are all|son|sont|tous|todos|todes|sind|alle|sono|tutti|zijn|iedereen|są|wszyscy)[^\\S\\n]+)?(?:${alternation([
  'welcome', 'bienvenidos', 'bienvenidas', 'bienvenides', 'bienvenid@s', 'bem-vindos', 'bem-vindas', 'bem-vindes', 'bienvenue', 'bienvenus', 'bienvenues',
  'willkommen', 'benvenuti', 'benvenute', 'welkom', 'mile widziani', 'добро пожаловать',
])})(?:[^\\S\\n]+(?:here|aquí|aqui|ici|hier|qui|tutti|todos|tous))?[^\\p{L}]*$`, 'u'));
const WELCOME_DENIED = compiledNow(/(?<![\p{L}'])(?:not|no|never|nicht|kein\p{L}*|niet|geen|nie|não|nao|ne|pas|non|nunca|jamais|mai|не)(?![\p{L}'])/u);
/** Is a whole sentence (lower case) a welcome of the people it lists? */
export function welcomeList(sentence: string): boolean {
  return WELCOMED_LIST.test(sentence) && !WELCOME_DENIED.test(sentence);
}
/** A welcome (lower case) with the people it lists blanked, for the text model; undefined when the sentence is none. */
export function withoutWelcomed(sentence: string): string | undefined {
  const welcome = WELCOME_DENIED.test(sentence) ? null : WELCOMED_LIST.exec(sentence);
  return welcome ? ' '.repeat(welcome[1]!.length) + sentence.slice(welcome[1]!.length) : undefined;
}
const PROUD = alternation([
  'proud', 'orgulloso', 'orgullosa', 'orgullosos', 'orgullosas', 'orgulhoso', 'orgulhosa', 'orgulhosos', 'orgulhosas', 'fier', 'fière', 'fiers',
  'fières', 'stolz', 'stolze', 'stolzer', 'stolzes', 'orgoglioso', 'orgogliosa', 'orgogliosi', 'orgogliose', 'trots', 'trotse', 'dumny', 'dumna',
  'dumni', 'dumne', 'гордый', 'гордая', 'гордые', 'gururlu', 'proudly', 'orgullosamente', 'orgulhosamente', 'fièrement', 'orgogliosamente',
  'dumnie', 'гордо',
]);
/** Happiness worn beside the label as pride is ("Bollera, feliz y entrenadora", "Lesba, szczęśliwa i trenerka"). */
const HAPPY = alternation(['happy', 'feliz', 'felices', 'heureuse', 'heureux', 'glücklich', 'felice', 'felici', 'gelukkig', 'szczęśliwa', 'szczęśliwy', 'szczęśliwi', 'счастливая', 'счастливый', 'mutlu']);
/** "Proud to be (a)": "fière d'être", "orgullosa de ser una", "orgogliosa di essere", "trots om een". */
const PROUD_TO_BE = `(?:${PROUD})[^\\S\\n]+(?:${alternation(['to be', "d'être", "d'etre", 'de ser', 'di essere', 'om', 'że jestem'])})(?:[^\\S\\n]+(?:a|an|un|una|uno|um|uma|une|een))?`;
/** "We are", the writer's community as the subject: "somos un grupo de...", "jesteśmy grupą...". */
const WE_ARE = alternation(['we are', "we're", 'somos', 'nós somos', 'nous sommes', 'on est', 'wir sind', 'siamo', 'wij zijn', 'we zijn', 'jesteśmy', 'мы']);
/** "I am a", "we are", through an article and pride, not after a negation ("no soy", "nie jestem", "non sono"). */
const CLAIMED_AS_WRITER = new RegExp(`(?<!(?:^|[^\\p{L}])(?:no|não|nao|non|nie|не)[^\\S\\n]+)(?:^|(?<=[^\\p{L}'’]))(?:${alternation([
  'soy', 'yo soy', 'sou', 'eu sou', 'je suis', "j'suis", 'io sono', 'ich bin', 'ik ben', 'jestem', 'ja jestem', 'я', 'somos', 'nós somos',
  'nous sommes', 'wir sind', 'siamo', 'wij zijn', 'we zijn', 'jesteśmy', 'мы',
])})(?:[^\\S\\n]+(?:un|una|uno|um|uma|une|ein|eine|een|the|los|las|les|os|as|die|i|le|gli|de))?(?:[^\\S\\n]+(?:${PROUD}))?[^\\S\\n]+$|^[^\\S\\n]*sono[^\\S\\n]+un[ao]?[^\\S\\n]+$`, 'u');
/** Nothing before the slur in its clause but pride ("Dumna lesba", "stolze Schwuchtel"), or nothing at all. */
const PROUD_LABEL = new RegExp(`^[^\\p{L}]*(?:(?:${PROUD_TO_BE}|${PROUD})[^\\S\\n]+)?$`, 'u');
/** Pride right after the slur, or joined to it by "and": "Bollera orgullosa", "gouine fière", "sapatão com orgulho", "Marica y orgulloso", "Schwuchtel und stolz drauf". */
const PROUD_AFTER = new RegExp(`^,?[^\\S\\n]+(?:(?:and|y|e|et|und|en|i|и|ve)[^\\S\\n]+)?(?:${PROUD}|${HAPPY}|${alternation(['con orgullo', 'com orgulho', 'avec fierté', 'con orgoglio', 'met trots', 'z dumą', 'с гордостью'])})(?![\\p{L}])`, 'u');
/**
 * A sentence that opens with a collective, club or space, "we are" before it at most and one word qualifying it
 * ("Queeres Kollektiv", "somos un grupo"), then "of" or "for" and a list of six words at most before the slur.
 */
const COLLECTIVE_OF = new RegExp(`^[^\\p{L}]*(?:(?:${WE_ARE})[^\\S\\n]+)?(?:\\p{L}+[^\\S\\n]+)?(?:${alternation([
  'collective', 'colectivo', 'coletivo', 'collectif', 'kollektiv', 'collettivo', 'collectief', 'kolektyw', 'коллектив', 'community', 'comunidad',
  'comunidade', 'communauté', 'gemeinschaft', 'comunità', 'gemeenschap', 'społeczność', 'сообщество', 'group', 'grupo', 'groupe', 'gruppe', 'gruppo',
  'groep', 'grupa', 'группа', 'club', 'clube', 'verein', 'circolo', 'klub', 'клуб', 'space', 'espacio', 'espaço', 'espace', 'raum', 'spazio',
  'ruimte', 'przestrzeń', 'association', 'asociación', 'associação', 'associazione', 'vereniging', 'stowarzyszenie', 'grupą', 'społecznością',
])})(?:[^\\S\\n]+(?:${alternation(['of', 'for', 'de', 'do', 'da', 'dos', 'das', 'des', 'di', 'dei', 'delle', 'per', 'para', 'pour', 'von', 'für', 'van', 'voor', 'dla', 'для'])}))?(?:[^\\p{L}\\n]+\\p{L}+){0,6}[^\\p{L}\\n]+$`, 'u');

/**
 * Italian drops its subject, and "sono" is both "I am" and "they are": a clause that opens with it (through
 * adverbs and an article) or an exclamation closed by "che sono" is the writer's when what it calls them is
 * singular ("Sono proprio scemo", "Sono davvero un idiota", "Che scemo che sono"), not when plural ("sono
 * scemi", "che stronzi che sono").
 */
const ITALIAN_I_AM_BEFORE = /^[^\S\n]*sono[^\S\n]+(?:(?:proprio|davvero|veramente|così|cosi|troppo|tanto|solo|soltanto|sempre|un po'?)[^\S\n]+)*(?:un[ao]?(?:[^\S\n]+|'))?$/u;
const ITALIAN_I_AM_AFTER = /^[^\S\n]+che[^\S\n]+sono(?:[^\p{L}\p{N}]*$|[^\S\n]*[,:])/u;
const ITALIAN_SINGULAR = /[oa]$/u;
/**
 * The writer set before a comma, the insult in apposition to them ("Moi, la plus conne de la famille, j'ai...",
 * "Ich, der größte Idiot der Welt"), three words at most between; not "yo" or "ja", also a greeting and a "yes".
 */
const WRITER_IN_APPOSITION = /^[^\S\n]*(?:moi|ich|io|eu|ik)[^\S\n]*,[^\S\n]*(?:\p{L}+[^\S\n]+){0,3}$/u;
/** "I'm the", "I was a", one word at most before the insult ("I'm the clumsy idiot"), and "who" or "that" right after it. */
const WRITER_AS = "(?<![\\p{L}'])(?:i'm|im|i am|i was)[^\\S\\n]+(?:the|a|an)[^\\S\\n]+";
const WRITER_AS_ONE = new RegExp(`${WRITER_AS}(?:\\p{L}+[^\\S\\n]+)?$`, 'u');
const RELATIVE = "(?:who|that)(?![\\p{L}'])";
const RELATIVE_NEXT = new RegExp(`^[^\\S\\n]+${RELATIVE}`, 'u');
/** The same in a whole sentence, with the relative clause to its next mark: what the text model reads. */
const WRITER_AS_ONE_WHO = new RegExp(`(${WRITER_AS}(?:\\p{L}+[^\\S\\n]+){1,2}${RELATIVE})([^,;:.!?\\n]*)`, 'u');
/**
 * Speech to oneself: after "I tell myself:", "أكلم نفسي:", "говорю себе:" the one addressed is the writer
 * ("I tell myself every morning: get up, you lazy idiot").
 */
const SELF_TALK = /(?<![\p{L}'])(?:myself|mí mismo|mí misma|mim mesmo|mim mesma|moi-même|me stesso|me stessa|mir selbst|mezelf|sobie|себе|kendime|نفسي|لنفسي)(?![\p{L}'])[^:：]*[:：]/u;

/**
 * Languages that mark the subject on the verb after the insult. Turkish: an insult followed only by a verb of
 * the first person singular ("aptal gibi gülerim", I laugh like a fool; "salak gibi düştüm ama...") speaks of
 * its writer. One verb only, up to "but" or "and": Turkish curses are first-person verbs too ("siktir git,
 * amına koyayım"). Hindi: "hoon" is only "I am" ("kitna chutiya hoon yaar").
 */
const FIRST_PERSON_VERB_AFTER: Readonly<Record<string, RegExp>> = {
  tr: /^[^\S\n]*(?:gibi[^\S\n]+|kadar[^\S\n]+)?\p{L}+(?:[ıiuü]m|y[ıiuü]m)(?:[^\p{L}]*$|,?[^\S\n]+(?:ama|ve|fakat|ancak)[^\p{L}])/u,
  hi: /^[^\S\n]+(?:hoon|hun|hu|हूँ|हूं)(?!\p{L})/u,
};

/**
 * Japanese and Mandarin, written without spaces, name the writer by a pronoun: Japanese anywhere in the
 * sentence ("ブスな私ですが", "自分はクズですが"), but not as a possessor ("私の上司はクズ"), in 私立 (private)
 * or 自分勝手 (selfish), or plural ("僕ら"); Mandarin only right before the insult, through adverbs, the
 * copula and a measure word ("我真是个傻逼"), and a skill joined to the insult after the measure word ("我是个音乐白痴",
 * hopeless at music), since "我老板是个白痴" is my boss; 本人 (I myself) anywhere.
 */
const JAPANESE_I = '私|わたし|あたし|僕|ぼく|俺|おれ|自分';
const JAPANESE_WRITER = new RegExp(`(?:${JAPANESE_I})(?!の|立|達|たち|ら|勝手)`, 'u');
/**
 * Japanese that names the writer and someone else: a subject marked by が right before the insult is the one called so
 * ("私は上司がクズだと思う"; "私がクズです" is the writer), and a writer after it who only thinks it ("上司はクズだと私は思う").
 */
const JAPANESE_OTHER_SUBJECT = new RegExp(`(?<!${JAPANESE_I})が(?:本当に|ほんとに|マジで|まじで|完全に|ただの)?$`, 'u');
const JAPANESE_WRITER_THINKS = new RegExp(`^[^。]*と(?:${JAPANESE_I})(?:は|も)?(?:思|考)`, 'u');
const MANDARIN_WRITER = /本人|(?:我|俺|咱)(?:真|就|也|还|简直|真的|果然|根本|完全|是|个|一个|大|超级|纯)*(?:(?<=个)\p{Script=Han}{1,2})?$/u;
/** Someone else in Japanese or Mandarin: you, he, she, that one, this person, everyone. */
const CJK_OTHER = /お前|おまえ|てめえ|てめぇ|貴様|あんた|あなた|君|きみ|あいつ|こいつ|そいつ|彼|奴|やつ|この人|その人|あの人|みんな|你|您|他|她|它|大家|楼主/u;

/** Is the insult at text[from, to) aimed at the writer (text normalised: lower case)? `lang` is the insult's language, when known. */
export function aimedAtSelf(text: string, from: number, to: number, lang?: string): boolean {
  const [before, after] = sentenceAround(text, from, to);
  if (lang === 'ja' || lang === 'zh') {
    if (CJK_OTHER.test(before) || CJK_OTHER.test(text.slice(from, to)) || CJK_OTHER.test(after)) return false;
    return lang === 'ja'
      ? (JAPANESE_WRITER.test(before) && !JAPANESE_OTHER_SUBJECT.test(before)) || (JAPANESE_WRITER.test(after) && !JAPANESE_WRITER_THINKS.test(after))
      : MANDARIN_WRITER.test(before.replace(CLAUSE_START, ''));
  }
  const talk = SELF_TALK.exec(before);
  if (talk) return !OTHER.test(before.slice(0, talk.index + talk[0].length));
  const clause = before.replace(CLAUSE_START, '');
  // "I'm the idiot who locked her keys in the car": the relative clause tells what the writer did, whoever but the
  // reader it names.
  const toldOfWriter = WRITER_AS_ONE.test(clause) && RELATIVE_NEXT.test(after) && !READER.test(after);
  if (OTHER.test(before) || OTHER.test(text.slice(from, to)) || (!toldOfWriter && OTHER.test(after))) return false;
  return WRITER.test(clause) || WRITER_IN_APPOSITION.test(before) || WRITER_NEXT.test(after) || SKILL.test(after) || WRITER_RIGHT_BEFORE.test(clause) || CALLED_RIGHT_BEFORE.test(clause) || SELF_LABELLED.test(clause) ||
    (ITALIAN_SINGULAR.test(text.slice(from, to)) && (ITALIAN_I_AM_BEFORE.test(clause) || ITALIAN_I_AM_AFTER.test(after))) ||
    (lang !== undefined && FIRST_PERSON_VERB_AFTER[lang]?.test(after) === true);
}

/**
 * A bio's label for its writer: the insult as a title the writer gives themself, a qualifier of trade or standing right
 * before it at the start of its clause ("Professional idiot, part-time dad", "self-proclaimed nerd", "full-time idiot,
 * part-time genius"). "My boss is a professional idiot" does not start so; one naming someone else is read as before.
 */
const SELF_LABEL = '(?:(?:a|an)[^\\S\\n]+)?(?:professional|certified|self[- ]?proclaimed|self[- ]?confessed|full[- ]?time|part[- ]?time|resident|chief|official|recovering|retired|aspiring|wannabe|serial|card[- ]carrying|award[- ]winning)[^\\S\\n]+';
const SELF_LABELLED = new RegExp(`^[^\\S\\n]*${SELF_LABEL}$`, 'u');
/** A sentence that opens with a label for its writer, for the text model. */
const OPENS_WITH_SELF_LABEL = new RegExp(`^[^\\p{L}]*${SELF_LABEL}\\p{L}`, 'u');

/** A skill anywhere in a sentence: "loser at chess". */
const SKILL_IN = compiledNow(/\p{L}[^\S\n]+(?:at|when it comes to)[^\S\n]+(?!(?:the|a|an|my|your|his|her|our|their|this|that|work|home|school|church)(?![\p{L}']))\p{L}/u);

/** "this" or "that" closing a sentence after a preposition is a thing, not someone else: "I'm such an idiot about this". */
const THING_AT_END = /(?<![\p{L}'])(?:about|at|with|for|of|over|on|in) (?:all )?(?:this|that)[^\p{L}]*$/u;
const LETTER = /\p{L}/u;
/**
 * THING_AT_END's quick no: its "this" or "that" is the sentence's last, with no letter after it. The search tries every
 * place of the sentence (about a microsecond a sentence the text model asks of); this reads its end.
 */
function mayEndOnThing(sentence: string): boolean {
  const at = Math.max(sentence.lastIndexOf('this'), sentence.lastIndexOf('that'));
  return at >= 0 && !LETTER.test(sentence.slice(at + 4));
}

/**
 * Does a whole sentence (lower case) speak of its writer only: no one else named, and the writer its
 * subject or a skill its topic? For a reader, like the text model, that sees sentences, not insults.
 */
export function sentenceAboutSelf(sentence: string): boolean {
  // The writer first: most sentences name neither writer nor skill, and then nobody else need be looked for.
  if (!(WRITER.test(sentence) || SKILL_IN.test(sentence) || OPENS_WITH_SELF_LABEL.test(sentence))) return false;
  return !OTHER.test(withoutWritersDeed(mayEndOnThing(sentence) ? sentence.replace(THING_AT_END, '') : sentence));
}

/** The sentence without the relative clause of "I'm the idiot who ..." when it names no reader (aimedAtSelf's toldOfWriter). */
function withoutWritersDeed(sentence: string): string {
  const told = WRITER_AS_ONE_WHO.exec(sentence);
  return told && !READER.test(told[2]!) ? sentence.slice(0, told.index) + told[1]!.replace(RELATIVE_AT_END, '') + sentence.slice(told.index + told[0].length) : sentence;
}
const RELATIVE_AT_END = new RegExp(`${RELATIVE}$`, 'u');

/**
 * Banter about someone close: an insult in a sentence that names the writer's friend or family and goes on to love
 * them ("Mi mejor amigo es un cabrón, pero lo quiero mucho", "Mein bester Freund ist ein Vollidiot, aber ich liebe
 * ihn", "En yakın arkadaşım tam bir salak ama onu çok seviyorum"). Both are needed: "Mi vecino es un cabrón y lo odio"
 * is read as before, and so is one said to the reader ("eres un idiota pero te quiero"), whom the writer calls it.
 * Read on lower-case text, accents written or folded.
 */
const CLOSE_ONE = new RegExp(`(?<![\\p{L}])(?:${alternation([
  // The writer's own: "my", "mi", "mon", "mein", "mijn", "il mio", "mój", "мой"; Turkish marks it on the noun below.
  'my', 'mi', 'mis', 'meu', 'minha', 'meus', 'minhas', 'mon', 'ma', 'mes', 'mein', 'meine', 'meinen', 'mijn', 'mio', 'mia', 'miei', 'mie',
  'mój', 'moja', 'moi', 'moje', 'мой', 'моя', 'мои',
])})[^\\S\\n]+(?:\\p{L}+[^\\S\\n]+)?(?:${alternation([
  'friend', 'friends', 'best friend', 'bestie', 'buddy', 'mate', 'brother', 'sister', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'dad', 'mum', 'mom', 'cousin',
  'amigo', 'amiga', 'amigos', 'amigas', 'hermano', 'hermana', 'novio', 'novia', 'marido', 'esposo', 'esposa', 'pareja', 'primo', 'prima', 'colega', 'colegas',
  'irmão', 'irmã', 'namorado', 'namorada', 'parceiro', 'parceira',
  'ami', 'amie', 'amis', 'pote', 'potes', 'copain', 'copine', 'frère', 'sœur', 'mari', 'femme', 'cousin', 'cousine', 'chéri', 'chérie',
  'freund', 'freundin', 'freunde', 'kumpel', 'bruder', 'schwester', 'mann', 'frau', 'cousine',
  'vriend', 'vriendin', 'vrienden', 'maat', 'broer', 'zus', 'man', 'vrouw',
  'amico', 'amica', 'amici', 'fratello', 'sorella', 'marito', 'moglie', 'ragazzo', 'ragazza', 'cugino', 'cugina',
  'przyjaciel', 'przyjaciółka', 'kumpel', 'kumpela', 'brat', 'siostra', 'mąż', 'żona', 'chłopak', 'dziewczyna',
  'друг', 'подруга', 'брат', 'сестра', 'муж', 'жена', 'парень', 'девушка',
])})(?![\\p{L}])|(?<![\\p{L}])(?:${alternation(['arkadaşım', 'kankam', 'kardeşim', 'abim', 'ablam', 'sevgilim', 'kocam', 'karım', 'eşim', 'kuzenim'])})(?![\\p{L}])`, 'u');
/** "But" and then love, or the one called a favourite: "pero lo quiero", "mas é o meu idiota favorito", "ale go kocham". */
const LOVED_AFTER = new RegExp(`(?<![\\p{L}])(?:${alternation([
  'but', 'pero', 'mas', 'mais', 'aber', 'maar', 'ma', 'però', 'ale', 'но', 'ama', 'fakat', 'yine de',
])})(?![\\p{L}])[^.!?\\n]*?(?<![\\p{L}])(?:${alternation([
  'love', 'adore', 'quiero', 'amo', 'adoro', 'encanta', 'favorito', 'favorita', 'aime', 'aimons', 'liebe', 'lieben', 'mag', 'hou van', 'houden van',
  'voglio bene', 'vogliamo bene', 'kocham', 'uwielbiam', 'люблю', 'обожаю', 'seviyorum', 'severim', 'bayılıyorum',
])})(?![\\p{L}])`, 'u');
/** The reader addressed: the writer who calls the reader so speaks to them, fondly or not. */
const READER = new RegExp(`(?<![\\p{L}'])(?:${alternation([
  'you', 'your', 'u', 'ur', 'tu', 'tú', 'te', 'ti', 'eres', 'você', 'vc', 'toi', "t'es", 'dich', 'dir', 'bist', 'jij', 'jou', 'sei',
  'ty', 'ciebie', 'cię', 'jesteś', 'ты', 'тебя', 'тебе', 'sen', 'seni', 'sana', 'senin',
])})(?![\\p{L}])`, 'u');

/** Is the insult at text[from, to) banter about someone close to the writer (text in lower case)? */
export function toldFondly(text: string, from: number, to: number): boolean {
  const [before, after] = sentenceAround(text, from, to);
  return fondSentence(before + text.slice(from, to) + after);
}

/** What stands before and after text[from, to) in its sentence, within REACH either side. */
function sentenceAround(text: string, from: number, to: number): [string, string] {
  const window = text.slice(Math.max(0, from - REACH), from);
  let start = window.length;
  while (start > 0 && !SENTENCE_END.test(window[start - 1]!)) start--;
  const rest = text.slice(to, to + REACH);
  const end = rest.search(SENTENCE_END);
  return [window.slice(start), end < 0 ? rest : rest.slice(0, end)];
}

/** Does a sentence (lower case) name someone close, love them after a "but", and address no reader? */
export function fondSentence(sentence: string): boolean {
  return CLOSE_ONE.test(sentence) && LOVED_AFTER.test(sentence) && !READER.test(sentence);
}
