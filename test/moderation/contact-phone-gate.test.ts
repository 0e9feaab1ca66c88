import { describe, expect, it } from 'vitest';
import { reason, rules } from './docs.js';

/**
 * detectContact runs libphonenumber only where one of its candidates could hold enough digits for a
 * number (digit blocks joined by its own punctuation, and per region the fewest digits a national or
 * IDD-dialled number has). These numbers sit at those limits and must still be found; the misses are
 * digit-rich texts the gate now skips.
 */
describe('phone numbers at the limits of the libphonenumber gate', () => {
  const hits: [string, string, string[]?][] = [
    ['call 011 44 20 7946 0958', '011 44 20 7946 0958'], // US IDD: no "+", another country's number
    ['ring 00 49 30 1234567', '00 49 30 1234567'], // GB IDD
    ['call +43 1 23456', '+43 1 23456'], // a short national number after a calling code
    ['phone 01 234 56', '01 234 56', ['AT']], // seven digits with the national prefix
    ['call (415) 555-2671 ext. 12', '(415) 555-2671 ext. 12'], // an extension after the number
  ];
  for (const [input, evidence, phoneRegions] of hits) {
    it(`finds ${JSON.stringify(evidence)}${phoneRegions ? ` for ${phoneRegions.join(',')}` : ''}`, async () => {
      const verdict = await rules(input, phoneRegions ? { policy: { phoneRegions } } : {});
      expect(reason(verdict, 'contact-info')?.evidence.map((e) => e.value)).toContain(evidence);
    });
  }

  const misses = ['posted 05.06.2019 on 15:31', 'title 18, #2257 applies', 'pages: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10', '500+ fans, 130 to 150 a night'];
  for (const input of misses) {
    it(`leaves ${JSON.stringify(input)}`, async () => {
      expect(reason(await rules(input), 'contact-info')).toBeUndefined();
    });
  }
});
