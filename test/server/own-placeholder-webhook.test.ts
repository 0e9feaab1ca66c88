import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { allAbouts, readItems } from '../worker/helpers.js';
import { eventually, freePort, startServe, webhookKeyFile } from './serve-process.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const doc = (text: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', paragraphData: {}, nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }] }] });

/**
 * A manual scan killed right after its PATCH reached Wix, and the member editing at once: one GET can no
 * longer tell whether our placeholder was ever live, but serve saw its webhook and says so.
 */
describe('serve and our own placeholder\'s webhook', () => {
  it('marks the dead writer\'s pending item replaced, so the member is told, though the member edits again at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-own-webhook-'));
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const seed = join(dir, 'seed.json');
    await writeFile(seed, JSON.stringify([{ memberId: 'm1', content: doc('You are a worthless piece of shit, fuck you') }]));
    const keys = await webhookKeyFile(dir);
    const port = await freePort();
    const em = await startEmulatorProcess(['--seed', seed, '--private-key', keys.privateKeyFile, '--webhook-url', `http://127.0.0.1:${port}/webhooks/wix`]);
    stops.push(() => em.stop());
    const storePath = join(dir, 'review.json');
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({
      wix: { baseUrl: em.url }, store: { path: storePath }, schedule: { cron: false },
      notify: { enabled: true, member: { templateId: 'aboutmod-notice' } },
    }));
    const env = { ...em.env, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem };
    const server = await startServe(config, env, port);
    stops.push(() => server.stop('SIGKILL'));
    const post = (path: string, body: object) => fetch(`${em.url}/_emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const aboutId = (await allAbouts(em.url, em.env))[0]!.id;

    // The scan's PATCH is held at Wix; the scan is killed while it waits; then Wix applies it (revision 2).
    await post('hold-updates', { count: 1 });
    const scan = spawn(process.execPath, [BIN, 'scan', '--config', config], { env: { ...process.env, CI: 'true', ...env }, stdio: 'ignore' });
    const exited = new Promise((resolve) => scan.once('exit', resolve));
    while (((await (await fetch(`${em.url}/_emulator/hold-updates`)).json()) as { waiting: number }).waiting < 1) await sleep(20);
    scan.kill('SIGKILL');
    await exited;
    await post('release-updates', {});
    // Our placeholder's webhook is answered first (delivered together, the member's event could make serve
    // run recovery before it reads ours: the gap that remains when the two race, see store-contract.md).
    await post('webhooks/flush', {});
    // The member writes something clean right away (revision 3), before any recovery has looked.
    expect((await post('member-edit', { aboutId, content: doc('I like gardening and tea.') })).status).toBe(200);
    await post('webhooks/flush', {});

    const item = await eventually(async () => {
      const [found] = await readItems(storePath);
      return found?.status === 'superseded' ? found : undefined;
    }, 'the item to be settled after the member\'s edit', 30_000);
    expect(item.history.flatMap((h) => h.to ?? [])).toEqual(['pending', 'replaced', 'superseded']);
    expect(item.history.find((h) => h.to === 'replaced')).toMatchObject({ note: "our placeholder's own webhook", revision: '2' });
    const emails = await eventually(async () => {
      const sent = ((await (await fetch(`${em.url}/_emulator/triggered-emails`)).json()) as { triggeredEmails: Array<{ memberId: string }> }).triggeredEmails;
      return sent.length ? sent : undefined;
    }, 'the member notice', 30_000);
    expect(emails.map((e) => e.memberId)).toEqual(['m1']);
  });
});
