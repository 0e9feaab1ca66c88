import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { logEveryRequest, noteRequest } from '../../src/server/request-log.js';

const closes: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closes.length) await closes.pop()!();
});

/** A server whose one route notes an outcome and answers; with ?waitForClient it answers only once the client has hung up. */
async function serverLogging(): Promise<{ url: string; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  const app = Fastify({ logger: false });
  logEveryRequest(app, createLogger({ level: 'info', destination }));
  app.post('/webhooks/wix', async (request, reply) => {
    if ('waitForClient' in (request.query as object)) await new Promise((resolve) => request.raw.socket.once('close', resolve));
    noteRequest(request, { outcome: 'queued' });
    return reply.code(200).send({ result: 'queued' });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  closes.push(() => app.close());
  const { port } = app.server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/webhooks/wix`, lines };
}

describe('the request log', () => {
  it('one line per request, with what the handler did', async () => {
    const server = await serverLogging();
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(200);
    await expect.poll(() => server.lines.length).toBe(1);
    expect(server.lines[0]).toMatchObject({ msg: 'request', url: '/webhooks/wix', status: 200, outcome: 'queued' });
    expect(server.lines[0]).not.toHaveProperty('clientLeft');
  });

  it('a webhook the sender gave up on before the answer (Wix waits 1250 ms) is still logged with what was done', async () => {
    const server = await serverLogging();
    await expect(fetch(`${server.url}?waitForClient`, { method: 'POST', signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await expect.poll(() => server.lines.length).toBe(1);
    expect(server.lines[0]).toMatchObject({ msg: 'request', status: 200, outcome: 'queued', clientLeft: true });
  });
});
