import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { mayHoldInternationalNumber, mayHoldRegionalNumber } from '../../src/moderation/detect-contact.js';
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
    // Read with a default region and no "+": only digit blocks that can be a valid number are searched.
    ['call 44 20 7946 0958', '44 20 7946 0958'], // GB's calling code without its "+"
    ['call 1 415 555 2671', '1 415 555 2671'], // the US national prefix
    ['call 1-268-464-1234', '1-268-464-1234'], // Antigua, which shares the US calling code
    ['phone 15:318001800x5678095812671202019', '2671202019', ['IN']], // a number read from inside a block an extension cut
    // Only libphonenumber's own candidates and the parts it cuts them into are read; an extension mark lets it drop the last blocks.
    ['call 00 39 06 1234 5678', '00 39 06 1234 5678'], // GB's IDD, then an Italian number
    ['tel 020 7946 0958 ext 12', '020 7946 0958 ext 12'], // the number is the part's first blocks
    ['numbers 1996 - 020 7946 0958', '020 7946 0958'], // the part after a spaced hyphen
  ];
  for (const [input, evidence, phoneRegions] of hits) {
    it(`finds ${JSON.stringify(evidence)}${phoneRegions ? ` for ${phoneRegions.join(',')}` : ''}`, async () => {
      const verdict = await rules(input, phoneRegions ? { policy: { phoneRegions } } : {});
      expect(reason(verdict, 'contact-info')?.evidence.map((e) => e.value)).toContain(evidence);
    });
  }

  // GB's one seven-digit national number, after its national prefix: the gate lets it through, and it is read as the
  // toll-free line it is (ChildLine's), no member's contact.
  it('lets "0800 1111" through to libphonenumber, which reads it as toll-free', async () => {
    expect(mayHoldRegionalNumber({ text: 'call 0800 1111' }, 'GB')).toBe(true);
    expect(findNumbers('call 0800 1111', { defaultCountry: 'GB', v2: true }).map((n) => n.number.getType())).toEqual(['TOLL_FREE']);
    expect(reason(await rules('call 0800 1111'), 'contact-info')).toBeUndefined();
  });

  const misses = ['posted 05.06.2019 on 15:31', 'seen 2016-03-28 and 06/04/2016, pages 179-220', 'title 18, #2257 applies', 'pages: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10', '500+ fans, 130 to 150 a night'];
  for (const input of misses) {
    it(`leaves ${JSON.stringify(input)}`, async () => {
      expect(reason(await rules(input), 'contact-info')).toBeUndefined();
    });
  }
});

describe('the regional gate before libphonenumber', () => {
  /** Phone-like texts: digit groups, punctuation, plus signs, extensions, dates, words, other digits. */
  function phoneLikeTexts(count: number, withPlus = false): string[] {
    const plusSigns = withPlus ? ['+', '+', '+1', '+44', '+39 ', '(+', '\uff0b', '+7', '+800 ', '+0'] : [];
    const pieces = [...plusSigns, '0', '1', '00', '011', '44', '800', '1111', '0800', '20', '7946', '0958', '555', '2671', '(415)', '06', '12', '34', '56', '78',
      '2019', '05', '15:31', '-', ' ', ' ', '.', '/', '(', ')', ' - ', 'call ', 'ext. 12', 'x', '#', '~', ';', 'abc', '١٢٣', '１２３', '98765', '4321',
      '030', '1234567', '49', '3', '7', '9', '21', '8', '2', '268', '0049'];
    let seed = 16;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    return Array.from({ length: count }, () => {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      return text;
    });
  }
  const regions: CountryCode[] = ['US', 'GB', 'FR', 'DE', 'IN', 'AT', 'CA', 'AG', 'IT', 'ES', 'MX', 'BR', 'JP'];

  for (const withPlus of [false, true]) {
    it(`lets through every text${withPlus ? ' with plus signs' : ''} in which libphonenumber finds a number, with or without a region`, () => {
      let found = 0;
      for (const text of phoneLikeTexts(3000, withPlus)) {
        if (findNumbers(text, { v2: true }).length > 0) {
          found++;
          expect([text, mayHoldInternationalNumber({ text })]).toEqual([text, true]);
        }
        for (const region of regions) {
          if (findNumbers(text, { defaultCountry: region, v2: true }).length === 0) continue;
          found++;
          expect([text, region, mayHoldRegionalNumber({ text }, region)]).toEqual([text, region, true]);
        }
      }
      expect(found).toBeGreaterThan(500);
    });
  }

  it('skips a date with a time zone ("+1100"), which reads as no international number', () => {
    const text = 'wed, 20 jan 2021 05:21:33 +1100';
    expect([mayHoldInternationalNumber({ text }), mayHoldRegionalNumber({ text }, 'US'), mayHoldRegionalNumber({ text }, 'GB')]).toEqual([false, false, false]);
    expect(findNumbers(text, { v2: true })).toEqual([]);
  });

  it('skips a table of dated figures, whose candidates and their parts read as no number, also after an IDD prefix', () => {
    const table = '17·1 1996 09 18 8 74.143303701064700000 1996 09 25 31 16.049869330696100000 1996 10 02 36 20·7 00 5156909127200000';
    for (const region of ['US', 'GB', 'IT'] as const) expect([region, mayHoldRegionalNumber({ text: table }, region)]).toEqual([region, false]);
    expect(findNumbers(table, { defaultCountry: 'IT', v2: true })).toEqual([]);
  });

  it('skips dates, times and page ranges for US and GB', () => {
    for (const text of ['posted 05.06.2019 on 15:31', 'at 08.04.2021 at 04:47', '2016-03-28t00:00:00z', 'pages 179-220', '[14:28:08 28/02/11]']) {
      expect([text, mayHoldRegionalNumber({ text }, 'US'), mayHoldRegionalNumber({ text }, 'GB')]).toEqual([text, false, false]);
    }
  });
});

describe('libphonenumber runs without stack traces', () => {
  it('finds the number and leaves Error.stackTraceLimit as it was, also when many candidates fail', async () => {
    const before = Error.stackTraceLimit;
    const verdict = await rules('call (415) 555-2671, not 12 34 56 78 90 12 or 99-99-99-99');
    expect(reason(verdict, 'contact-info')?.evidence.map((e) => e.value)).toContain('(415) 555-2671');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });
});
