import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { openReviewStore, type ReviewItem } from '../../src/review/index.js';
import { isPlaceholder } from '../../src/ricos/index.js';
import type { MemberAbout } from '../../src/wix/index.js';
import {
  addReviewer, launchChromium, ricos, startCanary, startEmulator, startReviewServer,
  type Emulator, type ReviewServer,
} from './setup.js';
import { scan, scanSetup } from '../worker/helpers.js';

const PASSWORD = 'correct horse battery staple';
const TOKEN = randomBytes(24).toString('base64url');
const SCREENSHOTS = resolve(PACKAGE_ROOT, 'docs/screenshots');
const FINAL_TEXT = configSchema.parse({}).policy.confirmedPlaceholder;

let canary: Awaited<ReturnType<typeof startCanary>>;
let em: Emulator;
let server: ReviewServer;
let storePath: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** The store as it is on disk (snapshot + journal, read by a second store instance as another process would), by member. */
async function itemOf(memberId: string): Promise<ReviewItem> {
  const reader = await openReviewStore(storePath);
  const items = await reader.list();
  await reader.close();
  const item = items.find((i) => i.memberId === memberId);
  if (!item) throw new Error(`no review item for ${memberId}`);
  return item;
}

/** The live About on the emulated Wix site (control API). */
async function live(aboutId: string): Promise<MemberAbout> {
  return ((await (await fetch(`${em.url}/_emulator/abouts/${aboutId}`)).json()) as { memberAbout: MemberAbout }).memberAbout;
}

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;
/** alice's signed-in cookies, made once: signing in costs a scrypt and a page round trip per test otherwise. */
let alice: Awaited<ReturnType<BrowserContext['storageState']>>;

/** A fresh browser context; signed in as alice unless `as` says nobody. */
async function newPage(options: ContextOptions = {}, as: 'alice' | 'nobody' = 'alice'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 }, ...(as === 'alice' ? { storageState: alice } : {}), ...options,
  });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.goto(`${server.url}/review`);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL(/\/review/), page.click('button[type=submit]')]);
}

beforeAll(async () => {
  canary = await startCanary();
  const dir = (await scanSetup('http://unused')).dir;
  const seed = join(dir, 'seed.json');
  await writeFile(seed, JSON.stringify([
    { memberId: 'm-dana', nickname: 'Dana', content: ricos.doc(ricos.paragraph('You are a worthless idiot and a fucking moron, nobody wants you here')) },
    { memberId: 'm-eli', nickname: 'Eli', content: ricos.doc(ricos.paragraph('Buy cheap pills, text me on WhatsApp +1 415 555 0134')) },
    {
      memberId: 'm-xss', nickname: '<img src=x onerror=alert("nick")>',
      content: ricos.doc(
        ricos.paragraph('<script>alert(1)</script> shut up you stupid bitch <img src=x onerror=alert(2)>'),
        ricos.image(`${canary.url}/pic.png`, 'you stupid bitch'),
        ricos.paragraph('see ', { text: 'my portfolio', link: `${canary.url}/portfolio` }),
        ricos.button('Click me', 'javascript:alert(3)'),
      ),
    },
    { memberId: 'm-finn', nickname: 'Finn', content: ricos.doc(ricos.paragraph('You are a worthless idiot, nobody wants you here')) },
    { memberId: 'm-gus', nickname: 'Gus', content: ricos.doc(ricos.paragraph('shut up you stupid bitch')) },
    { memberId: 'm-hal', nickname: 'Hal', content: ricos.doc(ricos.paragraph('what a fucking moron you are')) },
    { memberId: 'm-jo', nickname: 'Jo', content: ricos.doc(ricos.paragraph('Text me on WhatsApp +1 415 555 0188 for a good time')) },
    { memberId: 'm-kim', nickname: 'Kim', content: ricos.doc(ricos.paragraph('Write to me at kim.deals@spam.example or call 415-555-0177')) },
    { memberId: 'm-lou', nickname: 'Lou', content: ricos.doc(ricos.paragraph('shut up, you worthless idiot')) },
    { memberId: 'm-ivy', nickname: 'Ivy', content: ricos.doc(ricos.paragraph('I love hiking and baking bread with my kids')) },
    { memberId: 'm-max', nickname: 'Max', content: ricos.doc(ricos.paragraph('Cheap rooms, mail max.rooms@outlook.com today')) },
  ]));
  em = await startEmulator(['--seed', seed]);
  const site = await scanSetup(em.url);
  storePath = site.storePath;
  const { summary } = await scan(site.config, em.env);
  expect(summary.replaced).toBe(10);
  await addReviewer(site.config, 'alice', PASSWORD);
  // Every test signs in afresh from one address: the limit itself has its own test and server below.
  server = await startReviewServer(em, storePath, {
    sessionSecret: randomBytes(32).toString('hex'), reviewToken: TOKEN, loginLimit: { max: 1_000, windowMs: 60_000 },
  });
  browser = await launchChromium();
  const page = await newPage({}, 'nobody');
  await signIn(page, 'alice', PASSWORD);
  alice = await page.context().storageState();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await em?.stop();
  await canary?.close();
});

describe('screenshots for the README', () => {
  it.skipIf(process.env.UPDATE_SCREENSHOTS !== '1')('queue and item page, written to docs/screenshots', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const page = await newPage({ viewport: { width: 1100, height: 760 } });
    await page.goto(`${server.url}/review?status=all`);
    await page.keyboard.press('j');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-queue.png'), fullPage: true });
    await page.goto(`${server.url}/review/${(await itemOf('m-xss')).id}?status=all`);
    await page.screenshot({ path: join(SCREENSHOTS, 'review-item.png'), fullPage: true });
  });
});

describe('review page in Chromium against the real server and the emulator', () => {
  it('a page without a session sends the reviewer to sign in; a wrong password is refused; the right one opens the queue', async () => {
    const page = await newPage({}, 'nobody');
    await page.goto(`${server.url}/review?status=all`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=name]', 'alice');
    await page.fill('input[name=password]', 'not the password');
    await page.click('button[type=submit]');
    await expect(page.locator('.flash-error').textContent()).resolves.toContain('Wrong name or password');
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(/\/review\?status=all$/), page.click('button[type=submit]')]);
    await expect(page.locator('.who').textContent()).resolves.toContain('alice');
  });

  it('the queue shows each flagged About with nickname, reasons, evidence in its hiding place and age; filters narrow it', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/review`);
    const rows = page.locator('.queue .row');
    await expect(rows.count()).resolves.toBe(10);
    const names = await page.locator('.queue .member').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Dana', 'Eli', 'Finn', 'Gus', 'Hal', 'Lou', '<img src=x onerror=alert("nick")>']));
    const times = await page.locator('.queue .row time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());
    const xssRow = rows.filter({ hasText: 'onerror=alert("nick")' });
    await expect(xssRow.locator('.place').allTextContents()).resolves.toContain('in image alt text');
    await expect(xssRow.locator('.reasons').textContent()).resolves.toContain('harassment');
    await expect(xssRow.locator('time').textContent()).resolves.toMatch(/^\d+[mhd] ago$/);

    // Shortcuts: j/j moves to the second row, o opens it, k on the item page goes to the previous item.
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(rows.nth(1).getAttribute('class')).resolves.toContain('current');
    await Promise.all([page.waitForURL(new RegExp(`/review/${ids[1]}\\?`)), page.keyboard.press('o')]);
    await Promise.all([page.waitForURL(new RegExp(`/review/${ids[0]}\\?`)), page.keyboard.press('k')]);
    await page.goBack();
    await page.goBack();

    await page.selectOption('select[name=category]', 'contact-info');
    await Promise.all([page.waitForURL(/category=contact-info/), page.click('.filters button')]);
    // One scan flagged them all within milliseconds: their relative order is the scan's, not asserted here.
    expect((await page.locator('.queue .member').allTextContents()).sort()).toEqual(['Eli', 'Jo', 'Kim', 'Max']);
    await expect(page.locator('.queue .row', { hasText: 'Eli' }).locator('.evidence').textContent()).resolves.toContain('+1 415 555 0134');

    await page.goto(`${server.url}/review?status=all&age=older-7d`);
    await expect(page.locator('.count').textContent()).resolves.toContain('Nothing matches');
    const bad = await page.goto(`${server.url}/review?status=bogus`);
    expect(bad?.status()).toBe(400);
  });

  it('restore puts the exact original back on Wix and the store records who did it, with the note', async () => {
    const before = await itemOf('m-dana');
    const page = await newPage();
    await page.goto(`${server.url}/review`);
    await Promise.all([page.waitForURL(/\/review\/[^?]+\?/), page.click('.queue a.member >> text=Dana')]);
    await page.fill('.decide input[name=note]', 'quoting a film, not aimed at anyone');
    await Promise.all([page.waitForNavigation(), page.click('button.restore')]);
    await expect(page.locator('.flash-ok').textContent()).resolves.toContain('Restored the original');

    const after = await itemOf('m-dana');
    expect(after.status).toBe('restored');
    expect(after.history.find((h) => h.action === 'restored')).toMatchObject({ by: 'alice', note: 'quoting a film, not aimed at anyone' });
    const about = await live(before.aboutId);
    expect(about.content).toEqual(before.original.content);
    expect(about.revision).toBe(after.restoredRevision);
    // The member is told their About is back, as `review restore` tells them.
    const { triggeredEmails } = (await (await fetch(`${em.url}/_emulator/triggered-emails`)).json()) as {
      triggeredEmails: { memberId: string; variables: Record<string, string> }[];
    };
    expect(triggeredEmails.filter((m) => m.memberId === before.memberId)).toEqual([
      expect.objectContaining({ variables: expect.objectContaining({ noticeType: 'restored' }) }),
    ]);
  });

  it('confirm with the keyboard (c, then c again) rewrites the placeholder to the final text and lands in the history', async () => {
    const before = await itemOf('m-eli');
    const page = await newPage();
    await page.goto(`${server.url}/review/${before.id}`);
    await page.keyboard.press('c');
    await expect(page.locator('button.confirm').textContent()).resolves.toContain('Press c again');
    expect((await itemOf('m-eli')).status).toBe('replaced');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('c')]);
    await expect(page.locator('.flash-ok').textContent()).resolves.toContain('Confirmed the removal');

    const after = await itemOf('m-eli');
    expect(after.status).toBe('confirmed');
    // The placeholder now says the removal is final, at the revision the item records.
    const about = await live(before.aboutId);
    expect(isPlaceholder(about.content, FINAL_TEXT)).toBe(true);
    expect(about.revision).toBe((BigInt(before.placeholderRevision!) + 1n).toString());
    expect(after.placeholderRevision).toBe(about.revision);
    expect(after.history.at(-1)).toMatchObject({ by: 'alice', action: 'confirmed', revision: about.revision });
  });

  it('a confirmed item keeps a restore button, and restoring it puts the original back; the history shows both', async () => {
    const before = await itemOf('m-max');
    const page = await newPage();
    await page.goto(`${server.url}/review/${before.id}`);
    await Promise.all([page.waitForNavigation(), page.click('button.confirm')]);
    await page.goto(`${server.url}/review/${before.id}`);
    await expect(page.locator('h1 .badge').textContent()).resolves.toBe('confirmed');
    await expect(page.locator('.decide button.confirm').count()).resolves.toBe(0);
    await expect(page.locator('.decide .hint').textContent()).resolves.toContain('The removal was confirmed');
    await page.fill('.decide input[name=note]', 'confirmed by mistake');
    await Promise.all([page.waitForNavigation(), page.click('button.restore')]);
    await expect(page.locator('.flash-ok').textContent()).resolves.toContain('Restored the original');

    const after = await itemOf('m-max');
    expect(after.status).toBe('restored');
    expect((await live(before.aboutId)).content).toEqual(before.original.content);
    await page.goto(`${server.url}/review/${before.id}`);
    await expect(page.locator('.history strong').allTextContents()).resolves.toEqual(expect.arrayContaining(['confirmed', 'restored']));
    expect(after.history.filter((h) => h.to).map((h) => [h.action, h.from, h.to]).slice(-2)).toEqual([
      ['confirmed', 'replaced', 'confirmed'], ['restored', 'confirmed', 'restored'],
    ]);
  });

  it('evidence is merged: one row per text and place with its sources together; an address and its mailto: are one row', async () => {
    const dana = await itemOf('m-dana');
    const page = await newPage();
    await page.goto(`${server.url}/review/${dana.id}`);
    // Four citations of harassment (three phrases by a rule, the sentence by the model) and one of profanity.
    expect(dana.reasons.flatMap((r) => r.evidence)).toHaveLength(5);
    const rows = page.locator('.why .evidence li');
    await expect(rows.count()).resolves.toBe(2);
    const harassment = rows.filter({ has: page.locator('.cat', { hasText: /^harassment$/ }) });
    await expect(harassment.locator('.sources').textContent()).resolves.toBe('local:harassment, local:model');
    await expect(harassment.locator('q').textContent()).resolves.toBe('You are a worthless idiot and a fucking moron, nobody wants you here');
    await expect(harassment.locator('mark').allTextContents()).resolves.toEqual(['You are a worthless idiot', 'a fucking moron', 'nobody wants you']);
    // The queue card carries the same two rows.
    await page.goto(`${server.url}/review?status=all`);
    await expect(page.locator('.queue .row', { hasText: 'Dana' }).locator('.evidence li').count()).resolves.toBe(2);

    const max = await itemOf('m-max');
    expect(max.reasons.flatMap((r) => r.evidence).map((e) => e.value)).toEqual(
      expect.arrayContaining(['max.rooms@outlook.com', 'mailto:max.rooms@outlook.com']),
    );
    await page.goto(`${server.url}/review/${max.id}`);
    const contact = page.locator('.why .evidence li');
    await expect(contact.count()).resolves.toBe(1);
    await expect(contact.locator('mark').allTextContents()).resolves.toEqual(['max.rooms@outlook.com']);
    await expect(contact.textContent()).resolves.not.toContain('mailto:');
    await expect(contact.locator('.place').textContent()).resolves.toBe('in paragraph');
  });

  it('the reasons table stays readable at any detail length, wide and at phone width', async () => {
    const dana = await itemOf('m-dana');
    // Lines each cell of the table takes once the detail is huge (an unbroken run included).
    const linesPerCell = `(() => {
      const detail = document.querySelector('.reasons-table td.detail');
      detail.textContent = 'the guidelines model explains at length '.repeat(60) + 'x'.repeat(400);
      return [...document.querySelectorAll('.reasons-table th, .reasons-table td:not(.detail)')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size; });
    })()`;
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const page = await newPage({ viewport });
      await page.goto(`${server.url}/review/${dana.id}`);
      const lines = await page.evaluate<number[]>(linesPerCell);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((n) => n === 1), `lines per cell at ${viewport.width}px: ${lines.join(',')}`).toBe(true);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    }
  });

  it('a restore after the member edited is refused with a clear message, and the member edit stands', async () => {
    const before = await itemOf('m-finn');
    const edit = ricos.doc(ricos.paragraph('Sorry everyone, I rewrote my About.'));
    const res = await fetch(`${em.url}/_emulator/member-edit`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId: before.aboutId, content: edit }),
    });
    expect(res.status).toBe(200);
    const edited = await live(before.aboutId);

    const page = await newPage();
    await page.goto(`${server.url}/review/${before.id}`);
    await Promise.all([page.waitForNavigation(), page.click('button.restore')]);
    await expect(page.locator('.flash-error').textContent()).resolves.toContain('the member edited their About since');
    await expect(page.locator('h1 .badge').textContent()).resolves.toBe('superseded');

    expect((await itemOf('m-finn')).status).toBe('superseded');
    expect(await live(before.aboutId)).toEqual(edited);
  });

  it('member markup renders inert: no dialog, no request to the member\'s hosts, <script> shown as text', async () => {
    const item = await itemOf('m-xss');
    const page = await newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(`${server.url}/review/${item.id}`);
    await page.waitForLoadState('networkidle');

    const text = await page.locator('.original').textContent();
    expect(text).toContain('<script>alert(1)</script> shut up you stupid bitch <img src=x onerror=alert(2)>');
    await expect(page.locator('h1').textContent()).resolves.toContain('<img src=x onerror=alert("nick")>');
    // The one script is ours; no member markup became an element.
    await expect(page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('src')))).resolves.toEqual(['/review-assets/review.js']);
    await expect(page.locator('img').count()).resolves.toBe(0);
    // Links and images show their real targets as text; only http(s) ones can be opened, deliberately.
    await expect(page.locator('.original code.url').allTextContents()).resolves.toEqual(
      expect.arrayContaining([`${canary.url}/pic.png`, `${canary.url}/portfolio`, 'javascript:alert(3)']),
    );
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    const open = page.locator(`a.open[href="${canary.url}/pic.png"]`);
    await expect(open.getAttribute('rel')).resolves.toBe('noopener noreferrer nofollow');
    await expect(page.locator('.original .place').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['image alt text', 'button label', "link behind 'my portfolio'"]),
    );

    expect(dialogs).toEqual([]);
    expect(canary.hits).toEqual([]);
    expect(requests.every((u) => u.startsWith(server.url))).toBe(true);
    expect(requests.some((u) => new URL(u).pathname.endsWith('/x'))).toBe(false);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("img-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('a POST without a session gets 401 and one without the CSRF token gets 403; nothing changes', async () => {
    const before = await itemOf('m-gus');
    const post = (cookie: string | undefined, body: string) => fetch(`${server.url}/review/${before.id}/confirm`, {
      method: 'POST', redirect: 'manual', body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    });
    expect((await post(undefined, 'note=x')).status).toBe(401);

    const page = await newPage();
    await page.goto(`${server.url}/review`);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    expect(cookie).toContain('aboutmod_session=');
    expect((await post(cookie, 'note=x')).status).toBe(403);
    expect((await post(cookie, 'note=x&_csrf=forged-token')).status).toBe(403);
    // A real token from the page, but no session: still refused.
    const token = await page.locator('input[name=_csrf]').first().getAttribute('value');
    const csrfOnly = (await page.context().cookies()).filter((c) => c.name !== 'aboutmod_session').map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await post(csrfOnly, `_csrf=${encodeURIComponent(token!)}`)).status).toBe(401);

    expect(await itemOf('m-gus')).toEqual(before);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'aboutmod_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false });
  });

  it('bulk confirm over a selection shows the count first, then acts on exactly those; a token login is named in the history', async () => {
    const gus = await itemOf('m-gus');
    const hal = await itemOf('m-hal');
    const page = await newPage({}, 'nobody');
    await signIn(page, 'bob', TOKEN);
    await page.check(`input[name=ids][value="${gus.id}"]`);
    await page.check(`input[name=ids][value="${hal.id}"]`);
    await page.fill('.bulk-actions input[name=note]', 'spam wave');
    await Promise.all([page.waitForNavigation(), page.click('button[value=confirm-selected]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Confirm the removal of 2 items?');
    expect((await itemOf('m-gus')).status).toBe('replaced');
    await Promise.all([page.waitForNavigation(), page.click('.bulk-confirm button[type=submit]')]);
    await expect(page.locator('.flash-ok').textContent()).resolves.toContain('Confirmed 2 of 2 items');
    for (const memberId of ['m-gus', 'm-hal']) {
      expect((await itemOf(memberId)).status).toBe('confirmed');
      expect((await itemOf(memberId)).history.at(-1)).toMatchObject({ by: 'bob (token)', action: 'confirmed', note: 'spam wave' });
    }
  });

  it('bulk restore over a filter counts first, then puts every matching original back on Wix', async () => {
    const targets = [await itemOf('m-jo'), await itemOf('m-kim')];
    const page = await newPage();
    await page.goto(`${server.url}/review?status=replaced&category=contact-info`);
    await Promise.all([page.waitForNavigation(), page.click('button[value=restore-filter]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Restore 2 items?');
    await expect(page.locator('.bulk-list li').count()).resolves.toBe(2);
    await Promise.all([page.waitForNavigation(), page.click('.bulk-confirm button[type=submit]')]);
    await expect(page.locator('.flash-ok').textContent()).resolves.toContain('Restored 2 of 2 items');
    expect(new URL(page.url()).searchParams.get('category')).toBe('contact-info');
    for (const before of targets) {
      const after = await itemOf(before.memberId);
      expect(after.status).toBe('restored');
      expect(after.history.find((h) => h.action === 'restored')).toMatchObject({ by: 'alice' });
      expect((await live(before.aboutId)).content).toEqual(before.original.content);
    }
  });

  it('when Wix fails, a restore says so and changes nothing in the store', async () => {
    const before = await itemOf('m-lou');
    const faults = (body: object) => fetch(`${em.url}/_emulator/faults`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    await faults({ rate500: 1 });
    try {
      const page = await newPage();
      await page.goto(`${server.url}/review/${before.id}`);
      await Promise.all([page.waitForNavigation(), page.click('button.restore')]);
      await expect(page.locator('.flash-error').textContent()).resolves.toContain('Not restored: Wix failed');
    } finally {
      await faults({ rate500: 0 });
    }
    expect(await itemOf('m-lou')).toEqual(before);
    expect(isPlaceholder((await live(before.aboutId)).content)).toBe(true);
  });

  it('works at phone width without JavaScript: queue and item are readable and a decision still goes through', async () => {
    const item = await itemOf('m-xss');
    const page = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${server.url}/review`);
    await expect(page.locator('.queue .row').count()).resolves.toBe(2);
    // A string, so the test's TypeScript needs no DOM types.
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await Promise.all([page.waitForNavigation(), page.click('.queue a.member >> text=<img src=x')]);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expect(page.locator('.original').textContent()).resolves.toContain('<script>alert(1)</script>');
    await Promise.all([page.waitForNavigation(), page.click('button.confirm')]);
    await expect(page.locator('.flash-ok').textContent()).resolves.toContain('Confirmed the removal');
    expect((await itemOf('m-xss')).status).toBe('confirmed');
  });

  it('sign-in attempts are rate limited per address (429), even with the right password', async () => {
    const limited = await startReviewServer(em, storePath, {
      sessionSecret: randomBytes(32).toString('hex'), loginLimit: { max: 3, windowMs: 60_000 },
    });
    try {
      const form = await fetch(`${limited.url}/login`);
      const cookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
      const attempt = (password: string) => fetch(`${limited.url}/login`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ _csrf: token, name: 'alice', password }).toString(),
      });
      for (let i = 0; i < 3; i++) expect((await attempt('wrong guess')).status).toBe(401);
      const blocked = await attempt(PASSWORD);
      expect(blocked.status).toBe(429);
      expect(await blocked.text()).toContain('Too many sign-in attempts');
    } finally {
      await limited.close();
    }
  });
});
