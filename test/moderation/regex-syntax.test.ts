import { describe, expect, it } from 'vitest';
import { parseRegex, RegexSyntaxError } from '../../src/moderation/regex-syntax.js';
import { requiredLiterals } from '../../src/moderation/regex-literals.js';
import { firstCharacters } from '../../src/moderation/first-characters.js';

const text = (text: string, written = text) => ({ type: 'text', text, written });

describe('parseRegex: a source read into a syntax tree', () => {
  it('reads characters in a row as one text, escapes decoded and kept as written', () => {
    expect(parseRegex('te mato')).toEqual(text('te mato'));
    expect(parseRegex('a\\.b\\n-]')).toEqual(text('a.b\n-]', 'a\\.b\\n-]'));
    // A quantifier takes the character before it alone.
    expect(parseRegex('abc+')).toEqual({ type: 'sequence', items: [text('ab'), { type: 'repeat', item: text('c'), min: 1, max: Infinity }] });
    // A character outside the Basic Multilingual Plane is one character.
    expect(parseRegex('😀{2,}?')).toEqual({ type: 'repeat', item: text('😀'), min: 2, max: Infinity });
    expect(parseRegex('x{1}')).toEqual(text('x'));
  });

  it('reads alternations, groups, lookarounds and assertions', () => {
    expect(parseRegex('(?<![a-z])(?:nu|nv)\\b|^$|')).toEqual({
      type: 'alternation',
      branches: [
        { type: 'sequence', items: [
          { type: 'lookaround', item: { type: 'class', negated: false, body: 'a-z', members: 'az', open: true }, negative: true },
          // A group is what it holds.
          { type: 'alternation', branches: [text('nu'), text('nv')] },
          { type: 'assertion' },
        ] },
        { type: 'sequence', items: [{ type: 'assertion' }, { type: 'assertion' }] },
        { type: 'sequence', items: [] },
      ],
    });
    expect(parseRegex('(?=a)(?<=b)(?!)')).toEqual({ type: 'sequence', items: [
      { type: 'lookaround', item: text('a'), negative: false },
      { type: 'lookaround', item: text('b'), negative: false },
      { type: 'lookaround', item: { type: 'sequence', items: [] }, negative: true },
    ] });
    expect(parseRegex('(?<who>ich|wir)?')).toEqual({ type: 'repeat', item: { type: 'named', item: { type: 'alternation', branches: [text('ich'), text('wir')] }, name: 'who' }, min: 0, max: 1 });
  });

  it('reads classes, class escapes, properties and escapes it does not decode', () => {
    expect(parseRegex('[\\.\\-x]')).toEqual({ type: 'class', negated: false, body: '\\.\\-x', members: '.-x', open: false });
    expect(parseRegex('[^\\p{L}\\s]')).toEqual({ type: 'class', negated: true, body: '\\p{L}\\s', members: '', open: true });
    // A "-" first or last in a class is itself, between members a range.
    expect(parseRegex('[-a]')).toMatchObject({ members: '-a', open: false });
    expect(parseRegex('[a-]')).toMatchObject({ members: 'a-', open: false });
    expect(parseRegex('[\\u0041]')).toMatchObject({ body: '\\u0041', unread: 'u' });
    expect(parseRegex('\\p{Script=Han}.\\d')).toEqual({ type: 'sequence', items: [{ type: 'set', written: '\\p{Script=Han}' }, { type: 'any' }, { type: 'set', written: '\\d' }] });
    expect(parseRegex('\\0')).toEqual({ type: 'escape', letter: '0' });
  });

  it('refuses syntax it does not know or cannot place', () => {
    for (const source of ['(a)\\1', '(?<a>x)\\k<a>', '\\u0041', '\\x41', '\\cJ', '(?x)', '(a', '[ab', 'a)', 'a{x}', '*a', 'a**', 'a\\', '\\p', '\\pL', '[\\p]']) {
      expect(() => parseRegex(source), source).toThrow(RegexSyntaxError);
    }
  });
});

describe('the two readings of one tree refuse what each cannot read', () => {
  it('an escape neither decodes: the first characters copy it, the literals refuse it, inside a lookaround too', () => {
    expect(firstCharacters('\\0a|[\\u0041]b')).toBe('\\0\\u0041');
    for (const source of ['\\0a', 'x[\\u0041]', 'x(?=\\0)']) expect(() => requiredLiterals({ source, flags: 'u' }), source).toThrow(/escape/);
  });

  it('"." and a negated class, wherever they stand, and a named group: the literals read them, the first characters refuse', () => {
    expect(requiredLiterals(/mata.(?<who>te|lo)[^a]/u)).toEqual([['mata'], ['te', 'lo']]);
    for (const source of ['mata.', 'mata(?=[^a])', 'mata(?<who>te|lo)']) expect(firstCharacters(source), source).toBeUndefined();
  });
});
