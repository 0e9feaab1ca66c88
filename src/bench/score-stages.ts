import { textModelDetector, type TextModel } from '../moderation/detect-text-model.js';
import type { Detector, Policy } from '../moderation/detector.js';
import { prepareSegments } from '../moderation/prepare-segments.js';
import { NAMED_RULE_DETECTORS } from '../moderation/score-local.js';
import type { FlatDocument } from '../ricos/types.js';
import { log, round } from './figures.js';

/** Timed passes per set; the cheapest of them is kept (the machine is shared, and noise only adds). */
const PASSES = 4;

/**
 * What each stage of the local scorer costs a document, in µs, in the order the scorer runs them and
 * sharing what it shares (the phrase index's reading is paid by the first phrase detector). A stage's
 * line beside the issue's per-document budget tells a branch that adds constructions what they cost,
 * as the eval tells it what they catch.
 */
export function benchScoreStages(
  sets: Record<string, readonly FlatDocument[]>,
  options: { policy: Policy; textModel: TextModel; budgetUs: Record<string, number> },
): Record<string, number> {
  const stages: [string, Detector][] = [...Object.entries(NAMED_RULE_DETECTORS), ['textModel', textModelDetector(options.textModel)]];
  const names = ['prepareSegments', ...stages.map(([name]) => name)];
  const perSet = Object.entries(sets).map(([set, docs]) => [set, stageMicros(docs, stages, options.policy)] as const);

  log(`score stages, µs a document (cheapest of ${PASSES} passes after a warm-up): ${perSet.map(([set]) => set).join(' / ')}`);
  const figures: Record<string, number> = {};
  names.forEach((name, i) => {
    log(`  ${name.padEnd(26)} ${perSet.map(([, us]) => String(round(us[i]!)).padStart(5)).join(' / ')}`);
    for (const [set, us] of perSet) figures[`score.stage.${set}.${name}.us`] = round(us[i]!, 1);
  });
  const totals = perSet.map(([set, us]) => [set, us.reduce((a, b) => a + b, 0)] as const);
  log(`  ${'total (budget at the goal)'.padEnd(26)} ${totals.map(([set, total]) => `${String(round(total)).padStart(5)} (${round(options.budgetUs[set]!)})`).join(' / ')}`);
  for (const [set, total] of totals) figures[`score.stage.${set}.total.us`] = round(total, 1);
  return figures;
}

function stageMicros(docs: readonly FlatDocument[], stages: readonly [string, Detector][], policy: Policy): number[] {
  let best: number[] | undefined;
  // Pass 0 is the warm-up: lexicon patterns compile on first use.
  for (let pass = 0; pass <= PASSES; pass++) {
    const ns = new Array<number>(stages.length + 1).fill(0);
    for (const doc of docs) {
      let before = process.hrtime.bigint();
      const segments = prepareSegments(doc);
      let after = process.hrtime.bigint();
      ns[0]! += Number(after - before);
      for (let i = 0; i < stages.length; i++) {
        before = after;
        stages[i]![1](segments, policy);
        after = process.hrtime.bigint();
        ns[i + 1]! += Number(after - before);
      }
    }
    if (pass > 0) best = best ? best.map((b, i) => Math.min(b, ns[i]!)) : ns;
  }
  return best!.map((total) => total / 1e3 / docs.length);
}
