import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Config } from '../config/index.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Scorer } from './types.js';
import type { TextModel } from './detect-text-model.js';
import { createOpenAIScorer } from './openai-scorer.js';
import { configuredLocalScorer } from './score-local.js';

export interface ScorerOptions {
  /** Directory that relative paths in the config (scorer.guidelines) resolve against. */
  configDir: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** A learned text model to use beside the local rules when scorer.local.model is on (default: the shipped one). */
  textModel?: TextModel;
}

/**
 * The scorer the config asks for (scorer.provider). Everything it needs is checked here, before any
 * document is scored: a missing OPENAI_API_KEY or an unreadable guidelines prompt is a ConfigError.
 */
export function createScorer(config: Config, options: ScorerOptions): Scorer {
  if (config.scorer.provider === 'openai') {
    const guidelines = config.scorer.guidelines === false ? undefined : readPrompt(config.scorer.guidelines, options.configDir);
    return createOpenAIScorer(config, { env: options.env, logger: options.logger, guidelines });
  }
  return configuredLocalScorer(config, options.textModel);
}

function readPrompt(path: string, configDir: string): string {
  const file = isAbsolute(path) ? path : resolve(configDir, path);
  let prompt: string;
  try {
    prompt = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`scorer.guidelines: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!prompt.trim()) throw new ConfigError(`scorer.guidelines: ${path} is empty`);
  return prompt;
}
