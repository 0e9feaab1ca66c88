import { renameSync, writeFileSync } from 'node:fs';

/**
 * A shell file of `export NAME='value'` lines that points aboutmod at an emulator (`. FILE`, then any
 * command). Values are single-quoted for sh; newlines become `\n` (WIX_WEBHOOK_PUBLIC_KEY accepts that
 * form), so the file also reads as a dotenv file. Written atomically and 0600: it holds credentials.
 */
export function writeEnvFile(path: string, vars: Record<string, string>, comment: string): void {
  const lines = [`# ${comment}`, ...Object.entries(vars).map(([name, value]) => `export ${name}=${shellQuote(value.trim().replace(/\n/g, '\\n'))}`)];
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${lines.join('\n')}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
