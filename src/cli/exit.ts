import { CommanderError } from 'commander';
import { AboutmodError, errorMessage, JobError } from '../errors.js';

/**
 * The one place that turns an error into an exit code and a line on stderr: a known error prints its
 * one-line message; a bug prints a short hint (the stack only with DEBUG set).
 */
export function reportError(err: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (err instanceof CommanderError) {
    // Help and version are "errors" in commander's model; they exit 0 and have already printed.
    if (err.exitCode === 0) return 0;
    // A bare `aboutmod` or `aboutmod review`: commander has printed the usage to stderr; that is the message.
    if (err.code === 'commander.help') return 2;
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

/**
 * A port taken or not allowed is the machine's state, not bad input: exit 1 (the job cannot run), one
 * line naming the address. `where` says which flags or keys choose it. Other errors come back as they are.
 */
export function listenFailure(err: unknown, host: string, port: number, where: string): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new JobError(`cannot listen on ${host}:${port}: the port is in use (${where})`);
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') return new JobError(`cannot listen on ${host}:${port} (${code}; check ${where})`);
  return err;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
