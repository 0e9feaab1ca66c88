import type { Config } from '../../config/index.js';
import { decide } from '../decide.js';
import { textModelDetector, type TextModel } from '../detect-text-model.js';
import { createLocalScorer, detectLocal } from '../score-local.js';
import { scorerId } from '../scorer-id.js';
import type { Scorer } from '../types.js';
import { loadTextModel } from './load-text-model.js';

/**
 * The two halves of the local scorer on their own, for `npm run eval -- --compare` beside the shipped
 * combination: the rules alone and the text model alone, at the config's thresholds and policy.
 */
export function localAblations(config: Config, textModel: TextModel = loadTextModel()): { name: string; scorer: Scorer }[] {
  const { policy } = config;
  const thresholds = config.scorer.local.thresholds;
  const modelOnly = [textModelDetector(textModel)];
  return [
    { name: 'rules', scorer: createLocalScorer({ policy, thresholds }) },
    {
      name: 'model',
      scorer: {
        id: scorerId('local-model-only', { policy, thresholds, model: textModel.id ?? null }),
        score: async (doc) => decide(detectLocal(doc, policy, { detectors: modelOnly }), thresholds, policy),
      },
    },
  ];
}
