import { aimedAtSelf, toldFondly } from './insult-target.js';
import { deniedInsult } from './insult-denied.js';
import { markedAsPlay } from './marked-as-play.js';
import { namedWork } from './named-work.js';
import { idiomTail, phraseDetector } from './phrase-detector.js';
import { CONTEMPTIBLE, CONTEMPTIBLE_BY_LANGUAGE, DEHUMANISING, DIRECTED_INSULTS, INSULTING_THINGS, KINDNESS, NAME_CALLING, PRAISED, PLAYED_DOWN, STRONG_INSULTS, VILLAINS } from './word-lists.js';

/** Praise right after a curse, which makes it an adjective ("drop-dead gorgeous"). */
const PRAISE_NEXT = new RegExp(`^[\\s-]+${PRAISED}(?!\\p{L})`, 'u');
/**
 * A colon that leads on to praise of a place ("I know where you live: the cutest street in town", "a cozy
 * street"): an estate agent's line, not a veiled threat. An address, a clause or "see you soon" after it stays one.
 */
const PRAISED_PLACE_NEXT = new RegExp(
  `^:[^\\S\\n]*(?:the|a|an)[^\\S\\n]+(?:most[^\\S\\n]+\\p{L}+|${PRAISED}|best|nicest|cutest|prettiest|loveliest|coolest|quietest|friendliest|safest|greatest|finest|sweetest|cosiest|coziest|cozy|cosy|lovely|charming|quiet|friendly|leafy|sunny|peaceful)(?!\\p{L})`, 'u');

/**
 * A Spanish or Italian "you are" negated just before it ("no eres un fracasado", "non sei un fallito"): the
 * name is denied, not given. The other languages' frames hold their negation inside ("você não é", "du bist kein").
 */
const YOU_ARE_NEGATED = { head: /^(?:eres|sois|sei|siete)(?![\p{L}])/u, before: /(?<![\p{L}])(?:no|non)\s+$/u };

/**
 * Harassment: insults and contempt aimed at a person, and threats. An insult word alone is weak (it
 * may be quoted, or self-deprecating); aimed at "you" it is strong. Threats need a speaker, an act of
 * violence and a target, so "we will beat your quote" and "I'll cut your hair" stay innocent.
 */
export const detectHarassment = phraseDetector('harassment', {
  // "I'll kill you with kindness" is a motto and "I'll shoot you an email" a promise to write, not threats.
  innocentAfter: idiomTail(KINDNESS, PLAYED_DOWN),
  // An insult a member aims at themselves is banter: "total loser at chess", "I'm a certified dumbass", and so is one
  // about a friend they go on to love ("my best friend is an idiot, but I love him"); one
  // denied is none ("du bist kein Idiot"), nor one that is a work's title ("my favourite novel is The Idiot"). A
  // curse followed by praise is an adjective: "drop-dead gorgeous cakes". A veiled threat that leads on to
  // praise of the place is a description, one laughed off in a gamer's bio trash talk (marked-as-play.ts), and one that
  // is a work's title ("Sleep with one eye open is a thriller I wrote").
  innocentAt: (text, from, to, category) =>
    (category === 'harassment' && (aimedAtSelf(text, from, to) || toldFondly(text, from, to) || deniedInsult(text, from, to) || namedWork(text, from, to) || (YOU_ARE_NEGATED.head.test(text.slice(from, to)) && YOU_ARE_NEGATED.before.test(text.slice(Math.max(0, from - 8), from))))) || (text.endsWith('dead', to) && PRAISE_NEXT.test(text.slice(to, to + 24))) ||
    (category === 'harassment/threatening' && (PRAISED_PLACE_NEXT.test(text.slice(to, to + 40)) || markedAsPlay(text, from, to) || namedWork(text, from, to))),
  slots: {
    insult: NAME_CALLING,
    strong: STRONG_INSULTS,
    directed: DIRECTED_INSULTS,
    thing: INSULTING_THINGS,
    contempt: CONTEMPTIBLE,
    villain: VILLAINS,
    // {contempt-es}, {sneer-es}... for each language's names and sneers.
    ...Object.fromEntries(Object.entries(CONTEMPTIBLE_BY_LANGUAGE).flatMap(([lang, { names, sneers }]) => [[`contempt-${lang}`, names], [`sneer-${lang}`, sneers]])),
    dehum: DEHUMANISING,
    youare: ["you're", 'youre', 'you are', 'your a', 'your an', 'ur a', 'ur an', 'u r', 'u are', 'you r', 'you absolute', 'you complete', 'you total', 'you fucking', 'you stupid', 'you dumb', 'you little', 'you big', 'you fat', 'you ugly'],
    sneer: ['fucking', 'stupid', 'dumb', 'fat', 'ugly', 'pathetic', 'worthless', 'disgusting', 'miserable', 'lying', 'useless', 'filthy', 'dirty', 'lazy', 'sneaky', 'backstabbing', 'greedy', 'smelly', 'stinking', 'brainless', 'spineless', 'slimy', 'heartless', 'gutless', 'cowardly', 'corrupt', 'crooked', 'two faced', 'treacherous', 'deranged', 'senile', 'sleazy', 'incompetent', 'despicable', 'vile', 'shameless', 'rotten', 'lousy'],
    adj: ['fucking', 'stupid', 'dumb', 'little', 'big', 'fat', 'ugly', 'total', 'complete', 'absolute', 'pathetic', 'worthless', 'disgusting', 'miserable', 'sad', 'lying', 'useless', 'just', 'such', 'nothing but', 'so', 'really', 'a', 'an', 'the', 'biggest', 'worst'],
    will: ['will', "'ll", 'am going to', 'are going to', "i'm going to", 'im going to', 'gonna', 'im gonna', 'want to', 'wanna', 'would love to', 'shall', 'should'],
    hurt: ['kill', 'murder', 'hurt', 'stab', 'shoot', 'strangle', 'choke', 'rape', 'punch', 'slap', 'hang', 'torture', 'bury', 'drown', 'poison', 'suffocate', 'smother', 'behead', 'lynch', 'beat the (shit|hell|crap|life) out of'],
    target: ['you', 'u', 'ya', 'him', 'her', 'them', 'yall', "y'all", 'you all'],
    family: ['family', 'kids', 'children', 'child', 'wife', 'husband', 'daughter', 'daughters', 'son', 'sons', 'mom', 'mum', 'mother', 'dad', 'father', 'parents', 'girlfriend', 'boyfriend', 'loved ones'],
  },
  phrases: {
    harassment: [
      [0.35, '{insult}'],
      [0.5, '{strong}'],
      [0.75, '(he|she|they|he\'s|she\'s|they\'re|this|that|these|those|his|her|their) (is|are|was|were|s|re|r) [{adj}] [{adj}] [{adj}] {insult}'],
      [0.6, '(a|an|the|such a|bunch of|pack of|total|complete|absolute|utter) [{adj}] [{adj}] ({insult}|{directed} $)'],
      // Animals and things insult only when said of a person or with a sneer: "we have a dog" is not one.
      [0.6, '(such a|what a|bunch of|pack of|total|complete|absolute|utter) [{adj}|{sneer}] [{adj}|{sneer}] {thing} $'],
      [0.75, '(he|she|they|he\'s|she\'s|they\'re) [is|are|was|were|s|re|r] [{adj}|{sneer}] [{adj}|{sneer}] [{adj}|{sneer}] {thing} $'],
      [0.8, '(you|u|ya) {sneer} [{adj}] {thing} $'],
      // Called a name to the face: "move on, you freak."
      [0.75, '(you|u|ya) [{sneer}] {directed} $'],
      [0.5, '(i|we) [really|just|absolutely] (hate|despise|detest|loathe) (you|him|her|his|her|them|their)'],
      // A name that condemns a character, with a sneer, to the face, or as what he or she is.
      [0.7, '(a|an|the|such a|what a|you|u|ya|bunch of|pack of|total|complete|absolute|utter) {sneer} [{sneer}|{adj}] ({contempt}|{villain})'],
      [0.75, '(you|u|ya) [{adj}] {contempt} $'],
      [0.6, '(he|she|they|he\'s|she\'s|they\'re) [is|are|was|were|s|re|r] [{adj}] [{adj}] {contempt} $'],
      [0.6, '(such a|what a|total|complete|absolute|utter) [{adj}] {contempt} $'],
      // Punishment wished on a person: "he should be locked up", "she deserves fifty lashes", "may he rot".
      [0.6, '(he|she|they|him|her|them|you|u) (should|must|needs to|need to|ought to|deserves to|deserve to) [all] (be|get) (locked up|jailed|imprisoned|thrown in (jail|prison)|put behind bars|flogged|whipped|lashed|caned|castrated|strung up)'],
      [0.6, '(he|she|they|you|u|who) (deserves|deserve) [to (be|go|burn|rot)] [in] (hell|prison|jail|a cell|_ lashes|a beating|the death penalty|the chair|the rope|the noose)'],
      [0.6, '(deserves|deserve) to (rot|burn|suffer|hang|die) (in|behind) (a cell|prison|jail|hell|bars)'],
      [0.6, '(hope|hopefully|may) (he|she|they|you|u|[my] (ex|ex boss|boss|ex husband|ex wife|landlord|neighbour|neighbor)) (suffers|rots|burns|chokes|suffer|rot|burn|choke) [every single day|every day|forever|slowly|in hell] $'],
      [0.5, 'up yours'],
      // Contempt for people pointed at with a sneer: "those spineless cowards" ("those monsters" may be a story's).
      [0.7, '(these|those) {sneer} [{sneer}] ({contempt}|{villain})'],
      // A woman's (or man's) success put down to sex: "slept her way to the top".
      [0.6, '(slept|sleeping|screwed|screwing|fucked|fucking|sucked|blew) (her|his|their) way (to|into|up|through)'],
      [0.5, 'lock (him|her) up'],
      // The same in Spanish, Portuguese and Italian (the sneer mostly after the name), French and German.
      [0.7, '(un|una|ese|esa|esos|esas|menudo|menuda|vaya|que|eres un|eres una|es un|es una|son unos|son unas) ({contempt-es} {sneer-es}|{sneer-es} {contempt-es})'],
      [0.7, '(eres|tu eres|el es|ella es|ellos son) [un|una|unos|unas] {contempt-es} $'],
      [0.7, '(um|uma|esse|essa|esses|essas|seu|sua|que|voce e um|voce e uma|vc e um|vc e uma|tu es um|tu es uma) ({contempt-pt} {sneer-pt}|{sneer-pt} {contempt-pt})'],
      [0.7, '(voce e|vc e|tu es|ele e|ela e|eles sao) [um|uma|uns|umas] {contempt-pt} $'],
      [0.7, '(un|uno|una|quel|quella|quei|quelle|che|sei un|sei una|brutto|brutta) ({contempt-it} {sneer-it}|{sneer-it} {contempt-it})'],
      [0.7, '(sei|tu sei|lui e|lei e|sono dei|sono delle) [un|una] {contempt-it} $'],
      [0.7, '(espece de|bande de|quel|quelle|ce|cette|ces|sale) [{sneer-fr}] {contempt-fr}'],
      [0.7, '(tu es|t\'es|t\'es qu\'un|t\'es qu\'une|vous etes|il est|elle est|c\'est) [un|une] [{sneer-fr}] {contempt-fr} $'],
      [0.7, '(ein|eine|einen|so ein|so eine|so einen|was fur ein|was fur eine|was fur einen|du|dieser|diese|diesen) {sneer-de} {contempt-de}'],
      [0.7, '(du|er ist|sie ist|du bist) [ein|eine] {contempt-de} $'],
      [0.6, '(dumbest|stupidest|ugliest|grossest|worst|laziest|most (stupid|disgusting|pathetic|useless|corrupt|evil)) (person|man|woman|people|family|president|human|human being|humans|excuse)'],
      [0.7, '(excuse|waste|disgrace|embarrassment) (of|for) a (human|human being|person|man|woman|mother|father)'],
      [0.55, '(are|is) [all|just|nothing but|nothing less than|a bunch of|a pack of|pure|such] [pure|such|a bunch of|a pack of] (liars and murderers|murderers|criminals|terrorists|traitors|demons|pedophiles|paedophiles|rapists|scum|vermin|evil|the devil|satan|the antichrist|the scum of the earth)'],
      [0.5, '(fjb|fck|fcking|fkn|fking|effing)'],
      [0.85, '({youare}|you|u|what a|such a|shut up|go away) [{adj}] [{adj}] [{adj}] {insult}'],
      [0.8, '{youare} [{adj}] [{adj}] [{adj}] ({directed}|{thing}) $'],
      [0.8, '({insult}|{directed}|{thing}) like (you|u) $'],
      [0.8, '(you|u) (are|r|\'re) [just] [a] {dehum}'],
      [0.85, '(fuck|screw) (you|u|yourself|ya)'],
      [0.5, '(fuck|screw) off'],
      [0.6, '(go|get) (fuck|screw) (yourself|yourselves|themselves|himself|herself)'],
      [0.6, 'shut (the fuck|the hell|your (mouth|face|trap)) up'],
      [0.7, '(nobody|no one) (likes|loves|cares about|wants) (you|u)'],
      // Humiliation to the face (session 20): a shame to one's own, laughed at behind one's back, unlovable, alone for ever, ugly.
      [0.7, '{youare} [such|so|just|nothing but] [a|an] (disgrace|laughingstock|laughing stock) ((to|for) (your|the|this|our|all|every) _|$)'],
      [0.7, '{youare} [such|so|just|nothing but] [a|an] (embarrassment|disappointment) (to|for) (your|the|this|our|all|every) _'],
      [0.7, 'what (a|an) (disgrace|embarrassment|disappointment|laughingstock) (you are|you\'re|youre|u r)'],
      [0.6, '(everyone|everybody|people|all of us|we all|they all) [at (school|work|the office)|here|in (class|town)] (laughs|laugh|is laughing|are laughing|laughed) at (you|u) behind your back'],
      [0.7, '(nobody|no one|no man|no woman) (will|would|could|can) ever (love|want|like|marry|date) (you|u|someone like (you|u)|a (girl|guy|woman|man|person) like (you|u)) $'],
      [0.7, '(you|u) (will|\'ll|are going to|gonna) (always|forever) be alone'],
      [0.7, '(you|u) (will|\'ll|are going to|gonna) die alone'],
      [0.7, '(your|ur) (kids|children|parents|family|mom|mum|mother|dad|father|husband|wife) (must be|are|should be) [so] (ashamed|embarrassed) (of (you|u)|to have)'],
      [0.7, '{youare} [so|really|truly|just|absolutely] (hideous|repulsive|revolting|grotesque|ugly|disgusting|pathetic|worthless|useless) $'],
      [0.75, '(you|u) (should|deserve to|need to) (be ashamed|rot|suffer|burn|be locked up|be in prison|be in jail)'],
      [0.7, '(may|hope) (you|he|she|they) (rot|burn|roast|suffer) in hell'],
      [0.6, '(rot|burn|roast) in hell'],
      [0.6, '(you|your) (life|existence) (is|are) (worth nothing|worthless|pointless|meaningless)'],
      [0.55, 'your (life|lives) (are|is) worth (nothing|absolutely nothing|less)'],
      [0.5, '(you|u) (suck|stink|disgust me|make me sick)'],
      [0.5, '(loser~|idiot~|moron~|clown~|scum) (alert|of (humanity|the earth))'],
      [0.6, '(kiss|lick|suck) my (ass|arse|dick|balls)'],
      [0.6, '(motherfucker~|son of a bitch|stfu|gtfo)'],
      [0.5, 'dumb as (a rock|rocks|a brick|a post|dirt)'],
      // A roast's put-down without a name: "that shitty 2nd grade painting shows you exactly where you peaked", "the only
      // thing you're good for". A career or a hike that "peaked" is said of the thing, not "where you peaked".
      [0.6, '(where|when) (you|u) peaked $'],
      [0.6, '(you|u) peaked in (high school|middle school|school|college|kindergarten|_ grade|grade _)'],
      [0.6, '(the only thing|all) (you\'re|you are|youre|ur|u r|your _ (is|are)) (good for|useful for)'],
    ],
    'harassment/threatening': [
      [0.9, '(i|we|i\'m|im|i am|we are) {will} {hurt} {target}'],
      [0.9, '(i|we|i\'m|im) {will} (break|smash|bash|snap) (your|ur|his|her|their) (neck|necks|legs|face|bones|jaw|arms|skull|head)'],
      [0.9, '(i|we|i\'m|im) {will} make (you|u) (suffer|pay|bleed)'],
      // Regret of a thing missed is a sales line ("we'll make you regret not trying our cheesecake sooner").
      [0.9, '(i|we|i\'m|im) {will} make (you|u) regret (it|this|that|being born|everything|the day|ever)'],
      // A bomb or a shooting for a building where people gather ("I'll bomb the school"; "bomb the test" is failing it).
      [0.9, '(i|we|i\'m|im|i am|we are|we\'re) ({will}|going to) (bomb|blow up|shoot up|firebomb) (your|ur|the|this|that|our) (school|mosque|church|synagogue|temple|office|hospital|clinic|station|airport|mall|building|college|university|campus)'],
      [0.85, '(find|hunt|track) (you|u) [down] (and|&) .. {hurt}'],
      // A veiled threat when it stands alone (a laugh after it too) or leads to more; "I know where you live now, congrats" and
      // "watch your back on the climbing wall" say where or when, and are no threat.
      [0.7, '(i|we) know where (you|u) (live|sleep) ($|(lol|lmao|lmfao|haha|hahaha|hehe|xd|jk) $|(and|&|so) (i|we|when|what|who|you|u|be|watch))'],
      [0.75, '(you|u) (are|\'re|r) (dead|going to die|gonna die|so dead)'],
      [0.75, '(you|u) (will|\'ll|are going to|gonna) (die|suffer|bleed)'],
      [0.6, 'watch your back $'],
      // Session 30: veiled threats that need no violent word: a warning to the reader, regret for crossing the writer, a
      // debt for what they did, what happens if they go on. Sales lines regret a thing missed ("you won't regret it",
      // "you'll regret not booking") and pay for a thing ("you'll pay for what you use"): neither is read here.
      [0.7, '[you\'d|you had|you|u] better watch (your|ur) back [(from now on|now|buddy|pal|mate|bitch)] $'],
      [0.75, '(you|u) {will} regret [ever] (crossing|messing with|fucking with|screwing with|screwing over|disrespecting|insulting|threatening|snitching on|lying to|cheating on|betraying|provoking) (me|us)'],
      [0.7, '(you|u) {will} pay for (this|that|what (you|u) (did|said|done|have done|\'ve done|wrote|posted)) $'],
      // Said bare it may be an improv class's line: only what happens to the reader is read alone.
      [0.7, 'keep (talking|running your mouth|running ur mouth|pushing me|testing me|messing with me|fucking with me) (and|&) (see|watch) what happens to (you|u|ya)'],
      [0.45, 'keep (talking|running your mouth|running ur mouth|pushing me|testing me|messing with me|fucking with me) (and|&) (see|watch) what happens $'],
      [0.6, '(you|u) (have|got) no idea what (i\'m|im|i am|we\'re|we are) capable of $'],
      // Session 31: a warning with a menace beside it. "Be careful on the ice" and "watch your language or you'll get a
      // yellow card" are care and rules: only the writer's menace (or else, next time, before something happens) said
      // last is read ("watch out, next time I won't be so nice with the prices" is a shop's).
      [0.65, '(careful|watch yourself|watch it|watch out|watch (your|ur) (mouth|tongue|step|words)|tread carefully) [(what|who) (you|u) (say|do|post|write|talk to|mess with) [about me|to me]] (or else|or (you|u) (will|\'ll) get what\'s coming [to (you|u)]|next time (i|we) (won\'t|will not) be so (nice|gentle|kind|forgiving|patient)|next time (you|u) (won\'t|will not) be so lucky|before something [bad] happens to (you|u)|or (you|u) (will|\'ll) be sorry) $'],
      // Finding where someone lives, a visit paid, an address given with a call to act (session 20). Each alone may be
      // innocent ("pay him a visit", "she lives on Oak Street", "make him pay" the bill); together they are a threat.
      [0.45, '(i|we|i\'m|im|i am|we\'re|we are) {will} (find|find out|track down|figure out) where (you|u) (live|sleep|work)'],
      [0.45, 'make (you|u) regret (this|it|that|being born|everything)'],
      [0.45, '(go|let\'s|lets|someone (should|needs to)|somebody (should|needs to)|we (should|will|\'ll)|you (should|need to)|time to) pay (her|him|them) a [little|nice|friendly|late night] visit'],
      [0.4, 'show (her|him|them) what (we|i) (think|really think)'],
      [0.35, 'make (him|her|them) pay $'],
      [0.4, '(she|he|they|who) (lives|live|is living|are living) (at|on) .. (street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|close|crescent)'],
      [0.4, '(home|house) address (of|is|for)'],
      [0.7, 'sleep with one eye open'],
      // Veiled threats: the end foretold, or the speaker's reach to the family ("we know where your daughter goes to school").
      [0.7, 'your days are numbered'],
      [0.8, '(i\'m|im|i am|we\'re|we are) coming for [(you|u) (and|&)] your {family}'],
      [0.8, '(i|we) know (where|which school) your {family} (go|goes|live|lives|work|works|sleep|sleeps|study|studies)'],
      [0.7, 'see what happens to your {family}'],
      // Punishment foretold for the reader's family: "your grandchildren will get put in re-education camps".
      [0.6, '(your|ur) [whole|entire] ({family}|grandchildren|grandkids) (will|\'ll|are going to|gonna|is going to) (get|be) (put|sent|thrown|locked up) (in|into|to) [a|the] (re education camp~|reeducation camp~|concentration camp~|labor camp~|labour camp~|gulag~|cage~|gas chamber~)'],
      [0.75, '(you|u) (will|\'ll|are going to|gonna) (end up|wind up|be found) (dead|in a (ditch|body bag|coffin|grave|morgue)|six feet under)'],
      [0.85, '(i|we) (hope|wish) (you|u) (die|get (raped|killed|shot|cancer|hit by)|burn|suffer)'],
      // A death wished on the reader's family ("I hope your whole family dies in a fire", "hope your kids get hit by a car").
      [0.85, '(hope|wish|pray) [that] (your|ur) [whole|entire|little] {family} (die|dies|(get|gets) (raped|killed|shot|cancer|hit by)|burn|burns|suffer|suffers|rot|rots)'],
      [0.8, '(i|we) (wish|hope) (you|u) (were|was) dead'],
      [0.85, '(go die|drop dead|die in a (fire|hole|ditch))'],
      [0.6, '(just die|die already)'],
      [0.85, '(kill|off|neck|hang|unalive|shoot) (yourself|urself|your self|yo self|yoself|yourselves)'],
      [0.9, 'kys'],
      [0.85, '(you|u) (should|need to|ought to|deserve to) (die|be (killed|shot|hanged|raped|dead))'],
      [0.85, '(drink|swallow) (bleach|poison|some bleach)'],
      [0.85, 'slit your (wrists|throat)'],
      [0.75, '(put|send) (you|u) in (a|the|your) (hospital|grave|coffin|body bag)'],
      [0.6, 'end (you|your life)'],
      // Death promised by the speaker's own hand: "you will die at my hands".
      [0.85, '(you|u|he|she|they) (will|shall|are going to|is going to|gonna) (die|suffer|bleed) .. (at|by) (my|our) (hands|hand)'],
    ],
  },
});
