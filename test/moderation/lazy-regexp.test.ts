import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/moderation/regex-literals.js';
import { compiledNow, lazyRegExps } from '../../src/moderation/lazy-regexp.js';
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

describe('compiledNow: an expression compiled at once', () => {
  it('is the same expression, ready from the text start, and finds what it found before', () => {
    const regex = /(?<![\p{L}])tits?(?![\p{L}])/giu;
    expect(compiledNow(regex)).toBe(regex);
    expect(regex.lastIndex).toBe(0);
    expect('Great tits and blue TIT, titmouse’s tit'.replace(regex, '_')).toBe('Great _ and blue _, titmouse’s _');
  });
});
