import { describe, expect, it } from 'vitest';
import { reason, rules } from './docs.js';

/**
 * Followers, likes, views and reviews for sale (session 23, detect-spam.ts): the buying or selling verb before
 * or after the following, with the seller's second cue (cheap, a price, delivery, "real" followers, "buy
 * now"). Written for the class, not from a data set. The innocent lines share the words: a member who
 * never buys followers, a social media manager's organic growth, thanks to followers, a shop's prices.
 */
const flagged = async (value: string) => (reason(await rules(value), 'spam')?.score ?? 0) >= 0.5;

describe('a following for sale', () => {
  it.each([
    ['es', 'Compra seguidores baratos para tu Instagram, entrega en 24h'],
    ['es', 'Vendo seguidores y likes para TikTok, 1000 seguidores por 5€'],
    ['es', 'Seguidores reales al mejor precio, compra ya'],
    ['pt', 'Compre seguidores brasileiros e curtidas reais, preço baixo'],
    ['fr', 'Achetez des followers et des likes, livraison rapide'],
    ['fr', 'Acheter des abonnés Instagram pas cher'],
    ['de', 'Follower kaufen? Echte Follower ab 5 Euro, schreib mir'],
    ['it', 'Compra follower e like italiani reali, prezzi bassi'],
    ['en', 'Buy 1000 instagram followers cheap, DM me'],
    ['pl', 'Kup obserwujących i lajki na Instagram, szybko i tanio'],
    ['nl', 'Koop volgers en likes voor je Instagram, direct geleverd'],
    ['en', 'Buy Google reviews, 5 star reviews cheap, fast delivery'],
    ['de', 'Bewertungen kaufen: echte Google Bewertungen, günstig'],
  ])('%s: %s', async (_lang, value) => {
    expect(await flagged(value)).toBe(true);
  });
});

describe('a following grown, not bought', () => {
  it.each([
    ['es', 'No compro seguidores, todo es orgánico'],
    ['es', 'Comprar seguidores falsos arruina tu marca: te enseño a crecer de verdad'],
    ['es', 'Ayudo a marcas a conseguir seguidores reales con contenido de calidad'],
    ['es', 'Vendo ropa de segunda mano, precios bajos, sígueme para ver novedades'],
    ['en', 'I never buy followers'],
    ['en', 'Social media manager: I grow your Instagram with organic content, no bots, no bought followers'],
    ['en', 'Thank you to my 2000 followers!'],
    ['fr', "Je n'achète jamais de followers, je crée du contenu authentique"],
    ['de', 'Ich kaufe keine Follower – nur echte Inhalte und Geduld'],
    ['it', 'Community manager, faccio crescere i tuoi follower in modo organico'],
    ['pt', 'Consultora de marketing: crescimento real de seguidores, sem compra de perfis falsos'],
    ['nl', 'Fotograaf, volg me op Instagram voor meer werk, 5000 volgers en groeiend'],
    ['en', 'Read our reviews on Google, thank you for 200 five star reviews!'],
    ['fr', 'À mon avis, le meilleur prix est celui du marché'],
  ])('%s: %s', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });
});
