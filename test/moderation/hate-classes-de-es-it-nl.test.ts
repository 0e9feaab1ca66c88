import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Hate against protected groups in German, Spanish, Italian and Dutch, by class of word and construction
 * (hate-grammars.ts, detect-hate-multilingual.ts): each sentence is written for its class, none is a data
 * set's row. The innocent ones share the words: deaths reported, negations, "can't wait to" hugs,
 * counter-speech that names a threat to condemn it.
 */

describe('hate by class in de, es, it and nl', () => {
  it.each([
    // German: the verb last in a subordinate clause, the present for the future with its particle, modal and "man".
    ['de', 'verb-last passive', 'Ich glaube, dass alle Juden getötet werden sollten.'],
    ['de', 'separable verb, present for future', 'Ich bringe morgen alle Flüchtlinge um.'],
    ['de', 'separable verb, inverted', 'Den nächsten Schwarzen, den ich treffe, knalle ich ab.'],
    ['de', 'modal with man', 'Frauen sollte man verprügeln.'],
    ['de', '"belong in the gas"', 'Behinderte gehören ins Gas.'],
    ['de', 'contemptuous adjective', 'Muslime sind so unfassbar dämlich.'],
    ['de', 'disgust, object first', 'Mich ekeln Schwule einfach nur an.'],
    ['de', 'shut out', 'Flüchtlinge haben in Deutschland nichts verloren.'],
    ['de', 'not full human beings', 'Transmenschen sind keine vollwertigen Menschen.'],
    ['de', 'not wanted where one lives', 'Ich will keine Juden in meiner Nachbarschaft.'],
    // Spanish: a relative clause's negation, pronoun objects, the enclitic imperative, wished beatings.
    ['es', 'insult, then a relative clause with "no"', 'Los discapacitados son unos inútiles que no sirven para nada.'],
    ['es', 'pronoun object, present for future', 'Al próximo inmigrante que vea lo mato.'],
    ['es', 'enclitic imperative', 'Esos judíos no van a cambiar, eliminémoslos.'],
    ['es', 'wished beating', 'Los trans merecen que les peguen.'],
    ['es', 'vermin', 'Los inmigrantes son unas garrapatas y unos buitres.'],
    ['es', 'disgust felt', 'Los gays me producen asco.'],
    // Italian: pronoun objects, "can't wait to", one of them in the singular, sly and greedy, disgust idioms.
    ['it', 'pronoun object, present for future', 'Il prossimo immigrato che incontro lo ammazzo.'],
    ['it', '"non vedo l\'ora di"', "Non vedo l'ora di ammazzare qualche musulmano."],
    ['it', 'singular modal and participle', 'Ogni disabile dovrebbe essere eliminato.'],
    ['it', 'sly and greedy', 'Gli ebrei sono avari e subdoli.'],
    ['it', 'disgust idiom', 'Le donne mi stanno sulle palle.'],
    ['it', 'good for nothing', 'I disabili servono solo a sprecare soldi.'],
    ['es', 'dislike with an intensifier', 'Los musulmanes me caen fatal.'],
    ['it', 'hatred with an intensifier', 'Detesto davvero tanto i musulmani.'],
    ['nl', 'anger with an intensifier', 'Vluchtelingen maken me echt woedend.'],
    // Dutch: plural 's with a negation, te-infinitive, particle at the end, "geen kut waard", singular groups.
    ['nl', 'negated right after a plural in \'s', "Homo's zouden niet mogen trouwen."],
    ['nl', 'te-infinitive', 'Het beste zou zijn om alle moslims dood te schieten.'],
    ['nl', 'particle at the clause end', 'De volgende zwarte persoon die ik zie, maak ik af.'],
    ['nl', 'shut out', 'Immigranten hebben hier niets te zoeken.'],
    ['nl', 'worth nothing, swearing', 'De levens van vrouwen zijn geen kut waard.'],
    ['nl', 'singular group', 'Ik zal een homoseksuele vrouw vermoorden.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // Deaths reported are no call for them ("sterben", "morir", "da morire", "sterven").
    ['de', 'Flüchtlinge sterben jedes Jahr im Mittelmeer.'],
    ['es', 'Muchas mujeres pueden morir en el parto sin atención médica.'],
    ['it', 'Questo documentario sugli immigrati è noioso da morire.'],
    ['nl', 'Veel vluchtelingen sterven op zee.'],
    // Negations: denied harm, a thinking verb before its negation, "neither...nor", a negated call.
    ['de', 'Kein Jude verdient es zu sterben.'],
    ['de', 'Ich denke nicht, dass Frauen minderwertig sind.'],
    ['de', 'Behinderte sind weder dumm noch nutzlos.'],
    ['de', 'Ich werde niemals einen Schwulen umbringen.'],
    ['de', 'Flüchtlinge sind nicht weniger wert als wir.'],
    ['nl', "Homo's zijn niet walgelijk."],
    ['nl', 'Ik denk niet dat vrouwen dom zijn.'],
    ['it', "Non vedo l'ora di riabbracciare i miei amici immigrati."],
    // Counter-speech that names the threat or the insult to condemn it.
    ['de', 'Damit zu drohen, Muslime zu töten, ist eine Straftat.'],
    ['es', 'Amenazar con matar a los musulmanes es un delito.'],
    ['it', 'Chi vuole uccidere le persone trans è un mostro.'],
    ['nl', 'Wie transgenders wil vermoorden, is een monster.'],
    ['es', 'Deberías avergonzarte de querer deportar a los inmigrantes.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Classes added in session 5 (docs/history/quality-log.md), each in all four languages: sentences written for their
 * class, none a data set's row, with innocent ones that share the words.
 */
describe('hate by class in de, es, it and nl: session 5', () => {
  it.each([
    // Fed up with a group; nothing angers one as much; nothing worse.
    ['de', 'fed up', 'Ich habe die Nase voll von diesen Schwulen.'],
    ['es', 'fed up', 'Estoy harto de los gays.'],
    ['it', 'fed up', 'Sono stufo di questi gay.'],
    ['nl', 'fed up', "Ik ben die homo's spuugzat."],
    ['de', 'nothing angers me as much', 'Nichts macht mich so wütend wie Flüchtlinge.'],
    ['es', 'nothing angers me as much', 'Nada me cabrea tanto como los inmigrantes.'],
    ['it', 'nothing angers me as much', 'Niente mi fa arrabbiare come gli immigrati.'],
    ['nl', 'nothing angers me as much, "als" comparing', 'Niets maakt me zo boos als immigranten.'],
    ['de', 'nothing worse, "als" comparing', 'Es gibt nichts Schlimmeres als Frauen.'],
    // "No one is as ... as X" ranks X first.
    ['de', 'no one as dirty as', 'Niemand ist so dreckig wie Flüchtlinge.'],
    ['es', 'no one as dirty as', 'Nadie es tan sucio como los inmigrantes.'],
    ['it', 'no one as dirty as', 'Nessuno è così sporco come gli immigrati.'],
    ['nl', 'no one as dirty as', 'Niemand is zo smerig als immigranten.'],
    // A negative yes/no question asks the reader to agree.
    ['de', 'negative yes/no question', 'Sind Juden nicht einfach alle Ratten?'],
    ['es', 'negative yes/no question', '¿No son todos los judíos unas ratas?'],
    ['it', 'negative yes/no question', 'Gli ebrei non sono tutti dei ratti?'],
    ['nl', 'negative yes/no question', 'Zijn joden niet gewoon allemaal ratten?'],
    // A group, then a sentence opened by a pronoun or a plural verb.
    ['de', 'X? Die...', 'Frauen? Die gehören in die Küche.'],
    ['es', 'X? Deberían...', '¿Las mujeres? Deberían quedarse en la cocina.'],
    ['it', 'X? Dovrebbero...', 'Le donne? Dovrebbero stare in cucina.'],
    ['nl', 'X? Die...', 'Vrouwen? Die horen in de keuken.'],
    ['it', '"ci sono X", then "sono"', 'Ci sono immigrati ovunque. Sono una piaga.'],
    // Violence called fine.
    ['de', 'violence called fine', 'Frauen zu schlagen ist völlig in Ordnung.'],
    ['es', 'violence called fine', 'Pegar a las mujeres está bien.'],
    ['it', 'violence called fine', 'Picchiare le donne va benissimo.'],
    ['nl', 'violence called fine', 'Vrouwen slaan is prima.'],
    // Made to suffer, told they will die, watched suffering.
    ['de', 'made to suffer', 'Ich werde dafür sorgen, dass ihr Juden alle leidet.'],
    ['es', 'made to suffer', 'Me aseguraré de que todos los judíos sufran.'],
    ['it', 'made to suffer', 'Farò in modo che tutti gli ebrei soffrano.'],
    ['nl', 'made to suffer', 'Ik zal ervoor zorgen dat alle joden lijden.'],
    ['de', 'you will die', 'Ihr Flüchtlinge werdet bald alle sterben.'],
    ['es', 'you will die', 'Pronto moriréis todos, inmigrantes.'],
    ['it', 'you will die', 'Presto morirete tutti, immigrati.'],
    ['nl', 'you will die', 'Jullie immigranten gaan binnenkort allemaal dood.'],
    ['de', 'want to see them suffer', 'Ich will sehen, wie alle Frauen leiden.'],
    ['es', 'want to see them suffer', 'Quiero ver sufrir a todas las mujeres.'],
    ['it', 'want to see them suffer', 'Voglio vedere soffrire tutte le donne.'],
    ['nl', 'want to see them suffer', 'Ik wil alle vrouwen zien lijden.'],
    // Beaten, kicked, strangled, homes set on fire, hunted.
    ['de', 'beaten', 'Ich prügle jeden Schwarzen krankenhausreif.'],
    ['es', 'beaten', 'Voy a moler a palos a cada negro que vea.'],
    ['it', 'beaten', 'Picchierò a sangue ogni nero che vedo.'],
    ['nl', 'beaten', 'Ik sla elke zwarte persoon het ziekenhuis in.'],
    ['de', 'arson', 'Ich zünde die Häuser der Flüchtlinge an.'],
    ['es', 'arson', 'Prenderé fuego a las casas de los inmigrantes.'],
    ['it', 'arson', 'Darò fuoco alle case degli immigrati.'],
    ['nl', 'arson', 'Ik steek de huizen van immigranten in brand.'],
    ['it', 'hunted', 'Stanotte andrò a caccia di gay.'],
    ['nl', 'hunted', 'We gaan op moslims jagen tot er geen een meer over is.'],
    // Put down, death deserved.
    ['de', 'put down', 'Behinderte sollten alle eingeschläfert werden.'],
    ['es', 'put down', 'Habría que sacrificar a todos los discapacitados.'],
    ['de', 'death deserved', 'Schwule haben den Tod verdient.'],
    // Liking refused, the verb before its negation; honesty and worth denied.
    ['de', 'liking refused', 'Ich mag keine Frauen.'],
    ['nl', 'liking refused', 'Ik hou niet van vrouwen.'],
    ['de', 'no fan', 'Ich bin kein Fan von Muslimen.'],
    ['nl', 'no fan', 'Ik ben geen fan van moslims.'],
    ['de', 'respect refused after the object', 'Ich respektiere Juden nicht.'],
    ['de', 'liking refused after the object', 'Ich mag Flüchtlinge überhaupt nicht.'],
    ['nl', 'respect refused after the object', 'Ik respecteer joden niet.'],
    ['nl', 'liking refused after the object', 'Ik mag immigranten helemaal niet.'],
    ['de', 'never do anything right', 'Frauen können nie etwas richtig machen.'],
    ['es', 'never honest', 'Los gays nunca son honestos.'],
    ['it', 'never honest', 'I gay non sono mai onesti.'],
    ['nl', 'never honest', "Homo's zijn nooit eerlijk."],
    ['de', 'never worth as much', 'Behinderte werden nie so viel wert sein wie wir.'],
    ['it', 'never worth as much', 'I disabili non varranno mai quanto noi.'],
    // Swearing at a group, and the words that make a woman a whore.
    ['es', 'cursed', 'Malditos inmigrantes.'],
    ['nl', 'fuck', 'Fuck alle moslims.'],
    ['de', 'whore word', 'Du bist nichts als eine Nutte.'],
    ['es', 'whore word', 'No eres más que una zorra.'],
    ['it', 'whore word', 'Non sei altro che una zoccola.'],
    ['nl', 'whore word', 'Je bent gewoon een slet.'],
    // Opinion markers that hold a reporting verb are no report.
    ['de', '"ehrlich gesagt"', 'Ehrlich gesagt sind Schwarze einfach widerlich.'],
    ['nl', '"eerlijk gezegd"', 'Eerlijk gezegd zijn zwarte mensen walgelijk.'],
    ['es', '"se creen"', 'Los negros se creen especiales, pero son pura basura.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // Questions that ask for agreement with something good, "why" questions, a clause after the negation.
    ['de', 'Sind Flüchtlinge nicht auch Menschen?'],
    ['es', '¿No son los inmigrantes personas también?'],
    ['it', 'I migranti non sono forse esseri umani anche loro?'],
    ['nl', 'Zijn vluchtelingen niet ook gewoon mensen?'],
    ['de', 'Ist es nicht schlimm, wie Juden behandelt werden?'],
    ['es', '¿Por qué no hay más mujeres en el gobierno?'],
    // "As" opening a clause names the speaker's own group.
    ['de', 'Als Frau finde ich das Thema Gewalt sehr wichtig.'],
    ['es', 'Como mujer, me preocupa la violencia.'],
    ['it', 'Come donna, trovo questo tema importante.'],
    ['nl', 'Als vrouw vind ik dit belangrijk.'],
    // Fed up with what is done to a group; violence called wrong.
    ['de', 'Ich habe es satt, dass Muslime beleidigt werden.'],
    ['es', 'Estoy harto de que insulten a los gays.'],
    ['nl', "Ik ben het zat dat homo's worden uitgescholden."],
    ['de', 'Gewalt gegen Frauen ist nie in Ordnung.'],
    ['es', 'Pegar a las mujeres nunca está bien.'],
    ['nl', 'Geweld tegen vrouwen is nooit oké.'],
    // Worry about harm, a threat reported, counter-speech.
    ['de', 'Ich habe Angst, dass jemand Juden etwas antut.'],
    ['de', 'Die Drohung „Ich werde alle Muslime töten“ wurde angezeigt.'],
    ['es', 'Si dices que los inmigrantes son basura, el problema eres tú.'],
    ['it', 'Se dici che gli immigrati sono spazzatura, il problema sei tu.'],
    ['nl', 'Het is walgelijk om homo\'s dieren te noemen.'],
    // A negation after the object that denies less, or governs another clause.
    ['de', 'Ich respektiere Frauen nicht weniger als Männer.'],
    ['de', 'Ich mag Flüchtlinge, nicht ihre Gegner.'],
    ['nl', 'Ik waardeer vluchtelingen niet minder dan anderen.'],
    // "So far" is no "until": the negation after it stands.
    ['de', 'Flüchtlinge sind bis jetzt nicht kriminell gewesen.'],
    ['nl', 'Vluchtelingen zijn tot nu toe niet crimineel geweest.'],
    // Swearing that is no slur: an exclamation, a dog, a self-reproach.
    ['it', 'Porca troia, ho perso il treno!'],
    ['nl', 'Onze teef heeft gisteren puppy\'s gekregen.'],
    ['nl', 'God, ik ben echt een hoerenzoon geweest.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * Classes added in session 6 (docs/history/quality-log.md): good qualities a negation denies, slurs that are also
 * ordinary words counted only where aimed at someone, swearing under a negation, "nothing against X,
 * but", "no problem with X if they weren't", "why shouldn't we", violence called understandable. Written
 * for their class, none a data set's row.
 */
describe('hate by class in de, es, it and nl: session 6', () => {
  it.each([
    // A good quality denied.
    ['de', 'kindness denied', 'Muslime sind nicht freundlich.'],
    ['de', 'diligence denied', 'Flüchtlinge sind niemals fleißig.'],
    ['es', 'civility denied', 'Los inmigrantes nunca son educados.'],
    ['es', 'talent denied', 'Las mujeres no son competentes.'],
    ['it', 'civility denied', 'Gli immigrati non sono civili.'],
    ['it', 'courage denied', 'Le donne non sono mai coraggiose.'],
    ['nl', 'politeness denied', 'Moslims zijn nooit beleefd.'],
    ['nl', 'diligence denied', 'Vluchtelingen zijn niet hardwerkend.'],
    // A slur with an innocent sense, aimed at the one addressed or with contempt around it.
    ['es', 'addressed', 'Para mí eres solo una perra.'],
    ['es', 'contempt around a name', 'Lárgate, puto indio.'],
    ['es', 'noun with an article', 'Hoy me crucé con otro retrasado.'],
    ['it', 'addressed', 'Sei solo una cagna.'],
    ['it', 'contempt around a name', 'Ebreo di merda.'],
    ['nl', 'addressed', 'Jij bent echt een teef.'],
    ['nl', 'contempt around a name', 'Vuile jood.'],
    ['de', 'addressed', 'Du bist doch ein Spacko.'],
    ['de', 'contempt around a name', 'Verdammter Moslem.'],
    // Swearing that needs its negation; told to shut up.
    ['es', 'swearing under a negation', 'Las mujeres no saben una mierda de nada.'],
    ['it', 'swearing under a negation', 'A nessuno frega un cazzo degli immigrati.'],
    ['de', 'swearing under a negation', 'Niemand schert sich einen Scheiß um Flüchtlinge.'],
    ['nl', 'swearing under a negation', 'Vrouwen snappen er geen reet van.'],
    ['de', 'told to shut up', 'Frauen sollten einfach die Klappe halten.'],
    ['it', 'told to shut up', 'Le donne dovrebbero stare zitte.'],
    // "Nothing against X, but..."; "no problem with X if they weren't...".
    ['de', 'nothing against, but', 'Ich habe nichts gegen Frauen, aber sie sind einfach widerlich.'],
    ['es', 'nothing against, but', 'No tengo nada contra los gays, pero me dan asco.'],
    ['it', 'nothing against, but', 'Non ho niente contro i gay, ma sono proprio disgustosi.'],
    ['nl', 'nothing against, but', 'Ik heb niks tegen joden, maar ze zijn echt walgelijk.'],
    ['nl', 'no problem if they weren\'t', 'Ik zou geen probleem hebben met moslims als ze niet zulke klootzakken waren.'],
    ['es', 'no problem if they weren\'t', 'No tendría ningún problema con los inmigrantes si no fueran tan asquerosos.'],
    // A plural verb carries the group into the next sentence.
    ['es', 'plural verb next sentence', 'Algunas mujeres llegan a ministras. Para mí siguen siendo escoria.'],
    ['it', 'plural verb next sentence', 'Alcuni immigrati diventano medici. Per me restano feccia.'],
    // "Why shouldn't we...?" argues for the violence; violence called understandable; "how can anyone love X?".
    ['de', 'why not', 'Warum sollten wir Flüchtlinge nicht einfach erschießen?'],
    ['es', 'why not', '¿Por qué no deberíamos matar a todos los judíos?'],
    ['it', 'why not', 'Perché non dovremmo uccidere tutti gli ebrei?'],
    ['nl', 'why not', 'Waarom zouden we niet alle joden doden?'],
    ['de', 'violence understood', 'Es ist nur fair, wenn man Juden angreift.'],
    ['es', 'violence understood', 'Es comprensible que la gente ataque a los judíos.'],
    ['it', 'violence understood', 'È comprensibile che la gente attacchi i gay.'],
    ['nl', 'violence understood', "Het is begrijpelijk dat mensen homo's aanvallen."],
    ['de', 'how can anyone love', 'Wie kann man Schwule nur mögen?'],
    ['nl', 'how can anyone love', "Hoe kan iemand van homo's houden?"],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // The same words innocently: a dog, a jar, a late train, a drink, who someone is.
    ['es', 'Mi perra se llama Luna y le encanta correr.'],
    ['es', 'El tren llegó retrasado otra vez.'],
    ['es', 'Soy indio y estoy orgulloso de mis raíces.'],
    ['it', 'Al bar prendo sempre un marocchino e un cornetto.'],
    ['it', 'Sono ebreo e insegno storia.'],
    ['nl', 'Ik heb een pot koffie gezet.'],
    ['nl', 'Onze teef heeft vijf puppy\'s gekregen.'],
    ['de', 'Ich bin Jude und stolz darauf.'],
    ['de', 'Ich bewundere Behinderte wie dich.'],
    // A good quality affirmed, or its denial denied.
    ['es', 'Los inmigrantes son muy trabajadores.'],
    ['it', 'Gli immigrati sono gentili e civili.'],
    ['nl', 'Vluchtelingen zijn heel beleefd.'],
    ['de', 'Muslime sind freundlich und hilfsbereit.'],
    // Telling a group not to keep quiet; violence called wrong; why-questions that ask for protection.
    ['es', 'Las mujeres no deberían callarse nunca.'],
    ['de', 'Frauen sollten nicht schweigen.'],
    ['nl', 'Vrouwen moeten niet hun mond houden.'],
    ['es', 'No es normal que la gente ataque a los judíos.'],
    ['it', 'Non è normale che la gente attacchi i gay.'],
    ['nl', "Het is niet normaal dat mensen homo's aanvallen."],
    ['de', 'Warum werden Juden nicht besser geschützt?'],
    ['nl', "Waarom worden homo's niet beter beschermd tegen geweld?"],
    ['es', 'No tengo nada contra los gays.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('hate by class in de, es, it and nl: session 8, constructions', () => {
  it.each([
    // The world better off if they were dead; death wished on them; high time to be rid of them.
    ['de', 'world better if dead', 'Die Welt wäre ein besserer Ort, wenn alle Muslime tot wären.'],
    ['es', 'world better if dead', 'El mundo sería un lugar mejor si todos los musulmanes estuvieran muertos.'],
    ['it', 'world better if dead', 'Il mondo sarebbe un posto migliore se tutti i musulmani fossero morti.'],
    ['nl', 'world better if dead', 'De wereld zou een betere plek zijn als alle moslims dood waren.'],
    ['de', 'death wished', 'Ich wünschte, alle Transmenschen wären tot.'],
    ['es', 'death wished', 'Ojalá todos los inmigrantes se murieran.'],
    ['it', 'death wished', 'Spero che tutti gli ebrei muoiano.'],
    ['nl', 'death wished', 'Ik hoop dat alle vluchtelingen doodgaan.'],
    ['de', 'high time to be rid of them', 'Es ist höchste Zeit, die Flüchtlinge loszuwerden.'],
    ['es', 'high time to be rid of them', 'Ya es hora de acabar con los gitanos.'],
    ['it', 'the "andrebbero" passive', 'I musulmani andrebbero ammazzati tutti.'],
    // Rather dead than with one of them; "of course the thief was one"; one of them in charge a joke.
    ['de', 'rather dead than with one', 'Ich würde lieber sterben, als mit einer Muslima auszugehen.'],
    ['es', 'rather dead than with one', 'Preferiría morir antes que salir con una musulmana.'],
    ['it', 'rather dead than with one', 'Preferirei morire piuttosto che uscire con una musulmana.'],
    ['nl', 'rather dead than with one', 'Liever dood dan trouwen met een jood.'],
    ['de', 'of course the thief was one', 'Natürlich war der Dieb wieder ein Flüchtling.'],
    ['es', 'of course the thief was one', 'Claro, el ladrón tenía que ser un inmigrante.'],
    ['it', 'of course the thief was one', 'Ovviamente il ladro era un immigrato.'],
    ['nl', 'of course the thief was one', 'Natuurlijk was die dief een vluchteling.'],
    ['es', 'a joke in charge', 'Una mujer de jefa es un chiste.'],
    ['nl', 'a joke in charge', 'Een vrouw als baas is een grap.'],
    // Wanted or needed by no one, not welcome; trust refused with the verb before its negation.
    ['de', 'needed by no one', 'Transmenschen braucht kein Mensch.'],
    ['es', 'wanted by no one', 'Nadie quiere a los inmigrantes aquí.'],
    ['it', 'not welcome', 'I gay non sono graditi in questo paese.'],
    ['nl', 'not wanted', "Homo's zijn in dit land niet gewenst."],
    ['de', 'trust refused', 'Ich vertraue keinem Juden.'],
    ['es', 'trust refused', 'No confío en ningún judío.'],
    ['it', 'trust refused', 'Non mi fido di nessun ebreo.'],
    ['nl', 'trust refused', 'Vertrouw nooit een jood.'],
    // Questions: why they exist at all, why they are let live, how anyone takes them seriously.
    ['de', 'why they exist', 'Warum gibt es überhaupt Behinderte?'],
    ['es', 'why they are let live', '¿Por qué dejamos vivir a los judíos?'],
    ['it', 'taken seriously', 'Come si fa a prendere sul serio le donne?'],
    ['nl', 'why they are let live', 'Waarom laten we joden eigenlijk nog leven?'],
    // The call in the next sentence holds its object pronoun: separable imperatives, enclitics.
    ['de', 'separable imperative', 'Flüchtlinge werden sich nie ändern. Knallt sie ab.'],
    ['es', 'enclitic imperative', 'Los refugiados no van a cambiar. Matémoslos.'],
    ['it', 'enclitic infinitive', 'I gay sono ovunque. Bisogna rinchiuderli.'],
    ['nl', 'imperative with its pronoun', "Homo's zijn overal. Sluit ze op."],
    ['de', '"every single one"', 'Ich kenne viele Juden. Jeder einzelne ist ein Parasit.'],
    ['nl', '"het zijn"', 'Ik heb veel joden ontmoet. Het zijn allemaal parasieten.'],
    // Swearing before the noun ("una puta mujer"); denied children.
    ['es', 'swearing before the noun', 'Nunca confiaré en una puta mujer.'],
    ['de', 'children denied', 'Schwule sollten keine Kinder haben dürfen.'],
    ['it', 'children denied', 'I disabili non dovrebbero avere figli.'],
    // Caring even the slightest about them is baffling; "nothing better than"; "behoren" for "horen".
    ['es', 'caring the slightest', 'Me asombra que a alguien le importen en lo más mínimo los refugiados.'],
    ['it', 'caring the slightest', 'Mi stupisce che qualcuno si preoccupi minimamente degli immigrati.'],
    ['nl', 'caring the slightest', 'Ik snap niet dat mensen zich ook maar iets aantrekken van vluchtelingen.'],
    ['nl', '"niets beter dan"', 'Moslims zoals jij zijn niets beter dan kakkerlakken.'],
    ['nl', '"behoren" in a cage', 'Vrouwen behoren in een kooi.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    // Counter-speech: who called them what, heard it, the people who hate them.
    ['de', 'Mein Nachbar meinte, alle Flüchtlinge sollten abgeschoben werden. Ich finde das widerlich.'],
    ['es', 'Llamó ratas a los musulmanes, es intolerable.'],
    ['es', 'Es asqueroso que todavía haya gente que odie a los refugiados.'],
    ['it', 'Ha chiamato topi i musulmani, è inaccettabile.'],
    ['nl', 'Hij noemde moslims ratten, dat is onaanvaardbaar.'],
    ['nl', "Ik hoorde iemand zeggen dat homo's opgesloten moeten worden. Walgelijk."],
    // The same constructions said kindly or negated.
    ['de', 'Ich würde lieber sterben, als Muslime zu hassen.'],
    ['de', 'Ich vertraue meinen jüdischen Nachbarn.'],
    ['es', 'Los judíos son bienvenidos aquí.'],
    ['it', 'Gli ebrei sono i benvenuti qui.'],
    ['nl', 'Joden zijn hier welkom.'],
    ['de', 'Flüchtlinge sind Menschen wie du und ich.'],
    ['es', 'Espero que ningún refugiado muera en el mar.'],
    ['nl', 'Ik hoop dat vluchtelingen veilig aankomen.'],
    ['it', 'Spero che gli immigrati trovino lavoro presto.'],
    ['de', 'Natürlich war die beste Schülerin eine Muslima.'],
    ['es', 'No me importa en lo más mínimo si mi vecino es gay.'],
    ['it', 'Non mi interessa minimamente se il mio collega è musulmano.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * A short line franc takes for another language ("Ik haat moslims." reads as Turkish, "As mulheres são
 * mentirosas" as English) is read by the grammar whose group word no other language spells (session 14).
 */
describe('a short line is read by the language its group word is only in', () => {
  it.each([
    ['nl', 'Ik haat moslims'],
    ['pt', 'As mulheres são mentirosas'],
    ['pt', 'Odeio mulheres'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['nl', 'Ik hou van moslims'],
    ['nl', 'Moslims zijn mijn buren.'],
    ['pt', 'As mulheres são incríveis'],
    ['en', 'I visited the Joods Museum in Amsterdam.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/**
 * A line franc takes for another language that its grammar finds plausible ("Vou matar uns gays hoje à noite."
 * reads as French, "à" being French too) is read by the grammar of a language two words of its own name
 * ("vou", "uns"), when its group word is shared ("gays"): session 16.
 */
describe('a line is read by the language two of its own words name', () => {
  it('pt: "Vou matar uns gays hoje à noite." is hate', async () => {
    expect(await hate('Vou matar uns gays hoje à noite.')).toBe(true);
  });

  it.each(['Vou levar uns gays amigos ao cinema hoje à noite.', 'Les trans sont bienvenus ici, et nous les soutenons.'])('"%s" is not hate', async (value) => {
    expect(await hate(value)).toBe(false);
  });
});
