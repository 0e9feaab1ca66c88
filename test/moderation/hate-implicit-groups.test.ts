import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { IMPLICIT_HATE, IMPLICIT_INNOCENT } from './hate-implicit-groups.data.js';

/**
 * Hate said of a whole group without a slur (hate-implicit-groups.data.ts), beside its innocent twins in the same
 * frames, through the scorer as it ships. The lines it does not read yet are listed here with why, so the rest must
 * stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // A place or a trait without a word of contempt, in a frame no grammar holds yet.
  'Disabled people should stay at home where nobody has to look at them.',
  'Behinderte sollten lieber zu Hause bleiben.',
  'Every immigrant is a freeloader.',
  'Women are too emotional to lead anything.',
  'Man merkt immer, wenn ein Türke im Raum war.',
  'يهودي نموذجي، دايما يعد فلوسه.',
  '典型的犹太人，总是在数钱。',
  // Conditions read only in the Latin-script grammars; Portuguese "desde que" is also "since", which blames a group's arrival
  // only when the group follows it, and Hindi "jab tak" is also "until" in calls to beat someone.
  'Gay tudo bem, desde que fique longe de mim.',
  'ما عندي مشكلة مع المثليين طالما بعيدين عن عيوني.',
  'Gay log theek hain jab tak ghar ke andar rahein.',
  // "en público" reads as publishing, a report.
  'Los gays están bien siempre que no se besen en público.',
  // "A threat to our culture" in Spanish reads as threats reported; "know her limits" in Arabic is read nowhere yet.
  'Los musulmanes son una amenaza para nuestra cultura.',
  'الست لازم تعرف حدودها.',
  // Mental illness in Devanagari.
  'ट्रांस लोग मानसिक रोगी हैं।',
  // One people ranked above another without "superior", "in every way" or "as people": how fans and neighbours tease too.
  'Biali są lepsi od czarnych.',
  'البيض أفضل من السود.',
  'गोरे लोग कालों से श्रेष्ठ हैं।',
  '白人比黑人优越。',
  'Русские лучше чеченцев.',
  // Innocent: vermin said of rats, read as harassment of whoever "they" are.
  'Rats are vermin, call pest control before they spread.',
]);
const read = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('implicit hate against a group, as members write it', () => removes(read(IMPLICIT_HATE)));
describe('innocent lines in the same frames', () => keeps(read(IMPLICIT_INNOCENT)));
