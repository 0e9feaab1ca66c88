import { UsageError } from '../errors.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30d`, `12h`, `90m` -> milliseconds; anything else is a usage error naming the option. */
export function parseAge(text: string, option = '--older-than'): number {
  const match = /^(\d{1,6})([mhd])$/.exec(text.trim());
  if (!match) throw new UsageError(`${option}: expected an age like 30d, 12h or 90m, got "${text}"`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** The short age a reviewer scans a list by: 45m, 5h, 12d. */
export function formatAge(fromIso: string, now = Date.now()): string {
  const ms = Math.max(0, now - Date.parse(fromIso));
  if (ms < UNIT_MS.h) return `${Math.floor(ms / UNIT_MS.m)}m`;
  if (ms < UNIT_MS.d) return `${Math.floor(ms / UNIT_MS.h)}h`;
  return `${Math.floor(ms / UNIT_MS.d)}d`;
}
