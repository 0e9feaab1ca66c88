import { describe, expect, it } from 'vitest';
import { corroborate } from '../../src/moderation/corroborate.js';
import { MODEL_SOURCE } from '../../src/moderation/detect-text-model.js';
import type { Reason } from '../../src/moderation/index.js';

const evidence = (value: string) => [{ value, path: 'nodes[0].nodes[0].textData.text', place: 'paragraph' }];
const rule = (category: Reason['category'], score: number, value: string): Reason => ({ category, score, evidence: evidence(value), source: 'local:harassment' });
const model = (category: Reason['category'], score: number, value: string): Reason => ({ category, score, evidence: evidence(value), source: MODEL_SOURCE });

describe('a rule and the text model corroborating each other', () => {
  it('an insult word below its threshold and a model score below its own add up past it, quoting both', () => {
    const [combined, ...rest] = corroborate([rule('harassment', 0.35, 'loser'), model('harassment', 0.3, 'Typical loser move from the coach.')], { harassment: 0.5 });
    expect(rest).toEqual([]);
    expect(combined!.category).toBe('harassment');
    // Independent evidence: 1 - (1 - 0.35)(1 - 0.3).
    expect(combined!.score).toBe(0.545);
    expect(combined!.evidence.map((e) => e.value)).toEqual(['loser', 'Typical loser move from the coach.']);
    expect(combined!.source).toBe('local:harassment+model');
  });

  it('the strongest rule reason is the one combined', () => {
    const [combined] = corroborate([rule('harassment', 0.125, 'clown'), rule('harassment', 0.35, 'loser'), model('harassment', 0.1, 'x')], {});
    expect(combined!.score).toBe(0.415);
  });

  it('adds nothing when either side has no evidence, or one already reaches the threshold alone', () => {
    expect(corroborate([rule('harassment', 0.35, 'loser')], {})).toEqual([]);
    expect(corroborate([model('harassment', 0.45, 'x')], {})).toEqual([]);
    expect(corroborate([rule('harassment', 0.6, 'a total loser'), model('harassment', 0.3, 'x')], {})).toEqual([]);
    expect(corroborate([rule('harassment', 0.35, 'loser'), model('harassment', 0.3, 'x')], { harassment: 0.3 })).toEqual([]);
  });

  it('other categories are not combined: a single topic word is no corroboration ("kill", "sex")', () => {
    expect(corroborate([rule('violence', 0.15, 'kill'), model('violence', 0.45, 'x')], {})).toEqual([]);
    expect(corroborate([rule('sexual', 0.25, 'sex'), model('sexual', 0.45, 'x')], {})).toEqual([]);
  });
});
