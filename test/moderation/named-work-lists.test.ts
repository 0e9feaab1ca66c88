import { describe, expect, it } from 'vitest';
import { score } from './docs.js';

/**
 * Titles listed without their kind (session 22, named-work.ts): a list after a heading of works ("Favourite films:",
 * "Bands I love:", "Películas favoritas:", "Lieblingsfilme:") and a band named after a member's role ("Lead singer
 * of The Useless Idiots") are titles, for the rules and the text model. An item that addresses someone or speaks of
 * all or none, or a heading that names no work, is read as before. Lines written for these tests.
 */
const removed = async (value: string) => (await score(value, { policy: { multilingual: true } })).flagged;

describe('titles listed under a heading of works, or a band named by its member, are kept', () => {
  it.each([
    'Favourite films: Dumb and Dumber, The Jerk and Mean Girls',
    'Bands I love: Stupid Fresh, The Idiots',
    'Lead singer of The Useless Idiots',
    'Film buff. Favourite movies: The Jerk, Dumb and Dumber, Idiocracy',
    'Books I love: The Idiot, Lord of the Flies and Catch-22',
    'Songs on repeat: Loser, Creep, Stupid Girl',
    'Games I play: Stupid Zombies, Idle Idiots',
    'Top 3 albums: Nevermind, American Idiot, Dookie',
    'Guitarist in The Dumb Dumbs, a punk band from Leeds',
    'Películas favoritas: Dos tontos muy tontos, El idiota',
    'Filmes favoritos: Debi & Lóide, O Idiota',
    'Films préférés : Le Dîner de cons, Les Idiots',
    'Lieblingsfilme: Dumm und Dümmer, Der Idiot',
    "Film preferiti: Scemo & più scemo, L'idiota",
    'Favoriete films: Dumb and Dumber, De Idioten',
    'Ulubione filmy: Głupi i głupszy, Idiota',
  ])('keeps %s', async (value) => expect(await removed(value)).toBe(false));
});

describe('the same shape aimed at people is removed', () => {
  it.each([
    "Favourite people: none, you're all idiots",
    'My ex: a stupid bitch',
    'Favourite films: anything but the ones you like, you idiot',
    'My boss: a useless idiot',
    "Favorite coworkers: none, they're all morons",
    "Favourite films: None. You're all Idiots",
    'Bands I hate: Nickelback, and You, you Stupid Idiot',
    'Books I love: all of them, unlike you Idiots',
    "Lead singer of the band, and you're all Idiots",
    'My band: The Idiots. And you are an idiot too.',
    'Songs I love: none of yours, you stupid bitch',
  ])('removes %s', async (value) => expect(await removed(value)).toBe(true));
});
