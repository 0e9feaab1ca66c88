import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeTerminal } from '../cli/escape-terminal.js';
import { openReviewStore } from '../review/index.js';
import type { ReviewItem } from '../review/types.js';
import { BIN, spawnEmulator } from './emulator-process.js';
import { runScript } from '../script.js';

/**
 * `npm run demo`: the whole job on the embedded defaults, no keys, no network. Starts the Wix emulator
 * with the demo site, runs `aboutmod scan` against it the way a site owner would (credentials from the
 * emulator, a throwaway review store), then prints the review queue: what was flagged, why, and where it hid.
 */
async function main(): Promise<number> {
  const emulator = await spawnEmulator(['--seed', 'demo']);
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-demo-'));
  try {
    const config = join(dir, 'config.json');
    // Notices on, through the emulator's Triggered Emails (its default template id), so the demo shows what a member is told.
    await writeFile(config, JSON.stringify({
      wix: { baseUrl: emulator.url },
      store: { path: join(dir, 'review.json') },
      notify: { enabled: true, guidelinesUrl: 'https://example.com/community-guidelines', member: { templateId: 'aboutmod-notice' } },
    }));
    const env = { ...process.env, ...emulator.env };
    console.log(`Wix emulator with the demo site on ${emulator.url}; review store in ${dir}\n`);
    console.log('$ aboutmod scan');
    const code = await run([BIN, 'scan', '--config', config], env);
    if (code !== 0) return code;
    const store = await openReviewStore(join(dir, 'review.json'));
    const items = await store.list();
    await store.close();
    console.log(`\nReview queue (${items.length} item${items.length === 1 ? '' : 's'}):`);
    for (const item of items) console.log(describeItem(item));
    await printMemberNotices(emulator.url);
    console.log('\nA reviewer would now run `aboutmod review show ID`, then `review restore ID` or `review confirm ID`.');
    return 0;
  } finally {
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function describeItem(item: ReviewItem): string {
  const lines = [`\n  ${item.id}  about ${item.aboutId}  member ${item.memberId}  ${item.status}  (original revision ${item.original.revision})`];
  for (const reason of item.reasons) {
    lines.push(`    ${reason.category} ${reason.score.toFixed(2)} (${reason.source})${reason.detail ? `: ${show(reason.detail)}` : ''}`);
    for (const ev of reason.evidence.slice(0, 3)) lines.push(`      "${show(ev.value)}" in ${ev.place} (${ev.path})`);
  }
  return lines.join('\n');
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
