import { describe, expect, it } from 'vitest';
import { isHate as hate } from './docs.js';

/**
 * Session 14's vocabulary, completed by class in es, pt, fr, de, it, nl and pl (hate-grammars.ts): contemptuous
 * attributes in the gender and number forms the lists lacked, dehumanising nouns, and felt disgust. Each sentence
 * is written for its class, none is a data set's row; the innocent ones use the same words negated or condemned.
 */
describe('hate vocabulary by class: session 14', () => {
  it.each([
    ['es', 'lying and lazy, feminine', 'Las refugiadas son unas embusteras y unas holgazanas.'],
    ['es', 'filthy', 'Los gitanos son unos cochinos mugrosos.'],
    ['es', 'dead weight', 'Los inmigrantes son peso muerto para este país.'],
    ['es', 'a grudge held', 'A los gays les tengo manía desde siempre.'],
    ['pt', 'dim and foul-smelling, feminine', 'As refugiadas são tolas e malcheirosas.'],
    ['pt', 'mistakes of nature', 'Os gays são erros da natureza, todos eles.'],
    ['pt', 'disgust, pronoun after the verb', 'Os imigrantes enojam-me profundamente.'],
    ['fr', 'petty and brainless, feminine', 'Les musulmanes sont mesquines et écervelées.'],
    ['fr', 'vermin', 'Les réfugiés sont des cancrelats et des asticots.'],
    ['de', 'work-shy', 'Flüchtlinge sind stinkfaul und arbeitsscheu.'],
    ['de', 'pests', 'Muslime sind Schmeißfliegen und Plagegeister.'],
    ['de', 'repelling, separable verb', 'Juden stoßen mich einfach ab.'],
    ['it', 'lying and idle, feminine', 'Le donne sono bugiarde e sfaticate.'],
    ['it', 'subhumans', 'Gli immigrati sono sottouomini, tutti quanti.'],
    ['it', 'turning the stomach', 'I gay mi fanno venire il voltastomaco.'],
    ['nl', 'thick and thieving', 'Moslims zijn oliedom en diefachtig.'],
    ['nl', 'pests', 'Vluchtelingen zijn plaagdieren, allemaal.'],
    ['nl', 'repelling, particle at the end', "Homo's stoten me echt af."],
    ['pl', 'lice-ridden and hideous, feminine', 'Imigrantki są zawszone i szkaradne.'],
    ['pl', 'nits and reptiles', 'Wszyscy ci geje to gnidy i gady.'],
    ['pl', 'filling one with disgust', 'Muzułmanie napawają mnie wstrętem.'],
  ])('%s (%s): "%s" is hate', async (_lang, _class, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['es', 'Las refugiadas no son embusteras ni holgazanas.'],
    ['es', 'Llamar cochinos a los gitanos es puro racismo.'],
    ['pt', 'As refugiadas não são tolas nem malcheirosas.'],
    ['pt', 'Chamar os gays de erros da natureza é homofobia.'],
    ['fr', 'Les musulmanes ne sont pas mesquines.'],
    ['fr', "Traiter les réfugiés de cancrelats, c'est du racisme."],
    ['de', 'Flüchtlinge sind nicht arbeitsscheu.'],
    ['de', 'Wer Muslime Schmeißfliegen nennt, ist ein Rassist.'],
    ['it', 'Le donne non sono bugiarde.'],
    ['it', 'Chi chiama gli immigrati sottouomini è razzista.'],
    ['nl', 'Moslims zijn niet diefachtig.'],
    ['nl', 'Vluchtelingen plaagdieren noemen is racistisch.'],
    ['pl', 'Imigrantki nie są zawszone.'],
    ['pl', 'Nazywanie gejów gnidami to homofobia.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});

/** The emphatic negations ("keineswegs", "affatto", "geenszins"): a good thing they deny is hate, a contempt word they deny is not. */
describe('emphatic negations: session 14', () => {
  it.each([
    ['de', 'Juden sind keineswegs klug.'],
    ['nl', 'Moslims zijn geenszins slim.'],
    ['de', 'Frauen sind keinesfalls fähig.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['de', 'Juden sind keineswegs dumm.'],
    ['nl', 'Moslims zijn geenszins dom.'],
  ])('%s: "%s" is not hate', async (_lang, value) => {
    expect(await hate(value)).toBe(false);
  });
});
