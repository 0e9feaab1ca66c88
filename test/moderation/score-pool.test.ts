import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { liveAbout, scan, scanSetup } from '../worker/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aboutmod-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}
const config = (local: object, policy: object = {}) => file(`config-${JSON.stringify(local).replace(/\W/g, '')}.json`, JSON.stringify({ scorer: { local }, policy }));

/** A Ricos document of one paragraph, as Wix stores an About. */
function ricos(text: string): Record<string, unknown> {
  return { nodes: [{ type: 'PARAGRAPH', id: 'p1', paragraphData: {}, nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }] }] };
}

/**
 * A member-like About far heavier than any real one: megabytes of ordinary sentences. The local scorer
 * takes over a second on it even in a warm thread on an idle machine (8 MB took 0.65 s after session 11's
 * work), a normal About at most a few tens of ms the first time it wakes a lazily built table: a deadline
 * between the two, a few times from each, tells them apart on a loaded machine too.
 */
const HEAVY_BYTES = 16_000_000;
const heavy = () => ricos('I teach ceramics in Leeds and love long walks by the river with my dog. '.repeat(HEAVY_BYTES / 72));
const DEADLINE = { deadlineMs: 400 };
const overdue = (line: number) => `line ${line}: local scorer: the document was not scored within ${DEADLINE.deadlineMs} ms (scorer.local.deadlineMs)`;
const BIG_DOCS = { maxDocumentBytes: 20_000_000 };

const TEXTS = [
  'Potter from Leeds. Commissions open.',
  'You are all worthless pieces of shit.',
  'Mail me at jo.smith@example.com or call +44 20 7946 0958',
  'Gardener, baker, grandmother of four.',
  'kys loser, nobody wants you here',
];

describe('the scoring pool (scorer.local.threads)', () => {
  it('score --jsonl on two threads gives the verdicts of the main thread, line for line, in input order', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => (i % 37 === 5 ? '{"nodes": "oops"}' : JSON.stringify(ricos(`${TEXTS[i % TEXTS.length]} #${i}`))));
    const input = file('many.jsonl', `${lines.join('\n')}\n`);
    const pooled = await runCli(['score', '--jsonl', input, '--config', config({ threads: 2 })]);
    const main = await runCli(['score', '--jsonl', input, '--config', config({ threads: 0 })]);
    expect(main.code).toBe(2);
    expect(pooled.code).toBe(2);
    expect(pooled.stderr).toBe(main.stderr);
    const out = pooled.stdout.trim().split('\n');
    expect(out).toHaveLength(300);
    expect(pooled.stdout).toBe(main.stdout);
    expect(JSON.parse(out[1]!).flagged).toBe(true);
    expect(JSON.parse(out[5]!).error).toMatch(/^line 6: /);
  });

  it('a document not scored within scorer.local.deadlineMs is one line on stderr, exit 1, no verdict', async () => {
    const doc = file('heavy-one.json', JSON.stringify(ricos('I teach ceramics in Leeds. '.repeat(20_000))));
    const r = await runCli(['score', doc, '--config', config({ deadlineMs: 1 })]);
    expect(r.stderr).toBe('aboutmod: local scorer: the document was not scored within 1 ms (scorer.local.deadlineMs)\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('score --jsonl: a line past its deadline answers an error on its own line, the thread is replaced and the next lines are scored', async () => {
    const input = file('overdue.jsonl', [ricos(TEXTS[0]!), heavy(), ricos(TEXTS[1]!), ricos(TEXTS[2]!)].map((d) => JSON.stringify(d)).join('\n'));
    const r = await runCli(['score', '--jsonl', input, '--config', config({ threads: 1, ...DEADLINE }, BIG_DOCS)]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { flagged?: boolean; error?: string; reasons?: { category: string }[] });
    expect(out).toHaveLength(4);
    expect(out[0]!.flagged).toBe(false);
    expect(out[1]!.error).toBe(overdue(2));
    expect(out[2]!.reasons!.map((x) => x.category)).toContain('harassment');
    expect(out[3]!.reasons!.map((x) => x.category)).toContain('contact-info');
    expect(r.stderr).toBe('aboutmod: 1 of 4 lines could not be scored (their output lines hold {"error": ...})\n');
    expect(r.code).toBe(1);
  });

  it('score --jsonl: a document past its deadline in a batch fails alone; the documents batched with it get their verdicts, in order', async () => {
    // Five lines reach the thread as a batch while it starts; the next two (the first of them spans two
    // of the reader's chunks: 70 kB of JSON whitespace, quick to score even on a loaded machine) wait and
    // go with the heavy line when it has been read: a batch that holds documents before the heavy one
    // (scored, their answers not sent when the thread is ended) and after it.
    const before = [0, 1, 2, 3, 4].map((i) => JSON.stringify(ricos(`${TEXTS[i]!} #${i}`)));
    const between = [JSON.stringify(ricos(TEXTS[0]!)).replace('{', `{${' '.repeat(70_000)}`), JSON.stringify(ricos(TEXTS[1]!))];
    const after = [2, 3, 4].map((i) => JSON.stringify(ricos(`${TEXTS[i]!} after`)));
    const lines = (docs: string[]) => `${docs.join('\n')}\n`;
    const input = file('batched-overdue.jsonl', lines([...before, ...between, JSON.stringify(heavy()), ...after]));
    const r = await runCli(['score', '--jsonl', input, '--config', config({ threads: 1, ...DEADLINE }, BIG_DOCS)]);
    const main = await runCli(['score', '--jsonl', file('batched-light.jsonl', lines([...before, ...between, ...after])), '--config', config({ threads: 0 })]);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(11);
    expect(out[7]).toBe(JSON.stringify({ error: overdue(8) }));
    expect(out.filter((_, i) => i !== 7)).toEqual(main.stdout.trim().split('\n'));
    expect(JSON.parse(out[6]!).flagged).toBe(true);
    expect(JSON.parse(out[8]!).reasons.map((x: { category: string }) => x.category)).toContain('contact-info');
    expect(r.stderr).toBe('aboutmod: 1 of 11 lines could not be scored (their output lines hold {"error": ...})\n');
    expect(r.code).toBe(1);
  });

  it('scan: where documents are scored is not part of the scorer, so switching the pool off rescores nothing', async () => {
    const em = await startEmulatorProcess(['--seed', 'bulk:40']);
    const setup = await scanSetup(em.url, { scorer: { local: { threads: 2 } } });
    try {
      expect((await scan(setup.config, em.env)).summary).toMatchObject({ scanned: 40, skipped: 0 });
      writeFileSync(setup.config, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: setup.storePath }, scorer: { local: { threads: 0 } } }));
      expect((await scan(setup.config, em.env)).summary).toMatchObject({ scanned: 40, skipped: 40 });
    } finally {
      await em.stop();
      rmSync(setup.dir, { recursive: true, force: true });
    }
  });

  it('scan: an About past its deadline is left as it is and counted in errors, every other About is decided', async () => {
    const em = await startEmulatorProcess(['--seed', 'bulk:30:0.2']);
    const setup = await scanSetup(em.url);
    try {
      writeFileSync(setup.config, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: setup.storePath }, policy: BIG_DOCS, scorer: { local: DEADLINE } }));
      const heavyId = 'b0000000-0000-4000-8000-000000000002';
      const edit = await fetch(`${em.url}/_emulator/member-edit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId: heavyId, content: heavy() }) });
      expect(edit.status).toBe(200);
      const before = await liveAbout(em.url, heavyId);

      const { summary } = await scan(setup.config, em.env);
      expect(summary.scanned).toBe(30);
      expect(summary.errors).toBe(1);
      expect(summary.flagged).toBeGreaterThan(0);
      expect(summary.replaced).toBe(summary.flagged);
      expect(await liveAbout(em.url, heavyId)).toEqual(before);

      // No verdict was recorded for it, so the next scan tries it again; the others are known. One heavy
      // document is that document's problem, not the scorer being down: the scan still exits 0.
      const again = await runCli(['scan', '--json', '--config', setup.config], { env: em.env });
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout.trim().split('\n').at(-1)!)).toMatchObject({ scanned: 30, skipped: 29, errors: 1, scorerUnavailable: false });
    } finally {
      await em.stop();
      rmSync(setup.dir, { recursive: true, force: true });
    }
  });
});
