/**
 * Logistic regression, one head per category over one shared sparse input, fitted by AdaGrad with L2.
 * Written here rather than taken from npm: see MODEL_CARD.md ("Why plain TypeScript").
 */

/** Rows as compressed sparse rows: row r's features are index/value[offset[r] .. offset[r+1]). */
export interface SparseRows {
  offset: Int32Array;
  index: Int32Array;
  value: Float32Array;
}

export interface FitOptions {
  heads: number;
  dimensions: number;
  epochs: number;
  /** AdaGrad base step. */
  rate: number;
  /** L2 strength per update, applied to the weights a row touches (lazy). */
  l2: number;
  seed: number;
}

export interface Fitted {
  /** dimensions * heads, bucket-major (one feature's heads side by side). */
  weights: Float64Array;
  bias: Float64Array;
}

/** mulberry32: a small seeded generator, so the row order (and the weights) repeat run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const EPS = 1e-8;

/**
 * Fits the heads on the given rows. labels[r * heads + h] is 1, 0 or -1 (unknown: head h skips row r);
 * weight[r] scales row r's loss.
 */
export function fitLogistic(x: SparseRows, labels: Int8Array, weight: Float32Array, rows: Int32Array, options: FitOptions): Fitted {
  const { heads, epochs, rate, l2 } = options;
  const weights = new Float64Array(options.dimensions * heads);
  const squares = new Float64Array(options.dimensions * heads);
  const bias = new Float64Array(heads);
  const biasSquares = new Float64Array(heads);
  const grad = new Float64Array(heads);
  const random = seededRandom(options.seed);
  const order = Int32Array.from(rows);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const r of order) {
      const from = x.offset[r]!;
      const to = x.offset[r + 1]!;
      let any = false;
      for (let h = 0; h < heads; h++) {
        const y = labels[r * heads + h]!;
        if (y < 0) {
          grad[h] = 0;
          continue;
        }
        let z = bias[h]!;
        for (let k = from; k < to; k++) z += weights[x.index[k]! * heads + h]! * x.value[k]!;
        grad[h] = (sigmoid(z) - y) * weight[r]!;
        any = true;
      }
      if (!any) continue;
      for (let h = 0; h < heads; h++) {
        const g = grad[h]!;
        if (labels[r * heads + h]! < 0) continue;
        biasSquares[h]! += g * g;
        bias[h]! -= (rate * g) / (Math.sqrt(biasSquares[h]!) + EPS);
        for (let k = from; k < to; k++) {
          const at = x.index[k]! * heads + h;
          const gk = g * x.value[k]! + l2 * weights[at]!;
          squares[at]! += gk * gk;
          weights[at]! -= (rate * gk) / (Math.sqrt(squares[at]!) + EPS);
        }
      }
    }
  }
  return { weights, bias };
}
