import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSiteProblems } from '../../src/emulator/demo-site.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, runShell } from '../helpers/cli.js';

/** The fenced sh block under the README's tour heading: the test runs exactly what a reader pastes. */
function tourScript(): string {
  const readme = readFileSync(resolve(PACKAGE_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## A five-minute tour'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md: no ```sh block under "## A five-minute tour"');
  return block[1]!;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe("the README's five-minute tour", () => {
  it('runs command by command in a fresh folder, with aboutmod on the PATH, and shows what the README says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aboutmod-tour-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'aboutmod'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    // The README's port may be taken on a test machine; any free one stands in for it.
    const script = tourScript().replaceAll('8787', String(await freePort()));
    const wrapped = [
      'set -e',
      // Which command failed, and no emulator left running whatever happens.
      'trap \'echo "tour failed at: $BASH_COMMAND" >&2\' ERR',
      'trap \'kill $(jobs -p) 2>/dev/null || true\' EXIT',
      script,
    ].join('\n');
    writeFileSync(join(dir, 'tour.sh'), wrapped);
    const work = join(dir, 'work');
    mkdirSync(work);
    const r = await runShell(`bash "${join(dir, 'tour.sh')}"`, {
      cwd: work,
      env: { PATH: `${bin}:${process.env.PATH}`, ABOUTMOD_CONFIG: '', WIX_API_KEY: '', WIX_SITE_ID: '', WIX_WEBHOOK_PUBLIC_KEY: '' },
      timeoutMs: 170_000,
    });
    expect(r.stderr).not.toContain('tour failed at');
    expect(r.code, r.stderr).toBe(0);
    // Every About on the demo site a human would remove, and nothing else.
    const problems = demoSiteProblems().length;
    expect(r.stdout).toMatch(new RegExp(`scanned 40 abouts .* ${problems} would be replaced \\(dry run, nothing written\\)`));
    expect(r.stdout).toMatch(new RegExp(`scanned 40 abouts .* ${problems} replaced`));
    expect(r.stdout).toMatch(/^restored \w+ \(About d0000000-0000-4000-8000-000000000020, revision 3\)$/m);
    expect(r.stdout).toMatch(/scanned 40 abouts .*40 skipped, 0 flagged/);
    expect(r.stdout).toContain('FLAGGED');
    const statuses = (JSON.parse((await runShell(`aboutmod review list --json --config aboutmod-tour/config.json`, { cwd: work, env: { PATH: `${bin}:${process.env.PATH}` } })).stdout) as { items: { status: string }[] }).items.map((i) => i.status);
    expect(statuses.filter((s) => s === 'restored')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(problems - 1);
  }, 180_000);
});
