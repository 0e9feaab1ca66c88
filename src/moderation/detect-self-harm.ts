import { phraseDetector } from './phrase-detector.js';

/**
 * Self-harm: intent, acts and instructions. Words like "cutting", "blade" or "pills" are weak alone
 * (cooking, shaving, pharmacy) and add up when they appear together with intent.
 */
export const detectSelfHarm = phraseDetector('self-harm', {
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
      [0.1, '(blood|bleed~|bleeding|pills|overdose~|pain)'],
      // Self-harm told as relief: "the cuts felt good", "so calming to watch my blood".
      [0.5, '(the cuts|my cuts|cutting myself|burning myself|bloodlet*|self harm*|self injur*) ... (felt|feels|feel|is|was|were) [so|really|very|actually] (good|great|calming|satisfying|soothing|relieving)'],
      [0.5, '(calming|satisfying|soothing|relieving) to (watch|see|feel) my (blood|cuts|skin bleed)'],
      [0.5, '(urge|urges|need|want|wish) to self (harm|injure)'],
      // Veins are cut only to hurt oneself (a nurse draws blood, never cuts).
      [0.6, '(cut|cutting|slit|slitting|slice|slicing|opened) [open] [my|a few|some|a couple of|the] (vein|veins)'],
      [0.45, '(eating disorder~|anorexi*|bulimi*|binge~ and purg*|purging|starving myself|pro ana|thinspo*|ana coach)'],
      [0.35, '(i|i just|i really|i) hate myself'],
      [0.2, '(depress*|hopeless|worthless|empty inside|burden)'],
    ],
    'self-harm/intent': [
      [0.8, '(kill~|killing|end~|ending|take|taking) (myself|my own life|my life|it all)'],
      [0.8, '(want|wanna|wanted|going|plan~|planning|ready|decided) to (die|end it|end my life|kill myself|disappear forever|not exist)'],
      [0.7, '(better off|be better) (without me|dead|if i (was|were) (gone|dead))'],
      [0.7, '(no|not any|any) (reason|point) (to|in) (live|living|go on|going on)'],
      // Intent is the writer's own; "teens in care are more likely to attempt suicide" is a fact about others.
      [0.75, "(i|i've|i have|i'm|im|i am|i was|i will|i'll|i might|i almost|me) .. (commit|committing|attempt~|attempted|attempting) suicide"],
      [0.8, '(hang|hanging|shoot|shooting|overdos*|drown~|poison~) (myself|on purpose)'],
      [0.7, '(suicide note|my (last|final) (goodbye|day|note)|goodbye (world|forever|cruel world))'],
      [0.6, '(i|i\'m|im|i am) (suicidal|done with life|tired of living|sick of living)'],
      [0.6, '(until i|till i) (can|am able to) [finally] (kill myself|die|end it)'],
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
