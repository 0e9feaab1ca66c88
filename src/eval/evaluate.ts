import type { Category } from '../config/index.js';
import type { Scorer } from '../moderation/index.js';
import type { EvalCase, EvalSet } from './datasets.js';
import { count, emptyConfusion, figures, type Confusion, type Figures } from './metrics.js';

export interface Prediction {
  flagged: boolean;
  /** Categories of the reasons given; undefined for a predictor that cannot tell (the word list). */
  categories: ReadonlySet<Category> | undefined;
}

export interface Predictor {
  name: string;
  predict(c: EvalCase): Promise<Prediction>;
}

export interface SetResult {
  set: string;
  predictor: string;
  overall: Figures;
  /** A set scored on one harm (EvalSet.harm): the same rows read as any flag, for comparison. */
  anyFlag?: Figures;
  /** Per label of the set, for predictors that name categories. */
  byLabel: Record<string, Figures>;
  /** Per sub-group (HateCheck functionality). */
  byGroup: Record<string, Figures>;
  /** Per language, for sets that tag it. */
  byLanguage: Record<string, Figures>;
  /** Per part of a set split by template (Multilingual HateCheck), and per language within each part. */
  byPart: Record<string, Figures>;
  byPartLanguage: Record<string, Figures>;
}

export function scorerPredictor(name: string, scorer: Scorer): Predictor {
  return {
    name,
    predict: async (c) => {
      const verdict = await scorer.score(c.doc);
      return { flagged: verdict.flagged, categories: new Set(verdict.reasons.map((r) => r.category)) };
    },
  };
}

/** Runs a predictor over every case of a set, in order, and counts against the labels. */
export async function evaluate(set: EvalSet, predictor: Predictor, withLabels: boolean): Promise<SetResult> {
  const overall = emptyConfusion();
  const anyFlag = emptyConfusion();
  const byLabel: Record<string, Confusion> = {};
  const byGroup: Record<string, Confusion> = {};
  const byLanguage: Record<string, Confusion> = {};
  const byPart: Record<string, Confusion> = {};
  const byPartLanguage: Record<string, Confusion> = {};
  for (const c of set.cases) {
    const p = await predictor.predict(c);
    const named = p.categories;
    const flagged = set.harm && named ? set.harm.some((cat) => named.has(cat)) : p.flagged;
    count(overall, flagged, c.flag);
    count(anyFlag, p.flagged, c.flag);
    if (c.group) count((byGroup[c.group] ??= emptyConfusion()), flagged, c.flag);
    if (c.lang) count((byLanguage[c.lang] ??= emptyConfusion()), flagged, c.flag);
    if (c.part) count((byPart[c.part] ??= emptyConfusion()), flagged, c.flag);
    if (c.part && c.lang) count((byPartLanguage[`${c.part} ${c.lang}`] ??= emptyConfusion()), flagged, c.flag);
    if (!withLabels || !named) continue;
    for (const [label, actual] of Object.entries(c.labels)) {
      const categories = set.categories[label] ?? [];
      count((byLabel[label] ??= emptyConfusion()), categories.some((cat) => named.has(cat)), actual);
    }
  }
  const map = (r: Record<string, Confusion>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, figures(v)]));
  return { set: set.name, predictor: predictor.name, overall: figures(overall), ...(set.harm ? { anyFlag: figures(anyFlag) } : {}), byLabel: map(byLabel), byGroup: map(byGroup), byLanguage: map(byLanguage), byPart: map(byPart), byPartLanguage: map(byPartLanguage) };
}
