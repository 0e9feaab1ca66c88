/**
 * Platt scaling: probability = sigmoid(a * margin + b), fitted on held-out margins by Newton's method,
 * with Platt's smoothed targets so a handful of positives cannot push the curve to 0 or 1.
 */
export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>): { a: number; b: number } {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return { a: 1, b: 0 };
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < margins.length; i++) {
      const m = margins[i]!;
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const d = p - (labels[i]! ? hi : lo);
      const w = p * (1 - p);
      ga += d * m;
      gb += d;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/** Area under the ROC curve (ties counted half): how well the margins rank, threshold aside. */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((i, j) => scores[i]! - scores[j]!);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[order[k]!]) {
      rankSum += rank;
      positives++;
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  return positives === 0 || negatives === 0 ? 0 : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
