import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Disguised spellings read in every language (issue 17, item 4; session 30's perturbation probe measured the
 * classes): a threat or an insult to the one addressed in disguise, read by the threat grammars in the text the
 * spelling readers leave; words in leetspeak with more digits than letters; a "1" for an l; Arabic stretched with
 * tatweel; Arabizi groups spelt any way after the article. Innocent lines disguised the same way stay up.
 */
describe('disguised threats, insults and hate are removed', () => {
  removes([
    'Je vais te tu3r.', // leet in a threat (fr)
    'J3 vais te tuer.', // leet in the threat's glue word
    'Ich bringe d1ch um.', // (de)
    'Du bist 3ine Hure.', // an insult to "you" (de)
    'Ti ammazz0 stasera.', // (it)
    'main tujhe m4ar dalunga.', // (hi)
    'Vou te m.a.t.a.r.', // letters spaced out in a threat (pt)
    'Les musulmans sont des p4r451735.', // every letter of the word in leetspeak (fr)
    'Os 94y5 são doentes.', // (pt)
    'Tutti gli zingari sono 1adr1.', // a 1 for an l, and one for an i (it)
    'Los inmigrantes son anima1es.', // a 1 for an l (es)
    'المـسلمون حشرات.', // tatweel stretching the group's name (ar)
    'أنت عاااهرة.', // a letter stretched in an insult (ar)
    'el muhajreen 7ayawanat', // Arabizi: the group spelt another way after the article
    'el yahoud 7ayawanat',
  ]);
});

describe('innocent lines disguised the same way stay up', () => {
  keeps([
    'Je vais te voir ce soir, bisous.',
    'Ich bringe d1ch zum Bahnhof.',
    'main tujhe kal call karunga.',
    'Meet me at 5pm on the 3rd, room 4b.',
    'I have 2 cats, a 1990s car, an mp3 player and a b2b shop.',
    'Mon code promo: p4r451735, valable 3 jours.',
    'Los anima1es de la granja son felices.', // a 1 for an l in a kind line
    'المـسلمون في حيي جيراني.', // tatweel in a kind line
    'el muhajreen 7ababna', // Arabizi: migrants are our loved ones
    'Al Gore spoke at the b2b summit in 2019.',
    'Call me at el 555 7392 after 5pm.',
  ]);
});

/**
 * Insults to "you" with a typo or a space taken out, in the languages whose grammars name them (issue 17; session 30,
 * typo-threats): the names the threat grammars insult with are the typo reader's targets, so a dropped, swapped
 * or doubled letter, or the name run into the word before it, is read back. Kind names in the same frames, and bios
 * with real words a letter from a name (the real-word guard's), stay up.
 */
describe('insults to "you" misspelt or run together are read', () => {
  removes([
    'Eres unazorra.', // run into the article (es)
    'Eres una zoorra.', // a letter doubled
    'Eres un gilipolas.', // a letter dropped
    'Você é um otairo.', // two letters swapped (pt)
    'Você é uma vagabudna.',
    'Tu es une salpoe.', // (fr)
    'Du bist ein Idoit.', // (de)
    'Du bist eine Huure.',
    'Du bist ein Arschlcoh.',
    'Tu sei una trioa.', // (it)
    'Tu sei una puttnaa.',
    'Jij bent een klotzak.', // (nl)
    'Jij bent een sukekl.',
    'Ty kretyine.', // a vocative (pl)
    'Ty szmto.',
  ]);
  keeps([
    'Eres unaestrella.',
    'Eres una maravvilla de persona.',
    'Você é um amgio incrível.',
    'Tu es une championne.',
    'Du bist ein Egnel.',
    'Du bist so freundlcih.',
    'Tu sei un campoine.',
    'Jij bent een kanejr.',
    'Ty kochnie.',
    'Mi perro se llama Zorro y vive en Segovia.', // a real word a letter from a name
    'Tu sei una stela.',
    'Ich wohne in Hürth und spiele gern Schach.',
    'Ik woon in Hoorn en fiets graag.',
    'Trabajo como guarda forestal en Cuenca.',
    'Adoro pescar piranhas no Pantanal.',
  ]);
});
