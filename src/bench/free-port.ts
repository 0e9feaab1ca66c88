import { createServer } from 'node:net';

/**
 * A free port, for a server that must be named (the emulator's --webhook-url) before it starts. Picked
 * below Linux's ephemeral range (32768+), so no process listening on port 0 meanwhile (the emulator
 * itself, a parallel test) can be handed the same port before our server binds it.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const server = createServer();
    const free = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!free) continue;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }
}
