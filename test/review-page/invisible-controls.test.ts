import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore, type LowdbReviewStore, type ReviewItem } from '../../src/review/index.js';
import { reviewPagePlugin } from '../../src/server/review-page/index.js';
import { createWixClient } from '../../src/wix/index.js';

/**
 * A member hides what they wrote from the reviewer with invisible characters: a right-to-left override
 * makes "exe.txt" read "txt.exe", a zero-width space splits a flagged word, an isolate reorders a URL.
 * The review page, fetched over HTTP, must show each as a visible escape (as the terminal does) in every
 * place member text or URLs appear: reader view, link addresses, evidence, reasons, history, member id.
 */
const TOKEN = 'shared-review-token';
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u115f\u3164]/;

let dir: string;
let app: FastifyInstance;
let store: LowdbReviewStore;
let base: string;
let cookie: string;
let item: ReviewItem;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aboutmod-controls-'));
  store = await openReviewStore(join(dir, 'review.json'));
  [item] = await store.addPending([{
    aboutId: 'about-1',
    memberId: 'member\u202e1',
    original: {
      revision: '1',
      content: {
        nodes: [
          { type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', textData: { text: 'open invoice\u202eexe.txt now, you i\u200bdiot', decorations: [] } }] },
          {
            type: 'PARAGRAPH', id: 'p2', nodes: [{
              type: 'TEXT',
              textData: { text: 'my bank', decorations: [{ type: 'LINK', linkData: { link: { url: 'https://bank.example/\u2067login\u2069' } } }] },
            }],
          },
        ],
      },
    },
    reasons: [{
      category: 'harassment', score: 0.9, source: 'local:\u200flexicon', detail: 'insult \u2066hidden\u2069',
      evidence: [{ value: 'i\u200bdiot', path: 'nodes[0].nodes[0].textData.text', place: 'paragraph' }],
    }],
    scorer: 'local:test',
  }], 'aboutmod') as [ReviewItem];
  await store.transition(item.id, 'replaced', { by: 'aboutmod', action: 'replaced', note: 'placeholder \ufeffwritten', revision: '2' }, { placeholderRevision: '2' });

  app = fastify();
  const wix = createWixClient({
    baseUrl: 'http://127.0.0.1:9', pageSize: 50, concurrency: 1, timeoutMs: 1000, maxRetries: 0,
    credentials: { kind: 'apiKey', apiKey: 'k', siteId: 's' },
  });
  await app.register(reviewPagePlugin({ store, wix, sessionSecret: 's'.repeat(40), reviewToken: TOKEN, confirmedPlaceholder: 'removed' }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  cookie = await signIn();
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

function cookies(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** Signs in with the shared token the way a browser does: GET the form, POST it with its CSRF token. */
async function signIn(): Promise<string> {
  const form = await fetch(`${base}/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const jar = cookies(form);
  const res = await fetch(`${base}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, name: 'rev', password: TOKEN, next: '/review' }).toString(),
  });
  expect(res.status).toBe(303);
  return [...jar, ...cookies(res)].join('; ');
}

async function page(path: string): Promise<string> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return res.text();
}

describe('the review page shows invisible and bidi controls as visible escapes', () => {
  it('the item page: reader view, link address, evidence, reasons, history and member id carry no raw control', async () => {
    const body = await page(`/review/${item.id}`);
    expect(body).not.toMatch(INVISIBLE);
    expect(body).toContain('open invoice\\u{202e}exe.txt now');
    expect(body).toContain('i\\u{200b}diot');
    expect(body).toContain('https://bank.example/\\u{2067}login\\u{2069}');
    expect(body).toContain('insult \\u{2066}hidden\\u{2069}');
    expect(body).toContain('local:\\u{200f}lexicon');
    expect(body).toContain('placeholder \\u{feff}written');
    expect(body).toContain('member\\u{202e}1');
  });

  it('the "open" link still goes where a browser would go (the controls percent-encoded, not rewritten as text)', async () => {
    const body = await page(`/review/${item.id}`);
    expect(body).toContain('href="https://bank.example/%E2%81%A7login%E2%81%A9"');
  });

  it('the queue page: member id and evidence escaped the same way', async () => {
    const body = await page('/review?status=all');
    expect(body).toContain(`data-id="${item.id}"`);
    expect(body).not.toMatch(INVISIBLE);
    expect(body).toContain('member\\u{202e}1');
    expect(body).toContain('i\\u{200b}diot');
  });

  it("the bulk confirmation lists members escaped, and gives the reviewer's own note back unchanged", async () => {
    const queue = await page('/review?status=all');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(queue)![1]!;
    const note = 'as typed: C:\\temp';
    const res = await fetch(`${base}/review/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrf, do: 'confirm-selected', ids: item.id, note, status: 'all', category: '', age: '' }).toString(),
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toMatch(INVISIBLE);
    expect(body).toContain('member\\u{202e}1');
    expect(body).toContain('value="as typed: C:\\temp"');
  });
});
