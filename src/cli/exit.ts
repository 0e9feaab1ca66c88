import { CommanderError } from 'commander';
import { AboutmodError, errorMessage } from '../errors.js';

/**
 * The one place that turns an error into an exit code and a line on stderr: a known error prints its
 * one-line message; a bug prints a short hint (the stack only with DEBUG set).
 */
export function reportError(err: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (err instanceof CommanderError) {
    // Help and version are "errors" in commander's model; they exit 0 and have already printed.
    if (err.exitCode === 0) return 0;
    stderr.write(`aboutmod: ${err.message.replace(/^error: /, '')}\n`);
    return 2;
  }
  if (process.env.DEBUG && err instanceof Error) stderr.write(`${err.stack}\n`);
  if (err instanceof AboutmodError) {
    stderr.write(`aboutmod: ${oneLine(err.message)}\n`);
    return err.exitCode;
  }
  const message = errorMessage(err);
  stderr.write(`aboutmod: internal error: ${oneLine(message)} (set DEBUG=1 for the stack trace and please report it)\n`);
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
