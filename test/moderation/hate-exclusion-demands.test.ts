import { describe, expect, it } from 'vitest';
import { isHate } from './docs.js';

/**
 * Issue 17: demands to expel or bar a protected group, in members' languages: "out with" them, no entry for them, a
 * country said to be one group's alone, "send them back" taking up a group named beside it. Each has innocent twins in
 * its frame: the same demand of children, dogs, shoes or phones, a parcel sent back to the shop, a history teacher's
 * dated expulsion, and the slogan quoted to be condemned.
 */
describe('a group put out, barred or sent back', () => {
  it.each([
    ['en', 'Get the Muslims out of our country.'],
    ['en', 'No gays allowed here.'],
    ['en', 'Kick every last Jew out of this town.'],
    ['en', 'This country is for white people only.'],
    ['en', 'Refugees? Send them back where they came from.'],
    ['es', 'Fuera los musulmanes de nuestro país.'],
    ['es', 'Aquí no se permiten gays.'],
    ['es', 'Que se vuelvan todos a su país, los inmigrantes sobran.'],
    ['pt', 'Fora os muçulmanos do nosso país.'],
    ['pt', 'Tem que mandar todos os imigrantes de volta.'],
    ['fr', 'Dehors les musulmans de notre pays.'],
    ['fr', 'Les immigrés doivent dégager de France.'],
    ['fr', 'Renvoyez-les tous chez eux, ces migrants.'],
    ['de', 'Raus mit den Muslimen aus unserem Land.'],
    ['de', 'Ausländer raus!'],
    ['de', 'Kein Zutritt für Türken.'],
    ['de', 'Schick sie alle zurück, diese Asylanten.'],
    ['it', 'Fuori i musulmani dal nostro paese.'],
    ['it', 'Vietato l’ingresso agli zingari.'],
    ['it', 'Rimandateli tutti a casa loro, questi immigrati.'],
    ['nl', 'Moslims ons land uit!'],
    ['nl', 'Geen toegang voor Turken.'],
    ['nl', 'Gooi de joden uit deze stad.'],
    ['pl', 'Ukraińcy nie powinni tu mieszkać.'],
    ['pl', 'Odeślijcie ich wszystkich, tych uchodźców.'],
    ['tr', 'Müslümanları ülkemizden atın.'],
    ['tr', 'Mahallemizde Araplar istemiyoruz.'],
    ['ru', 'Геям вход запрещён.'],
    ['ru', 'Цыгане не должны здесь жить.'],
    ['ar', 'ممنوع دخول المثليين هنا.'],
    ['ar', 'أخرجوا المسلمين من بلدنا.'],
    ['zh', '同性恋不准进来。'],
    ['zh', '难民不应该住在这里。'],
    ['ja', 'ホモお断り。'],
    ['ja', 'あいつら外国人は全部送り返せ。'],
    ['hi', 'यहाँ समलैंगिकों का आना मना है।'],
  ])('%s: %s', async (_lang, value) => {
    expect(await isHate(value)).toBe(true);
  });
});

describe('the same frames, no group or no demand', () => {
  it.each([
    ['en', 'Get the kids out of the pool, dinner is ready!'],
    ['en', 'No dogs allowed here, sorry.'],
    ['en', 'No shoes allowed inside the studio.'],
    ['en', 'Send them back to the shop if they do not fit.'],
    ['en', 'This parking lot is for customers only.'],
    ['es', 'Fuera los móviles de la mesa durante la cena.'],
    ['es', 'No se permiten perros aquí.'],
    ['es', 'En 1492 los Reyes Católicos expulsaron a los judíos; lo explico cada año en clase de historia.'],
    ['pt', 'Manda eles de volta pra loja se não servirem.'],
    ['pt', 'Em 1496 Portugal expulsou os judeus; ensino isso todo ano nas aulas de história.'],
    ['pt', 'Os refugiados merecem ficar, fora com o racismo!'],
    ['fr', 'Dehors les enfants, il fait beau !'],
    ['fr', 'Attraction interdite aux femmes enceintes.'],
    ["fr", "En 1394 le roi a expulsé les Juifs de France ; je l'enseigne chaque année en histoire."],
    ['de', 'Hunde haben hier keinen Zutritt.'],
    ['de', 'Raus mit den Kindern in den Garten!'],
    ['de', 'Die Flüchtlinge müssen raus aus den Turnhallen, in echte Wohnungen.'],
    ['it', 'Qui non sono ammessi i cani.'],
    ['it', 'Fuori i razzisti dal nostro quartiere, i migranti sono i benvenuti.'],
    ['nl', 'Telefoons de klas uit!'],
    ['nl', 'Geen toegang voor honden.'],
    ['pl', 'Odeślij je do sklepu, jeśli nie pasują.'],
    ['tr', 'Buraya köpekler giremez.'],
    ['tr', 'Mahallemizde kedi istemiyoruz.'],
    ['ru', 'С собаками вход запрещён.'],
    ['ar', 'ممنوع دخول الكلاب هنا.'],
    ['ar', '"رجعوهم لبلادهم" شعار قاسٍ؛ اللاجئون يستحقون الحماية.'],
    ['zh', '狗不准进来。'],
    ['zh', '难民不应该住在这种帐篷里，应该有正常的房子。'],
    ['ja', 'ペットお断り。'],
    ['ja', '女性お断りのラーメン屋なんて時代遅れだ。'],
    ['hi', 'यहाँ कुत्तों का आना मना है।'],
  ])('%s: %s', async (_lang, value) => {
    expect(await isHate(value)).toBe(false);
  });
});
