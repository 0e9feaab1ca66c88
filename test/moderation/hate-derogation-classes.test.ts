import { describe } from 'vitest';
import { keeps, probeLines, removes } from './docs.js';
import { DEROGATION_HATE, DEROGATION_INNOCENT } from './hate-derogation-classes.data.js';

/**
 * Derogation without a slur (implicit, attributes, dehumanising, emotion) in ten languages beside its innocent twins
 * (hate-derogation-classes.data.ts), through the scorer as it ships. The lines it does not read yet are listed here with
 * why, so the rest must stay as they are; one that starts being read moves out of the list.
 */
const NOT_YET_READ = new Set([
  // "Bakrah" is "I hate" and also "tomorrow" (بكرة): a hatred read from it would read every plan for tomorrow.
  'بكره اليهود',
  // "Her place the kitchen" with the group between "place" and "kitchen": the script grammar reads words, not a frame
  // around a group (its pronoun forms, "مكانها المطبخ", are read).
  'مكان المرأة المطبخ',
  // A refusal in "绝不会让", whose negation takes back what follows it.
  '我绝不会让同性恋靠近我的孩子',
  // Short lines franc does not take for their language (longer, the same words are read).
  'i gay mi fanno schifo',
  "homo's maken me ziek",
  // "Transów" (trans people, also trances) is no Polish group word yet.
  'na widok transów robi mi się niedobrze',
  // Retching "dekh ke" (at the sight of them): those words are also a mention, hatred seen ("nafrat dekh ke").
  'in musalmanon ko dekh ke ulti aati hai',
  // "Typical of X," read only before an adverb of habit ("sempre a rubare"): here an infinitive follows.
  'tipico degli zingari, rubare',
]);
const lines = (rows: ReadonlyArray<readonly [string, string, string]>) => probeLines(rows, NOT_YET_READ);

describe('derogation without a slur, by class, as members write it', () => removes(lines(DEROGATION_HATE)));
describe('innocent lines in the same frames', () => keeps(lines(DEROGATION_INNOCENT)));
