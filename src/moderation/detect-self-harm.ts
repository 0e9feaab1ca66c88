import { phraseDetector } from './phrase-detector.js';
import { withScriptPatterns, type ScriptTable } from './script-patterns.js';
import { sentenceBefore } from './sentences.js';
import { topicOfWork } from './work-topic.js';

/** A negation of the other languages right before a wish ("não quero morrer", "nie chcę umrzeć"); English's is the framing's. */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:nao|non|nie|nunca|jamais|mai|nem)[^\p{L}]+$/u;

/**
 * "I'm not going to hurt myself": a negation the pattern's first words took in ("i'm .. {harm} {me}"). Not
 * "can't": "I can't stop cutting myself" is no denial, and nor is a negation that is the wish itself ("I want to not
 * exist", "I don't want to live anymore", "sleep and never wake up").
 */
const NEGATED_INSIDE = /(?<![\p{L}'])(?:not|never|don't|dont|won't|wont|wouldn't|wouldnt)(?![\p{L}'])(?![^\p{L}]+(?:(?:want|wanna)[^\p{L}]+(?:to[^\p{L}]+)?)?(?:exist|wake up|be alive|live)(?![\p{L}]))/u;

/**
 * A wish to die said of the reader in a condition, or of others in a relative clause: a helpline's words ("If you
 * want to die tonight, call us", "for people who want to die"), not the writer's own intent. The subject right
 * before the wish is "you" or one like it, never "I" ("if I want to die" stays).
 */
const ANOTHER_WISHES = /(?:^|[^\p{L}'])(?:if|when|whenever|who)[^\p{L}]+(?:(?:you|u|they|he|she|someone|somebody|anyone|anybody)[^\p{L}]+)?(?:(?:ever|really|still|sometimes|just|also|do|does|feel|like|you|u)[^\p{L}]+){0,4}$/u;
const inOwnSentence = (text: string, from: number) => sentenceBefore(text, from, 60);

/**
 * A member's own past told with its recovery: "I used to cut myself but I'm 3 years clean", "I tried to kill myself at
 * 19. I'm 34 now and so glad I'm still here", "Antes me autolesionaba, hoy llevo cuatro años limpia", "كنت أؤذي نفسي في
 * المراهقة، اليوم أنا بخير", "我以前自残过，现在已经三年没有了". The past is said in its sentence (a time gone by, a habit
 * or an attempt), a recovery after it, and nothing after it says it came back ("again", "last night"). Either alone
 * stays read: "I'm 3 years clean but I want to die tonight", "I tried to kill myself last night". Read on folded text
 * (normalised for the phrase lexicon: Cyrillic is not read there, only by the tables).
 */
const PAST = new RegExp(`(?<![\\p{L}])(?:${[
  "used to|tried to|attempted|when i was|as a (?:teen|teenager|kid)|in my (?:teens|twenties)|years ago|back then|at \\d+|in (?:high )?school|i was \\d+",
  'antes|cuando era|de (?:adolescente|joven|chica|chico)|en mi adolescencia|hace (?:\\d+|anos|unos)|solia|intente|me cortaba|me autolesionaba',
  'quando (?:era|eu era)|na adolescencia|ha (?:\\d+|anos)|costumava|tentei|me cortava|eu me cortava',
  "quand j'etais|ado|adolescente?|il y a|j'ai tente|je me scarifiais|je me coupais|autrefois",
  'fruher|als (?:teenager|jugendliche|jugendlicher|kind)|mit \\d+|vor (?:\\d+|jahren)|damals|habe mich geritzt|hab mich geritzt|versucht',
  'da ragazz[ao]|prima|anni fa|una volta|mi tagliavo|quando ero',
  'vroeger|als tiener|jaren geleden|sneed ik',
  'kiedys|jako nastolat\\p{L}*|lat temu|cielam|cialem',
  'eskiden|gencken|yil once|keserdim',
  'pahle|pehle',
  'раньше|в юности|когда-то|лет назад|резала|резал|пыталась|пытался',
  'كنت|في المراهقة|سابقا|قبل سنوات|حاولت',
  'पहले',
].join('|')})(?![\\p{L}])|以前|曾经|过去|当年|昔|かつて|していた|\\d+歳(?:で|の(?:時|とき))`, 'u');
const RECOVERED = new RegExp(`(?<![\\p{L}])(?:${[
  "clean|sober|recovered|recovery|recovering|healed|still here|alive|survivor|survived|doing (?:well|better|great|fine|ok)|better now|glad|today i|i'm \\d+ now|im \\d+ now",
  'limpi[ao]|sobri[ao]|recuperad[ao]|recuperacion|hoy|ahora|estoy bien|superviviente|anos sin',
  'limp[ao]|recuperacao|hoje|agora|estou bem|sobrevivente|anos sem',
  "aujourd'hui|maintenant|je vais bien|sans rechute|guerie?|ans sans",
  'heute|jetzt|geht es mir gut',
  'pulit[ao]|oggi|sto bene|guarit[ao]',
  'nu ben ik|gaat het goed|hersteld',
  'czyst[ay]|dzis|dzisiaj|teraz',
  'simdi|temizim|iyiyim|artik',
  'theek|thik',
  'чист\\p{L}*|сеичас|теперь|все хорошо',
  'اليوم|الآن|الان|بخير|تعافيت',
  'अब|ठीक',
].join('|')})(?![\\p{L}])|现在|已经|如今|康复|今は|やめて|回復`, 'u');
/** What says the harm came back or is near, in the match or after it: then it is no story of recovery. */
const RELAPSED = /(?<![\p{L}])(?:again|relapsed|relapse|recai|recaida|recaido|rechute|ricaduta|ruckfall|terugval|nawrot|yesterday|last night|tonight|this week|de nuevo|otra vez|anoche|de novo|ontem|encore|hier soir|wieder|gestern|di nuovo|ieri|opnieuw|gisteren|znowu|wczoraj|tekrar|dun|yine|опять|снова|вчера|مجددا|مرة أخرى|امس|अब फिर|फिर से|kal raat)(?![\p{L}])|又|昨[天晚日夜]|また/u;
/** How far after a match its recovery is looked for, in characters. */
const RECOVERY_REACH = 160;
function toldAsRecovered(text: string, from: number, to: number): boolean {
  // The past first: its window is the shortest, and most matches (a nurse's "blood", "pills") tell none.
  if (!PAST.test(inOwnSentence(text, from) + text.slice(from, to + 30))) return false;
  return RECOVERED.test(text.slice(to, to + RECOVERY_REACH)) && !cameBack(text, from, to);
}
/** Whether the match, or what follows it within RECOVERY_REACH, says the harm came back (RELAPSED). */
const cameBack = (text: string, from: number, to: number): boolean => RELAPSED.test(text.slice(from, to + RECOVERY_REACH));

/**
 * A streak of months or years free of it, said before the harm in its sentence: "5 years clean from self-harm, ask me
 * anything", "two years free of cutting". Days and weeks are a struggle still, and a relapse after it undoes it.
 */
const STREAK = /(?:^|[^\p{L}\d])(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\+? (?:years?|months?) (?:clean|free|sober)(?![\p{L}])|(?:^|[^\p{L}])(?:clean|free) (?:for|since) (?:over )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\+? (?:years?|months?)(?![\p{L}])/u;
function toldAsStreak(text: string, from: number, to: number): boolean {
  return STREAK.test(inOwnSentence(text, from) + text.slice(from, to)) && !cameBack(text, from, to);
}

/** The condition named as a topic, which help and treatment talk about: "suicide", "suicidality", "anorexia", "an eating disorder". */
const CONDITION = /^(?:suicid|anorexi|bulimi|eating disorder)/;
/**
 * Help, treatment and recovery in the condition's sentence: "I'm in the hospital for anorexia", "signs of suicidality",
 * "if you're struggling with an eating disorder, you're not alone and there is hope", "suicide prevention". English.
 */
const HELP_TALK = /(?<![\p{L}])(?:recover(?:y|ing|ed)|treatment|treated|hospital|clinic|therapy|therapist|counsel+(?:ing|or)|prevention|awareness|helpline|hotline|crisis line|support|signs of|warning signs|risk of|not alone|there is hope|get help|seek help|reach out)(?![\p{L}])/u;
/** How far around a condition its sentence's help talk is looked for, in characters. */
const HELP_REACH = 120;
function namedForHelp(text: string, from: number, to: number): boolean {
  if (!CONDITION.test(text.slice(from, to))) return false;
  const rest = text.slice(to, to + HELP_REACH);
  return HELP_TALK.test(inOwnSentence(text, from) + ' ' + rest.slice(0, rest.search(/[.!?\n]|$/)));
}

const detectPhrases = phraseDetector('self-harm', {
  framing: 'first-person',
  innocentAt: (text, from, to, category) =>
    NEGATED_BEFORE.test(text.slice(Math.max(0, from - 8), from)) || NEGATED_INSIDE.test(text.slice(from, to)) || (category === 'self-harm/intent' && ANOTHER_WISHES.test(inOwnSentence(text, from)))
    || (category !== 'self-harm/instructions' && toldAsRecovered(text, from, to)) || (category === 'self-harm' && (topicOfWork(text, from) || namedForHelp(text, from, to) || toldAsStreak(text, from, to))),
  // "mi ammazzo dal ridere", "zabiję się ze śmiechu", "mi ammazzo di lavoro", "me voy a matar a estudiar":
  // laughing and toiling, not dying. "I want to not exist on social media for a while": absent from a place, not from life.
  // "I burn myself out every December", "I cut myself out of the photo": tired, or left out.
  innocentAfter: /^[^\p{L}]+(?:out|(?:on|off) (?:social media|the internet|online|instagram|facebook|tiktok|twitter)|(?:de|du|dal|di|da|vor|van|z|ze|of) (?:risa|rir|rire|riso|ridere|lachen|smiechu|vergonha|verguenza|honte|scham|vergogna|lavoro|fatica|trabajo|travail|arbeit)|a (?:estudiar|trabajar|studiare|lavorare))(?!\p{L})/u,
  slots: {
    me: ['myself', 'my self', 'meself', 'my wrist~', 'my arm~', 'my thigh~', 'my leg~', 'my skin', 'my body'],
    harm: ['cut~', 'cutting', 'burn~', 'burnt', 'hurt~', 'harm~', 'starve~', 'starving', 'punish~', 'hit~', 'hitting', 'scratch~', 'scratching', 'stab~', 'stabbed', 'bleed~', 'bled', 'kill~'],
  },
  phrases: {
    'self-harm': [
      [0.45, 'self (harm*|injur*|mutilat*|destruct*)'],
      [0.5, '(sh|ed) (urge~|relapse~|scars|recovery)'],
      [0.6, '(i|i\'ve|i have|i\'m|im|i am|been|started|keep|kept|stop|stopped|used to|want to|wanna) .. {harm} {me}'],
      [0.35, '{harm} {me}'],
      [0.35, '(suicid*)'],
      [0.6, '(cuts|scars|cutting|bleeding|blood|razor|blade) on (my|her|his) (arm~|wrist~|thigh~|leg~|skin)'],
      [0.35, '(bloodlet*|self loath*|self hatred|numb the pain|my urges|the urge to (cut|hurt|harm|die)|clean from (cutting|self harm|sh))'],
      [0.2, '(cutting|razor blade~|razors|blade|relapse~|relapsed|scars)'],
      // Session 33: self-harm come back, in the community's words: "I relapsed.", "cut again last night", "I started
      // cutting again", "clean for 3 days then relapsed", "my fresh cuts hurt". A relapse with its object ("relapsed on
      // sugar"), a film cut again by its editor and fresh cuts of beef or roses are not read.
      [0.45, '(i|i\'ve|i have|i just|just|finally|and i|then i|i finally) relapsed [again] [(last night|today|tonight|yesterday|this morning|this week)] [after _ (day~|week~|month~|year~) [clean]] $'],
      [0.6, '(clean|free) for _ (day~|week~|month~) (then|and|but|before|until|till) [i] [just] relapsed'],
      [0.6, '(i|i\'ve|i have|i\'m|im|i am|started|start|been|keep|kept|back to|went back to) (cutting|self harming|burning myself|hurting myself|harming myself) again ($|last night|today|tonight|yesterday|this morning)'],
      [0.6, '(cut|cutting|burned|burnt|harmed) [myself] again ($|last night|today|tonight|yesterday|this morning)'],
      [0.6, '(my|these|the) (fresh|new|deep) (cuts|scars|wounds) (hurt~|sting~|burn|bleed~|are bleeding|won\'t stop bleeding|are [still] healing|on my (arm~|wrist~|thigh~|leg~|skin|hip~|stomach))'],
      [0.5, 'my cuts (are|were|r) [still] (healing|bleeding|infected|deep)'],
      [0.5, '(pick~|picked|picking|grab~|grabbed|grabbing) up (the|my|a) (razor|blade) again $'],
      [0.1, '(blood|bleed~|bleeding|pills|overdose~|pain)'],
      // Self-harm told as relief: "the cuts felt good", "so calming to watch my blood".
      [0.5, '(the cuts|my cuts|cutting myself|burning myself|bloodlet*|self harm*|self injur*) ... (felt|feels|feel|is|was|were) [so|really|very|actually] (good|great|calming|satisfying|soothing|relieving)'],
      [0.5, '(calming|satisfying|soothing|relieving) to (watch|see|feel) my (blood|cuts|skin bleed)'],
      [0.5, '(urge|urges|need|want|wish) to self (harm|injure)'],
      // Self-harm told as the writer's way of coping: "cutting is all I've chosen to use as a coping method", "my coping
      // mechanism is self harm", "I turned to cutting to cope". Said of others it is a topic ("self-harm is a way of coping for many teens").
      [0.6, '(cutting|self harm*|self injur*|hurting myself|burning myself) (is|was|has been|has become|became|helps|helped) ... (my|i|i\'ve|me) ... (cope|coping)'],
      [0.6, 'my coping (mechanism~|method~|skill~|strategy|strategies) (is|was|has been|became|are|were) (cutting|self harm*|self injur*|hurting myself|burning myself)'],
      [0.6, '(i|i\'ve|i have) .. (use|used|using|turn|turned|turning|resort|resorted) [to] (cutting|self harm*|self injur*) (as|to) [a|my] (cope|coping|way to cope)'],
      // Veins are cut only to hurt oneself (a nurse draws blood, never cuts).
      [0.6, '(cut|cutting|slit|slitting|slice|slicing|opened) [open] [my|a few|some|a couple of|the] (vein|veins)'],
      [0.45, '(eating disorder~|anorexi*|bulimi*|binge~ and purg*|purging|starving myself|pro ana|thinspo*|ana coach)'],
      [0.35, '(i|i just|i really|i) hate myself'],
      [0.2, '(depress*|hopeless|worthless|empty inside|burden)'],
      // Other languages: self-injury told as one's own. The topic words are no signal ("suicid*" above reads
      // "suicidio" already; a psychologist names several: "autolesiones y prevención del suicidio").
      [0.6, 'me (corto|cortaba|lastimo|quemo|hago cortes en|corte) (los|las|mis) (brazos|piernas|munecas|muslos|venas|pulsos)'],
      [0.6, '(eu me corto|me corto (quando|pra|para|todo|toda)|me (corto|cortei|machuco|queimo) (os|as|meus|minhas) (bracos|pernas|pulsos|coxas)|vontade de me cortar|me (autolesiono|automutilo|mutilo))'],
      [0.6, '(je me (scarifie|mutile|taillade|fais du mal)|je me (coupe|brule|taillade) (les|mes) (bras|poignets|cuisses|veines))'],
      [0.6, '(ich ritze mich|ritze ich mich|ich (schneide|verletze) mich (selbst|absichtlich|am arm|an den armen|in die arme|in den arm))'],
      [0.6, '(mi (taglio|ferisco|brucio) (le braccia|i polsi|le gambe|le vene|apposta)|mi autolesiono)'],
      [0.6, '(ik snijd (mezelf|mijzelf|in mijn (armen|polsen|benen))|ik beschadig mezelf)'],
      [0.6, '(tne sie|tne (rece|nadgarstki|uda)|okaleczam sie|robie sobie krzywde)'],
      [0.6, '(kendimi (kesiyorum|jiletliyorum|yaraliyorum)|(kollarimi|bileklerimi|kolumu|bilegimi) [jiletle] (kesiyorum|kestim|jiletliyorum))'],
      [0.6, '(apne|apni) (haath|hath|hathon|kalai|kalaiyan) [ko] kaat*'],
      // Session 33: the same come back ("me corté otra vez", "ich habe mich wieder geritzt", "znowu się pocięłam"): a
      // cut or a burn said with "again" ends its clause, or a return to it is told; "me corté el pelo otra vez" and "mi
      // sono tagliata di nuovo con il coltello" have an object or a tool. A relapse alone adds to other signs.
      [0.6, '(me (corte|he cortado|volvi a cortar|he vuelto a cortar|lastime|autolesione|queme) (otra vez|de nuevo) $|(volvi|he vuelto) a (cortarme|autolesionarme|lastimarme|hacerme dano|hacerme cortes) ($|anoche|ayer|hoy|esta noche|otra vez|de nuevo))'],
      [0.6, '(cortes|heridas|cicatrices) (nuevos|nuevas|frescos|frescas|recientes) en (los|las|mis) (brazos|munecas|piernas|muslos)'],
      [0.45, '(recai|he recaido|tuve una recaida|tive uma recaida|j\'ai rechute|ho avuto una ricaduta) $'],
      [0.3, '((llevaba|estava|tava) (limpia|limpio|limpa|limpo) [(ha|hace|fazia)] _ (dias|semanas|meses)|llevaba _ (dias|semanas|meses) (limpia|limpio))'],
      [0.6, '((me cortei|me machuquei|me queimei|me automutilei) (de novo|outra vez|novamente) $|voltei a (me cortar|me machucar|me automutilar|me queimar) ($|ontem|hoje|de novo|outra vez))'],
      [0.6, '(je me suis [encore|a nouveau|de nouveau] (scarifie|scarifiee|mutile|mutilee)|je me suis (coupe|coupee|fait du mal) (encore|a nouveau|de nouveau) $|je me suis (encore|a nouveau|de nouveau) (coupe|coupee|fait du mal) $|j\'ai recommence a me (scarifier|couper|mutiler|faire du mal))'],
      [0.6, '((habe|hab) mich [gestern|heute|letzte nacht] [schon] (wieder|erneut|nochmal) geritzt|ritze mich [schon] wieder|(wieder|erneut) geritzt $)'],
      [0.6, '(mi sono (tagliato|tagliata|ferito|ferita|autolesionato|autolesionata|bruciato|bruciata) (di nuovo|ancora|un\'altra volta) $|ho ricominciato a (tagliarmi|autolesionarmi|farmi del male))'],
      [0.6, '(ik heb (mezelf|mijzelf) [gisteren|vannacht] (weer|opnieuw) (gesneden|beschadigd|pijn gedaan)|ik ben weer (gaan snijden|begonnen met snijden))'],
      [0.6, '((znowu|znow|ponownie) [sie] (pocielam|pocialem|cielam|cialem|okaleczylam|okaleczylem)|(pocielam|pocialem|okaleczylam|okaleczylem) sie (znowu|znow|ponownie))'],
      [0.6, '((yine|tekrar|gene|yeniden) kendimi (kestim|jiletledim|yaraladim)|kendimi (yine|tekrar|gene|yeniden) (kestim|jiletledim|yaraladim))'],
    ],
    'self-harm/intent': [
      [0.8, '(kill~|killing|end~|ending|take|taking) (myself|my own life|my life|it all)'],
      [0.8, '(want|wanna|wanted|going|plan~|planning|ready|decided) to (die|end it|end my life|kill myself|disappear forever|not exist)'],
      [0.7, '(better off|be better) (without me|dead|if i (was|were) (gone|dead))'],
      [0.7, '(no|not any|any) (reason|point) (to|in) (live|living|go on|going on)'],
      // Intent is the writer's own; "teens in care are more likely to attempt suicide" is a fact about others.
      [0.75, "(i|i've|i have|i'm|im|i am|i was|i will|i'll|i might|i almost|me) .. (commit|committing|attempt~|attempted|attempting) suicide"],
      [0.8, '(hang|hanging|shoot|shooting|overdos*|drown~|poison~) (myself|on purpose)'],
      // An overdose planned or taken: "I'm going to take all my pills", "I took every pill in the cabinet".
      [0.75, '(going to|gonna|will|plan~ to|planning to|about to|ready to|want to|wanna) overdose'],
      [0.75, "(going to|gonna|will|'ll|plan~ to|planning to|about to|ready to|want to|wanna|i|i've|i have|i just) (take|swallow|took|swallowed|taken) (all|every|the whole (bottle|box|pack)) [of] [my|the] (pills|pill|tablets|meds|medication|sleeping pills|painkillers)"],
      [0.7, '(suicide note|my (last|final) (goodbye|day|note)|goodbye (world|forever|cruel world))'],
      [0.6, '(i|i\'m|im|i am) (suicidal|done with life|tired of living|sick of living)'],
      // The wish said with its own negation: "I don't want to be alive anymore", "I want to sleep and never wake up".
      [0.7, '(i|i just|i really) (don\'t|do not|dont) (want|wanna) to (live|be alive|exist) (anymore|any more|$)'],
      [0.7, '(want|wanna|wish i could|wish to|i could just) ... (not exist|never wake up|not wake up) $'],
      [0.7, '(i|i\'ve|i have|i\'m|im|i keep|i often|i always|i constantly) .. (think~|thinking|thought) (about|of) (suicide|killing myself|ending my life|ending it all) ($|every (day|night|morning)|all the time|constantly|a lot|again|daily)'],
      [0.7, '(tonight|today) (is the (night|day)|i) .. (end it|end it all|end my life) $'],
      [0.6, '(nobody|no one|noone) (would|will) (care|notice|miss me) if i (was|were|died|disappeared) [gone|dead] $'],
      // Pills taken to die: "I took way too many pills last night on purpose".
      [0.75, '(i|i\'ve|i just) (took|swallowed|taken) .. (pills|tablets|meds|painkillers) .. on purpose'],
      [0.6, '(estoy|soy|estou|sou|je suis|ich bin|sono|ik ben|jestem) (suicida|suicidal|suizidal|suicidaire|lebensmude|samobojczyni|samobojca)'],
      [0.6, '(until i|till i) (can|am able to) [finally] (kill myself|die|end it)'],
      // Other languages: a wish or plan to die, one's own; the negations are part of the phrase, so
      // "no quiero vivir" is not read as a denial of what follows.
      [0.8, '(quiero|quisiera|voy a|pienso en|planeo|necesito|decidi|he decidido) (morirme|suicidarme|matarme|quitarme la vida|acabar con mi vida|terminar con mi vida)'],
      [0.8, 'me (voy a|quiero|pienso) (matar|suicidar|quitar la vida)'],
      // "Quiero morir de viejo", "je veux mourir de rire": only the wish that stands alone, or says when.
      [0.6, '(quiero|quisiera|me quiero) morir ($|ya|hoy|ahora|esta noche)'],
      [0.7, '(ya no quiero vivir|no quiero (seguir viviendo|vivir mas|vivir $))'],
      [0.8, '(quero|queria|vou|penso em|preciso|decidi) (me matar|me suicidar|suicidar me|tirar (minha|a minha) [propria] vida|acabar com (minha|a minha) vida)'],
      [0.6, '(quero|queria) morrer ($|ja|hoje|agora|esta noite)'],
      [0.7, '(nao|n) (quero|aguento) (mais viver|viver mais)'],
      [0.8, '(je veux|j\'ai envie de|je vais|je compte|je pense a|je voudrais|j\'aimerais) (me suicider|me tuer|en finir)'],
      [0.7, 'mettre fin a (mes jours|ma vie $)'],
      [0.6, '(je veux|je voudrais|j\'ai envie de) mourir ($|maintenant|ce soir|aujourd\'hui)'],
      [0.7, '(je n\'ai plus envie de vivre|je ne veux plus vivre|j\'en ai marre de vivre)'],
      [0.8, '(ich bringe|ich bring) mich um'],
      // "Mein Chef wird mich umbringen" is someone else's deed; the writer's own is "ich will mich umbringen".
      [0.8, '(ich (will|werde|mochte|muss|wollte|plane|versuche|versuchte)|ich denke daran|ich (habe|hab) (vor|versucht)|(habe|hab) ich versucht) (mich umbringen|mich umzubringen)'],
      [0.8, 'mir das leben (nehmen|zu nehmen)'],
      [0.7, '(ich will|ich mochte|will ich) (sterben|nicht mehr leben)'],
      [0.7, 'schluss mit (allem|meinem leben)'],
      [0.5, '(heute nacht|heute abend) mache ich schluss'],
      [0.8, '(voglio|vorrei|sto per|ho deciso di|penso di|penso a|vado a) (uccidermi|suicidarmi|ammazzarmi|togliermi la vita|farla finita)'],
      [0.6, '(voglio|vorrei) morire ($|ora|adesso|stanotte|stasera|oggi)'],
      [0.7, '(mi uccido|mi ammazzo|mi suicido|non voglio piu vivere)'],
      [0.8, '(ik wil (dood|sterven|niet meer leven|zelfmoord plegen)|ik (ga|pleeg) zelfmoord|een einde aan mijn leven)'],
      [0.6, '(vannacht|vanavond|vandaag) maak ik er een (eind|einde) aan'],
      [0.8, 'chce (umrzec|sie zabic|popelnic samobojstwo|odebrac sobie zycie|skonczyc ze soba)'],
      [0.7, '(nie chce juz zyc|nie chce zyc|juz nie chce zyc|odbiore sobie zycie|skoncze ze soba|popelnie samobojstwo)'],
      // "zabije się" is also "he will get killed" ("na tym motorze"): as a sentence's end, the writer's plan.
      [0.6, '(sie zabije|zabije sie) $'],
      [0.8, '(olmek istiyorum|kendimi (oldurecegim|oldurcem|oldurmek istiyorum)|intihar edecegim|intihar etmek istiyorum|canima kiyacagim|canima kiymak istiyorum)'],
      [0.7, 'yasamak istemiyorum'],
      [0.8, '((marna|mar jana) (chahta|chahti) (hoon|hu|hun|hoo)|(suicide|khudkushi|aatmhatya|atmahatya) kar (lunga|lungi|lenge))'],
      [0.7, '(jeena|jina) nahi (chahta|chahti)'],
      // A past attempt told as one's own, as English reads "I tried to kill myself" (recovery talk included:
      // the English rules flag it, and the languages agree with them).
      [0.75, '(intente|he intentado) (suicidarme|matarme|quitarme la vida)'],
      [0.75, 'tentei (me matar|me suicidar|suicidio|tirar (minha|a minha) [propria] vida)'],
      [0.75, 'j\'ai (tente|essaye|essaie) de (me suicider|me tuer|mettre fin a mes jours)'],
      [0.75, 'ho (tentato|provato) (di|a) (uccidermi|suicidarmi|ammazzarmi|togliermi la vita)'],
      [0.75, 'ik heb (geprobeerd|een poging gedaan) (zelfmoord te plegen|mezelf van kant te maken|een einde aan mijn leven te maken)'],
      [0.75, '(probowalem|probowalam) (sie zabic|popelnic samobojstwo|odebrac sobie zycie)'],
      [0.75, '(intihar girisiminde bulundum|intihar etmeye calistim|kendimi oldurmeye calistim)'],
      // Goodbye notes: alone a farewell (moving away), beside a wish to die they add up.
      [0.45, '(carta de despedida|lettre d\'adieu|abschiedsbrief|lettera d\'addio|afscheidsbrief|list pozegnalny|veda mektubu)'],
      [0.3, '(adios|adeus|adieu|addio|vaarwel|zegnajcie|elveda|alvida) (a todos|a todas|mundo|tout le monde|a tutti|allemaal|wszystkim|herkese)'],
    ],
    'self-harm/instructions': [
      [0.85, '(how|best way|easiest way|quickest way|painless way|ways) to (kill yourself|kill myself|commit suicide|end (your|my) life|cut (yourself|myself)|self harm|overdose|hang (yourself|myself))'],
      [0.85, '(kill|off|hang|shoot|cut) (yourself|urself|your self|yourselves)'],
      [0.85, '(kys|go kill yourself|slit your wrists|drink bleach|you should (kill yourself|die))'],
      [0.7, '(lethal|fatal) (dose|amount) of'],
      [0.7, '(cut|slice|slit) (deep|deeper|vertical|along the vein|down the road not across)'],
      // Urging someone to die: "nobody would miss you, just end it already", "do everyone a favour and kill yourself".
      [0.5, '(nobody|no one|noone) (would|will|is going to|gonna|is gonna) (miss|notice|care about|mourn) (you|u)'],
      [0.5, '(the world|everyone|everybody) (would|will) be better [off] without (you|u)'],
      [0.6, '(just|go|you should|u should|you need to|why don\'t you|why not) end it [all] (already|now|tonight|today)'],
      [0.6, '(just|go|you should|u should|you need to|why don\'t you|why not) (end|take) (your|ur) [own] life'],
      [0.9, 'do (everyone|everybody|the world|us all|us|yourself|all of us) a (favour|favor) (and|&) (kill yourself|die|end it|end your life|jump|hang yourself|disappear forever)'],
      // The same in the languages of the multilingual lexicons ("ich bring dich um" is a threat, not this).
      [0.75, '(matate|suicidate|quitate la vida|se mata|tue toi|suicide toi|bring dich (doch|endlich|einfach|selbst) um|ammazzati|ucciditi|suicidati|pleeg zelfmoord|zabij sie|powies sie|kendini oldur)'],
      [0.6, '(nadie te (extranaria|echaria de menos)|ninguem (sentiria|vai sentir) (sua|tua) falta|personne ne (te regretterait|va te regretter)|niemand (wurde|wuerde) dich vermissen|nessuno sentirebbe la tua mancanza|niemand zou je missen)'],
    ],
  },
});

/**
 * A helpline names the reader's wish or self-injury in the condition of its offer, listed with others: "如果你想自杀或伤害
 * 自己，请打电话给我们", "死にたい、自分を傷つけたいと思ったら電話してください". In Chinese the match's clause opens with "if you"
 * (如果你, 要是您...) with no comma before it; in Japanese "と思ったら" or "と感じたら" (if you come to feel so) ends its
 * clause. "如果你离开我，我就自杀" (the writer's own, after the comma) and "死にたい、誰か助けて" are read as before.
 */
const CJK_IF_YOU = /(?:如果|要是|假如|倘若|万一)(?:你|您)[^，,。！？!?；;\n]*$/u;
const JA_IF_FELT = /^[^。！？!?\n]{0,24}?と(?:思|感じ|おも)(?:っ)?たら/u;
const askedInHelplineCondition = (text: string, from: number, to: number) =>
  CJK_IF_YOU.test(text.slice(Math.max(0, from - 24), from)) || JA_IF_FELT.test(text.slice(to, to + 30));

/** Russian, Arabic, Hindi, Chinese and Japanese: the same wish, plan and self-injury (policy.multilingual on). */
const AR_WANT = '(أريد|اريد|أود|اود|بدي|ابغى|أبغى|نفسي|عايز|عايزة)';
const OTHER_SCRIPTS: readonly ScriptTable[] = [
  {
    // fold() turns й into и and ё into е: "собой" is read "собои".
    script: /[\u0400-\u04ff]/,
    innocentAt: toldAsRecovered,
    rows: [
      ['self-harm', 0.25, '(самоубииств\\p{L}*|суицид\\p{L}*|самоповрежд\\p{L}*|селфхарм\\p{L}*)'],
      ['self-harm', 0.6, '(режу|порезала|порезал|царапаю|режусь) (?:{word} ){0,1}(себя|себе руки|себе вены|себе запясть\\p{L}*)'],
      // Come back: "я снова порезалась", "опять режу себя" (session 33).
      ['self-harm', 0.6, '(снова|опять|вновь) (порезалась|порезался|резала себя|резал себя|режу себя|режусь)|(порезалась|порезался) (снова|опять)'],
      // "хочу умереть в старости": where or of what, not now.
      // Negated ("не хочу", "لا أريد", "我不想", "不要自杀") by a look just behind the verb.
      // "Если … хочется умереть, позвони нам": a helpline's condition, in the clause that asks it (not "если честно, …").
      ['self-harm/intent', 0.8, '(?<!не )(хочу|хочется|собираюсь|решил|решила|думаю)(?<!если[^.!?,\\n]{1,40}) (?:{word} ){0,1}(умереть(?! (?:в|во|от|со|с|на) )|покончить с собои|убить себя|повеситься|уити из жизни|сдохнуть)'],
      ['self-harm/intent', 0.8, '(покончу с собои|убью себя|повешусь)'],
      ['self-harm/intent', 0.7, '(не хочу (больше )?жить|думаю о самоубииств\\p{L}*)'],
      ['self-harm/intent', 0.75, '(пыталась|пытался) (покончить с собои|убить себя)'],
    ],
  },
  {
    script: /[\u0600-\u06ff]/,
    innocentAt: toldAsRecovered,
    rows: [
      ['self-harm', 0.25, '(انتحار|الانتحار|إيذاء النفس|ايذاء النفس|إيذاء الذات|ايذاء الذات)'],
      ['self-harm', 0.6, '(أجرح|اجرح|أؤذي|اؤذي|أقطع|اقطع|أحرق|احرق) نفسي'],
      ['self-harm', 0.6, '(جرحت|أذيت|اذيت|آذيت|قطعت|حرقت) نفسي (مرة أخرى|مرة اخرى|مجددا|من جديد|تاني|ثاني|كمان مرة)'],
      ['self-harm/intent', 0.8, `(?<!(?:لا|ما|مش) )${AR_WANT} (?:أن |ان )?(أموت|اموت|أنتحر|انتحر|أقتل نفسي|اقتل نفسي)`],
      ['self-harm/intent', 0.8, '(سأنتحر|سانتحر|سوف أنتحر|سوف انتحر|رح انتحر|راح انتحر|سأقتل نفسي|ساقتل نفسي)'],
      ['self-harm/intent', 0.7, '(لا أريد|لا اريد|ما بدي|مش عايز|مش عايزة) (?:أن |ان )?(أعيش|اعيش)'],
      ['self-harm/intent', 0.75, 'حاولت (?:أن |ان )?(الانتحار|أنتحر|انتحر|قتل نفسي|أقتل نفسي|اقتل نفسي)'],
    ],
  },
  {
    script: /[\u0900-\u097f]/,
    innocentAt: toldAsRecovered,
    rows: [
      ['self-harm', 0.25, '(आत्महत्या|खुदकुशी|ख़ुदकुशी)'],
      ['self-harm', 0.6, '(अपने|अपनी) (हाथ|हाथों|कलाई|कलाइयों|बांह|बाँह) (?:को )?(काट[\\p{L}\\p{M}]*)'],
      ['self-harm', 0.6, '(खुद|ख़ुद) को (काट[\\p{L}\\p{M}]*|चोट पहुं[\\p{L}\\p{M}]*|नुकसान पहुं[\\p{L}\\p{M}]*)'],
      ['self-harm/intent', 0.8, '(मरना|मर जाना|आत्महत्या करना|खुदकुशी करना) (चाहत[\\p{L}\\p{M}]*|चाहती)'],
      ['self-harm/intent', 0.8, '(आत्महत्या|खुदकुशी|ख़ुदकुशी) (कर लूंगा|कर लूँगा|कर लूंगी|कर लूँगी|करूंगा|करूँगा|करूंगी|करूँगी)'],
      ['self-harm/intent', 0.7, 'जीना नहीं (चाहत[\\p{L}\\p{M}]*|चाहती)'],
      ['self-harm/intent', 0.75, '(आत्महत्या|खुदकुशी|ख़ुदकुशी) (करने )?की कोशिश की'],
    ],
  },
  {
    script: /[\u3040-\u30ff\u4e00-\u9fff]/,
    unspaced: true,
    innocentAt: (text, from, to) => toldAsRecovered(text, from, to) || askedInHelplineCondition(text, from, to),
    rows: [
      // Chinese: 想死你了 and 想死我了 are "missed you to death", 累死了 and 笑死 idioms; 自杀 alone a topic (预防).
      ['self-harm', 0.25, '(自杀|自残|轻生|自傷|自殺|リスカ)'],
      ['self-harm', 0.6, '(割腕|划手腕|割手腕|划手臂|伤害自己|リストカット|自傷行為)'],
      ['self-harm', 0.6, '我[^。！？!?\\n]{0,4}(自残|自伤)'],
      // Come back: "我又自残了", "昨晚又割腕了", "またリスカしちゃった" (session 33).
      ['self-harm', 0.6, '又(自残|自伤|割腕|割手|划手|伤害自己)|また(リスカ|腕を切|手首を切|自傷)'],
      // "如果你今晚想死，请打给我们": the reader's wish in a helpline's condition.
      ['self-harm/intent', 0.8, '(?<![不没别])(想|准备|打算|决定)(?<!(?:如果|要是|假如|倘若)(?:你|您)[^。！？!?\\n，,]{0,4}(?:想|准备|打算|决定))(去死|死(?![你您他她我们了])|自杀|轻生|结束(自己的)?生命|跳楼)'],
      ['self-harm/intent', 0.8, '(?<![不没别])(要|会)(自杀|去死|结束(自己的)?生命)'],
      ['self-harm/intent', 0.7, '(不想活(了|下去)?|活不下去|活着没(有)?意(思|义))'],
      ['self-harm/intent', 0.75, '我[^。！？!?\\n]{0,6}(自杀过|试图自杀|尝试过自杀|自杀未遂)'],
      // Japanese: 死にたい but not 死にたいくらい (embarrassed "enough to die"), nor a helpline's "死にたいと思ったら" (if you
      // come to think so); 消えたい alone is weaker.
      ['self-harm/intent', 0.8, '(死にたい(?!くらい|ぐらい|ほど|と(?:思|感じ|おも)(?:っ)?たら|気持ちになったら)|自殺(します|する|したい|しよう)|命を絶ち(たい|ます))'],
      ['self-harm/intent', 0.7, '(生きていたくない|生きたくない|生きる意味が(ない|無い))'],
      ['self-harm/intent', 0.4, '消えたい'],
      ['self-harm/intent', 0.75, '(自殺未遂|自殺を図った|自殺しようとした)'],
    ],
  },
];

/**
 * Self-harm: intent, acts and instructions. Words like "cutting", "blade" or "pills" are weak alone
 * (cooking, shaving, pharmacy) and add up when they appear together with intent. In the other languages
 * the writer's own wish or plan ("quiero morirme", "ich bringe mich um", "хочу умереть", "死にたい") and
 * self-injury told with a reflexive or a body part ("me corto los brazos", not "me corto el pelo"); the
 * word for suicide alone is a topic (prevention lines, psychologists), and dying of laughter an idiom.
 */
export const detectSelfHarm = withScriptPatterns(detectPhrases, OTHER_SCRIPTS, 'local:self-harm');
