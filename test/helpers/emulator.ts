import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importSPKI, jwtVerify } from 'jose';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

export { createEmulator, type Emulator, type EmulatorOptions, type EmulatorSite } from '../../src/emulator/index.js';

/** The emulator as a child process of the built binary (the same spawner the demo and benches use). */
export { spawnEmulator as startEmulatorProcess, type EmulatorProcess } from '../../src/demo/emulator-process.js';

/**
 * An in-process emulator of `sites` sites (default 1), each with its own credentials and Abouts:
 * `emu.sites()` lists them (`instanceId`, `siteId`, `apiKey`, `ownerUserId`, `env`, `oauthEnv`, `store`,
 * `faults`, `stats()`, `memberEdit()`). Close it with `emu.close()`.
 */
export function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator(options);
}

/** A webhook receiver that records raw bodies; answers 500 to the first `failFirst` deliveries. */
export async function webhookReceiver(failFirst = 0) {
  const bodies: string[] = [];
  const contentTypes: string[] = [];
  let failures = failFirst;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end();
        return;
      }
      bodies.push(body);
      contentTypes.push(String(req.headers['content-type']));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/wix`;
  return { url, bodies, contentTypes, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface ParsedWebhook {
  header: { alg: string; kid?: string };
  envelope: { eventType: string; instanceId: string; accountInfo?: { siteId?: string } };
  event: Record<string, unknown> & { id: string; entityId: string; slug: string; entityEventSequence: string };
  identity: Record<string, string>;
}

/** Verifies a webhook JWT with the app's public key and unpacks its three levels (wix-api.md section 8); throws when it does not verify. */
export async function verifyWebhookJwt(jwt: string, publicKeyPem: string): Promise<ParsedWebhook> {
  const key = await importSPKI(publicKeyPem, 'RS256');
  const { payload, protectedHeader } = await jwtVerify(jwt, key, { algorithms: ['RS256'] });
  if (typeof payload.data !== 'string') throw new Error('the JWT data claim is not a JSON string');
  const envelope = JSON.parse(payload.data) as ParsedWebhook['envelope'] & { data: string; identity: string };
  return { header: protectedHeader as ParsedWebhook['header'], envelope, event: JSON.parse(envelope.data), identity: JSON.parse(envelope.identity) };
}
