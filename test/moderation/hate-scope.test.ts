import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Where a negation's reach ends (session 18). A negated forgetting, fearing, doubting or tiring leaves the clause
 * after its "that" standing: the member remembers, or dares to say, what the clause says of a group. Praise there
 * is no good thing denied, and contempt there is still hate. Sentences are our own.
 */
describe('a negated forgetting or fearing leaves its clause standing', () => {
  it.each([
    ['es', 'Nunca olvido que los refugiados son personas valientes e inteligentes.'],
    ['es', 'No olvidemos que los inmigrantes son bienvenidos en este barrio.'],
    ['pt', 'Nunca esqueço que os refugiados são inteligentes.'],
    ['pt', 'Não tenho medo de dizer que as mulheres são tão capazes quanto os homens.'],
    ['pt', 'Não me canso de lembrar que os imigrantes são iguais a todos.'],
    ['fr', "Je n'oublie jamais que les réfugiés sont des gens courageux et intelligents."],
    ['fr', "Je n'ai pas peur de dire que les femmes sont aussi capables que les hommes."],
    ['de', 'Ich habe keine Angst zu sagen, dass Frauen genauso fähig sind wie Männer.'],
    ['it', 'Non dimentico mai che i rifugiati sono persone intelligenti.'],
    ['it', 'Non ho mai dubitato che i gay meritino rispetto.'],
    ['nl', 'Ik vergeet nooit dat vluchtelingen slimme en moedige mensen zijn.'],
    ['nl', "Ik heb er nooit aan getwijfeld dat homo's respect verdienen."],
    ['hi', 'Main kabhi nahi bhoolta ki musalman samajhdar aur imaandar hain.'],
    ['hi', 'मैं कभी नहीं भूलता कि शरणार्थी समझदार हैं।'],
    ['ar', 'لا أنسى أبدا أن اللاجئين أذكياء ومحترمين.'],
    ['zh', '我永远不会忘记难民是聪明勇敢的人。'],
  ])('%s: "%s" is no hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['es', 'Nunca olvido que los refugiados son unos parásitos.'],
    ['es', 'No tengo miedo de decir que los gitanos son basura.'],
    ['pt', 'Nunca esqueço que os refugiados são uns parasitas.'],
    ['fr', "N'oublions pas que les immigrés sont de la vermine."],
    ['it', 'Non ho paura di dire che i rom sono spazzatura.'],
    ['de', 'Ich habe keine Angst zu sagen, dass Flüchtlinge Parasiten sind.'],
    ['nl', 'Ik ben niet bang om te zeggen dat moslims ongedierte zijn.'],
    ['de', 'Ich habe nie bezweifelt, dass Flüchtlinge Parasiten sind.'],
    ['nl', 'Laten we niet vergeten dat migranten ongedierte zijn.'],
    ['pl', 'Nigdy nie zapominam, że uchodźcy to pasożyty.'],
    ['zh', '我永远不会忘记难民都是寄生虫。'],
    // A thinking verb passes its negation on: the good word stays denied.
    ['es', 'No creo que los inmigrantes sean inteligentes.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });
});

/**
 * Where a call's or a hatred's object is (session 18): the noun right after the verb, with its determiner (in
 * German and Dutch also the noun before the verb that ends the clause), not a group inside a later relative clause
 * on that noun, which tells what the group suffers.
 */
describe('a group inside a relative clause on the object is not the object', () => {
  it.each([
    ['es', 'Habría que matar la burocracia que sufren los inmigrantes.'],
    ['es', 'Quiero acabar con la pobreza que golpea a las mujeres indígenas.'],
    ['pt', 'Odeio a injustiça que os refugiados enfrentam todos os dias.'],
    ['pt', 'Devemos exterminar a pobreza que afeta as mulheres negras.'],
    ['fr', "Je déteste l'injustice que vivent les réfugiés."],
    ['fr', 'Je veux éliminer la pauvreté qui frappe les femmes handicapées.'],
    ['de', 'Man sollte die Bürokratie vernichten, unter der Flüchtlinge leiden.'],
    ['de', 'Ich hasse die Ungerechtigkeit, die Flüchtlinge täglich erleben.'],
    ['it', 'Bisognerebbe uccidere la burocrazia che subiscono gli immigrati.'],
    ['nl', 'We moeten de bureaucratie vernietigen waar vluchtelingen onder lijden.'],
    ['nl', 'Ik haat het onrecht dat vluchtelingen elke dag meemaken.'],
    ['pl', 'Trzeba zabić biurokrację, z którą zmagają się imigranci.'],
    ['pl', 'Nienawidzę niesprawiedliwości, której doświadczają uchodźcy.'],
  ])('%s: "%s" is no hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['es', 'Hay que matar a los inmigrantes.'],
    ['es', 'Hay que matar esa plaga que son los inmigrantes.'],
    ['es', 'Hay que quemar las mezquitas que construyen los musulmanes.'],
    ['es', 'Hay que erradicar la religión que practican los musulmanes.'],
    ['fr', 'Il faut éliminer la racaille que sont les immigrés.'],
    ['de', 'Man sollte die Juden vernichten, die hier leben.'],
    ['de', 'Wir müssen die Pest ausrotten, die Flüchtlinge sind.'],
    ['nl', 'Ik haat het feit dat moslims hier wonen.'],
    ['it', 'Bisogna sterminare i rom che vivono qui.'],
    ['pl', 'Trzeba wytępić hołotę, którą są imigranci.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });
});

/** How others treat a group, told by one indignant at it (session 18): counter-speech, not contempt. */
describe('a report of how others treat a group is counter-speech', () => {
  it.each([
    ['es', 'Me indigna que traten a los gitanos como basura.'],
    ['pt', 'Fico revoltada quando tratam os ciganos como lixo.'],
    ['de', 'Es macht mich wütend, wenn man Roma wie Dreck behandelt.'],
    ['it', 'Mi fa arrabbiare quando trattano i rom come spazzatura.'],
    ['nl', 'Het maakt me boos als men Roma als vuil behandelt.'],
    ['pl', 'Wkurza mnie, gdy ktoś traktuje Romów jak śmieci.'],
  ])('%s: "%s" is no hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });

  it.each([
    ['de', 'Roma sollte man wie Dreck behandeln.'],
    ['it', 'I rom vanno trattati come spazzatura.'],
    ['pt', 'Os ciganos devem ser tratados como lixo.'],
    ['nl', 'Roma moeten als vuil behandeld worden.'],
    ['pl', 'Romów trzeba traktować jak śmieci.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });
});
