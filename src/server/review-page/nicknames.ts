import type { WixApi } from '../../wix/index.js';

const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 5_000;
/** A page waits at most this long for Wix; rows without a nickname show the member id. */
const WAIT_MS = 2_000;

/**
 * Member nicknames for the queue (Members v1), cached for a few minutes so paging through the
 * queue does not cost one Wix request per row each time. Best effort: failures show member ids.
 */
export class Nicknames {
  private readonly cache = new Map<string, { name: string | undefined; at: number }>();

  constructor(
    private readonly wix: WixApi,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(memberIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const id of new Set(memberIds)) {
      const hit = this.cache.get(id);
      if (hit && this.now() - hit.at < TTL_MS) {
        if (hit.name) out.set(id, hit.name);
      } else missing.push(id);
    }
    const fetches = Promise.allSettled(missing.map(async (id) => {
      const name = (await this.wix.getMember(id))?.profile?.nickname || undefined;
      this.remember(id, name);
      if (name) out.set(id, name);
    }));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([fetches, new Promise((r) => { timer = setTimeout(r, WAIT_MS); })]);
    clearTimeout(timer);
    return new Map(out);
  }

  private remember(id: string, name: string | undefined): void {
    this.cache.delete(id);
    this.cache.set(id, { name, at: this.now() });
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
  }
}
