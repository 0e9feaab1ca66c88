import { textModelDetector, type TextModel } from '../moderation/detect-text-model.js';
import type { Detector, Policy } from '../moderation/detector.js';
import { prepareSegments } from '../moderation/prepare-segments.js';
import { NAMED_RULE_DETECTORS } from '../moderation/score-local.js';
import type { FlatDocument } from '../ricos/types.js';
import { CheapestTimes, collectGarbage } from './cheapest-times.js';
import { log, round } from './figures.js';

/** Timed passes per set, each document's stage kept at its cheapest (cheapest-times.ts). */
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
  const perSet = Object.entries(sets).map(([set, docs]) => [set, ...stageMicros(docs, stages, options.policy)] as const);

  log(`score stages, µs a document (each document's stage at its cheapest of ${PASSES} passes after a warm-up): ${perSet.map(([set]) => set).join(' / ')}`);
  const figures: Record<string, number> = {};
  names.forEach((name, i) => {
    log(`  ${name.padEnd(26)} ${perSet.map(([, us]) => String(round(us[i]!)).padStart(5)).join(' / ')}`);
    for (const [set, us] of perSet) figures[`score.stage.${set}.${name}.us`] = round(us[i]!, 1);
  });
  const totals = perSet.map(([set, us, spread]) => [set, us.reduce((a, b) => a + b, 0), round(100 * spread, 1)] as const);
  log(`  ${'total (budget at the goal)'.padEnd(26)} ${totals.map(([set, total]) => `${String(round(total)).padStart(5)} (${round(options.budgetUs[set]!)})`).join(' / ')}`);
  log(`  ${'even and odd passes apart'.padEnd(26)} ${totals.map(([, , spread]) => `±${spread} %`.padStart(5)).join(' / ')}`);
  for (const [set, total, spread] of totals) {
    figures[`score.stage.${set}.total.us`] = round(total, 1);
    figures[`score.stage.${set}.spreadPct`] = spread;
  }
  return figures;
}

/** Per stage (prepareSegments first), µs a document, and the even and odd passes' spread. */
function stageMicros(docs: readonly FlatDocument[], stages: readonly [string, Detector][], policy: Policy): [number[], number] {
  const columns = stages.length + 1;
  const cheapest = new CheapestTimes(docs.length * columns, columns);
  // Pass 0 is the warm-up: lexicon patterns compile on first use.
  for (let pass = 0; pass <= PASSES; pass++) {
    collectGarbage();
    docs.forEach((doc, d) => {
      let before = process.hrtime.bigint();
      const segments = prepareSegments(doc);
      let after = process.hrtime.bigint();
      if (pass > 0) cheapest.keep(pass, d * columns, Number(after - before));
      for (let i = 0; i < stages.length; i++) {
        before = after;
        stages[i]![1](segments, policy);
        after = process.hrtime.bigint();
        if (pass > 0) cheapest.keep(pass, d * columns + i + 1, Number(after - before));
      }
    });
  }
  return [cheapest.totals().map((total) => total / 1e3 / docs.length), cheapest.spread()];
}
