import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate without a slur, by class (session 32): a group owned as property, a danger to children, no more of them wanted where
 * the speaker lives, a place better or cleaner without them, bred like vermin; in English also praise denied (never real
 * men or women, never to be trusted, not capable, never equal, never met one who was not a thief) and violence or greed
 * said of a whole group. From our own sentences, no eval row. Innocent twins: the same frames about pigeons, parking lots,
 * traffic, smog, tobacco; a claim denied as a whole ("it is not true that X can't be trusted"); a comparison to vermin
 * named as racism; praise ("never met one who wasn't kind"); members speaking of their own group.
 */

describe('hate without a slur read by class (session 32)', () => {
  it.each([
    ['en: bred like vermin', 'Refugees breed like rats in every city they reach.'],
    ['en: kept in pens', 'Immigrants should be kept in pens at the border like cattle.'],
    ['en: cleaner without', 'The world would be a cleaner place without Muslims in it.'],
    ['en: safer without', 'Our street would be so much safer without all the immigrants.'],
    ['en: no more needed', "We don't need any more Jews in this town."],
    ['en: property', 'Women are the property of their husbands, nothing more.'],
    ['en: a threat to kids', 'Lesbians are a threat to our kids.'],
    ['en: never real', 'Women can never be real engineers.'],
    ['en: not real men', 'Gay men are not real men.'],
    ['en: never equal', 'Black people will never be equal to us.'],
    ['en: never trusted', 'No Muslim can be trusted with a passport.'],
    ['en: not capable', "Immigrants aren't capable of honest work."],
    ['en: never met one who was not', "I've never met a Muslim who wasn't a liar."],
    ['en: violent', 'Muslims are violent by nature.'],
    ['en: greedy', 'Jews are greedy.'],
    ['de: property', 'Frauen sind Eigentum ihrer Männer.'],
    ['de: no more here', 'Wir brauchen hier keine Juden mehr.'],
    ['de: cleaner without', 'Ohne Muslime wäre Deutschland viel sauberer.'],
    ['es: property', 'Las mujeres son propiedad del marido.'],
    ['es: no more here', 'No necesitamos más gitanos en este barrio.'],
    ['es: a danger to children', 'Los gays son un peligro para los niños.'],
    ['fr: belonging to the husband', 'Les femmes appartiennent à leur mari.'],
    ['fr: quieter without', 'Mon quartier serait plus tranquille sans les Arabes.'],
    ['fr: no more here', "On n'a pas besoin de plus de Roms ici."],
    ['fr: a danger to children', 'Les gays sont un danger pour les enfants.'],
    ['it: property', 'Le donne sono proprietà del marito.'],
    ['it: no more here', 'Non abbiamo bisogno di altri zingari qui.'],
    ['it: a danger to children', 'Le lesbiche sono un pericolo per i nostri figli.'],
    ['it: none trustworthy', 'Nessun musulmano è affidabile.'],
    ['nl: property', 'Vrouwen zijn het bezit van hun man.'],
    ['nl: no more needed', 'We hebben hier geen buitenlanders meer nodig.'],
    ['pl: property', 'Kobiety są własnością mężów.'],
    ['pl: cleaner without', 'Polska byłaby czystsza bez muzułmanów.'],
    ['pl: no more wanted', 'Nie chcemy więcej uchodźców w Polsce.'],
    ['pl: a danger to children', 'Geje są zagrożeniem dla dzieci.'],
    ['pl: never good leaders', 'Kobiety nigdy nie będą dobrymi liderkami.'],
    ['pt: property', 'As mulheres são propriedade do marido.'],
    ['pt: a danger to children', 'Os gays são um perigo para as crianças.'],
    ['ar: cleaner without', 'البلد ستكون أنظف بدون اليهود.'],
    ['ar: no more needed', 'لا نحتاج المزيد من الأجانب هنا.'],
    ['ar: property', 'النساء ملك لأزواجهن.'],
    ['ar: never leaders', 'النساء لن يكن قائدات جيدات أبدا.'],
    ['zh: property', '女人是丈夫的财产。'],
    ['zh: a threat to children', '同性恋对孩子是个威胁。'],
    ['hi: like rats', 'शरणार्थी चूहों की तरह बढ़ते जा रहे हैं।'],
    ['hi: property', 'औरतें पति की जायदाद हैं।'],
    ['hi: never trusted', 'किसी मुसलमान पर भरोसा नहीं किया जा सकता।'],
    ['hi: violent', 'मुसलमान हिंसक होते हैं।'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['en: pigeons', 'Pigeons breed like rats in every city they reach.'],
    ['en: without potholes', 'My neighbourhood would be so much safer without all the potholes.'],
    ['en: parking lots', "We don't need any more parking lots in this town."],
    ['en: a lie', 'It is a lie that immigrants are lazy.'],
    ['en: a myth', "It's a myth that Arabs are violent."],
    ['en: praise', "I've never met a Muslim who wasn't kind to me."],
    ['en: a nurse', "I have never met a nurse who wasn't exhausted after a night shift."],
    ['en: not a real danger', "Refugees aren't a real danger, the data shows it."],
    ['en: ourselves', 'We refugees are tired after the long journey.'],
    ['de: parking', 'Wir brauchen hier keine Parkplätze mehr.'],
    ['de: no more fear', 'Wir brauchen keine Angst vor Flüchtlingen mehr zu haben.'],
    ['de: not true', 'Es stimmt nicht, dass man Muslimen nicht vertrauen kann.'],
    ['de: whoever compares', 'Wer Muslime mit Ungeziefer vergleicht, hetzt.'],
    ['es: no more bars', 'No necesitamos más bares en este barrio.'],
    ['es: battered women', 'No queremos más mujeres maltratadas.'],
    ['es: tobacco', 'El tabaco es un peligro para los niños.'],
    ['es: not true', 'No es verdad que los musulmanes no sean de fiar.'],
    ['fr: roadworks', 'Mon quartier serait plus tranquille sans les travaux.'],
    ['fr: no more excuses', "On n'a pas besoin d'autres excuses ici."],
    ['it: building sites', 'Non vogliamo altri cantieri in questo quartiere.'],
    ['it: not true', 'Non è vero che i musulmani non sono affidabili.'],
    ['nl: plastic', 'We willen hier geen wegwerpplastic meer.'],
    ['nl: not true', 'Het is niet waar dat moslims niet te vertrouwen zijn.'],
    ['nl: comparing', 'Moslims vergelijken met ongedierte is racisme.'],
    ['pl: smog', 'Smog jest zagrożeniem dla dzieci.'],
    ['pl: traffic jams', 'Nie chcemy więcej korków w Polsce.'],
    ['pl: comparing', 'Porównywanie Cyganów do zwierząt to rasizm.'],
    ['pt: sugar', 'O açúcar é uma ameaça para as crianças.'],
    ['ar: traffic', 'الحي احسن بدون زحمة.'],
    ['ar: not true', 'ليس صحيحا أن اليهود لا يمكن الوثوق بهم.'],
    ['ar: a lie', 'من الكذب أن الأجانب كسالى.'],
    ['zh: smoking', '吸烟对孩子构成威胁。'],
    ['hi: pigeons', 'कबूतर चूहों की तरह बढ़ते जा रहे हैं।'],
    ['hi: not true', 'यह सच नहीं है कि मुसलमानों पर भरोसा नहीं किया जा सकता।'],
    ['hi: one man', 'वह आदमी बहुत हिंसक है।'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});
