import type { SetResult } from './evaluate.js';
import type { Figures } from './metrics.js';

// Rounded to two places; a figure that rounds to zero prints as 0.00, never -0.00.
const pct = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2);

function row(name: string, predictor: string, f: Figures): string {
  return `${name.padEnd(26)} ${predictor.padEnd(10)} ${String(f.n).padStart(5)} ${pct(f.precision).padStart(5)} ${pct(f.recall).padStart(6)} ${pct(f.fpr).padStart(5)} ${pct(f.mcc).padStart(5)} ${pct(f.f1).padStart(5)}`;
}

/** One compact table: per set the scorer and the baseline, then the scorer per labeled category. */
export function resultsTable(results: readonly SetResult[]): string {
  const lines = [`${'set / category'.padEnd(26)} ${'scorer'.padEnd(10)} ${'n'.padStart(5)} ${'prec'.padStart(5)} ${'recall'.padStart(6)} ${'FPR'.padStart(5)} ${'MCC'.padStart(5)} ${'F1'.padStart(5)}`];
  const sets = [...new Set(results.map((r) => r.set))];
  for (const set of sets) {
    const mine = results.filter((r) => r.set === set);
    for (const r of mine) lines.push(row(set, r.predictor, r.overall));
    // A set scored on one harm also shows the reading that counts any flag, so both stay visible.
    for (const r of mine) if (r.anyFlag) lines.push(row(`  ${set} (any flag)`, r.predictor, r.anyFlag));
    const labeled = mine.find((r) => Object.keys(r.byLabel).length > 0);
    if (labeled) for (const [label, f] of Object.entries(labeled.byLabel)) lines.push(row(`  ${label}`, labeled.predictor, f));
  }
  return lines.join('\n');
}

/** Accuracy per sub-group (HateCheck functionality), one column per predictor. */
export function groupTable(set: string, results: readonly SetResult[]): string {
  const mine = results.filter((r) => r.set === set && Object.keys(r.byGroup).length > 0);
  if (mine.length === 0) return '';
  const groups = Object.keys(mine[0]!.byGroup).sort();
  const lines = [`${`${set} ${set === 'abouts (ours)' ? 'kind' : 'functionality'}`.padEnd(26)} ${'n'.padStart(5)} ${mine.map((r) => r.predictor.padStart(10)).join(' ')}  (accuracy)`];
  for (const g of groups) {
    lines.push(`${g.padEnd(26)} ${String(mine[0]!.byGroup[g]!.n).padStart(5)} ${mine.map((r) => pct(r.byGroup[g]?.accuracy ?? 0).padStart(10)).join(' ')}`);
  }
  return lines.join('\n');
}

/**
 * Per language of a set that tags it: for each predictor MCC, recall and false-positive rate; and how
 * often the language detector (franc-min) names the tagged language (`detected`: share of rows).
 */
export function languageTable(set: string, results: readonly SetResult[], detected: Record<string, number>): string {
  const mine = results.filter((r) => r.set === set && Object.keys(r.byLanguage).length > 0);
  if (mine.length === 0) return '';
  const languages = Object.keys(mine[0]!.byLanguage).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const cell = (f: Figures | undefined) => (f ? `${pct(f.mcc).padStart(5)} ${pct(f.recall)} ${pct(f.fpr)}` : '').padStart(15);
  const lines = [
    `${`${set} by language`.padEnd(26)} ${'n'.padStart(5)} ${'detected'.padStart(8)} | ${mine.map((r) => r.predictor.padStart(15)).join(' | ')}`,
    `${''.padEnd(26)} ${''.padStart(5)} ${''.padStart(8)} | ${mine.map(() => '  MCC  rec  FPR').join(' | ')}`,
  ];
  for (const lang of languages) {
    const n = mine[0]!.byLanguage[lang]!.n;
    lines.push(`${lang.padEnd(26)} ${String(n).padStart(5)} ${pct(detected[lang] ?? 0).padStart(8)} | ${mine.map((r) => cell(r.byLanguage[lang])).join(' | ')}`);
  }
  return lines.join('\n');
}

/**
 * A set split by template ((Multilingual) HateCheck): each predictor's MCC / recall / FPR on part A (what
 * rules were built looking at) and part B (only measured), overall and per language. A figure that
 * drops from A to B was memorised.
 */
export function partTable(set: string, results: readonly SetResult[]): string {
  const mine = results.filter((r) => r.set === set && Object.keys(r.byPart).length > 0);
  if (mine.length === 0) return '';
  const cell = (f: Figures | undefined) => (f ? `${pct(f.mcc).padStart(5)} ${pct(f.recall)} ${pct(f.fpr)}` : '').padStart(15);
  const languages = [...new Set(Object.keys(mine[0]!.byPartLanguage).map((k) => k.split(' ')[1]!))].sort();
  const lines = [
    `${`${set} by part (A built on)`.padEnd(26)} ${mine.map((r) => `${r.predictor} A`.padStart(15) + ' |' + `${r.predictor} B`.padStart(15)).join(' | ')}`,
    `${''.padEnd(26)} ${mine.map(() => '  MCC  rec  FPR |  MCC  rec  FPR').join(' | ')}`,
  ];
  const line = (name: string, a: (r: SetResult) => Figures | undefined, b: (r: SetResult) => Figures | undefined) =>
    `${name.padEnd(26)} ${mine.map((r) => `${cell(a(r))} |${cell(b(r))}`).join(' | ')}`;
  lines.push(line('all', (r) => r.byPart.A, (r) => r.byPart.B));
  for (const lang of languages) lines.push(line(lang, (r) => r.byPartLanguage[`A ${lang}`], (r) => r.byPartLanguage[`B ${lang}`]));
  return lines.join('\n');
}

export interface Goal {
  text: string;
  met: boolean;
}

/** Issue 17's quality goals for the local scorer with the default policy (dev halves: tuning figures). */
export function goals(results: readonly SetResult[], predictor: string): Goal[] {
  const get = (set: string) => results.find((r) => r.set === set && r.predictor === predictor);
  const out: Goal[] = [];
  const mhc = get('mhc');
  if (mhc) {
    const low = worst(mhc.byLanguage, 'mcc');
    const parts = mhc.byPart.A && mhc.byPart.B ? `; part A ${pct(mhc.byPart.A.mcc)}, part B ${pct(mhc.byPart.B.mcc)}` : '';
    out.push({ text: `mhc MCC ${pct(mhc.overall.mcc)} >= 0.60, every language >= 0.50 (lowest ${pct(low.value)}, ${low.key}${parts})`, met: mhc.overall.mcc >= 0.6 && low.value >= 0.5 });
  }
  const hc = get('hatecheck');
  if (hc) {
    const low = worst(hc.byGroup, 'accuracy');
    const parts = hc.byPart.A && hc.byPart.B ? `; part A ${pct(hc.byPart.A.mcc)}, part B ${pct(hc.byPart.B.mcc)}` : '';
    out.push({ text: `hatecheck MCC ${pct(hc.overall.mcc)} >= 0.50, every functionality accuracy >= 0.50 (lowest ${pct(low.value)}, ${low.key}${parts})`, met: hc.overall.mcc >= 0.5 && low.value >= 0.5 });
  }
  const om = get('openai-moderation')?.overall;
  if (om) out.push({ text: `openai-moderation MCC ${pct(om.mcc)} >= 0.65 at FPR ${pct(om.fpr)} <= 0.10`, met: om.mcc >= 0.65 && om.fpr <= 0.1 });
  const st = get('surge-toxicity')?.overall;
  if (st) out.push({ text: `surge-toxicity recall ${pct(st.recall)} >= 0.60 at precision ${pct(st.precision)} >= 0.90`, met: st.recall >= 0.6 && st.precision >= 0.9 });
  const ph = get('phishing-urls')?.overall;
  if (ph) out.push({ text: `phishing-urls recall ${pct(ph.recall)} >= 0.60 at FPR ${pct(ph.fpr)} <= 0.02`, met: ph.recall >= 0.6 && ph.fpr <= 0.02 });
  const ours = get('abouts (ours)');
  if (ours) {
    const recall = worst(ours.byLanguage, 'recall');
    const fpr = worst(ours.byLanguage, 'fpr');
    out.push({
      text: `abouts (ours) recall >= 0.90 and false removals <= 0.03 in every language (lowest recall ${pct(recall.value)}, ${recall.key}; highest FPR ${pct(fpr.value)}, ${fpr.key})`,
      met: recall.value >= 0.9 && fpr.value <= 0.03,
    });
  }
  return out;
}

/** The worst entry by one figure: the lowest, or the highest for a rate of errors. */
function worst(by: Record<string, Figures>, figure: 'mcc' | 'recall' | 'accuracy' | 'fpr'): { key: string; value: number } {
  const sign = figure === 'fpr' ? -1 : 1;
  return Object.entries(by).reduce((w, [key, f]) => (sign * f[figure] < sign * w.value ? { key, value: f[figure] } : w), { key: '-', value: sign * Infinity });
}
