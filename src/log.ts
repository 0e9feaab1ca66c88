import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The one place that decides what never reaches a log line: credentials of every kind and member
 * text (content, text, evidence). Logs go to stderr so stdout stays for command output and --json.
 */
export const REDACT_PATHS = [
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
  'apiKey', '*.apiKey', 'appSecret', '*.appSecret', 'password', '*.password', 'token', '*.token',
  'accessToken', '*.accessToken', 'secret', '*.secret', 'jwt', '*.jwt',
  'content', '*.content', 'text', '*.text', 'evidence', '*.evidence', 'original', '*.original',
];

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'warn',
      base: { name: 'aboutmod' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    (options.destination ?? process.stderr) as pino.DestinationStream,
  );
}
