import { describe, expect, it } from 'vitest';
import { escapeTerminal } from '../../src/cli/escape-terminal.js';

describe('escapeTerminal', () => {
  it('an ANSI clear-screen is shown, not obeyed', () => {
    expect(escapeTerminal('a\u001b[2J\u001b[Hb')).toBe('a\\x1b[2J\\x1b[Hb');
  });

  it('an OSC 8 hyperlink is shown, not made clickable', () => {
    const out = escapeTerminal('\u001b]8;;https://evil.example\u0007innocent\u001b]8;;\u0007');
    expect(out).toBe('\\x1b]8;;https://evil.example\\x07innocent\\x1b]8;;\\x07');
    expect(out).not.toMatch(/[\u0000-\u001f]/);
  });

  it('C1 controls, bidi overrides, zero-width characters and a member-written backslash are made visible', () => {
    expect(escapeTerminal('\u009b31m')).toBe('\\x9b31m');
    expect(escapeTerminal('abc\u202edcba')).toBe('abc\\u{202e}dcba');
    expect(escapeTerminal('i\u200bdiot\u2066x\ufeff')).toBe('i\\u{200b}diot\\u{2066}x\\u{feff}');
    expect(escapeTerminal('looks like \\x1b')).toBe('looks like \\\\x1b');
  });

  it('keeps newlines by default, escapes them on request; carriage returns always escaped', () => {
    expect(escapeTerminal('one\ntwo\r')).toBe('one\ntwo\\r');
    expect(escapeTerminal('one\ntwo', { newlines: false })).toBe('one\\ntwo');
  });

  it('leaves ordinary text and emoji alone (a joiner inside an emoji is part of it)', () => {
    const text = 'Café 😎 👨‍👩‍👦‍👦 שלום 漢字';
    expect(escapeTerminal(text)).toBe(text);
  });
});
