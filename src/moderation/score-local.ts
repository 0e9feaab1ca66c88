import type { Config } from '../config/index.js';
import type { FlatDocument, Segment } from '../ricos/types.js';
import type { Reason, Scorer, Verdict } from './types.js';
import { corroborate } from './corroborate.js';
import { detectAccusation } from './detect-accusation.js';
import { decide, type Thresholds } from './decide.js';
import type { Detector, Policy } from './detector.js';
import { detectContact } from './detect-contact.js';
import { detectDoxxing } from './detect-doxxing.js';
import { detectExtremism } from './detect-extremism.js';
import { detectGrooming } from './detect-grooming.js';
import { detectHarassment } from './detect-harassment.js';
import { detectHate, detectSlurs } from './detect-hate.js';
import { detectHateMultilingual } from './detect-hate-multilingual.js';
import { detectIllicit } from './detect-illicit.js';
import { detectInjection } from './detect-injection.js';
import { detectLexicon } from './detect-lexicon.js';
import { detectLinks } from './detect-links.js';
import { detectProfanity } from './detect-profanity.js';
import { detectSelfHarm } from './detect-self-harm.js';
import { detectSexual } from './detect-sexual.js';
import { detectSextortion } from './detect-sextortion.js';
import { detectSpam } from './detect-spam.js';
import { textModelDetector, type TextModel } from './detect-text-model.js';
import { detectThreatsMultilingual } from './detect-threats-multilingual.js';
import { detectViolence } from './detect-violence.js';
import { configuredTextModel } from './model/load-text-model.js';
import { prepareSegments } from './prepare-segments.js';
import { localScorerId } from './scorer-id.js';

export interface LocalOptions {
  policy: Policy;
  /** Per-category thresholds (scorer.local.thresholds); a category not listed uses 0.5. */
  thresholds: Thresholds;
  /** A learned model used beside the rules; its probabilities become reasons at the same thresholds. */
  textModel?: TextModel;
}

/** The rule detectors by name, in the order their reasons are reported (the bench times each by name). */
export const NAMED_RULE_DETECTORS: Readonly<Record<string, Detector>> = {
  detectSlurs, detectHate, detectHarassment, detectAccusation, detectDoxxing, detectSextortion, detectViolence, detectExtremism, detectSelfHarm, detectSexual, detectGrooming, detectIllicit,
  detectProfanity, detectContact, detectLinks, detectInjection, detectSpam,
  // Other languages than English: policy.multilingual.
  detectLexicon, detectThreatsMultilingual, detectHateMultilingual,
};

export const RULE_DETECTORS: readonly Detector[] = Object.values(NAMED_RULE_DETECTORS);

/** What the OpenAI scorer still runs locally: things a moderation model does not judge. */
export const BESIDE_A_MODEL: readonly Detector[] = [detectContact, detectLinks, detectInjection, detectSpam];

/**
 * Raw reasons from the given detectors (default: all rules, plus the text model when given), before
 * thresholds and switches. The placeholder we put in place of flagged content is never scored.
 */
export function detectLocal(
  doc: FlatDocument,
  policy: Policy,
  options: { textModel?: TextModel; detectors?: readonly Detector[] } = {},
): Reason[] {
  const segments = prepareSegments({ ...doc, segments: withoutPlaceholder(doc.segments, policy) });
  const detectors = options.detectors ?? (options.textModel ? withModel(options.textModel) : RULE_DETECTORS);
  // A loop, not flatMap: V8's flatMap took several µs a document over sixteen mostly empty lists.
  const reasons: Reason[] = [];
  for (const detect of detectors) for (const reason of detect(segments, policy)) reasons.push(reason);
  return reasons;
}

/** The rule detectors and the model's, made once per model rather than for every document. */
const detectorsWithModel = new WeakMap<TextModel, readonly Detector[]>();

function withModel(model: TextModel): readonly Detector[] {
  let detectors = detectorsWithModel.get(model);
  if (detectors === undefined) detectorsWithModel.set(model, (detectors = [...RULE_DETECTORS, textModelDetector(model)]));
  return detectors;
}

/**
 * The local verdict for one document: the detectors' reasons, and a rule's and the model's weak evidence
 * combined where they corroborate each other (corroborate.ts). Deterministic, no I/O.
 */
export function scoreLocal(doc: FlatDocument, options: LocalOptions): Verdict {
  const reasons = detectLocal(doc, options.policy, { textModel: options.textModel });
  return decide([...reasons, ...corroborate(reasons, options.thresholds)], options.thresholds, options.policy);
}

export function createLocalScorer(options: LocalOptions): Scorer {
  return { id: localScorerId(options.policy, options.thresholds, options.textModel), score: async (doc) => scoreLocal(doc, options) };
}

/**
 * The local scorer as the config sets it up (policy, scorer.local.thresholds, and the model when
 * scorer.local.model is on: `textModel`, else the shipped one). Here rather than in createScorer so a
 * scoring thread does not import the OpenAI scorer and its package (about 100 ms of a thread's start).
 */
export function configuredLocalScorer(config: Config, textModel?: TextModel): Scorer {
  return createLocalScorer({ policy: config.policy, thresholds: config.scorer.local.thresholds, textModel: configuredTextModel(config, textModel) });
}

/**
 * Drops text segments that are exactly one of our placeholders, under review or confirmed (a replaced
 * About must not be flagged again, nor our words scored beside a member's additions).
 */
export function withoutPlaceholder(segments: readonly Segment[], policy: Pick<Policy, 'placeholder' | 'confirmedPlaceholder'>): Segment[] {
  const ours = placeholdersOf(policy);
  return segments.filter((s) => s.kind !== 'text' || !isPlaceholder(s.value, ours));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Our placeholders squashed, and what a text must have to squash to one; kept per policy (every document asks). */
interface Placeholders {
  /** The policy's placeholders as they were when these were made. */
  placeholder: string;
  confirmedPlaceholder: string;
  squashed: Set<string>;
  shortest: number;
  /** Their first characters: a squashed text starts with the text's first character that is not a space. */
  firsts: Set<string>;
}
const placeholders = new WeakMap<object, Placeholders>();

function placeholdersOf(policy: Pick<Policy, 'placeholder' | 'confirmedPlaceholder'>): Placeholders {
  const { placeholder, confirmedPlaceholder } = policy;
  let known = placeholders.get(policy);
  if (known === undefined || known.placeholder !== placeholder || known.confirmedPlaceholder !== confirmedPlaceholder) {
    const squashed = new Set([squash(placeholder), squash(confirmedPlaceholder)]);
    known = { placeholder, confirmedPlaceholder, squashed, shortest: Math.min(...[...squashed].map((p) => p.length)), firsts: new Set([...squashed].map((p) => p[0] ?? '')) };
    placeholders.set(policy, known);
  }
  return known;
}

function isPlaceholder(value: string, ours: Placeholders): boolean {
  // Squashing never lengthens a text, and keeps its first character that is not a space.
  if (value.length < ours.shortest) return false;
  const first = value.search(/\S/);
  return ours.firsts.has(first < 0 ? '' : value[first]!) && ours.squashed.has(squash(value));
}
