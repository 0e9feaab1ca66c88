/**
 * Nationalities and peoples as a target group: the plurals (both genders, and the case forms a plural
 * takes) of the peoples a European or Latin American site meets most, one row a people, one column a
 * language, normalised as normalise() reads them (no accents, ł as l). Only plurals: a singular
 * ("rumena", "Polish", "français") is a member naming their own nationality or a language far more
 * often than a target. A word marked with a leading "=" is also a country or a singular and a
 * language ("Polen", "polonais", "the Poles"): it names a people only after a determiner or a
 * curse, which the grammars then read as the group ("die Polen", "ces sales Polonais"). An empty cell is
 * a people the language's groups already name (English "Mexicans", word-lists.ts), or whose plural is its
 * adjective too (German "die deutschen Kunden"). "_" joins the words of one name ("cabo_verdianos").
 */
type Row = readonly [en: string, es: string, pt: string, fr: string, de: string, it: string, nl: string, pl: string];
const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl'] as const;
export type NationalityLanguage = (typeof LANGUAGES)[number];

// prettier-ignore
const PEOPLES: readonly Row[] = [
  ['romanians', 'rumanos rumanas', 'romenos romenas', 'roumains roumaines', 'rumanen', 'rumeni rumene', 'roemenen', 'rumuni rumunow rumunom rumunami rumunach rumunki'],
  ['=poles', 'polacos polacas', 'polacos polacas', '=polonais polonaises', '=polen', 'polacchi polacche', '=polen', 'polacy polakow polakom polakami polakach polaczki polaczkow'],
  ['ukrainians', 'ucranianos ucranianas', 'ucranianos ucranianas', 'ukrainiens ukrainiennes', 'ukrainer ukrainern', 'ucraini ucraine', 'oekrainers', 'ukraincy ukraincow ukraincom ukraincami ukraincach ukrainki banderowcy'],
  ['russians', 'rusos rusas', 'russos russas', 'russes', 'russen', 'russi russe', 'russen', 'rosjanie rosjan rosjanom rosjanami ruscy ruskie ruskich kacapy kacapow'],
  ['albanians', 'albaneses albanesas', 'albaneses albanesas', '=albanais albanaises', 'albaner albanern', 'albanesi', 'albanezen', 'albanczycy albanczykow'],
  ['bulgarians', 'bulgaros bulgaras', 'bulgaros bulgaras', 'bulgares', 'bulgaren', 'bulgari bulgare', 'bulgaren', 'bulgarzy bulgarow'],
  ['serbs serbians', 'serbios serbias', 'servios servias', 'serbes', 'serben', 'serbi', 'serviers', 'serbowie serbow'],
  ['moroccans', 'marroquies', 'marroquinos marroquinas', 'marocains marocaines', 'marokkaner marokkanern', 'marocchini marocchine', 'marokkanen', 'marokanczycy marokanczykow'],
  ['algerians', 'argelinos argelinas', 'argelinos argelinas', 'algeriens algeriennes', 'algerier algeriern', 'algerini algerine', 'algerijnen', 'algierczycy algierczykow'],
  ['tunisians', 'tunecinos tunecinas', 'tunisianos tunisianas', 'tunisiens tunisiennes', 'tunesier tunesiern', 'tunisini tunisine', 'tunesiers', 'tunezyjczycy'],
  ['turks', 'turcos turcas', 'turcos turcas', 'turcs turques', 'turken', 'turchi turche', 'turken', 'turcy turkow turkom turkami'],
  ['syrians', 'sirios sirias', 'sirios sirias', 'syriens syriennes', 'syrer syrern', 'siriani siriane', 'syriers', 'syryjczycy syryjczykow'],
  ['afghans', 'afganos afganas', 'afegaos afegas', 'afghans afghanes', 'afghanen', 'afghani', 'afghanen', 'afganczycy afganczykow'],
  ['pakistanis', 'paquistanies pakistanies', 'paquistaneses', '=pakistanais pakistanaises', 'pakistaner pakistanern', 'pakistani', 'pakistanen', 'pakistanczycy'],
  ['nigerians', 'nigerianos nigerianas', 'nigerianos nigerianas', 'nigerians nigerianes', 'nigerianer nigerianern', 'nigeriani nigeriane', 'nigerianen', 'nigeryjczycy nigeryjczykow'],
  ['somalis', 'somalies', 'somalis', 'somaliens somaliennes', 'somalier somaliern', 'somali', 'somaliers', 'somalijczycy'],
  ['senegalese', 'senegaleses senegalesas', 'senegaleses senegalesas', '=senegalais senegalaises', 'senegalesen', 'senegalesi', 'senegalezen', 'senegalczycy'],
  ['brazilians', 'brasilenos brasilenas', 'brasileiros brasileiras', 'bresiliens bresiliennes', 'brasilianer brasilianern', 'brasiliani brasiliane', 'brazilianen', 'brazylijczycy brazylijczykow'],
  ['venezuelans', 'venezolanos venezolanas', 'venezuelanos venezuelanas', 'venezueliens venezueliennes', 'venezolaner venezolanern', 'venezuelani venezuelane', 'venezolanen', 'wenezuelczycy'],
  ['colombians', 'colombianos colombianas', 'colombianos colombianas', 'colombiens colombiennes', 'kolumbianer kolumbianern', 'colombiani colombiane', 'colombianen', 'kolumbijczycy'],
  ['peruvians', 'peruanos peruanas', 'peruanos peruanas', 'peruviens peruviennes', 'peruaner peruanern', 'peruviani peruviane', 'peruanen', 'peruwianczycy'],
  ['ecuadorians', 'ecuatorianos ecuatorianas', 'equatorianos equatorianas', 'equatoriens equatoriennes', 'ecuadorianer', 'ecuadoriani ecuadoriane', 'ecuadoranen', 'ekwadorczycy'],
  ['bolivians', 'bolivianos bolivianas', 'bolivianos bolivianas', 'boliviens boliviennes', 'bolivianer', 'boliviani boliviane', 'bolivianen', 'boliwijczycy'],
  ['argentinians argentines', 'argentinos argentinas', 'argentinos argentinas', 'argentins argentines', 'argentinier argentiniern', 'argentini argentine', 'argentijnen', 'argentynczycy'],
  ['cubans', 'cubanos cubanas', 'cubanos cubanas', 'cubains cubaines', 'kubaner kubanern', 'cubani cubane', 'cubanen', 'kubanczycy'],
  ['haitians', 'haitianos haitianas', 'haitianos haitianas', 'haitiens haitiennes', 'haitianer', 'haitiani haitiane', 'haitianen', 'haitanczycy'],
  ['dominicans', 'dominicanos dominicanas', 'dominicanos dominicanas', 'dominicains dominicaines', 'dominikaner', 'dominicani dominicane', 'dominicanen', 'dominikanczycy'],
  ['', 'mexicanos mexicanas', 'mexicanos mexicanas', 'mexicains mexicaines', 'mexikaner mexikanern', 'messicani messicane', 'mexicanen', 'meksykanie meksykanow'],
  ['bangladeshis', 'bangladesies', 'bengalis', 'bangladais', 'bangladescher', 'bengalesi', 'bengalen', 'banglijczycy'],
  ['', 'hindues', 'indianos indianas', 'indiens indiennes', '', 'indiani indiane', 'indiers', 'hindusi hindusow'],
  ['', 'chinos chinas', 'chineses', '=chinois chinoises', 'chinesen', 'cinesi', 'chinezen', 'chinczycy chinczykow chinczykom chinczykami'],
  ['filipinos', 'filipinos filipinas', 'filipinos filipinas', 'philippins', 'filipinos', 'filippini filippine', 'filipijnen', 'filipinczycy'],
  ['kurds', 'kurdos kurdas', 'curdos curdas', 'kurdes', 'kurden', 'curdi curde', 'koerden', 'kurdowie kurdow'],
  ['chechens', 'chechenos chechenas', 'chechenos chechenas', 'tchetchenes', 'tschetschenen', 'ceceni cecene', 'tsjetsjenen', 'czeczeni czeczenow'],
  ['palestinians', 'palestinos palestinas', 'palestinianos palestinianas', 'palestiniens palestiniennes', 'palastinenser', 'palestinesi', 'palestijnen', 'palestynczycy'],
  ['israelis', 'israelies', 'israelitas israelenses', 'israeliens israeliennes', 'israelis', 'israeliani israeliane', 'israeliers', 'izraelczycy izraelczykow'],
  ['egyptians', 'egipcios egipcias', 'egipcios egipcias', 'egyptiens egyptiennes', 'agypter agyptern', 'egiziani egiziane', 'egyptenaren', 'egipcjanie egipcjan'],
  ['angolans', 'angolenos angolenas', 'angolanos angolanas', '=angolais', 'angolaner', 'angolani angolane', 'angolezen', 'angolczycy'],
  ['cape_verdeans', 'caboverdianos caboverdianas', 'cabo_verdianos cabo_verdianas caboverdianos', 'capverdiens capverdiennes', 'kapverdier', 'capoverdiani', 'kaapverdianen', 'kabowerdenczycy'],
  ['', 'africanos africanas', 'africanos africanas', 'africains africaines', 'afrikaner afrikanern', 'africani africane', 'afrikanen', 'afrykanie afrykanow'],
  ['germans', 'alemanes alemanas', 'alemaes', 'allemands allemandes boches', '', 'tedeschi tedesche crucchi', 'duitsers moffen', 'niemcy niemcow szwaby'],
  ['italians', 'italianos italianas', 'italianos italianas', 'italiens italiennes ritals', 'italiener italienern', 'italiani italiane', 'italianen', 'wlosi wlochow'],
  ['americans gringos', 'estadounidenses gringos gringas yanquis', 'americanos americanas gringos', 'americains americaines', 'amerikaner amerikanern', 'americani americane', 'amerikanen', 'amerykanie amerykanow jankesi'],
  ['brits', 'ingleses inglesas', 'ingleses inglesas', 'anglais', 'englander', 'inglesi', 'engelsen', 'anglicy anglikow'],
  ['spaniards', 'espanoles espanolas', 'espanhois espanholas', 'espagnols espagnoles', 'spanier spaniern', 'spagnoli spagnole', 'spanjaarden', 'hiszpanie hiszpanow'],
  ['greeks', 'griegos griegas', 'gregos gregas', 'grecs grecques', 'griechen', 'greci greche', 'grieken', 'grecy grekow'],
  ['catalans', 'catalanes', 'catalaes', 'catalans', 'katalanen', 'catalani', 'catalanen', 'katalonczycy'],
  ['surinamese', 'surinameses', 'surinameses', 'surinamais', 'surinamer', 'surinamesi', 'surinamers antillianen', 'surinamczycy'],
  // Session 36 (issue 17): peoples of Africa and Asia persecuted as peoples, by their plurals; a name that is also a language
  // or a region ("learn Yoruba", "Hazara" in Pakistan) only after a determiner or a curse ("=").
  ['tutsi tutsis', 'tutsis', 'tutsis', 'tutsis', 'tutsi tutsis', 'tutsi', 'tutsi tutsis', 'tutsi tutsich'],
  ['hutu hutus', 'hutus', 'hutus', 'hutus', 'hutu hutus', 'hutu', 'hutu hutus', 'hutu hutow'],
  ['rohingya rohingyas', 'rohingyas rohinyas', 'rohingyas', 'rohingyas', 'rohingya rohingyas', 'rohingya', 'rohingya rohingyas', 'rohingja rohingjow'],
  ['uyghurs uighurs', 'uigures', 'uigures', 'ouighours ouigours', 'uiguren', 'uiguri', 'oeigoeren', 'ujgurzy ujgurow'],
  ['pashtuns', 'pastunes', 'pashtuns pastunes', 'pachtounes', 'paschtunen', 'pashtun', 'pashtuns pasjtoenen', 'pasztuni pasztunow'],
  ['hazaras', 'hazaras', 'hazaras', 'hazaras', '=hazara', '=hazara', '=hazara', 'hazarowie hazarow'],
  ['igbos =igbo', 'igbos', 'igbos', 'igbos', '=igbo', '=igbo', '=igbo', '=igbo'],
  ['yorubas =yoruba', 'yorubas', 'iorubas yorubas', 'yorubas', '=yoruba', '=yoruba', '=yoruba', 'jorubowie jorubow'],
  ['fulanis =fulani', 'fulanis', 'fulas fulanis', 'peuls peuhls', '=fulani', '=fulani', '=fulani', '=fulani'],
  ['sinti =roma', '', '', '', '', 'sinti', 'sinti =roma', 'romowie romow'],
  // Session 39 (issue 17): Arabs as a people, where the language's groups did not name them (English does). French's groups
  // name them too, but a word in the other columns and not in French's no longer read "putain, encore ces arabes" as French.
  ['', 'arabes', 'arabes', 'arabes', 'araber arabern', 'arabi', 'arabieren', 'arabowie arabow arabom arabami arabach'],
];

// Session 39 (issue 17): the indefinite and the quantifiers name people as surely ("uns haitianos", "alcuni albanesi",
// "beaucoup de Marocains", "viele Polen", "een paar Polen"): an adjective follows its noun, never these.
const determiners: Readonly<Record<NationalityLanguage, string>> = {
  en: 'the|all|these|those|most|many|filthy|dirty|fucking|bloody|damn|damned|stinking',
  es: 'los|las|estos|estas|esos|esas|aquellos|tantos|tantas|demasiados|muchos|malditos|malditas|putos|putas|sucios|sucias|asquerosos|pinches'
    + '|unos|unas|algunos|algunas|varios|varias|muchas|pocos|pocas|demasiadas',
  pt: 'os|as|esses|essas|estes|estas|aqueles|tantos|tantas|muitos|malditos|malditas|putos|sujos|sujas|nojentos|dos|das|aos|nos|pelos|pelas'
    + '|uns|umas|alguns|algumas|varios|varias|muitas|poucos|poucas|mais',
  fr: 'les|des|ces|aux|sales|putains de|foutus|maudits|nos|vos|leurs|trop de|tant de'
    + '|beaucoup de|plein de|quelques|plusieurs|certains|certaines|d autres',
  de: 'die|den|diese|diesen|alle|allen|keine|scheiss|scheiss die|drecks|verdammten|verdammte|diese scheiss'
    + '|viele|vielen|einige|einigen|ein paar|mehrere|lauter|manche',
  it: 'i|gli|le|questi|queste|quei|quelle|degli|dei|agli|ai|coi|fottuti|fottute|maledetti|maledette|sporchi|sporche|schifosi|troppi|tanti'
    + '|alcuni|alcune|molti|molte|tante|troppe|diversi|diverse|parecchi|parecchie|altri|altre',
  nl: 'de|die|deze|alle|geen|vieze|vuile|kut|kanker|tyfus|klote'
    + '|veel|een paar|enkele|sommige|zoveel|te veel',
  pl: 'ci|te|tych|tym|tymi|wszyscy|wszystkich|pieprzeni|pieprzone|jebani|jebane|zasrani|zasrane|przekleci',
};

/**
 * Where the plural is also the adjective after a noun ("prodotti cinesi", "les voitures allemandes", "os
 * carros alemães"): abuse of a thing is no hate of its makers, so the people are read only after a
 * determiner or a curse, or before "of shit" ("albanesi di merda").
 */
const ADJECTIVE_TOO: Partial<Record<NationalityLanguage, string>> = {
  es: 'de mierda', pt: 'de merda', fr: 'de merde', it: 'di merda',
};

/** A language's nationality groups, as HateGrammar.group entries (and word-lists.ts GROUPS for English). */
export function nationalities(lang: NationalityLanguage): string[] {
  const column = LANGUAGES.indexOf(lang);
  const words = PEOPLES.flatMap((row) => row[column]!.split(' ')).filter((w) => w !== '').map((w) => w.replace('_', ' '));
  const shit = ADJECTIVE_TOO[lang];
  const plain = shit ? [] : words.filter((w) => !w.startsWith('='));
  const bare = shit ? words.map((w) => w.replace(/^=/, '')) : words.filter((w) => w.startsWith('=')).map((w) => w.slice(1));
  return [
    ...(plain.length > 0 ? [`(${plain.join('|')})`] : []),
    ...(bare.length > 0 ? [`(${determiners[lang]}) (${bare.join('|')})`] : []),
    ...(shit ? [`(${bare.join('|')}) ${shit}`] : []),
  ];
}
