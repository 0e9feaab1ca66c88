import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FeatureHasher, type FeatureSpec } from '../moderation/model/features.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, quantise, writeModel, type HeadMeta } from '../moderation/model/weights-file.js';
import { SHARED_DIR } from '../paths.js';
import { auc, fitPlatt } from './calibrate.js';
import { MODEL_CATEGORIES, type ModelCategory } from './label-map.js';
import { fitLogistic, type SparseRows } from './logistic.js';
import { readSets, type LabeledRow } from './read-sets.js';
import { RECIPES, SHARE_ALIKE_SETS, type Recipe } from './recipes.js';
import { runScript } from '../script.js';

const HELD_OUT_PERCENT = 15;
const FIT_DEFAULTS = { epochs: 6, rate: 0.3, l2: 1e-6, seed: 1 };

/**
 * `npm run train`: fits the local scorer's text model on ../shared/train (never the eval halves) and
 * writes the weights of one recipe (src/train/recipes.ts; default v2: src/moderation/model/weights-v2.json
 * + .bin). Seeded: the same data gives the same bytes. Options: --model v1|v2, --slice N (the first N
 * rows of each set, for tests), --out PATH, --data DIR, --quiet, --epochs, --rate, --l2, --seed, and
 * --with-share-alike (the CC BY-SA sets too, to measure what leaving them out costs; not for shipping).
 */
function main(): void {
  const { values } = parseArgs({
    options: { model: { type: 'string' }, 'with-share-alike': { type: 'boolean' }, slice: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' }, quiet: { type: 'boolean' },
      epochs: { type: 'string' }, rate: { type: 'string' }, l2: { type: 'string' }, seed: { type: 'string' } },
  });
  const recipe: Recipe | undefined = RECIPES[(values.model ?? 'v2') as keyof typeof RECIPES];
  if (!recipe) throw new Error(`--model expects one of ${Object.keys(RECIPES).join(', ')}, got "${values.model}"`);
  const slice = values.slice === undefined ? undefined : Number(values.slice);
  if (slice !== undefined && !(Number.isInteger(slice) && slice > 0)) throw new Error(`--slice expects a positive whole number, got "${values.slice}"`);
  const fit = {
    epochs: numberOption('--epochs', values.epochs, FIT_DEFAULTS.epochs),
    rate: numberOption('--rate', values.rate, FIT_DEFAULTS.rate),
    l2: numberOption('--l2', values.l2, FIT_DEFAULTS.l2),
    seed: numberOption('--seed', values.seed, FIT_DEFAULTS.seed),
  };
  const out = values.out ?? recipe.out;
  const log = values.quiet ? () => {} : (line: string) => console.log(line);
  const started = Date.now();

  const sets = values['with-share-alike'] ? [...new Set([...recipe.sets, ...SHARE_ALIKE_SETS])] : recipe.sets;
  const { rows, perSet } = readSets(values.data ?? join(SHARED_DIR, 'train'), { sets, slice, heldOutPercent: HELD_OUT_PERCENT });
  const x = featurise(rows, recipe.spec);
  const heads = MODEL_CATEGORIES.length;
  const labels = new Int8Array(rows.length * heads);
  rows.forEach((row, r) => labels.set(row.labels, r * heads));
  const weight = Float32Array.from(rows, (row) => row.weight);
  const fitRows = Int32Array.from(rows.keys()).filter((r) => !rows[r]!.heldOut);
  const heldRows = Int32Array.from(rows.keys()).filter((r) => rows[r]!.heldOut);
  log(`train: ${rows.length} rows (${heldRows.length} held out), ${x.index.length} feature values, ${secondsSince(started)} s`);

  const fitted = fitLogistic(x, labels, weight, fitRows, { heads, dimensions: recipe.spec.buckets, ...fit });
  log(`train: fitted ${fit.epochs} epochs, ${secondsSince(started)} s`);

  const { bytes, scales } = quantise(fitted.weights, heads);
  const headsMeta = calibrateHeads({ x, labels, fitRows, heldRows, bias: fitted.bias, bytes, scales, operatingPoints: recipe.operatingPoints });
  for (const h of headsMeta) {
    const f = h.heldOut;
    log(`  ${h.category.padEnd(11)} train ${h.rows}/${h.positives}+  held out ${f.rows}/${f.positives}+  AUC ${f.auc.toFixed(3)}  P ${f.precision.toFixed(2)} R ${f.recall.toFixed(2)} at ${h.operatingPoint}  log loss ${f.logLoss.toFixed(3)}`);
  }
  const meta = writeModel(out, {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    version: recipe.version,
    spec: recipe.spec,
    heads: headsMeta,
    training: {
      date: new Date().toISOString().slice(0, 10),
      data: '../shared/train (no eval rows)',
      rowsPerSet: perSet,
      rows: rows.length,
      heldOutPercent: HELD_OUT_PERCENT,
      slice: slice ?? null,
      ...fit,
      seconds: Number(secondsSince(started)),
      node: process.version,
    },
  }, bytes);
  log(`train: wrote ${out} (${meta.weights}, sha256 ${meta.sha256.slice(0, 12)}) in ${secondsSince(started)} s`);
}

/**
 * Per head: Platt scaling of the quantised weights (the ones that ship) on held-out rows the fit never
 * saw, then 0.5 moved to the head's operating point; with the held-out figures for the card.
 */
function calibrateHeads(input: {
  x: SparseRows; labels: Int8Array; fitRows: Int32Array; heldRows: Int32Array; bias: Float64Array; bytes: Int8Array; scales: number[];
  operatingPoints: Record<ModelCategory, number>;
}): HeadMeta[] {
  const { x, labels, fitRows, heldRows, bias, bytes, scales, operatingPoints } = input;
  const heads = MODEL_CATEGORIES.length;
  return MODEL_CATEGORIES.map((category, h) => {
    const margins: number[] = [];
    const truth: number[] = [];
    for (const r of heldRows) {
      const y = labels[r * heads + h]!;
      if (y < 0) continue;
      let m = bias[h]!;
      for (let k = x.offset[r]!; k < x.offset[r + 1]!; k++) m += bytes[x.index[k]! * heads + h]! * scales[h]! * x.value[k]!;
      margins.push(m);
      truth.push(y);
    }
    const platt = fitPlatt(margins, truth);
    const operatingPoint = operatingPoints[category];
    let rows = 0;
    let positives = 0;
    for (const r of fitRows) {
      const y = labels[r * heads + h]!;
      if (y >= 0) rows++;
      if (y === 1) positives++;
    }
    return {
      category,
      scale: scales[h]!,
      bias: bias[h]!,
      a: platt.a,
      b: platt.b - Math.log(operatingPoint / (1 - operatingPoint)),
      plattB: platt.b,
      operatingPoint,
      rows,
      positives,
      heldOut: heldOutFigures(margins.map((m) => 1 / (1 + Math.exp(-(platt.a * m + platt.b)))), truth, operatingPoint),
    };
  });
}

/** Every row's features once, as sparse rows the fit walks many times. */
function featurise(rows: readonly LabeledRow[], spec: FeatureSpec): SparseRows {
  const hasher = new FeatureHasher(spec);
  const offset = new Int32Array(rows.length + 1);
  let index = new Int32Array(1 << 20);
  let value = new Float32Array(1 << 20);
  let used = 0;
  rows.forEach((row, r) => {
    const f = hasher.extract(row.text);
    while (used + f.size > index.length) {
      index = grow(index, new Int32Array(index.length * 2));
      value = grow(value, new Float32Array(value.length * 2));
    }
    index.set(f.index, used);
    value.set(f.value, used);
    used += f.size;
    offset[r + 1] = used;
  });
  return { offset, index: index.subarray(0, used), value: value.subarray(0, used) };
}

function grow<T extends Int32Array | Float32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Log loss of the calibrated probabilities; precision and recall where the head flags (the operating point). */
function heldOutFigures(p: number[], y: number[], operatingPoint: number): HeadMeta['heldOut'] {
  let tp = 0, fp = 0, fn = 0, loss = 0;
  p.forEach((pi, i) => {
    const flagged = pi >= operatingPoint;
    if (flagged && y[i]) tp++;
    else if (flagged) fp++;
    else if (y[i]) fn++;
    loss -= Math.log(Math.max(1e-12, y[i] ? pi : 1 - pi));
  });
  const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    rows: p.length,
    positives: tp + fn,
    auc: r4(auc(p, y)),
    precision: r4(tp + fp ? tp / (tp + fp) : 0),
    recall: r4(tp + fn ? tp / (tp + fn) : 0),
    logLoss: r4(p.length ? loss / p.length : 0),
  };
}

function numberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} expects a number, got "${raw}"`);
  return n;
}

const secondsSince = (t: number) => ((Date.now() - t) / 1000).toFixed(1);

runScript('train', main);
