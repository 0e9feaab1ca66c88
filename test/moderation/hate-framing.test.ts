import { describe, expect, it } from 'vitest';
import { reason, rules } from './docs.js';

/**
 * What a sentence's grammar makes of a protected group named beside something said of it, in the
 * members' languages (detect-hate-multilingual.ts): a good thing denied, negations that affirm ("nothing
 * but", "without a doubt", "if they were not"), negations that stop at a clause a complementizer opens,
 * and the forms calls for violence take. Sentences written for these tests, not taken from any eval set.
 */
const ON = { policy: { multilingual: true } };
const flagged = async (value: string) => (await rules(value, ON)).flagged;

describe('hate against a group, read from the grammar of its sentence', () => {
  it.each([
    // A good thing denied: ability, worth, respect, a life, a place, being human.
    ['es', 'Los gitanos nunca serán tan capaces como nosotros.'],
    ['de', 'Wir sollten keinen Flüchtling hier leben lassen.'],
    ['it', 'I rifugiati non meritano alcun rispetto.'],
    ['pl', 'Żydzi nie zasługują na szacunek.'],
    ['hi', 'ye pravasi kabhi samajhdar nahi ho sakte'],
    ['zh', '难民永远不会像我们一样聪明。'],
    ['ar', 'اللاجئين دول مش بشر'],
    // Negations that affirm: "nothing but", "without a doubt", "if they were not".
    ['es', 'Los refugiados no son más que parásitos.'],
    ['fr', 'Ces migrants ne sont que des parasites.'],
    ['de', 'Flüchtlinge sind nichts als Schmarotzer.'],
    ['fr', 'Sans aucun doute, les handicapés sont un fardeau.'],
    ['pt', 'Eu até gostaria dos ciganos se não fossem tão imundos.'],
    // The empty negation of an "until" clause leaves the threat before it standing.
    ['it', 'Bruceremo le case dei rifugiati finché non se ne andranno.'],
    // A negation stops at "that": what follows is presupposed, not denied.
    ['de', 'Sieht denn niemand, dass Muslime widerlich sind?'],
    // Across sentences, the earlier sentence's negation does not frame the later one.
    ['es', 'No entiendo a quien defiende a los gitanos. Ellos son una plaga.'],
    // Calls for violence in the forms they take: verb-final Dutch, "better without", first person plural.
    ['nl', 'Die asielzoekers moeten allemaal worden opgehangen.'],
    ['fr', 'La France serait mieux sans les musulmans.'],
    ['pl', 'Po prostu wytępmy tych imigrantów.'],
    // A call that holds the group as its object, the group inside what is said.
    ['es', 'Voy a destruir a esos gitanos.'],
    ['de', 'Ich will alle Juden tot sehen.'],
    // Contempt beside a noun that stands for the group, or before the group's own name.
    ['es', 'Gente asquerosa como los gitanos.'],
    ['de', 'Widerliche Leute, diese Flüchtlinge.'],
    ['es', 'Ladrones sucios, todos los gitanos.'],
    ['it', 'Esseri schifosi, questi zingari.'],
  ])('%s: "%s" is hate', async (_lang, value) => {
    const verdict = await rules(value, ON);
    expect(verdict.flagged).toBe(true);
    expect(reason(verdict, 'hate') ?? reason(verdict, 'hate/threatening')).toMatchObject({ source: 'local:hate-multilingual' });
  });

  it.each([
    // Praise, and a negation that is "not only".
    ['es', 'Los inmigrantes de mi barrio son muy capaces y trabajadores.'],
    ['es', 'Los refugiados no solo son bienvenidos aquí, son nuestros vecinos.'],
    ['es', 'Las enfermeras inmigrantes son sin duda las mejores del hospital.'],
    // A negation passed on by a verb of thinking or allowing still negates the clause after "that".
    ['es', 'No creo que los inmigrantes sean criminales.'],
    ['de', 'Wir dürfen nicht zulassen, dass Flüchtlinge gefoltert werden.'],
    ['pt', 'Nunca devemos aceitar que mulheres sejam espancadas.'],
    // "Until now not" is a negation; only an "until" clause's is empty.
    ['nl', 'Vluchtelingen zijn tot nu toe niet crimineel geweest.'],
    // Violence reported, not called for: no modal, no first person.
    ['de', 'In vielen Ländern werden Frauen noch immer getötet.'],
    ['nl', 'Wij helpen vluchtelingen die in hun land werden gemarteld.'],
    // Compounds and reminders that hold a denial without denying anything.
    ['zh', '我们反对对难民的不平等待遇。'],
    ['zh', '永远不要忘记难民也是人类。'],
    // "Nobody" with a good thing, said in praise.
    ['it', 'Nessuno è più bravo delle mie colleghe musulmane.'],
    // The contempt describes the noun that opens the sentence, who acts on the group.
    ['es', 'Los políticos corruptos explotan a los inmigrantes.'],
    ['fr', 'Des fonctionnaires corrompus maltraitent les réfugiés.'],
    ['fr', 'Ce patron odieux exploite des femmes.'],
    ['pt', 'Os agressores covardes atacaram o casal gay.'],
    ['de', 'Korrupte Beamte misshandeln Flüchtlinge.'],
    ['pl', 'Skorumpowani urzędnicy krzywdzą uchodźców.'],
    // The same without a determiner, where a plural noun and its adjective open the sentence.
    ['pt', 'Políticos corruptos maltratam os refugiados.'],
    ['it', 'Politici corrotti sfruttano i migranti.'],
  ])('%s: "%s" is not removed', async (_lang, value) => {
    expect(await flagged(value)).toBe(false);
  });
});

describe('identity words used neutrally', () => {
  it('French "homos" is the group\'s everyday name, not the Polish slur "homoś" it folds into', async () => {
    expect(await flagged('Les homos de mon club organisent un tournoi de pétanque.')).toBe(false);
    const polish = await rules('Ten homoś znowu przyszedł do naszego baru.', ON);
    expect(reason(polish, 'hate')?.source).toBe('local:lexicon');
  });
});
