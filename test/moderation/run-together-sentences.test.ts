import { describe, expect, it } from 'vitest';
import { misspeltReading } from '../../src/moderation/correct-typos.js';
import { keeps, removes } from './docs.js';

/**
 * A sentence written without its spaces is read as its fewest words when a group's name or a target stands among
 * them with a frame's glue (a copula, article or pronoun of three to six letters, or a short word): in every language
 * the typo reader knows. Words run together that make no such sentence (a greeting, a handle, a link's path) are
 * left as written, and one that reads as a kind sentence stays up. Our own sentences.
 */
describe('a sentence without its spaces is read word by word', () => {
  it.each([
    ['mujeressonbasura', 'mujeres son basura'], // es: a copula of three letters
    ['gitanossonladrones', 'gitanos son ladrones'],
    ['aredisgustingvermin', 'are disgusting vermin'], // en
    ['thesejewsarevermin', 'these jews are vermin'],
    ['alosmusulmanes', 'a los musulmanes'], // es: an article
    ['frauensindabschaum', 'frauen sind abschaum'], // de: a copula of four letters
    ['lesjuifssontdesrats', 'les juifs sont des rats'], // fr
    ['vrouwenhoreninkeuken', 'vrouwen horen in keuken'], // nl: two short words beside two long ones
  ])('reads %s as %s', (written, read) => expect(misspeltReading(written)).toBe(read));

  it.each(['hellohowareyoutoday', 'welcometomypage', 'buenosdiasatodos', 'aseansteigerei'])(
    'leaves %s alone',
    (written) => expect(misspeltReading(written)).toBeUndefined(),
  );
});

describe('the scorer removes such a sentence and keeps friendly words run together', () => {
  removes(['mujeressonbasura', 'thesejewsarevermin', 'lesjuifssontdesrats']);
  keeps(['hellohowareyoutoday', 'welcometomypage', 'buenosdiasatodos', 'ichliebemeinefamilie', '#lesjuifssontdesgensbien']);
});
