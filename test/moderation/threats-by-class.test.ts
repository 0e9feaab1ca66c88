import { describe, expect, it } from 'vitest';
import { isHate as hate, rules } from './docs.js';

/**
 * Threats and calls for violence by class of act and form (session 14: hate-grammars.ts's violence role,
 * detect-threats-multilingual.ts): running over, bombing, beheading, strangling, drowning, bones broken,
 * a bullet in the head, hunting, executions, in the first-person future, the imperative plural, "someone
 * should", "should be" with its participle. Each sentence is written for its class, none is a data set's
 * row. The innocent ones share the words: news of deaths, "drown you in kisses", "invest", reality's camps,
 * a hunt's victims, negations and condemnations.
 */

/** Whether the rules, multilingual ones on, read a threat or a call for violence (against anyone). */
async function threatens(value: string): Promise<boolean> {
  const { reasons } = await rules(value, { policy: { multilingual: true } });
  return reasons.some((r) => r.category === 'harassment/threatening' || r.category === 'violence' || r.category === 'hate/threatening');
}

describe('calls for violence against a group, by class', () => {
  it.each([
    ['es', 'running over, "I\'m going to"', 'Voy a atropellar a todos los inmigrantes que vea.'],
    ['es', 'stoning, "should be" + participle', 'Las lesbianas deberían ser apedreadas.'],
    ['es', 'vosotros imperative with its object', 'Matad a todos los inmigrantes.'],
    ['es', 'thrown into the sea', 'A los inmigrantes hay que tirarlos al mar.'],
    ['pt', 'gassing, "deserve to be"', 'Os judeus merecem ser gaseados.'],
    ['pt', '"someone should" stab', 'Alguém devia esfaquear esses muçulmanos.'],
    ['pt', 'running over, first-person future', 'Atropelarei os judeus com meu carro.'],
    ['fr', '"someone should" stab', "Quelqu'un devrait poignarder ces musulmans."],
    ['fr', 'beheading, imperative plural', 'Décapitons les homosexuels.'],
    ['fr', 'bones broken', 'Je vais casser les jambes de chaque gitan que je croise.'],
    ['de', 'running over, long object', 'Ich werde alle Ausländer überfahren, die ich sehe.'],
    ['de', 'bones broken, present for future', 'Ich breche jedem Zigeuner die Beine.'],
    ['de', 'drowning, object first and verb second', 'Die Flüchtlinge ertränke ich alle.'],
    ['de', '"belong beaten"', 'Frauen gehören geschlagen.'],
    ['de', '"only a dead X is a good X"', 'Nur ein toter Flüchtling ist ein guter Flüchtling.'],
    ['it', '"someone should" stab', 'Qualcuno dovrebbe accoltellare questi musulmani.'],
    ['it', 'bones broken, future', 'Spezzerò le gambe a ogni zingaro che vedo.'],
    ['it', 'drowning, pronoun object', 'I profughi li affogo tutti.'],
    ['it', 'running over, with the car', 'Investirò i musulmani con la macchina.'],
    ['it', '"the only good X is a dead X"', "L'unico immigrato buono è un immigrato morto."],
    ['nl', 'running over', 'Ik ga de moslims overrijden.'],
    ['nl', 'beaten to death, "deserve to be"', 'Buitenlanders verdienen het om doodgeslagen te worden.'],
    ['nl', 'beaten, "must be"', 'Vrouwen moeten geslagen worden.'],
    ['nl', '"only a dead X is a good X"', 'Alleen een dode vluchteling is een goede vluchteling.'],
    ['pl', 'bombing, first-person future', 'Zbombardujemy meczet muzułmanów.'],
    ['pl', 'bones broken', 'Połamię nogi każdemu Cyganowi, którego zobaczę.'],
    ['pl', 'kicked out of the country', 'Trzeba wykopać imigrantów z kraju.'],
    ['hi', 'beheading, "let\'s"', 'chalo in samlaingikon ka sar kaat dein.'],
    ['hi', '"the time has come to"', 'ab waqt aa gaya hai in hijron ko khatam karne ka.'],
    ['hi', 'hunted, future', 'hum musalmanon ka shikar karenge.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['es', 'Los medios informan de que dos gitanos fueron atropellados ayer.'],
    ['es', 'Echaremos de menos a los inmigrantes que se fueron.'],
    ['es', 'Nunca atropellaría a un inmigrante.'],
    ['es', 'Quien dice que hay que tirar a los inmigrantes al mar es un criminal.'],
    ['pt', 'As mulheres foram atropeladas na avenida, diz a polícia.'],
    ['fr', 'Enterrons la hache de guerre avec nos voisins musulmans.'],
    ['de', 'Die Frauen aus dem Verein stellen ihre Bilder an die Wand.'],
    ['de', 'Laut Polizei sind drei Flüchtlinge ertrunken.'],
    ['it', 'Investirò i miei risparmi in un progetto per gli immigrati.'],
    ['it', 'Sono state uccise le donne del villaggio, riferisce la polizia.'],
    ['nl', 'Ik sterf van nieuwsgierigheid naar de vrouwen van de club.'],
    ['nl', 'De vluchtelingen wonen al jaren in kampen.'],
    ['hi', 'teen sharnarthi hinsa ke shikar hue.'],
    ['hi', 'chalo hijron ke liye diya jala dein.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('threats against a person, by class', () => {
  it.each([
    ['es', 'a bullet in the head', 'Te voy a meter una bala en la cabeza.'],
    ['es', 'a cut throat, present for future', 'Te rajo el cuello como vuelvas.'],
    ['pt', 'strangling', 'Vou te estrangular.'],
    ['de', 'a bullet in the head', 'Ich jag dir eine Kugel in den Kopf.'],
    ['it', 'a bullet in the head', 'Ti pianto una pallottola in testa.'],
    ['nl', 'a bullet through the head', 'Ik jaag een kogel door je kop.'],
    ['nl', '"you won\'t see me coming"', 'Je zult me niet zien aankomen.'],
    ['pl', 'a bullet in the head', 'Wpakuję ci kulkę w łeb.'],
  ])('%s (%s): "%s" is a threat', async (_lang, _class, value) => {
    expect(await threatens(value)).toBe(true);
  });

  it.each([
    ['es', 'Te voy a ahogar a besos cuando llegues.'],
    ['pt', 'Vou te afogar em beijos quando chegar.'],
    ['pl', 'Utopię cię w pocałunkach.'],
    ['it', 'Ti investo di questo compito.'],
    ['de', 'Hals- und Beinbruch für die Prüfung!'],
    ['nl', 'Breek een been vanavond!'],
  ])('%s: "%s" is no threat', async (_lang, value) => {
    expect(await threatens(value)).toBe(false);
  });
});

/**
 * A threat whose act is coordinated with another the speaker will do first ("I'm going to find you and kill
 * you"): the future and the person are said once, before the first verb (session 16). The same frame with a
 * kind act stays innocent.
 */
describe('threats after a first act, "find you and kill you"', () => {
  it.each([
    ['en', "I'm going to find you and kill you."],
    ['en', "I'm gonna come to your house and stab you."],
    ['es', 'Voy a encontrarte y matarte.'],
    ['es', 'Te voy a encontrar y matar.'],
    ['pt', 'Vou te encontrar e te matar.'],
    ['fr', 'Je vais te retrouver et te buter.'],
    ['fr', 'Je vais te retrouver et te faire la peau.'],
    ['fr', 'Je vais te trouver et te casser la gueule.'],
    ['de', 'Ich werde dich finden und dich umbringen.'],
    ['nl', 'Ik ga je vinden en je vermoorden.'],
    ['pl', 'Znajdę cię i zabiję.'],
  ])('%s: "%s" is a threat', async (_lang, value) => {
    expect(await threatens(value)).toBe(true);
  });

  it.each([
    ['en', "I'm going to find you and hug you."],
    ['en', "I'm going to cook dinner and kill time."],
    ['es', 'Voy a buscarte y llevarte a cenar.'],
    ['pt', 'Vou te buscar e te levar ao cinema.'],
    ['fr', "Je vais te chercher et t'emmener au cinéma."],
    ['fr', 'Je vais te retrouver et te faire la fête pour ton anniversaire.'],
    ['de', 'Ich werde dich abholen und dich nach Hause bringen.'],
    ['nl', 'Ik ga je ophalen en je naar huis brengen.'],
    ['pl', 'Znajdę cię i zaproszę na kawę.'],
  ])('%s: "%s" is no threat', async (_lang, value) => {
    expect(await threatens(value)).toBe(false);
  });
});

/**
 * Session 17, Arabic: the sworn first person of an oath ("والله لأقتلك", I swear I will kill you) threatens; the
 * first person of slaughter is a butcher's or a household's at Eid when what follows is the beast, and killing
 * time is passing it.
 */
describe('Arabic: the oath threatens, the sacrifice does not', () => {
  it.each([
    'والله لأقتلك لو شفتك تاني.',
    'والله لأذبحك يا واطي.',
    'راح أذبح أهلك.',
  ])('"%s" is a threat', async (value) => {
    expect(await threatens(value)).toBe(true);
  });

  it.each([
    'جزار، أذبح الخرفان في العيد.',
    'كل سنة أذبح الأضحية بنفسي.',
    'أقتل الوقت بالقراءة والرسم.',
    'حكموا عليه بالسجن لقتله زوجته.',
  ])('"%s" is no threat', async (value) => {
    expect(await threatens(value)).toBe(false);
  });
});

/**
 * Session 17: a bomb or fire for a building where people gather, in the first-person future, in every language
 * the probe read; the innocent share the words: demolition and mining, deep-frying (炸), a temper, failing a test.
 */
describe('a bomb for a building', () => {
  it.each([
    ['en', "I'm going to bomb the mosque on Friday."],
    ['en', 'We will blow up your school tomorrow.'],
    ['ru', 'Завтра я взорву вашу школу.'],
    ['ru', 'Если ещё раз напишешь, я тебе голову оторву.'],
    ['ar', 'سأفجر المسجد يوم الجمعة.'],
    ['zh', '明天我去炸了你们学校。'],
    ['ja', '学校に爆弾を仕掛けた。'],
    ['hi', 'Kal tere school mein bomb phodunga.'],
    ['tr', 'Okulu yarın havaya uçuracağım.'],
  ])('%s: "%s" is a threat', async (_lang, value) => {
    expect(await threatens(value)).toBe(true);
  });

  it.each([
    ['en', "I'm gonna bomb the test tomorrow, wish me luck."],
    ['ru', 'Взрывной характер, но отходчивый.'],
    ['ar', 'مهندس متفجرات في شركة تعدين.'],
    ['zh', '我在家炸了一锅薯条。'],
    ['ja', '爆破解体の技術者です。'],
    ['tr', 'Maden şirketinde patlatma mühendisiyim.'],
  ])('%s: "%s" is no threat', async (_lang, value) => {
    expect(await threatens(value)).toBe(false);
  });
});

/**
 * Session 18: abduction in Hindi, "lifting" the one addressed or their kin in the intimate "tu" (utha lunga, had
 * lifted: uthwa lunga, lifted and taken away: utha ke le jaunga), in Devanagari and in Latin letters, a place or a
 * time between. The innocent share the verb: picking up a child, an order or a parcel, waking someone (utha dunga),
 * lifting weights, taking up a responsibility or a question, a phone.
 */
describe('Hindi: lifting the one addressed or their kin', () => {
  it.each([
    'तुझे उठा लूंगा',
    'तेरी बहन को उठा लेंगे',
    'तेरी बेटी को स्कूल से उठवा लूँगा',
    'रात को घर से उठा ले जाएंगे तुझे',
    'teri behen ko utha lenge',
    'Tujhe raat ko ghar se utha lenge',
    'utha ke le jaunga teri bahan ko',
    'teri biwi ko uthwa lunga',
  ])('"%s" is a threat', async (value) => {
    expect(await threatens(value)).toBe(true);
  });

  it.each([
    'बच्चों को स्कूल से उठा लूंगा, चिंता मत करो',
    'ऑर्डर दुकान से उठा लूँगा',
    'main bachchon ko school se utha lunga',
    'main phone utha lunga, tujhe bata dunga',
    'tujhe kal subah 6 baje utha dunga',
    'मैं अपनी माँ को स्टेशन से उठा लूँगा',
    'tumhari beti ko school se utha lungi, tension mat lo',
    'Tu gir jaaye to tujhe god mein utha lunga',
    'मैं जिम में 100 किलो उठा लेता हूँ',
    'main zimmedari utha lunga',
  ])('"%s" is no threat', async (value) => {
    expect(await threatens(value)).toBe(false);
  });
});

describe('"I know where you live" asked and answered at once', () => {
  const threatScore = async (value: string) =>
    Math.max(0, ...(await rules(value, { policy: { multilingual: true } })).reasons.filter((r) => r.category === 'harassment/threatening').map((r) => r.score));
  it.each([
    ['fr', 'Je sais où tu habites? Non, mais je livre partout à Lyon !'],
    ['de', 'Ich weiß, wo du wohnst? Nein, aber ich liefere überall in Berlin.'],
    ['es', '¿Sé dónde vives? No, pero reparto en toda Sevilla.'],
    ['pt', 'Sei onde você mora? Não, mas entrego em toda a cidade.'],
  ])('%s: a courier\'s joke answered "no" is no threat: %s', async (_lang, value) => {
    expect(await threatScore(value)).toBeLessThan(0.5);
  });
  it.each([
    ['fr', 'Je sais où tu habites. Fais gaffe à toi.'],
    ['de', 'Ich weiß, wo du wohnst, Markus. Pass auf dich auf.'],
    ['fr', 'Je sais où tu habites ? Oui. Et je viendrai te voir cette nuit.'],
  ])('%s: said, or answered "yes", it threatens: %s', async (_lang, value) => {
    expect(await threatScore(value)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('"I know where you live" said of the neighbourhood', () => {
  it.each([
    ['es', 'Sé dónde vives si eres de mi barrio: reparto pan a domicilio cada mañana.'],
    ['fr', 'Je sais où tu habites si tu habites dans mon quartier, je suis le facteur !'],
    ['de', 'Ich weiß, wo du wohnst, wenn du aus meinem Viertel bist: ich liefere Brot.'],
    ['it', 'So dove abiti se sei del mio quartiere: consegno il pane ogni mattina.'],
    ['pt', 'Sei onde você mora se for do meu bairro: entrego pão todas as manhãs.'],
    ['nl', 'Ik weet waar je woont als je uit mijn buurt komt: ik bezorg brood.'],
  ])('%s: a courier who knows the area makes no threat: %s', async (_lang, value) => {
    expect(await threatens(value)).toBe(false);
  });
  it.each([
    ['es', 'Sé dónde vives si vuelves por mi barrio, te vas a enterar.'],
    ['fr', 'Je sais où tu habites si tu continues à parler de moi.'],
    ['de', 'Ich weiß, wo du wohnst, wenn du noch einmal über mich redest.'],
    ['it', 'So dove abiti se continui a parlare di me.'],
    ['pt', 'Eu sei onde você mora se continuar falando de mim.'],
    ['nl', 'Ik weet waar je woont als je nog één keer over me praat.'],
  ])('%s: a condition on what the one addressed does still threatens: %s', async (_lang, value) => {
    expect(await threatens(value)).toBe(true);
  });
});
