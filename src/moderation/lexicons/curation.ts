import type { Language } from './language.js';

/**
 * How each language's LDNOOBW list (npm `naughty-words`, CC BY 4.0, © 2012-2020 Shutterstock, Inc.)
 * is curated for About sections. The raw lists mix swearing with ordinary words ("cerveja", "女の子"),
 * identity words ("lesbian", "gay sex") and topic words ("asesinato", "nazi"): a member who names
 * them is not swearing, so they are dropped. Additions are insults and slurs the lists lack, written
 * here. Stems catch inflected and compound forms; the allow-list names innocent words a stem or a
 * masked reading would otherwise hit; strict terms are ordinary words in another supported language.
 * docs/quality.md says how the curation was checked.
 */
export interface Curation {
  /** List entries left out: innocent, identity or topic words, or too ambiguous for a bio. */
  drop: readonly string[];
  /** Words and phrases added to the list. */
  add: readonly string[];
  /** Of the list and the additions, the slurs against a group. */
  slurs: readonly string[];
  stems: readonly string[];
  allow: readonly string[];
  strict: readonly string[];
}

/**
 * Slurs that are also ordinary words or names ("perra" a dog, "pot" a jar, "indio", "travestito"): a
 * slur only where it is aimed at someone. Insults take any aiming frame, the one addressed ("eres un X",
 * "X like you", "just a X") or contempt around the word ("maldito X", "X di merda"); names of a people
 * or an identity take only the contempt, since "eres un indio" may just say who someone is. Written out
 * as phrases, which the lexicon matches word by word.
 */
interface Aiming {
  /** Words before the slur that aim it at the one addressed ("eres un", "sei una"). */
  addressed: readonly string[];
  /** A pack of them ("un montón de", "ein Haufen"): an insult aimed at the people it names. */
  packs?: readonly string[];
  /** Words after it that do ("como tú", "zoals jij"). */
  addressedAfter: readonly string[];
  /** Contempt before and after it ("maldito", "di merda"). */
  contempt: readonly string[];
  contemptAfter: readonly string[];
}
/**
 * The names of a people or an identity the aiming frames take (aimedSlurs' `names`, every language: "lesbiana",
 * "żyd"): one said with a swear word by a writer of themself ("soy una jodida lesbiana") names their own group.
 */
const peopleNames = new Set<string>();
export const PEOPLE_NAMES: ReadonlySet<string> = peopleNames;
/**
 * `packless` insults take every frame but a pack: a pack of beasts ("perra", "Affe") is a herd, and one of
 * terrorists a cell, said of real ones.
 */
function aimedSlurs(aiming: Aiming, insults: readonly string[], names: readonly string[], { space = ' ', packless = [] as readonly string[] } = {}): string[] {
  for (const name of names) peopleNames.add(name);
  const after = [...aiming.addressedAfter, ...aiming.contemptAfter];
  return [
    ...framed(insults, [...aiming.addressed, ...(aiming.packs ?? []), ...aiming.contempt], after, space),
    ...framed(packless, [...aiming.addressed, ...aiming.contempt], after, space),
    ...framed(names, aiming.contempt, aiming.contemptAfter, space),
  ];
}
/**
 * "You are a": the copula and its article, plain or stressed by words after the verb ("eres simplemente
 * un") or before it ("para mí eres un", "solo eres un"). The stress says nothing alone; the slur after it
 * does. Each frame is a phrase per slur, so only the usual places of each word are listed.
 */
function youAre(copulas: readonly string[], articles: readonly string[], after: readonly string[], before: readonly string[] = []): string[] {
  return copulas.flatMap((copula) => articles.flatMap((article) => [
    `${copula} ${article}`, ...after.map((adverb) => `${copula} ${adverb} ${article}`), ...before.map((adverb) => `${adverb} ${copula} ${article}`),
  ]));
}
/** Each word with each frame word before it and each after it, as phrases. */
function framed(words: readonly string[], before: readonly string[], after: readonly string[], space = ' '): string[] {
  return words.flatMap((word) => [...before.map((b) => `${b}${space}${word}`), ...after.map((a) => `${word}${space}${a}`)]);
}

/**
 * Mandarin, written without spaces: insults that are also a date or a colour (三八 is 8 March, 绿绿 green)
 * aimed at someone or said with contempt ("你这个三八", "一群绿绿"); animals and things (母狗 a bitch, 玻璃
 * glass, 棒子 a stick) only at the one addressed, or things only with contempt ("你这个母狗", "死玻璃"): "你这个玻璃杯" is a glass.
 */
const ZH_ADDRESSED = ['你这个', '你个', '是个', '都是', '就是', '你这种', '你们这些', '你们这群', '像你这样的', '像你这种', '一个', '又一个', '一群', '一帮', '一堆', '一伙', '一窝', '这些', '那些', '这个', '那个', '像个', '普通', '普通的', '小', '老'];
const ZH_CONTEMPT = ['死', '臭', '该死的', '贱'];
const ZH_AIMED = [
  ...aimedSlurs({ addressed: ZH_ADDRESSED, addressedAfter: ['们', '罢了', '而已'], contempt: ZH_CONTEMPT, contemptAfter: [] }, ['三八', '绿绿', '婊子'], [], { space: '' }),
  ...aimedSlurs(
    { addressed: ['你这个', '你这条', '你这只', '你个', '你们这些', '你们这群', '像你这样的', '像你这种'], addressedAfter: [], contempt: ['死', '臭', '该死的'], contemptAfter: [] },
    ['母狗', '母猪'], ['玻璃', '棒子', '黑炭', '鬼子', '蝗虫',
      // A group's own name with a curse before it ("死同性恋", "臭黑人"): named alone it says who someone is.
      '同性恋', '黑人', '穆斯林', '犹太人'], { space: '' }),
];

const ES_STRESS = ['solo', 'solamente', 'simplemente', 'realmente', 'tan solo'];
const ES_BEFORE = ['solo', 'realmente', 'para mi'];
const ES_AIMED = aimedSlurs(
  {
    addressed: [...youAre(['eres'], ['un', 'una'], ES_STRESS, ES_BEFORE), ...youAre(['sois'], ['unos', 'unas'], ES_STRESS, ES_BEFORE)],
    packs: ['monton', 'manada', 'panda', 'pandilla', 'atajo', 'hatajo', 'jauria', 'piara', 'recua', 'chusma', 'banda'].map((pack) => `${pack} de`),
    addressedAfter: ['como tu', 'como vosotros', 'como vosotras', 'como ustedes'],
    contempt: ['simple', 'simples', 'mas que un', 'mas que una', 'maldito', 'maldita', 'malditos', 'malditas', 'asqueroso', 'asquerosa', 'asquerosos', 'asquerosas', 'sucio', 'sucia', 'sucios', 'sucias',
      'puto', 'putos', 'puta', 'putas', 'pinche', 'pinches', 'jodido', 'jodida', 'jodidos', 'jodidas', 'estupido', 'estupida'],
    contemptAfter: ['de mierda', 'asqueroso', 'asquerosa', 'asquerosos', 'asquerosas', 'de los cojones', 'de los huevos', 'de porqueria', 'del orto', 'inmundo', 'inmunda'],
  },
  ['mariquita', 'mariquitas', 'retrasado', 'retrasada', 'retrasados', 'retrasadas', 'subnormal',
    'subnormales', 'desviado', 'desviada', 'desviados', 'desviadas', 'salvaje', 'salvajes', 'cholo', 'chola', 'cholos', 'cholas', 'lisiado', 'lisiada',
    'lisiados', 'lisiadas', 'invalido', 'invalida', 'marimacha', 'guarra', 'guarras', 'golfa', 'golfas',
    // One "travesti" said to the one addressed ("eres un travesti", "un travesti como tú") is the slur; the plural may name the people.
    'travesti',
    // "Panchito" is also Francisco's pet name, and "panchitos" salted peanuts.
    'panchito', 'panchita', 'panchitos', 'panchitas'],
  ['indio', 'india', 'indios', 'indias', 'travestis', 'moro', 'mora', 'moros', 'moras', 'negro', 'negra', 'negros', 'negras', 'gitano',
    'gitana', 'gitanos', 'gitanas', 'judio', 'judia', 'judios', 'judias', 'gay', 'gays', 'lesbiana', 'lesbianas', 'musulman', 'musulmana', 'inmigrante',
    'inmigrantes', 'chino', 'china', 'chinos', 'chinas', 'paki', 'cojo', 'coja', 'mongol'],
  { packless: ['perra', 'perras', 'simio', 'simios'] },
).concat(
  // "Puto" and "puta" before a word swear at it ("eres un puto imbécil"): the slur only with what follows.
  ['puto', 'putos', 'puta', 'putas'].flatMap((word) => ['como tu', 'como vosotros', 'como vosotras', 'de mierda', 'asqueroso', 'asquerosa'].map((after) => `${word} ${after}`)),
  // As nouns with an article these name a person only as the slur ("un retrasado", "los subnormales"); the adjectives stay innocent.
  ['un', 'unos', 'los', 'esos', 'estos', 'otro', 'otros'].flatMap((article) =>
    ['retrasado', 'retrasados', 'subnormal', 'subnormales', 'desviado', 'desviados', 'mariquita', 'mariquitas'].map((noun) => `${article} ${noun}`)),
  ['una', 'unas', 'las', 'esas', 'estas', 'otra', 'otras'].flatMap((article) =>
    ['retrasada', 'retrasadas', 'subnormal', 'subnormales', 'desviada', 'desviadas'].map((noun) => `${article} ${noun}`)),
);
const IT_STRESS = ['solo', 'soltanto', 'proprio', 'davvero', 'semplicemente', 'veramente'];
const IT_BEFORE = ['solo', 'per me'];
const IT_AIMED = aimedSlurs(
  {
    addressed: [...youAre(['sei'], ['un', 'una', 'uno'], IT_STRESS, IT_BEFORE), ...youAre(['siete'], ['dei', 'delle'], IT_STRESS, IT_BEFORE)],
    packs: ['mucchio', 'branco', 'manica', 'massa', 'banda', 'orda', 'accozzaglia', 'gregge', 'sacco', 'marmaglia'].flatMap((pack) => [`${pack} di`, `${pack} d`]),
    addressedAfter: ['come te', 'come voi', 'come un altro', 'come un altra'],
    contempt: ['altro che un', 'altro che una', 'altro che uno', 'sporco', 'sporca', 'sporchi', 'sporche', 'lurido', 'lurida', 'luridi', 'luride', 'maledetto', 'maledetta', 'maledetti', 'maledette',
      'schifoso', 'schifosa', 'schifosi', 'schifose', 'fottuto', 'fottuta', 'fottuti', 'fottute', 'brutto', 'brutta', 'brutti', 'brutte'],
    contemptAfter: ['di merda', 'schifoso', 'schifosa', 'schifosi', 'schifose', 'del cazzo', 'dei miei coglioni'],
  },
  ['troia', 'troie', 'puttana', 'puttane', 'travestito', 'travestita', 'travestiti', 'negro', 'negra', 'negri',
    'negre', 'mongolo', 'mongola', 'mongoli', 'handicappato', 'handicappata', 'handicappati',
    'spastico', 'spastica', 'spastici', 'subnormale', 'subnormali', 'selvaggio', 'selvaggi', 'beduino',
    'beduini', 'cammelliere', 'vu cumpra', 'zingaro', 'zingara', 'zingari', 'zingare', 'lesbicaccia', 'invertito', 'invertiti'],
  ['ebreo', 'ebrea', 'ebrei', 'musulmano', 'musulmana', 'musulmani', 'gay', 'lesbica', 'lesbiche', 'trans', 'immigrato', 'immigrata', 'immigrati',
    'disabile', 'disabili', 'cinese', 'cinesi', 'arabo', 'araba', 'arabi', 'rom', 'finocchio', 'finocchi', 'marocchino', 'marocchini'],
  { packless: ['cagna', 'cagne', 'scimmia', 'scimmie', 'jihadista', 'jihadisti', 'terrorista', 'terroristi'] },
);
const NL_YOU_ARE = youAre(['bent', 'ben je'], ['een'], ['gewoon', 'echt', 'maar', 'alleen maar', 'gewoonweg', 'toch', 'werkelijk'], ['voor mij']);
const NL_AIMED = aimedSlurs(
  {
    addressed: [...NL_YOU_ARE, 'zo n', 'alleen maar een'],
    packs: ['stel', 'stelletje', 'bende', 'zooi', 'zootje', 'troep', 'kudde', 'hoop', 'horde'],
    addressedAfter: ['zoals jij', 'zoals jullie', 'als jij', 'als jullie'],
    contempt: ['niets meer dan een', 'niks meer dan een', 'vuile', 'vieze', 'smerige', 'stinkende', 'gore', 'kut', 'kanker', 'tering', 'tyfus', 'stomme', 'domme', 'achterlijke', 'verdomde', 'verdomme', 'godverdomde', 'godverdomse'],
    contemptAfter: [],
  },
  ['debiel', 'debielen', 'kreupele', 'kreupelen', 'mietje', 'mietjes', 'wijf', 'wijven', 'trut', 'trutten',
    'zigeuner', 'zigeuners', 'mongolen', 'halvegare', 'randdebiel', 'mongooltje', 'homootje', 'lesbo', 'bruinwerker', 'bruinwerkers',
    'travo', 'travestiet', 'travestieten', 'nikkertje', 'bosneger', 'bosnegers'],
  ['jood', 'joden', 'moslim', 'moslims', 'homo', 'homos', 'lesbienne', 'lesbiennes', 'aap', 'apen', 'marokkaan', 'marokkanen', 'turk', 'turken',
    'allochtoon', 'allochtonen', 'buitenlander', 'buitenlanders', 'vluchteling', 'vluchtelingen', 'gehandicapte', 'gehandicapten', 'transgender', 'transgenders',
    // Moroccan Dutch youths' own word for themselves: a slur only with contempt ("vuile mocro's").
    'mocro', 'mocros'],
  { packless: ['teef', 'teven', 'jihadist', 'jihadisten', 'terrorist', 'terroristen'] },
).concat(
  // "Pot" is also a jar or a pan ("zo'n pot", "vieze pot"): a slur only said to the one addressed.
  NL_YOU_ARE.map((frame) => `${frame} pot`), ['pot zoals jij', 'potten zoals jullie'],
  // With an article "debiel" and "kreupel" are nouns, and name a person only as the slur.
  ['een', 'de', 'die', 'deze', 'zo n'].flatMap((article) => ['debiel', 'debielen', 'kreupele', 'kreupelen'].map((noun) => `${article} ${noun}`)),
);
const DE_AIMED = aimedSlurs(
  {
    addressed: [...youAre(['bist', 'bist du'], ['ein', 'eine'], ['echt', 'doch', 'einfach', 'wirklich', 'halt', 'bloss', 'eben', 'nur'], ['fur mich']), 'seid', 'so ein', 'so eine', 'nur ein', 'nur eine'],
    packs: ['haufen', 'bande', 'pack', 'horde', 'rudel', 'herde', 'meute', 'sippschaft', 'truppe', 'haufen von', 'bande von'],
    addressedAfter: ['wie du', 'wie ihr', 'wie dich', 'wie dir'],
    contempt: ['nichts als ein', 'nichts als eine', 'dreckiger', 'dreckige', 'dreckigen', 'dreckiges', 'scheiss', 'verdammter', 'verdammte', 'verdammten', 'elender', 'elende', 'elenden',
      'stinkender', 'stinkende', 'stinkenden', 'verfickter', 'verfickte', 'verfickten', 'verfluchter', 'verfluchte', 'verfluchten', 'widerlicher', 'widerliche', 'widerlichen'],
    contemptAfter: [],
  },
  ['behindi', 'spacko', 'spackos', 'zigeuner', 'zigeunerin', 'bimbo', 'schlitzi', 'tussi', 'tussis', 'krupel',
    // One "Fidschi" is also Fiji ("Urlaub auf Fidschi"): the slur only aimed; its plural stays a slur.
    'fidschi'],
  ['behinderter', 'behinderte', 'jude', 'juden', 'judin', 'moslem', 'moslems', 'muslim', 'muslime', 'auslander', 'asylant', 'asylanten', 'fluchtling', 'fluchtlinge', 'turke',
    'turken', 'homo', 'homos', 'lesbe', 'lesben', 'araber', 'schwuler', 'schwule', 'schwulen', 'transe', 'transen'],
  { packless: ['affe', 'affen', 'dschihadist', 'dschihadisten', 'terrorist', 'terroristen'] },
);

/**
 * French, Portuguese and Polish slurs with an innocent sense or a second use (an adjective, a swear word
 * of exclamation, a first name): aimed at a person as for the other languages. Those that also name an
 * animal, a colour or a thing ("singe", "macaco", "żółty", "bride") take only the frames that cannot be
 * about one: the one addressed ("tu es un singe", "singe comme toi") or contempt ("sale singe").
 */
const FR_STRESS = ['juste', 'vraiment', 'seulement', 'simplement', 'toujours', 'franchement'];
const FR_YOU_ARE = [...youAre(['tu es', 't es'], ['un', 'une'], FR_STRESS, ['pour moi']), ...youAre(['vous etes'], ['des'], FR_STRESS, ['pour moi'])];
const FR_AIMING: Aiming = {
  addressed: [...FR_YOU_ARE, 'tu n es qu un', 'tu n es qu une', 't es qu un', 't es qu une', 'espece de',
    'vous n etes que des', 'un autre', 'une autre', 'encore un', 'encore une',
    // Session 8: told to shut up or clear off ("ta gueule, ...", "casse-toi, ..."), and "nothing but".
    'ta gueule', 'ferme la', 'ferme ta gueule', 'casse toi', 'degage', 'rien qu un', 'rien qu une', 'toujours un', 'toujours une'],
  packs: ['bande', 'tas', 'troupeau', 'ramassis', 'meute', 'horde', 'clique'].flatMap((pack) => [`${pack} de`, `${pack} d`]),
  addressedAfter: ['comme toi', 'comme vous', 'comme les autres', 'dans ton genre', 'de ton espece', 'de ton genre', 'que tu es', 'que vous etes'],
  contempt: ['sale', 'sales', 'vulgaire', 'vulgaires', 'putain de', 'foutu', 'foutue', 'foutus', 'foutues', 'sale petit', 'sale petite',
    // Quebec's curses: the damned, and the church words sworn with "de" before what they curse ("tabarnak d'immigrants").
    'maudit', 'maudite', 'maudits', 'maudites', ...['tabarnak', 'tabarnac', 'calisse', 'criss', 'osti', 'ostie'].flatMap((curse) => [`${curse} de`, `${curse} d`])],
  contemptAfter: ['de merde', 'a la con', 'degueulasse', 'degueulasses', 'puant', 'puante', 'puants', 'puantes'],
};
const FR_AIMED = aimedSlurs(
  FR_AIMING,
  // "Négro" reads as Spanish and Portuguese "negro" (black) once accents are folded: aimed only, in French frames.
  ['pute', 'putes', 'salope', 'salopes', 'negro', 'negros', 'degenere', 'degeneree', 'degeneres', 'degenerees', 'fatma', 'fatmas', 'mongol', 'mongole', 'mongols', 'mongoles', 'attarde', 'attardee', 'attardes', 'attardees',
    'infirme', 'infirmes', 'sauvage', 'sauvages', 'clando', 'clandos', 'goudou', 'goudous', 'garce', 'garces', 'retarde', 'retardee', 'retardes', 'retardees'],
  ['arabe', 'arabes', 'juif', 'juive', 'juifs', 'juives', 'musulman', 'musulmane', 'musulmans', 'musulmanes', 'noir', 'noire', 'noirs', 'noires', 'black', 'blacks',
    'migrant', 'migrants', 'immigre', 'immigres', 'refugie', 'refugies', 'homo', 'homos', 'gitan', 'gitane', 'gitans', 'gitanes', 'handicape', 'handicapee',
    'handicapes', 'handicapees', 'trans', 'gay', 'gays', 'lesbienne', 'lesbiennes', 'chinois', 'chinoise', 'chinoises', 'immigrant', 'immigrants',
    // The Jews in verlan, as they also name themselves ("mes potes feujs"): a slur only with contempt ("sales feujs").
    'feuj', 'feuje', 'feujs', 'feujes',
    // Verlan of "arabe" and "noir", worn with pride as often as spat ("sale rebeu", "espèce de renoi").
    'rebeu', 'rebeus', 'beur', 'beurs', 'renoi', 'renois'],
  { packless: ['raton', 'ratons'] },
).concat(framed(
  ['singe', 'singes', 'guenon', 'guenons', 'macaque', 'macaques', 'gorille', 'gorilles', 'bride', 'bridee', 'brides', 'bridees', 'trainee', 'trainees'],
  [...FR_YOU_ARE, 'tu n es qu un', 'tu n es qu une', 't es qu un', 't es qu une', 'espece de', 'sale', 'sales'],
  ['comme toi', 'comme vous', 'de merde'],
), framed(
  // "Pédale" is also a pedal (a brake's, a guitarist's): the slur only aimed, or as a pack ("bande de pédales"), which pedals are not.
  ['pedale', 'pedales'],
  [...FR_YOU_ARE, 'tu n es qu un', 'tu n es qu une', 't es qu un', 't es qu une', 'espece de', 'sale', 'sales', 'ta gueule', 'bande de', 'tas de', 'ramassis de'],
  ['comme toi', 'comme vous', 'de merde'],
));
const PT_STRESS = ['so', 'apenas', 'mesmo', 'realmente', 'simplesmente'];
const PT_YOU_ARE = [...youAre(['voce e', 'vc e', 'tu es'], ['um', 'uma'], PT_STRESS, ['para mim', 'pra mim']), ...youAre(['voces sao'], ['uns', 'umas'], PT_STRESS, ['para mim', 'pra mim'])];
const PT_AIMING: Aiming = {
  addressed: [...PT_YOU_ARE, 'passa de um', 'passa de uma', 'passas de um',
    'passas de uma', 'seu', 'sua', 'seus', 'suas', 'mais um', 'mais uma', 'um outro', 'uma outra', 'tipico de um', 'tipico de uma', 'tipica de uma',
    // A demonstrative points at the one insulted ("esse vagabundo", "aquela puta").
    'esse', 'essa', 'esses', 'essas', 'este', 'esta', 'estes', 'estas', 'aquele', 'aquela', 'aqueles', 'aquelas',
    // Session 8: told to shut up or clear off ("cala a boca, ...", "sai daqui, ..."), and "nothing but".
    'cala a boca', 'cala boca', 'sai daqui', 'some daqui', 'vai embora', 'so um', 'so uma', 'nada mais que um', 'nada mais que uma', 'sempre sera um', 'sempre sera uma'],
  packs: ['bando', 'monte', 'cambada', 'corja', 'manada', 'horda', 'sucia', 'matilha', 'recua', 'montoeira'].map((pack) => `${pack} de`),
  addressedAfter: ['como voce', 'como voces', 'como tu', 'como vc', 'como os outros', 'como as outras', 'feito voce', 'que nem voce', 'igual a voce', 'igual voce', 'que voce e', 'que tu es'],
  contempt: ['maldito', 'maldita', 'malditos', 'malditas', 'nojento', 'nojenta', 'nojentos', 'nojentas', 'imundo', 'imunda', 'imundos', 'imundas', 'reles', 'porra de', 'merda de'],
  contemptAfter: ['de merda', 'nojento', 'nojenta', 'nojentos', 'nojentas', 'imundo', 'imunda', 'imundos', 'imundas', 'do caralho', 'fedorento', 'fedorenta',
    'fedorentos', 'fedorentas'],
};
const PT_AIMED = aimedSlurs(
  PT_AIMING,
  ['bicha', 'bichas', 'selvagem', 'selvagens', 'anormal', 'anormais', 'invalido', 'invalida', 'invalidos', 'invalidas', 'vagabundo', 'vagabundos', 'puta', 'putas',
    'mongol', 'mongois', 'debil mental', 'debeis mentais', 'sapata', 'sapatas', 'traveca', 'travecas', 'indio', 'indios', 'aleijadinho', 'demente', 'dementes'],
  ['preto', 'preta', 'pretos', 'pretas', 'negro', 'negra', 'negros', 'negras', 'judeu', 'judia', 'judeus', 'judias', 'muculmano', 'muculmana', 'muculmanos', 'muculmanas',
    'gay', 'gays', 'lesbica', 'lesbicas', 'travesti', 'travestis', 'cigano', 'cigana', 'ciganos', 'ciganas', 'imigrante', 'imigrantes', 'refugiado', 'refugiada',
    'refugiados', 'refugiadas', 'deficiente', 'deficientes', 'chines', 'chinesa', 'chineses',
    // Brazilians' own nickname in Portugal ("os brasucas em Lisboa"), and the followers of an Afro-Brazilian faith.
    'brasuca', 'brasucas', 'macumbeiro', 'macumbeira', 'macumbeiros', 'macumbeiras'],
).concat(framed(
  ['macaco', 'macaca', 'macacos', 'macacas', 'gorila', 'gorilas', 'piranha', 'piranhas', 'galinha', 'india', 'indias'],
  [...PT_YOU_ARE, 'passa de um', 'passa de uma', 'maldito', 'maldita'],
  ['como voce', 'como voces', 'como tu', 'como os outros', 'como as outras', 'de merda'],
), framed(
  // "Bicha" is also a queue (in Portugal) and a worm; with a masculine determiner it is only the slur.
  ['bicha', 'bichas'],
  ['um', 'uns', 'o', 'os', 'do', 'dos', 'ao', 'aos', 'no', 'nos', 'pelo', 'pelos', 'esse', 'esses', 'este', 'estes', 'aquele', 'aqueles', 'seu', 'seus', 'outro', 'outros'],
  [],
));
/** Polish declines the slur after its frame: every case form of each word is listed. */
const PL_AIMING: Aiming = {
  addressed: ['jesteś', 'jesteś tylko', 'jesteś zwykłym', 'jesteś zwykłą', 'jesteście', 'ty', 'wy', 'kolejny', 'kolejna', 'kolejni', 'kolejne', 'zwykły', 'zwykła',
    'zwykli', 'pospolity', 'pospolita', 'pospolici', 'pospolite', 'typowy', 'typowa', 'jak każdy', 'jak każda', 'innym jak', 'inną jak', 'dla',
    // Session 8: told to shut up or clear off ("zamknij się, ...", "spadaj, ..."), and exclaimed ("ale z ciebie ...", "głupi ...").
    'zamknij się', 'spadaj', 'wynoś się', 'z ciebie', 'ale z ciebie', 'ty głupi', 'ty głupia', 'głupi', 'głupia', 'jesteś po prostu',
    'jesteś naprawdę', 'jesteś zwyczajnie', 'jesteś dla mnie', 'jesteś dla mnie tylko', 'dla mnie jesteś', 'dla mnie jesteś tylko'],
  packs: ['banda', 'bandą', 'stado', 'zgraja', 'kupa', 'horda', 'wataha', 'sfora', 'zbieranina'],
  addressedAfter: ['jak ty', 'jak wy', 'jak inni', 'jak inne', 'jak wszyscy', 'jak wszystkie', 'taki jak ty', 'taka jak ty', 'jeden', 'jedna'],
  contempt: ['brudny', 'brudna', 'brudni', 'brudne', 'brudnego', 'brudnej', 'parszywy', 'parszywa', 'parszywi', 'parszywe', 'parszywego', 'pierdolony', 'pierdolona',
    'pierdoleni', 'pierdolone', 'pierdolonego', 'pierdolonej', 'jebany', 'jebana', 'jebani', 'jebane', 'jebanego', 'jebanej', 'zasrany', 'zasrana', 'zasrani', 'zasrane',
    'cholerny', 'cholerna', 'cholerni', 'cholerne', 'kurewski', 'kurewska', 'kurewscy', 'kurewskie', 'kurewskiego', 'kurewskiej', 'pieprzony', 'pieprzona', 'pieprzeni', 'pieprzone', 'śmierdzący', 'śmierdząca'],
  contemptAfter: ['jebany', 'jebana', 'jebani', 'jebane', 'pierdolony', 'pierdolona', 'pierdoleni', 'pierdolone', 'zasrany', 'zasrana', 'śmierdzący', 'śmierdząca',
    'pieprzony', 'pieprzona'],
};
const PL_AIMED = aimedSlurs(
  PL_AIMING,
  ['kurwy', 'kurwo', 'kurwę', 'kurwami', 'kurew', 'szmata', 'szmaty', 'szmato', 'szmatę', 'szmatą', 'szmatami', 'szmat', 'upośledzony', 'upośledzona', 'upośledzonego',
    'upośledzonym', 'upośledzeni', 'upośledzonych', 'upośledzonej', 'upośledzoną', 'roślinka', 'roślinki', 'roślinko', 'roślinkę', 'roślinką', 'roślinkami', 'roślinek',
    'hermafrodyta', 'hermafrodyty', 'hermafrodytę', 'hermafrodytą', 'hermafrodyto', 'hermafrodytów', 'transseksualista', 'transseksualisty', 'transseksualistę',
    'transseksualistą', 'transseksualisto', 'transseksualiści', 'transseksualistów', 'debil', 'debila', 'debilem', 'debile', 'debili', 'debilów', 'kaleki', 'kalekę', 'kaleko', 'kalek',
    'dzikus', 'dzikusa', 'dzikusem', 'dzikusy', 'dzikusów', 'murzyn', 'murzyna', 'murzynem', 'murzyni', 'murzynów', 'murzynka', 'murzynki', 'murzynkę',
    // "Asfalty" (for Black people) is also the road surface's plural: aimed only ("jebane asfalty").
    'asfalty', 'asfaltów', 'asfaltami'],
  ['żyd', 'żyda', 'żydem', 'żydzi', 'żydów', 'żydówka', 'muzułmanin', 'muzułmanina', 'muzułmanie', 'muzułmanów', 'arab', 'araba', 'arabem', 'arabowie', 'arabów', 'gej',
    'geja', 'gejem', 'geje', 'gejów', 'lesbijka', 'lesbijki', 'lesbijek', 'imigrant', 'imigranta', 'imigranci', 'imigrantów', 'uchodźca', 'uchodźcy', 'uchodźców', 'cygan',
    'cygana', 'cyganie', 'cyganów', 'azjata', 'azjaty', 'azjaci', 'azjatów', 'niepełnosprawny', 'niepełnosprawnego', 'niepełnosprawni', 'niepełnosprawnych'],
).concat(framed(
  // "Kurwa" alone is also the exclamation ("kurwa, jak ty to zrobiłeś?"), and "kurwą" reads as it once accents are
  // folded: only its other cases, and either form said to someone.
  ['żółty', 'żółta', 'żółtego', 'żółtym', 'żółci', 'żółtych', 'żółtka', 'żółtki', 'żółtkiem', 'żółtków', 'małpa', 'małpy', 'małpo', 'małpę', 'małpą', 'kurwa'],
  ['jesteś', 'jesteś tylko', 'jesteś zwykłym', 'jesteś zwykłą', 'ty', 'innym jak', 'inną jak', 'kolejna', 'pospolita', 'zwykła'],
  ['jak wy', 'jak inni', 'jak inne'],
), framed(['żółtego', 'żółtka', 'żółtym', 'żółtkiem', 'małpy', 'małpą'], [], ['jak ty'])
);

/**
 * A people called a rabble by its adjective ("żydowska hołota", "cygańska swołocz"), in the collective nouns' cases: the
 * noun is contempt, the adjective names whom.
 */
const PL_RABBLE = framed(['hołota', 'hołoty', 'hołotą', 'hołotę', 'swołocz', 'swołoczy', 'swołoczą', 'zaraza', 'zarazy', 'zarazą', 'dzicz', 'dziczy', 'dziczą'],
  ['żydowska', 'żydowskiej', 'żydowską', 'cygańska', 'cygańskiej', 'cygańską', 'ukraińska', 'ukraińskiej', 'ukraińską', 'arabska', 'arabskiej', 'arabską',
    'muzułmańska', 'muzułmańskiej', 'muzułmańską', 'murzyńska', 'murzyńskiej', 'murzyńską', 'pedalska', 'pedalskiej', 'pedalską', 'ciapata', 'ciapatej', 'ciapatą',
    'imigrancka', 'imigranckiej', 'imigrancką', 'islamska', 'islamskiej', 'islamską'], []);

/**
 * Arabic slurs against women, Black people and the rest (the matcher reads ة as ه and a hamza's seat as its alif,
 * match.ts foldKey, so each is written one way): the whores' names alone; "حرمة" (a woman, also a sanctity), "ساقطة" (fallen), "عبد" (a slave, also a
 * name's first half) only aimed at the one addressed ("واحدة حرمة", "حتة عبد", "عبد زيك") or with
 * contempt, and a group's name only with contempt ("يهودي قذر").
 */
const AR_SLURS = [
  'قحبة', 'قحاب', 'قحبات', 'شرموطة', 'شراميط', 'شرموطات', 'عاهرة', 'عواهر', 'عاهرات', 'مومس', 'مومسات',
  ...aimedSlurs(
    {
      // Session 8: "nothing more than", "nothing but", "all of you", "you are (after all)".
      addressed: ['انت', 'انتي', 'يا', 'واحد', 'واحدة', 'حتة', 'مجرد', 'مش اكتر من', 'مش اكثر من', 'ليس اكثر من', 'ولا حاجة غير', 'ولا حاجة الا', 'كلكم', 'كلكو',
        'انتو', 'انتم', 'انتوا', 'ما انت', 'ما انتي', 'انت اصلا', 'انتي اصلا', 'شوية', 'حبة'],
      packs: ['شلة', 'عصابة', 'قطيع', 'كومة', 'حفنة', 'زمرة'],
      addressedAfter: ['زيك', 'زيكم', 'زيكو', 'متلك', 'مثلك', 'امثالك', 'زي دي', 'زي ده', 'تاني', 'تانية'],
      contempt: ['قذر', 'قذرة', 'وسخ', 'وسخة', 'حقير', 'حقيرة'],
      contemptAfter: ['قذر', 'قذرة', 'وسخ', 'وسخة', 'حقير', 'حقيرة', 'زبالة', 'نجس', 'نجسة', 'ابن كلب', 'بنت كلب', 'ابن وسخة'],
    },
    // One "شاذ" is also an adjective, irregular or odd ("جمع شاذ", an irregular plural): a slur where aimed ("يا شاذ").
    ['حرمة', 'حريم', 'ساقطة', 'ساقطات', 'عبد', 'عبيد', 'جارية', 'جواري', 'خدامة', 'شاذ'],
    ['يهودي', 'يهودية', 'لاجئ', 'لاجئة', 'معاق', 'معاقة', 'مثلي', 'اسود', 'سودا', 'سوداء', 'متحول', 'متحولة'],
  ),
];

/**
 * Slurs that name a group, bare and with the article Arabic writes onto the word, alone, after "and", "with", "so" or
 * joined to the Levantine "these" ("الشواذ", "والزنوج", "بالخولات", "هالشواذ"): the lexicon matches whole words, and a
 * group is most often named with its article.
 */
const AR_SLURS_DEFINITE = ['شواذ', 'لوطيين', 'لوطيون', 'خولات', 'سحاقيات', 'مسترجلات', 'بويات', 'زنجي', 'زنوج', 'زنجيات', 'مخنثين', 'مخنثون', 'مخانيث', 'روافض', 'رافضة',
  'قحاب', 'قحبات', 'شراميط', 'شرموطات', 'عواهر', 'عاهرات', 'مومسات'].flatMap((word) => ['', 'ال', 'وال', 'بال', 'فال', 'لل', 'هال'].map((article) => `${article}${word}`));

/**
 * Romanised Hindi names that are slurs only when aimed at someone ("tu ek chudail", "tere jaise mulla",
 * "bas ek aur aam kala"): alone, "kala" is black and art, "mulla" a cleric, "kinnar" and "chamar" a community's own
 * name ("main chamar samaj se hoon aur mujhe garv hai").
 * Aimed as Hindi aims an insult: at the one addressed before it (a vocative, "chup kar", "nikal", "tu to
 * hai hi") or after it ("X hai tu", "X hi rahega", "X kahin ka", "X ke siva kuch nahi", "X ki aulad"); with the
 * intimate "tu" ("tere jaise"), not the polite "tum jaise", "aap jaise", which also praise ("tumhare jaise kinnar...").
 */
const HI_SLURS = aimedSlurs(
  {
    addressed: ['tu', 'tu ek', 'tu to', 'oye', 'abe', 'chup kar', 'aur aam', 'ek aam', 'ek aur', 'bas ek', 'sirf ek', 'tere jaise', 'tere jaisi', 'tere jaisa', 'tujh jaise', 'tujh jaisa', 'saala', 'saali', 'saale',
      'chup', 'chal hat', 'hat be', 'nikal', 'nikal ja', 'bhag', 'bhag ja', 'sun be', 'are o', 'arre o', 'abe o', 'tu to hai hi', 'hai hi', 'tum to', 'tum ek', 'tujh jaisi', 'mere liye tu', 'mere liye tum', 'mere liye bas', 'sala', 'sali', 'kambakht'],
    addressedAfter: ['ke ilava kuch nahi', 'ke alawa kuch nahi', 'kahin ka', 'kahin ki', 'kahi ka', 'kahi ki', 'ki aulad', 'ki aulaad', 'hai tu', 'ho tum', 'sala', 'saala', 'saali',
      'ke siva kuch nahi', 'ke siwa kuch nahi', 'ke sivay kuch nahi', 'se zyada kuch nahi', 'se jyada kuch nahi', 'se badhkar kuch nahi', 'hi hai tu', 'hi ho tum', 'hi rahega', 'hi rahegi',
      'hi rahoge', 'hi rahenge', 'kahin ke', 'kahi ke', 'ka baccha', 'ki bachchi', 'ki nasl',
      // Their children, cursed with them ("chamar ke bachche", "mullon ke bachche").
      'ke bachche', 'ke bacche', 'ke bachhe', 'ki aulaadein', 'ki auladen', 'jaisi harkat', 'jaisi harkatein', 'wali harkat', 'wali harkatein', 'sali', 'ho tum log', 'hai na tu',
      // A pack of them, which Hindi says after the word ("X ka jhund").
      'ka guchha', 'ka jhund', 'ka jhunda', 'ki toli', 'ki fauj', 'ka gang', 'ki jamaat'],
    contempt: ['ganda', 'gandi', 'gande', 'ghatiya', 'neech', 'kamina', 'kamini', 'harami'],
    contemptAfter: [],
  },
  ['chudail', 'chudailo', 'chudailon', 'chudailen', 'kinnar', 'kinnaro', 'kinnaron', 'mulla', 'mulle', 'mullo', 'mullon', 'hijro', 'hijron', 'kala', 'kale', 'kaali', 'kalu', 'kaalu', 'hijda', 'hijra', 'hijde', 'hijre', 'chinki', 'bhangi', 'chamar', 'chamaar', 'chamaro', 'chamaron', 'randi',
    // The oblique plurals ("hijdon ki aulaad", "in kaaluon ko"), and "madrasi" (for South Indians), also the name of a coffee or a dish.
    'hijdon', 'hijdo', 'kaaluon', 'kaaluo', 'chinkiyon', 'madrasi', 'madrasiyon'],
  ['musalman', 'muslim', 'dalit', 'aurat', 'shudra', 'negro', 'gay', 'assamese'],
);
/**
 * Caste names used as slurs in Devanagari (चमार, भंगी, चूहड़ा: Session 18), only where aimed, as HI_SLURS are: at the one
 * addressed ("तू चमार", "साला भंगी कहीं का", "चमार की औलाद") or with contempt ("गंदे चमार", "भंगी लोग नीच"). Alone they are a community's
 * name and many members' own ("संत रविदास का जन्म चमार समुदाय में हुआ था", "मैं चमार हूँ और मुझे गर्व है").
 */
const HI_CASTE_SLURS_DEVANAGARI = aimedSlurs(
  {
    addressed: ['तू', 'तू एक', 'तू तो', 'अबे', 'अबे ओ', 'ओए', 'अरे ओ', 'तेरे जैसे', 'तेरे जैसा', 'तुझ जैसे', 'तुझ जैसा', 'साला', 'साले', 'साली', 'चल हट', 'निकल', 'भाग'],
    addressedAfter: ['कहीं का', 'कहीं के', 'कहीं की', 'की औलाद', 'की नस्ल', 'है तू', 'ही रहेगा', 'ही रहेंगे', 'साला', 'साले', 'साली', 'के बच्चे', 'की औलादें'],
    contempt: ['गंदा', 'गंदे', 'गंदी', 'नीच', 'हरामी', 'कमीना', 'कमीने'],
    contemptAfter: ['लोग गंदे', 'लोग नीच', 'गंदे होते', 'नीच होते'],
  },
  ['चमार', 'चमारों', 'चमारो', 'भंगी', 'भंगियों', 'भंगियो', 'चूहड़ा', 'चूहड़े', 'चूहड़ों',
    // The hijra community's and the North-East's slurs: alone, a community's own name and a girl's nickname.
    'हिजड़ा', 'हिजड़े', 'हिजड़ों', 'चिंकी', 'चिंकियों'],
  [],
);

/**
 * A donkey, the fool, only called so ("तू गधा है", "abe gadhe"): alone it is the animal, and a farmer's or a vet's bio names it.
 */
const HI_DONKEY = [
  ...framed(['गधा', 'गधे'], ['तू', 'तू एक', 'तू तो', 'अबे', 'अबे ओ', 'ओए', 'अरे ओ', 'तेरे जैसा', 'तेरे जैसे', 'तुझ जैसा', 'साला', 'साले'], ['कहीं का', 'कहीं के', 'की औलाद', 'है तू']),
  ...framed(['gadha', 'gadhe', 'gadhaa'], ['tu', 'tu ek', 'tu to', 'abe', 'abe o', 'oye', 'are o', 'arre o', 'tere jaisa', 'tere jaise', 'tujh jaisa', 'saala', 'saale'], ['kahin ka', 'kahin ke', 'kahi ka', 'ki aulad', 'ki aulaad', 'hai tu']),
];

/**
 * A slur named as what someone is called ("kisi ko katua kehna galat hai", "bhangi bolna band karo"):
 * counter-speech mentions the word, it does not aim it.
 */
const HI_SLURS_CALLED = framed(
  ['chudail', 'kinnar', 'mulla', 'mulle', 'kala', 'kale', 'kalu', 'kalua', 'hijda', 'hijra', 'hijde', 'hijre', 'chinki', 'bhangi', 'chakka', 'chhakka', 'chakke', 'chhakke',
    'chamar', 'habshi', 'katuwa', 'katua', 'katue', 'randi', 'chinaal', 'paki'],
  [],
  ['kehna', 'kehne', 'kehte', 'kehta', 'kehti', 'kaha', 'kahna', 'kahne', 'kahte', 'kahta', 'kahti', 'bolna', 'bolne', 'bolte', 'bolta', 'bolti', 'bola', 'boli', 'bulana', 'bulane',
    'bulate', 'bulata', 'bulati', 'bulaya', 'kehkar', 'kahkar', 'bolkar', 'keh kar', 'bol kar', 'keh ke', 'bol ke', 'shabd', 'jaise shabd', 'jaise apshabd', 'kehlana', 'pukarna', 'pukarte'],
);

/**
 * Cricket's six in romanised Hindi ("chhakka", the slur's word): hit (a direct object, where the slur's people
 * take "ko": "chhakkon ko maaro"), paired with the four, and the idioms "chhakke chhudana" (to rout) and
 * "chhakke chhootna" (to be terrified). Allowed by the lexicon and blanked for the grammars (innocent-lookalikes.ts).
 */
const SIXES = ['chhakka', 'chakka', 'chhakke', 'chakke'];
const FOURS = ['chauka', 'chauke', 'chowka', 'chowke'];
export const HI_CRICKET: readonly string[] = [
  ...framed(SIXES, [], ['maara', 'maare', 'mara', 'mare', 'maarna', 'marna', 'maarta', 'maarte', 'marta', 'marte', 'maar ke', 'maarke', 'maar kar', 'maarkar', 'lagaya', 'lagaye', 'lagana',
    'lagata', 'lagate', 'jada', 'jade', 'jadna', 'jadta', 'jadte']),
  ...FOURS.flatMap((four) => SIXES.flatMap((six) => [`${four} ${six}`, `${four} aur ${six}`, `${six} ${four}`, `${six} aur ${four}`])),
  ...framed(['chhakke', 'chakke'], [], ['chhuda', 'chhudaye', 'chhuda diye', 'chhuda dete', 'chhuda denge', 'chhuda dunga', 'chhudana', 'chuda', 'chudaye',
    'chuda diye', 'chuda dete', 'chudana', 'chhoot gaye', 'chhut gaye', 'chhoot jate', 'chhut jate']),
];

/** Each curse word joined to each group word, as Dutch and German write swearing at a people ("kankerjoden", "Scheißausländer"). */
const cursedCompounds = (curses: readonly string[], groups: readonly string[]) => curses.flatMap((curse) => groups.map((group) => `${curse}${group}`));
/**
 * Each language's common slurs for a people or an identity that the lists lacked, with the forms members write (plural,
 * gender, case, the article or a curse joined on): added to its terms and to its slurs. Written from the languages, by
 * class, not from any data set's rows.
 */
const GROUP_SLURS = {
  // "-ucho" belittles what it ends ("gitanucho"); "trolo" is Argentina's "maricón".
  es: ['moraco', 'moracos', 'moraca', 'moracas', 'mojamé', 'mojamés', 'trava', 'travas', 'gitanucho', 'gitanuchos', 'gitanucha', 'gitanuchas', 'trolo', 'trolos'],
  // "-asse" makes a slur coarser ("gouinasse").
  fr: ['négro', 'négros', 'gogole', 'gogoles', 'gouinasse', 'gouinasses'],
  it: ['checche', 'vu cumpra'],
  // The feminine and the diminutive plurals of slurs listed in their base form ("negerinnen", "homootjes").
  nl: ['mietje', 'mietjes', 'bosneger', 'bosnegers', 'zwartjoekel', 'zwartjoekels', 'negerin', 'negerinnen', 'homootjes', 'mongooltjes', 'nikkertjes', ...cursedCompounds(['kut', 'kanker', 'kk', 'tyfus', 'tering', 'klote', 'pleuris', 'kolere'], ['jood', 'joden', 'moslim', 'moslims', 'homo', 'homos', 'turk',
    'turken', 'marokkaan', 'marokkanen', 'neger', 'negers', 'zwarten', 'allochtoon', 'allochtonen', 'vluchteling', 'vluchtelingen', 'buitenlander', 'buitenlanders', 'asielzoekers', 'migranten',
    'lesbo', 'lesbos', 'lesbiennes', 'flikker', 'flikkers', 'transen', 'mongool', 'mongolen', 'zigeuner', 'zigeuners', 'gehandicapte', 'gehandicapten', 'wijf', 'wijven', 'surinamer', 'surinamers',
    'islamiet', 'islamieten'])],
  // Austria's "Tschusch" (for people from the Balkans and the East), Switzerland's "Jugo" (for Yugoslavs: the singular
  // is also the Adriatic wind, so only the plural) and "Tschingg" (for Italians); the feminine plural.
  de: ['behindi', 'behindis', 'nafri', 'nafris', 'tschusch', 'tschuschen', 'jugos', 'tschingg', 'tschingge', 'tschinggen', 'negerinnen', ...cursedCompounds(['scheiß', 'scheiss', 'drecks'], ['jude', 'juden', 'moslem', 'moslems', 'muslim', 'muslime', 'muslimen', 'schwule', 'schwulen', 'schwuchtel', 'schwuchteln',
    'ausländer', 'ausländern', 'asylant', 'asylanten', 'flüchtling', 'flüchtlinge', 'flüchtlingen', 'migranten', 'kanake', 'kanaken', 'türke', 'türken', 'neger', 'zigeuner', 'weib', 'weiber',
    'lesbe', 'lesben', 'transe', 'transen', 'behinderte', 'behinderten', 'krüppel', 'araber', 'polacke', 'polacken'])],
  // "Ukry" (for Ukrainians), "kozojebcy" (goat-fuckers, for Muslims), "pedalstwo" (the gays as a rabble) and its adjective, in their cases.
  pl: ['ukry', 'ukrów', 'ukrami', 'ukrom', 'kozojebca', 'kozojebcy', 'kozojebców', 'kozojebcami', 'pedalstwo', 'pedalstwa', 'pedalstwem', 'pedalstwu',
    'pedalski', 'pedalska', 'pedalskie', 'pedalscy', 'pedalskich', 'pedalskiej', 'pedalską', 'ciot', 'lesb', 'kalek', 'pedziów', 'pedziami', 'ciapak', 'ciapaki', 'ciapaków', 'ciapakom', 'ciapakami', 'żydy'],
  pt: ['judeuzinho', 'judeuzinhos', 'judeuzinha', 'judeuzinhas', 'viadão', 'viadões'],
  hi: ['mulle', 'mullo', 'mullon', 'मुल्ले', 'मुल्लों', 'कटुआ', 'कटुए', 'कटुओं', 'कटुवे'],
  zh: ['犹太佬', '绿教徒'],
} satisfies Partial<Record<Language, readonly string[]>>;

/**
 * Romanised Hindi "saale" is also a brother-in-law, said with whose he is ("mere saale ki shaadi"), and "kutte" are dogs,
 * counted or one's own, kept or walked ("teen kutte", "kutte paalna").
 */
const HI_KIN_AND_DOGS = [
  ...['mere', 'apne', 'uske', 'unke', 'hamare', 'humare', 'aapke', 'tumhare', 'bhai ke', 'biwi ke', 'patni ke'].map((whose) => `${whose} saale`), 'saale sahab', 'saale saheb',
  ...['do', 'teen', 'char', 'chaar', 'paanch', 'panch', 'kai', 'mere', 'hamare', 'humare', 'apne'].map((count) => `${count} kutte`),
  ...framed(['kutta', 'kutte'], [], ['paalna', 'paalne', 'paala', 'paale', 'paalta', 'paalte', 'paalti', 'palna', 'pale', 'ghumana', 'ghumane', 'ghumata', 'ghumati']),
];

/**
 * English swearing members write in every language ("fuck die Ausländer", "fuck les arabes", "fuck os gays"): a swear
 * word of each language's own lexicon, so its grammar reads it aimed at a group or exclaimed at no one as its own.
 * Strict: counted only where the text reads as that language, not in English porn spam ("fuck gay teens"). Dutch lists
 * it in its grammar.
 */
const BORROWED_SWEARING = ['fuck', 'fucking'];

export const CURATION: Record<Language, Curation> = {
  en: {
    drop: [
      'anal', 'anus', 'auto erotic', 'autoerotic', 'bareback', 'barely legal', 'barenaked', 'bastardo', 'bdsm', 'bondage', 'butt', 'domination',
      'dominatrix', 'erotic', 'erotism', 'escort', 'eunuch', 'fecal', 'genitals', 'gay sex', 'homoerotic', 'how to kill', 'how to murder',
      'intercourse', 'kinky', 'lolita', 'lovemaking', 'nude', 'nudity', 'nipple', 'nipples', 'orgasm', 'panties', 'panty', 'penis',
      'playboy', 'rectum', 'sadism', 'santorum', 'sex', 'sexo', 'sexual', 'sexually', 'sexuality', 'sexy', 'suck', 'sucks', 'swastika',
      'swinger', 'tainted love', 'taste my', 'tied up', 'tight white', 'tongue in a', 'topless', 'twink', 'twinkie', 'undressing',
      'vagina', 'vibrator', 'voyeur', 'vulva', 'xx', 'big black', 'girl on', 'hot chick', 'huge fat', 'jelly donut', 'mong', 'poof',
      'scat', 'snatch', 'spastic', 'strip club', 'clitoris', 'urethra play', 'semen', 'pubes', 'grope', 'ejaculation', 'masturbation',
      'cialis', 'viagra', 'hardcore', 'hard core', 'pornography', 'smut', 'incest', 'rape', 'raping', 'rapist', 'date rape', 'neonazi',
      'white power', 'paedophile', 'pedophile', 'negro', 'yaoi', 'hentai', 'ecchi', 'shota', 'futanari', 'dendrophilia', 'beaver lips',
    ],
    add: ['motherfucking', 'fucker', 'fucked', 'dickhead', 'wanker', 'bellend', 'retard', 'cocksucker', 'dipshit', 'douchebag', 'prick', 'kys', 'fuk', 'fck', 'fcuk', 'phuck', 'phuk', 'biatch', 'sh1t'],
    slurs: ['beaner', 'beaners', 'coon', 'coons', 'darkie', 'fag', 'faggot', 'jigaboo', 'jiggaboo', 'jiggerboo', 'kike', 'nigga', 'nigger', 'nig nog', 'paki', 'pikey', 'raghead', 'slanteye', 'spic', 'towelhead', 'tranny', 'wetback', 'honkey', 'retard'],
    stems: ['fuck', 'motherfuck', 'shit', 'cunt', 'bitch', 'asshole', 'nigger', 'faggot', 'whore', 'slut', 'wank', 'cocksuck', 'dickhead', 'bullshit', 'jackass', 'dumbass'],
    // Real words a stem starts (Shitterton in Dorset, Bitche in Moselle, shitake, shittim wood, the Wankel engine), and
    // dishes, plants, birds and titles that hold a strict word (spotted dick, pussy willow, great tits, Moby Dick).
    allow: ['shitterton', 'bitche', 'shitake', 'shittim', 'wankel', 'spotted dick', 'faggots with', 'faggots and', 'faggots in', 'pussy willow', 'great tit', 'great tits', 'blue tit', 'blue tits', 'coal tit', 'coal tits', 'moby dick'],
    strict: ['cum', 'cumming', 'dick', 'cock', 'cocks', 'tit', 'tits', 'poon', 'quim', 'muff', 'boob', 'boobs', 'ass', 'pussy', 'skeet', 'spunk', 'tosser', 'twat', 'booty call', 'bimbos', 'juggs', 'knobbing'],
  },
  es: {
    drop: [
      'asesinato', 'asno', 'caca', 'concha', 'coprofagía', 'drogas', 'esperma', 'fiesta de salchichas', 'haciendo el amor', 'heroína', 'infierno',
      'maciza', 'macizorra', 'maldito', 'martillo', 'nazi', 'orina', 'pedo', 'pervertido', 'pezón', 'pis', 'prostituta', 'racista', 'sádico',
      'semen', 'sexo', 'sexo oral', 'tía buena', 'travesti', 'trio', 'vulva', 'chupada', 'chupetón', 'culo', 'pinche',
    ],
    // First, plurals of listed slurs the lists lacked (the singular was caught, the plural not).
    add: [...GROUP_SLURS.es, ...BORROWED_SWEARING, 'bolleras', 'maricas', 'mariconas', 'maraco', 'maracos', 'joto', 'jotos', 'marimacho', 'marimachos', 'machorra', 'machorras', 'sidoso', 'sidosos', 'sarasa', 'sarasas', 'mariposón', 'mariposones', 'tullido', 'tullidos', 'tullida', 'tullidas', 'puto', 'puta madre', 'joder', 'zorra', 'subnormal', 'capullo', 'mamón', 'malparido', 'hijueputa', 'sudaca', 'sudacas', 'moro de mierda', 'moros de mierda', 'maricona', 'cerdo asqueroso', 'negrata', 'negratas', 'tortillera', 'tortilleras', 'travelo', 'travelos', 'mongolo', 'mongolos', 'maricones', 'mogólico', 'mogólicos', 'mogólica', 'mogólicas', 'retrasado mental', 'retrasados mentales', 'zorras', 'furcia', 'furcias', 'ramera', 'rameras', ...ES_AIMED],
    slurs: [...GROUP_SLURS.es, 'bolleras', 'maricas', 'mariconas', 'maraco', 'maracos', 'joto', 'jotos', 'marimacho', 'marimachos', 'machorra', 'machorras', 'sidoso', 'sidosos', 'sarasa', 'sarasas', 'mariposón', 'mariposones', 'tullido', 'tullidos', 'tullida', 'tullidas', 'bollera', 'marica', 'maricón', 'mariconazo', 'maricona', 'sudaca', 'sudacas', 'moro de mierda', 'moros de mierda', 'negrata', 'negratas', 'tortillera', 'tortilleras', 'travelo', 'travelos', 'mongolo', 'mongolos', 'maricones', 'mogólico', 'mogólicos', 'mogólica', 'mogólicas', 'retrasado mental', 'retrasados mentales',
      // The words that make a woman a whore: a slur against women, whoever it is said to ("puta" is also an intensifier, "perra" a dog: left swear words).
      'zorra', 'zorras', 'furcia', 'furcias', 'ramera', 'rameras', ...ES_AIMED],
    stems: ['gilipoll', 'hijoputa', 'hijaputa', 'chupapoll', 'soplapoll', 'maricon', 'cabron', 'pendej', 'imbecil', 'mierd'],
    // Actors wish each other "mucha mierda" for luck.
    allow: ['mucha mierda'],
    strict: [...BORROWED_SWEARING, 'trava', 'travas', 'verga', 'coño', 'pendejo'],
  },
  pt: {
    drop: [
      'aborto', 'amador', 'ânus', 'aranha', 'ariano', 'bissexual', 'boob', 'bumbum', 'burro', 'camisinha', 'cerveja', 'chupar', 'clitoris', 'cocaína',
      'coito', 'comer', 'consolo', 'dum raio', 'fecal', 'frango assado', 'gozar', 'grelho', 'heroína', 'heterosexual', 'homem gay', 'homoerótico',
      'homosexual', 'inferno', 'lésbica', 'lolita', 'mama', 'pênis', 'pinto', 'saco', 'torneira', 'transar', 'vibrador', 'passar um cheque', 'bicha',
      'cacete', 'pau', 'foda',
    ],
    // First, plurals of listed slurs the lists lacked (the singular was caught, the plural not).
    add: [...GROUP_SLURS.pt, ...BORROWED_SWEARING, 'sapatonas', 'bichonas', 'fodam-se', 'fodam', 'fuder', 'fuderem', 'se foderem', 'pé no saco', 'baitola', 'baitolas', 'bichinha', 'bichinhas', 'viadinho', 'viadinhos', 'viados', 'aleijado', 'aleijados', 'aleijada', 'aleijadas', 'travecão', 'sapatões', 'paneleiros', 'tição', 'tições', 'otário', 'vagabunda', 'vagabundo', 'viado', 'arrombado', 'babaca', 'desgraçado', 'piranha', 'filha da puta', 'vai se foder', 'cuzão', 'macaco imundo', 'sapatão', 'sapatona', 'traveco', 'travecos', 'mongoloide', 'mongoloides', 'bichona', 'boiola', 'boiolas', 'retardado', 'retardada', 'retardados', 'retardadas', 'vadia', 'vadias', 'vagabunda', 'vagabundas', 'rameira', 'rameiras', 'biscate', 'biscates', 'quenga', 'quengas', 'monhé', 'monhés', ...PT_AIMED],
    slurs: [...GROUP_SLURS.pt, 'sapatonas', 'bichonas', 'baitola', 'baitolas', 'bichinha', 'bichinhas', 'viadinho', 'viadinhos', 'viados', 'aleijado', 'aleijados', 'aleijada', 'aleijadas', 'travecão', 'sapatões', 'paneleiros', 'tição', 'tições', 'veado', 'viado', 'paneleiro', 'macaco imundo', 'sapatão', 'sapatona', 'traveco', 'travecos', 'mongoloide', 'mongoloides', 'bichona', 'boiola', 'boiolas', 'retardado', 'retardada', 'retardados', 'retardadas',
      // The words that make a woman a whore: a slur against women, whoever it is said to ("pute" is also in "fils de
      // pute", a curse at anyone, and "salope" the word of porn spam: aimed only).
      'vadia', 'vadias', 'vagabunda', 'vagabundas', 'rameira', 'rameiras', 'biscate', 'biscates', 'quenga', 'quengas', 'monhé', 'monhés', ...PT_AIMED],
    stems: ['caralh', 'porr', 'fodid', 'filho da put', 'otari', 'arrombad', 'merd'],
    // A Porto Alegre bread roll, the words a stem starts, and actors' wish of luck, named with its premiere ("merda pra
    // você na estreia"): alone, "merda pra você" may be a curse.
    allow: ['cacetinho', 'porrada', 'porre', 'porridge', 'porro', 'muita merda', ...['merda', 'merda pra você', 'merda pra vocês', 'merda pra todos'].map((luck) => `${luck} na estreia`)],
    strict: [...BORROWED_SWEARING, 'cu', 'cona', 'corno', 'porra', 'retardado', 'retardada', 'retardados', 'retardadas'],
  },
  fr: {
    drop: [
      'baiser', 'bigornette', 'bloblos', 'bordel', 'bourré', 'bourrée', 'caca', 'clitoris', 'clito', 'folle', 'gerbe', 'gerber', 'grande folle', 'jouir',
      'ménage à trois', 'meuf', 'péter', 'pipi', 'pisser', 'ramoner', 'suce', 'tanche', 'trique', 'zizi', 'zigounette', 'MALPT', 'negro', 'chatte',
      'déconne', 'déconner', 'emmerdant', 'gueule', 'bander', 'tapette', 'teuch',
      // A pedal, and Italian's (a cyclist's bio): the slur is framed in FR_AIMED.
      'pédale',
    ],
    // First, plurals of listed slurs the lists lacked (the singular was caught, the plural not).
    add: [...GROUP_SLURS.fr, ...BORROWED_SWEARING, 'tafioles', 'youpines', 'mongoliennes', 'pédés', 'gouines', 'youpins', 'youtre', 'youtres', 'chinetoque', 'chinetoques', 'niakoué', 'niakoués', 'fiotte', 'fiottes', 'lopette', 'lopettes', 'gogol', 'gogols', 'triso', 'trisos', 'bamboulas', 'ta gueule', 'ferme ta gueule', 'bâtard', 'abruti', 'débile', 'bougnoule', 'bougnoules', 'youpin', 'bamboula', 'sale pute', 'pd', 'niquer', 'nique ta mère', 'fdp', 'bicot', 'bicots', 'travelo', 'travelos', 'tarlouze', 'tarlouzes', 'tafiole', 'youpine', 'négresse', 'négresses', 'mongolien', 'mongoliens', 'mongolienne', 'attardé mental', 'attardés mentaux', 'attardée mentale', 'nègres', 'tantouze', 'tantouzes', 'crouille', 'crouilles', 'pute', 'putes', 'salope', 'salopes', 'pouffiasse', 'pouffiasses', 'connasse', 'connasses', 'pétasse', 'pétasses', 'grognasse', 'grognasses', 'radasse', 'radasses', 'catin', 'catins', ...FR_AIMED],
    slurs: [...GROUP_SLURS.fr, 'tafioles', 'youpines', 'mongoliennes', 'pédés', 'gouines', 'youpins', 'youtre', 'youtres', 'chinetoque', 'chinetoques', 'niakoué', 'niakoués', 'fiotte', 'fiottes', 'lopette', 'lopettes', 'gogol', 'gogols', 'triso', 'trisos', 'bamboulas', 'nègre', 'gouine', 'pédé', 'bougnoule', 'bougnoules', 'youpin', 'bamboula', 'pd', 'bicot', 'bicots', 'travelo', 'travelos', 'tarlouze', 'tarlouzes', 'tafiole', 'youpine', 'négresse', 'négresses', 'mongolien', 'mongoliens', 'mongolienne', 'attardé mental', 'attardés mentaux', 'attardée mentale', 'nègres', 'tantouze', 'tantouzes', 'crouille', 'crouilles',
      // The words that make a woman a whore: a slur against women, whoever it is said to.
      'pouffiasse', 'pouffiasses', 'connasse', 'connasses', 'pétasse', 'pétasses', 'grognasse', 'grognasses', 'radasse', 'radasses', 'catin', 'catins', ...FR_AIMED],
    stems: ['connard', 'connass', 'encul', 'enfoir', 'salop', 'emmerd', 'branleu', 'pouffiass', 'niqu'],
    // Actors wish each other "merde pour ta première" for luck; a "tête de nègre" is the old name of a chocolate cake.
    allow: ['merde pour', 'tete de negre', 'tetes de negre'],
    strict: [...BORROWED_SWEARING, 'négro', 'négros', 'con', 'conne', 'cul', 'bite', 'bitte', 'suce', 'foutre', 'chier'],
  },
  de: {
    drop: ['bimbo', 'bonze', 'dödel', 'fratze', 'ische', 'kimme', 'lümmel', 'MILF', 'möpse', 'mufti', 'nackt', 'nippel', 'orgasmus', 'penis', 'pinkeln', 'popel', 'porno', 'rosette', 'onanieren', 'kampflesbe', 'fick'],
    add: [...GROUP_SLURS.de, ...BORROWED_SWEARING, 'verpisst euch', 'verpisst', 'verpiss dich', 'kanacke', 'kanacken', 'negerin', 'negern', 'kopftuchmädchen', 'ziegenficker', 'kameltreiber', 'schlitzaugen', 'fidschis', 'polacke', 'polacken', 'itaker', 'kümmeltürken', 'krüppel', 'mongoloid', 'mongoloide', 'kampflesbe', 'kampflesben', 'transen', 'drecksjude', 'drecksjuden', 'musel', 'musels', 'missgeburt', 'spast', 'spasti', 'spastis', 'spasten', 'drecksau', 'vollidiot', 'huso', 'halt die fresse', 'halts maul', 'kanaken', 'schlitzauge', 'zigeunerpack', 'verpiss dich', 'mongo', 'mongos', 'tunte', 'tunten', 'transe', 'kümmeltürke', 'schwuchteln', 'judensau', 'hure', 'huren', 'nutte', 'nutten', 'fotze', 'fotzen', 'schlampe', 'schlampen', ...DE_AIMED],
    slurs: [...GROUP_SLURS.de, 'kanacke', 'kanacken', 'negerin', 'negern', 'kopftuchmädchen', 'ziegenficker', 'kameltreiber', 'schlitzaugen', 'fidschis', 'polacke', 'polacken', 'itaker', 'kümmeltürken', 'krüppel', 'mongoloid', 'mongoloide', 'kampflesbe', 'kampflesben', 'transen', 'drecksjude', 'drecksjuden', 'musel', 'musels', 'kanake', 'kanaken', 'neger', 'nigger', 'schwuchtel', 'schlitzauge', 'zigeunerpack', 'spast', 'spasti', 'spastis', 'spasten', 'mongo', 'mongos', 'tunte', 'tunten', 'transe', 'kümmeltürke', 'schwuchteln', 'judensau',
      // The words that make a woman a whore: a slur against women, whoever it is said to.
      'hure', 'huren', 'nutte', 'nutten', 'fotze', 'fotzen', 'schlampe', 'schlampen', ...DE_AIMED],
    stems: ['arschloch', 'arschfick', 'wichs', 'hurensohn', 'hurensöhn', 'schlamp', 'scheiß', 'scheiss', 'fotze', 'fick', 'schwanzlutsch', 'kanake', 'schwuchtel', 'missgeburt', 'drecks', 'vollpfost', 'hackfress', 'kackbratz'],
    // Fick's law of diffusion, a German surname; Darmstadt-Wixhausen; "Fickmühle" and "Wichsbürste" (shoe brush) are old words.
    // "schlampig" is sloppy; English "fickle" starts like "fick". "Trans*" is the gender star's inclusive spelling
    // ("Schwule, Lesben, Trans*: alle willkommen"), not "Transe" with a letter masked (session 33).
    allow: ['ficksche', 'fickschen', 'fickmühle', 'wichsbürste', 'dreckschleuder', 'schlampig', 'schlampige', 'schlampigen', 'schlampiger', 'schlamperei', 'fickle', 'fickleness', 'trans*'],
    strict: [...BORROWED_SWEARING, 'arsch', 'hure', 'titten', 'muschi', 'kacke', 'transe', 'mongo', 'mongos'],
  },
  it: {
    drop: [
      'allupato', 'anale', 'arrapato', 'assatanato', 'bagnarsi', 'balle', 'battere', 'biga', 'brinca', 'cadavere', 'casci', 'cesso', 'ciospo', 'cozza',
      'fava', 'femminuccia', 'finocchio', 'goldone', 'guardone', 'lecchino', 'monta', 'montare', 'nave scuola', 'palle', 'palloso', 'patacca', 'pecorina',
      'pesce', 'pincare', 'pipì', 'pisello', 'pistolotto', 'pomiciare', 'pompa', 'porca', 'porco', 'quaglia', 'regina', 'rizzarsi', 'ruffiano',
      'sbattere', 'sbattersi', 'sega', 'spagnola', 'succhione', 'tirare', 'topa', 'vacca', 'vangare', 'zio cantante', 'mannaggia', 'cagna', 'mona',
      'cacca', 'chiappa', 'porca miseria', 'smandrappata', 'bofilo', 'tarzanello', 'tette', 'scopare', 'culo',
    ],
    add: [...GROUP_SLURS.it, ...BORROWED_SWEARING, 'storpio', 'storpi', 'storpia', 'storpie', 'muso giallo', 'musi gialli', 'crucco', 'crucchi', 'lesbicona', 'lesbicone', 'culorotto', 'culattona', 'zingaraccia', 'zingaracci', 'terrona', 'negri', 'negro di merda', 'terroni', 'zingari di merda', 'frocio di merda', 'stronza', 'cazzone', 'vaffanculo', 'testa di cazzo', 'figlio di puttana', 'mongoloide', 'mongoloidi', 'giudeo', 'giudei', 'negra', 'negre', 'ricchioni', 'froci', 'culattoni', 'tranvione', 'tranvioni', 'ricchione', 'mangiabanane', 'ritardato', 'ritardati', 'ritardata', 'zoccola', 'zoccole', 'mignotta', 'mignotte', 'baldracca', 'baldracche', ...IT_AIMED,
      // Session 19: the fool ("sei proprio uno scemo"), missed by session 18's probe.
      'scemo', 'scema', 'scemi', 'sceme'],
    slurs: [...GROUP_SLURS.it, 'storpio', 'storpi', 'storpia', 'storpie', 'muso giallo', 'musi gialli', 'crucco', 'crucchi', 'lesbicona', 'lesbicone', 'culorotto', 'culattona', 'zingaraccia', 'zingaracci', 'terrona', 'frocio', 'froscio', 'recchione', 'culattone', 'busone', 'checca', 'terrone', 'terroni', 'negri', 'negro di merda', 'zingari di merda', 'frocio di merda', 'mongoloide', 'mongoloidi', 'giudeo', 'giudei', 'negra', 'negre', 'ricchioni', 'froci', 'culattoni', 'tranvione', 'tranvioni', 'ricchione', 'mangiabanane', 'ritardato', 'ritardati', 'ritardata',
      // The words that make a woman a whore: a slur against women, whoever it is said to ("porca troia", "porca puttana"
      // are exclamations: those two are left swear words).
      'zoccola', 'zoccole', 'mignotta', 'mignotte', 'baldracca', 'baldracche', ...IT_AIMED],
    stems: ['cazz', 'coglion', 'stronz', 'puttan', 'vaffancul', 'fancul', 'mignott', 'zoccol', 'minchi', 'merd', 'bastard'],
    // Dish names and surnames a stem starts: pasta alla puttanesca, Cazzaniga, Cazzago San Martino.
    allow: ['puttanesca', 'cazzaniga', 'cazzago', 'minchiate'],
    strict: [...BORROWED_SWEARING, 'fica', 'figa', 'troia', 'merda', 'culo', 'potta', 'sorca', 'bastardo', 'negra', 'negre', 'ritardato', 'ritardati', 'ritardata'],
  },
  nl: {
    drop: [
      'aardappels afgieten', 'achter het raam zitten', 'anita', 'asbak', 'balen', 'bekken', 'beurt', 'boemelen', 'brugpieper', 'buffelen', 'de hond uitlaten',
      'de koffer induiken', 'de pijp uitgaan', 'driehoog achter wonen', 'gedoogzone', 'gras maaien', 'griet', 'hoempert', 'huisdealer', 'johny', 'kanen',
      'knor', 'kwakkie', 'matje', 'muts', 'naakt', 'paal', 'palen', 'penoze', 'poot', 'pot', 'publiciteitsgeil', 'raaskallen', 'remsporen', 'reutelen',
      'schatje', 'slempen', 'spuiten', 'standje', 'stootje', 'toeter', 'vergallen', 'watje', 'welzijnsmafia', 'wijf', 'zaadje', 'zuigen', 'zuiplap',
      'nicht', 'gat', 'hol', 'del', 'beffen', 'pik', 'poep', 'poepen', 'piesen', 'potverdorie', 'gadverdamme', 'godverdomme', 'sufferd',
    ],
    // Session 24: the other diseases cursed on one ("ze kunnen de klere krijgen"), beside the cancer's.
    add: [...GROUP_SLURS.nl, 'rot op', 'rot toch op', 'oprotten', 'opgerot', 'opkankeren', 'opgekankerd', 'krijg de kanker', 'krijg de klere', 'krijg de kolere', 'krijg de pleuris', 'de klere krijgen', 'de kolere krijgen', 'de pleuris krijgen', 'klerelijer', 'klerelijers', 'pleurislijer', 'pleurislijers', 'kankerlijer', 'kankerhoer', 'kankerjoch', 'kankerzooi', 'tyfuslijer', 'teringlijer', 'makak', 'makakken', 'hou je bek', 'vuile hoer', 'mongool', 'spast', 'nikker', 'nikkers', 'kutmarokkaan', 'kutmarokkanen', 'geitenneuker', 'geitenneukers', 'manwijf', 'manwijven', 'sodomiet', 'sodomieten', 'niknok', 'niknokken', 'roetmop', 'roetmoppen', 'kansenparel', 'kansenparels', 'cultuurverrijker', 'cultuurverrijkers', 'haatbaard', 'haatbaarden', 'kamelenneuker', 'kamelenneukers', 'neger', 'negers', 'debiel', 'debielen', 'een hoer', 'zo n hoer', 'hoeren', 'sletten', 'sloerie', 'sloeries', ...NL_AIMED],
    slurs: [...GROUP_SLURS.nl, 'flikker', 'mof', 'makak', 'makakken', 'nicht', 'mongool', 'spast', 'nikker', 'nikkers', 'kutmarokkaan', 'kutmarokkanen', 'geitenneuker', 'geitenneukers', 'manwijf', 'manwijven', 'sodomiet', 'sodomieten', 'niknok', 'niknokken', 'roetmop', 'roetmoppen', 'kansenparel', 'kansenparels', 'cultuurverrijker', 'cultuurverrijkers', 'haatbaard', 'haatbaarden', 'kamelenneuker', 'kamelenneukers', 'neger', 'negers',
      // The words that make a woman a whore: a slur against women, whoever it is said to ("teef" is also a dog's word, left a swear word;
      // "hoer" only with its article, since the stem is in "hoerenzoon", a swear word).
      'een hoer', 'zo n hoer', 'vuile hoer', 'hoeren', 'slet', 'sletten', 'sloerie', 'sloeries', ...NL_AIMED],
    // "kanker" alone is the illness (kankeronderzoek: cancer research), so only its curses are listed; "kut" starts Turkish words.
    stems: ['tyfus', 'tering', 'klootzak', 'hoer', 'flikker', 'makak', 'mongool'],
    // "de Lul" is a Dutch surname.
    allow: ['hoera', 'hoeraatje', 'de lul'],
    strict: ['kont', 'lul', 'reet', 'slet', 'teef', 'kut', 'hoer', 'stront'],
  },
  pl: {
    drop: ['cyc', 'jajco', 'jajko', 'syf', 'rzygać', 'sraczka', 'dupa', 'suka'],
    add: [...GROUP_SLURS.pl, ...BORROWED_SWEARING, ...PL_RABBLE, 'czarnucha', 'czarnuchem', 'czarnuchów', 'czarnuchom', 'czarnuchami', 'cwela', 'cwelem', 'cwele', 'cweli', 'ciapatego', 'ciapatych', 'ciapatym', 'ciapatymi', 'lesba', 'lesby', 'lesbą', 'lesbom', 'pedzio', 'pedzia', 'pedziem', 'brudas', 'brudasa', 'brudasy', 'brudasów', 'brudasem', 'kaleka', 'kaleką', 'skośnookiego', 'skośnookich', 'skośnookim', 'ciotę', 'ciotom', 'ciotami', 'pedałom', 'pedałowi', 'homosiów', 'szmata', 'cwel', 'pedał', 'pedały', 'czarnuch', 'czarnuchy', 'spierdalaj', 'wypierdalaj', 'zamknij mordę', 'ciota', 'żydek', 'żydki', 'ciapaty', 'ciapaci', 'ciapak', 'ciapaki', 'skośnooki', 'skośnoocy', 'żydostwo', 'obojniak', 'obojniaka', 'obojniakiem', 'obojniaki', 'homoś', 'homosia', 'homosiem', 'homosie', 'mosiek', 'mośka', 'mośkiem', 'gudłaj', 'gudłaja', 'gudłajem', 'gudłaje', 'żydka', 'żydkiem', 'żydków', 'cioty', 'ciotą', 'ułom', 'ułoma', 'ułomem', 'ułomy', 'pedała', 'pedałem', 'pedałów', 'pedałami', 'dziwka', 'dziwki', 'dziwko', 'dziwkę', 'dziwką', 'dziwek', 'dziwkami', 'żółtek', 'żółtków', ...PL_AIMED],
    slurs: [...GROUP_SLURS.pl, 'czarnucha', 'czarnuchem', 'czarnuchów', 'czarnuchom', 'czarnuchami', 'cwela', 'cwelem', 'cwele', 'cweli', 'ciapatego', 'ciapatych', 'ciapatym', 'ciapatymi', 'lesba', 'lesby', 'lesbą', 'lesbom', 'pedzio', 'pedzia', 'pedziem', 'brudas', 'brudasa', 'brudasy', 'brudasów', 'brudasem', 'kaleka', 'kaleką', 'skośnookiego', 'skośnookich', 'skośnookim', 'ciotę', 'ciotom', 'ciotami', 'pedałom', 'pedałowi', 'homosiów', 'ciota', 'pedał', 'pedały', 'czarnuch', 'czarnuchy', 'cwel', 'żydek', 'żydki', 'ciapaty', 'ciapaci', 'ciapak', 'ciapaki', 'skośnooki', 'skośnoocy', 'żydostwo', 'obojniak', 'obojniaka', 'obojniakiem', 'obojniaki', 'homoś', 'homosia', 'homosiem', 'homosie', 'mosiek', 'mośka', 'mośkiem', 'gudłaj', 'gudłaja', 'gudłajem', 'gudłaje', 'żydka', 'żydkiem', 'żydków', 'cioty', 'ciotą', 'ułom', 'ułoma', 'ułomem', 'ułomy', 'pedała', 'pedałem', 'pedałów', 'pedałami',
      // The words that make a woman a whore: a slur against women, whoever it is said to ("kurwa" is also the exclamation: aimed only); "żółtek" (its other cases are a yolk's).
      'dziwka', 'dziwki', 'dziwko', 'dziwkę', 'dziwką', 'dziwek', 'dziwkami', 'żółtek', 'żółtków', ...PL_AIMED, ...PL_RABBLE],
    // "pedał" is also a bicycle pedal: whole word, Polish text only. "szmatka" is a cloth.
    stems: ['kurw', 'jeba', 'jebn', 'pierdol', 'pierdal', 'chuj', 'huj', 'skurwysyn', 'kutas', 'pizd', 'spierdal', 'wypierdal', 'zajeb', 'pojeb', 'szmat', 'czarnuch', 'skośnook', 'ciapat'],
    // A car's or a bicycle's pedal, named with what it works ("pedał gazu").
    allow: ['szmatka', 'szmatki', 'szmatkę', 'szmatką', ...framed(['pedał', 'pedały', 'pedała', 'pedałem', 'pedałów', 'pedałami'], [], ['gazu', 'hamulca', 'sprzęgła', 'roweru', 'rowerowy', 'rowerowe', 'fortepianu'])],
    strict: [...BORROWED_SWEARING, 'ciot', 'lesb', 'kalek', 'homoś', 'dupa', 'debil', 'fiut', 'cipa', 'dupek', 'pedał', 'pedały', 'pedała', 'pedałem', 'pedałów', 'pedałami'],
  },
  ru: {
    drop: ['бугор', 'голый', 'другой дразнится', 'какая разница', 'мент', 'обнаженный', 'офигеть', 'половое сношение', 'секс', 'фига', 'хапать', 'хрен', 'хохол', 'byk', 'gol', 'uboy', 'petuh', 'padlo'],
    add: ['сука', 'суки', 'шлюха', 'блядь', 'пидор', 'пидорас', 'ублюдок', 'мудак', 'мудила', 'чурка', 'чурки', 'хач', 'тварь', 'даун', 'дебил', 'заткнись', 'suka', 'pidor', 'uebok', 'blyat', 'nahuy',
      // Session 17: scum and ugliness called out, and death wished on the one addressed ("сдохни", "чтоб ты сдох").
      'мразь', 'мрази', 'мразота', 'уродина', 'сдохни', 'сдохните', 'чтоб ты сдох', 'чтоб ты сдохла', 'чтоб вы сдохли',
      // Session 18: a fool called so to the one addressed ("ты полный идиот", "ты такая дура"); alone they are Dostoevsky's
      // novel and the card game ("играю в дурака").
      ...framed(['идиот', 'идиотка', 'дурак', 'дура', 'придурок', 'кретин', 'кретинка', 'тупица', 'болван'],
        ['ты', 'ты просто', 'ты полный', 'ты полная', 'ты такой', 'ты такая', 'ты же', 'сам ты', 'сама ты', 'эй ты'], [])],
    slurs: ['пидор', 'пидорас', 'чурка', 'чурки', 'хач', 'pidor', 'pidar gnoinyj', 'хохол'],
    stems: ['хуй', 'хуе', 'хуё', 'хуя', 'пизд', 'ебан', 'ебат', 'ёбан', 'ебал', 'бляд', 'блят', 'пидор', 'пидар', 'шлюх', 'ублюд', 'мудак', 'мудил', 'залуп', 'уеб', 'уёб', 'чурк', 'нахуй', 'охуе', 'долбоеб', 'долбоёб'],
    // "сука" is a breeder's word for the bitch, beside her dog, her litter or her kennel's "our".
    allow: ['наша сука', 'племенная сука', 'сука и кобель', 'кобель и сука', 'суки и кобели', 'кобели и суки', 'сука принесла', 'сука ощенилась', 'вязка суки', 'щенки от суки', 'щенков от суки'],
    strict: ['дебил', 'даун', 'тварь', 'жопа', 'говно', 'дерьмо'],
  },
  ar: {
    drop: ['سكس', 'لعق', 'لحس', 'مص', 'تمص', 'بيضان', 'ثدي', 'حلمة', 'فرج', 'شهوة', 'شاذ', 'جماع', 'اغتصاب', 'خنثي', 'احتلام', 'مبادل', 'لواط', 'سحاق', 'سحاقية', 'لوطي'],
    add: [
      // Slurs added 2026-12-03 (branch groups), by class: not read from any eval row.
      'شواذ', 'لوطي', 'لوطيين', 'خول', 'خولات', 'سحاقية', 'سحاقيه', 'مسترجلة', 'مسترجله', 'مسترجلات', 'زنجية', 'زنجيه', 'زنجيات',
      'غبي', 'حقير', 'ابن الكلب', 'يا ابن الكلب', 'كلب ابن كلب', 'ابن الحرام', 'حمار غبي',
      // A curse on the one addressed or on their kin ("يلعن أبوك"); on a thing it is a sigh ("يلعن أبو الكسل", damn laziness).
      'يلعنك', 'يلعنكم', 'يلعنكو', ...['ابوك', 'ابوكي', 'ابوكم', 'امك', 'امكم', 'اهلك', 'اهلكم', 'دينك', 'دينكم', 'شكلك', 'روحك', 'وشك', 'وجهك', 'ميتينك', 'سنسفيلك',
        'ابو شكلك', 'ابو اهلك', 'ابو امك', 'ابو ابوك', 'ابو دينك', 'اللي جابك', 'اللي خلفوك', 'اليوم اللي شفتك فيه'].map((kin) => `يلعن ${kin}`), 'زنجي', 'زنوج', 'مخنث', 'مخنثين',
      // An animal or a vile thing called out with the vocative يا or said to be the one addressed ("أنت حيوان"): "حيوان" (animal) alone is no insult.
      ...framed(['حيوان', 'حمار', 'كلب', 'جحش', 'بهيم', 'واطي', 'وسخ', 'زبالة', 'تافه', 'غبي', 'نذل', 'خنزير'], ['يا', 'انت', 'انتي', 'انتو', 'انتم'], []),
      // Death wished on the one addressed ("أتمنى تموت", "ربنا ياخدك": may God take you).
      'اتمنى تموت', 'اتمنالك الموت', 'يارب تموت', 'يا رب تموت', 'روح موت', 'ربنا ياخدك', 'الله ياخدك',
      // A whore's son or daughter, the whore with the article ("ابن الشرموطة").
      ...['ابن', 'بنت', 'يا ابن', 'يا بنت'].flatMap((child) => ['الشرموطة', 'القحبة', 'العاهرة', 'المتناكة'].map((whore) => `${child} ${whore}`)),
      ...AR_SLURS, ...AR_SLURS_DEFINITE,
    ],
    slurs: [...AR_SLURS, 'شواذ', 'لوطي', 'لوطيين', 'خول', 'خولات', 'سحاقية', 'سحاقيه', 'مسترجلة', 'مسترجله', 'مسترجلات', 'زنجية', 'زنجيه', 'زنجيات', 'زنجي', 'زنوج', 'مخنث', 'مخنثين', ...AR_SLURS_DEFINITE],
    stems: [],
    allow: [],
    strict: ['غبي'],
  },
  zh: {
    drop: [
      '13.', '13点', '乳', '乳房', '交配', '你全家', '包皮', '卵', '卵子', '处女', '外阴', '奶', '成人', '性', '性器', '性无能', '情色', '撒尿', '月经', '激情',
      '爛', '祖宗', '私服', '精子', '老二', '老味', '老母', '肥西', '色情', '花柳', '阳具', '阴唇', '阴户', '阴核', '阴毛', '阴茎', '阴道', '阴部', '陰莖', '放荡',
      '性交', '性爱', '做爱', '口交', '肛交', '射精', '九游', '刚度', '迷药', '笨蛋', '鳩', '柒', '尻', '撚', '屁股', '幹', '扒光', '姣西',
      '淫', '奸', '姦', '妓', '你娘', '你妈', '他妈', '他娘', '你老母', '你老味', '你老闆', '硬膠', '笨實', '粉腸', '鬼公', '逼', '靠背', '靠腰',
      // Inside everyday words: 娘的 in 姑娘的 (the girl's), 干你 in 干你的活 (do your work), 日你 in 今日你, 屌 as "cool".
      '娘的', '干你', '日你', '屌', '賤', '靠母', '靠爸', '龟头', '卖淫', '嫖娼', '嫖客', '妓女', '强奸', '轮奸', '淫秽', '处女', '后庭', '吹箫', '打飞机', '打炮', '鸡鸡', '乳头',
    ],
    add: [...GROUP_SLURS.zh, 
      // Slurs added 2026-12-03 (branch groups), by class: not read from any eval row.
      '死基佬', '基佬', '娘炮', '娘娘腔', '残废', '瘸子', '瞎子', '聋子', '哑巴', '黑奴', '阿三', '小日本', '穆狗', '犹太猪', '绿茶婊', '田园女权', '女拳', '二椅子',
      '去死', '傻叉', '脑残', '贱人', '死全家', '黑鬼', '支那', '尼哥', '尼嘎', '白皮猪', '台巴子', '日本鬼子', '八婆', '人妖',
      // Homophones written to slip past filters: 草泥马 for 操你妈, 煞笔/沙比/傻b for 傻逼.
      '草泥马', '煞笔', '沙比', '傻b', '傻屄', '垃圾东西',
      // Session 7, slurs for every group by class (not read from eval rows): vermin and beasts of a colour or
      // faith, foreigners as rubbish, gay men, the disabled, women as things.
      '黑蛆', '绿蛆', '黑猴子', '黑皮猪', '洋垃圾', '外国佬', '小鬼子', '日本狗', '高丽棒子', '韩国棒子', '印度阿三', '屁精', '兔儿爷', '死gay',
      '死娘炮', '死人妖', '跛子', '瘫子', '肉便器', ...ZH_AIMED,
      // Session 17: a fat pig and an ugly freak called out, and death wished on a whole family.
      '死肥猪', '你这个丑八怪', '你个丑八怪', '你这个肥猪', '全家死光', '祝你全家死', '你全家都死', '你怎么不去死', '早点去死',
      // Session 19: blockhead and stupid pig anywhere; a fool (傻瓜) only called so, since 小傻瓜 is a term of endearment and 傻瓜相机
      // a point-and-shoot camera.
      '蠢货', '蠢猪', ...framed(['傻瓜'], ['你这个', '你个', '你是个', '你就是个', '你真是个', '你们这些', '你们这群', '像你这样的'], [], ''),
    ],
    slurs: [...GROUP_SLURS.zh, '死基佬', '基佬', '娘炮', '娘娘腔', '残废', '瘸子', '瞎子', '聋子', '哑巴', '黑奴', '阿三', '小日本', '穆狗', '犹太猪', '绿茶婊', '田园女权', '女拳', '二椅子', '黑鬼', '支那', '尼哥', '尼嘎', '白皮猪', '台巴子', '日本鬼子', '八婆', '人妖',
      '黑蛆', '绿蛆', '黑猴子', '黑皮猪', '洋垃圾', '外国佬', '小鬼子', '日本狗', '高丽棒子', '韩国棒子', '印度阿三', '屁精', '兔儿爷', '死gay',
      '死娘炮', '死人妖', '跛子', '瘫子', '肉便器', ...ZH_AIMED],
    stems: [],
    // 妈的 (damn) sits inside 妈妈的 (mum's); 三八 is also 8 March and the 38th parallel, 绿绿的 is green.
    // "为了一杯好咖啡我可以去死": the writer would die for something; "去死" is a curse said to another.
    allow: ['妈妈的', '我可以去死', '我愿意去死', ...['', ...ZH_ADDRESSED, ...ZH_CONTEMPT].flatMap((frame) => ['三八节', '三八妇女节', '三八红旗手', '三八线', '绿绿的', '绿绿地'].map((word) => frame + word))],
    strict: [],
  },
  ja: {
    drop: [
      '3p', 'g スポット', 's ＆ m', 'sm', 'sm女王', 'xx', 'アジアのかわいい女の子', 'いたずら', 'エスコート', 'エッチ', 'エロティズム', 'エロティック', 'オーガズム', 'おしっこ',
      'おしり', 'オシリ', 'お尻', 'カーマスートラ', 'グロ', 'コカイン', 'しばり', 'スウィンガー', 'スリット', 'セクシーな', 'セックス', 'ソドミー', 'デブ', 'トップレス', 'なめ',
      'ヌード', 'ネオ・ナチ', 'ハードコア', 'パンティー', 'ファンタジー', 'フック', 'プレイボーイ', 'ボーイズラブ', 'ぽっちゃり', 'ポルノ', 'ポルノグラフィー', 'やおい',
      'ラティーナ', 'ラバー', 'ランジェリー', 'レズビアン', 'ロリータ', '嫌い', '拷問', '殺し方', '殺人事件', '殺人方法', '支配', '自己愛性', '女の子', '女王様', '女子高生',
      '女装', '人妻', '人種', '性交', '生殖器', '精液', '挿入', '脱衣', '直腸', '剃毛', '奴隷', '乳首', '覗き', '縛り', '噴出', '糞', '平手打ち', '変態', '毛深い', '誘惑',
      '裸', '両性', '両性具有', '両刀', '卍', '宦官', '肛門', '膣', 'ホモ', 'オカマ', 'ゲイボーイ', 'ゲイ・セックス', 'グループ・セックス', '合意の性交', '児童性虐待',
      '幼児性愛者', 'テレフォンセックス', '新しいポルノ', 'ふたなり', '緊縛', 'ボンテージ', 'ディック', 'カント', 'フィスト', '陰毛', '勃起する', '夢精', '糞便', 'オナニー',
      'エクスタシー', 'サディズム', 'フェティッシュ', 'ローター', '足を広げる', '売春婦',
    ],
    // クズ (scum) and ブス (ugly) are the commonest insults; 氏ね is 死ね written with a homophone.
    // Session 17: refuse, scum and a life's worth said of the one addressed ("お前みたいなゴミは生きる価値がない").
    add: ['死ね', 'クソ野郎', 'くそやろう', 'ぶっ殺す', 'ぶっころす', 'キモい', 'ゴミ野郎', 'ガイジ', 'シナ人', 'クズ', 'ブス', '氏ね',
      ...framed(['お前', 'おまえ', 'てめえ', 'てめぇ', '貴様', 'あんた'], [], ['はゴミ', 'みたいなゴミ', 'なんかゴミ', 'はクズ', 'みたいなクズ', 'なんかクズ', 'に生きる価値はない', 'は生きる価値がない', 'なんか生きる価値ない',
        // Session 18: a fool, said of the one addressed ("お前はバカだ"); alone バカ is also "crazy good" (バカうま) and 親バカ a doting parent.
        'はバカ', 'はアホ', 'は馬鹿', 'みたいなバカ', 'みたいなアホ', 'ってバカ', 'ってアホ'], '')],
    slurs: ['ニガー', 'ガイジ', 'シナ人'],
    stems: [],
    // Terms inside innocent words: "死ねない" (cannot die, of oneself), "死ねる" and "死ねば" (could die of delight, if one
    // dies: "ラーメンのためなら死ねる"), ぶっかけうどん (a noodle dish),
    // ラブストーリー (love story), アブストラクト (abstract), Busquets and Kuznetsov, ガイジン (a foreigner, said of oneself
    // as often as of others) and クズリ (the wolverine).
    allow: ['死ねない', '死ねる', '死ねば', '死ねます', 'ぶっかけうどん', 'ぶっかけそば', 'ラブストーリー', 'アブストラクト', 'ブスケッツ', 'クズネツォフ', 'ガイジン', 'クズリ'],
    strict: [],
  },
  hi: {
    // "Kaminey" is how the film's title is spelled; the insult is kamine, kamina, kameena.
    drop: ['kaminey', 'balatkar', 'balatkari', 'boobe', 'hawas', 'hawas ke pujari', 'maal', 'najayaz', 'najayaz aulaad', 'najayaz paidaish', 'pataka', 'patakha', 'saala', 'suar', 'gucchi', 'gucchu', 'tharak', 'tharki', 'hijda', 'hijra', 'chakke', 'kutta', 'bhangi'],
    add: [...GROUP_SLURS.hi, 'chakka', 'chhakka', 'chakke', 'chhakke', 'chakko', 'chhakko', 'bhangi', 'habshi', 'habshiyo', 'bhosdike', 'bhosdiwale', 'bhenchod', 'behenchod', 'mc', 'bc', 'मादरचोद', 'बहनचोद', 'भोसड़ी', 'भोसडीके', 'चूतिया', 'हरामी', 'कमीने', 'रंडी', 'गांडू', 'कुत्ते', 'katuwa', 'katua', 'katue', 'katuwe', 'katuwo', 'katuon', 'katuwon', 'kalua', 'kalue', 'kaluye', 'kaluo', 'kaluon', 'bhangiyo', 'bhangiyon', 'kamina', 'kameena', 'kameene', 'kutte', 'saale', 'randiyan', 'randiyon', 'randiyo', ...HI_SLURS, ...HI_CASTE_SLURS_DEVANAGARI, ...HI_DONKEY],
    // "randi" (whore) is aimed at women as such: a slur, as "chinaal".
    slurs: [...GROUP_SLURS.hi, ...HI_SLURS, ...HI_CASTE_SLURS_DEVANAGARI, 'chakka', 'chhakka', 'chakke', 'chhakke', 'chakko', 'chhakko', 'bhangi', 'habshi', 'habshiyo', 'chinki', 'paki', 'chinaal', 'katuwa', 'katua', 'katue', 'katuwe', 'katuwo', 'katuon', 'katuwon', 'kalua', 'kalue', 'kaluye', 'kaluo', 'kaluon', 'bhangiyo', 'bhangiyon',
      'randi', 'randiyan', 'randiyon', 'randiyo'],
    // "chut" is a whole word only (chutney); "randi" and "lund" are also names elsewhere.
    stems: ['madarchod', 'bhenchod', 'behenchod', 'chutiy', 'bhosd', 'gaand', 'harami'],
    allow: ['gaandiv', 'gaandeev', ...HI_SLURS_CALLED, ...HI_CRICKET, ...HI_KIN_AND_DOGS],
    // German "Kutte" (a cowl) and the river Saale.
    // chamar is Portuguese for "to call".
    strict: ['mulle', 'mullo', 'mullon', 'chut', 'lund', 'randi', 'gandu', 'kutta', 'tatti', 'mc', 'bc', 'chod', 'kutte', 'saale', 'chamar'],
  },
  tr: {
    drop: ['çingene', 'Çingenede', 'Çingeneden', 'Çingeneler', 'Çingenelerde', 'Çingenelerden', 'Çingenelere', 'Çingeneleri', 'Çingenelerin', 'Çingenenin', 'Çingeneye', 'Çingeneyi'],
    add: ['salak', 'aptal', 'gerizekalı', 'piç', 'yavşak', 'şerefsiz', 'orospu çocuğu', 'amına koyayım', 'amk', 'siktir git', 'ibne',
      // Session 17: the curse on the mother, and death wished on the one addressed ("geber", croak; "öl artık").
      'ananı sikeyim', 'ananı sikerim', 'anani sikeyim', 'anani sikerim', 'sikeyim', 'geber', 'gebersene', 'gebermeni', 'geberesice', 'ölsene', 'öl artık'],
    slurs: ['ibne'],
    // Turkish insults take case and person endings ("gerizekalısın", you are an idiot).
    stems: ['orospu', 'siktir', 'sikiş', 'amcık', 'götver', 'yavşak', 'şerefsiz', 'kaltak', 'ibne', 'gerizekal', 'aptal', 'salak'],
    // The city Amasya and its people start like "am"; "sikke" is a coin.
    // A doubled adjective is an adverb of how something is done ("salak salak gülerim", I laugh foolishly), and "aptal kutusu" the
    // television ("the idiot box"), in its case endings.
    allow: ['amasya', 'amasyalı', 'amasyalıyım', 'sikke', 'salak salak', 'aptal aptal', 'ahmak ahmak',
      ...['', 'na', 'nda', 'ndan', 'nu', 'nun'].map((ending) => `aptal kutusu${ending}`)],
    // German "Geber" (a giver).
    strict: ['am', 'amı', 'amlar', 'sik', 'sike', 'siki', 'göt', 'salak', 'aptal', 'piç', 'geber'],
  },
};
