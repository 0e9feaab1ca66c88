import { describe, expect, it } from 'vitest';
import { normalise, originalSpan } from '../../src/moderation/scorers.js';
import { normaliseAndFold, textOfUnits } from '../../src/moderation/normalise.js';
import { categories, score } from './docs.js';

describe('normalise', () => {
  it('reads units into the string they spell: Latin-1, wider units, lone surrogates, a length past the scratch', () => {
    const long = 'x'.repeat((1 << 16) + 3);
    for (const text of ['', 'plain ascii', 'caf\u00e9 \u00ff', 'wide \u0100 \u4e09', 'lone \ud800 and \udc00', '\u0000\u00ff', long, `${long}\u0101`]) {
      const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      expect(textOfUnits(units, units.length)).toBe(text);
      expect(textOfUnits(units, Math.max(0, text.length - 1))).toBe(text.slice(0, -1));
    }
  });

  it('folds width variants (NFKC), case and diacritics', () => {
    expect(normalise('ＦＵＣＫ Ünïcödé ﬁne').text).toBe('fuck unicode fine');
  });

  it('drops zero-width and bidi controls, and maps each skeleton letter back to what the member wrote', () => {
    const original = 'f\u200bu\u200dc\u2060k \u202eyou\u202c';
    const n = normalise(original);
    expect(n.text).toBe('fuck you');
    // Evidence quotes the member's own characters, invisibles included.
    expect(originalSpan(n, 0, 4).value).toBe('f\u200bu\u200dc\u2060k');
  });

  it('folds Cyrillic and Greek look-alikes to their Latin skeleton', () => {
    expect(normalise('іdіоt').text).toBe('idiot'); // Cyrillic і and о
    expect(normalise('ΚΙLL').text).toBe('kill'); // Greek capitals
  });

  it('joins letters spelled apart by one repeated separator', () => {
    expect(normalise('f u c k').text).toBe('fuck');
    expect(normalise('k.y.s').text).toBe('kys');
    expect(normalise('a-s-s-h-o-l-e').text).toBe('asshole');
  });

  it('joins every spaced run of a text, each letter mapped back to where it was written, and keeps runs of digits', () => {
    const n = normalise('go f u c k yourself, k.y.s 1 2 3');
    expect(n.text).toBe('go fuck yourself, kys 1 2 3');
    expect(originalSpan(n, 3, 7)).toEqual({ start: 3, end: 10, value: 'f u c k' });
    expect(originalSpan(n, 18, 21)).toEqual({ start: 21, end: 26, value: 'k.y.s' });
    expect(originalSpan(n, 22, 27).value).toBe('1 2 3');
    // A run of digits ends where another separator starts a run of its own.
    expect(normalise('1 2 3 4-a-b-c').text).toBe('1 2 3 aabc');
    expect(normalise('ح ق ي ر and s-h-i-t').text).toBe('حقير and shit');
  });

  it('reads everyday text with typographic quotes and leetspeak, each character mapped to its place', () => {
    const n = normalise('It’s a “sh1t” day!');
    expect(n.text).toBe('it\'s a "shit" day!');
    expect(originalSpan(n, 8, 12)).toEqual({ start: 8, end: 12, value: 'sh1t' });
    // Contact details and links read the fold, where a digit is a digit.
    const { folded, normalised } = normaliseAndFold('Call “Ann” on 555 0199, she’s gr8!');
    expect(folded.text).toBe('call "ann" on 555 0199, she\'s gr8!');
    expect(normalised.text).toBe('call "ann" on 555 0199, she\'s grb!');
    expect(originalSpan(normalised, 30, 33).value).toBe('gr8');
    expect(normalise("it's a cat").text).toBe("it's a cat");
  });

  it('keeps ordinary short words and initials apart', () => {
    expect(normalise('I am a cat').text).toBe('i am a cat');
    expect(normalise('U.S. army vet, B.A. in history').text).toBe('u.s. army vet, b.a. in history');
  });

  it('reads leetspeak inside words but never turns numbers, dates or prices into letters', () => {
    expect(normalise('sh1t h4te $hit w0men 1d10t a55h0l3').text).toBe('shit hate shit women idiot asshole');
    expect(normalise('since 1990, 24/7, $500, +44 20 7946 0958').text).toBe('since 1990, 24/7, $500, +44 20 7946 0958');
    expect(normalise('hi! c++ dev').text).toBe('hi! c++ dev');
  });

  it('keeps each text mapped back to the original while many more are normalised (their arrays share memory)', () => {
    const original = 'Ｙｏｕ a-s-s, sh1t \ud83d\ude00 ﬁne';
    const n = normalise(original);
    const before = { text: n.text, start: [...n.start], end: [...n.end] };
    // Enough texts, short and long, to fill several of the shared blocks the units are carved from.
    for (let i = 0; i < 2_000; i++) normalise(`${'x y z '.repeat(i % 50)}k.y.s ${i} ÄÖÜ ß`);
    expect({ text: n.text, start: [...n.start], end: [...n.end] }).toEqual(before);
    expect(n.text).toBe('you ass, shit \ud83d\ude00 fine');
    expect(originalSpan(n, 0, 3).value).toBe('Ｙｏｕ');
    expect(originalSpan(n, 4, 7).value).toBe('a-s-s');
  });

  it('leaves stretched letters for the patterns, so "class" and "ass" keep their double letters apart', () => {
    expect(normalise('fuuuuck').text).toBe('fuuuuck');
  });
});

describe('obfuscations are caught after normalisation', () => {
  const cases: [string, string][] = [
    ['fuuuuuuck you', 'harassment'],
    ['f u c k you', 'harassment'],
    ['f\u200bu\u200bc\u200bk you', 'harassment'],
    ['ｆｕｃｋ you', 'harassment'],
    ['yоu аrе а fuсkіng іdіоt', 'harassment'], // Cyrillic look-alikes throughout
    ['you are an a s s h o l e', 'harassment'],
    ['I h4te all w0men', 'hate'],
    ['you are an 1d10t', 'harassment'],
    ['muslims are v e r m i n', 'hate'],
    ['k y s', 'harassment/threatening'],
  ];
  for (const [input, category] of cases) {
    it(`${JSON.stringify(input)} -> ${category}`, async () => {
      const verdict = await score(input);
      expect(verdict.flagged).toBe(true);
      expect(categories(verdict)).toContain(category);
    });
  }
});

describe('innocent look-alikes stay innocent', () => {
  const innocent = [
    'I grew up in Scunthorpe and now live in Essex, near Middlesex.',
    'Bartender for ten years: my signature cocktail is a smoky mezcal sour.',
    'I voice the assassin in an indie video game.',
    'Licensed therapist helping couples communicate.',
    'I do data analysis by day and grow shiitake mushrooms at the weekend.',
    'My cockapoo Biscuit and I walk the Dickens trail every Sunday.',
    'Classic glass artist; I pass on what I learned in class.',
    'Soy ingeniera de software en Bogotá y me encanta la música andina.',
    'Je suis passionnée de cuisine et de randonnée dans les Alpes.',
    'Ich wohne in Dortmund, liebe Fußball und backe gern Brot.',
    'Sono una fotografa di matrimoni a Napoli.',
    'Moro em São Paulo e trabalho com design gráfico.',
    'Ik ben docent Nederlands en fiets graag.',
    '東京在住のイラストレーターです。猫が好き。',
    'Я учитель математики из Казани.',
    'Graduated summa cum laude in 2009; 15 years in civil engineering.',
    'Call of Duty clan leader. We shoot for the top of the leaderboard.',
    'Pet photographer: I shoot dogs, cats and the occasional horse.',
  ];
  for (const input of innocent) {
    it(JSON.stringify(input.slice(0, 50)), async () => {
      const verdict = await score(input);
      expect(verdict).toEqual({ flagged: false, reasons: [] });
    });
  }
});
