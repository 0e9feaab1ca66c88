import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore, verifyPassword, type ReviewItem } from '../../src/review/index.js';
import { buildPlaceholder } from '../../src/ricos/index.js';
import type { MemberAbout } from '../../src/wix/types.js';
import { BIN, runCli, type CliResult } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';

/**
 * The reviewer's commands through the built CLI, against the emulator's demo site. Review items come
 * from a real `aboutmod scan`, the way a reviewer meets them.
 */
let em: Awaited<ReturnType<typeof startEmulatorProcess>>;
let config: string;
let storePath: string;

beforeAll(async () => {
  em = await startEmulatorProcess(['--seed', 'demo']);
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-review-'));
  config = join(dir, 'config.json');
  storePath = join(dir, 'store', 'review.json');
  await writeFile(config, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: storePath } }));
  const scan = await cli(['scan', '--json']);
  expect(scan.code, scan.stderr).toBe(0);
  expect(replaced().length).toBeGreaterThanOrEqual(6);
}, 120_000);
afterAll(async () => {
  await em?.stop();
});

function cli(args: string[], input?: string): Promise<CliResult> {
  return runCli([...args, '--config', config], { env: em.env, input });
}

function items(): ReviewItem[] {
  return (JSON.parse(readFileSync(storePath, 'utf8')) as { items: ReviewItem[] }).items;
}
function replaced(): ReviewItem[] {
  return items().filter((i) => i.status === 'replaced');
}
/** Each test takes its own replaced item, so tests do not depend on each other's order. */
const taken = new Set<string>();
function takeReplaced(): ReviewItem {
  const item = replaced().find((i) => !taken.has(i.id));
  if (!item) throw new Error('the demo site ran out of replaced items for these tests');
  taken.add(item.id);
  return item;
}

async function live(id: string): Promise<MemberAbout> {
  const res = await fetch(`${em.url}/_emulator/abouts/${encodeURIComponent(id)}`);
  return ((await res.json()) as { memberAbout: MemberAbout }).memberAbout;
}
async function updates(): Promise<number> {
  return ((await (await fetch(`${em.url}/_emulator/stats`)).json()) as { update?: number }).update ?? 0;
}
/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`), answering each prompt once it appears,
 * so what a terminal user sees, echo included, is what the test reads.
 */
function runInTerminal(args: string[], answers: Array<[prompt: string, reply: string]>): Promise<{ code: number | null; output: string }> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', quoted, '/dev/null'], { env: { ...process.env, ...em.env, CI: '' } });
  let output = '';
  let seen = 0;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    output += d;
    const next = answers[0];
    const at = next ? output.indexOf(next[0], seen) : -1;
    if (next && at >= 0) {
      seen = at + next[0].length;
      answers.shift();
      child.stdin.write(next[1]);
    }
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
const hasScript = spawnSync('script', ['--version']).status === 0;

function oneLine(r: CliResult): string {
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  return r.stderr.trim();
}

describe('review restore', () => {
  it('replaced -> restored puts the exact original JSON back at the next revision, and the next scan leaves it alone', async () => {
    const item = takeReplaced();
    const r = await cli(['review', 'restore', item.id, '--by', 'alice', '--note', 'satire, not abuse', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const after = JSON.parse(r.stdout) as ReviewItem;
    expect(after).toMatchObject({ id: item.id, status: 'restored', restoredRevision: (BigInt(item.placeholderRevision!) + 1n).toString() });
    const about = await live(item.aboutId);
    expect(about.content).toEqual(item.original.content);
    expect(about.revision).toBe(after.restoredRevision);
    expect(after.history.at(-1)).toMatchObject({ by: 'alice', action: 'restored', note: 'satire, not abuse', revision: about.revision });

    // The restored revision carries a not-flagged verdict: a rescan neither flags nor PATCHes it.
    const before = await updates();
    const scan = await cli(['scan', '--json', '--only', item.aboutId]);
    expect(scan.code, scan.stderr).toBe(0);
    expect(JSON.parse(scan.stdout.trim().split('\n').at(-1)!)).toMatchObject({ flagged: 0, replaced: 0 });
    expect(await updates()).toBe(before);
    expect((await live(item.aboutId)).content).toEqual(item.original.content);
  });

  it('after a member edit it refuses with one line, changes nothing on Wix, and the item becomes superseded', async () => {
    const item = takeReplaced();
    const edit = await fetch(`${em.url}/_emulator/member-edit`, { method: 'POST', body: JSON.stringify({ aboutId: item.aboutId }) });
    expect(edit.status).toBe(200);
    const edited = await live(item.aboutId);
    const before = await updates();

    const r = await cli(['review', 'restore', item.id, '--by', 'bob']);
    // Exit 1: the member's edit refused it, the request itself was sound.
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe(`aboutmod: review item "${item.id}" not restored: the member edited their About since; their edit stands`);
    expect(await updates()).toBe(before);
    expect(await live(item.aboutId)).toEqual(edited);
    const stored = items().find((i) => i.id === item.id)!;
    expect(stored.status).toBe('superseded');
    expect(stored.original).toEqual(item.original);
    expect(stored.history.at(-1)).toMatchObject({ by: 'bob', action: 'superseded', revision: edited.revision, from: 'replaced', to: 'superseded' });
  });

  it('a second restore is refused with one line', async () => {
    const item = takeReplaced();
    expect((await cli(['review', 'restore', item.id])).code).toBe(0);
    const again = await cli(['review', 'restore', item.id]);
    expect(again.code).toBe(2);
    expect(oneLine(again)).toBe(`aboutmod: review item "${item.id}" is restored: it cannot become restored`);
  });

  it('an unknown id is one line, exit 2, for show, restore and confirm', async () => {
    const storeBefore = readFileSync(storePath, 'utf8');
    for (const args of [['show', 'nope'], ['restore', 'nope'], ['confirm', 'nope']]) {
      const r = await cli(['review', ...args]);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toBe('aboutmod: review item "nope" not found');
    }
    expect(readFileSync(storePath, 'utf8')).toBe(storeBefore);
  });

  it('--by defaults to the OS user', async () => {
    const item = takeReplaced();
    const r = await cli(['review', 'confirm', item.id, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { userInfo } = await import('node:os');
    expect((JSON.parse(r.stdout) as ReviewItem).history.at(-1)!.by).toBe(userInfo().username);
  });
});

describe('review list, show, export', () => {
  it('list --json parses, newest first, and filters by status; the text list shows nicknames and reasons', async () => {
    const r = await cli(['review', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const listed = (JSON.parse(r.stdout) as { items: Array<ReviewItem> }).items;
    expect(listed.length).toBe(items().length);
    expect(Object.keys(listed[0]!).sort()).toEqual(['aboutId', 'flaggedAt', 'id', 'memberId', 'reasons', 'status']);
    const times = listed.map((i) => i.flaggedAt);
    expect([...times].sort().reverse()).toEqual(times);

    const only = JSON.parse((await cli(['review', 'list', '--status', 'replaced', '--json'])).stdout) as { items: ReviewItem[] };
    expect(only.items.map((i) => i.id).sort()).toEqual(replaced().map((i) => i.id).sort());

    const text = await cli(['review', 'list', '--status', 'replaced']);
    expect(text.code, text.stderr).toBe(0);
    const first = replaced()[0]!;
    const member = await (await fetch(`${em.url}/members/v1/members/${first.memberId}`, {
      headers: { authorization: em.env.WIX_API_KEY!, 'wix-site-id': em.env.WIX_SITE_ID! },
    })).json() as { member: { profile: { nickname: string } } };
    const row = text.stdout.split('\n').find((l) => l.startsWith(first.id))!;
    expect(row).toContain(member.member.profile.nickname);
    expect(row).toContain(first.reasons[0]!.category);
    expect(row).toMatch(/\b\d+m\b/);
  });

  it('show --json is the stored item with original.content and original.revision', async () => {
    const item = replaced()[0]!;
    const r = await cli(['review', 'show', item.id, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(item);
  });

  it('show prints what a reader sees with the evidence marked, reasons and history, and member text escaped', async () => {
    const item = takeReplaced();
    // The member's new About carries a terminal escape sequence and flagged words: scan it in.
    const hostile = {
      nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text: 'you are a fucking idiot \u001b[2J\u001b]8;;http://evil\u0007click\u001b]8;;\u0007', decorations: [] } }] }],
    };
    await fetch(`${em.url}/_emulator/member-edit`, { method: 'POST', body: JSON.stringify({ aboutId: item.aboutId, content: hostile }) });
    const scan = await cli(['scan', '--json', '--only', item.aboutId]);
    expect(scan.code, scan.stderr).toBe(0);
    const fresh = items().find((i) => i.aboutId === item.aboutId && i.status === 'replaced')!;
    expect(fresh.id).not.toBe(item.id);

    const r = await cli(['review', 'show', fresh.id]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toMatch(/> paragraph: .*\[\[/);
    expect(r.stdout).toContain(fresh.reasons[0]!.category);
    expect(r.stdout).toMatch(/flagged by aboutmod \(revision \d+\)/);
    expect(r.stdout).toMatch(/replaced by aboutmod/);
    // The old item for the same About was settled when the member's edit was flagged again.
    expect(items().find((i) => i.id === item.id)!.status).toBe('superseded');
  });

  it('show lists each cited text once per category and place, its sources together; an address and its mailto: are one row', async () => {
    const evidenceOf = async (item: ReviewItem) => {
      const r = await cli(['review', 'show', item.id]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.split('\n\n').find((part) => part.startsWith('Evidence'))!.split('\n').slice(1);
    };
    const cited = (item: ReviewItem) => item.reasons.flatMap((r) => r.evidence.map((e) => e.value));

    const mailed = items().find((i) => cited(i).some((v) => v.startsWith('mailto:')))!;
    const address = cited(mailed).find((v) => v.startsWith('mailto:'))!.slice('mailto:'.length);
    expect(cited(mailed)).toContain(address);
    const rows = await evidenceOf(mailed);
    // One row marks the address (another row's context may show it unmarked).
    expect(rows.filter((l) => l.includes(`[[${address}]]`))).toHaveLength(1);
    expect(rows.join('\n')).not.toContain('mailto:');

    // The model cites a sentence, a rule the words in it: one row, both sources, the rule's words marked.
    const both = items().find((i) => i.reasons.some((r) => r.source === 'local:model' && r.category === 'harassment')
      && i.reasons.some((r) => r.source === 'local:harassment'))!;
    const lines = await evidenceOf(both);
    expect(lines.length).toBeLessThan(cited(both).length);
    expect(lines.some((l) => /^ {2}harassment: .*\[\[.+\]\].* \((local:model, local:harassment|local:harassment, local:model)\)$/.test(l))).toBe(true);
    // No category shows the same text twice.
    const keys = lines.map((l) => l.replace(/ \([^)]*\)$/, ''));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('export streams every item with its original and history, one parseable JSON object per line', async () => {
    const r = await runCli(['review', 'export', '--config', config], { env: {} });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ReviewItem);
    expect(lines.map((l) => l.id).sort()).toEqual(items().map((i) => i.id).sort());
    for (const l of lines) {
      expect(l.original).toHaveProperty('content');
      expect(l.history.length).toBeGreaterThan(0);
    }
  });
});

describe('bulk actions', () => {
  it('--all without --yes outside a terminal is a usage error and changes nothing; --older-than selects by age', async () => {
    const storeBefore = readFileSync(storePath, 'utf8');
    const r = await cli(['review', 'confirm', '--all']);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe('aboutmod: review confirm --all asks for confirmation: run it in a terminal, or add --yes');
    const old = await cli(['review', 'confirm', '--all', '--older-than', '30d', '--yes', '--json']);
    expect(old.code, old.stderr).toBe(0);
    expect(JSON.parse(old.stdout)).toEqual({ items: [], refused: [] });
    expect(readFileSync(storePath, 'utf8')).toBe(storeBefore);
    expect((await cli(['review', 'confirm', '--all', '--status', 'restored', '--yes'])).code).toBe(2);
    expect((await cli(['review', 'confirm', 'abc', '--all', '--yes'])).code).toBe(2);
  });

  it.skipIf(!hasScript)('on a terminal, --all asks with the count; anything but y changes nothing', async () => {
    const count = replaced().length;
    const storeBefore = readFileSync(storePath, 'utf8');
    const r = await runInTerminal(['review', 'confirm', '--all', '--config', config], [[`Confirm ${count} review items (replaced)? [y/N] `, 'n\r']]);
    expect(r.code).toBe(2);
    expect(r.output).toContain('aboutmod: cancelled; nothing changed');
    expect(readFileSync(storePath, 'utf8')).toBe(storeBefore);
  });

  it('restore --all --yes restores what it can and reports the refused ones', async () => {
    const open = replaced().filter((i) => !taken.has(i.id));
    expect(open.length).toBeGreaterThanOrEqual(2);
    const [edited] = open;
    open.forEach((i) => taken.add(i.id));
    await fetch(`${em.url}/_emulator/member-edit`, { method: 'POST', body: JSON.stringify({ aboutId: edited!.aboutId }) });
    const r = await cli(['review', 'restore', '--all', '--status', 'replaced', '--yes', '--by', 'erin', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { items: ReviewItem[]; refused: Array<{ id: string; error: string }> };
    expect(out.refused).toEqual([{ id: edited!.id, error: expect.stringContaining('their edit stands') }]);
    expect(out.items.map((i) => i.id).sort()).toEqual(open.slice(1).map((i) => i.id).sort());
    for (const i of open.slice(1)) expect((await live(i.aboutId)).content).toEqual(i.original.content);
    expect(replaced()).toEqual([]);
  });
});

describe('recovery before a review command', () => {
  it('a pending item whose PATCH happened becomes replaced; one whose PATCH never happened is dropped', async () => {
    const all = (await cli(['review', 'list', '--json'])).stdout;
    const usedAbouts = new Set((JSON.parse(all) as { items: ReviewItem[] }).items.map((i) => i.aboutId));
    const res = await fetch(`${em.url}/members/v2/abouts/query`, {
      method: 'POST',
      headers: { authorization: em.env.WIX_API_KEY!, 'wix-site-id': em.env.WIX_SITE_ID!, 'content-type': 'application/json' },
      body: JSON.stringify({ query: { cursorPaging: { limit: 100 } } }),
    });
    const fresh = ((await res.json()) as { memberAbouts: MemberAbout[] }).memberAbouts.filter((a) => !usedAbouts.has(a.id));
    const [patched, untouched] = fresh;
    // A scan whose writes ended without an answer: both originals saved as pending, only the first PATCH
    // went out, and the writer gave up its leases (as a scan does then), so recovery may settle them.
    const store = await openReviewStore(storePath);
    const [p, u] = await store.addPending([patched!, untouched!].map((a) => ({
      aboutId: a.id, memberId: a.memberId, original: { content: a.content, revision: a.revision }, reasons: [], scorer: 'test',
    })), 'aboutmod');
    await store.releasePending(p!.id);
    await store.releasePending(u!.id);
    await store.close();
    const patch = await fetch(`${em.url}/members/v2/abouts/${patched!.id}`, {
      method: 'PATCH',
      headers: { authorization: em.env.WIX_API_KEY!, 'wix-site-id': em.env.WIX_SITE_ID!, 'content-type': 'application/json' },
      body: JSON.stringify({ memberAbout: { id: patched!.id, revision: patched!.revision, content: buildPlaceholder('under review') } }),
    });
    expect(patch.status).toBe(200);

    const r = await cli(['review', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const after = items();
    expect(after.find((i) => i.id === p!.id)).toMatchObject({ status: 'replaced', placeholderRevision: (BigInt(patched!.revision) + 1n).toString() });
    expect(after.find((i) => i.id === u!.id)).toBeUndefined();
  });
});

describe('review add-reviewer', () => {
  it('takes the password from stdin when piped and stores only a scrypt hash', async () => {
    const r = await cli(['review', 'add-reviewer', 'frank', '--json'], 'a long passphrase\n');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ name: 'frank' });
    const store = await openReviewStore(storePath);
    const reviewer = await store.getReviewer('frank');
    await store.close();
    expect(readFileSync(storePath, 'utf8')).not.toContain('a long passphrase');
    expect(await verifyPassword('a long passphrase', reviewer!.passwordHash)).toBe(true);
  });

  it.skipIf(!hasScript)('on a terminal, the password is asked twice and never echoed', async () => {
    const r = await runInTerminal(['review', 'add-reviewer', 'hana', '--config', config], [
      ['Password: ', 'terminal secret 1\r'], ['Repeat the password: ', 'terminal secret 1\r'],
    ]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('reviewer "hana" added');
    expect(r.output).not.toContain('terminal secret');
    const store = await openReviewStore(storePath);
    expect(await verifyPassword('terminal secret 1', (await store.getReviewer('hana'))!.passwordHash)).toBe(true);
    await store.close();
  });

  it('a short password or a bad name is one line, exit 2, nothing stored', async () => {
    for (const [name, input] of [['gina', 'short\n'], ['bad name', 'a long passphrase\n']] as const) {
      const r = await cli(['review', 'add-reviewer', name], input);
      expect(r.code).toBe(2);
      oneLine(r);
    }
    const store = await openReviewStore(storePath);
    expect(await store.getReviewer('gina')).toBeUndefined();
    await store.close();
  });
});

describe('a broken store', () => {
  it('a corrupt store file is one line, exit 1, and is left exactly as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-corrupt-'));
    const path = join(dir, 'review.json');
    await writeFile(path, '{"version":1,"items":[');
    const cfg = join(dir, 'config.json');
    await writeFile(cfg, JSON.stringify({ store: { path } }));
    for (const args of [['list'], ['confirm', 'abc'], ['export']]) {
      const r = await runCli(['review', ...args, '--config', cfg]);
      expect(r.code).toBe(1);
      expect(oneLine(r)).toMatch(new RegExp(`^aboutmod: review store ${path}: not valid JSON .*left unchanged`));
    }
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"items":[');
  });
});
