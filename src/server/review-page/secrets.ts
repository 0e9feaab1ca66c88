import { ConfigError } from '../../errors.js';

export interface ReviewPageSecrets {
  sessionSecret: string;
  reviewToken?: string;
}

/** Shorter secrets make signed cookies guessable; 32 characters is what @fastify/cookie's docs ask for. */
const MIN_SECRET = 32;
const MIN_TOKEN = 16;

/**
 * SESSION_SECRET and REVIEW_TOKEN from the environment. Undefined when SESSION_SECRET is unset:
 * the page is then off (serve logs it) and the webhook service runs alone. Too short a value is a
 * ConfigError naming the variable, never echoed.
 */
export function reviewPageSecrets(env: NodeJS.ProcessEnv = process.env): ReviewPageSecrets | undefined {
  const { SESSION_SECRET, REVIEW_TOKEN } = env;
  if (!SESSION_SECRET) {
    if (REVIEW_TOKEN) throw new ConfigError('SESSION_SECRET: missing (REVIEW_TOKEN is set; the review page needs both)');
    return undefined;
  }
  if (SESSION_SECRET.length < MIN_SECRET) throw new ConfigError(`SESSION_SECRET: expected at least ${MIN_SECRET} characters`);
  if (REVIEW_TOKEN && REVIEW_TOKEN.length < MIN_TOKEN) {
    throw new ConfigError(`REVIEW_TOKEN: expected at least ${MIN_TOKEN} characters`);
  }
  return { sessionSecret: SESSION_SECRET, reviewToken: REVIEW_TOKEN || undefined };
}
