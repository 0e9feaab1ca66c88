import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { createWixClient, type MemberAbout } from '../../src/wix/index.js';

const dir = mkdtempSync(join(tmpdir(), 'aboutmod-emu-cli-'));

describe('aboutmod emulator (CLI)', () => {
  it('--seed demo prints the JSON line, serves the query with the printed credentials, and exits 0 on SIGTERM', async () => {
    const emu = await startEmulatorProcess(['--seed', 'demo']);
    let code: number | null;
    try {
      expect(emu.publicKey).toContain('-----BEGIN PUBLIC KEY-----');
      expect(emu.env).toEqual({ WIX_API_KEY: emu.apiKey, WIX_SITE_ID: emu.siteId });
      expect(emu.appId && emu.appSecret && emu.instanceId).toBeTruthy();
      const client = createWixClient({ baseUrl: emu.url, pageSize: 100, concurrency: 2, timeoutMs: 10_000, maxRetries: 0, credentials: { kind: 'apiKey', apiKey: emu.apiKey, siteId: emu.siteId } });
      const abouts: MemberAbout[] = [];
      for await (const page of client.queryAbouts()) abouts.push(...page);
      expect(abouts).toHaveLength(40);
    } finally {
      code = await emu.stop();
    }
    expect(code).toBe(0);
  });

  it('keeps its state in --state-file across a restart', async () => {
    const stateFile = join(dir, 'state.json');
    const first = await startEmulatorProcess(['--seed', 'demo', '--state-file', stateFile]);
    const edit = await fetch(`${first.url}/_emulator/member-edit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId: 'd0000000-0000-4000-8000-000000000001' }) });
    const { memberAbout } = (await edit.json()) as { memberAbout: MemberAbout };
    expect(await first.stop()).toBe(0);
    expect(existsSync(stateFile)).toBe(true);
    const second = await startEmulatorProcess(['--state-file', stateFile]);
    try {
      expect(second.apiKey).toBe(first.apiKey);
      const res = await fetch(`${second.url}/_emulator/abouts/${memberAbout.id}`);
      expect(((await res.json()) as { memberAbout: MemberAbout }).memberAbout).toEqual(memberAbout);
    } finally {
      await second.stop();
    }
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).abouts).toHaveLength(40);
  });

  it('a bad --seed file, bad fault rate or bad key is one line on stderr and exit 2', async () => {
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '[{"content":');
    const noContent = join(dir, 'no-content.json');
    writeFileSync(noContent, '[{"memberId":"m1","content":{"nodes":[]}},{"nickname":"x"}]');
    const notKey = join(dir, 'key.pem');
    writeFileSync(notKey, 'not a key');
    const cases: [string[], string][] = [
      [['--seed', notJson], `--seed ${notJson}: not valid JSON`],
      [['--seed', noContent], `--seed ${noContent}: entry 1: content: expected a Ricos document`],
      [['--seed', join(dir, 'missing.json')], 'cannot read the file (ENOENT)'],
      [['--fault-429', '2'], '--fault-429: expected a number from 0 to 1, got "2"'],
      [['--private-key', notKey], '--private-key: not an RSA private key'],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['emulator', '--port', '0', ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
  });

  it('--seed FILE loads {memberId?, content, nickname?, loginEmail?} entries', async () => {
    const file = join(dir, 'seed.json');
    const content = { nodes: [{ type: 'PARAGRAPH', id: 'p', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text: 'hello', decorations: [] } }], paragraphData: {} }] };
    writeFileSync(file, JSON.stringify([{ memberId: 'm-1', content, nickname: 'Ann', loginEmail: 'ann@example.com' }, { content }]));
    const emu = await startEmulatorProcess(['--seed', file]);
    try {
      const client = createWixClient({ baseUrl: emu.url, pageSize: 10, concurrency: 1, timeoutMs: 10_000, maxRetries: 0, credentials: { kind: 'apiKey', apiKey: emu.apiKey, siteId: emu.siteId } });
      const abouts: MemberAbout[] = [];
      for await (const page of client.queryAbouts()) abouts.push(...page);
      expect(abouts.map((a) => a.content)).toEqual([content, content]);
      expect(await client.getMember('m-1')).toMatchObject({ loginEmail: 'ann@example.com', profile: { nickname: 'Ann' } });
    } finally {
      await emu.stop();
    }
  });
});
