import { phraseDetector } from './phrase-detector.js';

/**
 * Words before a mention of a terrorist group that make it a subject of study, reporting or opposition:
 * "why young men join ISIS", "the war against the Islamic State", "survivor of Boko Haram", "research on
 * supporters of the caliphate". Read in the sentence before the match.
 */
const STUDIED_OR_OPPOSED = new RegExp(
  '(?<!\\p{L})(?:why|how|who|whom|against|contre|gegen|contra|contro|tegen|przeciw|prevent\\p{L}*|stop\\p{L}*|research\\p{L}*|stud(?:y|ies|ied|ying)|' +
    'estudi\\p{L}*|etudi\\p{L}*|studi\\p{L}*|book|thesis|documentary|article|report\\p{L}*|journalist|historian|covered|survivor|escaped|fled|' +
    'defeat\\p{L}*|fight\\p{L}*|fought|war|victims?|former|ex|deradicali\\p{L}*|propaganda|propagande)(?!\\p{L})[^.!?\\n]*$',
  'u',
);

/**
 * Praise of terrorist and violent extremist organisations, recruiting for them, and the death they call
 * for ("Long live the mujahideen, death to the infidels", "Es lebe der Islamische Staat", "join Atomwaffen"),
 * in en es pt fr de it nl pl, as violence. Naming such a group is a historian's, a reporter's or a
 * survivor's work too, and "death to" a thing is a slogan ("death to boredom", "death to the patriarchy"):
 * only praise, allegiance, a call to join, and death called on a faith's people are read.
 */
export const detectExtremism = phraseDetector('extremism', {
  framing: 'first-person',
  innocentAt: (text, from) => STUDIED_OR_OPPOSED.test(text.slice(Math.max(0, from - 80), from)),
  slots: {
    org: [
      'islamic state', 'isil', 'daesh', 'daish', 'al qaeda', 'al qaida', 'alqaeda', 'al shabaab', 'boko haram', 'caliphate',
      'mujahideen', 'mujahidin', 'atomwaffen', 'combat 18', 'blood and honour', 'estado islamico', 'islamischer staat', 'islamischen staat',
      'islamische staat', 'etat islamique', 'stato islamico', 'islamitische staat', 'panstwo islamskie', 'califato', 'kalifat', 'califat',
      'kalifaat', 'kalifatu', 'mujahidines', 'moudjahidines', 'mudschahedin', 'mujaheddin',
    ],
    praise: [
      'long live', 'glory to', 'victory to', 'join', 'join the ranks of', 'i support', 'we support', 'proud supporter of', "i'm a supporter of",
      'soldier~ of', 'viva', 'gloria a', 'gloria al', 'unete a', 'unanse a', 'junte se ao', 'junte se a', 'es lebe', 'ruhm dem', 'ruhm der',
      'tritt dem', 'vive', 'gloire a', 'gloire au', 'rejoignez', 'rejoins', 'evviva', 'unisciti a', 'unisciti al', 'lang leve', 'sluit je aan bij',
      'niech zyje', 'chwala', 'dolacz do',
    ],
    // A faith's people, and the words jihadists use for them.
    faithful: [
      'infidels', 'kuffar', 'kafirs', 'kafir', 'crusaders', 'apostates', 'unbelievers', 'murtads', 'jews', 'christians', 'muslims', 'hindus',
      'sikhs', 'infieles', 'cruzados', 'apostatas', 'judios', 'cristianos', 'musulmanes', 'infieis', 'judeus', 'cristaos', 'muculmanos',
      'mecreants', 'infideles', 'croises', 'apostats', 'juifs', 'chretiens', 'musulmans', 'unglaubigen', 'kreuzfahrern', 'juden', 'christen',
      'muslimen', 'infedeli', 'crociati', 'apostati', 'ebrei', 'cristiani', 'musulmani', 'ongelovigen', 'kruisvaarders', 'joden', 'christenen',
      'moslims', 'niewiernym', 'krzyzowcom', 'zydom', 'chrzescijanom', 'muzulmanom',
    ],
  },
  phrases: {
    violence: [
      [0.6, '{praise} [the|el|la|le|l|der|dem|den|il|lo|de|het|o|a|ao] {org}'],
      // Isis is also a goddess and a given name ("join Isis for yoga"): only praise, not "join" or "viva", reads it as the group.
      [0.6, '(long live|glory to|victory to|i support|we support|proud supporter of|soldier~ of|allegiance to) isis'],
      [0.7, '(pledge~|swear~|give) [my|our] (allegiance|bayah|baya|bay ah) (to) [the] (caliph|{org})'],
      [0.45, '[the] {org} (will|shall) (conquer|return|rise|win|prevail|remain|expand|triumph|be back)'],
      [0.5, '(jihad|holy war) is the (only|true|one) (way|answer|solution|path)'],
      [0.6, '(death to|muerte a|morte a|morte aos|morte agli|morte ai|mort aux|tod den|dood aan|smierc) [the|all|los|las|todos los|tous les|de|alle] {faithful}'],
    ],
  },
});
