import { describe, expect, it } from 'vitest';
import { isHate } from './docs.js';

/**
 * Session 23's HateCheck-style probes in French, Portuguese and Arabic, and the classes their misses
 * showed, fixed in every language that lacked them: a group shut out of the speaker's own place ("les
 * Arabes n'entrent pas dans mon bar"), told it should not be here, said to bring only crime, the
 * rhetorical "how could anyone trust one of them" and "who would live beside one", deserving no vote, a
 * slur named with a demonstrative ("esse macaco"), in Arabic "must disappear", and "they stink" where
 * only fr pt pl read it; a question of contempt the writer answers "no" at once is counter-speech.
 * Written for the classes, not from a data set; the innocent lines share their words.
 */
describe('hate by exclusion, rhetoric and the classes the probes missed', () => {
  it.each([
    ['fr', "Les Arabes n'entrent pas dans mon bar."],
    ['fr', 'Pas de Roms dans mon restaurant.'],
    ['pt', 'Ciganos não entram na minha loja.'],
    ['es', 'Los gitanos no entran en mi bar.'],
    ['it', 'I rom non entrano nel mio negozio.'],
    ['fr', 'Les Roms ne devraient pas être ici.'],
    ['pt', 'Os refugiados não deveriam estar no nosso país.'],
    ['es', 'Los gitanos no deberían estar aquí.'],
    ['it', 'Gli zingari non dovrebbero stare qui.'],
    ['de', 'Die Zigeuner sollten nicht hier sein.'],
    ['fr', "Les migrants n'apportent que la misère et le crime."],
    ['es', 'Los inmigrantes solo traen delincuencia.'],
    ['it', 'Gli immigrati portano solo criminalità.'],
    ['fr', 'Comment peut-on faire confiance à un Juif ?'],
    ['pt', 'Como alguém pode confiar num cigano?'],
    ['it', 'Come si può fidarsi di un ebreo?'],
    ['fr', "Qui voudrait vivre à côté d'un réfugié ?"],
    ['es', '¿Quién querría vivir al lado de un refugiado?'],
    ['pt', 'Quem ia querer morar ao lado de um refugiado?'],
    ['fr', 'Les femmes ne méritent pas le droit de vote.'],
    ['pt', 'Esse macaco não devia estar aqui.'],
    ['ar', 'المثليين يجب أن يختفوا.'],
    ['es', 'Los gitanos apestan.'],
    ['it', 'Gli zingari puzzano.'],
    ['de', 'Die Ausländer stinken.'],
    ['nl', 'Buitenlanders stinken.'],
    ['es', '¿Los gitanos son unas ratas? Sí, todos.'],
    ['fr', 'Les gitans sont tous des voleurs, non ?'],
    ['pl', 'Czy Ukraińcy to pasożyty?'],
  ])('%s: %s', async (_lang, value) => {
    expect(await isHate(value)).toBe(true);
  });
});

describe('the same words, no hate', () => {
  it.each([
    ['fr', 'Pas de chiens dans mon restaurant, désolée.'],
    ['it', 'Non entra nel mio negozio chi non porta la mascherina.'],
    ['fr', 'Les réfugiés ne devraient pas être ici dans la rue, mais dans un vrai logement.'],
    ['pt', 'Os refugiados não queriam estar aqui, fugiram da guerra.'],
    ['de', 'Die Kinder sollten nicht hier sein, sondern in der Schule.'],
    ['fr', 'Ce stage n’apporte que du positif.'],
    ['fr', 'Comment peut-on mieux respecter les femmes au travail ?'],
    ['es', '¿Cómo se puede ayudar a los refugiados?'],
    ['fr', 'Qui voudrait vivre à côté de la mer ? Moi !'],
    ['fr', 'Les femmes ont le droit de vote depuis 1944.'],
    ['fr', "Les femmes n'avaient pas le droit de vote avant 1944."],
    ['pt', 'Esse macaco do zoológico é muito fofo.'],
    ['fr', 'Je ne déteste pas les musulmans.'],
    ['pt', 'Dizer que os negros são macacos é racismo.'],
    ['ar', 'قول إن اللاجئين حشرات عنصرية.'],
    ['ar', 'أعمل مع اللاجئين منذ سنوات.'],
    ['pt', 'Essa impressora é uma merda.'],
    ['de', 'Die Flüchtlinge im Heim sagen, die Toiletten stinken.'],
    ['nl', 'Ik help vluchtelingen, al stinken de kantoren van de gemeente.'],
    ['es', 'Mis zapatillas apestan después de correr.'],
    ['pl', 'Czy imigranci to pasożyty? Nie, to nasi sąsiedzi i przyjaciele'],
    ['fr', 'Les Roms sont des voleurs ? Non. Arrêtez avec ces clichés.'],
    ['de', 'Sind Flüchtlinge Parasiten? Nein, sie sind Menschen.'],
  ])('%s: %s', async (_lang, value) => {
    expect(await isHate(value)).toBe(false);
  });
});
