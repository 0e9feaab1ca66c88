import { describe, expect, it } from 'vitest';
import { reason, rules } from './docs.js';

/**
 * Prize and crypto bait (session 24, detect-spam.ts): "you won" followed by the call to take it (a click to
 * claim, redeem now), a free phone for the price of its postage, coins doubled in amounts, a deposit that
 * "verifies" a wallet. Written for the class, not from a data set. The innocent lines share the words: a
 * member who won a raffle, a lost-and-found desk, a shop that only charges postage, a seller paid in crypto,
 * and warnings that quote the bait.
 */
const flagged = async (value: string) => (reason(await rules(value), 'spam')?.score ?? 0) >= 0.5;

describe('prize and crypto bait', () => {
  it.each([
    ['en', 'You won a $500 gift card! Click here to claim it now'],
    ['en', 'Congratulations! You have won a Walmart gift card. Tap here to redeem.'],
    ['en', 'Free iPhone 15 for the first 100 people, you only pay the shipping'],
    ['en', 'Send 100 USDT and receive 200 USDT within an hour'],
    ['en', 'I am giving away 5000 USDT to my followers, send 100 USDT to verify your wallet'],
    ['es', 'Has ganado una tarjeta regalo de 300€, haz clic aquí para reclamarla'],
    ['es', 'Envía 0,1 BTC y recibe 0,2 BTC. Oferta limitada, escríbeme.'],
    ['pt', 'Você ganhou um vale-presente de R$500! Clique aqui para resgatar'],
    ['fr', 'Félicitations, vous avez gagné un iPhone ! Cliquez sur le lien pour le récupérer'],
    ['de', 'Sie haben einen Amazon-Gutschein über 500 € gewonnen! Jetzt einlösen'],
    ['de', 'Du hast ein iPhone 15 gewonnen, klicke hier um es abzuholen'],
    ['it', 'Hai vinto un buono Amazon da 500€, clicca qui per riscattarlo'],
    ['nl', 'Je hebt een cadeaubon van 500 euro gewonnen, klik hier om hem te claimen'],
    ['pl', 'Wygrałeś kartę podarunkową 500 zł, kliknij tutaj aby ją odebrać'],
  ])('%s: %s', async (_lang, value) => {
    expect(await flagged(value)).toBe(true);
  });
});

describe('prizes won, postage paid and crypto accepted, honestly', () => {
  it.each([
    ['en', 'I won a $50 gift card at the church raffle last year, still haven\'t used it!'],
    ['en', 'Lost something at our market stall? Click here to claim it, we keep lost items for a month.'],
    ['en', 'Did you win our Christmas raffle? Click here to see the list of winners.'],
    ['en', 'Free stickers with every order, you only pay shipping.'],
    ['en', 'I accept crypto: send 0.01 BTC and receive 1 custom portrait within a week.'],
    ['en', 'Heads up: scammers DM people "you won a gift card, click to claim". Never click, report them.'],
    ['en', 'Heads up: scammers are messaging members saying "send 0.1 BTC and get 0.2 back". Never send anyone crypto.'],
    ['es', 'Muestras gratis, solo pagas el envío. Escríbeme para pedirlas.'],
    ['es', 'Cuidado: si alguien te escribe "envía 0,1 BTC y recibe 0,2 BTC", es una estafa. No envíes nada.'],
    ['pt', 'Ganhei um vale-presente no sorteio da escola, fiquei muito feliz.'],
    ['de', 'Wir haben das Turnier gewonnen! Hier geht es zu den Fotos.'],
    ['de', 'Achtung: Nachrichten wie "Sie haben einen Gutschein gewonnen, jetzt einlösen" sind Betrug.'],
    ['it', 'Hai vinto? Scopri qui i risultati del nostro concorso di fotografia.'],
  ])('%s: %s', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });
});
