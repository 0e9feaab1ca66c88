import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { createNotifier, defangUrl, type Notifier, quoteMemberText, reasonsInWords } from '../../src/notify/index.js';
import { openReviewStore, type LowdbReviewStore, type ReviewItem } from '../../src/review/index.js';
import type { WixApi } from '../../src/wix/index.js';
import { HIDDEN_LINK, SEED, SMTP_AUTH, SMTP_ENV, notifyConfig } from './fixtures.js';
import { startSmtpSink, startWebhookSink } from './servers.js';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** No member channel in these tests: a Wix call would be a bug. */
const noWix = (() => { throw new Error('no Wix call expected'); }) as unknown as () => WixApi;

/** A replacement as the scan makes it: the pending item and its owner notices in one write, then the PATCH's outcome. */
async function replacedItem(store: LowdbReviewStore, notifier: Notifier, content: unknown, aboutId = 'about-1'): Promise<ReviewItem> {
  const [item] = await store.addPending([{
    aboutId, memberId: 'member-1', original: { content, revision: '1' }, scorer: 'test',
    reasons: [{ category: 'malicious-link', score: 0.9, evidence: [], source: 'test' }, { category: 'profanity', score: 0.6, evidence: [], source: 'test' }],
  }], 'aboutmod', { noticesFor: (added) => notifier.replacementNotices(added, { owner: true }) });
  return store.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' });
}

async function openStore(): Promise<LowdbReviewStore> {
  const store = await openReviewStore(join(await mkdtemp(join(tmpdir(), 'aboutmod-notice-')), 'review.json'));
  closers.push(() => store.close());
  return store;
}

describe('the owner notice for a replacement after a member edit', () => {
  it('quotes the member escaped, defanged and bounded, in the webhook text and the email alike', async () => {
    const smtp = await startSmtpSink(SMTP_AUTH);
    closers.push(() => smtp.close());
    const hook = await startWebhookSink();
    closers.push(() => hook.close());
    const store = await openStore();
    const config = configSchema.parse({ notify: notifyConfig({ smtpPort: smtp.port, webhookUrl: hook.url, templateId: null }) });
    const notifier = createNotifier({ config, store, wix: noWix, env: SMTP_ENV });
    const item = await replacedItem(store, notifier, SEED[0]!.content);

    expect(await notifier.deliver()).toEqual({ sent: 2, failed: 0, abandoned: 0, pending: 0 });

    const { text } = hook.bodies[0] as { text: string };
    const mail = smtp.mails[0]!;
    for (const out of [text, mail.body]) {
      for (const raw of ['<script>', '<!channel>', '*bold*', 'paypal.com', 'evil-login.com', '\u202e']) expect(out).not.toContain(raw);
      expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ∗bold∗ &lt;!channel&gt;');
      expect(out).toContain('hxxps://paypal[.]com[.]account-verify[.]top/login');
      expect(out).toContain(`Links in it: ${defangUrl(HIDDEN_LINK)}`);
      expect(out).toContain('Flagged because it contains a link that looks like phishing or malware and it contains profanity.');
      expect(out).toContain(`aboutmod review show ${item.id} or https://mod.example.org/review/${item.id}`);
    }
    // Only the owner's own review link stays live.
    expect(text.match(/https?:\/\/\S+/g)).toEqual([`https://mod.example.org/review/${item.id}`]);
    expect(mail.subject).toBe(`aboutmod: an About was replaced (review item ${item.id})`);
  });

  it('a failing channel keeps the notice with a backoff, retries it once due, and the history shows each step', async () => {
    const hook = await startWebhookSink();
    closers.push(() => hook.close());
    hook.status = 500;
    const store = await openStore();
    let now = new Date('2026-11-30T08:00:00Z');
    const config = configSchema.parse({ notify: notifyConfig({ webhookUrl: hook.url, templateId: null }) });
    const notifier = createNotifier({ config, store, wix: noWix, now: () => now, retryBaseMs: 60_000 });
    const item = await replacedItem(store, notifier, SEED[2]!.content);

    expect(await notifier.deliver()).toEqual({ sent: 0, failed: 1, abandoned: 0, pending: 1 });
    const [pending] = await store.listNotices();
    expect(pending).toMatchObject({ attempts: 1, nextAttemptAt: '2026-11-30T08:01:00.000Z', lastError: 'owner webhook answered 500' });

    // Not due yet: nothing is sent, the channel is not hammered.
    hook.status = 200;
    expect(await notifier.deliver()).toEqual({ sent: 0, failed: 0, abandoned: 0, pending: 1 });
    expect(hook.bodies).toHaveLength(1);

    now = new Date('2026-11-30T08:01:00Z');
    expect(await notifier.deliver()).toEqual({ sent: 1, failed: 0, abandoned: 0, pending: 0 });
    expect(hook.bodies).toHaveLength(2);
    const rows = (await store.get(item.id))!.history.filter((h) => h.action.startsWith('notice-'));
    expect(rows.map((h) => h.action)).toEqual(['notice-recorded', 'notice-failed', 'notice-sent']);
    expect(rows[1]!.note).toContain('will retry (owner webhook answered 500)');
    // The replacement itself is untouched by the failure.
    expect((await store.get(item.id))!.status).toBe('replaced');
  });

  it('concurrent deliveries never send the same notice twice', async () => {
    const hook = await startWebhookSink();
    closers.push(() => hook.close());
    const store = await openStore();
    const config = configSchema.parse({ notify: notifyConfig({ webhookUrl: hook.url, templateId: null }) });
    const notifier = createNotifier({ config, store, wix: noWix });
    for (const [i, seed] of SEED.entries()) await replacedItem(store, notifier, seed.content, `about-${i}`);
    await Promise.all([notifier.deliver(), notifier.deliver(), notifier.deliver()]);
    expect(hook.bodies).toHaveLength(3);
    expect(await store.listNotices()).toEqual([]);
  });
});

describe('member text in notices', () => {
  it('loses control characters, markup and live links, and is bounded', () => {
    expect(quoteMemberText('a\u0007b\u200bc\nd')).toBe('a b c d');
    expect(quoteMemberText('<@U123> <https://x.com|click> & _it_ ~s~ `c`')).toBe('&lt;@U123&gt; &lt;hxxps://x[.]com∣click&gt; &amp; ˍitˍ ∼s∼ ˋcˋ');
    expect(quoteMemberText('visit www.phish.com or mail me@evil.com')).toBe('visit www[.]phish[.]com or mail me@evil[.]com');
    const long = quoteMemberText('x'.repeat(1000));
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('reasons are plain words, once each, never scores', () => {
    expect(reasonsInWords([{ category: 'profanity' }, { category: 'profanity' }])).toBe('it contains profanity');
    expect(reasonsInWords([{ category: 'hate' }, { category: 'contact-info' }, { category: 'external-link' }]))
      .toBe('it appears to attack a group of people, it contains personal contact details (a phone number, an email address or a messenger handle) and it links to other websites');
  });
});
