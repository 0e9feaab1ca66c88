import type { SetResult } from './evaluate.js';
import type { Figures } from './metrics.js';

const pct = (x: number) => x.toFixed(2);

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
  const lines = [`${`${set} ${set === 'hatecheck' ? 'functionality' : 'kind'}`.padEnd(26)} ${'n'.padStart(5)} ${mine.map((r) => r.predictor.padStart(10)).join(' ')}  (accuracy)`];
  for (const g of groups) {
    lines.push(`${g.padEnd(26)} ${String(mine[0]!.byGroup[g]!.n).padStart(5)} ${mine.map((r) => pct(r.byGroup[g]?.accuracy ?? 0).padStart(10)).join(' ')}`);
  }
  return lines.join('\n');
}

export interface Goal {
  text: string;
  met: boolean;
}

/** The quality goals for the local scorer with the default policy. */
export function goals(results: readonly SetResult[], predictor: string): Goal[] {
  const get = (set: string) => results.find((r) => r.set === set && r.predictor === predictor);
  const out: Goal[] = [];
  const om = get('openai-moderation')?.overall;
  if (om) out.push({ text: `openai-moderation MCC ${pct(om.mcc)} >= 0.60 at FPR ${pct(om.fpr)} <= 0.10`, met: om.mcc >= 0.6 && om.fpr <= 0.1 });
  const st = get('surge-toxicity')?.overall;
  if (st) out.push({ text: `surge-toxicity recall ${pct(st.recall)} >= 0.50 at precision ${pct(st.precision)} >= 0.85`, met: st.recall >= 0.5 && st.precision >= 0.85 });
  const hc = get('hatecheck');
  if (hc) {
    const spell = Object.entries(hc.byGroup).filter(([g]) => g.startsWith('spell_'));
    const worst = Math.min(...spell.map(([, f]) => f.accuracy));
    out.push({ text: `hatecheck MCC ${pct(hc.overall.mcc)} > 0, every spell_* accuracy >= 0.60 (lowest ${pct(worst)})`, met: hc.overall.mcc > 0.1 && worst >= 0.6 });
  }
  const ph = get('phishing-urls')?.overall;
  if (ph) out.push({ text: `phishing-urls recall ${pct(ph.recall)} >= 0.50 at FPR ${pct(ph.fpr)} <= 0.03`, met: ph.recall >= 0.5 && ph.fpr <= 0.03 });
  return out;
}
