import { afterEach, describe, expect, it } from 'vitest';
import { openReviewStore } from '../../src/review/index.js';
import { isPlaceholder } from '../../src/ricos/index.js';
import { runCli } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { allAbouts, liveAbout, readItems, scan } from '../worker/helpers.js';
import { notifyConfig, notifySetup, SMTP_AUTH, SMTP_ENV, writeConfig } from './fixtures.js';
import { startSmtpSink, startWebhookSink } from './servers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

interface TriggeredEmail { emailId: string; memberId: string; variables: Record<string, string> }

async function triggeredEmails(url: string): Promise<TriggeredEmail[]> {
  return ((await (await fetch(`${url}/_emulator/triggered-emails`)).json()) as { triggeredEmails: TriggeredEmail[] }).triggeredEmails;
}

async function setup(opts: { smtp?: 'up' | 'closed'; webhook?: boolean; templateId?: string | null; enabled?: boolean } = {}) {
  const paths = await notifySetup();
  const em = await startEmulatorProcess(['--seed', paths.seed]);
  stops.push(() => em.stop());
  const smtp = opts.smtp === 'up' ? await startSmtpSink(SMTP_AUTH) : undefined;
  if (smtp) stops.push(() => smtp.close());
  const hook = opts.webhook ? await startWebhookSink() : undefined;
  if (hook) stops.push(() => hook.close());
  // A closed port: what an SMTP relay that is down looks like.
  const smtpPort = opts.smtp === 'closed' ? 1 : smtp?.port;
  const notify = notifyConfig({ smtpPort, webhookUrl: hook?.url, templateId: opts.templateId, enabled: opts.enabled });
  await writeConfig(paths.config, em.url, paths.storePath, notify);
  return { ...paths, em, smtp, hook, env: { ...em.env, ...SMTP_ENV } };
}

describe('notices after a scan (CLI against the emulator, a real SMTP server and a webhook receiver)', { timeout: 180_000 }, () => {
  it('the member gets a Triggered Email with the reason in plain words; the owner gets one digest by SMTP and by webhook', async () => {
    const s = await setup({ smtp: 'up', webhook: true });
    const abouts = await allAbouts(s.em.url, s.em.env);
    const summary = (await scan(s.config, s.env)).summary;
    expect(summary.replaced).toBe(2);
    expect(summary.notices).toEqual({ sent: 4, failed: 0, abandoned: 0, pending: 0 });

    const items = await readItems(s.storePath);
    const emails = await triggeredEmails(s.em.url);
    expect(emails.map((e) => e.memberId).sort()).toEqual(items.map((i) => i.memberId).sort());
    const hostile = items.find((i) => i.aboutId === abouts[0]!.id)!;
    const toMallory = emails.find((e) => e.memberId === hostile.memberId)!;
    expect(toMallory.emailId).toBe('aboutmod-notice');
    expect(toMallory.variables).toMatchObject({
      noticeType: 'removed',
      reason: 'it contains a link that looks like phishing or malware, it appears to be spam or a scam and it contains profanity',
      guidelinesUrl: 'https://example.org/community-guidelines',
    });
    expect(toMallory.variables.message).toContain('https://example.org/community-guidelines');
    // The reason, never the member's words, a score, or their links.
    // (What the member reads, not the emulator's record of it: its timestamp may hold "0.9".)
    const all = JSON.stringify(emails.map((e) => e.variables));
    for (const leaked of ['fuck', 'paypal', 'evil-login', 'script', '0.9']) expect(all).not.toContain(leaked);

    // One digest per channel, with the counts and a way to each item.
    expect(s.smtp!.mails).toHaveLength(1);
    const mail = s.smtp!.mails[0]!;
    expect(mail).toMatchObject({ from: 'aboutmod@example.org', to: ['owner@example.org'], user: SMTP_AUTH.user });
    expect(mail.subject).toBe('aboutmod: 2 Abouts replaced, 2 waiting for review');
    expect(mail.body).toContain('3 Abouts scanned, 2 flagged, 2 replaced');
    for (const item of items) {
      expect(mail.body).toContain(`aboutmod review show ${item.id}`);
      expect(mail.body).toContain(`https://mod.example.org/review/${item.id}`);
    }
    expect(s.hook!.bodies).toHaveLength(1);
    const { text } = s.hook!.bodies[0] as { text: string };
    expect(text.startsWith('*aboutmod: 2 Abouts replaced, 2 waiting for review*\n')).toBe(true);
    expect(text).toContain(`aboutmod review show ${hostile.id}`);

    // Each item's history: the member's notice recorded with the original (before the PATCH), sent after it landed.
    const rows = hostile.history.map((h) => h.action);
    expect(rows.indexOf('notice-recorded')).toBeGreaterThan(rows.indexOf('flagged'));
    expect(rows.indexOf('replaced')).toBeGreaterThan(rows.indexOf('notice-recorded'));
    expect(rows.indexOf('notice-sent')).toBeGreaterThan(rows.indexOf('replaced'));

    // The next scan replaces nothing and sends nothing.
    const again = (await scan(s.config, s.env)).summary;
    expect(again).toMatchObject({ replaced: 0, notices: { sent: 0, pending: 0 } });
    expect(await triggeredEmails(s.em.url)).toHaveLength(2);
    expect(s.smtp!.mails).toHaveLength(1);
  });

  it('a crash between recording a notice and sending it: the next run sends it once, not twice', async () => {
    const s = await setup({ smtp: 'up' });
    (await scan(s.config, s.env)).summary;
    const [item] = await readItems(s.storePath);
    expect(await triggeredEmails(s.em.url)).toHaveLength(2);

    // What a run killed right after its durable record leaves behind: notice-recorded, no notice-sent.
    const store = await openReviewStore(s.storePath);
    await store.recordNotices([{
      id: 'crash-1', kind: 'member-replaced', channel: 'wix-email', itemIds: [item!.id], createdAt: new Date().toISOString(), attempts: 0,
      message: { channel: 'wix-email', templateId: 'aboutmod-notice', memberId: item!.memberId, variables: { noticeType: 'removed', reason: 'profanity', guidelinesUrl: '', whatNext: '', message: 'm' } },
    }], 'aboutmod');
    await store.close();

    const rerun = (await scan(s.config, s.env)).summary;
    expect(rerun.notices).toEqual({ sent: 1, failed: 0, abandoned: 0, pending: 0 });
    (await scan(s.config, s.env)).summary;
    const emails = await triggeredEmails(s.em.url);
    expect(emails).toHaveLength(3);
    expect(emails.filter((e) => e.memberId === item!.memberId)).toHaveLength(2);
    const history = (await readItems(s.storePath)).find((i) => i.id === item!.id)!.history;
    expect(history.filter((h) => h.note?.includes('crash-1')).map((h) => h.action)).toEqual(['notice-recorded', 'notice-sent']);
  });

  it('an SMTP relay that is down leaves the replacements in place and the digest pending; the scan still exits 0', async () => {
    const s = await setup({ smtp: 'closed' });
    const summary = (await scan(s.config, s.env)).summary;
    expect(summary.replaced).toBe(2);
    // The members' emails went out; the owner's digest waits for the relay.
    expect(summary.notices).toEqual({ sent: 2, failed: 1, abandoned: 0, pending: 1 });
    for (const item of await readItems(s.storePath)) {
      expect(item.status).toBe('replaced');
      expect(isPlaceholder((await liveAbout(s.em.url, item.aboutId)).content)).toBe(true);
    }
    const store = await openReviewStore(s.storePath);
    const [pending] = await store.listNotices();
    await store.close();
    expect(pending).toMatchObject({ kind: 'owner-digest', channel: 'smtp', attempts: 1 });
    expect(Date.parse(pending!.nextAttemptAt!)).toBeGreaterThan(Date.now());
  });

  it('--dry-run says what it would send and sends nothing; notify.enabled false sends nothing at all', async () => {
    const s = await setup({ smtp: 'up', webhook: true });
    const dry = await runCli(['scan', '--dry-run', '--config', s.config], { env: s.env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would email member \S+ \(Triggered Email aboutmod-notice\) about About \S+: .*profanity/);
    expect(dry.stdout).toContain('would send the owner a digest via smtp and webhook');
    expect(dry.stdout).not.toContain('fuck');
    expect(await triggeredEmails(s.em.url)).toHaveLength(0);
    expect(s.smtp!.mails).toHaveLength(0);
    expect(s.hook!.bodies).toHaveLength(0);

    await writeConfig(s.config, s.em.url, s.storePath, notifyConfig({ smtpPort: s.smtp!.port, webhookUrl: s.hook!.url, enabled: false }));
    const off = (await scan(s.config, s.env)).summary;
    expect(off.replaced).toBe(2);
    expect(off.notices).toBeUndefined();
    expect(await triggeredEmails(s.em.url)).toHaveLength(0);
    expect(s.smtp!.mails).toHaveLength(0);
    expect(s.hook!.bodies).toHaveLength(0);
  });

  it('without a template the member notice is a log line; half-set SMTP credentials are refused before anything changes', async () => {
    const s = await setup({ smtp: 'up', templateId: null });
    const bad = await runCli(['scan', '--json', '--config', s.config], { env: { ...s.em.env, SMTP_USER: 'only-user' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('SMTP_PASSWORD');
    expect(await readItems(s.storePath)).toEqual([]);

    const result = await runCli(['scan', '--json', '--config', s.config], { env: { ...s.env, LOG_LEVEL: 'info' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('member notice not sent: notify.member.templateId is not set');
    expect(result.stderr).not.toContain('fuck');
    expect(await triggeredEmails(s.em.url)).toHaveLength(0);
    expect(s.smtp!.mails).toHaveLength(1);
  });

  it('restore sends "your About is back" to the member; confirm sends nothing', async () => {
    const s = await setup({});
    (await scan(s.config, s.env)).summary;
    const [first, second] = await readItems(s.storePath);
    const restored = await runCli(['review', 'restore', first!.id, '--json', '--config', s.config], { env: s.env });
    expect(restored.code, restored.stderr).toBe(0);
    const confirmed = await runCli(['review', 'confirm', second!.id, '--json', '--config', s.config], { env: s.env });
    expect(confirmed.code, confirmed.stderr).toBe(0);
    const emails = await triggeredEmails(s.em.url);
    expect(emails).toHaveLength(3);
    expect(emails[2]).toMatchObject({ memberId: first!.memberId, variables: { noticeType: 'restored' } });
    expect(emails[2]!.variables.message).toContain('Your About is back');
  });

  it('the emulator refuses an unknown template like Wix (404) and the notice stays pending', async () => {
    const s = await setup({ templateId: 'no-such-template' });
    const summary = (await scan(s.config, s.env)).summary;
    expect(summary.replaced).toBe(2);
    // A 404 marks the channel down for the rest of the run (sends already in flight fail too); both notices are kept.
    expect(summary.notices).toMatchObject({ sent: 0, abandoned: 0, pending: 2 });
    const res = await fetch(`${s.em.url}/_api/shoutout/v1/emailMember`, {
      method: 'POST',
      headers: { authorization: s.em.apiKey, 'wix-site-id': s.em.siteId, 'content-type': 'application/json' },
      body: JSON.stringify({ emailId: 'no-such-template', memberId: 'x', options: { variables: {} } }),
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ details: { applicationError: { code: 'TRIGGERED_EMAIL_NOT_FOUND' } } });
    const noAuth = await fetch(`${s.em.url}/_api/shoutout/v1/emailMember`, { method: 'POST', body: '{}' });
    expect(noAuth.status).toBe(403);
  });
});
