import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * French hate built by construction rather than by word (session 15): implied contempt, threats in the
 * forms the lists lacked, a good thing denied in the singular, a group carried into a verbless sentence;
 * and the readings that keep innocent French innocent (a group that others act on, "pas mal de", "sans"
 * after what is said). Sentences are our own, not Multilingual HateCheck's.
 */

describe('French hate by construction', () => {
  it.each([
    ['a place they belong in', 'Les réfugiés, leur place est dans un camp, pas dans nos villes.'],
    ['the same, as a cleft', "Les musulmans, c'est au zoo qu'il faudrait les mettre."],
    ['an animal preferred to one of them', "Je préférerais avoir un chien comme voisin plutôt qu'un musulman."],
    ['worth less than an animal', "Une femme vaut moins qu'un bon chien de chasse."],
    ['a woman kept to chores', 'Les femmes devraient rester à la maison à faire le ménage.'],
    ['lesser by nature', 'Je crois sincèrement que les Noirs sont moins intelligents.'],
    ['what use are they', "À quoi servent les handicapés, à part coûter de l'argent ?"],
    ['an impersonal wish of violence', "Qu'on noie tous les migrants, voilà la solution."],
    ['thrown into the sea', 'Les immigrés doivent être jetés à la mer.'],
    ['a present threat with its object pronoun', 'Si je vois une trans dans les toilettes, je la frappe.'],
    ['a good thing denied in the singular', 'Un handicapé ne sera jamais utile à personne.'],
    ['a verbless sentence carries the group on', "J'ai vu un reportage sur les Roms. Tous des voleurs."],
    ['"pas mal de" negates nothing', 'Je connais pas mal de femmes, et elles sont toutes hystériques.'],
    ['"sans" after what is said does not take it back', 'Les homos sont des bêtes sans âme.'],
    ['"je me dis" asserts', "Quand je vois des musulmans dans la rue, je me dis qu'ils sont une menace."],
  ])('%s: %s', async (_, text) => {
    expect(await hate(text)).toBe(true);
  });

  it.each([
    ['a group others act on, in a relative clause', 'Ces néonazis sont des monstres qui menacent les juifs.'],
    ['the same, before the predicate', 'Les politiciens qui méprisent les handicapés sont minables.'],
    ['a later sentence with its own subject', 'Des femmes ont été agressées dans le métro. Les agresseurs sont des ordures.'],
    ['what one refuses to hear', "Je refuse d'entendre que les Noirs seraient moins intelligents."],
    ['persecution reported', "Les juifs ont été exterminés pendant la Shoah, n'oublions jamais."],
    ['a zoo visit', 'Les enfants réfugiés ont visité le zoo avec leur école.'],
    ['a pet', 'Mon voisin gay a un chien adorable.'],
    ['negated lesser worth', 'Les femmes ne sont pas moins intelligentes que les hommes.'],
  ])('innocent, %s: %s', async (_, text) => {
    expect(await hate(text)).toBe(false);
  });
});
