import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { eventually, freePort, startServe, webhookKeyFile } from '../server/serve-process.js';
import { readItems } from '../worker/helpers.js';
import { notifyConfig, SEED, SMTP_AUTH, SMTP_ENV } from './fixtures.js';
import { startSmtpSink, startWebhookSink } from './servers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

describe('serve: a member edit replaced after its webhook', { timeout: 120_000 }, () => {
  it('notifies the member and the owner once, with the member text escaped and defanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-notify-'));
    const keys = await webhookKeyFile(dir);
    const port = await freePort();
    const em = await startEmulatorProcess(['--seed', 'bulk:1:0', '--private-key', keys.privateKeyFile, '--webhook-url', `http://127.0.0.1:${port}/webhooks/wix`]);
    stops.push(() => em.stop());
    const smtp = await startSmtpSink(SMTP_AUTH);
    stops.push(() => smtp.close());
    const hook = await startWebhookSink();
    stops.push(() => hook.close());
    const config = join(dir, 'config.json');
    const storePath = join(dir, 'review.json');
    await writeFile(config, JSON.stringify({
      wix: { baseUrl: em.url }, store: { path: storePath }, schedule: { cron: false },
      notify: notifyConfig({ smtpPort: smtp.port, webhookUrl: hook.url }),
    }));
    const server = await startServe(config, { ...em.env, ...SMTP_ENV, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem }, port);
    stops.push(() => server.stop('SIGKILL'));

    const aboutId = 'b0000000-0000-4000-8000-000000000001';
    const edit = await fetch(`${em.url}/_emulator/member-edit`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId, content: SEED[0]!.content }),
    });
    expect(edit.status).toBe(200);

    const [body] = await eventually(() => (hook.bodies.length ? hook.bodies : undefined), 'the owner webhook notice');
    await eventually(() => (smtp.mails.length ? true : undefined), 'the owner email');
    // Our placeholder's own event arrives too; it must not notify again.
    await fetch(`${em.url}/_emulator/webhooks/flush`, { method: 'POST' });
    expect(await server.stop('SIGTERM')).toBe(0);

    const [item] = await readItems(storePath);
    expect(item).toMatchObject({ aboutId, status: 'replaced' });
    const { text } = body as { text: string };
    expect(text).toContain(`*aboutmod: an About was replaced (review item ${item!.id})*`);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ∗bold∗ &lt;!channel&gt;');
    expect(text).toContain('hxxps://paypal[.]com[.]account-verify[.]top/login');
    for (const raw of ['<script>', '<!channel>', '*bold*', 'https://paypal', 'https://evil']) expect(text).not.toContain(raw);
    expect(hook.bodies).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.subject).toBe(`aboutmod: an About was replaced (review item ${item!.id})`);

    const emails = ((await (await fetch(`${em.url}/_emulator/triggered-emails`)).json()) as { triggeredEmails: Array<{ memberId: string; variables: Record<string, string> }> }).triggeredEmails;
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ memberId: item!.memberId, variables: { noticeType: 'removed', reason: 'it contains a link that looks like phishing or malware, it appears to be spam or a scam and it contains profanity' } });
    expect(item!.history.filter((h) => h.action === 'notice-sent')).toHaveLength(3);
  });
});
