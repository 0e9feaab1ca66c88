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

/** Whether the words at text[from, to) are the title of a work named by its kind just before them. */
export function namedWork(text: string, from: number, to: number): boolean {
  const start = from + (LEADING_ARTICLE.exec(text.slice(from, to))?.[0].length ?? 0);
  const before = text.slice(Math.max(0, start - REACH), start);
  return MAY_NAME.test(before) && NAMED_BEFORE.test(fold(before));
}
