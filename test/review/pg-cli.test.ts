import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../src/review/types.js';
import type { MemberAbout } from '../../src/wix/types.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { usePostgres } from '../helpers/postgres.js';

/**
 * The CLI on a PostgreSQL store (store.kind "postgres"), the way a user runs it: `aboutmod migrate`,
 * then a scan of the emulator's demo site and a reviewer's list and restore, all through the built binary.
 */
const db = usePostgres({ migrated: false });
let em: Awaited<ReturnType<typeof startEmulatorProcess>>;
let config: string;

beforeAll(async () => {
  em = await startEmulatorProcess(['--seed', 'demo']);
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-pg-cli-'));
  config = join(dir, 'config.json');
  // store.path would be the lowdb file: with kind postgres it is never created.
  await writeFile(config, JSON.stringify({ wix: { baseUrl: em.url }, store: { kind: 'postgres', path: join(dir, 'review.json') } }));
}, 120_000);
afterAll(async () => {
  await em?.stop();
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCli([...args, '--config', config], { env: { ...em.env, DATABASE_URL: db.url, ...env } });
}

describe('aboutmod migrate', () => {
  it('applies the schema once and says so; a second run applies nothing', async () => {
    const first = await cli(['migrate']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied migration 1 review store/);
    expect(first.stdout).not.toContain('aboutmod:aboutmod');
    const again = await cli(['migrate', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ applied: [], server: expect.stringMatching(/^127\.0\.0\.1:5432\/aboutmod_test_/) as string });
  });

  it('DATABASE_URL missing or malformed: exit 2, one line; a server that cannot be reached: exit 1, one line, no password', async () => {
    const missing = await cli(['migrate'], { DATABASE_URL: '' });
    expect([missing.code, missing.stderr.trim().split('\n')]).toEqual([2, [expect.stringMatching(/^aboutmod: DATABASE_URL: missing/)]]);
    const malformed = await cli(['migrate'], { DATABASE_URL: 'localhost:5432' });
    expect([malformed.code, malformed.stderr.trim().split('\n')]).toEqual([2, [expect.stringMatching(/^aboutmod: DATABASE_URL: malformed/)]]);
    const down = await cli(['migrate'], { DATABASE_URL: 'postgres://aboutmod:s3cret@127.0.0.1:1/aboutmod' });
    expect([down.code, down.stderr.trim().split('\n')]).toEqual([1, ['aboutmod: cannot reach PostgreSQL at 127.0.0.1:1/aboutmod (connect ECONNREFUSED 127.0.0.1:1)']]);
    expect(down.stderr).not.toContain('s3cret');
  });
});

describe('scan and review on PostgreSQL', () => {
  it('a scan fills the queue; review list and restore read and settle it; another site sees nothing', async () => {
    const scan = await cli(['scan', '--json']);
    expect(scan.code, scan.stderr).toBe(0);

    const list = await cli(['review', 'list', '--status', 'replaced', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const replaced = (JSON.parse(list.stdout) as { items: Array<Pick<ReviewItem, 'id' | 'status'>> }).items;
    expect(replaced.length).toBeGreaterThanOrEqual(6);
    expect(replaced.every((i) => i.status === 'replaced')).toBe(true);

    // The export is the whole item, original included, as the store holds it.
    const exported = await cli(['review', 'export']);
    expect(exported.code, exported.stderr).toBe(0);
    const item = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as ReviewItem).find((i) => i.id === replaced[0]!.id)!;
    const restore = await cli(['review', 'restore', item.id, '--by', 'alice', '--json']);
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ id: item.id, status: 'restored' });
    const about = ((await (await fetch(`${em.url}/_emulator/abouts/${encodeURIComponent(item.aboutId)}`)).json()) as { memberAbout: MemberAbout }).memberAbout;
    expect(about.content).toEqual(item.original.content);

    // A second restore is ruled out by the item's history: exit 2, as on the lowdb store.
    const twice = await cli(['review', 'restore', item.id, '--by', 'alice']);
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe(`aboutmod: review item "${item.id}" is restored: it cannot become restored`);

    // The rows are the site's (WIX_SITE_ID of the emulator): another site key sees an empty queue.
    const other = await cli(['review', 'list', '--json'], { WIX_SITE_ID: 'another-site' });
    expect(other.code, other.stderr).toBe(0);
    expect(JSON.parse(other.stdout)).toEqual({ items: [] });
  });
});
