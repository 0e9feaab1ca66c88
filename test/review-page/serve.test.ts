import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator.js';
import { startServe, type ServeProcess } from '../server/serve-process.js';
import { scanSetup } from '../worker/helpers.js';

const running: Array<EmulatorProcess | ServeProcess> = [];
afterEach(async () => {
  for (const p of running.splice(0).reverse()) await p.stop();
});

async function serveWith(env: Record<string, string>): Promise<ServeProcess> {
  const em = await startEmulatorProcess(['--seed', 'demo']);
  running.push(em);
  const { config } = await scanSetup(em.url);
  const serve = await startServe(config, { ...em.env, WIX_WEBHOOK_PUBLIC_KEY: em.publicKey, ...env });
  running.push(serve);
  return serve;
}

describe('aboutmod serve with the review page', () => {
  it('serves /login and, after a token sign-in, /review beside an untouched /healthz', async () => {
    const token = randomBytes(18).toString('base64url');
    const serve = await serveWith({ SESSION_SECRET: randomBytes(32).toString('hex'), REVIEW_TOKEN: token });
    const form = await fetch(`${serve.url}/login`);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-security-policy')).toContain("default-src 'none'");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const login = await fetch(`${serve.url}/login`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') },
      body: new URLSearchParams({ _csrf: csrf, name: 'carol', password: token }).toString(),
    });
    expect(login.status).toBe(303);
    const session = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const queue = await fetch(`${serve.url}/review`, { headers: { cookie: session } });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Signed in as <strong>carol (token)</strong>');

    const health = await fetch(`${serve.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-security-policy')).toBeNull();
    // The token never reaches the log.
    expect(serve.stderr()).not.toContain(token);
  });

  it('without SESSION_SECRET the service runs without the page and says so once', async () => {
    const serve = await serveWith({ SESSION_SECRET: '', REVIEW_TOKEN: '' });
    expect((await fetch(`${serve.url}/login`)).status).toBe(404);
    expect((await fetch(`${serve.url}/healthz`)).status).toBe(200);
    expect(serve.logs.filter((l) => l.msg === 'review page off: set SESSION_SECRET to serve /review')).toHaveLength(1);
  });
});
