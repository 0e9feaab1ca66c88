import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Category } from '../types.js';
import type { FeatureSpec } from './features.js';

/** The format tag and version of the weights files; a loader refuses anything else. */
export const MODEL_FORMAT = 'aboutmod-text-model';
export const MODEL_FORMAT_VERSION = 1;

/** One logistic-regression head: weights live in the binary file, the rest here. */
export interface HeadMeta {
  category: Category;
  /** Weight = int8 value * scale. */
  scale: number;
  bias: number;
  /** What the model reports: 1 / (1 + exp(-(a * margin + b))). */
  a: number;
  b: number;
  /**
   * Platt's fitted intercept (b = plattB - logit(operatingPoint)): the calibrated probability is the
   * reported one with its 0.5 moved back to operatingPoint. Both kept so the card can say what 0.5 means.
   */
  plattB: number;
  operatingPoint: number;
  /** Rows with a label for this category and how many were positive, in training. */
  rows: number;
  positives: number;
  /** Held-out training rows: precision and recall at the operating point, log loss of the calibrated probability. */
  heldOut: { rows: number; positives: number; auc: number; precision: number; recall: number; logLoss: number };
}

/**
 * weights-vN.json: what the weights mean, with the SHA-256 of the binary beside it (weights-vN.bin:
 * int8, `buckets * heads.length` values, bucket-major so one feature's heads sit together).
 */
export interface ModelMeta {
  format: typeof MODEL_FORMAT;
  formatVersion: number;
  /** The model's own version, part of its id (bumped when the recipe changes). */
  version: string;
  weights: string;
  sha256: string;
  spec: FeatureSpec;
  heads: HeadMeta[];
  training: Record<string, unknown>;
}

/** Int8 weights with one scale per head: a quarter of the float size, no measurable loss. */
export function quantise(weights: Float64Array, heads: number): { bytes: Int8Array; scales: number[] } {
  const scales: number[] = [];
  for (let h = 0; h < heads; h++) {
    let max = 0;
    for (let i = h; i < weights.length; i += heads) max = Math.max(max, Math.abs(weights[i]!));
    scales.push(max > 0 ? max / 127 : 1);
  }
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scales[i % heads]!);
  return { bytes, scales };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes `<out>.json` and the binary beside it (same base name, .bin). */
export function writeModel(out: string, meta: Omit<ModelMeta, 'weights' | 'sha256'>, bytes: Int8Array): ModelMeta {
  const path = resolve(out);
  const bin = `${basename(path, extname(path))}.bin`;
  const raw = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const full: ModelMeta = { ...meta, weights: bin, sha256: sha256(raw) };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(resolve(dirname(path), bin), raw);
  writeFileSync(path, `${JSON.stringify(full, null, 2)}\n`);
  return full;
}
