import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { createScorer } from '../moderation/scorers.js';
import { detectLanguage } from '../moderation/lexicons/language.js';
import { localAblations } from '../moderation/model/local-ablations.js';
import { loadTextModel, TEXT_MODELS, type TextModelVersion } from '../moderation/model/load-text-model.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../paths.js';
import { runScript } from '../script.js';
import { lexiconPredictor, wordListBaseline } from './baseline.js';
import { loadAbouts, loadMultilingualHateCheck, loadPublicSets, type EvalSet } from './datasets.js';
import { evaluate, scorerPredictor, type SetResult } from './evaluate.js';
import { goals, groupTable, languageTable, partTable, resultsTable } from './report.js';

/**
 * `npm run eval`: the configured scorer (local by default) and a plain word-list baseline on the public
 * dev sets (SHARED_DIR/eval, Multilingual HateCheck included) and our own labeled Abouts
 * (src/eval/abouts.jsonl, through flatten). With the learned text model on, the rules alone and the
 * model alone are rows of their own, and so are the curated lexicons alone (in the scorer through
 * detect-lexicon.ts). Prints a table per set, per language and per sub-group, and the
 * goals. Options: --config PATH, --model v1|v2 (which shipped weights; default the scorer's), --json
 * (all figures as one JSON object), --set NAME (only that set; repeatable).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { config: { type: 'string' }, json: { type: 'boolean' }, set: { type: 'string', multiple: true }, model: { type: 'string' } },
  });
  if (values.model !== undefined && !(values.model in TEXT_MODELS)) {
    throw new Error(`--model expects one of ${Object.keys(TEXT_MODELS).join(', ')}, got "${values.model}"`);
  }
  const loaded = loadConfig(values.config);
  const config = loaded.config;
  const name = config.scorer.provider;
  const withModel = name === 'local' && config.scorer.local.model;
  // Loaded once for the scorer and its ablations.
  const textModel = withModel ? loadTextModel(values.model ? TEXT_MODELS[values.model as TextModelVersion] : undefined) : undefined;
  const scorer = createScorer(config, { configDir: loaded.dir, textModel });
  const predictors = [scorerPredictor(name, scorer)];
  // With the learned model on, the rules alone and the model alone as well: shows where the figures come from.
  if (textModel) {
    for (const half of localAblations(config, textModel)) predictors.push(scorerPredictor(half.name, half.scorer));
  }
  predictors.push(lexiconPredictor(), wordListBaseline());
  const evalDir = join(SHARED_DIR, 'eval');
  const sets = [...loadPublicSets(evalDir), loadMultilingualHateCheck(evalDir), loadAbouts(join(PACKAGE_ROOT, 'src', 'eval', 'abouts.jsonl'))]
    .filter((s): s is EvalSet => s !== undefined && (!values.set || values.set.includes(s.name)));
  const results: SetResult[] = [];
  const started = Date.now();
  for (const set of sets) {
    for (const p of predictors) results.push(await evaluate(set, p, p === predictors[0]));
  }
  const detected = Object.fromEntries(sets.map((s) => [s.name, detectionAgreement(s)]));
  if (values.json) {
    console.log(JSON.stringify({ scorer: scorer.id, results, detected, goals: goals(results, name) }));
    return;
  }
  console.log(`scorer ${scorer.id}, ${sets.reduce((n, s) => n + s.cases.length, 0)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s (dev halves: tuning figures)\n`);
  console.log(resultsTable(results));
  for (const set of sets) {
    const languages = languageTable(set.name, results, detected[set.name]!);
    if (languages) console.log(`\n${languages}`);
    const parts = partTable(set.name, results);
    if (parts) console.log(`\n${parts}`);
  }
  for (const set of ['hatecheck', 'mhc', 'abouts (ours)']) {
    const groups = groupTable(set, results);
    if (groups) console.log(`\n${groups}`);
  }
  console.log('\ngoals (local scorer, default policy):');
  for (const g of goals(results, name)) console.log(`  ${g.met ? 'met    ' : 'not met'} ${g.text}`);
}

/** Per tagged language: the share of rows whose language franc-min names the same. */
function detectionAgreement(set: EvalSet): Record<string, number> {
  const seen: Record<string, { rows: number; agree: number }> = {};
  for (const c of set.cases) {
    if (!c.lang) continue;
    const tally = (seen[c.lang] ??= { rows: 0, agree: 0 });
    tally.rows++;
    if (detectLanguage(c.raw) === c.lang) tally.agree++;
  }
  return Object.fromEntries(Object.entries(seen).map(([lang, t]) => [lang, t.agree / t.rows]));
}

runScript('eval', main);
