import { describe, expect, it } from 'vitest';
import { rules, score } from './docs.js';

/**
 * Innocent Abouts that share words with harm, in the 14 languages (session 21): lines written for the probe as
 * members write them, none from a data set, each class with harmful twins that must stay caught. A false removal
 * is what makes a site owner turn the product off: a member's honest bio vanishes.
 */
const multilingual = { policy: { multilingual: true } };
const removedByRules = async (value: string) => (await rules(value, multilingual)).flagged;
/** With the text model too, as the scorer ships. */
const removed = async (value: string) => (await score(value, multilingual)).flagged;

describe('a listed swear word inside an innocent word', () => {
  it.each([
    'Criminal defence lawyer. Murder, assault, drug trafficking: everyone deserves a fierce defence.',
    'I volunteer against human trafficking and run a shelter for survivors.',
    'Anti-trafficking advocate and survivor.',
    'Our feckless council never fixes the roads, so I started a pothole blog.',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each(['What the fuck is wrong with you, trafficker?', 'Go fuck yourself.'])('removes %s', async (value) =>
    expect(await removedByRules(value)).toBe(true));
});

describe("a card's CVV, and Brazil's suicide helpline", () => {
  it.each(['Voluntário do CVV. Se você está pensando em se matar, liga pra gente. A gente escuta.', 'Ligue 188 ou fale com o CVV pelo chat.'])(
    'keeps %s',
    async (value) => expect(await removedByRules(value)).toBe(false),
  );
  it.each(['Selling fresh cvv and fullz, dm me.', 'cvv shop online, best prices', 'Free $500 Amazon gift card, just send me your card number and CVV'])(
    'removes %s',
    async (value) => expect(await removedByRules(value)).toBe(true),
  );
});

describe("a helpline's condition is not the writer's wish to die", () => {
  it.each([
    'Suicide-prevention volunteer on the night line. If you want to die tonight, call us; someone will listen.',
    'If you ever feel like you want to die, text us. Crisis-line volunteer since 2019.',
    'Волонтёр на линии профилактики самоубийств. Если сегодня ночью хочется умереть, позвони нам.',
    '自杀干预热线志愿者。如果你今晚想死，请打给我们。',
    '自殺予防の電話相談ボランティアです。今夜死にたいと思ったら、電話してください。',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each([
    "I want to die tonight, I can't do this anymore.",
    'Если честно, хочется умереть.',
    'Хочу умереть, больше не могу.',
    '我想死，活着没意思。',
    'もう死にたい。',
  ])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});

describe('a game named after the threat', () => {
  it.each([
    'Gamer girl 🎮 Killer Instinct, Dead by Daylight, Call of Duty. I will destroy you in ranked (respectfully).',
    'Chess coach in Bath. I will destroy you at chess, then make you a lovely dinner.',
    "I'm gonna kill you at Mario Kart tonight, be ready!",
    "Fan de Dead by Daylight et d'Assassin's Creed. Je vais vous massacrer ce soir en ligne 😄",
    'Te voy a matar en el FIFA, prepárate.',
    'Vou te matar no FIFA hoje à noite haha',
    'Ich mach dich fertig beim Zocken heute Abend!',
    'Ti ammazzo a FIFA stasera.',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each([
    'I will destroy you and your family.',
    'We will destroy them at your house.',
    "I'm gonna kill you at your house tonight.",
    'Je vais vous massacrer ce soir, bande de chiens.',
    'Te voy a matar, hijo de puta.',
    'Ti ammazzo stasera sotto casa tua.',
  ])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});

describe('pests and coffee are no one to kill', () => {
  it.each(['专业除虫灭鼠 🐀 我们杀死蟑螂、老鼠和臭虫，当天上门。', 'أقتل من أجل فنجان قهوة جيد ☕ باريستا في دبي.'])('keeps %s', async (value) =>
    expect(await removedByRules(value)).toBe(false));
  it.each(['我们杀死那些移民。', 'سأقتلك من أجل الشرف.', 'سأطاردك وأقتلك يا جرذ قذر.'])('removes %s', async (value) =>
    expect(await removedByRules(value)).toBe(true));
});

describe("a sex educator's topics", () => {
  it.each([
    'Sex educator for teens and parents. We talk about consent, masturbation, porn and pleasure honestly.',
    'Educadora sexual: hablamos de consentimiento, masturbación, porno y placer sin tabúes.',
    'Éducatrice en santé sexuelle : consentement, masturbation, porno, plaisir, on parle de tout sans tabou.',
    'Seksuoloog en voorlichter. We praten over toestemming, porno en plezier zonder taboe.',
    'Sexualpädagogin: Wir reden über Pornos, Selbstbefriedigung und Lust.',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each(["Let's talk about porn: free porn videos at hotxxx.com", 'I make porn. Subscribe to my page.', 'Watch porn with me tonight'])(
    'removes %s',
    async (value) => expect(await removedByRules(value)).toBe(true),
  );
});

describe('violence a group suffered, told in the past passive, is history', () => {
  it.each([
    'Im Holocaust wurden sechs Millionen Juden ermordet. Ich leite die Gedenkstätte in unserer Stadt.',
    'Meine Urgroßeltern wurden in Auschwitz ermordet, weil sie Juden waren. Ich erzähle ihre Geschichte in Schulen.',
    'Historiker des Holocaust. Ich erkläre Schülern, wie Juden ermordet wurden, damit es nie wieder geschieht.',
    'Ich bin Historikerin. Meine Forschung: wie Sinti und Roma im Nationalsozialismus verfolgt und ermordet wurden.',
    'Mi abuelo fue asesinado por ser gitano. Hoy toco flamenco en su honor.',
    'Seis millones de judíos fueron asesinados en el Holocausto; enseño historia.',
    'Meus bisavós foram assassinados em Auschwitz por serem judeus. Sou guia no memorial.',
    'Sei milioni di ebrei furono sterminati nella Shoah; faccio la guida al memoriale.',
    'Storica della Shoah. Racconto agli studenti come sono stati sterminati gli ebrei, perché non succeda più.',
    'I miei nonni furono deportati ad Auschwitz perché erano ebrei. Racconto la loro storia nelle scuole.',
    'Zes miljoen Joden werden vermoord in de Holocaust; ik ben gids in het museum.',
    'Mijn opa werd in 1943 gedeporteerd omdat hij Jood was. Ik vertel zijn verhaal op scholen.',
    'Moi dziadkowie zostali zamordowani, bo byli Żydami. Prowadzę ich sklep do dziś.',
    '研究大屠杀历史的老师，给学生讲犹太人是怎样被屠杀的，让悲剧不再重演。',
    '六百万犹太人在大屠杀中被杀害，我是纪念馆的讲解员。',
    '我奶奶因为是犹太人被送进了集中营，她活了下来。我讲她的故事。',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each([
    // Approved, wished in the subjunctive, called for, or beside contempt.
    'Es war richtig, dass die Juden ermordet wurden.',
    'Gut so, dass die Zigeuner ermordet wurden.',
    'Es wäre besser, wenn alle Juden vergast würden.',
    'Wenn es nach mir ginge, würden alle Juden erschossen.',
    'Juden sollten vergast werden.',
    'Juden werden vergast.',
    'Juden wurden vergast, diese Ratten.',
    'Los gitanos fueron exterminados y se lo merecían.',
    'Os ciganos foram exterminados e mereceram.',
    'Het is tijd dat alle Joden uitgeroeid worden.',
    '犹太人都该被杀光。',
    '希望犹太人被杀光。',
    '同性恋应该被关进集中营。',
    '犹太人都该被送进集中营。',
  ])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});

describe('the bullying a member overcame, told as what others called them', () => {
  it.each([
    'I was bullied and called a retard all through school because of my stutter. Today I am a speech therapist.',
    'Me chamavam de retardado na escola por causa da gagueira. Hoje sou fonoaudióloga.',
    "On me traitait de débile au collège à cause de mon bégaiement. Aujourd'hui je suis orthophoniste.",
    'In der Schule nannten sie mich Spast, weil ich stottere. Heute bin ich Logopäde.',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each(['You retard.', 'They called me a retard and you are one too, retard.', 'Seu retardado.', 'Du Spast.', 'Espèce de débile.'])(
    'removes %s',
    async (value) => expect(await removedByRules(value)).toBe(true),
  );
});

describe('"I could die" for something is no curse', () => {
  it('keeps 为了一杯好咖啡我可以去死', async () => expect(await removedByRules('为了一杯好咖啡我可以去死 ☕ 杭州咖啡师。')).toBe(false));
  it.each(['你可以去死了。', '你去死吧'])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});

describe('Dutch "hoe" (how), which the English text model read as a slur', () => {
  it.each([
    'Hoe kan ik je helpen? Stuur me een bericht.',
    'Ik laat zien hoe mooi Utrecht is.',
    'Doof en kunstenaar. Ik schilder hoe geluid er voor mij uitziet.',
    'Wil je weten hoe het werkt? Bel me.',
    'Hoe langer hoe beter!',
  ])('keeps %s', async (value) => expect(await removed(value)).toBe(false));
  it.each(['you dumb hoe', 'that hoe is a thot'])('removes %s', async (value) => expect(await removed(value)).toBe(true));
});

describe('a work named by its kind, whose title insults', () => {
  it.each([
    'My favourite novel is The Idiot by Dostoevsky.',
    'Mi libro favorito es El idiota de Dostoievski.',
    "Il mio libro preferito è L'idiota di Dostoevskij.",
    "Mon roman préféré : L'Idiot de Dostoïevski.",
    'Mein Lieblingsbuch ist Der Idiot von Dostojewski.',
    'O meu livro favorito é O Idiota, de Dostoiévski.',
    'Mijn favoriete boek is De idioot van Dostojevski.',
  ])('keeps %s', async (value) => expect(await removedByRules(value)).toBe(false));
  it.each([
    'You are the idiot here, nobody wants you.',
    "The idiot who lives next door should move out, he's a moron.",
    'Eres el idiota más grande que conozco.',
    'Monopoly is a stupid game, bitch.',
  ])('removes %s', async (value) => expect(await removedByRules(value)).toBe(true));
});

describe('a name the member reports being called, read by the text model too', () => {
  it.each([
    'Kids called me a fag every day. Now I run a support group for LGBT teens.',
    'In school they called me a retard. Today I teach maths.',
    'Na escola me chamavam de burra, hoje sou engenheira.',
  ])('keeps %s', async (value) => expect(await removed(value)).toBe(false));
  it.each(['You are a fag and a retard.', 'I called him a retard and I would do it again, retard.'])('removes %s', async (value) =>
    expect(await removed(value)).toBe(true));
});
