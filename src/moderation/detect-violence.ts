import { markedAsPlay } from './marked-as-play.js';
import { namedWork } from './named-work.js';
import { idiomTail, phraseDetector } from './phrase-detector.js';
import { KILL_BASE, KINDNESS, PLAYED_DOWN } from './word-lists.js';

/**
 * Violence: calls for and celebration of violence against people, and graphic injury. Single words
 * ("kill", "shoot", "blood") are weak: photographers shoot, bakers beat eggs, gardeners kill weeds.
 */
export const detectViolence = phraseDetector('violence', {
  innocentAfter: idiomTail(KINDNESS, PLAYED_DOWN),
  // "I will destroy you tonight xD" in a gamer's bio is trash talk; a band or a film named as one ("Metal fan: Slayer,
  // Bloodbath, Napalm Death", "my favourite film is The Texas Chain Saw Massacre") is a title.
  innocentAt: (text, from, to, category) => (category === 'violence' && markedAsPlay(text, from, to)) || ((category === 'violence' || category === 'violence/graphic') && namedWork(text, from, to)),
  slots: {
    kill: KILL_BASE,
    people: ['them', 'him', 'her', 'people', 'everyone', 'everybody', 'all of them', 'those people', 'these people', 'the lot', 'civilians', 'innocents', 'the (cops|police|president|politicians|rich|liberals|conservatives|democrats|republicans|leftists|antifa|nazis|infidels|kafirs|traitors)', 'children', 'kids', 'the enemy', 'my (boss|ex|wife|husband|teacher|neighbour|neighbor|family|parents)'],
  },
  phrases: {
    violence: [
      [0.15, '(kill~|killing|murder~|stab~|stabbing|shoot~|shooting|bomb~|bombing|attack~|slaughter~|massacre~|execute~|torture~|beat~|assault~|war|violen*|weapon~|gun~|knife|knives)'],
      // Not "all the": gardeners kill all the weeds, trainers burn all the calories; "the" people are read by {people}.
      [0.55, '{kill} (all|every|each|the rest of|every last one of) [of] (them|those|these|you)'],
      [0.55, '{kill} (all|every last one of) the (people|men|women|children|kids|cops|police|rich|politicians|traitors|infidels|enemy)'],
      [0.55, '{kill} {people}'],
      [0.6, '(should|must|need to|ought to|deserve to|will) (be|get) [all] (killed|shot|hanged|hung|executed|lynched|slaughtered|exterminated|beheaded|burned alive|burnt alive|tortured|gassed|murdered|stabbed)'],
      [0.6, '(hanging|swinging|hung) from (lampposts|lamp posts|trees|a tree|the gallows|a rope)'],
      [0.55, '(body bags|mass grave~|bloodbath|blood bath|firing squad|gas chamber~|burn (them|it) (all|down)|burned alive|burnt alive|shot dead|beaten to death|stabbed to death|lined up and shot|against the wall)'],
      [0.5, '(purge|slaughter|exterminate|wipe out|eradicate) (you|them|those|these|the) .. (scum|vermin|rats|traitors|infidels|invaders|animals)'],
      // A call to attack people or a place, not a band's "we will kill it tonight" or a coach's "we will destroy the
      // competition": kill, destroy and shoot need a person after them; attack a place named in one word ("attack china").
      [0.5, '(we|i) (should|must|need to|could|will) (attack|kill|destroy|shoot) (them|him|her|you|us|those|these|people|everyone|everybody)'],
      [0.5, '(we|i) (should|must|need to|could|will) (bomb|invade|nuke) '],
      [0.5, '(we|i) (should|must|need to|could|will) attack _ $'],
      [0.5, '(bomb|nuke|shoot up|blow up) (the|a|their|this|that) (school|mosque|church|synagogue|temple|building|office|mall|concert|station|city|country)'],
      [0.5, '(mass shooting|school shooting|terrorist attack|suicide bomb*|car bomb*|pipe bomb*|molotov~|ied)'],
      [0.45, '(the sword|a bullet|bullets|the rope|the noose) will (be their|be the|settle|solve)'],
      [0.4, '(war|violence|bloodshed|revolution|civil war) is (the only|coming|inevitable|necessary)'],
      [0.45, '(enjoy~|love|loved|like) [to] (watch~|watching|seeing) .. (die|drown|bleed|suffer|burn|get hurt)'],
      [0.4, '(hire|hiring) [some] (goons|thugs|a hitman|hitmen)'],
      // Force called down on people: "let police beat them up", "let the army shoot them all".
      [0.55, '(let|make|have|get) [the] (police|cops|army|soldiers|military|troops) (beat|shoot|kill|crush|gas|lynch|hang|whip|flog) (them|those|these|him|her|people|everyone)'],
      [0.6, '(starve~|beat~|burn~|stone~|hack~|torture~|kick~|stab~|choke~) (them|him|her|you|those|these|people) [all] to death'],
    ],
    'violence/graphic': [
      [0.3, '(gore|gory|gruesome)'],
      [0.55, '(dismember*|disembowel*|decapitat*|behead*|mutilat*|eviscerat*|entrails|intestines|innards|brain matter|bone (fragment~|sticking out)|skull (crushed|smashed|caved|fractured|split)|ripped (off|apart|open|out)|torn (off|apart|open)|severed|flayed|impaled|charred (bodies|corpse~))'],
      [0.35, '(broken|broke|fractured|shattered|snapped|dislocated) [my|his|her|their|both|the|a] [left|right] (bone~|arm~|leg~|neck|jaw|nose|skull|ribs|rib|wrist~|ankle~|finger~|cheek bone~|eye socket~|spine|back|knee~|hip|pelvis|collarbone|femur|tibia)'],
      [0.35, '(blood|guts) (everywhere|all over|pouring|gushing|spurting|splatter*|pool~|soaked)'],
      [0.3, '(stitches|open wound~|gash|gaping|flesh|skin flap|bleeding out|bled out|bleeding profusely|compound fracture|amputat*|pins (in|into) (my|his|her|the) (bone|leg|arm))'],
      [0.35, '(corpse~|dead bod*|carcass*|rotting) .. (blood|flesh|maggots|face|head|eyes)'],
      [0.3, '(drown~|drowning|scalding|burn~|burning) .. (alive|to death|screams|screaming)'],
    ],
    'illicit/violent': [
      [0.8, '(how to|instructions for|guide to|recipe for) (make|making|build|building) [a] (bomb|pipe bomb|explosive~|molotov|napalm|nerve gas|ricin|ghost gun)'],
    ],
  },
});
