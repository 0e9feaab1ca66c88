import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator.js';

/**
 * The exit codes and messages the README promises (0 ok, 1 the job could not run, 2 bad input or usage),
 * walked as a table through the spawned CLI: each case gets its code and exactly one line on stderr
 * (a bare command gets its usage). A case that hung would fail on the runner's timeout.
 */
interface Fixture {
  dir: string;
  /** A config whose store is in `dir` and whose Wix is the emulator. */
  config: string;
  /** A config whose Wix is a closed port, one attempt only. */
  unreachable: string;
  takenPort: number;
  emulator: EmulatorProcess;
}

interface Case {
  name: string;
  args: (f: Fixture) => string[];
  code: 1 | 2;
  /** The one stderr line (log lines of serve, JSON, aside). */
  line: (f: Fixture) => string | RegExp;
  env?: (f: Fixture) => NodeJS.ProcessEnv;
}

const wixEnv = (f: Fixture) => f.emulator.env;
const serveEnv = (f: Fixture) => ({ ...f.emulator.env, WIX_WEBHOOK_PUBLIC_KEY: f.emulator.publicKey });

const cases: Case[] = [
  // usage
  { name: 'an unknown command', args: () => ['bogus'], code: 2, line: () => "aboutmod: unknown command 'bogus'" },
  { name: 'an unknown review command', args: () => ['review', 'bogus'], code: 2, line: () => "aboutmod: unknown command 'bogus'" },
  { name: 'an unknown option', args: () => ['scan', '--bogus'], code: 2, line: () => "aboutmod: unknown option '--bogus'" },
  { name: 'review add-reviewer without a name', args: () => ['review', 'add-reviewer'], code: 2, line: () => "aboutmod: missing required argument 'name'" },
  { name: 'review export with an argument', args: () => ['review', 'export', 'extra'], code: 2, line: () => "aboutmod: too many arguments for 'export'. Expected 0 arguments but got 1." },
  { name: 'scan --only without ids', args: () => ['scan', '--only'], code: 2, line: () => "aboutmod: option '--only <ids...>' argument missing" },
  // config and secrets
  { name: 'a config file that does not exist', args: (f) => ['scan', '--config', join(f.dir, 'none.json')], code: 2, line: (f) => `aboutmod: ${join(f.dir, 'none.json')}: cannot read the config file (ENOENT)` },
  { name: 'a config value of the wrong type', args: (f) => ['scan', '--config', join(f.dir, 'bad-config.json')], code: 2, line: (f) => `aboutmod: ${join(f.dir, 'bad-config.json')}: wix.pageSize: expected an integer from 1 to 100, got "abc"` },
  { name: 'scan without Wix credentials', args: (f) => ['scan', '--config', f.config], env: () => ({ WIX_API_KEY: '', WIX_SITE_ID: '' }), code: 2, line: () => /^aboutmod: WIX_API_KEY: missing \(/ },
  { name: 'serve with a Wix app\'s credentials but without its webhook key', args: (f) => ['serve', '--port', '0', '--config', f.config], env: () => ({ WIX_API_KEY: '', WIX_SITE_ID: '', WIX_APP_ID: 'app', WIX_APP_SECRET: 'secret', WIX_INSTANCE_ID: 'instance', WIX_WEBHOOK_PUBLIC_KEY: '' }), code: 2, line: () => /^aboutmod: WIX_WEBHOOK_PUBLIC_KEY: missing \(/ },
  // emulator
  { name: 'emulator --seed bulk:abc', args: () => ['emulator', '--port', '0', '--seed', 'bulk:abc'], code: 2, line: () => /^aboutmod: --seed bulk:abc: malformed bulk seed, expected bulk:N / },
  { name: 'emulator --seed with a file that does not exist', args: (f) => ['emulator', '--port', '0', '--seed', join(f.dir, 'none.json')], code: 2, line: (f) => `aboutmod: --seed ${join(f.dir, 'none.json')}: cannot read the file (ENOENT)` },
  { name: 'emulator --seed with a file that is not JSON', args: (f) => ['emulator', '--port', '0', '--seed', join(f.dir, 'not-json.txt')], code: 2, line: (f) => new RegExp(`^aboutmod: --seed ${join(f.dir, 'not-json.txt')}: not valid JSON`) },
  { name: 'emulator --state-file in a folder that does not exist', args: () => ['emulator', '--port', '0', '--state-file', '/no/such/dir/x.json'], code: 2, line: () => 'aboutmod: --state-file /no/such/dir/x.json: cannot write the file (ENOENT)' },
  { name: 'emulator --write-env in a folder that does not exist', args: () => ['emulator', '--port', '0', '--write-env', '/no/such/dir/env'], code: 2, line: () => 'aboutmod: --write-env /no/such/dir/env: cannot write the file (ENOENT)' },
  { name: 'emulator --port abc', args: () => ['emulator', '--port', 'abc'], code: 2, line: () => 'aboutmod: --port: expected an integer from 0 to 65535, got "abc"' },
  { name: 'emulator --webhook-url that is not a URL', args: () => ['emulator', '--port', '0', '--webhook-url', 'nope'], code: 2, line: () => 'aboutmod: --webhook-url: expected an http(s) URL, got "nope"' },
  { name: 'emulator on a port in use', args: (f) => ['emulator', '--port', String(f.takenPort)], code: 1, line: (f) => `aboutmod: cannot listen on 127.0.0.1:${f.takenPort}: the port is in use (--port)` },
  // serve
  { name: 'serve --port abc', args: (f) => ['serve', '--port', 'abc', '--config', f.config], env: serveEnv, code: 2, line: () => 'aboutmod: --port: expected an integer from 0 to 65535, got "abc"' },
  { name: 'serve on a port in use', args: (f) => ['serve', '--port', String(f.takenPort), '--config', f.config], env: serveEnv, code: 1, line: (f) => `aboutmod: cannot listen on 127.0.0.1:${f.takenPort}: the port is in use (--port or server.port)` },
  // flatten and score
  { name: 'flatten of a file that does not exist', args: (f) => ['flatten', join(f.dir, 'none.json')], code: 2, line: (f) => `aboutmod: ${join(f.dir, 'none.json')}: no such file` },
  { name: 'flatten of malformed Ricos', args: (f) => ['flatten', join(f.dir, 'bad-ricos.json')], code: 2, line: (f) => `aboutmod: ${join(f.dir, 'bad-ricos.json')}: content.nodes: expected an array, got string "oops"` },
  { name: 'score of empty stdin', args: () => ['score'], code: 2, line: () => 'aboutmod: stdin: content: empty input, expected a Ricos JSON document' },
  { name: 'score of malformed Ricos', args: (f) => ['score', join(f.dir, 'bad-ricos.json')], code: 2, line: (f) => `aboutmod: ${join(f.dir, 'bad-ricos.json')}: content.nodes: expected an array, got string "oops"` },
  // scan
  { name: 'scan --only an id the site does not have', args: (f) => ['scan', '--only', 'unknown-id', '--config', f.config], env: wixEnv, code: 2, line: () => 'aboutmod: --only unknown-id: not found (no About with this id on the site)' },
  { name: 'scan with Wix unreachable', args: (f) => ['scan', '--config', f.unreachable], env: wixEnv, code: 1, line: () => /^aboutmod: Wix at http:\/\/127\.0\.0\.1:9 did not answer / },
  // review
  { name: 'review show of an unknown id', args: (f) => ['review', 'show', 'nope', '--config', f.config], env: wixEnv, code: 2, line: () => 'aboutmod: review item "nope" not found' },
  { name: 'review restore of an unknown id', args: (f) => ['review', 'restore', 'nope', '--config', f.config], env: wixEnv, code: 2, line: () => 'aboutmod: review item "nope" not found' },
  { name: 'review confirm without an id', args: (f) => ['review', 'confirm', '--config', f.config], env: wixEnv, code: 2, line: () => /^aboutmod: review confirm: give a review item ID, or --all / },
  { name: 'review list --status bogus', args: (f) => ['review', 'list', '--status', 'bogus', '--config', f.config], code: 2, line: () => /^aboutmod: --status: expected one of pending, replaced, restored, confirmed, superseded, got "bogus"$/ },
];

let fixture: Fixture;
let taken: Server;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aboutmod-exit-codes-'));
  const emulator = await startEmulatorProcess(['--seed', 'demo']);
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ wix: { baseUrl: emulator.url }, store: { path: 'review.json' } }));
  const unreachable = join(dir, 'unreachable.json');
  writeFileSync(unreachable, JSON.stringify({ wix: { baseUrl: 'http://127.0.0.1:9', maxRetries: 0 }, store: { path: 'review.json' } }));
  writeFileSync(join(dir, 'bad-config.json'), JSON.stringify({ wix: { pageSize: 'abc' } }));
  writeFileSync(join(dir, 'bad-ricos.json'), '{"nodes":"oops"}');
  writeFileSync(join(dir, 'not-json.txt'), 'not json');
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  fixture = { dir, config, unreachable, takenPort: (taken.address() as { port: number }).port, emulator };
});

afterAll(async () => {
  taken?.close();
  await fixture?.emulator.stop();
});

/** stderr without serve's JSON log lines. */
function messageLines(r: CliResult): string[] {
  return r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('{'));
}

describe('exit codes and one-line errors (spawned CLI)', () => {
  it.each([
    ['aboutmod', []],
    ['aboutmod review', ['review']],
  ])('bare `%s` prints its usage on stderr and exits 2', async (command, args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`Usage: ${command} [options] [command]`);
    expect(r.stderr).not.toMatch(/outputHelp|internal error/);
    expect(r.stdout).toBe('');
  });

  it.for(cases)('$name: exit $code and one line', async (c) => {
    const r = await runCli(c.args(fixture), { cwd: fixture.dir, env: c.env?.(fixture), timeoutMs: 30_000 });
    const line = c.line(fixture);
    expect({ code: r.code, lines: messageLines(r) }).toEqual({ code: c.code, lines: [typeof line === 'string' ? line : expect.stringMatching(line)] });
  });
});
