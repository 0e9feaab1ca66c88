/** Counts of a binary classifier against labels. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Figures extends Confusion {
  n: number;
  precision: number;
  recall: number;
  /** False-positive rate: innocent rows flagged. */
  fpr: number;
  /** Matthews correlation: 0 is chance, 1 perfect; fair on unbalanced sets where F1 flatters. */
  mcc: number;
  f1: number;
  accuracy: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function count(c: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
  else c.tn++;
}

/** Figures from counts; a ratio with nothing to divide by is 0 (e.g. precision when nothing was flagged). */
export function figures(c: Confusion): Figures {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const denominator = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return {
    ...c,
    n: c.tp + c.fp + c.fn + c.tn,
    precision,
    recall,
    fpr: ratio(c.fp, c.fp + c.tn),
    mcc: ratio(c.tp * c.tn - c.fp * c.fn, denominator),
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
  };
}
