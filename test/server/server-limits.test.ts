import { rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { eventually, freePort, serveConfig, startServe, webhookKeyFile, type ServeProcess } from './serve-process.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function serveWith(server: object): Promise<{ serve: ServeProcess; port: number }> {
  const em = await startEmulatorProcess(['--seed', 'none']);
  stops.push(() => em.stop());
  const { config, dir } = await serveConfig(em.url, { server });
  stops.push(() => rm(dir, { recursive: true, force: true }));
  const keys = await webhookKeyFile(dir);
  const port = await freePort();
  const serve = await startServe(config, { ...em.env, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem }, port);
  stops.push(() => serve.stop('SIGKILL'));
  return { serve, port };
}

interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves when the server has closed the connection, with ms since it was opened. */
  closed: Promise<number>;
}

async function open(port: number): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1');
  const opened = Date.now();
  let data = '';
  socket.setEncoding('utf8').on('data', (d: string) => (data += d));
  socket.on('error', () => {}); // a reset is one way of being refused
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
  stops.push(async () => { socket.destroy(); });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('close', () => reject(new Error('closed before connecting')));
  });
  return { socket, received: () => data, closed };
}

/** A webhook POST announcing 1,000 bytes, then one byte a second: a slow-body attack. */
function trickle(conn: RawConnection): void {
  conn.socket.write('POST /webhooks/wix HTTP/1.1\r\nHost: aboutmod\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n');
  const timer = setInterval(() => conn.socket.writable && conn.socket.write('a'), 1_000);
  void conn.closed.then(() => clearInterval(timer));
}

const healthz = async (serve: ServeProcess) => (await fetch(`${serve.url}/healthz`)).status;

describe('serve: limits on the Node server itself', { timeout: 120_000 }, () => {
  it('200 bodies trickled a byte a second are each cut off with 408 after server.requestTimeoutMs; /healthz answers meanwhile', async () => {
    const { serve, port } = await serveWith({ requestTimeoutMs: 1_000, maxConnections: 250 });
    const conns = await Promise.all(Array.from({ length: 200 }, () => open(port)));
    conns.forEach(trickle);
    expect(await healthz(serve)).toBe(200);

    // Generous: the timeout plus Node's check interval (at most once a second) on a loaded machine.
    const lifetimes = await Promise.race([
      Promise.all(conns.map((c) => c.closed)),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('trickling sockets still open after 15 s')), 15_000)),
    ]);
    expect(Math.min(...lifetimes)).toBeGreaterThanOrEqual(900);
    // 408 from Node's request timeout, or 503 from Fastify's handler timeout (the same limit) when it fires first.
    for (const c of conns) expect(c.received()).toMatch(/^HTTP\/1\.1 (?:408|503) /);
    expect(await healthz(serve)).toBe(200);
  });

  it('keep-alive: an idle connection closes after server.keepAliveTimeoutMs, and one carries at most server.maxRequestsPerSocket requests', async () => {
    const { port } = await serveWith({ keepAliveTimeoutMs: 300, maxRequestsPerSocket: 2 });
    const request = 'GET /healthz HTTP/1.1\r\nHost: aboutmod\r\n\r\n';
    const responses = (c: RawConnection) => c.received().match(/HTTP\/1\.1 \d{3}/g) ?? [];

    const idle = await open(port);
    idle.socket.write(request);
    // Node's own default would keep it 5 s.
    expect(await idle.closed).toBeLessThan(2_500);
    expect(responses(idle)).toEqual(['HTTP/1.1 200']);

    const busy = await open(port);
    busy.socket.write(request);
    busy.socket.write(request);
    await busy.closed;
    expect(responses(busy)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    expect(busy.received()).toMatch(/connection: close/i);
  });

  it('a connection beyond server.maxConnections is closed at once; /healthz answers again when the others go', async () => {
    const { serve, port } = await serveWith({ maxConnections: 3 });
    const held = await Promise.all([open(port), open(port), open(port)]);
    // Refused: closed with nothing said, whether before or just after the TCP handshake completes.
    const extra = await open(port).then(async (c) => ({ ms: await c.closed, said: c.received() }), () => ({ ms: 0, said: '' }));
    expect(extra.ms).toBeLessThan(5_000);
    expect(extra.said).toBe('');
    // The held ones are still open: refusing the fourth did not cost them their connection.
    for (const c of held) expect(c.socket.destroyed).toBe(false);
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    // The server counts a connection gone once it has seen it close, a moment after the client.
    expect(await eventually(() => healthz(serve).catch(() => undefined), '/healthz after the held connections closed', 5_000)).toBe(200);
  });
});
