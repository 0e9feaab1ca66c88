import { phraseDetector } from './phrase-detector.js';
import { AMBIGUOUS_SLURS, CONTEMPT, DEHUMANISING, GROUP_ADJECTIVES, GROUP_MEMBER, GROUPS, INSULTS, KILL_BASE, KILL_VERBS, SLURS } from './word-lists.js';
import { reportedName } from './insult-target.js';
import { namedAsWord } from './named-as-word.js';

/**
 * Hate: contempt, dehumanisation and calls for harm aimed at a protected group. A judgement alone
 * ("X are scum") becomes hate when X is a protected group; said of anyone else it is harassment
 * (detect-harassment.ts). Slurs are in detect-slurs.ts, since no framing makes them acceptable.
 */
/** Who ranks a group below them: another group, men, whites, the writer's own people. */
const RANKER = '({group}|men|whites|white people|we|our (race|people|kind)) (are|is) [{just}]';

export const detectHate = phraseDetector('hate', {
  slots: {
    group: GROUPS,
    member: GROUP_MEMBER,
    adj: GROUP_ADJECTIVES,
    insult: INSULTS,
    dehum: DEHUMANISING,
    contempt: CONTEMPT,
    kill: KILL_VERBS,
    act: KILL_BASE,
    these: ['all', 'all the', 'all of the', 'all these', 'all those', 'the', 'these', 'those', 'you', 'every', 'every single', 'every last', 'any', 'them', 'more'],
    just: ['just', 'all', 'simply', 'literally', 'truly', 'really', 'basically', 'only', 'nothing but', 'no better than', 'such', 'so', 'a bunch of', 'a pack of', 'bloody', 'fucking', 'the', 'most', 'without a doubt', 'obviously', 'clearly', 'always', 'still', 'naturally', 'seriously', 'by nature'],
    be: ['are', 'is', 'r', 'were', "'re", 'being', 'will always be', 'can only be', 'remain'],
    // A speaker who means to act: "I will", "we're going to", "I'm about to".
    intend: ["(i|we) (will|'ll|shall|am going to|are going to|gonna|want to|wanna|would love to|intend to|plan to|am about to)", "(i'm|im|we're) (going to|gonna|about to|planning to|ready to)"],
    // A protected group named earlier in the text, taken up again by a pronoun or "those people".
    they: ['they', 'them', "they're", 'most of them', 'all of them', 'every one of them', 'each of them', 'many of them', 'those people', 'these people', 'such people'],
    very: ['too', 'pretty', 'very', 'so', 'really', 'utterly', 'totally', 'truly', 'absolutely', 'incredibly', 'extremely', 'completely', 'just', 'all', 'still', 'always'],
    // Swearing as an adjective: "you fucking X", "these filthy X".
    cursed: ['fucking', 'fuckin', 'effing', 'frigging', 'bloody', 'damn', 'damned', 'goddamn', 'god damn', 'filthy', 'dirty', 'stinking', 'shitty'],
    hate: ['hate~', 'despise~', 'detest~', 'loathe~', 'abhor~', "can't stand", 'cannot stand', 'am disgusted by', 'am sick of', 'feel nothing but contempt for', 'have no (compassion|respect|sympathy) [at all] for'],
  },
  phrases: {
    hate: [
      [0.9, '{group} [like you] {be} [{just}] [{just}] [a] {dehum}'],
      [0.75, '{group} [like you] {be} [{just}] [{just}] [{just}] {contempt}'],
      // Asked, the verb before its group (session 32): "why are X so filthy?", "are X not just vermin?", "aren't X all parasites?".
      // "Anything but" says it only when asked: "are X really anything but scum?".
      [0.75, "(are|r|aren't|arent) [{these}] {group} [not] [really|ever] [anything but|anything other than|anything except|{just}] [{very}] [a] ({dehum}|{contempt})"],
      // Worth ranked by birth: "X are genetically inferior", "X are less intelligent" (than anyone or not).
      [0.75, '{group} {be} [{just}] [genetically|naturally|biologically|inherently|innately|intellectually|mentally|simply] (less (intelligent|human|capable|evolved|civilized|civilised|smart|rational|competent|worthy|valuable|deserving)|inferior|subhuman|stupider|dumber|lesser (beings|humans|people))'],
      // Ranked below vermin, beasts or disease (issue 17): "X are worse than rats", "lower than vermin", "more like apes than
      // humans", "not even as good as dogs". Worse off, treated worse, or worse at something is no ranking of the group.
      [0.85, '{group} {be} [{just}] [even|much|far|way|so much|a lot] (worse|less|lower|dirtier|filthier|uglier|smellier|stupider|dumber|more disgusting|no better|not better|hardly better|little better|no different) than [{these}] [a|an] [dead|stray|filthy|dirty|mangy|rabid] {dehum}'],
      [0.85, '{group} {be} [{just}] (more|closer) (like|to|akin to|similar to) [{these}] [a|an] {dehum} than [to|like] (humans|people|human beings|a human|a person|men)'],
      [0.85, "{group} (are not|aren't|arent|is not|isn't) even (as good as|worth as much as|equal to|on par with) [{these}] [a|an] {dehum}"],
      // One group ranked above another as people (issue 17): "whites are superior to blacks", "men are worth more than women",
      // closing the clause or "in every way". Better at chess, better drivers, better than X at anything is a skill or a taste;
      // plain "better than" is how fans and neighbours tease ("Brazilians are better than Argentinians!"), so it ranks people
      // only by nature or "as people".
      [0.8, `${RANKER} [genetically|naturally|racially|inherently|biologically|simply|far|much|way|always] (superior to|worth more than|more valuable than|more human than|more evolved than|smarter than|more intelligent than) [{these}] {group} [in every way|as people|as humans|as human beings|by nature|by birth] $`],
      [0.8, `${RANKER} (genetically|naturally|racially|inherently|biologically) better than [{these}] {group} [in every way|as people|as humans|as human beings|by nature|by birth] $`],
      [0.8, `${RANKER} [simply|far|much|way|always] better than [{these}] {group} (in every way|as people|as humans|as human beings|by nature|by birth) $`],
      [0.6, '(most|many|all|these|those|the) {group} (are|is) (seriously|just|so|really) .. {contempt}'],
      [0.8, '(i|we|i really|i absolutely|i just) {hate} [{these}] {group}'],
      [0.85, '(hatred|hate|contempt|disgust|loathing) (for|of|towards|toward) [{these}] {group}'],
      [0.85, '(i|we) (find|consider) [{these}] {group} [to be] ({contempt}|{dehum})'],
      [0.85, '{group} (belong|should be|deserve to be) (in|behind) (a|the) (zoo|cage|cages|gutter|trash|bin|oven|ovens|gas chamber|camp|camps|sewer)'],
      // A group sent back to the kitchen (session 20): the sexist trope, said of women or of any group.
      [0.8, '{group} (belong|belongs|should (stay|be|remain)|need to (stay|be)|must (stay|be)) in the kitchen'],
      // Tolerance on a condition (session 37): a group accepted only while it hides, keeps away or stays put. "Dogs are
      // fine as long as they stay on a lead" names no group.
      [0.75, '{group} (are|is) [{just}] (fine|ok|okay|alright|all right|acceptable|tolerable|tolerated) [i guess|by me|with me] (as long as|so long as|provided|providing) (they|he|she)'],
      [0.75, "((i|we) (don't|do not|dont) mind|(i|we) (have|got|ve got) (nothing|no problem) (against|with)) [{these}] {group} (as long as|so long as|provided|providing) (they|he|she)"],
      // Told to be grateful to be let in (session 37): their being here the speaker's favour.
      [0.75, '{group} (should|must|ought to|need to|have to|had better) be [{just}] (grateful|thankful) [that] (we|anyone|they are|they were|they\'re) [even|ever] (let|allowed|allow|accepted|took|take|tolerate|put up with) (them|him|her)'],
      // Grown people called children to be told what to do (session 37); pets and grandparents "like children" name no group.
      [0.75, '{group} (are|is) [{just}] (like|as) [little|small|spoiled|spoilt] (children|kids|toddlers)'],
      // Unable to do what anyone can, or here only for the money (session 37).
      [0.75, "{group} (can't|cant|cannot|can not|don't know how to|dont know how to) [even] [properly] (drive|think|count|lead|govern|behave|wash|park|reason)"],
      [0.75, '{group} (only|just) (come|came|are here|move here) (for|because of) [the|our] (money|benefits|welfare|handouts)'],
      // Always playing the victim (session 37): a trope of the whole group.
      [0.75, '{group} [{just}] (always|constantly|keep|love to|like to) (play|playing) the victim [card]'],
      // A trait said to mark any member (session 37): "typical X, always...", "you can always tell when an X has been in".
      [0.75, '(typical|typically) {member} (always|constantly|forever|never|again)'],
      [0.75, '(you|u|one) can always (tell|smell|see) (when|where|if) (a|an|some) {member} (has been|was|is|lives|sat|worked)'],
      // Approval of a group's mistreatment (session 22): "good that they treat immigrants like dirt", "they're right to
      // treat refugees like animals". Without the approval it is a report ("it's wrong that they treat X like dirt").
      [0.8, '(good|great|glad|nice|right|finally|about time|love how|like how|love the way|like the way|love that|happy that) [that|to|when|how|the way] [they|we|people|someone|somebody|everyone|cops|the police|society] [still|now|finally|all] (treat|treats|treated|treating) [{these}] {group} (like|as) [{just}] [a] {dehum}'],
      [0.8, "(in|it's in|it is in) [a|an|the] {group}('s|s|') nature to"],
      [0.8, "(in|it's in|it is in) [a|an|the] {member}('s|s|') nature to"],
      [0.8, 'only {group} (can|could|would) be so'],
      [0.75, '(typical|typically) {member} (behaviour|behavior|thing)'],
      [0.8, 'never trust (a|an|any) [single] [word said by (a|an)] {member}'],
      [0.8, '{group} (being|are) in charge (is|are|would be) (a|the) (danger|disaster|mistake|threat|biggest mistake)'],
      [0.8, 'putting (a|an) {member} in charge is [always] [just] (a|the) [biggest|worst|dumbest|stupidest|surest] (mistake|disaster|danger|threat|way to ruin~|recipe for disaster)'],
      // "Not worth any less than anyone else's" denies the claim it sounds like.
      [0.85, '{group} lives (are|is|do|don\'t|do not|have) (not|no|worthless|never) .. (worth (anything|it|much|as much|saving|protecting|living|a damn|a thing|the|$)|matter|value|important)'],
      [0.85, '{member} life is (not worth|worth nothing|worthless)'],
      [0.85, '(no|not any) (place|space|room) .. for (a|an|any|the) {member}'],
      [0.85, '(no|not any) (place|space|room) .. for {group}'],
      [0.8, '(no|not a single) {member} (can|could|will) ever be (a|an) (valuable|good|decent|useful)'],
      [0.8, '{group} (are|is) (never|not) (any good|attractive|intelligent|human|smart|worth anything|welcome)'],
      // Session 32, praise denied a whole group, in the frames members use: never real or proper anything ("can never be
      // real engineers", "are not real men"), never to be trusted, incapable, never anyone's equal, and no member ever met
      // who was not a thief ("never met a nurse who wasn't exhausted" has no group; "...who wasn't kind" praises).
      [0.75, "{group} (are not|aren't|arent|is not|isn't|will never be|can never be|can't be|cannot be|could never be|will never become|can never become|are never) [a|an] (real|true|proper|actual|genuine) (men|women|man|woman|people|humans|human beings|persons|citizens|americans|brits|british|europeans|christians|parents|mothers|fathers|engineers|doctors|scientists|leaders|athletes|soldiers|artists|believers|patriots|friends|neighbours|neighbors)"],
      [0.75, '(no|not a single|not one) {member} (can|could|should) [ever] be trusted'],
      [0.75, "{group} (can't|cannot|can never|should never|must never|will never) be trusted"],
      [0.75, "{group} (are not|aren't|arent|will never be|are never|are just not|are simply not) capable of"],
      [0.75, '{group} (will never be|can never be|are not|aren\'t|are never) (equal|equals|as good as|our equals) [to|of|with] (us|whites|white people|men|normal people|the rest of us|real people)'],
      [0.75, "(never|not once) (met|known|seen) (a|an|one|a single) {member} (who|that) (wasn't|was not|isn't|is not|didn't|did not) [a|an] ({contempt}|{insult}|thief|liar|lazy|violent|criminal|dishonest)"],
      [0.75, '(never|not once) (met|known|seen) (a|an|one|a single) (honest|decent|smart|intelligent|trustworthy|clean|hardworking|hard working|hard-working|good|useful|polite) {member}'],
      // Session 32, implicit derogation by class: a group bred like vermin, owned like property, kept in pens, wished away
      // ("the world would be cleaner without X": the group right after "without", so "without hatred of X" is not it),
      // and no more of them wanted where the speaker lives.
      [0.8, '{group} (breed|multiply|reproduce) like (rats|rabbits|cockroaches|roaches|vermin|animals|flies|insects|lice|mice)'],
      [0.8, '{group} (are|is) [just|only|simply|nothing but] (the) (property|possession~) of (their|her|his|the|a) (husband~|men|man|owner~|father~|master~)'],
      [0.8, '{group} (should|must|need to|ought to) be (kept|held|penned|herded) (in|into) (pens|cages|a pen|a cage|kennels|stables|barns) [like (cattle|animals|dogs|livestock)]'],
      [0.8, '(world|country|city|town|society|neighbourhood|neighborhood|place|planet|school|street|europe|america|britain|england) (would be|will be|is|was|would look) [a] [so|far|way|a lot|much] [much] (better|cleaner|safer|nicer|happier) [place] without [any|the|all|all the|those|these] {group}'],
      [0.75, "(we|this country|this town|this city|europe|america|britain) (don't|do not|doesn't|does not) need (any more|anymore|more|another) [of] [these|those|the] {group} [here|around here|in (this|our|my) (town|country|city|street|neighbourhood|neighborhood|school|area|village)] $"],
      [0.75, '{group} (are|is) (a|an) (danger|threat|menace|risk) to (children|kids|our children|our kids|society|everyone|us all)'],
      [0.85, 'swarms of {group}'],
      [0.85, '{group} (are|is) (infesting|invading|ruining|destroying|polluting|breeding like)'],
      [0.7, '(nothing|no one|nobody) .. (like|likes|is as) less than (a|an) {member}'],
      [0.8, 'no one else is as {contempt} as [{these}] {group}'],
      [0.8, 'would rather (die|have cancer|be dead|kill myself) than .. {member}'],
      [0.8, 'if i (woke up|were|was) [as] (a|an) {member} i (would|\'d) kill myself'],
      [0.8, '(stupidest|dumbest|worst|ugliest|dirtiest|laziest) (people|creatures|race|things) on (this|the) planet'],
      [0.75, '(deport|send back|ban|expel|remove|get rid of|kick out|keep out) (all|every|the|these|those|them|more) [{these}] {group}'],
      [0.75, '{group} (should|must|need to|ought to) (be deported|be banned|go back|be sent back|leave|be kept out|be sterilised|be sterilized|not be allowed)'],
      // Session 34, exclusion by class (issue 17): a group put out of a place, barred at its door, a place claimed for one
      // group alone, and "send them back" taking up a group named before it. "Get the kids out of the pool", "no dogs
      // allowed" and "send them back to the shop" name no group.
      [0.75, '(get|kick|throw|keep|chase|drive|run) [{these}] [last|single|damn|bloody|fucking] ({group}|{member}|{adj} (families|family|kids)) out (of|from) (our|my|this|the|here|$)'],
      [0.75, '(no|not any) {group} (allowed|permitted|welcome|wanted) [here|in|inside|$]'],
      [0.75, '(country|nation|land|town|city|neighbourhood|neighborhood|europe|america|britain|england) (is|should be|must be|must stay|must remain|has to be) (for|only for) [{these}] {group} [only|alone] $'],
      [0.75, '{group} ... (send|ship|deport|kick) (them|em|\'em) [all] (back|out) [where they came from|to where they came from|home|$]'],
      // The same with the group named in the sentence after the pronoun, blamed there: "Send them all back. Immigrants ruin
      // everything." "Send them back to the shop. Faulty parts ruin everything" names no group.
      [0.75, '(send|ship|deport|kick) (them|em|\'em) [all] (back|out) [where they came from|to where they came from|home] $ ... {group} [{be}] [{just}] (ruin~|destroy~) (everything|our|this|the|it)'],
      [0.7, '{group} [{be}] (ruin~|destroy~) (our|this|the) (country|society|nation|race|culture)'],
      [0.75, '{member} [like you] (are|is) (a|an) (rat|pig|dog|animal|ape|monkey|parasite|cockroach)'],
      [0.7, 'white (power|pride worldwide|genocide|replacement)'],
      [0.8, '(sieg heil|heil hitler|1488|14 words|gas the (jews|kikes)|holocaust (was a|is a) (hoax|lie|myth))'],
      [0.7, '(holocaust|shoah) (never happened|is a hoax|was a hoax|denial is)'],
      [0.6, '(race|racial) (traitor~|mixing)'],
      [0.7, '(jewish|zionist) (conspiracy|control|bankers|media|cabal|question)'],
      [0.7, '(jews|the jew) (control|run|own) (the|our)'],
      // "Jew" made an adjective for what is said to be theirs ("the jew press", "jew-owned banks"), and the Khazar
      // myth that Jews are impostors ("fake Jews aka the Khazarian impostors"); "the Jewish Press" is a newspaper's name.
      [0.7, 'jew [owned|run|controlled] (press|media|banks|bankers|lobby|money|hollywood|government|news)'],
      [0.7, '(khazarian|khazar) (mafia|imposter~|impostor~|jews|bankers|cabal|elite~)'],
      [0.6, 'fake jews'],
      [0.6, '(go back to|back to) (africa|your country|the desert|the jungle|mexico|china|india|pakistan)'],
      [0.5, '{group} (are|is) (a|the) (problem|threat|enemy)'],
      // A protected group framed as a problem to be solved or a disease: "solve the X problem", "the X cancer".
      [0.8, '(solve|solving|solved|fix|fixing|end|ending|deal with|dealing with|answer to|solution (to|for)) (the|our|this) [whole|entire] {adj} (problem|question)'],
      [0.75, '(the|this|that) {adj} (cancer|virus|infestation|vermin|parasites|disease|tumour|tumor)'],
      [0.85, '{adj} {dehum} like (you|u)'],
      [0.8, '(fitting|fit|typical|natural) for [a|an] {adj} {dehum}'],
      [0.8, '{group} (have|has) no (place|business|right) (in|to|on|being)'],
      [0.8, '(from|by|of) (a|an) {member} .. (must be|is|can only be|is always) (bullshit|stupid|wrong|trash|garbage|worthless|a lie|lies)'],
      [0.8, "(would|'d|i'd|id|i would) rather (die|have cancer|be dead|kill myself|eat shit) than .. {member}"],
      [0.8, '(nothing|no one|nobody) ... (like|likes|is as) less than (a|an) {member}'],
      [0.8, '(hatred|contempt|disgust|loathing) (i|we) (have|feel) (for|towards) [{these}] {group}'],
      [0.75, "{member}('s|s|') (nature|fault|genes|culture) to be [a|an] ({insult}|{contempt})"],
      [0.75, '{member} (can\'t|cannot|can never) help (themselves|himself|herself) but be [a|an] [complete|total|such] ({insult}|{contempt})'],
      [0.75, '{group} (can\'t|cannot|can never) help themselves but be [complete|total|such] ({insult}|{contempt})'],
      [0.7, '{group} ... (i|we) [really|absolutely|just] {hate} (them|every single one of them|all of them|each of them)'],
      [0.7, '{group} ... (they|them|most of them|all of them|they\'re) (are|r|re) [still] [{just}] [{just}] ({dehum}|{contempt})'],
      // The group taken up by a pronoun in the next clause or sentence: "... but they are just too repulsive".
      [0.7, '{group} ... {they} (are|r|re|were|is|was|seem|look|smell) [{very}] [{very}] ({dehum}|{contempt})'],
      [0.7, '{group} ... {they} [are] (act|acting|behave|behaving|live|living|breed|breeding|think|thinking) like [a|an] [{just}] ({dehum}|{contempt})'],
      // Swearing aimed at a protected group is hate, not just swearing: "fuck all X", "you fucking X".
      [0.8, '(fuck|screw) [you] (all|the|these|those|every|every single|you) [{cursed}] {group}'],
      // With a determiner or none ("those fucking X", "fucking X everywhere"), and as the whole predicate ("X are shit").
      [0.75, '{cursed} {group}'],
      [0.75, '{group} {be} [{just}] [{just}] [a] (shit|crap|trash|garbage|piece of shit|pieces of shit|shitheads|cunts|assholes|arseholes|bastards|pricks|twats|dickheads|motherfuckers|wankers)'],
      // A contemptuous adjective glued to a group: "stupid X", "lazy X".
      [0.7, '(stupid|dumb|filthy|dirty|lazy|disgusting|worthless|smelly|stinking|greedy|inbred|subhuman|savage) {group}'],
      // Closing the door on a protected group: "stop Muslim immigration".
      [0.6, '(stop|ban|end|halt|no more) [all] {adj} (immigration|immigrants|migrants|refugees)'],
      [0.75, '{group} (can|should|must) (go) (fuck|screw) themselves'],
      [0.75, '{hate} (any|every|all|each) {member}'],
      // A protected group's lives denied their worth: "X lives do not matter".
      [0.85, '{adj} lives (are not|aren\'t|is not|isn\'t|do not|don\'t|does not|doesn\'t|should not|shouldn\'t|will never|never) [be] [really|even] (matter $|count $|valuable|important|worth (protecting|saving|anything|living|a damn|it)|worth $)'],
      [0.7, '{group} ... (get rid of|kill|deport|exterminate|eradicate|shoot|hang) them'],
      [0.7, '(especially|particularly) (if|when) (they are|they\'re) {group}'],
      [0.7, '(difference between|no better than) (a|an) [dead] (rat|dog|pig|animal) and (a|an) [dead] {member}'],
      [0.7, 'test .. on {group} before .. (animals|rats|mice)'],
      [0.75, '{group} (are|is) (just|only|nothing but) (animals|objects|property|breeding machines)'],
    ],
    'hate/threatening': [
      [0.9, '{act} {these} {group}'],
      [0.9, '{act} (a|an|any|every|every last|every single|each) {member}'],
      [0.9, '{act} (every|each) [last|single] one of {these} {group}'],
      [0.9, '(death|deaths) to [{these}] {group}'],
      [0.9, '{group} (should|must|need to|deserve to|ought to|will) [all] [just] (die|burn|hang|be {kill}|be shot|be hung|be gassed|be wiped out|be burned at the stake|be put down|be lined up)'],
      [0.8, '{group} (should|must|need to|deserve to|ought to) [all] [just] be (locked up|caged|put in cages|kept in cages|imprisoned|enslaved|sterilised|sterilized|castrated|beaten|raped)'],
      [0.85, '{group} ... (throats|necks) (cut|slit|snapped)'],
      [0.9, '(i|we) (will|\'ll|am going to|are going to|gonna|want to|wanna) (kill|hurt|stab|shoot|slaughter|hang|murder|burn|gas|attack) .. {group}'],
      // Made to suffer, not made to smile: "we will make all women feel welcome" is a promise of another kind.
      [0.9, '{intend} make .. {group} (suffer|pay|bleed|regret~|beg|scream|disappear)'],
      [0.9, '(i|we) (will|\'ll|am going to|are going to|gonna|want to|wanna) (kill|hurt|stab|shoot|slaughter|hang|murder|burn|gas|attack) (a|an|any|every) {member}'],
      [0.9, '(cut|slit) (their|these|those|your) [{group}|{adj}] throats'],
      // Only people: "hang them all"; "shoot all day", "burn all the calories", "kill all the weeds" are a photographer's,
      // a trainer's and a gardener's bios (a group named after the verb is read by "{act} {these} {group}").
      [0.85, '(hang|shoot|gas|burn|lynch|stab|slaughter|kill|behead) (them all|all of them|every (one|last one|single one) of them|(all|every) (invading|invader~|foreigner~|foreign))'],
      [0.85, 'put an end to (all|these|those) {group}'],
      [0.85, '(better off|be better) if {these} {group} (were|was) (dead|{kill}|gone)'],
      [0.85, '(execution|extermination|genocide|a bullet|the gas chamber) is the [only] (solution|answer) for'],
      [0.85, '(final solution|race war|ethnic cleansing|day of the rope)'],
      [0.85, '(wish|hope) (all|that all|every) {group} (would|will) (die|be shot|be killed|burn)'],
      // Killing hoped of another, or death hoped for the group: "I hope someone kills these X", "I hope all X die" ("I wish
      // someone would shoot these X" is read by "{act} {these} {group}"). "no X" hopes none does.
      [0.85, '(hope|hoping|wish|wishing|pray|praying) [that] (someone|somebody|they|the police|the army|the government) [will|would|finally|just] ({kill}|shoots) {these} {group}'],
      // Dying ends the clause: "die laughing", "die of old age" hope nothing of the kind.
      [0.85, '(hope|hoping|pray|praying) [that] (all|all the|all of the|these|those|the) {group} ((die|burn|rot) [in hell|in a fire|in a ditch|painfully|slowly|horribly|already|off|out] $|get (shot|killed|gassed|hanged|lynched|murdered))'],
      [0.85, '(raping|killing|shooting|hurting) (a|an) {member} .. (should not be|shouldn\'t be) illegal'],
      // Killing a group called right or no crime, the group right after the act ("beating women at chess is fine" is a game).
      [0.85, '(killing|murdering|slaughtering|exterminating|gassing|shooting|hanging|lynching|burning|stabbing|beheading|executing|drowning|torturing|massacring|beating|raping|eliminating|eradicating) [all] {group} (is|are|would be|was) [just|simply|really|honestly|actually|totally|perfectly] (the right thing|right|fine|good|justified|justifiable|a good thing|a good deed|no crime|not a crime|okay|ok|acceptable|a public service|a service|a duty|doing the world a (favour|favor))'],
      // A member met next promised the act in the passive: "the next X I see is getting stabbed".
      [0.85, '(the next|next|every|any) {member} (i|we) (see|meet|find|spot|catch) (is getting|gets|will get|is going to get|is gonna get|will be|is going to be|is gonna be) ({kill}|stabbed|shot)'],
      [0.85, 'snap the necks of'],
      [0.8, '(make|making) (those|these|all|the) {group} suffer'],
      // Acts against the group named before, taken up by a pronoun: "X ... I'm going to make them suffer".
      [0.8, '{group} ... {intend} ({act}|hurt|beat|make) {they} [all] [suffer|pay|bleed|regret it]'],
      // Session 39 (issue 17): their death or vanishing wished, the group named before and taken up by the pronoun: "X moved in. I
      // hope they all die.", "May they all rot." Dying closes the clause ("I hope they don't die", "never die" wish them well).
      [0.8, "{group} ... (hope|wish|may|pray) [that] {they} [will|would|'ll] [all] [just] (die|rot|burn|drop dead|disappear|vanish|croak) [in hell|already|off|out] $"],
      [0.85, '{intend} {act} (a|an|any|every|some) {member}'],
      // A member of a group promised death by the speaker: "that X will die at my hands".
      [0.85, '(that|this|the|every|any|each) {member} (will|shall|is going to|is gonna) (die|suffer|bleed|burn) .. (at|by) (my|our) (hands|hand)'],
      [0.8, '(keep|start) (attacking|killing|hunting) .. {group}'],
      [0.8, 'until (you|they|all) .. (are|is) (gone|dead|extinct)'],
    ],
  },
});

/**
 * French "retard" is a delay, after the article or preposition French gives it ("toujours en retard", "avec du retard",
 * "désolée pour mon retard"): session 30, where French bios were removed as slurs.
 */
const FRENCH_DELAY = /(?<!\p{L})(?:en|du|de|d|le|un|mon|ton|notre|votre|leur|ce|des|les|mes|ces|nos|vos|leurs)[^\p{L}\n]+$/u;
const frenchDelay = (text: string, from: number, to: number) => /^retards?$/.test(text.slice(from, to)) && FRENCH_DELAY.test(text.slice(Math.max(0, from - 8), from));

/**
 * "Kaffir" in the names of plants and of the Cape frontier wars: a cook's "kaffir lime leaves", a gardener's "kaffir
 * lily", a historian's "the Kaffir Wars". Followed by anything else it is the slur.
 */
const KAFFIR_NAME = /^[^\p{L}\n]+(?:limes?|lil(?:y|ies)|plums?|corn|boom|wars?)(?!\p{L})/u;
const kaffirName = (text: string, from: number, to: number) => /^kaff(?:i|e)r$/.test(text.slice(from, to)) && KAFFIR_NAME.test(text.slice(to, to + 12));

/** Slurs count however they are framed; the ambiguous ones only when aimed at someone. */
export const detectSlurs = phraseDetector('slurs', {
  framing: 'reclaimed',
  // A name the writer reports being called, right before it: a bullying story ("I was bullied and called a retard"); a
  // slur named as a word, by those who study or teach it ("the word "faggot"", "slurs like kike").
  innocentAt: (text, from, to) => reportedName(text, from, to) || namedAsWord(text, from, to) || frenchDelay(text, from, to) || kaffirName(text, from, to),
  slots: { slur: SLURS, ambiguous: AMBIGUOUS_SLURS },
  phrases: {
    hate: [
      [0.9, '{slur}'],
      [0.9, '({slur}|{ambiguous}) (behaviour|behavior)'],
      [0.85, '(you|u|ur|dirty|filthy|fucking|stupid|typical|bunch of|like a|such a|fat|ugly|damn|bloody|just a|what a|is a|was a|he\'s a|she\'s a|they are|they\'re|you are|you\'re) {ambiguous}'],
      [0.85, '{ambiguous} (like you|lover~)'],
      // A group refused at the door (issue 17): "No fags welcome". Not "allowed": British "no fags allowed" bans cigarettes.
      [0.85, '(no|not any) {ambiguous} (welcome|wanted) [here|around here|$]'],
    ],
  },
});
