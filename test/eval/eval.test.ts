import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { lexiconPredictor, wordListBaseline } from '../../src/eval/baseline.js';
import { loadAbouts, loadMultilingualHateCheck, textDocument, type EvalSet } from '../../src/eval/datasets.js';
import { evaluate, scorerPredictor, type SetResult } from '../../src/eval/evaluate.js';
import { figures } from '../../src/eval/metrics.js';
import { goals } from '../../src/eval/report.js';
import { createScorer } from '../../src/moderation/scorers.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { runShell } from '../helpers/cli.js';

const abouts = loadAbouts(join(PACKAGE_ROOT, 'src', 'eval', 'abouts.jsonl'));

describe('eval metrics', () => {
  it('precision, recall, FPR and MCC from counts', () => {
    const f = figures({ tp: 6, fp: 2, fn: 4, tn: 8 });
    expect(f.precision).toBe(0.75);
    expect(f.recall).toBe(0.6);
    expect(f.fpr).toBe(0.2);
    expect(f.mcc).toBeCloseTo((6 * 8 - 2 * 4) / Math.sqrt(8 * 10 * 10 * 12), 12);
    expect(f.n).toBe(20);
  });

  it('flagging everything scores MCC 0 however flattering F1 is (why MCC is reported)', () => {
    const f = figures({ tp: 84, fp: 16, fn: 0, tn: 0 });
    expect(f.f1).toBeGreaterThan(0.9);
    expect(f.mcc).toBe(0);
  });
});

describe('our labeled Abouts (src/eval/abouts.jsonl)', () => {
  it('at least 300 Ricos documents that flatten, about half harmful, each with a reason and a language', () => {
    expect(abouts.cases.length).toBeGreaterThanOrEqual(300);
    const harmful = abouts.cases.filter((c) => c.flag).length / abouts.cases.length;
    expect(harmful).toBeGreaterThan(0.4);
    expect(harmful).toBeLessThan(0.6);
    for (const c of abouts.cases) {
      expect(c.doc.segments.length, c.id).toBeGreaterThan(0);
      expect(c.note, c.id).toMatch(/\S/);
    }
    expect(new Set(abouts.cases.map((c) => c.id)).size).toBe(abouts.cases.length);
  });

  it('every supported language has harmful and innocent rows, the main nine at least ten of each', () => {
    const count = (lang: string, flag: boolean) => abouts.cases.filter((c) => c.lang === lang && c.flag === flag).length;
    for (const lang of ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru']) {
      expect(count(lang, true), lang).toBeGreaterThanOrEqual(10);
      expect(count(lang, false), lang).toBeGreaterThanOrEqual(8);
    }
    for (const lang of ['ar', 'zh', 'ja', 'hi', 'tr']) {
      expect(count(lang, true), lang).toBeGreaterThanOrEqual(5);
      expect(count(lang, false), lang).toBeGreaterThanOrEqual(5);
    }
  });

  it('harmful words hide in every place a member can put them, and innocent rows span titles, idioms, self-talk, topics, look-alikes', () => {
    const places = new Set(abouts.cases.filter((c) => c.flag).flatMap((c) => c.doc.segments.map((s) => s.place.split(' behind ')[0]!)));
    for (const place of ['image alt text', 'image caption', 'button label', 'link preview title', 'poll option', 'table cell', 'HTML embed', 'list item', 'heading']) {
      expect([...places].some((p) => p.includes(place)), place).toBe(true);
    }
    const kinds = new Set(abouts.cases.filter((c) => !c.flag).map((c) => c.group));
    expect([...kinds].sort()).toEqual(['idiom', 'look-alike', 'self', 'title', 'topic']);
  });

  it('the rules beat the plain word-list baseline on them (what the rules are for)', async () => {
    const rules = createScorer(parseConfig({ scorer: { local: { model: false } } }), { configDir: PACKAGE_ROOT });
    const mine = await evaluate(abouts, scorerPredictor('rules', rules), true);
    const baseline = await evaluate(abouts, wordListBaseline(), false);
    expect(mine.overall.mcc).toBeGreaterThan(baseline.overall.mcc);
  });

  it('the curated lexicons catch harmful rows in every language and remove no innocent one but the members who swear at or mock themselves (the scorer reads who is aimed at); the raw lists remove 38', async () => {
    const lexicons = lexiconPredictor();
    const raw = wordListBaseline();
    const falseRemovals: string[] = [];
    let rawFalseRemovals = 0;
    const caught = new Set<string>();
    for (const c of abouts.cases) {
      const hit = (await lexicons.predict(c)).flagged;
      if (hit && !c.flag) falseRemovals.push(`${c.id} ${c.note}`);
      if (hit && c.flag) caught.add(c.lang!);
      if (!c.flag && (await raw.predict(c)).flagged) rawFalseRemovals++;
    }
    expect(falseRemovals.map((row) => row.split(' ')[0])).toEqual(['abouts/70', 'd3-tr-09', 's18-ar-self-mockery', 's18-ja-self-mockery', 's18-zh-self-mockery', 's18-es-exclamation']);
    expect(rawFalseRemovals).toBe(38);
    expect([...caught].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'hi', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'tr', 'zh']);
  });

  it('a set that labels hate only is scored on our hate categories; swearing and an insult at one person are neither its false alarms nor its catches', async () => {
    const texts: [string, boolean][] = [
      ['Fuck yeah, what a game that was!', false],
      ['My landlord is a worthless piece of shit.', false],
      ['I despise immigrants, every one of them.', true],
      ['Ich hasse alle Ausländer.', true],
      ['We run a bakery in the old town.', false],
    ];
    const cases = texts.map(([text, flag], i) => ({ id: `t${i}`, raw: text, doc: textDocument(text), flag, labels: {} }));
    const rules = createScorer(parseConfig({ scorer: { local: { model: false } } }), { configDir: PACKAGE_ROOT });
    const asHate = await evaluate({ name: 'hate-only', categories: {}, harm: ['hate', 'hate/threatening'], cases }, scorerPredictor('local', rules), false);
    const asAny = await evaluate({ name: 'any', categories: {}, cases }, scorerPredictor('local', rules), false);
    expect(asAny.overall.fp).toBe(2);
    expect(asAny.anyFlag).toBeUndefined();
    expect(asHate.overall).toMatchObject({ fp: 0, tn: 3, tp: 2 });
    expect(asHate.anyFlag).toEqual(asAny.overall);
  });

  it('goals read the figures of the named predictor', async () => {
    const texts: [string, boolean][] = [['You are a worthless idiot.', true], ['Fuck off and stay off my page.', true], ['I make bowls and mugs.', false], ['Hiker and potter.', false]];
    const cases = texts.map(([text, flag], i) => ({ id: `t${i}`, raw: text, doc: textDocument(text), flag, labels: {} }));
    const set: EvalSet = { name: 'surge-toxicity', categories: {}, cases };
    const rules = createScorer(parseConfig({ scorer: { local: { model: false } } }), { configDir: PACKAGE_ROOT });
    const result = await evaluate(set, scorerPredictor('local', rules), false);
    expect(goals([result], 'local')).toEqual([{ text: 'surge-toxicity recall 1.00 >= 0.60 at precision 1.00 >= 0.90', met: true }]);
  });
});

/** `npm run eval` as a user runs it (the built script), on the sets named. */
const runEval = (args: string) => runShell(`node dist/eval/index.js ${args}`);

describe('npm run eval, per language', () => {
  it('Multilingual HateCheck loads with its ten languages and functionalities', () => {
    const mhc = loadMultilingualHateCheck(join(SHARED_DIR, 'eval'))!;
    expect(mhc.cases.length).toBe(17_707);
    expect([...new Set(mhc.cases.map((c) => c.lang))].sort()).toEqual(['ar', 'de', 'es', 'fr', 'hi', 'it', 'nl', 'pl', 'pt', 'zh']);
    expect(mhc.cases.every((c) => c.group && c.doc.segments[0]!.value === c.raw)).toBe(true);
  });

  it('prints a table per language for our Abouts, with each predictor and how often the language detector agrees', async () => {
    const { code, stdout, stderr } = await runEval("--set 'abouts (ours)'");
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const table = stdout.slice(stdout.indexOf('abouts (ours) by language'));
    expect(table.split('\n')[0]).toMatch(/abouts \(ours\) by language\s+n\s+detected \|\s+local \|\s+rules \|\s+model \|\s+lexicons \|\s+word list/);
    for (const lang of ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'ar', 'zh', 'ja', 'hi', 'tr']) expect(table).toMatch(new RegExp(`\\n${lang} +\\d+ +[01]\\.\\d\\d \\| `));
    expect(stdout).toMatch(/(not met|met) +abouts \(ours\) recall >= 0\.90 and false removals <= 0\.03 in every language/);
  });

  it('--json gives the figures per language and the detector agreement; a bad --model is one line and exit 1', async () => {
    const { code, stdout } = await runEval("--set 'abouts (ours)' --json --model v1");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { results: SetResult[]; detected: Record<string, Record<string, number>> };
    const local = out.results.find((r) => r.predictor === 'local')!;
    expect(Object.values(local.byLanguage).reduce((n, f) => n + f.n, 0)).toBe(abouts.cases.length);
    // A script of its own is detected on every row; English, in Latin letters like most, on most rows.
    expect(out.detected['abouts (ours)']!.ar).toBe(1);
    expect(out.detected['abouts (ours)']!.en).toBeGreaterThan(0.75);

    const bad = await runEval("--set 'abouts (ours)' --model v9");
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('eval: --model expects one of v1, v2, got "v9"');
  });
});
