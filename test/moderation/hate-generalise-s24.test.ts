import { describe, expect, it } from 'vitest';
import { isHate as hate, rules } from './docs.js';

/**
 * Hate by construction class (session 24), from probes written as a new template's author would write them, in French,
 * Portuguese and Arabic first, then Spanish, Italian, German, Dutch and Polish: implied contempt (nothing ever invented or
 * brought, crime following them, wallets hidden from them, a place better before they came or without them), exclusion
 * as a negated wish (not wanted as neighbours, never let near one's children), nothing good in them, "anything but"
 * denying a good word, a vice named as theirs, lying or whining as what they always do, contempt said with profanity;
 * questions (since when are they human, are they really, do they have a brain, is there a single decent one);
 * innocent classes: "refusing to believe" and French "rien de" as denials, Portuguese counter-speech that sees, compares,
 * speaks of or names an idea; and their innocent twins (the same words of no group, of an object, negated, or denying a bad
 * word). Sentences are our own, not Multilingual HateCheck's.
 */

describe('implied contempt and negated praise, by construction class', () => {
  it.each([
    ['fr: never invented anything', "Les musulmans n'ont jamais rien inventé."],
    ['fr: crime follows them', 'Partout où vont les réfugiés, la criminalité suit.'],
    ['fr: hide your wallets', 'Cachez vos portefeuilles quand il y a des Noirs dans le coin.'],
    ['fr: better before they came', "Le quartier était bien plus agréable avant l'arrivée des juifs."],
    ['fr: good only for', "Les immigrés ne servent qu'à faire le ménage."],
    ['fr: not wanted as neighbours', 'Je ne veux pas de réfugiés comme voisins.'],
    ['fr: never near my children', 'Jamais je ne laisserai les trans approcher mes enfants.'],
    ['fr: nothing good in them', "Il n'y a rien de bon chez les Noirs."],
    ['pt: never invented anything', 'Os muçulmanos nunca inventaram nada.'],
    ['pt: crime follows them', 'Onde os imigrantes vão, o crime vai atrás.'],
    ['pt: hide your wallet', 'Esconda a carteira quando houver refugiados por perto.'],
    ['pt: better before they came', 'O bairro era muito melhor antes de os muçulmanos chegarem.'],
    ['pt: not wanted as neighbours', 'Não quero refugiados como vizinhos.'],
    ['pt: never near my children', 'Jamais deixarei os gays chegarem perto dos meus filhos.'],
    ['pt: anything but intelligent', 'As mulheres são tudo menos inteligentes.'],
    ['ar: never invented anything', 'المسلمين لم يخترعوا شيئا أبدا.'],
    ['ar: crime follows them', 'أينما ذهب السود تتبعهم الجريمة.'],
    ['ar: living off our taxes', 'المثليين يعيشون على ضرائبنا دون أن يعملوا.'],
    ['ar: better without them', 'بلدنا سيكون أفضل بكثير بدونهم، هؤلاء المهاجرين.'],
    ['ar: better before they came', 'الحي كان أفضل بكثير قبل مجيء المهاجرين.'],
    ['ar: nothing good in them', 'ما فيش حاجة كويسة في المعاقين.'],
    ['ar: their lives do not matter', 'حياة اليهود لا تهم.'],
    ['es: never invented anything', 'Los negros nunca han inventado nada.'],
    ['es: hide your wallet', 'Esconded la cartera cuando haya gays cerca.'],
    ['es: not wanted as neighbours', 'No quiero musulmanes como vecinos.'],
    ['es: anything but intelligent', 'Las mujeres son todo menos inteligentes.'],
    ['it: never invented anything', 'Gli ebrei non hanno mai inventato niente.'],
    ['it: better before they came', "Il quartiere era più tranquillo prima dell'arrivo degli immigrati."],
    ['it: anything but intelligent', 'Gli ebrei sono tutto tranne che intelligenti.'],
    ['de: never invented anything', 'Flüchtlinge haben nie etwas erfunden.'],
    ['de: crime follows them', 'Wo Juden hinkommen, folgt die Kriminalität.'],
    ['de: not wanted as neighbours', 'Ich will keine Muslime als Nachbarn.'],
    ['nl: never invented anything', 'Moslims hebben nooit iets uitgevonden.'],
    ['nl: hold on to your wallet', 'Hou je portemonnee vast als er joden in de buurt zijn.'],
    ['nl: never as good as us', 'Vluchtelingen zullen nooit zo goed zijn als wij.'],
    ['nl: anything but clever', 'Joden zijn alles behalve slim.'],
    ['pl: never invented anything', 'Uchodźcy nigdy nic nie wynaleźli.'],
    ['pl: not wanted as neighbours', 'Nie chcę Żydów jako sąsiadów.'],
    ['fr: a vice named as theirs', "La paresse des immigrés me sidère."],
    ['fr: lying all the time', 'Les gays mentent tout le temps.'],
    ['fr: spending their time whining', 'Les réfugiés passent leur temps à se plaindre.'],
    ['pt: a vice that knows no limits', 'O egoísmo dos refugiados não tem limite.'],
    ['pt: lying all the time', 'Os judeus mentem o tempo todo.'],
    ['it: a vice named as theirs', 'La pigrizia dei musulmani è incredibile.'],
    ['it: no morals', 'Gli ebrei non hanno nessuna morale.'],
    ['it: a hypocrisy without equal', "Le donne sono di un'ipocrisia incredibile."],
    ['es: a vice that knows no limits', 'La pereza de los inmigrantes no tiene límites.'],
    ['de: a vice that knows no limits', 'Die Faulheit der Flüchtlinge kennt keine Grenzen.'],
    ['nl: lying all the time', 'Moslims liegen altijd.'],
    ['pl: no morals', 'Muzułmanie nie mają żadnej moralności.'],
    ['fr: refusing to believe them clever', 'Je refuse de croire que les femmes sont intelligentes.'],
    ['fr: nothing human about them', "Les réfugiés n'ont rien d'humain."],
    ['pt: since when are they people', 'Desde quando os refugiados são gente?'],
    ['pt: are they really human', 'Os judeus são humanos mesmo?'],
    ['pt: do they have a brain', 'Será que os gays têm cérebro?'],
    ['pt: is there a single decent one', 'Existe algum cigano que preste?'],
    ['pt: who would want them as neighbours', 'Quem iria querer judeus como vizinhos?'],
    ['fr: are they really human', 'Les musulmans sont-ils vraiment humains ?'],
    ['fr: since when are they human', 'Depuis quand les handicapés sont des êtres humains ?'],
    ['es: since when are they people', '¿Desde cuándo los refugiados son personas?'],
    ['it: do they have a brain', 'Le donne hanno un cervello?'],
    ['es: not giving a damn, with profanity', 'Me suda la polla lo que les pase a los inmigrantes.'],
    ['es: fed up to the balls', 'Los negros me tienen hasta los huevos.'],
    ['it: what a pain these ones are', 'Che palle questi musulmani.'],
    ['nl: a disease cursed on them', 'Vluchtelingen kunnen de klere krijgen.'],
  ])('%s', async (_, value) => {
    expect(await hate(value)).toBe(true);
  });

  it.each([
    ['fr: an animal invented nothing', "Mon chat n'a jamais rien inventé."],
    ['fr: never did anything wrong', "Les juifs n'ont jamais rien fait de mal."],
    ['fr: wallets in the metro', 'Cachez vos portefeuilles dans le métro.'],
    ['fr: before the tourists came', "C'était plus calme avant l'arrivée des touristes."],
    ['fr: a pen good only for writing', "Ce stylo ne sert qu'à écrire."],
    ['fr: dogs as neighbours', 'Je ne veux pas de chiens comme voisins.'],
    ['fr: racists kept away from a group', 'Je ne laisserai jamais les racistes approcher les femmes.'],
    ['fr: nothing wrong with them', "Il n'y a rien de mal chez les gays."],
    ['pt: never did anything wrong', 'Os negros nunca fizeram nada de errado.'],
    ['pt: violence against them', 'A violência contra os imigrantes segue aumentando.'],
    ['pt: anything but dangerous', 'Os refugiados são tudo menos perigosos.'],
    ['pt: far from dangerous', 'Os refugiados estão longe de ser perigosos.'],
    ['ar: a cat invented nothing', 'قطتي لم تخترع شيئا.'],
    ['ar: life better without sugar', 'الحياة أحسن من غير سكر.'],
    ['ar: their lives matter', 'حياة المسلمين مهمة.'],
    ['ar: nothing good in a film', 'ما فيش حاجة كويسة في الفيلم ده.'],
    ['es: never did anything bad', 'Los gays nunca han hecho nada malo.'],
    ['es: anything but dangerous', 'Los gays son todo menos peligrosos.'],
    ['es: racists kept away from children', 'Nunca dejaré que los racistas se acerquen a mis hijos.'],
    ['it: never did anything wrong', 'Le donne non hanno mai fatto niente di male.'],
    ['it: anything but dangerous', 'I musulmani sono tutt altro che pericolosi.'],
    ['de: anything but dangerous', 'Flüchtlinge sind alles andere als gefährlich.'],
    ['de: never did anything bad', 'Juden haben nie etwas Böses getan.'],
    ['nl: anything but dangerous', 'Homo\'s zijn alles behalve gevaarlijk.'],
    ['nl: dogs as neighbours', 'Ik wil geen honden als buren.'],
    ['pl: dogs as neighbours', 'Nie chcę psów jako sąsiadów.'],
    ['fr: a vice of politicians', "Ils dénoncent l'hypocrisie des politiciens envers les femmes."],
    ['fr: a grievance, not whining', 'Les Noirs se plaignent tout le temps du harcèlement, et ils ont raison.'],
    ['fr: a claim reported', 'Les racistes disent que les juifs mentent tout le temps.'],
    ['pt: a virtue that knows no limits', 'A coragem dos refugiados não tem limites.'],
    ['de: a cat\'s laziness', 'Die Faulheit meiner Katze kennt keine Grenzen.'],
    ['es: a cat\'s laziness', 'La pereza de mi gato no tiene límites.'],
    ['it: what a pain the traffic is', 'Che palle questo traffico.'],
    ['fr: nothing dangerous about them', "Les handicapés n'ont rien de dangereux."],
    ['fr: refusing to believe them bad', 'Je refuse de croire que les juifs sont mauvais.'],
    ['pt: refusing to believe them criminals', 'Recuso-me a acreditar que os imigrantes são criminosos.'],
    ['es: refusing to believe them bad', 'Me niego a creer que los gays sean malos.'],
    ['it: refusing to believe them bad', 'Mi rifiuto di credere che i musulmani siano cattivi.'],
    ['nl: refusing to believe them bad', 'Ik weiger te geloven dat vluchtelingen slecht zijn.'],
    ['pt: others seen treating them as animals', 'É revoltante ver pessoas tratando os judeus como animais.'],
    ['pt: comparing them to vermin, condemned', 'Comparar os gays a baratas é nojento.'],
    ['pt: an idea named to be judged', 'Essa ideia de que os deficientes são burros é ridícula.'],
    ['pt: statements called lies', 'Afirmações de que as mulheres são inferiores são mentiras.'],
    ['pt: since when do they need a visa', 'Desde quando os refugiados precisam de visto?'],
    ['pt: what to expect from politicians', 'O que se pode esperar dos políticos para os imigrantes?'],
    ['it: the hatred they suffer', 'Perché i gay subiscono tanto odio?'],
  ])('%s: not hate', async (_, value) => {
    expect(await hate(value)).toBe(false);
  });
});

describe('the first-person future of cutting verbs (es)', () => {
  it.each([['Os rajaré el cuello, judíos.'], ['Te acuchillaré, maricón.']])('%s: a threat', async (value) => {
    const { reasons } = await rules(value, { policy: { multilingual: true } });
    expect(reasons.some((r) => r.category === 'harassment/threatening')).toBe(true);
  });
  it('cutting cloth is no threat', async () => {
    const { reasons } = await rules('Rajaré la tela con cuidado.', { policy: { multilingual: true } });
    expect(reasons).toEqual([]);
  });
});
