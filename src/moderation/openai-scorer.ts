import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  OpenAIError,
  RateLimitError,
} from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { Config } from '../config/index.js';
import { requireEnv } from '../config/index.js';
import type { Logger } from '../log.js';
import type { FlatDocument, Segment } from '../ricos/types.js';
import type { Category, Evidence, Reason, Scorer } from './types.js';
import { chunkText } from './chunk-text.js';
import { decide } from './decide.js';
import { round } from './detector.js';
import { guidelinesMessages, locateQuotes, ruleIds, withoutComments } from './guidelines-prompt.js';
import { BESIDE_A_MODEL, detectLocal, withoutPlaceholder } from './score-local.js';
import { ScorerError } from './scorer-error.js';
import { scorerId } from './scorer-id.js';
import { errorMessage } from '../errors.js';

/**
 * The OpenAI scorer, the only module that imports `openai`. Text goes to the moderation endpoint in
 * chunks under 2,000 characters, batched as a string array (one result per string, mapped back to its
 * segment); each image goes alone (the endpoint takes one image per request). Optionally a guidelines
 * prompt judges the whole About through a strict JSON schema. Contact details, links and prompt
 * injection are still judged locally. The package retries (maxRetries, timeout from config); whatever
 * still fails becomes a ScorerError: no verdict, the About stays as it is.
 */
export interface OpenAIScorerOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** The guidelines prompt (scorer.guidelines, read by the caller), or undefined for no guidelines check. */
  guidelines?: string;
}

const CHUNK_CHARS = 2000;
const BATCH_STRINGS = 32;
const MODERATION_CATEGORIES: readonly Category[] = [
  'harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent', 'self-harm',
  'self-harm/intent', 'self-harm/instructions', 'sexual', 'sexual/minors', 'violence', 'violence/graphic',
];

export function createOpenAIScorer(config: Config, options: OpenAIScorerOptions = {}): Scorer {
  const env = options.env ?? process.env;
  const settings = config.scorer.openai;
  const client = new OpenAI({
    apiKey: requireEnv('OPENAI_API_KEY', 'scorer.provider is "openai"', env),
    // Passed explicitly so the environment given here wins over process.env.
    baseURL: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
    organization: env.OPENAI_ORG_ID || null,
    project: env.OPENAI_PROJECT_ID || null,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
  });
  const thresholds = { ...config.scorer.local.thresholds, ...settings.thresholds };
  const guidelines = options.guidelines;
  // The owner's notes (HTML comments) come out once, not per document; the scorer id keeps the file as written.
  const guidelinesText = guidelines === undefined ? undefined : withoutComments(guidelines);
  const knownRules = guidelinesText === undefined ? [] : ruleIds(guidelinesText);
  const id = scorerId('openai', {
    model: settings.model, thresholds, policy: config.policy,
    guidelines: guidelines === undefined ? null : { model: settings.guidelinesModel, prompt: guidelines },
  });

  const moderate = async (input: string[] | [{ type: 'image_url'; image_url: { url: string } }]) => {
    const response = await call('moderation', () => client.moderations.create({ model: settings.model, input }));
    if (response.results.length !== input.length) {
      throw new ScorerError(`openai: moderation returned ${response.results.length} results for ${input.length} inputs`);
    }
    return response.results;
  };

  const moderationReasons = async (segments: readonly Segment[]): Promise<Reason[]> => {
    const pieces = segments.flatMap((s) => (s.kind === 'text' ? chunkText(s.value, CHUNK_CHARS).map((c) => ({ segment: s, text: c.text })) : []));
    // One request per distinct picture: the same URL may show up in several places.
    const images = segments.filter(isImage).filter((s, i, all) => all.findIndex((o) => o.value === s.value) === i);
    const batches: (typeof pieces)[] = [];
    for (let i = 0; i < pieces.length; i += BATCH_STRINGS) batches.push(pieces.slice(i, i + BATCH_STRINGS));
    const scored: { evidence: Evidence; scores: Record<string, number> }[] = [];
    await Promise.all([
      ...batches.map(async (batch) => {
        const results = await moderate(batch.map((p) => p.text));
        results.forEach((r, i) => scored.push({ evidence: evidenceOf(batch[i]!.segment, batch[i]!.text), scores: r.category_scores as unknown as Record<string, number> }));
      }),
      ...images.map(async (image) => {
        const [r] = await moderate([{ type: 'image_url', image_url: { url: image.value } }]);
        scored.push({ evidence: evidenceOf(image, image.value), scores: r!.category_scores as unknown as Record<string, number> });
      }),
    ]);
    return MODERATION_CATEGORIES.flatMap((category) => {
      const ranked = scored.filter((s) => (s.scores[category] ?? 0) > 0).sort((a, b) => b.scores[category]! - a.scores[category]!);
      if (ranked.length === 0) return [];
      // The model's confidence is per piece; the About scores as its worst piece.
      const threshold = thresholds[category] ?? 0.5;
      const evidence = ranked.filter((s, i) => i === 0 || s.scores[category]! >= threshold).slice(0, 5).map((s) => s.evidence);
      return [{ category, score: round(ranked[0]!.scores[category]!), evidence, source: 'openai:moderation' }];
    });
  };

  const guidelinesReasons = async (doc: FlatDocument): Promise<Reason[]> => {
    if (guidelinesText === undefined || !doc.segments.some((s) => s.kind === 'text' || s.kind === 'link')) return [];
    const messages = guidelinesMessages(guidelinesText, doc);
    const schema = z.object({
      violates: z.boolean(),
      rules: z.array(z.string()),
      explanation: z.string(),
      quotes: z.array(z.string()),
    });
    const completion = await call('guidelines', () => client.chat.completions.parse({
      model: settings.guidelinesModel,
      messages: [{ role: 'developer', content: messages.developer }, { role: 'user', content: messages.user }],
      response_format: zodResponseFormat(schema, 'verdict'),
      temperature: 0,
      store: false,
    }));
    const message = completion.choices[0]?.message;
    if (!message || message.refusal || !message.parsed) throw new ScorerError('openai: the guidelines model gave no verdict (refused or empty answer)');
    const answer = message.parsed;
    const rules = answer.rules.filter((r) => knownRules.includes(r));
    const reasons: Reason[] = [];
    const firstText = doc.segments.filter((s) => s.kind === 'text').slice(0, 1).map((s) => evidenceOf(s, s.value));
    if (answer.violates) {
      const located = locateQuotes(answer.quotes, doc);
      reasons.push({
        category: 'guidelines', score: 1, evidence: located.length ? located : firstText, source: 'openai:guidelines',
        detail: `${rules.length ? `rules ${rules.join(', ')}: ` : ''}${answer.explanation.slice(0, 500)}`,
      });
    }
    if (messages.truncated) {
      reasons.push({ category: 'guidelines', score: 1, evidence: firstText, source: 'openai:guidelines', detail: 'too long to judge in full' });
    }
    return reasons;
  };

  return {
    id,
    async score(doc) {
      const visible = { ...doc, segments: withoutPlaceholder(doc.segments, config.policy) };
      const local = detectLocal(visible, config.policy, { detectors: BESIDE_A_MODEL });
      const [moderation, judged] = await Promise.all([moderationReasons(visible.segments), guidelinesReasons(visible)]);
      return decide([...moderation, ...judged, ...local], thresholds, config.policy);
    },
  };
}

function evidenceOf(segment: Segment, value: string): Evidence {
  return { value, path: segment.path, place: segment.place };
}

/**
 * An image a visitor sees: a link segment loading picture content (http(s) or an inline data image).
 * Not a video file (a GIF node carries an mp4 copy the endpoint would refuse, failing the whole About),
 * and not a downsized copy of a picture already sent.
 */
export function isImage(segment: Segment): boolean {
  if (segment.kind !== 'link') return false;
  if (/^data:image\//i.test(segment.value)) return true;
  if (!/^https?:\/\//i.test(segment.value) || /\.link(?:\.|$)/.test(segment.path)) return false;
  if (/\.(?:mp4|webm|mov|m4v|m3u8|ogv)(?:[?#]|$)/i.test(segment.value) || /\.downsized\./.test(segment.path)) return false;
  return /image|gif|thumbnail|cover|poster|photo/i.test(`${segment.path} ${segment.place}`) || /\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)/i.test(segment.value);
}

/** Runs one API call; every failure the package reports becomes one ScorerError line naming it. */
async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw toScorerError(what, err);
  }
}

export function toScorerError(what: string, err: unknown): ScorerError {
  const say = (text: string) => new ScorerError(`openai: ${what}: ${text}`, { cause: err });
  if (err instanceof ScorerError) return err;
  if (err instanceof APIConnectionTimeoutError) return say('timed out');
  if (err instanceof APIConnectionError) return say(`cannot connect (${err.message})`);
  if (err instanceof AuthenticationError) return say('the API key was refused (401); check OPENAI_API_KEY');
  if (err instanceof RateLimitError) {
    return say(err.code === 'insufficient_quota' ? 'the account has no quota left (429)' : 'rate limited (429), still after retries');
  }
  if (err instanceof APIError) return say(`HTTP ${err.status ?? '?'}: ${err.error && typeof err.error === 'object' && 'message' in err.error ? String(err.error.message) : err.message}`);
  if (err instanceof LengthFinishReasonError) return say('the answer was cut off (length limit)');
  if (err instanceof ContentFilterFinishReasonError) return say('the answer was withheld by the content filter');
  if (err instanceof OpenAIError || err instanceof SyntaxError || err instanceof z.ZodError) {
    return say(`unusable answer (${(err as Error).message.split('\n')[0]})`);
  }
  return say(`failed (${errorMessage(err)})`);
}
