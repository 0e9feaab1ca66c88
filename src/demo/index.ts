import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeTerminal } from '../cli/escape-terminal.js';
import { demoSiteProblems } from '../emulator/demo-site.js';
import { writeEnvFile } from '../emulator/index.js';
import { errorMessage } from '../errors.js';
import { openReviewStore } from '../review/index.js';
import type { ReviewItem } from '../review/types.js';
import { BIN, spawnEmulator } from './emulator-process.js';
import { runScript } from '../script.js';

const USAGE = 'usage: npm run demo [-- --keep DIR]';

/**
 * `npm run demo [-- --keep DIR]`: the whole job on the embedded defaults, no keys, no network. Starts the
 * Wix emulator with the demo site, runs `aboutmod scan` against it the way a site owner would, prints the
 * review queue (what was flagged, why, where it hid) and what it missed. By default the site and the
 * review store live in a temporary folder deleted at exit; with --keep DIR they stay in DIR, with the
 * config and env file that the printed review commands need.
 */
async function main(): Promise<number> {
  const keep = await keepDir();
  if (keep === null) return 2;
  const dir = keep ?? await mkdtemp(join(tmpdir(), 'aboutmod-demo-'));
  const emulator = await spawnEmulator(['--seed', 'demo', '--state-file', join(dir, 'site.json')]);
  try {
    const config = join(dir, 'config.json');
    // Notices on, through the emulator's Triggered Emails (its default template id), so the demo shows what a member is told.
    await writeFile(config, `${JSON.stringify({
      wix: { baseUrl: emulator.url },
      store: { path: 'review.json' },
      notify: { enabled: true, guidelinesUrl: 'https://example.com/community-guidelines', member: { templateId: 'aboutmod-notice' } },
    }, null, 2)}\n`);
    console.log(`Wix emulator with the demo site on ${emulator.url}; site, config and review store in ${dir}\n`);
    console.log('$ aboutmod scan');
    const code = await run([BIN, 'scan', '--config', config], { ...process.env, ...emulator.env });
    if (code !== 0) return code;
    const store = await openReviewStore(join(dir, 'review.json'));
    const items = await store.list();
    await store.close();
    console.log(`\nReview queue (${items.length} item${items.length === 1 ? '' : 's'}):`);
    for (const item of items) console.log(describeItem(item));
    await printMemberNotices(emulator.url);
    printMisses(items);
    if (keep) {
      writeEnvFile(join(dir, 'env'), { ...emulator.env, ABOUTMOD_CONFIG: config }, 'the demo site kept by `npm run demo -- --keep`: `. THIS_FILE`, then any aboutmod command');
      printNextSteps(dir, emulator.port, items[0]?.id);
    } else {
      console.log('\nThe site and the queue are deleted now. To keep them and try the review commands: npm run demo -- --keep DIR');
    }
    return 0;
  } finally {
    // SIGTERM lets the emulator write its state file: with --keep, the site as the scan left it.
    await emulator.stop();
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

/** --keep DIR as an absolute path (created if missing, refused unless empty); undefined without it; null after a one-line error. */
async function keepDir(): Promise<string | undefined | null> {
  let keep: string | undefined;
  try {
    keep = parseArgs({ options: { keep: { type: 'string' } }, strict: true }).values.keep;
  } catch (err) {
    console.error(`demo: ${errorMessage(err)} (${USAGE})`);
    return null;
  }
  if (keep === undefined) return undefined;
  const dir = resolve(keep);
  try {
    await mkdir(dir, { recursive: true });
    if ((await readdir(dir)).length === 0) return dir;
    console.error(`demo: --keep ${keep}: the folder is not empty (name a new or empty folder)`);
  } catch (err) {
    console.error(`demo: --keep ${keep}: cannot create the folder (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`);
  }
  return null;
}

function describeItem(item: ReviewItem): string {
  const lines = [`\n  ${item.id}  about ${item.aboutId}  member ${item.memberId}  ${item.status}  (original revision ${item.original.revision})`];
  for (const reason of item.reasons) {
    lines.push(`    ${reason.category} ${reason.score.toFixed(2)} (${reason.source})${reason.detail ? `: ${show(reason.detail)}` : ''}`);
    for (const ev of reason.evidence.slice(0, 3)) lines.push(`      "${show(ev.value)}" in ${ev.place} (${ev.path})`);
  }
  return lines.join('\n');
}

/** What the scan did not flag that a human would remove, and anything it flagged that a human would keep. */
function printMisses(items: ReviewItem[]): void {
  const problems = demoSiteProblems();
  const flagged = new Set(items.map((i) => i.aboutId));
  const missed = problems.filter((p) => !flagged.has(p.aboutId));
  const wrong = items.filter((i) => !problems.some((p) => p.aboutId === i.aboutId));
  console.log(`\nThe demo site has ${problems.length} Abouts a human would remove; the scan flagged ${problems.length - missed.length} of them.`);
  if (missed.length) console.log(`Missed (still live, a human would remove them):\n${missed.map((p) => `  about ${p.aboutId} (${p.nickname}): ${p.problem}`).join('\n')}`);
  console.log(wrong.length ? `Flagged although a human would keep them: ${wrong.map((i) => i.aboutId).join(', ')}` : 'Nothing a human would keep was flagged.');
}

/** With --keep: the exact commands that go on where the demo stopped. */
function printNextSteps(dir: string, port: number, itemId: string | undefined): void {
  const id = itemId ?? 'ID';
  console.log([
    `\nKept in ${dir}: site.json (the emulator's site), review.json and beside it (the queue), config.json, env.`,
    'To go on as a reviewer (restore and confirm write to the site, so the emulator runs again first):',
    `  alias aboutmod='node ${BIN}'`,
    `  aboutmod emulator --port ${port} --state-file ${join(dir, 'site.json')} > /dev/null &`,
    `  . ${join(dir, 'env')}`,
    '  aboutmod review list',
    `  aboutmod review show ${id}`,
    `  aboutmod review restore ${id} --note "fine after all"    # or: aboutmod review confirm ${id}`,
    '  kill %1    # stops the emulator (its state stays in site.json)',
  ].join('\n'));
}

/** What the members were told (the emulator keeps every Triggered Email it received). */
async function printMemberNotices(emulatorUrl: string): Promise<void> {
  const { triggeredEmails } = (await (await fetch(`${emulatorUrl}/_emulator/triggered-emails`)).json()) as {
    triggeredEmails: { memberId: string; variables: Record<string, string> }[];
  };
  console.log(`\nMember notices sent through Wix Triggered Emails: ${triggeredEmails.length}`);
  const first = triggeredEmails[0];
  if (!first) return;
  console.log(`  e.g. to member ${first.memberId}:`);
  for (const [name, value] of Object.entries(first.variables)) console.log(`    ${name}: ${show(value, 160)}`);
}

/** Member text is data: escaped for the terminal, on one line, cut short. */
function show(text: string, max = 80): string {
  const safe = escapeTerminal(text, { newlines: false });
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => resolvePromise(code ?? 1));
  });
}

runScript('demo', main);
