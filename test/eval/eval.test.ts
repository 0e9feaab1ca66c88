import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { wordListBaseline } from '../../src/eval/baseline.js';
import { loadAbouts, type EvalSet } from '../../src/eval/datasets.js';
import { evaluate, scorerPredictor } from '../../src/eval/evaluate.js';
import { figures } from '../../src/eval/metrics.js';
import { goals } from '../../src/eval/report.js';
import { createScorer } from '../../src/moderation/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const abouts = loadAbouts(join(PACKAGE_ROOT, 'src', 'eval', 'abouts.jsonl'));

describe('eval metrics', () => {
  it('precision, recall, FPR and MCC from counts', () => {
    const f = figures({ tp: 6, fp: 2, fn: 4, tn: 8 });
    expect(f.precision).toBe(0.75);
    expect(f.recall).toBe(0.6);
    expect(f.fpr).toBe(0.2);
    expect(f.mcc).toBeCloseTo((6 * 8 - 2 * 4) / Math.sqrt(8 * 10 * 10 * 12), 12);
    expect(f.n).toBe(20);
  });

  it('flagging everything scores MCC 0 however flattering F1 is (why MCC is reported)', () => {
    const f = figures({ tp: 84, fp: 16, fn: 0, tn: 0 });
    expect(f.f1).toBeGreaterThan(0.9);
    expect(f.mcc).toBe(0);
  });
});

describe('our labeled Abouts (src/eval/abouts.jsonl)', () => {
  it('every row is a Ricos document that flattens, with hiding places, obfuscations and look-alikes', () => {
    expect(abouts.cases.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(abouts.cases.map((c) => c.group));
    expect([...kinds].sort()).toEqual(['hiding place', 'look-alike', 'obfuscation']);
    for (const c of abouts.cases) expect(c.doc.segments.length, c.id).toBeGreaterThan(0);
    // Hiding places really hide: at least one harmful row keeps its words out of the paragraphs.
    expect(abouts.cases.some((c) => c.flag && c.doc.segments.some((s) => s.place === 'image alt text'))).toBe(true);
  });

  it('the rules get every row right, and the word-list baseline does not (what the rules are for)', async () => {
    const rules = createScorer(parseConfig({ scorer: { local: { model: false } } }), { configDir: PACKAGE_ROOT });
    const mine = await evaluate(abouts, scorerPredictor('rules', rules), true);
    const wrong = [];
    for (const c of abouts.cases) if ((await rules.score(c.doc)).flagged !== c.flag) wrong.push(c.id);
    expect(wrong).toEqual([]);
    expect(mine.overall.mcc).toBe(1);
    const baseline = await evaluate(abouts, wordListBaseline(), false);
    expect(baseline.overall.mcc).toBeLessThan(0.5);
  });

  it('goals read the figures of the named predictor', async () => {
    const set: EvalSet = { name: 'surge-toxicity', categories: {}, cases: abouts.cases };
    const rules = createScorer(parseConfig({ scorer: { local: { model: false } } }), { configDir: PACKAGE_ROOT });
    const result = await evaluate(set, scorerPredictor('local', rules), false);
    expect(goals([result], 'local')).toEqual([{ text: 'surge-toxicity recall 1.00 >= 0.50 at precision 1.00 >= 0.85', met: true }]);
  });
});
