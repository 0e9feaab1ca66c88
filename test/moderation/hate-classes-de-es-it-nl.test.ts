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
