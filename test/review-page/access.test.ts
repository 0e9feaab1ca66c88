import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, openReviewStore, type LowdbReviewStore } from '../../src/review/index.js';
import { safeNext } from '../../src/server/review-page/auth-routes.js';
import { escapeHtml, html } from '../../src/server/review-page/html.js';
import { reviewPagePlugin, reviewPageSecrets } from '../../src/server/review-page/index.js';
import { parseQueueFilter } from '../../src/server/review-page/queue-filter.js';
import { createWixClient } from '../../src/wix/index.js';

const SECRET = 'x'.repeat(40);
const TOKEN = 'small-site-shared-token';
const open: Array<{ app: FastifyInstance; store: LowdbReviewStore }> = [];
afterEach(async () => {
  for (const { app, store } of open.splice(0)) {
    await app.close();
    await store.close();
  }
});

/** The plugin in a bare Fastify (no trustProxy, as `aboutmod serve` builds it), with a real store on disk. Wix is never reached here. */
async function page(): Promise<FastifyInstance> {
  const store = await openReviewStore(join(await mkdtemp(join(tmpdir(), 'aboutmod-access-')), 'review.json'));
  await store.putReviewer({ name: 'alice', passwordHash: await hashPassword('alice-password'), createdAt: new Date().toISOString() });
  const wix = createWixClient({
    baseUrl: 'http://127.0.0.1:9', pageSize: 50, concurrency: 1, timeoutMs: 1000, maxRetries: 0,
    credentials: { kind: 'apiKey', apiKey: 'k', siteId: 's' },
  });
  const app = fastify();
  await app.register(reviewPagePlugin({ store, wix, sessionSecret: SECRET, reviewToken: TOKEN, confirmedPlaceholder: 'Removed.' }));
  open.push({ app, store });
  return app;
}

/** GET /login: the CSRF cookie and the token its form carries. */
async function loginForm(app: FastifyInstance, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url: '/login', headers });
  const cookie = res.cookies.find((c) => c.name === 'aboutmod_csrf')!;
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)![1]!;
  return { res, cookie, token };
}

async function signIn(app: FastifyInstance, name: string, password: string, headers: Record<string, string> = {}, next = '/review') {
  const { cookie, token } = await loginForm(app, headers);
  return app.inject({
    method: 'POST', url: '/login',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: `aboutmod_csrf=${cookie.value}` },
    payload: new URLSearchParams({ _csrf: token, name, password, next }).toString(),
  });
}

describe('review page access', () => {
  it('session and CSRF cookies are HttpOnly and SameSite=Strict, and Secure only when the request came over TLS (here: through a TLS-terminating proxy)', async () => {
    const app = await page();
    const plain = await signIn(app, 'alice', 'alice-password');
    expect(plain.statusCode).toBe(303);
    const session = plain.cookies.find((c) => c.name === 'aboutmod_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(session.secure).toBeUndefined();

    const tls = await signIn(app, 'alice', 'alice-password', { 'x-forwarded-proto': 'https' });
    expect(tls.cookies.find((c) => c.name === 'aboutmod_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
    const { cookie } = await loginForm(app, { 'x-forwarded-proto': 'https' });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
  });

  it('sign out ends the session on the server: the old cookie no longer opens the queue', async () => {
    const app = await page();
    const login = await signIn(app, 'alice', 'alice-password');
    const cookies = login.cookies.map((c) => `${c.name}=${c.value}`);
    const { cookie, token } = await loginForm(app);
    const jar = [...cookies.filter((c) => !c.startsWith('aboutmod_csrf=')), `aboutmod_csrf=${cookie.value}`].join('; ');
    const out = await app.inject({
      method: 'POST', url: '/logout', headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(token)}`,
    });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/login');
    const after = await app.inject({ method: 'GET', url: '/review', headers: { cookie: jar } });
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/login?next=%2Freview');
  });

  it('an unknown item is a 404 page naming it (escaped), and a bad filter a 400 naming the value', async () => {
    const app = await page();
    const login = await signIn(app, 'alice', 'alice-password');
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const missing = await app.inject({ method: 'GET', url: '/review/%3Cb%3Enope', headers: { cookie } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('There is no review item &quot;&lt;b&gt;nope&quot;.');
    const bad = await app.inject({ method: 'GET', url: '/review?age=older-forever', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('age: expected an age like 30d, 12h or 90m');
    const empty = await app.inject({ method: 'GET', url: '/review', headers: { cookie } });
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Nothing matches these filters.');
  });

  it('a shared-token login cannot take an account\'s name, and a wrong token is refused', async () => {
    const app = await page();
    expect((await signIn(app, 'alice', TOKEN)).statusCode).toBe(401);
    expect((await signIn(app, 'bob', 'not-the-token')).statusCode).toBe(401);
    expect((await signIn(app, 'bob', TOKEN)).statusCode).toBe(303);
    expect((await signIn(app, '<script>', TOKEN)).statusCode).toBe(401);
  });

  it('after sign-in it goes only to a path of the review page, never to another site', async () => {
    const app = await page();
    expect((await signIn(app, 'alice', 'alice-password', {}, '//evil.example/review')).headers.location).toBe('/review');
    expect((await signIn(app, 'alice', 'alice-password', {}, 'https://evil.example/')).headers.location).toBe('/review');
    expect((await signIn(app, 'alice', 'alice-password', {}, '/review/abc?status=all')).headers.location).toBe('/review/abc?status=all');
    expect(safeNext('/review\\@evil.example')).toBe('/review');
  });

  it('every response carries the strict CSP and companions; assets are our own files with their types', async () => {
    const app = await page();
    const { res } = await loginForm(app);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY', 'cache-control': 'no-store' });
    const js = await app.inject({ method: 'GET', url: '/review-assets/review.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('keydown');
    const css = await app.inject({ method: 'GET', url: '/review-assets/review.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await app.inject({ method: 'GET', url: '/review-assets/review.css', headers: { 'if-none-match': css.headers.etag as string } })).statusCode).toBe(304);
  });

  it('GET / leads to the review page (and on to sign-in); signed in, it opens the queue', async () => {
    const app = await page();
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/review');
    expect((await app.inject({ method: 'GET', url: '/review' })).headers.location).toBe('/login?next=%2Freview');
    const cookie = (await signIn(app, 'alice', 'alice-password')).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const queue = await app.inject({ method: 'GET', url: root.headers.location as string, headers: { cookie } });
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('<h1>Review queue</h1>');
  });

  it('a favicon is served as SVG without a session, linked from every page, and /favicon.ico leads to it', async () => {
    const app = await page();
    const { res } = await loginForm(app);
    expect(res.body).toContain('<link rel="icon" href="/review-assets/favicon.svg" type="image/svg+xml">');
    const icon = await app.inject({ method: 'GET', url: '/review-assets/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Same origin: the CSP's img-src 'self' allows it.
    expect(res.headers['content-security-policy']).toContain("img-src 'self'");
    const ico = await app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(ico.statusCode).toBe(301);
    expect(ico.headers.location).toBe('/review-assets/favicon.svg');
  });
});

describe('review page building blocks', () => {
  it('html escapes every interpolation (text and attributes) and passes only its own output through', () => {
    const member = `<script>alert("x")</script>' onmouseover='y' \``;
    const out = html`<p title="${member}">${member}${[member, html`<b>${member}</b>`]}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/' onmouseover/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;y&#39; &#96;');
    expect(out).toContain('<b>&lt;script&gt;');
    expect(escapeHtml('a & b')).toBe('a &amp; b');
  });

  it('queue filters accept only what the page offers; status defaults to awaiting review', () => {
    expect(parseQueueFilter({})).toEqual({ status: 'replaced', page: 1 });
    expect(parseQueueFilter({ status: 'all', category: 'harassment', age: 'older-7d', page: '2' }))
      .toEqual({ category: 'harassment', age: 'older-7d', page: 2 });
    expect(() => parseQueueFilter({ status: 'open' })).toThrow(/status: expected one of/);
    expect(() => parseQueueFilter({ category: 'rude' })).toThrow(/category/);
    expect(() => parseQueueFilter({ age: 'older-forever' })).toThrow(/age/);
    expect(() => parseQueueFilter({ page: '0' })).toThrow(/page/);
    expect(() => parseQueueFilter({ status: ['a', 'b'] })).toThrow(/one value/);
  });

  it('secrets: the page is off without SESSION_SECRET, and short secrets are refused by name', () => {
    expect(reviewPageSecrets({})).toBeUndefined();
    expect(reviewPageSecrets({ SESSION_SECRET: SECRET })).toEqual({ sessionSecret: SECRET, reviewToken: undefined });
    expect(() => reviewPageSecrets({ SESSION_SECRET: 'short' })).toThrow(/^SESSION_SECRET: expected at least 32 characters$/);
    expect(() => reviewPageSecrets({ SESSION_SECRET: SECRET, REVIEW_TOKEN: 'abc' })).toThrow(/^REVIEW_TOKEN: expected at least 16/);
    expect(() => reviewPageSecrets({ REVIEW_TOKEN: TOKEN })).toThrow(/^SESSION_SECRET: missing/);
  });
});
