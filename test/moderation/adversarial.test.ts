import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector, Verdict } from '../../src/moderation/index.js';
import { createScorer, NAMED_RULE_DETECTORS } from '../../src/moderation/scorers.js';
import { textModelDetector } from '../../src/moderation/detect-text-model.js';
import { loadTextModel } from '../../src/moderation/model/load-text-model.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { phraseDetector } from '../../src/moderation/phrase-detector.js';
import { config, doc, link, text } from './docs.js';

/**
 * No input can stall scoring (issue 18 point 3): every detector, and the whole local scorer, reads a
 * 1 MB hostile segment in linear time. The bound is generous and counts this process's CPU time, not
 * the clock, so other work on the shared 2-core machine does not fail it; the super-linear patterns
 * these inputs were built against took minutes at 1 MB.
 */
const MB = 1 << 20;
const BOUND_MS = 5_000;

const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const INPUTS: Record<string, string> = {
  'no spaces': fill('abcdefghij'),
  'all digits': fill('0123456789'),
  'digits apart by spaces': fill('1 '),
  'a@a@a@': fill('a@'),
  'a name without its @': `${fill('a.b_c')}@`,
  'aaaa...!': `${'a'.repeat(MB - 1)}!`,
  'one stretched letter': `you are a ${'f'.repeat(MB - 20)}uck idiot`,
  'repeated dots': fill('a.'),
  'repeated hyphens': fill('a-'),
  'plus and hyphenated digits': `+${fill('1-')}`,
  'a long URL': `https://${fill('a.b/c-d?')}`,
  'emoji entities': fill('&#128514;'),
  'nested brackets': `${'('.repeat(MB / 2)}${')'.repeat(MB / 2)}`,
  'alternating scripts': fill('aб'),
  'spelled-out addresses': fill('a dot b at c '),
  'insults and quotes': fill('"you idiot '),
  'apostrophes after a word': `i hate ${"'".repeat(MB - 10)}`,
  'swearing without a target': fill('shit fuck '),
  'other languages\' swearing': fill('puta mierda сука '),
  'a first person before no verb': fill('ich werde '),
  'pronouns before no verb': fill('я тебя '),
  'a first person without spaces': fill('我要'),
  // Characters and pinyin mixed turn on the reading in syllables, which once flattened the text it built at every character.
  'characters among pinyin': fill('我 yao '),
  // A slur's syllables among characters put a group every few characters: each group's reach was searched again by
  // every near word (spansNear), 1.0 ms a unit. Still about 20 µs a character read in syllables, so 64 KB, not 1 MB.
  'characters and pinyin with a slur among them': fill('我yao黑gui ', 64 * 1024),
  // One sentence of hate in Arabizi, with no punctuation, is one sentence of thousands of pairs: every pair asked every
  // other thing said whether it decried another's contempt (decriesContempt), 8 s CPU at 64 KB.
  'a sentence of hate in Arabizi repeated': fill('el yahood kelab wes5in ', 64 * 1024),
};

// The multilingual lexicons and threat patterns too, whatever the default.
const cfg = config({ policy: { multilingual: true } });
const textModel = loadTextModel();
const DETECTORS: [string, Detector][] = [
  ...Object.entries(NAMED_RULE_DETECTORS),
  ['text model', textModelDetector(textModel)],
];
const scorer = createScorer(cfg, { configDir: process.cwd(), textModel });

/** CPU milliseconds (user and system) this process spends on `run`. */
async function cpuMs(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('adversarial inputs (1 MB unless marked) are scored in linear time', () => {
  // The rules compile on their first document: that is start-up, not the cost of an input.
  beforeAll(async () => {
    const warm = prepareSegments(doc(text('warm up: you idiot, puta, сука, 我要, ich werde')));
    for (const [, detect] of DETECTORS) await detect(warm, cfg.policy);
    await scorer.score(doc(text('warm up: you idiot, puta, сука, 我要, ich werde')));
  });

  it.each(Object.entries(INPUTS))('%s', async (_name, value) => {
    // The text as a paragraph, and its first 64 KB as a link's URL and visible text.
    const d = doc(text(value), link(value.slice(0, 64 * 1024), value.slice(0, 64 * 1024)));
    const segments = prepareSegments(d);
    const slow: [string, number][] = [];
    for (const [name, detect] of DETECTORS) {
      const ms = await cpuMs(() => detect(segments, cfg.policy));
      if (ms > BOUND_MS) slow.push([name, Math.round(ms)]);
    }
    expect(slow).toEqual([]);

    let verdict: Verdict | undefined;
    expect(await cpuMs(async () => (verdict = await scorer.score(d)))).toBeLessThan(BOUND_MS);
    expect(verdict!.reasons.every((r) => r.evidence.length <= 5)).toBe(true);
  });
});

describe('a phrase repeated thousands of times in one segment', () => {
  // Reading each match's framing is what made a repeated insult cost seconds; past 1,000 matches a match
  // counts as written, so quoting a phrase over and over neither stalls the scorer nor excuses it.
  const detect = phraseDetector('test', { phrases: { harassment: [[0.9, 'zorblax']] } });
  const quoted = (times: number) => detect(prepareSegments(doc(text('"zorblax" '.repeat(times)))), cfg.policy)[0]?.score;

  it('is read as quoted while its matches are few', () => {
    expect(quoted(1_000)).toBe(0.45);
  });

  it('counts as written past 1,000 matches', () => {
    expect(quoted(1_001)).toBe(0.9);
  });
});
