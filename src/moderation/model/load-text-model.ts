import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../../config/index.js';
import { ConfigError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../paths.js';
import type { TextModel } from '../detect-text-model.js';
import type { Category } from '../types.js';
import { WordMargins } from './word-margins.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, sha256, type ModelMeta } from './weights-file.js';

/**
 * The weights files in the package. Read from src/ (the package's "files" include it) because tsc
 * copies no data files into dist/; PACKAGE_ROOT is the same from src/ and dist/.
 */
export const TEXT_MODELS = {
  v1: resolve(PACKAGE_ROOT, 'src/moderation/model/weights-v1.json'),
  /** Multilingual (docs/quality.md); selectable, not yet the default. */
  v2: resolve(PACKAGE_ROOT, 'src/moderation/model/weights-v2.json'),
};
export type TextModelVersion = keyof typeof TEXT_MODELS;

/** The weights the scorer loads by default. */
export const SHIPPED_MODEL = TEXT_MODELS.v1;

/**
 * The learned text model from a weights file (default: the shipped one). Only the small JSON is read
 * here, for the id; the weights are read, checked against their SHA-256 and decoded on the first
 * prediction, so a scorer that never meets text pays nothing. A missing or damaged file is a
 * ConfigError naming scorer.local.model, the switch that turns the model off.
 */
export function loadTextModel(path: string = SHIPPED_MODEL): TextModel {
  const meta = readMeta(path);
  // The id covers what decides a probability (not the training notes), so only new predictions rescore.
  const decisive = meta.heads.map(({ category, scale, bias, a, b }) => [category, scale, bias, a, b]);
  const id = `text-model:${meta.version}:${createHash('sha256').update(JSON.stringify([meta.sha256, meta.spec, decisive])).digest('hex').slice(0, 12)}`;
  let predict: TextModel['predict'] | undefined;
  return {
    id,
    predict: (text, normalised, words) => (predict ??= compile(meta, path))(text, normalised, words),
  };
}

/** The model the config puts beside the rules (scorer.local.model): `given`, else the shipped one; none when off. */
export function configuredTextModel(config: Config, given?: TextModel): TextModel | undefined {
  return config.scorer.local.model ? (given ?? loadTextModel()) : undefined;
}

function readMeta(path: string): ModelMeta {
  let meta: ModelMeta;
  try {
    meta = JSON.parse(readFileSync(path, 'utf8')) as ModelMeta;
  } catch (err) {
    throw new ConfigError(`scorer.local.model: cannot read the model ${path} (${(err as NodeJS.ErrnoException).code ?? 'not JSON'})`);
  }
  if (meta.format !== MODEL_FORMAT || meta.formatVersion !== MODEL_FORMAT_VERSION) {
    throw new ConfigError(`scorer.local.model: ${path} is not an ${MODEL_FORMAT} v${MODEL_FORMAT_VERSION} file`);
  }
  return meta;
}

function compile(meta: ModelMeta, path: string): TextModel['predict'] {
  const bin = resolve(dirname(path), meta.weights);
  let raw: Buffer;
  try {
    raw = readFileSync(bin);
  } catch (err) {
    throw new ConfigError(`scorer.local.model: cannot read the weights ${bin} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const heads = meta.heads.length;
  if (raw.length !== meta.spec.buckets * heads || sha256(raw) !== meta.sha256) {
    throw new ConfigError(`scorer.local.model: the weights ${bin} do not match ${path} (damaged or from another training run)`);
  }
  const weights = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  const sums = new WordMargins(weights, heads, meta.spec);
  const { hasher } = sums;
  // Every prediction is a copy of one object with the heads' categories as keys, in order: one shape,
  // where an object filled key by key from {} cost about a microsecond and a half a prediction.
  const shape = Object.fromEntries(meta.heads.map(({ category }) => [category, 0])) as Partial<Record<Category, number>>;
  return (text, normalised, words) => {
    const margins = sums.of(hasher.tally(text, normalised, words));
    const out = { ...shape };
    for (let h = 0; h < heads; h++) {
      const head = meta.heads[h]!;
      const margin = head.bias + head.scale * margins[h]!;
      out[head.category] = 1 / (1 + Math.exp(-(head.a * margin + head.b)));
    }
    return out;
  };
}
