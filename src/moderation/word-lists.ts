import { nationalities } from './nationalities.js';

/**
 * Word lists shared by the lexicons (as {slots} in their patterns). Each entry is a phrase in the
 * phrase-pattern.ts syntax. Protected groups follow the usual grounds: race and ethnicity, national
 * origin and migration, religion, sex and gender identity, sexual orientation, disability.
 */

export const GROUP_ADJECTIVES = [
  'black', 'white', 'brown', 'asian', 'african', 'arab', 'jewish', 'muslim', 'islamic', 'christian', 'hindu',
  'sikh', 'gay', 'lesbian', 'bisexual', 'trans', 'transgender', 'queer', 'lgbt*', 'disabled', 'handicapped',
  'female', 'immigrant', 'migrant', 'refugee', 'foreign', 'mexican', 'chinese', 'indian', 'pakistani',
  'hispanic', 'latino', 'gypsy', 'roma', 'jew',
];

/** Plural (or collective) names for a protected group: "X are ...", "I hate X". */
export const GROUPS = [
  `(${GROUP_ADJECTIVES.join('|')}) (people|persons|folk~|men|women|guys|girls|kids|children|individuals|community|communities|population|lives)`,
  'women', 'woman', 'females', 'blacks', 'whites', 'africans', 'asians', 'arabs', 'jews', 'muslim~', 'moslem~',
  'christians', 'hindus', 'sikhs', 'gays', 'lesbians', 'homosexual~', 'queers', 'transgenders', 'trannies',
  'immigrant~', 'migrant~', 'refugee~', 'foreigners', 'illegals', 'illegal aliens', 'the disabled',
  'disabled', 'cripples', 'retards', 'hispanics', 'latinos', 'mexicans', 'chinese', 'indians', 'pakistanis',
  'gypsies', 'gipsies', 'romani', 'jewry', 'islam', 'negro~', 'negroes', 'the jew', 'latinas', 'bisexuals', 'transsexuals',
  // Nationalities and peoples (nationalities.ts), session 23.
  ...nationalities('en'),
];

/** One member of a protected group: "a woman like you", "never trust a Muslim". */
export const GROUP_MEMBER = [
  `(${GROUP_ADJECTIVES.join('|')}) (person|man|woman|guy|girl|kid|child|individual)`,
  'woman', 'female', 'black', 'jew', 'muslim', 'moslem', 'immigrant', 'migrant', 'refugee', 'foreigner',
  'homosexual', 'gay', 'lesbian', 'tranny', 'cripple', 'mexican', 'arab', 'african', 'asian', 'negro', 'hindu',
  'jihadi', 'islamist', 'gypsy', 'gipsy', 'hispanic', 'latino', 'latina', 'sikh', 'bisexual', 'transgender',
];

/** Words that deny a person's humanity or worth, said of a group or a person. */
export const DEHUMANISING = [
  '[human] (scum|filth|trash|garbage|waste|excrement)', 'vermin', 'rats', 'rat', 'cockroach~', 'roaches',
  'parasite~', 'leech~', 'pest~', 'insects', 'maggots', 'animals', 'beasts', 'savages', 'apes', 'monkeys',
  'gorillas', 'pigs', 'swine', 'dogs', 'subhuman~', 'sub human~', 'untermensch', '[worthless] dirt',
  '[a] (virus|disease|plague|cancer|infestation|pestilence|blight|scourge|tumour|tumor)',
  '[a] waste of (space|oxygen|air|skin)', 'not (human|people)', 'less than human', 'inferior [beings|race]',
  'degenerate~', 'worthless', 'worth (nothing|absolutely nothing|less)', 'expendable', 'disposable',
  'invaders', 'an invasion',
];

/** Contemptuous judgements that become hate when said of a whole protected group. */
export const CONTEMPT = [
  'disgusting', 'repulsive', 'repugnant', 'revolting', 'sickening', 'vile', 'filthy', 'dirty', 'gross', 'ugly',
  'stupid', 'stoopid', 'stupidest', 'dumb', 'dumbest', 'idiots', 'morons', 'retarded', 'ignorant', 'primitive',
  'uncivilised', 'uncivilized', 'barbaric', 'barbarians', 'backwards', 'evil', 'the enemy', 'criminals', 'thieves',
  'rapists', 'terrorists', 'pedophiles', 'paedophiles', 'predators', 'liars', 'useless', 'pathetic',
  'lazy', 'inferior', 'mentally ill', 'sick in the head', 'fucked in the head', 'a danger', 'a threat',
  'a problem', 'a burden', 'shitty [human beings|people]', 'trash people', 'annoying', 'dangerous',
  // Session 32: violence and greed said of a whole group ("X are violent by nature", "X are greedy").
  'violent', 'greedy', 'dishonest', 'untrustworthy',
];

/** Killing and removal verbs, for "X should be ..." and "kill all X". */
export const KILL_VERBS = [
  'kill~', 'murder~', 'slaughter~', 'exterminate~', 'extermination', 'eradicate~', 'annihilate~',
  'genocide', 'gas~', 'gassing', 'shoot', 'shot', 'hang~', 'hung', 'lynch~', 'burn~', 'burnt', 'stab~',
  'behead~', 'butcher~', 'execute~', 'wipe~ out', 'wiped out', 'get rid of', 'got rid of', 'eliminate~',
  'purge~', 'cleanse~', 'put down', 'drown~', 'torture~', 'massacre~', 'beat~', 'beaten', 'destroy~', 'strangle~',
];

/** The same verbs in their base form only: a call to act ("kill them"), not a report ("killed her"). */
export const KILL_BASE = [
  'kill', 'murder', 'slaughter', 'exterminate', 'eradicate', 'annihilate', 'gas', 'shoot', 'hang', 'lynch', 'burn',
  'stab', 'behead', 'butcher', 'execute', 'wipe out', 'get rid of', 'eliminate', 'purge', 'cleanse', 'drown',
  'torture', 'massacre', 'nuke', 'bomb', 'exterminate', 'strangle',
];

/** Slurs that are slurs in any context. */
export const SLURS = [
  'nigger~', 'niggers', 'niggr~', 'niga', 'sandnigger~', 'kike~', 'chink~', 'gook~', 'spic~', 'spick~',
  'wetback~', 'beaner~', 'raghead~', 'towelhead~', 'camel jockey~', 'coon~', 'jigaboo~', 'darkie~', 'darky',
  'kaffir~', 'kaffer~', 'paki~', 'faggot~', 'fagot~', 'tranny', 'trannie~', 'shemale~', 'she male~',
  'rapefugee~', 'muzzie~', 'mussie~', 'dindu~', 'zipperhead~', 'slant eye~', 'halfbreed~', 'half breed~',
  'gypo~', 'gyppo~', 'pikey~', 'retard~', 'mong~', 'mongoloid~', 'spastic~', 'spaz~', 'abo~', 'boong~',
  'yid~', 'heeb~', 'hymie~', 'wop~', 'dago~', 'chinaman', 'chinamen', 'jap~', 'golliwog~',
];

/** Slur spellings that also have innocent meanings: count only with a word that aims them at someone. */
export const AMBIGUOUS_SLURS = [
  'fag~', 'dyke~', 'queer~', 'homo~', 'nigga~', 'niggaz', 'cripple~', 'negro~', 'hoe~',
];

/** Name-calling words with no innocent use: insults wherever they appear. */
export const STRONG_INSULTS = [
  'idiot~', 'moron~', 'imbecile~', 'cretin~', 'dimwit~', 'halfwit~', 'nitwit~', 'dumbass~', 'dumbasses',
  'dumb ass~', 'jackass~', 'jackasses', 'asshole~', 'arsehole~', 'a holes', 'a hole', 'dickhead~', 'shithead~',
  'shit head~', 'fuckhead~', 'fuckface~', 'dipshit~', 'douchebag~', 'scumbag~', 'dirtbag~', 'sleazebag~',
  'lowlife~', 'low life~', 'wanker~', 'tosser~', 'bellend~', 'knobhead~', 'twat~', 'cunt~', 'libtard~',
  'trumptard~', 'retardican~', 'leftard~', 'libturd~', 'demonrat~', 'democrap~', 'repuklican~', 'rethuglican~',
  'magat~', 'libtarded', 'scumfuk~', 'libfuk~',
];

/** Insulting words that also appear in quotes, self-mockery or plain description: weaker alone. */
export const NAME_CALLING = [
  ...STRONG_INSULTS, 'idiotic', 'moronic', 'douche~', 'scum', 'loser~', 'buffoon~', 'maggot~',
  'piece of (shit|crap|garbage|trash)', 'bastard~', 'prick~', 'bitch~', 'bitches', 'slut~', 'whore~', 'skank~',
  'pillock~', 'numpty', 'degenerate~', 'pervert~', 'stupid', 'stoopid',
  'retarded', 'lunatic~', 'nutjob~', 'nut job~', 'sociopath~', 'psychopath~', 'sheeple',
];

/**
 * Names for a sex offender, insults too. Harassment reads them only as an accusation (detect-accusation.ts):
 * "a pedophile" is also what a survivor, a novelist or a therapist names, and "a nonce" a number in cryptography.
 * Hate still reads them said of a group ("it's in their nature to be pedophiles").
 */
export const CRIME_NAMES = ['pedo~', 'pedophile~', 'paedophile~', 'nonce~'];

/** Both: what hate reads said of a group, and what the spelling readers know as a target. */
export const INSULTS = [...NAME_CALLING, ...CRIME_NAMES];

/**
 * The names an accusation calls a person, singular (a plural is the crime's, "victims of rapists"), in
 * normalised form, per language (detect-accusation.ts). English "nonce" is read apart, only of a person.
 */
export const ACCUSED = {
  en: ['pedophile', 'paedophile', 'pedo', 'paedo', 'child molester', 'child abuser', 'child predator', 'kiddie fiddler', 'rapist', 'sex offender'],
  es: ['pedofilo', 'pedofila', 'pederasta', 'violador', 'violadora', 'abusador de (ninos|menores)', 'abusadora de (ninos|menores)', 'depredador sexual'],
  pt: ['pedofilo', 'pedofila', 'pederasta', 'estuprador', 'estupradora', 'abusador de (criancas|menores)', 'predador sexual'],
  fr: ['pedophile', 'pedo', 'violeur', 'violeuse', 'pedocriminel', 'pedocriminelle', 'predateur sexuel'],
  de: ['padophiler', 'padophile', 'kinderschander', 'vergewaltiger', 'kinderficker', 'sexualstraftater', 'kindesmissbraucher'],
  it: ['pedofilo', 'pedofila', 'stupratore', 'violentatore', 'molestatore', 'predatore sessuale'],
  nl: ['pedofiel', 'pedo', 'verkrachter', 'kinderverkrachter', 'kindermisbruiker', 'zedendelinquent', 'kinderlokker'],
  pl: ['pedofil', 'gwalciciel', 'zboczeniec'],
} as const;

/** Words that insult only when aimed at someone ("you pig"); alone they are often innocent. */
export const DIRECTED_INSULTS = [
  'dumb', 'ugly', 'pathetic', 'worthless', 'useless', 'disgusting', 'fat (pig|slob|cow|ass)', 'clown~', 'creep~',
  'freak~', 'tramp~', 'hag~', 'liar~', 'traitor~', 'psycho~', 'simp~', 'incel~', 'cuck~', 'cuckold~', 'snowflake~',
  'disgrace', 'failure', 'waste of (space|oxygen|air|skin)', 'nobody',
];

/**
 * Names that condemn a person's character ("fraud", "coward", "hypocrite"). Each has plain uses (a
 * fraud investigator, "I was a coward about it"), so they insult only beside a sneer ("a spineless
 * coward", "what a disgusting fraud"), said to the face ("you hypocrite!"), as what "he" or "she" is,
 * or as all one is ("a total fraud."). Liar, traitor, creep and the like are DIRECTED_INSULTS,
 * lowlife and lunatic INSULTS.
 */
export const CONTEMPTIBLE = [
  'fraud~', 'hypocrite~', 'coward~', 'crook~', 'bigot~', 'bimbo~', 'doofus', 'nutcase~', 'nut case~',
  'crybaby', 'cry baby', 'crybabies', 'weasel~', 'grifter~', 'charlatan~', 'con man', 'con artist~', 'thug~',
  'fool~', 'parasite~', 'sleazeball~', 'bum~', 'racist~', 'criminal~',
];

/**
 * The same names in Spanish, Portuguese, Italian, French and German, and the sneers that make them
 * insults there ("un fraude asqueroso", "espèce de lâche", "ein erbärmlicher Feigling"), written as
 * normalised text reads them: lower case, without diacritics. German stems take any ending
 * (erbarmlich*: erbärmlicher, -en); Italian plurals are listed, since an inflection (~) adds English
 * endings. French "raté" is left out: without its accent it is English "rate" ("sale rates").
 */
export const CONTEMPTIBLE_BY_LANGUAGE = {
  es: {
    names: [
      'fraude~', 'mentiroso~', 'mentirosa~', 'cobarde~', 'hipocrita~', 'estafador~', 'estafadora~', 'traidor~', 'traidora~',
      'fracasado~', 'fracasada~', 'sinverguenza~', 'ladron', 'ladrones', 'ladrona~', 'payaso~', 'payasa~', 'corrupto~', 'corrupta~',
    ],
    sneers: ['asqueroso~', 'asquerosa~', 'patetico~', 'patetica~', 'miserable~', 'repugnante~', 'despreciable~', 'cobarde~', 'de mierda', 'rastrero~', 'rastrera~'],
  },
  pt: {
    names: [
      'fraude~', 'mentiroso~', 'mentirosa~', 'covarde~', 'hipocrita~', 'vigarista~', 'trapaceiro~', 'trapaceira~', 'traidor~', 'traidora~',
      'fracassado~', 'fracassada~', 'ladrao', 'ladroes', 'palhaco~', 'palhaca~', 'canalha~', 'safado~', 'safada~', 'corrupto~', 'corrupta~',
    ],
    sneers: ['nojento~', 'nojenta~', 'patetico~', 'patetica~', 'miseravel', 'miseraveis', 'desprezivel', 'despreziveis', 'covarde~', 'de merda', 'imundo~', 'imunda~', 'asqueroso~', 'asquerosa~'],
  },
  it: {
    names: [
      'truffatore', 'truffatori', 'truffatrice', 'bugiardo', 'bugiarda', 'bugiardi', 'codardo', 'codarda', 'codardi', 'vigliacco', 'vigliacca',
      'vigliacchi', 'ipocrita', 'ipocriti', 'traditore', 'traditori', 'fallito', 'fallita', 'falliti', 'ladro', 'ladri', 'buffone', 'buffoni',
      'pagliaccio', 'pagliacci', 'corrotto', 'corrotta', 'corrotti', 'verme', 'vermi',
    ],
    sneers: ['schifoso', 'schifosa', 'schifosi', 'schifose', 'patetico', 'patetica', 'patetici', 'miserabile', 'miserabili', 'disgustoso', 'disgustosa', 'lurido', 'lurida', 'luridi', 'di merda', 'vile', 'vili'],
  },
  fr: {
    names: [
      'pourri~', 'pourrie~', 'pourriture~', 'ordure~', 'lache~', 'hypocrite~', 'menteur~', 'menteuse~', 'escroc~',
      'traitre~', 'traitresse~', 'minable~', 'crapule~', 'salaud~', 'salope~', 'vaurien~', 'guignol~', 'bouffon~',
    ],
    sneers: ['sale', 'gros', 'grosse', 'minable~', 'pathetique~', 'ignoble~', 'immonde~', 'miserable~', 'lache~', 'pauvre', 'vieux', 'vieille'],
  },
  de: {
    names: [
      'feigling*', 'heuchler*', 'betruger*', 'lugner*', 'versager*', 'verrater*', 'schwindler*', 'gauner*', 'trottel*', 'schmarotzer*',
      'witzfigur*', 'dreckskerl*', 'mistkerl*', 'scheusal*',
    ],
    sneers: ['erbarmlich*', 'elend*', 'feig*', 'verlogen*', 'widerlich*', 'ekelhaft*', 'dreckig*', 'mies*', 'jammerlich*', 'armselig*', 'hinterhaltig*', 'korrupt*', 'schmierig*'],
  },
} as const;

/** Names for a person that are praise or fiction as often as contempt ("a monster on defence"): contempt only beside a sneer. */
export const VILLAINS = ['monster~', 'puppet~', 'demon~', 'devil~'];

/**
 * Animals and things that insult only when said of a person ("he's a pig", "you dirty rat"): "we have
 * a dog" and "I took out the trash" name what they say.
 */
export const INSULTING_THINGS = [
  'pig~', 'swine', 'snake~', 'rat~', 'dog', 'cow', 'worm~', 'joke', 'nothing', 'trash', 'garbage', 'filth',
];

/**
 * Words worth recognising with one typo (two letters swapped, or one dropped from a word of six or
 * more letters): members misspell on purpose to slip past filters. Kept to words whose misspellings
 * are not other common words.
 */
export const TYPO_TARGETS = [
  'women', 'woman', 'female', 'females', 'muslim', 'muslims', 'immigrant', 'immigrants', 'migrants', 'refugees',
  'disabled', 'black', 'jewish', 'trans', 'transgender', 'gay', 'lesbians', 'homosexuals', 'people',
  'hate', 'hatred', 'contempt', 'disgust', 'disgusting', 'despise', 'detest', 'loathe', 'abhor', 'repulsive',
  'repugnant', 'revolting', 'sickening', 'vermin', 'parasites', 'cockroaches', 'plague', 'cancer', 'virus',
  'disease', 'garbage', 'trash', 'worthless', 'subhuman', 'animals', 'savages', 'ignorant', 'uncivilised',
  'uncivilized', 'stupid', 'stupidest', 'dumbest', 'filthy', 'pathetic', 'killed', 'kill', 'murder',
  'slaughtered', 'exterminated', 'eradicated', 'executed', 'hanged', 'burned', 'throats',
  'suffer', 'deserve', 'should', 'bullshit', 'fucking', 'fucked', 'shithead', 'dickhead', 'faggot', 'bitch',
  'idiot', 'idiots', 'moron', 'asshole', 'behaviour', 'behavior', 'yourself', 'myself', 'suicide', 'death',
  'worth', 'lives', 'scum', 'dickheads', 'dickhead', 'repugnant', 'belong', 'trust', 'nature', 'place',
  'throats', 'cages', 'illegal', 'rather', 'kill', 'lazy', 'dirty', 'inferior', 'annoying', 'prick',
];

/**
 * What one "kills" someone with in the idiom "kill them with kindness": after a threat's words it
 * makes the threat a joke or a motto.
 */
/**
 * Games as players name them in every language (each language says "at" or "in" its own way: IN_A_GAME is
 * English's), so a threat said of one is trash talk ("je vais vous massacrer ce soir en ligne", "te voy a matar
 * en el FIFA"). Not "uno", Spanish and Italian for "one" ("voy a apuñalar a uno de esos"): English's list has it.
 * An expression source.
 */
export const GAMES = [
  'poker', 'scrabble', 'monopoly', 'darts', 'bowling', 'golf', 'tennis', 'padel', 'ping pong', 'karaoke', 'bingo',
  'ranked', 'mario kart', 'smash', 'fifa', 'fortnite', 'warzone', 'call of duty', 'cod', 'minecraft', 'valorant', 'lol',
  'overwatch', 'apex', 'rocket league', 'dead by daylight', 'dbd', 'counter strike', 'csgo', 'among us',
].join('|');

export const KINDNESS = ['kindness', 'love', 'kisses', 'hugs', 'cuteness', 'compliments', 'a smile', 'smiles', 'sweetness', 'politeness'];

/**
 * What follows "shoot you" when "shoot" means send or photograph, not fire a gun: a thing sent ("I'll shoot you
 * an email", "shoot you over a quote") or a photographer's light, place or occasion ("I'll shoot you in golden
 * hour light", "on film", "for your headshots"). An expression source, read right after a threat's words. A count
 * is no thing sent: "shoot you a dozen times" stays a threat.
 */
export const SENT_OR_PHOTOGRAPHED = [
  `(?:a|an|over (?:a|an|the|my|our|some)) (?:\\p{L}+ )?(?:e ?mail|e-mail|mail|message|msg|text|note|line|dm|pm|invite|invitation|link|quote|invoice|estimate|reply|response|update|proposal|contract|copy|sample|preview|proof|gallery|file|pdf|brochure|voice (?:note|memo|message)|photo|pic|picture|video|whatsapp|sms)`,
  `in (?:(?:the|soft|natural|golden|warm|studio|beautiful|gorgeous|morning|evening|afternoon|window|hour) ){0,3}(?:light|lighting)`,
  'in (?:the )?golden hour|at golden hour|on film|on location|in (?:my|our|the) studio',
  // Not "at your wedding": a threat may name the place.
  'for your (?:portraits?|headshots?|session|shoot|portfolio|album|(?:wedding|engagement|family|maternity|graduation) (?:photos|pictures|album))',
]
  // The person is in the threat's words, or after them where a lexicon's match ends at the verb.
  .map((after) => `(?:(?:you|u|ya|him|her|them|us|me) )?(?:${after})`)
  .join('|');

/**
 * A game or contest named right after a threat's words: "I will destroy you in ranked", "we'll kill them at
 * chess". A gamer's or a player's boast; a place or a time alone ("at your house", "tonight") is no game. An
 * expression source, read right after the words.
 */
export const IN_A_GAME = `(?:(?:you|u|ya|y'all|you all|all of you|them|him|her|everyone|everybody) )?(?:(?:tonight|today|again|so hard) )?(?:in|at|on) (?:(?:a|the|this|our|my|your|next|every|tonight's|today's) )?(?:${GAMES}|uno|pvp|game|games|match|rematch|round|tournament|league|arena|lobby|leaderboard|court|pitch|chess|checkers|trivia|quiz|pool|table tennis|board games|video games)(?!\\p{L})|online`;

/**
 * What may follow a threat's words in English and make it play (an expression source for idiomTail): a thing sent or
 * a photographer's session, a game, or laughter ("you will die laughing at our comedy night").
 */
export const PLAYED_DOWN = `${SENT_OR_PHOTOGRAPHED}|${IN_A_GAME}|laughing|(?:of|with|from) laughter`;

/** Praise that makes a curse an adjective: "drop-dead gorgeous cakes", "a drop dead funny show". An expression source. */
export const PRAISED = '(?:gorgeous|beautiful|stunning|handsome|pretty|sexy|funny|hilarious|delicious|elegant|fabulous|glamorous|cute|brilliant)';

/** An amount: a word that starts with a digit ("5000", "50k", "3.000"), as a phrase pattern's slot. */
export const AMOUNT = ['0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*'];
