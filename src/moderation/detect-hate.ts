import { phraseDetector } from './phrase-detector.js';
import { AMBIGUOUS_SLURS, CONTEMPT, DEHUMANISING, GROUP_MEMBER, GROUPS, KILL_BASE, KILL_VERBS, SLURS } from './word-lists.js';

/**
 * Hate: contempt, dehumanisation and calls for harm aimed at a protected group. A judgement alone
 * ("X are scum") becomes hate when X is a protected group; said of anyone else it is harassment
 * (detect-harassment.ts). Slurs are in detect-slurs.ts, since no framing makes them acceptable.
 */
export const detectHate = phraseDetector('hate', {
  slots: {
    group: GROUPS,
    member: GROUP_MEMBER,
    dehum: DEHUMANISING,
    contempt: CONTEMPT,
    kill: KILL_VERBS,
    act: KILL_BASE,
    these: ['all', 'all the', 'all of the', 'all these', 'all those', 'the', 'these', 'those', 'you', 'every', 'every single', 'any', 'them', 'more'],
    just: ['just', 'all', 'simply', 'literally', 'truly', 'really', 'basically', 'only', 'nothing but', 'no better than', 'such', 'so', 'a bunch of', 'a pack of', 'bloody', 'fucking', 'the', 'most', 'without a doubt', 'obviously', 'clearly', 'always', 'still', 'naturally', 'seriously', 'by nature'],
    be: ['are', 'is', 'r', 'were', "'re", 'being', 'will always be', 'can only be', 'remain'],
    hate: ['hate~', 'despise~', 'detest~', 'loathe~', 'abhor~', "can't stand", 'cannot stand', 'am disgusted by', 'am sick of', 'feel nothing but contempt for', 'have no (compassion|respect|sympathy) [at all] for'],
  },
  phrases: {
    hate: [
      [0.9, '{group} [like you] {be} [{just}] [{just}] [a] {dehum}'],
      [0.75, '{group} [like you] {be} [{just}] [{just}] [{just}] {contempt}'],
      [0.6, '(most|many|all|these|those|the) {group} (are|is) (seriously|just|so|really) .. {contempt}'],
      [0.8, '(i|we|i really|i absolutely|i just) {hate} [{these}] {group}'],
      [0.85, '(hatred|hate|contempt|disgust|loathing) (for|of|towards|toward) [{these}] {group}'],
      [0.85, '(i|we) (find|consider) [{these}] {group} [to be] ({contempt}|{dehum})'],
      [0.85, '{group} (belong|should be|deserve to be) (in|behind) (a|the) (zoo|cage|cages|gutter|trash|bin|oven|ovens|gas chamber|camp|camps|sewer)'],
      [0.8, "(in|it's in|it is in) [a|an|the] {group}('s|s|') nature to"],
      [0.8, "(in|it's in|it is in) [a|an|the] {member}('s|s|') nature to"],
      [0.8, 'only {group} (can|could|would) be so'],
      [0.75, '(typical|typically) {member} (behaviour|behavior|thing)'],
      [0.8, 'never trust (a|an|any) [single] [word said by (a|an)] {member}'],
      [0.8, '{group} (being|are) in charge (is|are|would be) (a|the) (danger|disaster|mistake|threat|biggest mistake)'],
      [0.8, 'putting (a|an) {member} in charge is'],
      [0.85, '{group} lives (are|is|do|don\'t|do not|have) (not|no|worthless|never) .. (worth|matter|value|important)'],
      [0.85, '{member} life is (not worth|worth nothing|worthless)'],
      [0.85, '(no|not any) (place|space|room) .. for (a|an|any|the) {member}'],
      [0.85, '(no|not any) (place|space|room) .. for {group}'],
      [0.8, '(no|not a single) {member} (can|could|will) ever be (a|an) (valuable|good|decent|useful)'],
      [0.8, '{group} (are|is) (never|not) (any good|attractive|intelligent|human|smart|worth anything|welcome)'],
      [0.85, 'swarms of {group}'],
      [0.85, '{group} (are|is) (infesting|invading|ruining|destroying|polluting|breeding like)'],
      [0.7, '(nothing|no one|nobody) .. (like|likes|is as) less than (a|an) {member}'],
      [0.8, 'no one else is as {contempt} as [{these}] {group}'],
      [0.8, 'would rather (die|have cancer|be dead|kill myself) than .. {member}'],
      [0.8, 'if i (woke up|were|was) [as] (a|an) {member} i (would|\'d) kill myself'],
      [0.8, '(stupidest|dumbest|worst|ugliest|dirtiest|laziest) (people|creatures|race|things) on (this|the) planet'],
      [0.75, '(deport|send back|ban|expel|remove|get rid of|kick out|keep out) (all|every|the|these|those|them|more) [{these}] {group}'],
      [0.75, '{group} (should|must|need to|ought to) (be deported|be banned|go back|be sent back|leave|be kept out|be sterilised|be sterilized|not be allowed)'],
      [0.7, '{group} [{be}] (ruin~|destroy~) (our|this|the) (country|society|nation|race|culture)'],
      [0.75, '{member} [like you] (are|is) (a|an) (rat|pig|dog|animal|ape|monkey|parasite|cockroach)'],
      [0.7, 'white (power|pride worldwide|genocide|replacement)'],
      [0.8, '(sieg heil|heil hitler|1488|14 words|gas the (jews|kikes)|holocaust (was a|is a) (hoax|lie|myth))'],
      [0.7, '(holocaust|shoah) (never happened|is a hoax|was a hoax|denial is)'],
      [0.6, '(race|racial) (traitor~|mixing)'],
      [0.7, '(jewish|zionist) (conspiracy|control|bankers|media|cabal|question)'],
      [0.7, '(jews|the jew) (control|run|own) (the|our)'],
      [0.6, '(go back to|back to) (africa|your country|the desert|the jungle|mexico|china|india|pakistan)'],
      [0.5, '{group} (are|is) (a|the) (problem|threat|enemy)'],
    ],
    'hate/threatening': [
      [0.9, '{act} {these} {group}'],
      [0.9, '{act} (a|an|any|every) {member}'],
      [0.9, '(death|deaths) to [{these}] {group}'],
      [0.9, '{group} (should|must|need to|deserve to|ought to|will) [all] [just] (die|burn|hang|be {kill}|be shot|be hung|be gassed|be wiped out|be burned at the stake|be put down|be lined up)'],
      [0.9, '(i|we) (will|\'ll|am going to|are going to|gonna|want to|wanna) (kill|hurt|stab|shoot|slaughter|hang|murder|burn|gas|attack|make) .. {group}'],
      [0.9, '(i|we) (will|\'ll|am going to|are going to|gonna|want to|wanna) (kill|hurt|stab|shoot|slaughter|hang|murder|burn|gas|attack) (a|an|any|every) {member}'],
      [0.9, 'cut (their|these|those|your) [{group}] throats'],
      [0.85, '(hang|shoot|gas|burn|lynch|stab|slaughter|kill|behead) (all|every|them all)'],
      [0.85, 'put an end to (all|these|those) {group}'],
      [0.85, '(better off|be better) if {these} {group} (were|was) (dead|{kill}|gone)'],
      [0.85, '(execution|extermination|genocide|a bullet|the gas chamber) is the [only] (solution|answer) for'],
      [0.85, '(final solution|race war|ethnic cleansing|day of the rope)'],
      [0.85, '(wish|hope) (all|that all|every) {group} (would|will) (die|be shot|be killed|burn)'],
      [0.85, '(raping|killing|shooting|hurting) (a|an) {member} .. (should not be|shouldn\'t be) illegal'],
      [0.85, 'snap the necks of'],
      [0.8, '(make|making) (those|these|all|the) {group} suffer'],
      [0.8, '(keep|start) (attacking|killing|hunting) .. {group}'],
      [0.8, 'until (you|they|all) .. (are|is) (gone|dead|extinct)'],
    ],
  },
});

/** Slurs count however they are framed; the ambiguous ones only when aimed at someone. */
export const detectSlurs = phraseDetector('slurs', {
  negatable: false,
  slots: { slur: SLURS, ambiguous: AMBIGUOUS_SLURS },
  phrases: {
    hate: [
      [0.9, '{slur}'],
      [0.85, '(you|u|ur|dirty|filthy|fucking|stupid|typical|bunch of|like a|such a|fat|ugly|damn|bloody) {ambiguous}'],
      [0.85, '{ambiguous} (like you|behaviour|behavior|lover~)'],
    ],
  },
});
