/**
 * Slurs and profanity aimed at a group as members write them, per language, beside innocent twins in the same frames: a
 * slur alone or with an article, a determiner, a pack ("bunch of"), contempt ("filthy X", "X scum"), as an adjective or
 * addressed; profanity joined to a group word ("fuck all X", "X are shit", "que se jodan los X"). The innocent lines
 * are reclaimed words, a slur's innocent sense, profanity at no group or at a thing, and counter-speech naming a slur.
 * Written from the languages, not from any data set. Each line is [construction, sentence];
 * hate-slurs-profanity.test.ts runs it through the scorer as it ships.
 */
type Rows = ReadonlyArray<readonly [string, string]>;

export const EN_HARMFUL: Rows = [
  ['slur with a determiner', 'those faggots ruin everything'],
  ['slur in a pack', 'what a bunch of dykes'],
  ['slur with contempt', 'filthy kikes everywhere you look'],
  ['slur with contempt after', 'tranny scum'],
  ['slur addressed', 'shut up you faggot'],
  ['slur as object', "i can't stand retards"],
  ['slur as object', 'my street is full of pakis now'],
  ['profanity joined to a group', 'fuck all muslims'],
  ['profanity as predicate', 'gays are shit'],
  ['profanity as adjective', 'fucking immigrants everywhere'],
  ['profanity joined to a group', 'screw the jews'],
  ['profanity as predicate', 'trans people are pieces of shit'],
  ['profanity joined to a group', 'muslims can go fuck themselves'],
  ['slur named with a copula but not as a word', 'faggots are a disease'],
  ['slur called by the writer', 'i call people faggots when they deserve it'],
];
export const EN_INNOCENT: Rows = [
  ['reclaimed', 'as a queer woman i write about queer joy'],
  ['homonym', 'we sell faggots of hazel for thatching and hedge laying'],
  ['profanity at no group', 'fuck, i love muslims and their food'],
  ['profanity at no group', 'shit, i missed my train again'],
  ['profanity at a thing', 'this printer is shit'],
  ['counter-speech', 'calling people faggots is not ok'],
  ['profanity at a thing', 'fuck mondays'],
  ['counter-speech', 'faggot is a slur and it hurts'],
  ['homonym', 'bundles of faggots for the bread oven'],
];

export const ES_HARMFUL: Rows = [
  ['slur with a determiner', 'esos maricones me dan igual, que no se acerquen'],
  ['slur in a pack', 'menuda panda de maricones'],
  ['slur with contempt', 'malditos sudacas'],
  ['slur with contempt after', 'moros de mierda'],
  ['slur addressed', 'cállate maricón'],
  ['slur as object', 'no quiero bolleras en mi bar'],
  ['slur as object', 'mi barrio está lleno de negratas'],
  ['slur as object', 'odio a los panchitos'],
  ['slur plural alone', 'tortilleras fuera'],
  ['profanity joined to a group', 'que se jodan los inmigrantes'],
  ['profanity joined to a group', 'a la mierda los musulmanes'],
  ['profanity as predicate', 'los gays son una mierda'],
  ['profanity joined to a group', 'me cago en los judíos'],
  ['profanity as adjective', 'putos gitanos'],
  ['profanity as adjective', 'jodidos inmigrantes, siempre igual'],
  ['profanity as predicate', 'las mujeres son una puta mierda'],
  ['slur plural alone', 'hay muchos moracos en mi barrio'],
  ['slur plural alone', 'hay muchas travas en mi barrio'],
  ['profanity as predicate', 'los gitanos son todos unos capullos'],
  ['profanity joined to a group', 'a tomar por culo los moros'],
  ['slur named with a copula but not as a word', 'maricón es lo que eres'],
];
export const ES_INNOCENT: Rows = [
  ['reclaimed', 'soy bollera y a mucha honra'],
  ['profanity at no group', 'me cago en la leche, perdí el tren'],
  ['profanity at no group', 'joder, cómo quiero a mis amigos musulmanes'],
  ['profanity at a thing', 'a la mierda los lunes'],
  ['counter-speech', 'llamar maricón a alguien es homofobia'],
  ['profanity at a thing', 'que se joda el despertador'],
  ['profanity at a thing', 'este móvil es una mierda'],
  ['homonym', 'de aperitivo unos panchitos y una caña'],
  ['homonym', 'mi abuelo Panchito hace la mejor paella'],
  ['counter-speech', 'maricón es un insulto homófobo'],
];

export const FR_HARMFUL: Rows = [
  ['slur with contempt', 'sales pédés'],
  ['slur with a determiner', 'ces bougnoules partout'],
  ['slur in a pack', 'bande de gouines'],
  ['slur as object', 'je supporte pas les youpins'],
  ['slur addressed', 'ta gueule sale pédé'],
  ['slur with a determiner', 'encore ces travelos dans la rue'],
  ['slur as object', 'mon quartier est rempli de bicots'],
  ['profanity joined to a group', 'merde aux musulmans'],
  ['profanity joined to a group', 'nique les juifs'],
  ['profanity joined to a group', "j'emmerde les gays"],
  ['profanity as predicate', "les immigrés c'est de la merde"],
  ['profanity as adjective', 'putain de migrants'],
  ['profanity as adjective', 'foutus immigrés'],
  ['profanity as predicate', 'les trans font chier'],
  ['slur plural alone', 'il y a plein de négros dans mon quartier'],
  ['slur plural alone', 'il y a plein de gogoles dans mon quartier'],
];
export const FR_INNOCENT: Rows = [
  ['reclaimed', 'je suis gouine et fière'],
  ['profanity at no group', "merde, j'ai raté mon train"],
  ['profanity at no group', "putain, j'adore mes voisins musulmans"],
  ['counter-speech', "traiter quelqu'un de pédé c'est de l'homophobie"],
  ['profanity at a thing', 'nique les lundis'],
  ['profanity at a thing', "mon téléphone c'est de la merde"],
  ['homonym', 'un fagot de bois pour la cheminée'],
  ['homonym', 'je chante des négro-spirituals dans une chorale'],
  ['counter-speech', "pédé, c'est une insulte"],
];

export const DE_HARMFUL: Rows = [
  ['slur with a determiner', 'diese Schwuchteln überall'],
  ['slur plural alone', 'Kanaken raus'],
  ['slur with contempt', 'dreckige Kanaken'],
  ['slur in a pack', 'ein Haufen Zigeuner vor meiner Tür'],
  ['slur as object', 'ich kann Transen nicht ausstehen'],
  ['slur as object', 'mein Viertel ist voller Kameltreiber'],
  ['slur addressed', 'halt die Fresse du Schwuchtel'],
  ['profanity as adjective', 'scheiß Ausländer'],
  ['profanity compound', 'Scheißschwule'],
  ['profanity joined to a group', 'fick die Juden'],
  ['profanity as predicate', 'Muslime sind scheiße'],
  ['profanity as adjective', 'verdammte Flüchtlinge'],
  ['profanity joined to a group', 'scheiß auf die Migranten'],
  ['profanity as predicate', 'Frauen sind alle Scheiße'],
  ['profanity compound', 'diese Drecksausländer'],
  ['slur plural alone', 'in meiner Straße wohnen viele Nafris'],
  ['slur plural alone', 'im Bus saßen nur Behindis'],
];
export const DE_INNOCENT: Rows = [
  ['reclaimed', 'ich bin schwul und stolz drauf'],
  ['profanity at no group', 'Scheiße, ich hab den Zug verpasst'],
  ['profanity at no group', 'Scheiße, ich liebe meine muslimischen Nachbarn'],
  ['counter-speech', 'Schwuchtel ist ein Schimpfwort, sagt das nicht'],
  ['profanity at a thing', 'scheiß Wetter heute'],
  ['profanity at a thing', 'mein Handy ist scheiße'],
  ['profanity at a thing', 'das ist mir scheißegal'],
  ['counter-speech', 'man sollte niemanden jemanden Schwuchtel nennen'],
];

export const IT_HARMFUL: Rows = [
  ['slur with a determiner', 'quei froci sono ovunque'],
  ['slur in a pack', 'un branco di negri'],
  ['slur with contempt', 'maledetti terroni'],
  ['slur with contempt after', 'froci di merda'],
  ['slur as object', 'non sopporto i ricchioni'],
  ['slur addressed', 'stai zitto culattone'],
  ['slur as object', 'il mio quartiere è pieno di zingari di merda'],
  ['profanity joined to a group', 'vaffanculo agli immigrati'],
  ['profanity joined to a group', 'fanculo i musulmani'],
  ['profanity as predicate', 'gli ebrei sono una merda'],
  ['profanity as adjective', 'fottuti zingari'],
  ['profanity joined to a group', 'che si fottano le donne'],
  ['profanity as adjective', 'questi cazzo di migranti'],
  ['slur plural alone', 'ci sono tante checche nel mio quartiere'],
];
export const IT_INNOCENT: Rows = [
  ['reclaimed', 'sono lesbica e fiera'],
  ['profanity at no group', 'cazzo, ho perso il treno'],
  ['profanity at no group', 'cazzo, adoro i miei vicini musulmani'],
  ['counter-speech', "dire frocio a qualcuno è omofobia"],
  ['homonym', 'finocchio gratinato al forno, la ricetta della nonna'],
  ['profanity at a thing', 'vaffanculo al lunedì'],
  ['profanity at a thing', 'questo telefono è una merda'],
  ['homonym', 'Busoni è il mio compositore preferito'],
];

export const NL_HARMFUL: Rows = [
  ['slur with a determiner', 'die flikkers overal'],
  ['profanity compound', 'kut-Marokkanen'],
  ['profanity compound', 'kankerjoden'],
  ['slur in a pack', 'een stel mongolen'],
  ['slur as object', 'ik haat nikkers'],
  ['slur with contempt', 'vieze geitenneukers'],
  ['profanity joined to a group', 'fuck alle moslims'],
  ['profanity as predicate', "homo's zijn kut"],
  ['profanity compound', 'tyfusturken'],
  ['profanity joined to a group', 'krijg de tering, vluchtelingen'],
  ['profanity as adjective', 'kut vluchtelingen'],
  ['profanity as predicate', 'vrouwen zijn allemaal kut'],
  ['profanity compound', "die tyfushomo's"],
  ['profanity compound', 'ik haat die kutmoslims'],
  ['slur plural alone', 'er wonen veel bosnegers in mijn straat'],
  ['slur plural alone', 'er wonen veel mietjes in mijn straat'],
];
export const NL_INNOCENT: Rows = [
  ['profanity at no group', 'kut, mijn trein gemist'],
  ['reclaimed', 'ik ben een trotse flikker en dat mag iedereen weten'],
  ['profanity at no group', 'fuck, ik hou van mijn moslimburen'],
  ['counter-speech', 'flikker is een scheldwoord, zeg dat niet'],
  ['profanity at a thing', 'kutweer vandaag'],
  ['profanity at a thing', 'mijn telefoon is kut'],
  ['lookalike', 'ik werk bij het kankeronderzoek'],
  ['counter-speech', 'iemand een flikker noemen is gewoon homofobie'],
];

export const PL_HARMFUL: Rows = [
  ['slur plural alone', 'pedały wszędzie'],
  ['slur with a determiner', 'te ciapaki'],
  ['slur in a pack', 'banda pedałów'],
  ['slur as object', 'nienawidzę czarnuchów'],
  ['slur with contempt', 'brudne żydki'],
  ['slur addressed', 'zamknij się ciota'],
  ['slur as object', 'moje osiedle jest pełne ciapaków'],
  ['profanity joined to a group', 'jebać pedałów'],
  ['profanity joined to a group', 'jebać imigrantów'],
  ['profanity as adjective', 'pierdolone ciapaki'],
  ['profanity joined to a group', 'pieprzyć uchodźców'],
  ['profanity as adjective', 'pieprzone feministki'],
  ['profanity as predicate', 'geje są do dupy'],
  ['profanity joined to a group', 'chuj z muzułmanami'],
  ['slur in the genitive plural', 'na moim osiedlu jest pełno ciot'],
  ['slur in the genitive plural', 'na moim osiedlu jest pełno ciapaków'],
  ['slur plural alone', 'żydy wszędzie'],
  ['profanity joined to a group', 'niech się jebią geje'],
];
export const PL_INNOCENT: Rows = [
  ['profanity at no group', 'kurwa, spóźniłam się na pociąg'],
  ['profanity at no group', 'kurwa, kocham moich sąsiadów muzułmanów'],
  ['reclaimed', 'jestem lesbijką i jestem z tego dumna'],
  ['counter-speech', 'słowo pedał to obelga, nie mówcie tak'],
  ['homonym', 'wymieniłem pedały w rowerze'],
  ['profanity at a thing', 'jebać poniedziałki'],
  ['homonym', 'studiuję historię żydostwa polskiego'],
  ['counter-speech', 'nazywanie kogoś pedałem to homofobia'],
];

export const PT_HARMFUL: Rows = [
  ['slur with a determiner', 'esses viados'],
  ['slur in a pack', 'bando de sapatão'],
  ['slur with contempt after', 'traveco nojento'],
  ['slur as object', 'odeio bicha'],
  ['slur addressed', 'cala a boca viado'],
  ['slur as object', 'meu bairro tá cheio de crioulo'],
  ['profanity joined to a group', 'foda-se os gays'],
  ['profanity joined to a group', 'que se fodam os imigrantes'],
  ['profanity as predicate', 'os judeus são uma merda'],
  ['profanity as adjective', 'porra de imigrante'],
  ['profanity joined to a group', 'vão tomar no cu, muçulmanos'],
  ['profanity joined to a group', 'puta que pariu esses venezuelanos'],
  ['profanity as adjective', 'malditos ciganos'],
  ['slur diminutive', 'tem muito judeuzinho no meu bairro'],
];
export const PT_INNOCENT: Rows = [
  ['reclaimed', 'sou sapatão com orgulho'],
  ['profanity at no group', 'porra, perdi o ônibus'],
  ['profanity at no group', 'caralho, eu amo meus vizinhos muçulmanos'],
  ['counter-speech', 'chamar alguém de viado é homofobia'],
  ['homonym', 'fiquei meia hora na bicha do supermercado'],
  ['profanity at a thing', 'foda-se a segunda-feira'],
  ['profanity at a thing', 'esse celular é uma merda'],
];

export const AR_HARMFUL: Rows = [
  ['slur with a determiner', 'هؤلاء الشواذ'],
  ['slur with contempt', 'الشواذ القذرين'],
  ['slur as object', 'أكره اللوطيين'],
  ['slur as object', 'حارتنا مليانة عبيد'],
  ['slur with a determiner', 'هذول الزنوج'],
  ['profanity joined to a group', 'يلعن أبو اليهود'],
  ['profanity joined to a group', 'اللعنة على المهاجرين'],
  ['profanity joined to a group', 'تبا للمسلمين'],
  ['profanity joined to a group', 'طز في النساء'],
  ['profanity joined to a group', 'يلعن دين المثليين'],
  ['profanity as predicate', 'المهاجرين زبالة'],
  ['slur with the article', 'في شارعنا كثير من الشواذ'],
  ['slur with the article', 'في شارعنا كثير من الزنوج'],
  ['slur with a determiner joined on', 'هالشواذ ما بدنا ياهم'],
  ['slur addressed', 'يا شاذ'],
  ['slur with the article', 'الروافض'],
];
export const AR_INNOCENT: Rows = [
  ['profanity at no group', 'اللعنة، فاتني القطار'],
  ['profanity at a thing', 'يلعن أبو الزحمة'],
  ['counter-speech', 'كلمة شاذ إهانة للمثليين'],
  ['homonym', 'هذا جمع تكسير شاذ في قواعد اللغة'],
  ['homonym', 'اسمي عبد الله وأحب القراءة'],
  ['profanity at a thing', 'تبا للامتحانات'],
  ['homonym', 'هذا الفعل شاذ ولا يتبع القاعدة'],
];

export const HI_HARMFUL: Rows = [
  ['slur with a determiner', 'ye chakke'],
  ['slur as object', 'mujhe katuon se nafrat hai'],
  ['slur with contempt', 'saale mulle'],
  ['slur in a pack', 'chamaron ka jhund'],
  ['slur addressed', 'chup kar hijde'],
  ['profanity joined to a group', 'madarchod musalman'],
  ['profanity joined to a group', 'bhaad mein jaaye musalman'],
  ['profanity as adjective', 'harami pravasi'],
  ['slur with a determiner', 'ये छक्के'],
  ['slur with contempt', 'साले मुल्ले'],
  ['slur as object', 'मुझे कटुओं से नफ़रत है'],
  ['profanity joined to a group', 'भाड़ में जाएं मुसलमान'],
  ['profanity as adjective', 'हरामी प्रवासी'],
  ['slur plural', 'mere mohalle mein bahut mulle hain'],
  ['profanity as predicate', 'मुसलमान चूतिये हैं'],
  ['profanity as predicate', 'ये प्रवासी मादरचोद हैं'],
];
export const HI_INNOCENT: Rows = [
  ['homonym', 'kohli ne last over mein chakka mara'],
  ['homonym', 'कोहली ने आखिरी ओवर में छक्का मारा'],
  ['profanity at no group', 'bhenchod, train miss ho gayi'],
  ['reclaimed', 'hijra samudaay ke liye kaam karti hoon'],
  ['homonym', 'mera sala kal aa raha hai'],
];

export const ZH_HARMFUL: Rows = [
  ['slur with contempt', '死基佬'],
  ['slur with a determiner', '那些黑鬼'],
  ['slur in a pack', '一群娘炮'],
  ['slur plural alone', '黑鬼滚出去'],
  ['slur as object', '我讨厌人妖'],
  ['profanity joined to a group', '操你妈的穆斯林'],
  ['profanity as adjective', '他妈的移民'],
  ['profanity joined to a group', '去他妈的同性恋'],
  ['profanity as predicate', '女人都是傻逼'],
  ['profanity as adjective', '这些他妈的难民'],
  ['profanity joined to a group', '操犹太人'],
  ['slur as object', '我家附近很多犹太佬'],
];
export const ZH_INNOCENT: Rows = [
  ['profanity at no group', '他妈的，我又错过火车了'],
  ['profanity at no group', '操，我爱我的穆斯林邻居'],
  ['reclaimed', '作为一个同性恋我很骄傲'],
  ['counter-speech', '骂别人基佬是歧视'],
  ['profanity at a thing', '这个打印机真他妈烂'],
  ['homonym', '我是基督徒'],
];
