import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PACKAGE_ROOT } from '../../paths.js';

/** The page's CSS, shortcut script and icon: plain files shipped in the package (src/ is in "files"), no build step. */
const ASSETS = {
  'review.css': 'text/css; charset=utf-8',
  'review.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
} as const;

export const STATIC_DIR = resolve(PACKAGE_ROOT, 'src/server/review-page/static');

/** Read once at start-up and served from memory under /review-assets/, with an ETag for revalidation. */
export async function staticAssets(app: FastifyInstance): Promise<void> {
  for (const [name, type] of Object.entries(ASSETS)) {
    const body = await readFile(resolve(STATIC_DIR, name));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    app.get(`/review-assets/${name}`, async (request, reply) => {
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(type).send(body);
    });
  }
  // Browsers and feed readers ask for /favicon.ico whatever the page links; the icon is an SVG.
  app.get('/favicon.ico', async (_request, reply) => reply.redirect('/review-assets/favicon.svg', 301));
}
