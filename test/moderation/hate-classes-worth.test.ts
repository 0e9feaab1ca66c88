import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Good things a negation denies a group (hate-grammars.ts's worth), by class, the same classes in every
 * language (session 17): ability and intelligence as nouns, dignity, citizenship, a real man or woman,
 * being taken seriously, raising children, renting to, hiring, leading, contributing, belonging. Each
 * sentence is written for its class, none a data set's row; the innocent ones use the same words with
 * the negation on something else, or on nothing at all.
 */
describe('a good thing denied a group, by class', () => {
  it.each([
    ['pt', 'leading', 'Nenhuma mulher merece estar no comando.'],
    ['pt', 'leading after a verb of duty', 'Mulheres não deveriam governar.'],
    ['pt', 'adopting', 'Gays não deviam poder adotar crianças.'],
    ['pt', 'ability as a noun', 'Mulheres não têm capacidade de pensar.'],
    ['pt', 'a real woman', 'Pessoas trans nunca vão ser mulheres de verdade.'],
    ['pt', 'taken seriously', 'Não dá para levar os gays a sério.'],
    ['pt', 'worth, past subjunctive', 'Nunca vi um judeu que prestasse.'],
    ['pt', 'citizenship', 'Nenhum refugiado merece a nossa cidadania.'],
    ['pt', 'one of us', 'Os muçulmanos nunca serão um de nós.'],
    ['es', 'ability as a noun', 'Las mujeres no tienen capacidad para dirigir.'],
    ['es', 'citizenship', 'Ningún inmigrante merece la ciudadanía.'],
    ['es', 'renting, conditional', 'Nunca le alquilaría un piso a un gitano.'],
    ['es', 'raising children', 'Los gays no deberían poder criar hijos.'],
    ['es', 'taken seriously, object after', 'No se puede tomar en serio a las mujeres.'],
    ['es', 'contributing', 'Los musulmanes no aportan nada a este país.'],
    ['es', 'leading', 'Las mujeres no deberían ser jefas.'],
    ['fr', 'ability as a noun', "Les femmes n'ont pas la capacité de diriger."],
    ['fr', 'citizenship', 'Aucun immigré ne mérite la nationalité française.'],
    ['fr', 'a real woman', 'Les personnes trans ne seront jamais de vraies femmes.'],
    ['fr', 'taken seriously', 'On ne peut pas prendre les femmes au sérieux.'],
    ['fr', 'leading, the negation inside', 'Les femmes ne devraient pas gouverner.'],
    ['fr', 'belonging, the negation inside', 'Les musulmans ne feront jamais partie de ce pays.'],
    ['de', 'citizenship', 'Kein Ausländer verdient die Staatsbürgerschaft.'],
    ['de', 'renting', 'Ich würde niemals eine Wohnung an Zigeuner vermieten.'],
    ['de', 'raising children', 'Schwule sollten keine Kinder großziehen dürfen.'],
    ['de', 'a real woman', 'Transfrauen werden nie echte Frauen sein.'],
    ['de', 'taken seriously', 'Man kann Frauen nicht ernst nehmen.'],
    ['de', 'contributing, the separable particle last', 'Muslime tragen nichts zu diesem Land bei.'],
    ['it', 'citizenship', 'Nessun immigrato merita la cittadinanza.'],
    ['it', 'raising children', 'I gay non dovrebbero poter crescere figli.'],
    ['it', 'intelligence, after its verb of having', 'I neri non hanno intelligenza.'],
    ['it', 'dignity', 'I disabili non hanno dignità.'],
    ['it', 'leading', 'Nessuna donna merita di essere capo.'],
    ['nl', 'citizenship', 'Geen enkele allochtoon verdient het staatsburgerschap.'],
    ['nl', 'renting', 'Ik zou nooit een huis verhuren aan een zigeuner.'],
    ['nl', 'a real woman', 'Transvrouwen zullen nooit echte vrouwen zijn.'],
    ['nl', 'contributing', 'Moslims dragen niets bij aan dit land.'],
    ['nl', 'one of us', 'Moslims zullen nooit een van ons zijn.'],
    ['pl', 'ruling', 'Kobiety nie powinny rządzić.'],
    ['pl', 'citizenship', 'Żaden imigrant nie zasługuje na obywatelstwo.'],
    ['pl', 'raising children', 'Geje nie powinni wychowywać dzieci.'],
    ['pl', 'a real woman, instrumental', 'Transkobiety nigdy nie będą prawdziwymi kobietami.'],
    ['pl', 'taken seriously', 'Nie można traktować kobiet poważnie.'],
    ['pl', 'intelligence, genitive', 'Czarni nie mają inteligencji.'],
    ['pl', 'hiring, conditional', 'Nigdy nie zatrudniłbym kobiety.'],
    ['pl', 'part of a society', 'Imigranci nigdy nie będą częścią tego społeczeństwa.'],
    ['hi', 'ability', 'Auraton mein netritva karne ki kshamta nahi hai.'],
    ['hi', 'citizenship', 'Musalmanon ko nagrikta nahi milni chahiye.'],
    ['hi', 'renting', 'Main kabhi kisi musalman ko ghar kiraye par nahi dunga.'],
    ['hi', 'a real woman', 'Hijde kabhi asli aurat nahi ban sakte.'],
    ['hi', 'running a country', 'Auraton ko desh nahi chalana chahiye.'],
    ['ar', 'ability to lead, the circumfix negation spelt apart', 'النساء ما عندهمش القدرة على القيادة.'],
    ['ar', 'fit to rule', 'النساء لا يصلحن للحكم.'],
    ['ar', 'contributing', 'اللاجئين مش بيساهموا بأي حاجة في البلد.'],
    ['ar', 'citizenship deserved', 'المهاجرين لا يستحقون الجنسية.'],
    ['ar', 'one of us', 'المسلمين عمرهم ما هيبقوا مننا.'],
    ['ar', 'Arabizi, ability', 'el setat ma3andohomsh 2odra 3ala el 2yada'],
    ['zh', 'adopting', '同性恋不应该领养孩子。'],
    ['zh', 'renting to', '我绝不会把房子租给黑人。'],
    ['zh', 'taken seriously', '女人的话不能当真。'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // The negation on another word, or on a bad thing; the good word of the class in praise.
    ['pt', 'Não acho que os imigrantes sejam um problema.'],
    ['pt', 'Os refugiados não merecem ser tratados assim.'],
    ['pt', 'As mulheres não deviam ter medo de liderar.'],
    ['pt', 'Os hospitais não têm capacidade para tantos refugiados.'],
    ['pt', 'Não consigo levar a sério quem odeia os gays.'],
    ['es', 'Las mujeres no deberían tener miedo de dirigir.'],
    ['es', 'No puedo tomar en serio a quien odia a los gays.'],
    ['es', 'Nadie trabaja más que los inmigrantes.'],
    ['fr', 'Les femmes ne devraient pas avoir peur de diriger.'],
    ['fr', "Il n'y a aucune dignité à traiter ainsi les réfugiés."],
    ['de', 'Ich kann niemanden ernst nehmen, der Schwule hasst.'],
    ['de', 'Transmenschen sind nicht krank.'],
    ['de', 'Frauen mangelt es nicht an Intelligenz.'],
    ['nl', 'Het ontbreekt vrouwen niet aan intelligentie.'],
    ['es', 'A las mujeres no les falta inteligencia.'],
    ['it', 'Gli immigrati non hanno colpa della crisi.'],
    ['nl', 'Transpersonen zijn niet ziek.'],
    ['pl', 'Kobiety nie powinny bać się rządzić.'],
    ['pl', 'Nie ma mądrych powodów, by nienawidzić imigrantów.'],
    ['pl', 'Nie da się traktować poważnie ludzi, którzy nienawidzą gejów.'],
    ['hi', 'Mujhe nahi lagta ki musalman koi samasya hain.'],
    ['ar', 'المهاجرين مش السبب في الأزمة.'],
    ['zh', '我不认为移民是问题。'],
    // Not part of a problem, not to be taught or led by hate: the belonging and leading words with another object.
    ['pt', 'Os imigrantes não são parte do problema.'],
    ['fr', 'Les immigrés ne font pas partie du problème.'],
    ['de', 'Flüchtlinge sind kein Teil des Problems.'],
    ['pl', 'Imigranci nie są częścią problemu.'],
    ['ar', 'المهاجرين مش جزء من المشكلة.'],
    ['fr', 'Il ne faut pas contribuer à la haine des juifs.'],
    ['de', 'Wir lassen uns nicht von Hass gegen Muslime leiten.'],
    ['zh', '不分国籍，欢迎所有移民。'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('worth ranked by birth, in English (session 26)', () => {
  it.each([
    'Women are less intelligent than men',
    'Black people are genetically inferior',
    'Immigrants are less human than us',
    'Women are naturally less intelligent',
    'Gay men are less capable parents',
  ])('"%s" is hate', async (value) => {
    expect(await hate(value)).toBe(true);
  });
  it.each([
    'Immigrants are less likely to commit crimes than natives',
    'Women are less represented in tech',
    'The claim that Black people are genetically inferior is racist pseudoscience',
    'Racists say Jews are less human, they are wrong',
  ])('"%s" is not hate', async (value) => {
    expect(await hate(value)).toBe(false);
  });
});
