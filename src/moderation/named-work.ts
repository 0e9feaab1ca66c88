import { fold } from './lexicons/index.js';
import { END, ID, MemoByWordId, START, STRIDE, type WordReading } from './segment-words.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * A word that is the title of a work the member names by its kind: "my favourite novel is The Idiot", "mi libro
 * favorito es El idiota", "Mon roman préféré : L'Idiot", "Mein Lieblingsbuch ist Der Idiot". The kind of work
 * (novel, film, song, band... in the scorer's Latin-script languages, German and Dutch compounds too), at most a
 * word of liking, then a copula and the title's article, or a colon, "called" or a quote mark, right before the word.
 * Read on folded text (lower case, no accents, as fold() gives); an insult not named so is read as before.
 */
const WORKS = [
  'novel', 'book', 'film', 'movie', 'song', 'album', 'series', 'show', 'play', 'game', 'band', 'track', 'record', 'poem',
  'comic', 'manga', 'anime', 'musical', 'podcast', 'libro', 'novela', 'pelicula', 'cancion', 'disco', 'serie', 'obra',
  'juego', 'grupo', 'banda', 'livro', 'romance', 'filme', 'musica', 'jogo', 'roman', 'livre', 'chanson', 'piece',
  'jeu', 'groupe', 'bd', 'romanzo', 'canzone', 'gioco', 'fumetto', 'boek', 'liedje', 'spel', 'ksiazka', 'powiesc',
  'piosenka', 'gra', 'kitap', 'dizi', 'sarki', 'thriller', 'single', 'memoir', 'novella', 'documentary', 'screenplay',
].join('|');
/** Russian kinds of work, in the cases a liking verb takes ("люблю фильм", "читаю книгу", "слушаю группу"). */
const RU_WORKS = 'фильм|фильмы|книга|книгу|книги|роман|песня|песню|песни|группа|группу|группы|сериал|игра|игру|альбом|мультфильм';
/** German and Dutch write the kind as the end of a compound ("Lieblingsbuch", "lievelingsfilm"). */
const COMPOUND_WORKS = 'buch|film|lied|spiel|serie|band|roman|boek|liedje|spel|plaat';
const LIKED = 'favourite|favorite|favorito|favorita|favoritos|favoritas|preferido|preferida|prefere|preferee|favori|preferito|preferita|favoriete|ulubiona|ulubiony|ulubionym|sevdigim';
/** The copulas that say what a title is, before it (IS) or after it (COPULA_AFTER). */
const COPULA = 'is|was|es|era|e|eh|est|etait|ist|war';
/** Said to be the title: a copula then the title's article ("is The Idiot", "ist Der Idiot"), not a bare adjective ("the game is stupid"). */
const IS = `${COPULA}|to`;
/** Said to be called so, or set off by a colon or a quote mark: the article is the title's own, if any. */
const CALLED = 'called|named|titled|llamad[oa]|chamad[oa]|intitule|intitulee|intitolat[oa]|genannt|heet';
const ARTICLE = "the|el|la|los|las|o|a|os|as|le|les|l'|der|die|das|den|il|lo|i|gli|de|het|een";
const QUOTE = '["“«„\'‘]';
const NAMED_BEFORE = compiledNow(new RegExp(
  `(?:(?<![\\p{L}])(?:${WORKS})s?|\\p{L}*(?:${COMPOUND_WORKS}))(?:\\s+(?:${LIKED}))?` +
    `(?:\\s+(?:${IS})\\s+${QUOTE}?\\s*(?:${ARTICLE})|(?:\\s*[:\\-–—]|\\s+(?:${CALLED}))\\s*${QUOTE}?\\s*(?:${ARTICLE})?|\\s*${QUOTE}\\s*(?:${ARTICLE})?)\\s*$`,
  'u',
));
/** How far before a word its kind of work is looked for, in characters. */
const REACH = 48;
/**
 * What every kind of work above holds as written, accents and case as they come (a dot where one may be: "música",
 * "pièce", "şarkı"), asked before anything is folded: most insults have none before them.
 */
const MAY_NAME = /nov|boo|fil|mov|son|alb|ser|sho|pla|gam|ban|tra|rec|poe|com|man|ani|m.si|pod|lib|pel|can|dis|obr|jue|gr[uo]|liv|rom|cha|pi.ce|jeu|bd|gio|fum|spi|lie|boe|spe|ksi|pow|pio|gra|kit|diz|.ark|buc|jog|thr|sin|mem|doc|scr|фильм|книг|роман|песн|групп|сериал|игр|альбом/i;

/** The title's article at the start of a match ("The Idiot" read whole by a phrase): read as before the word. */
const LEADING_ARTICLE = new RegExp(`^(?:${ARTICLE})\\s+`, 'iu');

/** Whether the words at text[from, to) are the title of a work named by its kind just before or after them, or listed as one. */
export function namedWork(text: string, from: number, to: number): boolean {
  const start = from + (LEADING_ARTICLE.exec(text.slice(from, to))?.[0].length ?? 0);
  const before = text.slice(Math.max(0, start - REACH), start);
  return (
    (MAY_NAME.test(before) && (NAMED_BEFORE.test(fold(before)) || capitalisedAfterKind(text, before, from, to))) ||
    kindAfter(text, to) || inTitleMarks(text, from, to) || playedIn(text, from, to) || listedTitle(text, from, to)
  );
}

/** Not Polish "to", which is also English "to" ("bring her to a game"); Polish says "jest" after a title. */
const COPULA_AFTER = `${COPULA}|'s|jest`;
/** Words that join a clause of the writer's own, not a title's: "I know where you live and it's a game to me". */
const JOINERS = 'and|but|so|or|because|it|this|that|et|mais|und|aber|y|pero|e|ma|mas|en|maar|i|ale|ve|ama';
/**
 * A title said to be a work right after it (or after up to two more of its words: "You're Dead To Me is the single"), its
 * closing quote mark if any, a copula and an article or "my" ("Sleep with one eye open is a thriller I wrote", "'I Know
 * Where You Live' is my favourite podcast", "Das wirst du bereuen ist mein Lieblingsfilm"), at most two words before the
 * kind ("is a short story"). "I know where you live, is that a film?" and "... is not a film, it's a promise" name no work.
 */
const KIND_AFTER = compiledNow(new RegExp(
  `^(?:\\s+(?!(?:${JOINERS})(?![\\p{L}]))\\p{L}+){0,2}?\\s*["”»“'’]?\\s*(?:${COPULA_AFTER})\\s+(?:${ARTICLE}|an|my|our|his|her|their|un|una|une|uno|um|uma|ein|eine|mein|meine|mi|mon|ma|il mio|la mia|o meu|a minha|meu|minha|mijn|moja|moj|moje)\\s+` +
    `(?:\\p{L}+\\s+){0,2}?(?:(?:${WORKS}|story|stories)s?|\\p{L}*(?:${COMPOUND_WORKS}))(?![\\p{L}])`,
  'iu',
));
/**
 * The kinds KIND_AFTER ends on, anywhere, with its flags: a text after a word without one names no work there, and most
 * have none (KIND_AFTER, anchored, reads each way the first two words may split around a copula before it fails).
 */
const MAY_NAME_KIND_AFTER = compiledNow(new RegExp(`${WORKS}|story|stories|${COMPOUND_WORKS}`, 'iu'));
/** How far after a title its kind is looked for, in characters. */
const KIND_REACH = 48;
function kindAfter(text: string, to: number): boolean {
  const after = fold(text.slice(to, to + KIND_REACH));
  return MAY_NAME_KIND_AFTER.test(after) && KIND_AFTER.test(after);
}

/**
 * A title capitalised right after its kind, with no article or copula's article to mark it ("adoro o filme Bastardos
 * Inglórios", "il mio film preferito è Bastardi senza gloria", "люблю фильм Бесславные ублюдки"): the title's first word
 * is the word or one of two before it, and begins with a capital where the text has its own (the lexicons read it so;
 * a normalised text, all lower case, is not read by this). Russian capitalises only a title's first word.
 */
const KIND_RIGHT_BEFORE = compiledNow(new RegExp(
  `(?:(?<![\\p{L}])(?:${WORKS}|${RU_WORKS})s?|\\p{L}*(?:${COMPOUND_WORKS}))(?:\\s+(?:${LIKED}))?(?:\\s+(?:${IS}|e))?\\s+((?:\\p{L}+\\s+){0,2})$`,
  'u',
));
function capitalisedAfterKind(text: string, before: string, from: number, to: number): boolean {
  if (text === text.toLowerCase() || text === text.toUpperCase()) return false;
  const kind = KIND_RIGHT_BEFORE.exec(fold(before));
  if (kind === null) return false;
  const title = text.slice(from - kind[1]!.length, to);
  return /^\p{Lu}/u.test(title) && !SAID_TO.test(fold(around(text, from, to, SENTENCE_BREAK)));
}
/** No list here to cut into items: the whole sentence is read for an address ("es Idiota, como tú"). */
const SENTENCE_BREAK = /[.!?\n]/gu;

/** Marks that set off a title in Chinese and Japanese: 《罪与罚》和《白痴》, 『白痴』. */
const TITLE_OPEN = '《〈『';
const TITLE_CLOSE = '》〉』';
/** Whether text[from, to) lies inside a pair of title marks on one line. */
function inTitleMarks(text: string, from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && !TITLE_OPEN.includes(text[open]!) && !TITLE_CLOSE.includes(text[open]!) && text[open] !== '\n') open--;
  if (open < 0 || !TITLE_OPEN.includes(text[open]!)) return false;
  let close = to;
  while (close < text.length && !TITLE_CLOSE.includes(text[close]!) && !TITLE_OPEN.includes(text[close]!) && text[close] !== '\n') close++;
  return close < text.length && TITLE_CLOSE.indexOf(text[close]!) === TITLE_OPEN.indexOf(text[open]!);
}

/**
 * Titles listed without their kind (session 22): "Favourite films: Dumb and Dumber, The Jerk", "Bands I love: Stupid
 * Fresh, The Idiots", "Películas favoritas: Dos tontos muy tontos". A heading of works (a kind, singular or plural, or a
 * German or Dutch compound, up to three words, a colon) opens a list to the sentence's end; its items are cut at
 * commas and "and" in each language. An item is a title when it addresses no one and says nothing of all or none
 * ("Películas favoritas: ninguna, sois todos unos idiotas" is no list of titles), and, where the text has its
 * capitals (the member's own, as the model and the lexicons read it), begins with one.
 */
const WORKS_PLURAL = [
  'films', 'movies', 'books', 'songs', 'albums', 'shows', 'games', 'bands', 'records', 'tracks', 'novels', 'podcasts', 'comics', 'artists',
  'peliculas', 'libros', 'canciones', 'discos', 'juegos', 'grupos', 'bandas', 'novelas', 'series', 'filmes', 'livros', 'musicas', 'jogos',
  'livres', 'chansons', 'jeux', 'groupes', 'romans', 'filme', 'bucher', 'lieder', 'spiele', 'serien', 'alben', 'romane', 'libri', 'canzoni',
  'giochi', 'gruppi', 'romanzi', 'boeken', 'liedjes', 'spellen', 'ksiazki', 'filmy', 'piosenki', 'gry', 'seriale', 'zespoly', 'albumy',
  'kitaplar', 'filmler', 'sarkilar', 'diziler', 'oyunlar', 'gruplar',
  // What a fan lists: "Metal fan: Slayer, Bloodbath", "Horror fans: ...".
  'fan', 'fans',
].join('|');
/** A kind of work as a whole word, singular or plural, or the end of a German or Dutch compound ("Lieblingsfilme"). */
const KINDS: ReadonlySet<string> = new Set([...WORKS.split('|'), ...WORKS.split('|').map((w) => `${w}s`), ...WORKS_PLURAL.split('|')]);
const COMPOUND_KIND = compiledNow(new RegExp(`(?:${COMPOUND_WORKS})(?:e|s|en|er)?$`, 'u'));
/** How many words may stand between a heading's kind and its colon ("Bands I love:", "Songs on repeat:"). */
const HEADING_WORDS = 3;
/**
 * Whether a heading of works ends at the colon at folded[colon]: a kind, then at most HEADING_WORDS words, only
 * spaces between them. Read back word by word from the colon: a text is looked at only before its colons.
 */
function headingAt(folded: string, colon: number): boolean {
  let i = colon;
  for (let words = 0; words <= HEADING_WORDS; words++) {
    while (i > 0 && /\s/u.test(folded[i - 1]!)) i--;
    if (words > 0 && i === colon) return false;
    const end = i;
    while (i > 0 && /[\p{L}'’]/u.test(folded[i - 1]!)) i--;
    if (i === end) return false;
    const word = folded.slice(i, end);
    if (KINDS.has(word) || COMPOUND_KIND.test(word)) return true;
    if (i === 0 || !/\s/u.test(folded[i - 1]!)) return false;
  }
  return false;
}
/** Where each list a heading opens starts: right after its colon. */
function listStarts(folded: string): number[] {
  const starts: number[] = [];
  for (let c = folded.indexOf(':'); c >= 0; c = folded.indexOf(':', c + 1)) if (headingAt(folded, c)) starts.push(c + 1);
  return starts;
}
/** How far before a word its list's heading is looked for, in characters. */
const LIST_REACH = 120;
/**
 * What cuts a list into items: signs between titles, and "and" (or "&") in each language, which may also stand inside
 * one ("Dumb and Dumber", "Scemo & più scemo"): a title begins after a sign, an item after either.
 */
const TITLE_BREAK = /[,;/|:]/gu;
const ITEM_BREAK = /[,;/|:&]|\s(?:and|y|e|et|und|en|i|ve|ile|or|o|ou|oder|of|lub)\s/giu;
/** An item that addresses someone or speaks of all or none is a sentence, not a title. */
const SAID_TO = new RegExp(`(?<![\\p{L}])(?:${[
  "you|you're|youre|your|ur|u|ya|yall|y'all|are|none|nobody|all|everyone|everybody",
  'tu|te|ti|eres|sois|sos|vos|voce|voces|vc|ninguna|ninguno|nadie|nenhum|nenhuma|ninguem|todos|todas',
  "toi|vous|t'es|aucun|aucune|personne|tous|toutes|du|dich|bist|ihr|seid|keine|keiner|niemand|alle",
  'sei|siete|nessuno|nessuna|tutti|tutte|jij|jou|jullie|bent|geen|allemaal|ty|jestes|jestescie|zaden|nikt|wszyscy|sen|sensin|siz|hic|kimse|hepsi',
].join('|')})(?![\\p{L}])`, 'u');
function listedTitle(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - LIST_REACH), from);
  const colon = before.lastIndexOf(':');
  if (colon < 0 || /[.!?\n]/u.test(before.slice(colon))) return false;
  const folded = fold(before);
  if (folded.length !== before.length || !headingAt(folded, colon)) return false;
  return !SAID_TO.test(fold(around(text, from, to, ITEM_BREAK))) && (text === text.toLowerCase() || /^\P{L}*\p{Lu}/u.test(around(text, from, to, TITLE_BREAK)));
}
/** The stretch of text that holds text[from, to) between two breaks (or the sentence's end), read within LIST_REACH of it. */
function around(text: string, from: number, to: number, breaks: RegExp): string {
  const [start, end] = aroundSpan(text, from, to, breaks);
  return text.slice(start, end);
}
/** Where around's stretch starts and ends in text. */
function aroundSpan(text: string, from: number, to: number, breaks: RegExp): [number, number] {
  const lo = Math.max(0, from - LIST_REACH);
  const near = text.slice(lo, Math.min(text.length, to + LIST_REACH));
  let start = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(near); m && m.index < from - lo; m = breaks.exec(near)) start = m.index + m[0].length;
  breaks.lastIndex = to - lo;
  const after = breaks.exec(near);
  const sentenceEnd = near.slice(to - lo).search(/[.!?\n]/u);
  const end = Math.min(after ? after.index : near.length, sentenceEnd < 0 ? near.length : to - lo + sentenceEnd);
  return [lo + start, lo + end];
}

/**
 * A band's member names the band ("lead singer of The Useless Idiots", "drummer in the band Dumb Bitches Club"):
 * a musician's role and "of" or "in", or "the band", right before the name.
 */
const PLAYED_REACH = 64;
/** The name's own article; not "de", which is also "of" ("el grupo de WhatsApp"). */
const NAME_ARTICLE = "the|a|an|o|el|la|los|las|le|les|l'|der|die|das|den|il|lo|i|gli|het|os|as";
const ROLES = 'singer|vocalist|drummer|guitarist|bassist|keyboardist|frontman|frontwoman|cantante|baterista|guitarrista|bajista|vocalista|chanteur|chanteuse|batteur|guitariste|bassiste|sanger|sangerin|schlagzeuger|gitarrist|batterista|chitarrista|zanger|zangeres|gitarist|wokalista|perkusista|gitarzysta|vokalist|davulcu';
const BANDS = 'band|banda|groupe|gruppo|zespol|grupo|gruppe';
/**
 * A band named after "of the" or "in the" in one word, or "my" ("fan du groupe Les Salopards", "suono nella band I
 * Bastardi"); not "a", which makes the word a group or a gang ("una banda de ladrones").
 */
const IN_THE = 'du|au|mon|ma|del|al|mi|da|do|na|no|minha|nella|nel|della|dello|nello|mia|meiner|unserer';
const BAND_ROLE_SOURCE = `(?:(?<![\\p{L}])(?:${ROLES})\\s+(?:of|in|for|de|do|da|du|des|von|der|di|del|della|van|w|z)\\s+(?:(?:the|a|la|el|le|die|der|de|il|een)\\s+(?:${BANDS})\\s+)?|(?<![\\p{L}])(?:the|a|my|our|la|el|o|le|die|der|de|il|mijn|onze|${IN_THE})\\s+(?:${BANDS})\\s+)` +
  `(?:(?:${NAME_ARTICLE})\\s+)?`;
/** Up to three words of the name may stand before the word ("lead singer of the useless idiots"). */
const PLAYED_IN = new RegExp(`${BAND_ROLE_SOURCE}((?:[\\p{L}'’-]+\\s+){0,3})$`, 'u');

/**
 * The name is read for an address from its own first word on, not the role's words before it ("fan du groupe Les
 * Salopards": "du" is French "of the", and German "you").
 */
function playedIn(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - PLAYED_REACH), from);
  const played = ROLE_OR_BAND.test(before) ? PLAYED_IN.exec(fold(before)) : null;
  if (played === null) return false;
  const end = aroundSpan(text, from, to, ITEM_BREAK)[1];
  const name = text.slice(from - played[1]!.length, end);
  // Capitalised as a name is, where the text has its capitals: "un groupe de salopards" names no band.
  return !SAID_TO.test(fold(name)) && (text === text.toLowerCase() || /^\p{Lu}/u.test(name));
}
/**
 * What a role or a band's word holds, as written or folded, accents or not ("Sänger", "zespół"): a text without it
 * names no band's member, and most insults have none before them.
 */
const ROLE_OR_BAND = compiledNow(new RegExp(`${ROLES.replace('sanger|sangerin', 'nger')}|${BANDS.replace('zespol', 'zesp')}`, 'i'));

/** A member's role before a band's name, and the name's words as written: capitalised, or "of", "the", "and" between them. */
const BAND_ROLE = compiledNow(new RegExp(BAND_ROLE_SOURCE, 'gu'));
const CAPITALISED = /(?:\p{Lu}[\p{L}'’-]*|of|the|and|&)(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|of|the|and|&))*/uy;
/** Two capitalised words or more, a title's small words only between them ("Dead by Daylight", "Kill Bill and Die Hard"). */
const TITLE_WORDS = /\p{Lu}[\p{L}\p{N}'’-]*(?:[^\S\n]+(?:(?:of|the|and|&|by|de|du|la|le)[^\S\n]+)*\p{Lu}[\p{L}\p{N}'’-]*)+/uy;
/** A word as written, its first letter in either case (a sentence may open with it). */
const eitherCase = (words: string) => words.replace(/(?<![\p{L}'])\p{L}/gu, (first) => `[${first}${first.toUpperCase()}]`);
/**
 * Titles named by liking them, capitalised as titles are: "I love Kill Bill and Die Hard", "huge fan of Dead by Daylight",
 * "rewatching Breaking Bad". A verb of liking, watching, playing or reading, or "fan of" in the Latin-script languages,
 * then two or more capitalised words (a title's small words between them), right after it: "I'd love to Kill Bill" is
 * no title. The text model, which learnt English sentences, reads "Kill Bill" as a threat; the rules read their words
 * as before (a normalised text has no capitals).
 */
const TITLE_LIKED = compiledNow(new RegExp(`(?<![\\p{L}])(?:${eitherCase([
  'love|loves|loved|adore|adores|enjoy|enjoyed|watching|watched|rewatching|playing|played|reading|read|fan of|fans of|favourite is|favorite is',
  "fan de|fã de|fan von|fan di|fan van|me encanta|j'adore|ich liebe|adoro|amo",
].join('|'))})\\s+(?:(?:the|el|la|le|die|der|il|o|a)\\s+)?(?=${TITLE_WORDS.source})`, 'gu'));
/** What every verb of liking above holds, to skip a text without one. */
const MAY_LIKE = compiledNow(/lov|ador|enjoy|watch|play|read|fan|f[aã] de|encanta|liebe|amo|favou?rite/i);
/**
 * A Latin-script name of two capitalised words or more in a sentence written in another script, whose Latin words are
 * all capitalised, is a name or a title quoted as it is spelt ("أحب فيلم Kill Bill و Die Hard", "मुझे Kill Bill और Die
 * Hard पसंद है"), not English said to someone ("you are stupid غبي" has a Latin word in lower case).
 */
const LATIN_NAME = /(?<![A-Za-z])[A-Z][A-Za-z'’-]*(?:[^\S\n]+(?:(?:of|the|and|by)[^\S\n]+)*[A-Z][A-Za-z'’-]*)+/gu;
const LOWER_CASE_LATIN_WORD = /(?<![A-Za-z'’-])[a-z]/u;
/** A non-Latin script's letter, beside a capital: a sentence that may quote a Latin name. */
const ANOTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

const BAND_ROLE_HERE = new RegExp(BAND_ROLE_SOURCE, 'u');
/** Per word of a reading: KIND if it is a kind of work (a heading's), ROLE if a musician's role or a band, else 0. */
const KIND = 1;
const ROLE = 2;
/** A word of TITLE_LIKED's verbs of liking. */
const LIKING = 4;
const ROLE_OR_BAND_WORDS: ReadonlySet<string> = new Set([...ROLES.split('|'), ...BANDS.split('|')]);
const LIKING_WORDS: ReadonlySet<string> = new Set([
  'love', 'loves', 'loved', 'adore', 'adores', 'enjoy', 'enjoyed', 'watching', 'watched', 'rewatching', 'playing', 'played', 'reading', 'read',
  'fan', 'fans', 'favourite', 'favorite', 'encanta', 'liebe', 'adoro', 'amo', 'fa',
]);
const TITLE_WORD = new MemoByWordId((text, from, to) => {
  const word = text.slice(from, to);
  return (KINDS.has(word) || COMPOUND_KIND.test(word) ? KIND : 0) | (ROLE_OR_BAND_WORDS.has(word) ? ROLE : 0) | (LIKING_WORDS.has(word) ? LIKING : 0);
});
/**
 * Whether maskListedTitles may blank something in text: a heading of works or a band's role is there. `words` is the
 * reading of the normalised text text begins (segment-words.ts): a text is read further only where one of its words
 * is a kind (and a colon is there) or a role or band, each word asked once by id.
 */
export function mayListTitles(text: string, { text: read, words, count }: WordReading): boolean {
  let seen = 0;
  for (let k = 0; k < count * STRIDE; k += STRIDE) seen |= TITLE_WORD.of(words[k + ID]!, read, words[k + START]!, words[k + END]!);
  const heading = (seen & KIND) !== 0 && text.includes(':');
  if (!(heading || (seen & (ROLE | LIKING)) !== 0) || !/\p{Lu}/u.test(text)) return false;
  TITLE_LIKED.lastIndex = 0;
  if ((seen & LIKING) !== 0 && TITLE_LIKED.test(text)) return true;
  // A verb of liking alone, its title not found: nothing left to fold the text for.
  if (!heading && (seen & ROLE) === 0) return false;
  const folded = fold(text);
  return (heading && listStarts(folded).length > 0) || ((seen & ROLE) !== 0 && BAND_ROLE_HERE.test(folded));
}

/** The titles a heading of works lists and the names a band's role names, by blank(from, to). */
function listedOrPlayedIn(text: string, blank: (from: number, to: number) => void): void {
  const folded = fold(text);
  if (folded.length !== text.length) return;
  for (const start of listStarts(folded)) {
    const end = folded.slice(start).search(/[.!?\n]/u);
    const listEnd = end < 0 ? text.length : start + end;
    let from = start;
    TITLE_BREAK.lastIndex = from;
    for (let b = TITLE_BREAK.exec(text); from < listEnd; b = TITLE_BREAK.exec(text)) {
      const to = b && b.index < listEnd ? b.index : listEnd;
      const item = text.slice(from, to);
      if (/^\P{L}*\p{Lu}/u.test(item) && !SAID_TO.test(folded.slice(from, to))) blank(from, to);
      from = to + 1;
      if (!b) break;
    }
  }
  BAND_ROLE.lastIndex = 0;
  for (let m = ROLE_OR_BAND.test(folded) ? BAND_ROLE.exec(folded) : null; m; m = BAND_ROLE.exec(folded)) {
    CAPITALISED.lastIndex = m.index + m[0].length;
    const name = /^\p{Lu}/u.test(text.charAt(CAPITALISED.lastIndex)) ? CAPITALISED.exec(text) : null;
    if (name) blank(name.index, name.index + name[0].length);
  }
}

/**
 * The member's text (capitals as written) with the titles it lists or names as a band's blanked, every character a
 * space so offsets hold: what the text model reads, through innocent-lookalikes.ts, which calls this. A title
 * begins with a capital and addresses no one ("Favourite films: anything but yours, you idiot" keeps its insult).
 */
export function maskListedTitles(text: string): string {
  if (!/\p{Lu}/u.test(text)) return text;
  // The titles' spans, in order, blanked in one pass at the end.
  const spans: [number, number][] = [];
  const blank = (from: number, to: number) => spans.push([from, to]);
  if (text.includes(':') || ROLE_OR_BAND.test(text)) listedOrPlayedIn(text, blank);
  if (MAY_LIKE.test(text)) {
    TITLE_LIKED.lastIndex = 0;
    for (let m = TITLE_LIKED.exec(text); m; m = TITLE_LIKED.exec(text)) {
      TITLE_WORDS.lastIndex = m.index + m[0].length;
      const title = TITLE_WORDS.exec(text);
      if (title) blank(title.index, title.index + title[0].length);
    }
  }
  if (ANOTHER_SCRIPT.test(text) && !LOWER_CASE_LATIN_WORD.test(text.replace(LATIN_NAME, ''))) for (const m of text.matchAll(LATIN_NAME)) blank(m.index, m.index + m[0].length);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let masked = '';
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    masked += text.slice(at, start) + text.slice(start, to).replace(/[\p{L}\p{N}]/gu, ' ');
    at = to;
  }
  return masked + text.slice(at);
}
