import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { createScorer } from '../moderation/index.js';
import { localAblations } from '../moderation/model/local-ablations.js';
import { loadTextModel } from '../moderation/model/load-text-model.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../paths.js';
import { join } from 'node:path';
import { wordListBaseline } from './baseline.js';
import { loadAbouts, loadPublicSets } from './datasets.js';
import { evaluate, scorerPredictor, type SetResult } from './evaluate.js';
import { goals, groupTable, resultsTable } from './report.js';
import { runScript } from '../script.js';

/**
 * `npm run eval`: the configured scorer (local by default) and a plain word-list baseline on the public
 * dev sets (SHARED_DIR/eval) and our own labeled Abouts (src/eval/abouts.jsonl, through flatten). With
 * the learned text model on, the rules alone and the model alone are rows of their own. Prints a compact
 * table and the goals. Options: --config PATH, --json (all figures as one JSON object), --set NAME (only that set).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { config: { type: 'string' }, json: { type: 'boolean' }, set: { type: 'string', multiple: true } } });
  const loaded = loadConfig(values.config);
  const config = loaded.config;
  const name = config.scorer.provider;
  const withModel = name === 'local' && config.scorer.local.model;
  // Loaded once for the scorer and its ablations.
  const textModel = withModel ? loadTextModel() : undefined;
  const scorer = createScorer(config, { configDir: loaded.dir, textModel });
  const predictors = [scorerPredictor(name, scorer)];
  // With the learned model on, the rules alone and the model alone as well: shows where the figures come from.
  if (textModel) {
    for (const half of localAblations(config, textModel)) predictors.push(scorerPredictor(half.name, half.scorer));
  }
  predictors.push(wordListBaseline());
  const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src', 'eval', 'abouts.jsonl'))]
    .filter((s) => !values.set || values.set.includes(s.name));
  const results: SetResult[] = [];
  const started = Date.now();
  for (const set of sets) {
    for (const p of predictors) results.push(await evaluate(set, p, p === predictors[0]));
  }
  if (values.json) {
    console.log(JSON.stringify({ scorer: scorer.id, results, goals: goals(results, name) }));
    return;
  }
  console.log(`scorer ${scorer.id}, ${sets.reduce((n, s) => n + s.cases.length, 0)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s (dev halves: tuning figures)\n`);
  console.log(resultsTable(results));
  for (const set of ['hatecheck', 'abouts (ours)']) {
    const groups = groupTable(set, results);
    if (groups) console.log(`\n${groups}`);
  }
  console.log('\ngoals (local scorer, default policy):');
  for (const g of goals(results, name)) console.log(`  ${g.met ? 'met    ' : 'not met'} ${g.text}`);
}

runScript('eval', main);
