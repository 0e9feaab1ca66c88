import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { demoSite, fixedGuid } from './demo-site.js';
import type { EmulatorStore } from './store.js';

/** One About to create at start, with its member. The `--seed FILE` format is a JSON array of these. */
export interface SeedEntry {
  memberId?: string;
  /** Fixed About id (demo only; files get generated ids). */
  aboutId?: string;
  content: unknown;
  nickname?: string;
  loginEmail?: string;
}

const SEED_DATE = '2026-01-15T10:00:00.000Z';

/**
 * Fills the store from a seed spec: `none`, `demo`, `bulk:N[:F]` (N generated abouts, a fraction F of
 * them with obvious profanity) or a JSON file. A bad spec or file is one UsageError line, nothing seeded.
 * `site` (0 for the first) goes into the fixed ids of demo and bulk seeds, so no two sites share an id.
 */
export function applySeed(store: EmulatorStore, spec: string | SeedEntry[], site = 0): void {
  if (Array.isArray(spec)) return addEntries(store, spec);
  if (spec === 'none') return;
  if (spec === 'demo') return addEntries(store, demoSite().map((e) => ({ ...e, memberId: siteGuid(e.memberId!, site), aboutId: siteGuid(e.aboutId!, site) })));
  const bulk = parseBulkSeed(spec);
  if (bulk) return addBulk(store, bulk.n, bulk.fraction, site);
  addEntries(store, readSeedFile(spec));
}

/** `bulk:N[:F]` read, or undefined when `spec` is not a bulk seed; a malformed one is a UsageError. */
export function parseBulkSeed(spec: string): { n: number; fraction: number } | undefined {
  if (!spec.startsWith('bulk:')) return undefined;
  const bulk = /^bulk:(\d+)(?::([0-9.]+))?$/.exec(spec);
  const n = Number(bulk?.[1]);
  const fraction = bulk?.[2] === undefined ? 0 : Number(bulk[2]);
  if (!bulk || n > 2_000_000 || !(fraction >= 0 && fraction <= 1)) throw new UsageError(`--seed ${spec}: malformed bulk seed, expected bulk:N with N up to 2000000 and an optional fraction 0..1, e.g. bulk:100000:0.05`);
  return { n, fraction };
}

/** A fixed GUID made unique per site: the site number replaces the zeros after the prefix digit (site 0 keeps the id). */
function siteGuid(guid: string, site: number): string {
  return site === 0 ? guid : `${guid[0]}${site.toString(16).padStart(7, '0')}${guid.slice(8)}`;
}

function readSeedFile(path: string): SeedEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? `not valid JSON (${err.message})` : `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
    throw new UsageError(`--seed ${path}: ${why}`);
  }
  if (!Array.isArray(json)) throw new UsageError(`--seed ${path}: expected a JSON array of {memberId?, content, nickname?, loginEmail?}`);
  json.forEach((entry, i) => {
    const problem = checkEntry(entry);
    if (problem) throw new UsageError(`--seed ${path}: entry ${i}: ${problem}`);
  });
  return (json as SeedEntry[]).map(({ memberId, content, nickname, loginEmail }) => ({ memberId, content, nickname, loginEmail }));
}

function checkEntry(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'expected an object';
  const e = entry as Record<string, unknown>;
  const c = e.content as { nodes?: unknown } | undefined;
  if (!c || typeof c !== 'object' || Array.isArray(c) || !Array.isArray(c.nodes)) return 'content: expected a Ricos document (an object with a nodes array)';
  for (const key of ['memberId', 'nickname', 'loginEmail'] as const) {
    if (e[key] !== undefined && (typeof e[key] !== 'string' || !e[key])) return `${key}: expected a non-empty string`;
  }
  return undefined;
}

function addEntries(store: EmulatorStore, entries: SeedEntry[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const memberId = entry.memberId ?? crypto.randomUUID();
    if (seen.has(memberId)) throw new UsageError(`seed entry ${i}: member ${memberId} already has an About (one per member)`);
    seen.add(memberId);
    const nickname = entry.nickname ?? `Member ${i + 1}`;
    store.addMember({
      id: memberId,
      nickname,
      loginEmail: entry.loginEmail ?? `member${i + 1}@example.com`,
      status: 'APPROVED',
      createdDate: SEED_DATE,
    });
    store.create({ id: entry.aboutId, memberId, content: entry.content });
  });
}

// Bulk: cheap, deterministic text from small parts, so 100,000 abouts take well under a second.
const OPENERS = ['Hi, I am', 'Hello! My name is', 'Hey there, I\'m', 'Welcome to my profile, I\'m', 'Nice to meet you, I am'];
const NAMES = ['Alex', 'Sam', 'Jordan', 'Robin', 'Kim', 'Charlie', 'Taylor', 'Morgan', 'Jamie', 'Casey', 'Riley', 'Avery'];
const HOBBIES = ['baking bread', 'knitting scarves', 'woodworking', 'watercolour painting', 'gardening', 'pottery', 'hiking', 'bird watching', 'chess', 'photography', 'sewing', 'cycling'];
const CLOSERS = ['Say hi at the next meetup!', 'Always happy to share tips.', 'I come every Saturday.', 'New here, be kind :)', 'Ask me about my latest project.'];
const FLAGGED = ['This club is full of fucking idiots.', 'You are all worthless pieces of shit.', 'Shut up, you stupid bitch.', 'Fuck off, every one of you.'];

function addBulk(store: EmulatorStore, n: number, fraction: number, site: number): void {
  // Spread the flagged ones evenly (every k-th) rather than randomly, so counts are exact and repeatable.
  const flagEvery = fraction > 0 ? 1 / fraction : Infinity;
  let nextFlag = fraction > 0 ? flagEvery / 2 : Infinity;
  for (let i = 0; i < n; i++) {
    const name = NAMES[i % NAMES.length]!;
    let text = `${OPENERS[i % OPENERS.length]} ${name}. I enjoy ${HOBBIES[(i * 7) % HOBBIES.length]} and ${HOBBIES[(i * 5 + 3) % HOBBIES.length]}. ${CLOSERS[(i * 3) % CLOSERS.length]}`;
    if (i + 0.5 >= nextFlag) {
      text += ` ${FLAGGED[i % FLAGGED.length]}`;
      nextFlag += flagEvery;
    }
    const memberId = siteGuid(fixedGuid('c', i + 1), site);
    store.addMember({ id: memberId, nickname: `${name} ${i + 1}`, loginEmail: `member${i + 1}@example.com`, status: 'APPROVED', createdDate: SEED_DATE });
    store.create({
      id: siteGuid(fixedGuid('b', i + 1), site),
      memberId,
      content: { nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} }], metadata: { version: 1 }, documentStyle: {} },
    });
  }
}
