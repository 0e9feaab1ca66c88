import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTextModel } from '../../src/moderation/model/load-text-model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const TRAIN = resolve(PACKAGE_ROOT, 'dist/train/index.js');
const dir = mkdtempSync(join(tmpdir(), 'aboutmod-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Meta {
  spec: { charMin: number };
  training: { slice: number; rows: number; rowsPerSet: Record<string, number> };
}

/** `npm run train` as a user runs it (the built script), on a small slice of every training set. */
function train(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [TRAIN, ...args], { cwd: PACKAGE_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run train', () => {
  it('trains on a slice and writes a model the scorer loads; the same data gives the same bytes', async () => {
    const first = await train('--slice', '200', '--out', join(dir, 'a/model.json'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/wrote .*model\.json/);

    const model = loadTextModel(join(dir, 'a/model.json'));
    expect(model.id).toMatch(/^text-model:v2:[0-9a-f]{12}$/);
    const p = model.predict('I will find you and hurt you, you worthless idiot.');
    expect(Object.keys(p).sort()).toEqual(['harassment', 'hate', 'illicit', 'profanity', 'self-harm', 'sexual', 'violence']);
    for (const v of Object.values(p)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }

    const meta = JSON.parse(readFileSync(join(dir, 'a/model.json'), 'utf8')) as Meta;
    expect(meta.training.slice).toBe(200);
    // v2 reads 16 sets: every one but the two ShareAlike ones (docs/quality.md).
    expect(Object.keys(meta.training.rowsPerSet)).toHaveLength(16);
    expect(meta.training.rowsPerSet).not.toHaveProperty('told-br');
    expect(meta.training.rowsPerSet).not.toHaveProperty('stormfront-hate');
    expect(meta.training.rowsPerSet).toHaveProperty('cold');
    expect(meta.spec.charMin).toBe(2);

    const second = await train('--slice', '200', '--out', join(dir, 'b/model.json'), '--quiet');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(readFileSync(join(dir, 'b/model.bin')).equals(readFileSync(join(dir, 'a/model.bin')))).toBe(true);
    expect(loadTextModel(join(dir, 'b/model.json')).id).toBe(model.id);
  });

  it('--model v1 trains the English recipe; --with-share-alike adds the CC BY-SA sets for a measurement', async () => {
    const v1 = await train('--model', 'v1', '--slice', '100', '--out', join(dir, 'd/model.json'), '--quiet');
    expect(v1.code).toBe(0);
    const meta = JSON.parse(readFileSync(join(dir, 'd/model.json'), 'utf8')) as Meta;
    expect(loadTextModel(join(dir, 'd/model.json')).id).toMatch(/^text-model:v1:/);
    expect(Object.keys(meta.training.rowsPerSet)).toHaveLength(12);
    expect(meta.spec.charMin).toBe(3);

    const sa = await train('--slice', '100', '--with-share-alike', '--out', join(dir, 'e/model.json'), '--quiet');
    expect(sa.code).toBe(0);
    const saMeta = JSON.parse(readFileSync(join(dir, 'e/model.json'), 'utf8')) as Meta;
    expect(Object.keys(saMeta.training.rowsPerSet)).toHaveLength(18);
  });

  it('a bad option is one line on stderr and exit 1, nothing written', async () => {
    const result = await train('--slice', 'many', '--out', join(dir, 'c/model.json'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('train: --slice expects a positive whole number, got "many"');
    expect(() => readFileSync(join(dir, 'c/model.json'))).toThrow();
    const model = await train('--model', 'v3', '--out', join(dir, 'c/model.json'));
    expect(model.code).toBe(1);
    expect(model.stderr.trim()).toBe('train: --model expects one of v1, v2, got "v3"');
  });
});
