import { phraseDetector } from './phrase-detector.js';

/**
 * Sexual content: explicit acts and solicitation; anything sexual near a minor is its own category.
 * Anatomy and the word "sex" alone are weak (health, education, biology); explicit terms are strong.
 */
export const detectSexual = phraseDetector('sexual', {
  slots: {
    minor: ['child~', 'children', 'kid~', 'kiddie~', 'minor~', 'underage', 'under age', 'preteen~', 'pre teen~', 'toddler~', 'little (girl~|boy~)', 'young (girl~|boy~)', 'schoolgirl~', 'schoolboy~', '(8|9|10|11|12|13|14|15|16|17) (yo|year old|years old|y o)', 'loli~', 'lolita~', 'shota~', 'jailbait', 'cp', 'pedo', 'teen~'],
    act: ['sex', 'sexual~', 'sexually', 'porn*', 'nude~', 'nudes', 'naked', 'erotic~', 'xxx', 'molest*', 'fuck~', 'rape~', 'orgasm~', 'masturbat*', 'fondl*', 'grope~', 'groping', 'pleasure themselves', 'pleasure himself', 'touch~ (her|him|them) inappropriately'],
  },
  phrases: {
    sexual: [
      [0.2, '(sex|sexual|sexually|sexy)'],
      [0.55, '(porn*|pr0n|hentai)'],
      [0.3, '(xxx|nsfw|hardcore)'],
      [0.6, '(blowjob~|blow job~|handjob~|hand job~|rimjob~|footjob~|titjob~|deepthroat*|gangbang*|gang bang*|bukkake|creampie~|cumshot~|cum shot~|facial~ (cum|jizz)|cumming|jizz*|dildo~|vibrator~|buttplug~|butt plug~|fleshlight~|bondage|bdsm|fetish~|kinky|milf~|camgirl~|cam girl~|sexting|sext|nudes|onlyfans|only fans|fansly|escort service~|call girl~|erotic massage|happy ending~|sugar daddy|sugar daddies|stripper~|lap dance~)'],
      [0.6, '(cum|cums|cumming|came|ejaculat*) (in|on|inside|all over) (me|you|u|her|him|them|my|your|his|her)'],
      [0.45, '(orgasm~|masturbat*|ejaculat*|horny|cum|cums|cumming|orgy|orgies|threesome~|foreplay|sex toy~|sex doll~|fellatio|cunnilingus|anal sex|oral sex)'],
      // Under SIGNAL: anatomy words add to an explicit term, never up to a verdict by themselves (biology, health, jokes).
      [0.25, '(erection~|aroused|semen|sperm|clitoris|clit|vulva|genitals|genitalia|penis~|vagina~|pussy|pussies|cock~|dick~|tits|titties|boobs|nipple~|anal|anus|intercourse)'],
      [0.6, '(fuck|fucked|fucking|screw|screwed|bang|banged|ride|rode|suck~|lick~) (me|her|him|my|his|her|your) (hard|pussy|dick|cock|tits|ass|brains out|all night)'],
      [0.55, '(send|sending|want|selling|buy) (nudes|nude pics|naked pics|pics of (my|your) (body|tits|dick))'],
      [0.55, '(hot|horny|sexy|naughty|lonely) (singles|girls|milfs|women|wives|babes) (near you|in your area|waiting|online|want)'],
      [0.55, '(sex|porn|xxx|nude|naked) (chat|cam|cams|webcam|video~|pics|photos|live|dating|tape~|show)'],
      [0.5, '(free|live|hot) (sex|porn|xxx|webcam)'],
      [0.5, '(hard|rough|dirty|kinky) (sex|anal)'],
      [0.5, '(nuru|body to body) massage~'],
      [0.45, '(naked|nude|undress*|strip~|stripping) .. (body|bodies|in front of|for me|pictures|photos|pics)'],
      [0.5, '(his|her|my) (hard|throbbing|wet|erect) (cock|dick|member|shaft|pussy|core|nipples)'],
      [0.45, '(moan~|moaning|thrust~|thrusting|grind~|grinding|spread~ her legs|between (my|her|his) (legs|thighs))'],
      // The vocabulary of research, news and health: adds to explicit terms, never up to a verdict by itself.
      [0.25, '(sexual|sexually) (act~|activity|activities|intercourse|interest|pleasure|experience|fantasy|fantasies|desire~|partner~|position~)'],
    ],
    'sexual/minors': [
      [0.9, '{minor} {act}'],
      [0.9, '{act} (with|of|involving) [a|an|the|my|your|little|young] {minor}'],
      [0.85, '(pedophil*|paedophil*|child abuse~|child molest*|grooming) .. ({act}|images|material|videos|content)'],
      [0.6, 'sexual (interest|activities|activity|attraction) .. (with|in|to) [my|your|their|his|her] (kids|children|daughter|son)'],
    ],
  },
});
