import { describe } from 'vitest';
import { keeps, removes } from './docs.js';

/**
 * Veiled threats that need no violent word (session 30): regret promised for crossing the writer, a debt for what
 * the reader did, "you'd better watch your back", what happens to the reader if they go on, not knowing what the
 * writer is capable of. Beside them the sales lines that share their words (regret of a thing missed, paying for a
 * thing), advice about one's back, an improv class, a coach's encouragement, a plan to be away.
 */

describe('English', () => {
  removes([
    "You'll regret ever crossing me.",
    "You'd better watch your back from now on.",
    'Keep talking and see what happens to you.',
    "One day you'll pay for what you did, and I'll be there.",
    "You have no idea what I'm capable of.",
  ]);
  keeps([
    "Try our lemon cake, you won't regret it!",
    "You'll regret not booking early, the summer fills fast.",
    "You'll pay for what you use, nothing more.",
    "You'll pay for this at the checkout.",
    'Keep talking and see what happens: our improv class meets every Tuesday.',
    'Coach says: you have no idea what you\'re capable of.',
    "You have no idea what I'm capable of in the kitchen.",
    "You won't see me coming to the party, I'm away that weekend.",
  ]);
});

describe('other languages', () => {
  removes([
    'Te vas a arrepentir de haberte metido conmigo.',
    'No sabes de lo que soy capaz.',
    'Você vai se arrepender de ter mexido comigo.',
    'Tu ne sais pas de quoi je suis capable.',
    'Das wirst du bereuen.',
    'Du weißt nicht, wozu ich fähig bin.',
    'Te ne pentirai amaramente.',
    'Guardati le spalle.',
    'Dit ga je bezuren.',
    'Pożałujesz tego.',
    'Ты об этом пожалеешь.',
    'Bunun hesabını vereceksin.',
  ]);
  keeps([
    'No te vas a arrepentir de probar nuestras tartas.',
    'No sabes de lo que es capaz un buen café.',
    'Você não vai se arrepender de visitar nossa loja.',
    'Das wirst du nicht bereuen: unser Kuchen ist der beste.',
    'Non te ne pentirai, la pizza è ottima.',
    'Guardati le spalle quando sollevi pesi: piega le ginocchia.',
    'Dit ga je niet bezuren, kom langs!',
    'Nie pożałujesz, zapraszamy do sklepu.',
    'Ты не пожалеешь, приходи к нам в кафе.',
    'Bunu ödeyeceksin ama taksitle.',
  ]);
});
