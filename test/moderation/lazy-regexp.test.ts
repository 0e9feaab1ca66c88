import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/moderation/regex-literals.js';
import { lazyRegExps } from '../../src/moderation/lazy-regexp.js';
import '../../src/moderation/detect-spam.js';
import '../../src/moderation/detect-threats-multilingual.js';

describe('LazyRegExp: the multilingual patterns built on first use', () => {
  const all = lazyRegExps();

  it('holds the threat and spam patterns', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('every one compiles, and its source reads back as written (requiredLiterals reads it unbuilt)', () => {
    for (const lazy of all) {
      const built = lazy.regex;
      expect(built.source).toBe(lazy.source);
      expect(built.flags).toBe(lazy.flags);
      expect(requiredLiterals(lazy)).toEqual(requiredLiterals(built));
    }
  });
});
