import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/ricos/index.js';
import { BIN } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { STORE_KINDS, useStoreKind } from '../helpers/store-contract.js';
import { liveAbout, scan, scanSetup } from '../worker/helpers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/**
 * A restore is one PATCH and then one store write. A rescan that reads the About between the two (serve
 * does, on the restore's own webhook) sees the original live under a still-`replaced` item and no
 * restored revision, so it flags the original again: the store accepts the decision (its revision is
 * newer than the placeholder's) and the placeholder goes back up over the reviewer's restore.
 */
describe.each(STORE_KINDS)('a rescan between a restore\'s PATCH and its store write (%s store)', (kind) => {
  const storeSetting = useStoreKind(kind);

  it('does not undo the restore, and the restore command does not fail', { timeout: 120_000 }, async () => {
    const em = await startEmulatorProcess(['--seed', 'bulk:1:1']);
    stops.push(() => em.stop());
    const { dir, config } = await scanSetup(em.url, { store: { kind } });
    const store = storeSetting(dir, em.env);
    const env = { ...em.env, ...store.env };
    const control = (path: string, body: object = {}) => fetch(`${em.url}/_emulator/${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);
    await scan(config, env);
    const [item] = await store.readItems();
    expect(item).toMatchObject({ status: 'replaced', placeholderRevision: '2' });

    // The restore's PATCH waits at the emulator's gate; the command is paused (SIGSTOP) while it waits,
    // so the PATCH lands (revision 3) and the command only writes the store once it is resumed.
    await control('hold-updates', { count: 1 });
    const restore = spawn(process.execPath, [BIN, 'review', 'restore', item!.id, '--config', config], {
      env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    restore.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => restore.once('exit', resolve));
    stops.push(async () => restore.kill('SIGKILL'));
    const gate = async () => (await (await fetch(`${em.url}/_emulator/hold-updates`)).json()) as { waiting: number };
    while ((await gate()).waiting < 1) await sleep(20);
    restore.kill('SIGSTOP');
    await control('release-updates');
    expect((await liveAbout(em.url, item!.aboutId)).revision).toBe('3');

    // The rescan serve runs on the restore's webhook, here as a scan of that About.
    await scan(config, env, ['--only', item!.aboutId]);
    restore.kill('SIGCONT');
    const code = await exited;

    const live = await liveAbout(em.url, item!.aboutId);
    expect({ code, stderr: stderr.trim(), placeholder: isPlaceholder(live.content) }).toEqual({ code: 0, stderr: '', placeholder: false });
  });
});
