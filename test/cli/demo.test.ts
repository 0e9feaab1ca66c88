import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSiteProblems } from '../../src/emulator/demo-site.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, runShell } from '../helpers/cli.js';

const DEMO = resolve(PACKAGE_ROOT, 'dist/demo/index.js');

/** `npm run demo [-- --keep DIR]` is `node dist/demo/index.js`: run directly, without npm's own output. */
function demo(args: string[], env?: NodeJS.ProcessEnv) {
  return runShell(`"${process.execPath}" "${DEMO}" ${args.map((a) => `'${a}'`).join(' ')}`, { env, timeoutMs: 90_000 });
}

describe('npm run demo', () => {
  it('with --keep DIR, every command it prints afterwards works, and it names what it missed', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'aboutmod-demo-test-')), 'kept');
    const r = await demo(['--keep', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['config.json', 'env', 'review.json', 'site.json']));
    // Each About a human would remove is in the queue or named as missed.
    const missedPart = r.stdout.slice(r.stdout.indexOf('\nThe demo site has'));
    for (const p of demoSiteProblems()) {
      const queued = r.stdout.includes(`about ${p.aboutId}  member`);
      expect(queued || missedPart.includes(`about ${p.aboutId} (${p.nickname}): ${p.problem}`), p.nickname).toBe(true);
    }
    // The printed steps, pasted into a shell as they are (bash: they define an alias and use a job).
    const steps = r.stdout.slice(r.stdout.indexOf('To go on as a reviewer')).split('\n').slice(1).filter((l) => l.startsWith('  ')).map((l) => l.slice(2));
    expect(steps.join('\n')).toMatch(/aboutmod review show \w+\n/);
    const id = /aboutmod review show (\w+)/.exec(steps.join('\n'))![1]!;
    const after = await runShell(`bash -O expand_aliases -e <<'STEPS'\n${steps.join('\n')}\nSTEPS`, { env: { WIX_API_KEY: '', WIX_SITE_ID: '', ABOUTMOD_CONFIG: '' } });
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain(`review item ${id}`);
    expect(after.stdout).toContain(`restored ${id}`);
    const list = await runCli(['review', 'list', '--status', 'restored', '--json', '--config', join(dir, 'config.json')]);
    expect((JSON.parse(list.stdout) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([id]);
  });

  it('without --keep it leaves nothing behind and says how to keep the site', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'aboutmod-demo-tmp-'));
    const r = await demo([], { TMPDIR: tmp });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('npm run demo -- --keep DIR');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a --keep folder that is not empty is refused in one line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aboutmod-demo-test-'));
    await runShell(`touch "${join(dir, 'something')}"`);
    const r = await demo(['--keep', dir]);
    expect({ code: r.code, stderr: r.stderr.trim() }).toEqual({ code: 2, stderr: `demo: --keep ${dir}: the folder is not empty (name a new or empty folder)` });
  });
});
