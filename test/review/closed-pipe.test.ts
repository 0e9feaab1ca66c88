import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { openReviewStore, type NewReviewItem } from '../../src/review/index.js';
import { BIN } from '../helpers/cli.js';

/**
 * `aboutmod review list --json | head -1`: the reader leaves before the writer is done. The command
 * must end quietly with exit 0, as any Unix tool does, not with an EPIPE stack trace.
 */
let dir: string;
let config: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aboutmod-pipe-'));
  config = join(dir, 'config.json');
  const storePath = join(dir, 'review.json');
  await writeFile(config, JSON.stringify({ store: { path: storePath } }));
  const store = await openReviewStore(storePath);
  // Enough items that an export fills the pipe many times over, all replaced (nothing for recovery to ask Wix).
  const added = await store.addPending(Array.from({ length: 3000 }, (_, i): NewReviewItem => ({
    aboutId: `about-${i}`, memberId: `member-${i}`,
    original: { revision: '1', content: { nodes: [{ type: 'PARAGRAPH', id: 'p', nodes: [{ type: 'TEXT', textData: { text: `bio ${i} `.repeat(40) } }] }] } },
    reasons: [{ category: 'profanity', score: 0.9, source: 'local:test', evidence: [] }],
    scorer: 'local:test',
  })), 'aboutmod');
  await Promise.all(added.map((item) => store.transition(item.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' })));
  await store.close();
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Runs the CLI with its stdout a pipe whose reader goes away: at once (`closeAfter` 0), or after that
 * many bytes were read, like `head -c`.
 */
function withReaderGone(args: string[], closeAfter: number): Promise<{ code: number | null; signal: string | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, '--config', config], {
      cwd: PACKAGE_ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    if (closeAfter === 0) child.stdout.destroy();
    else {
      child.stdout.on('data', (d: Buffer) => {
        read += d.length;
        if (read >= closeAfter) child.stdout.destroy();
      });
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, read });
    });
  });
}

describe('a closed output pipe ends the command quietly', () => {
  it('review list --json whose reader is gone before it writes: exit 0, nothing on stderr', async () => {
    const r = await withReaderGone(['review', 'list', '--json'], 0);
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, signal: null });
  });

  it('review export (waits for the pipe to drain) cut off after its first lines: exit 0, nothing on stderr', async () => {
    const r = await withReaderGone(['review', 'export'], 100_000);
    expect(r.read).toBeGreaterThanOrEqual(100_000);
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, signal: null });
  });
});
