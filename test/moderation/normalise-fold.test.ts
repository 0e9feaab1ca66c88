import { describe, expect, it } from 'vitest';
import { normaliseAndFold, originalSpan } from '../../src/moderation/normalise.js';

describe('normaliseAndFold', () => {
  it('keeps every character after one that folds to several, each mapped back to what the member wrote', () => {
    const original = `ﬁ…ß ${'a'.repeat(40)} F U C K`;
    const { normalised, folded } = normaliseAndFold(original);
    expect(folded.text).toBe(`fi...ss ${'a'.repeat(40)} f u c k`);
    expect(normalised.text).toBe(`fi...ss ${'a'.repeat(40)} fuck`);
    expect(originalSpan(normalised, normalised.text.length - 4, normalised.text.length).value).toBe('F U C K');
    expect(originalSpan(folded, 2, 5).value).toBe('…');
  });

  it('leaves digits and "@" alone in the folded text while the normalised one reads leetspeak', () => {
    const { normalised, folded } = normaliseAndFold('Sh1t, call 555-0100 or a@b.com');
    expect(folded.text).toBe('sh1t, call 555-0100 or a@b.com');
    expect(normalised.text).toBe('shit, call 555-0100 or aab.com');
    expect(originalSpan(normalised, 0, 4).value).toBe('Sh1t');
  });
});
