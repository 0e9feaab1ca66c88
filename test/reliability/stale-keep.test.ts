import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { STORE_KINDS, useStoreKind } from '../helpers/store-contract.js';
import { emulatorStats, liveAbout, scan, scanSetup } from '../worker/helpers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const text = (t: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text: t, decorations: [] } }], paragraphData: {} }] });

/**
 * Found by the soak (test/reliability/soak.test.ts): a scan decides "keep" from the review queue as it
 * read it when it started. Another process replacing an About meanwhile, then the member writing
 * something clean, leaves that item `replaced` for good: the first scan records a clean verdict for the
 * member's revision without superseding an item it never saw, and every later scan skips that revision
 * as unchanged.
 */
describe.each(STORE_KINDS)('a scan that started before another process replaced an About (%s store)', (kind) => {
  const storeSetting = useStoreKind(kind);

  it('still closes that item once the member has written clean content over the placeholder', { timeout: 120_000 }, async () => {
    const em = await startEmulatorProcess(['--seed', 'bulk:60:0']);
    stops.push(() => em.stop());
    const { dir, config } = await scanSetup(em.url, { wix: { pageSize: 2 }, store: { kind } });
    const store = storeSetting(dir, em.env);
    const env = { ...em.env, ...store.env };
    const control = (path: string, body: object) => fetch(`${em.url}/_emulator/${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const aboutId = 'b0000000-0000-4000-8000-00000000003c'; // the 60th About: on the slow scan's last page
    await control('member-edit', { aboutId, content: text('You are all fucking idiots.') });

    // Scan A: slow paging (30 pages, 1 s each), so the rest happens before it reaches the last page even
    // on a busy machine (20 pages were not always enough for scan B's process to start and finish).
    await control('faults', { latencyMs: 1000 });
    const slow = spawn(process.execPath, [BIN, 'scan', '--json', '--config', config], { env: { ...process.env, CI: 'true', ...env }, stdio: 'ignore' });
    const slowExit = new Promise<number | null>((resolve) => slow.once('exit', resolve));
    stops.push(async () => slow.kill('SIGKILL'));
    while (((await emulatorStats(em.url)).query ?? 0) < 1) await sleep(20);

    // Scan B replaces the About; then the member writes something clean over the placeholder.
    await scan(config, env, ['--only', aboutId]);
    expect((await store.readItems()).map((i) => i.status)).toEqual(['replaced']);
    await control('member-edit', { aboutId, content: text('I like gardening and tea.') });
    // Scan A has not asked for its last page yet (B made one query of its own), so it reads the clean edit.
    expect((await emulatorStats(em.url)).query).toBeLessThan(30);

    expect(await slowExit).toBe(0);
    await control('faults', { latencyMs: 0 });
    await scan(config, env);

    const live = await liveAbout(em.url, aboutId);
    expect(live.content).toEqual(text('I like gardening and tea.'));
    const [item] = await store.readItems();
    // The member's content is live: the item that held our placeholder is no longer open.
    expect(item!.status).toBe('superseded');
  });
});
