import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Warnings aimed at the reader (session 31): a warning is a threat when a menace stands beside it (or else, next time,
 * before something happens to you, you'll regret it), not when it is care, a farewell, a safety notice or a consequence
 * no one brings about ("or you'll get sunburnt"). And a threat phrase that is a work's title, its kind said before or
 * after it, is kept, while a threat said outside the title in the same bio still counts.
 */

describe('warnings with a menace, English', () => {
  removes([
    "You'd better be careful, next time you won't be so lucky.",
    'Be careful what you say about me, or else.',
    'Watch your mouth, next time I won\'t be so nice.',
    'Tread carefully, before something bad happens to you.',
    "Watch yourself or you'll get what's coming to you.",
  ]);
  keeps([
    'Be careful on the ice this winter, everyone!',
    'Watch your step: the studio has a low ceiling.',
    "Be careful out there, or you'll get sunburnt.",
    "Watch your language on the pitch or you'll get a yellow card.",
    'Careful, next time the cookies might be gone before you get here!',
    "Careful with the oven, or else you'll burn the bread.",
    "Careful or you'll regret it: the chilli is hot.",
    "Watch out, next time I won't be so nice with the prices!",
  ]);
});

describe('warnings with a menace, other languages', () => {
  removes([
    'Fais gaffe à toi, la prochaine fois je serai pas aussi gentil.',
    'Faites gaffe à vous, sinon vous allez le regretter.',
    'Pass bloß auf, sonst setzt es was.',
    'Du solltest besser aufpassen, bevor dir etwas zustößt.',
    'Ten cuidado, que la próxima vez no te salvas.',
    'Stai attento a come parli, altrimenti finisce male per te.',
    'É melhor você tomar cuidado, antes que algo aconteça com você.',
    'Let op je woorden, anders gebeurt er wat.',
    'Uważaj, co mówisz, bo źle skończysz.',
    'Осторожнее со словами, а то пожалеешь.',
    'Ağzını topla, yoksa karışmam.',
    'دير بالك، والا رح تندم',
    '你给我小心点，下次就没这么便宜了。',
    '気をつけろよ、次はただじゃ済まないからな。',
    'Aukaat mein reh, warna anjaam bura hoga.',
  ]);
  keeps([
    'Fais gaffe à toi sur la route, bisous !',
    'Fais gaffe à toi ou tu vas attraper froid !',
    'Attention à la marche en entrant dans l\'atelier.',
    'Pass auf, sonst verbrennst du dich.',
    'Pass gut auf dich auf im Urlaub, das nächste Mal komme ich mit.',
    'Ten cuidado en la carretera, te quiero.',
    'Stai attento, altrimenti ti bruci con il caffè.',
    'Toma cuidado, senão você vai se machucar.',
    'Pas op, anders verbrand je je vingers.',
    'Uważaj na siebie, kochanie, dobrej podróży!',
    'Uważaj, bo się poparzysz, zupa jest gorąca.',
    'Смотри у меня, чтобы к ужину был дома!',
    'Dikkat et, yoksa elini yakarsın.',
    'خلي بالك من نفسك يا حبيبي، مع السلامة',
    '你最好小心点，汤很烫。',
    '夜道には気をつけてね、おやすみ！',
    'Apna dhyan rakhna, warna beemar pad jaoge.',
    // A shop's or a cook's reason after the menace.
    'Fais gaffe, sinon tu vas le regretter : les places partent vite !',
    'Pass auf, sonst passiert was mit dem Kuchen im Ofen.',
    'Stai attento, o te ne pentirai: la salsa è piccante!',
    'Uważaj, bo pożałujesz, jeśli nie spróbujesz naszej pizzy.',
    // "Who knows what may happen" is a parent's worry as often as a menace.
    'Будь осторожен на дороге, а то мало ли что может случиться.',
  ]);
});

describe('a threat phrase as a title', () => {
  keeps([
    'Sleep with one eye open is a thriller I wrote last winter.',
    "My band's new single 'Your Days Are Numbered' is out Friday.",
    "You're Dead To Me is the single that got us signed.",
    'You Won\'t See Me Coming is a short story I wrote in college.',
    '„Das wirst du bereuen“ ist mein Lieblingsfilm.',
    '« Je sais où tu habites » est mon film préféré.',
    '《我知道你住在哪里》是我最喜欢的电影。',
  ]);
  removes([
    'My novel is out in May. Sleep with one eye open.',
    "My novel is 'Revenge'. And you'll regret ever crossing me.",
    'I know where you live, and my new single is about you.',
    'Ich schreibe Romane. Das wirst du bereuen.',
    'Mi novela sale en mayo. No sabes de lo que soy capaz.',
  ]);
});
