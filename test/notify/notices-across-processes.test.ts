import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { createNotifier } from '../../src/notify/index.js';
import type { WixApi } from '../../src/wix/index.js';
import { BIN } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { STORE_KINDS, useStoreKind } from '../helpers/store-contract.js';
import { scan } from '../worker/helpers.js';
import { notifyConfig, notifySetup, SEED, writeConfig } from './fixtures.js';
import { startWebhookSink } from './servers.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const noWix = (() => { throw new Error('no Wix call expected'); }) as unknown as () => WixApi;

describe.each(STORE_KINDS)('notices with several processes on one %s store', (kind) => {
  const storeSetting = useStoreKind(kind);

  it('two processes delivering the same outbox at once send each notice once', async () => {
    const hook = await startWebhookSink();
    cleanups.push(() => hook.close());
    const setup = await notifySetup();
    cleanups.push(() => rm(setup.dir, { recursive: true, force: true }));
    const config = configSchema.parse({ notify: notifyConfig({ webhookUrl: hook.url, templateId: null }) });
    // Two opened stores on one place: each is a process as far as the store's contract goes.
    const store = storeSetting(setup.dir, { WIX_SITE_ID: randomUUID() });
    const [one, two] = [await store.open(), await store.open()];
    cleanups.push(() => one.close(), () => two.close());
    const first = createNotifier({ config, store: one, wix: noWix });
    const second = createNotifier({ config, store: two, wix: noWix });
    const items = await one.addPending(Array.from({ length: 6 }, (_, i) => ({
      aboutId: `about-${i}`, memberId: `member-${i}`, original: { content: SEED[0]!.content, revision: '1' }, scorer: 'test',
      reasons: [{ category: 'profanity' as const, score: 0.9, evidence: [], source: 'test' }],
    })), 'aboutmod', { noticesFor: (added) => first.replacementNotices(added, { owner: true }) });
    // Recorded with the pending items, they wait for the placeholders: nobody sends them yet.
    expect(await second.deliver()).toMatchObject({ sent: 0, pending: 6 });
    for (const item of items) {
      await one.transition(item.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' });
    }

    await Promise.all([first.deliver(), second.deliver(), first.deliver(), second.deliver()]);
    expect(hook.bodies).toHaveLength(6);
    expect(new Set(hook.bodies.map((b) => JSON.stringify(b))).size).toBe(6);
    expect(await two.listNotices()).toEqual([]);
  });

  it('a scan killed after its PATCH landed: the next run finds the placeholder and sends the member\'s notice once', async () => {
    const setup = await notifySetup();
    cleanups.push(() => rm(setup.dir, { recursive: true, force: true }));
    const em = await startEmulatorProcess(['--seed', setup.seed]);
    cleanups.push(() => em.stop());
    const store = storeSetting(setup.dir, em.env);
    const env = { ...em.env, ...store.env };
    await writeConfig(setup.config, em.url, setup.storePath, notifyConfig({}), store.config);
    const post = (path: string, body: object) => fetch(`${em.url}/_emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    // The first PATCH is held at Wix; the scan is killed while it waits, then Wix applies it.
    await post('hold-updates', { count: 1 });
    const child = spawn(process.execPath, [BIN, 'scan', '--config', setup.config], { env: { ...process.env, CI: 'true', ...env }, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for (let waiting = 0; waiting < 1;) {
      await sleep(20);
      waiting = ((await (await fetch(`${em.url}/_emulator/hold-updates`)).json()) as { waiting: number }).waiting;
    }
    child.kill('SIGKILL');
    await exited;
    await post('release-updates', {});
    // The held PATCH's item is still pending (the other flagged About's may have gone through).
    expect((await store.readItems()).map((i) => i.status)).toContain('pending');

    const { summary } = await scan(setup.config, env);
    expect(summary.notices).toMatchObject({ sent: 2, failed: 0, pending: 0 });
    const items = await store.readItems();
    expect(items.map((i) => i.status).sort()).toEqual(['replaced', 'replaced']);
    const emails = ((await (await fetch(`${em.url}/_emulator/triggered-emails`)).json()) as { triggeredEmails: Array<{ memberId: string }> }).triggeredEmails;
    expect(emails.map((e) => e.memberId).sort()).toEqual(items.map((i) => i.memberId).sort());
  });
});
