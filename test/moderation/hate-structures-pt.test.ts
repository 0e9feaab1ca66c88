import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Portuguese hate read by structure (session 15): implicit derogation frames, a group carried into a sentence
 * without a verb or named after what is said, a negation at the edge of a group's name, threats in the present
 * and with the personal infinitive; and the innocent lines that share their words (counter-speech, a disease
 * spreading, a judgement on what was done to a group). Sentences are our own, not Multilingual HateCheck's.
 */
describe('hate against groups in Portuguese, by structure', () => {
  it.each([
    ['kept in a sty after a modal', 'Os imigrantes deviam viver num chiqueiro.'],
    ['locked in a cage', 'Os ciganos deviam ficar trancados numa jaula.'],
    ['their place in the slave quarters', 'O lugar dos negros é na senzala.'],
    ['a beast worth more', 'Meu cachorro vale mais do que qualquer mulher.'],
    ['a beast rather than one of them', 'Prefiro ter um cachorro como vizinho do que um muçulmano.'],
    ['banned after a modal', 'As mulheres deviam ser proibidas de dirigir.'],
    ['sent back in the passive', 'Os refugiados deviam ser mandados de volta.'],
    ['not allowed', 'Gays não deveriam ter permissão para adotar crianças.'],
    ['the negation read with "negros"', 'Negros não são inteligentes.'],
    ['"nenhum" read with "negro"', 'Nenhum negro pode ser inteligente.'],
    ['"deixar de ser" is no counter-speech', 'Quando é que os refugiados vão deixar de ser parasitas?'],
    ['a disease that spreads', 'Os muçulmanos são uma doença que se espalha pela Europa.'],
    ['a sentence without a verb', 'Tantos refugiados por aqui. Uma praga.'],
    ['the group named after, "típico de"', 'Eles são uns parasitas. Típico de imigrantes.'],
    ['the past copula carries them', 'Conheci umas mulheres trans ontem. Eram umas aberrações.'],
    ['"é tudo" with a singular', 'Muçulmano é tudo terrorista.'],
    ['shooting in the present', 'Se eu vir um gay, dou um tiro nele.'],
    ['the personal infinitive', 'Vou fazer os judeus sofrerem.'],
    ['the first person present', 'Juro que mato o próximo gay que encontrar.'],
    ['wanting them gone', 'Não seria melhor se todos os imigrantes fossem embora?'],
  ])('%s: "%s" is hate', async (_structure, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    'Quem chama os gays de doentes precisa se informar.',
    'O post que chama ciganos de ladrões foi apagado.',
    'Pessoas trans de forma alguma são uma aberração.',
    'Os imigrantes foram humilhados pela polícia. Uma vergonha.',
    'Os imigrantes chegaram. Odeio segunda-feira.',
    'Os refugiados se perderam no mato cada vez mais.',
    'Vou fazer os imigrantes pagarem o aluguel.',
    'Os deficientes não devem ser escondidos em casa.',
    'Os imigrantes foram mandados de volta injustamente.',
    'Negros não são menos inteligentes que ninguém.',
  ])('"%s" is not hate', async (value) => {
    expect(await hate(value)).toBe(false);
  });
});
