import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate said by denying a group something good (session 19): "X are never any good", "I have never met an honest X",
 * "nothing good ever came from X", with the negation where each language puts it (split negations, negative
 * quantifiers, "hardly", "nowhere", a "never" that repeats a negated verb). And the innocent lines the same words
 * make: a negated insult, a place to sleep lacked, a group named as the standard of a comparison, negated praise of
 * no group. Sentences are our own, not Multilingual HateCheck's.
 */
describe('a good thing denied a group (fr, pt, ar, nl, pl, es, it, de)', () => {
  it.each([
    ['fr', '"un seul" before a Black person', "Je n'ai jamais rencontré un seul noir honnête."],
    ['fr', 'nothing good came from them', "Rien de bon n'est jamais venu des immigrés."],
    ['fr', '"rien de bien"', "Les noirs n'ont jamais rien inventé de bien."],
    ['fr', '"rien faire de bien"', 'Les musulmans ne savent rien faire de bien.'],
    ['fr', 'hardly', 'Les femmes sont à peine capables de conduire.'],
    ['fr', 'not real people', 'Les trans ne sont pas de vraies personnes.'],
    ['fr', 'not worth the trouble', "Les handicapés ne valent pas la peine qu'on s'en occupe."],
    ['pt', 'nothing good came from them', 'Nada de bom veio dos imigrantes.'],
    ['pt', 'deserving no right', 'Imigrante não merece direito nenhum aqui.'],
    ['pt', 'deserving no help', 'Os gays não merecem a nossa ajuda.'],
    ['pt', '"nenhum negro", the ability to be', 'Nenhum negro tem capacidade de ser médico.'],
    ['ar', 'a "never" repeating a negated verb', 'مينفعش تثق في المسلمين ابدا'],
    ['ar', 'never like us (Standard)', 'اللاجئون لن يكونوا ابدا مثلنا'],
    ['ar', 'not to be trusted, in the passive', 'مفيش ولا مسلم يتوثق فيه'],
    ['ar', 'no good in them', 'لا خير في المهاجرين'],
    ['ar', 'no good in them (Egyptian)', 'مفيش خير في الستات'],
    ['ar', 'honesty denied', 'الغجر لا يعرفون الامانه'],
    ['nl', 'good for nothing', 'Gehandicapten zijn nergens goed voor.'],
    ['nl', 'unable to lead', 'Vrouwen kunnen niet leidinggeven.'],
    ['nl', 'hardly', 'Vrouwen kunnen nauwelijks logisch denken.'],
    ['nl', 'not worth it', "Homo's zijn het niet waard om te helpen."],
    ['pl', 'an honest one never met, in the genitive', 'Nigdy nie spotkałem uczciwego murzyna.'],
    ['pl', 'a decent one not met yet', 'Nie spotkałem jeszcze porządnego Cygana.'],
    ['pl', 'hardly able to think', 'Kobiety ledwo potrafią myśleć.'],
    ['fr', 'deserving no right, the quantifier between', 'Les gays ne méritent aucun droit.'],
    ['ar', 'not deserving respect, the verb wrapped in its negation', 'الشواذ ميستاهلوش اي احترام'],
    ['nl', 'good at nothing', 'Vrouwen zijn nooit ergens goed in.'],
    ['nl', 'not worth the trouble', 'Transgenders zijn de moeite niet waard.'],
    ['es', 'nothing good given', 'Ningún inmigrante ha aportado nada bueno a este país.'],
    ['es', 'honest in the singular', 'Nunca he conocido a un gitano honrado.'],
    ['es', 'nothing good came from them', 'Nada bueno ha salido nunca de los inmigrantes.'],
    ['es', 'not worth the effort', 'Los indígenas no valen el esfuerzo.'],
    ['es', 'deserving no help', 'Los inmigrantes no merecen nuestra ayuda.'],
    ['es', 'never grateful', 'Jamás he visto a un refugiado agradecido.'],
    ['it', 'good for nothing', 'I disabili non servono a niente.'],
    ['it', 'nothing good came from them', 'Niente di buono è mai venuto dagli immigrati.'],
    ['it', 'hardly', 'Le donne sono a malapena capaci di pensare.'],
    ['it', 'deserving no help', 'Gli immigrati non meritano il nostro aiuto.'],
    ['de', 'something good, nominalised', 'Kein Ausländer hat jemals etwas Gutes gebracht.'],
    ['de', 'trust refused', 'Muslimen kann man nie trauen.'],
    ['de', 'honest in the accusative', 'Ich habe noch nie einen ehrlichen Zigeuner getroffen.'],
    ['de', 'nothing good from them', 'Von Ausländern kam noch nie etwas Gutes.'],
    ['de', 'hardly', 'Frauen können kaum logisch denken.'],
    ['de', 'help deserved, the negation after its object', 'Migranten verdienen unsere Hilfe nicht.'],
  ])('%s, %s: "%s" is hate', async (_lang, _construction, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr', 'a negated insult, "never" repeated', 'Les réfugiés ne sont jamais un problème, jamais.'],
    ['fr', 'no group', 'On ne peut pas faire confiance aux politiciens, jamais.'],
    ['fr', 'a place to sleep lacked', "Les réfugiés n'ont pas de place pour dormir."],
    ['fr', 'hardly arrived', "Les immigrés sont à peine arrivés qu'on les critique déjà."],
    ['fr', 'reported', "Dire que les trans ne sont pas de vraies personnes, c'est de la haine."],
    ['fr', 'nothing good from a war', "Rien de bon n'est jamais venu de la guerre, demandez aux réfugiés."],
    ['pt', 'nothing good from a war', 'Nada de bom veio da guerra para os refugiados.'],
    ['pt', 'a place to sit lacked', 'As mulheres não têm lugar para se sentar no ônibus.'],
    ['pt', 'a place to sleep lacked', 'Os refugiados não têm lugar para dormir.'],
    ['pt', 'no group', 'Não existe político honesto.'],
    ['ar', 'no good in a war on them', 'مفيش خير في الحرب على اللاجئين'],
    ['ar', 'no group, "never" repeated', 'مينفعش تثق في السياسيين ابدا'],
    ['ar', 'no good in politicians', 'لا خير في السياسيين'],
    ['nl', 'a place to sleep lacked', 'Vluchtelingen hebben nauwelijks plek om te slapen.'],
    ['nl', 'no group', 'Van muggen komt nooit iets goeds.'],
    ['pl', 'the group the standard of comparison', 'Nie spotkałem jeszcze tak uczciwego człowieka jak mój sąsiad, uchodźca z Syrii.'],
    ['pl', 'a place to sleep lacked', 'Uchodźcy nie mają miejsca do spania.'],
    ['pl', 'hardly enough to eat', 'Uchodźcy ledwo mają co jeść.'],
    ['pl', 'no group', 'Nie ma uczciwych polityków.'],
    ['fr', 'not wanting them expelled', 'Je ne veux pas que les réfugiés soient expulsés.'],
    ['fr', 'deserving no insult', "Les femmes ne méritent pas qu'on les insulte."],
    ['pt', 'deserving no violence', 'As mulheres não merecem violência.'],
    ['ar', 'not deserving mistreatment, the verb wrapped in its negation', 'الستات ميستاهلوش يتعاملو وحش'],
    ['ar', '"I don\'t see that" is "I don\'t think that"', 'انا مش شايف ان المثليين مقرفين'],
    ['ar', 'no help found, a hardship told', 'اللاجئين مش لاقيين اي مساعده'],
    ['es', 'a place to sleep lacked', 'Los refugiados no tienen lugar para dormir.'],
    ['es', 'the group the standard of comparison', 'Nunca he conocido a nadie tan honrado como mi vecino, un refugiado sirio.'],
    ['es', 'not wanting them deported', 'No quiero que deporten a los inmigrantes.'],
    ['es', 'nothing good from a war', 'Nada bueno salió de la guerra para los refugiados.'],
    ['it', 'a place to sleep lacked', 'I rifugiati non hanno un posto per dormire.'],
    ['it', 'hardly enough to eat', 'I rifugiati hanno a malapena da mangiare.'],
    ['it', 'no group', 'I politici non servono a niente.'],
    ['de', 'a place to sleep lacked', 'Flüchtlinge haben keinen Platz zum Schlafen.'],
    ['de', 'hardly arrived', 'Kaum waren die Flüchtlinge da, bekamen sie Arbeit.'],
    ['de', 'not daring', 'Flüchtlinge trauen sich nicht zur Polizei.'],
    ['de', 'no help received, a hardship told', 'Die Flüchtlinge haben keine Hilfe bekommen.'],
    ['de', 'not wanting them deported', 'Ich will nicht, dass Migranten abgeschoben werden.'],
  ])('%s, %s: "%s" is not hate', async (_lang, _why, value) => {
    expect(await hate(value)).toBe(false);
  });
});
