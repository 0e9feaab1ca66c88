import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/review/index.js';
import { formatAge, parseAge } from '../../src/review/parse-age.js';

describe('reviewer passwords', () => {
  it('a scrypt hash verifies its own password only, and each hash has its own salt', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsf', a)).toBe(false);
    expect(await verifyPassword('correct horse', 'plain-text')).toBe(false);
  });
});

describe('--older-than ages', () => {
  it('reads 30d, 12h and 90m, and refuses anything else naming the option', () => {
    expect(parseAge('30d')).toBe(30 * 86_400_000);
    expect(parseAge('12h')).toBe(12 * 3_600_000);
    expect(parseAge('90m')).toBe(90 * 60_000);
    expect(() => parseAge('30 days')).toThrow('--older-than: expected an age like 30d, 12h or 90m, got "30 days"');
    expect(() => parseAge('-1d')).toThrow('--older-than');
  });

  it('formats an age the way the list shows it', () => {
    const now = Date.parse('2026-01-10T12:00:00Z');
    expect(formatAge('2026-01-10T11:15:00Z', now)).toBe('45m');
    expect(formatAge('2026-01-10T07:00:00Z', now)).toBe('5h');
    expect(formatAge('2025-12-29T12:00:00Z', now)).toBe('12d');
  });
});
