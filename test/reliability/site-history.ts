import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import type { MemberAbout } from '../../src/wix/types.js';

/** One revision of one About as Wix produced it. */
export interface Revision {
  revision: number;
  /** The content as JSON text, exactly as the emulator serialised it. */
  contentJson: string;
  /** MEMBER (the member's edit, or the seed), WIX_USER / APP (our own writes: placeholders, restores, confirms). */
  writer: string;
}

/**
 * Every revision of every About, learnt from the seed and from the webhooks the emulator sends on each
 * create and update (each carries the whole entity and who wrote it), so a check can tell what was live
 * just before any revision. Wix itself keeps no history; its webhooks are the only record of one.
 */
export class SiteHistory {
  private readonly abouts = new Map<string, Map<number, Revision>>();

  /** The seed, as the site held it before anyone wrote: revision 1 of each About, the member's own. */
  seed(abouts: MemberAbout[]): void {
    for (const about of abouts) this.add(about.id, { revision: Number(about.revision), contentJson: JSON.stringify(about.content), writer: 'MEMBER' });
  }

  add(aboutId: string, revision: Revision): void {
    const revisions = this.abouts.get(aboutId) ?? new Map<number, Revision>();
    this.abouts.set(aboutId, revisions);
    revisions.set(revision.revision, revision);
  }

  ids(): string[] {
    return [...this.abouts.keys()];
  }

  /** The About's revisions, oldest first. */
  of(aboutId: string): Revision[] {
    return [...(this.abouts.get(aboutId)?.values() ?? [])].sort((a, b) => a.revision - b.revision);
  }

  at(aboutId: string, revision: number): Revision | undefined {
    return this.abouts.get(aboutId)?.get(revision);
  }
}

export interface WebhookRelay {
  /** Where the emulator delivers (its --webhook-url). */
  url: string;
  /** Events received, duplicates and redeliveries included. */
  received: number;
  /** Where events go on to (serve's webhook URL), or undefined while serve is down (Wix is told 503 and retries). */
  target: string | undefined;
  /** With no target: answer 200 instead of 503 (the run is over and nobody listens any more). */
  acceptWithoutTarget: boolean;
  close(): Promise<void>;
}

/**
 * A relay between the emulator and `serve`: records each event's entity in `history`, then passes the
 * body on unchanged and answers with serve's status. serve can then be killed and restarted on any
 * port while the emulator keeps one webhook URL, as a load balancer in front of it would.
 */
export async function startWebhookRelay(history: SiteHistory): Promise<WebhookRelay> {
  const relay: WebhookRelay = { url: '', received: 0, target: undefined, acceptWithoutTarget: false, close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      relay.received++;
      record(history, body);
      void forward(relay, body).then((status) => res.writeHead(status).end());
    });
  });
  await once(server.listen(0, '127.0.0.1'), 'listening');
  relay.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/wix`;
  relay.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return relay;
}

async function forward(relay: WebhookRelay, body: string): Promise<number> {
  if (!relay.target) return relay.acceptWithoutTarget ? 200 : 503;
  try {
    const res = await fetch(relay.target, { method: 'POST', headers: { 'content-type': 'text/plain' }, body, signal: AbortSignal.timeout(1_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 503;
  }
}

/** The JWT's three nested JSON levels (wix-api.md section 8), read without verifying: the emulator signed them. */
function record(history: SiteHistory, jwt: string): void {
  const envelope = JSON.parse(decodeJwt(jwt).data as string) as { data: string; identity: string };
  const event = JSON.parse(envelope.data) as {
    entityId: string;
    createdEvent?: { entity: MemberAbout };
    updatedEvent?: { currentEntity: MemberAbout };
  };
  const entity = event.createdEvent?.entity ?? event.updatedEvent?.currentEntity;
  if (!entity) return; // deleted: the soak deletes nothing
  const writer = (JSON.parse(envelope.identity) as { identityType: string }).identityType;
  history.add(event.entityId, { revision: Number(entity.revision), contentJson: JSON.stringify(entity.content), writer });
}
