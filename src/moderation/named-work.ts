import { fold } from './lexicons/index.js';

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
  'piosenka', 'gra', 'kitap', 'dizi', 'sarki',
].join('|');
/** German and Dutch write the kind as the end of a compound ("Lieblingsbuch", "lievelingsfilm"). */
const COMPOUND_WORKS = 'buch|film|lied|spiel|serie|band|roman|boek|liedje|spel|plaat';
const LIKED = 'favourite|favorite|favorito|favorita|favoritos|favoritas|preferido|preferida|prefere|preferee|favori|preferito|preferita|favoriete|ulubiona|ulubiony|ulubionym|sevdigim';
/** Said to be the title: a copula then the title's article ("is The Idiot", "ist Der Idiot"), not a bare adjective ("the game is stupid"). */
const IS = 'is|was|es|era|e|eh|est|etait|ist|war|to';
/** Said to be called so, or set off by a colon or a quote mark: the article is the title's own, if any. */
const CALLED = 'called|named|titled|llamad[oa]|chamad[oa]|intitule|intitulee|intitolat[oa]|genannt|heet';
const ARTICLE = "the|el|la|los|las|o|a|os|as|le|les|l'|der|die|das|den|il|lo|i|gli|de|het|een";
const QUOTE = '["“«„\'‘]';
const NAMED_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:${WORKS})s?|\\p{L}*(?:${COMPOUND_WORKS}))(?:\\s+(?:${LIKED}))?` +
    `(?:\\s+(?:${IS})\\s+${QUOTE}?\\s*(?:${ARTICLE})|(?:\\s*[:\\-–—]|\\s+(?:${CALLED}))\\s*${QUOTE}?\\s*(?:${ARTICLE})?|\\s*${QUOTE}\\s*(?:${ARTICLE})?)\\s*$`,
  'u',
);
/** How far before a word its kind of work is looked for, in characters. */
const REACH = 48;
/**
 * What every kind of work above holds as written, accents and case as they come (a dot where one may be: "música",
 * "pièce", "şarkı"), asked before anything is folded: most insults have none before them.
 */
const MAY_NAME = /nov|boo|fil|mov|son|alb|ser|sho|pla|gam|ban|tra|rec|poe|com|man|ani|m.si|pod|lib|pel|can|dis|obr|jue|gr[uo]|liv|rom|cha|pi.ce|jeu|bd|gio|fum|spi|lie|boe|spe|ksi|pow|pio|gra|kit|diz|.ark|buc|jog/i;

/** The title's article at the start of a match ("The Idiot" read whole by a phrase): read as before the word. */
const LEADING_ARTICLE = new RegExp(`^(?:${ARTICLE})\\s+`, 'iu');

/** Whether the words at text[from, to) are the title of a work named by its kind just before them, or listed as one. */
export function namedWork(text: string, from: number, to: number): boolean {
  const start = from + (LEADING_ARTICLE.exec(text.slice(from, to))?.[0].length ?? 0);
  const before = text.slice(Math.max(0, start - REACH), start);
  return (MAY_NAME.test(before) && NAMED_BEFORE.test(fold(before))) || playedIn(text, from, to) || listedTitle(text, from, to);
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
].join('|');
/** Tried at word starts only: "\\p{L}*" tried inside every word of a long run would take quadratic time. */
const HEADING_SOURCE = `(?<![\\p{L}])(?:${WORKS}|${WORKS_PLURAL}|\\p{L}*(?:${COMPOUND_WORKS})(?:e|s|en|er)?)(?:\\s+[\\p{L}'’]+){0,3}\\s*:`;
const HEADING = new RegExp(`${HEADING_SOURCE}[^.!?\\n:]*$`, 'u');
const HEADINGS = new RegExp(HEADING_SOURCE, 'gu');
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
  if (!before.includes(':')) return false;
  const folded = fold(before);
  if (folded.length !== before.length || !HEADING.test(folded)) return false;
  return !SAID_TO.test(fold(around(text, from, to, ITEM_BREAK))) && (text === text.toLowerCase() || /^\P{L}*\p{Lu}/u.test(around(text, from, to, TITLE_BREAK)));
}
/** The stretch of text that holds text[from, to) between two breaks (or the sentence's end), read within LIST_REACH of it. */
function around(text: string, from: number, to: number, breaks: RegExp): string {
  const lo = Math.max(0, from - LIST_REACH);
  const near = text.slice(lo, Math.min(text.length, to + LIST_REACH));
  let start = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(near); m && m.index < from - lo; m = breaks.exec(near)) start = m.index + m[0].length;
  breaks.lastIndex = to - lo;
  const after = breaks.exec(near);
  const sentenceEnd = near.slice(to - lo).search(/[.!?\n]/u);
  const end = Math.min(after ? after.index : near.length, sentenceEnd < 0 ? near.length : to - lo + sentenceEnd);
  return near.slice(start, end);
}

/**
 * A band's member names the band ("lead singer of The Useless Idiots", "drummer in the band Dumb Bitches Club"):
 * a musician's role and "of" or "in", or "the band", right before the name.
 */
const PLAYED_REACH = 64;
const BAND_ROLE_SOURCE = '(?:(?<![\\p{L}])(?:singer|vocalist|drummer|guitarist|bassist|keyboardist|frontman|frontwoman|cantante|baterista|guitarrista|bajista|vocalista|chanteur|chanteuse|batteur|guitariste|bassiste|sanger|sangerin|schlagzeuger|gitarrist|batterista|chitarrista|zanger|zangeres|gitarist|wokalista|perkusista|gitarzysta|vokalist|davulcu)\\s+(?:of|in|for|de|do|da|du|des|von|der|di|del|della|van|w|z)\\s+(?:(?:the|a|la|el|le|die|der|de|il|een)\\s+(?:band|banda|groupe|gruppo|zespol|grupo|gruppe)\\s+)?|(?<![\\p{L}])(?:the|a|my|our|la|el|o|le|die|der|de|il|mijn|onze)\\s+(?:band|banda|groupe|gruppo|zespol|grupo|gruppe)\\s+)' +
  `(?:(?:${ARTICLE})\\s*)?`;
/** Up to three words of the name may stand before the word ("lead singer of the useless idiots"). */
const PLAYED_IN = new RegExp(`${BAND_ROLE_SOURCE}(?:[\\p{L}'’-]+\\s+){0,3}$`, 'u');

function playedIn(text: string, from: number, to: number): boolean {
  return PLAYED_IN.test(fold(text.slice(Math.max(0, from - PLAYED_REACH), from))) && !SAID_TO.test(fold(around(text, from, to, ITEM_BREAK)));
}

/** A member's role before a band's name, and the name's words as written: capitalised, or "of", "the", "and" between them. */
const BAND_ROLE = new RegExp(BAND_ROLE_SOURCE, 'gu');
const CAPITALISED = /(?:\p{Lu}[\p{L}'’-]*|of|the|and|&)(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|of|the|and|&))*/uy;
/** Words a heading or a member's role holds, and a capital: a text without them is not read for titles. */
const MAY_LIST = /:|singer|drummer|guitarist|bassist|vocalist|frontm|keyboardist|band/i;
const mayHoldTitles = (text: string) => MAY_LIST.test(text) && /\p{Lu}/u.test(text);
const HEADING_HERE = new RegExp(HEADING_SOURCE, 'u');
const BAND_ROLE_HERE = new RegExp(BAND_ROLE_SOURCE, 'u');
/** Whether maskListedTitles may blank something: a heading of works or a band's role is there. */
export function mayListTitles(text: string): boolean {
  if (!mayHoldTitles(text)) return false;
  const folded = fold(text);
  return HEADING_HERE.test(folded) || BAND_ROLE_HERE.test(folded);
}

/**
 * The member's text (capitals as written) with the titles it lists or names as a band's blanked, every character a
 * space so offsets hold: what the text model reads, through innocent-lookalikes.ts, which calls this. A title
 * begins with a capital and addresses no one ("Favourite films: anything but yours, you idiot" keeps its insult).
 */
export function maskListedTitles(text: string): string {
  if (!mayHoldTitles(text)) return text;
  const folded = fold(text);
  if (folded.length !== text.length) return text;
  // The titles' spans, in order, blanked in one pass at the end.
  const spans: [number, number][] = [];
  const blank = (from: number, to: number) => spans.push([from, to]);
  HEADINGS.lastIndex = 0;
  for (let m = HEADINGS.exec(folded); m; m = HEADINGS.exec(folded)) {
    const end = folded.slice(m.index + m[0].length).search(/[.!?\n]/u);
    const listEnd = end < 0 ? text.length : m.index + m[0].length + end;
    let from = m.index + m[0].length;
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
  for (let m = BAND_ROLE.exec(folded); m; m = BAND_ROLE.exec(folded)) {
    CAPITALISED.lastIndex = m.index + m[0].length;
    const name = /^\p{Lu}/u.test(text.charAt(CAPITALISED.lastIndex)) ? CAPITALISED.exec(text) : null;
    if (name) blank(name.index, name.index + name[0].length);
  }
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
