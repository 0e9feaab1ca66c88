import { Command, Option } from 'commander';
import { createContext, type CliContext, type CommonOptions } from './context.js';

/**
 * The whole command surface (interface.md) in one file. Each action validates the config first,
 * then loads its command module from ./commands; modules return data or print through ctx.print,
 * and never exit the process themselves (exit codes are decided in ./exit.ts).
 */
export function buildProgram(): Command {
  const program = new Command('aboutmod')
    .description('Moderates Wix member About sections: flatten, score, replace revision-safely, review.')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ outputError: () => {} });

  common(program.command('emulator'), { json: false })
    .description('run the local Wix emulator (first stdout line: JSON with port, publicKey, apiKey, siteId)')
    .option('--port <n>', 'port to listen on (0 = any free port)', '8787')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--seed <demo|none|FILE>', 'initial abouts: the demo site, none, bulk:N[:F] (N generated, a fraction F profane), or a JSON file', 'none')
    .option('--sites <n>', 'sites the app is installed on, each with its own instance id, credentials and abouts', '1')
    .option('--seed-sizes <list>', 'about counts for the first sites, comma-separated (the rest get --seed)')
    .option('--rate-limit <r>', 'requests per second each site answers before 429 with Retry-After (0 = no limit)', '0')
    .option('--webhook-url <url>', 'POST signed webhook events here on every create, update and delete')
    .option('--state-file <file>', 'keep the site and its credentials in this file across restarts')
    .option('--write-env <file>', 'write export lines (WIX_API_KEY, WIX_SITE_ID, WIX_WEBHOOK_PUBLIC_KEY) for `. FILE`')
    .option('--private-key <file>', 'PEM private key to sign webhooks with (default: a fresh key pair per run)')
    .option('--fault-429 <rate>', 'fraction of API requests answered 429', '0')
    .option('--fault-503 <rate>', 'fraction of API requests answered 503', '0')
    .option('--latency <ms>', 'added latency per request', '0')
    .option('--edit-rate <rate>', 'fraction of updates preceded by a concurrent member edit', '0')
    .option('--email-templates <ids>', 'Triggered Email template ids the site has, comma-separated', 'aboutmod-notice')
    .action(run('emulator'));

  common(program.command('flatten'))
    .description('print what a visitor can read and follow in one Ricos document')
    .argument('[file]', 'Ricos JSON file, or - for stdin', '-')
    .action(run('flatten'));

  common(program.command('score'))
    .description('flatten and score one Ricos document (no Wix access)')
    .argument('[file]', 'Ricos JSON file, or - for stdin', '-')
    .option('--jsonl', 'one Ricos document per input line, one verdict per output line')
    .action(run('score'));

  common(program.command('scan'))
    .description('the moderation pass over every member About of the site')
    .option('--dry-run', 'write nothing to Wix or the review queue; say what would be done')
    .option('--only <ids...>', 'scan only these About ids')
    .action(run('scan'));

  const review = program.command('review').description('work through the review queue');
  common(review.command('list'))
    .description('the review queue, newest first')
    .option('--status <status>', 'only items with this status')
    .action(run('review-list'));
  common(review.command('show'))
    .description('one item: original text, links, reasons, evidence, history')
    .argument('<id>', 'review item id')
    .action(run('review-show'));
  for (const action of ['restore', 'confirm'] as const) {
    common(review.command(action))
      .description(action === 'restore' ? 'put the original back, revision-safe (also after a confirm)' : 'keep the removal: the placeholder says so (policy.confirmedPlaceholder)')
      .argument('[id]', 'review item id (or use --all with filters)')
      .option('--note <text>', 'a note for the history')
      .option('--by <name>', 'who acts (default: the OS user)')
      .option('--all', 'act on every item matching --status / --older-than')
      .option('--status <status>', 'with --all: only items with this status')
      .option('--older-than <age>', 'with --all: only items flagged longer ago than this (e.g. 30d, 12h)')
      .option('--yes', 'with --all: do not ask for confirmation')
      .action(run(`review-${action}`));
  }
  common(review.command('export'), { json: false })
    .description('every item with its original and history, one JSON object per line')
    .action(run('review-export'));
  common(review.command('add-reviewer'))
    .description('create a review-page login (password from a TTY prompt or stdin)')
    .argument('<name>', 'reviewer name')
    .action(run('review-add-reviewer'));

  common(program.command('migrate'))
    .description('create or update the PostgreSQL schema at DATABASE_URL (commands on a postgres store do it when they start)')
    .action(run('migrate'));

  common(program.command('worker'), { json: false })
    .description('run the Wix app\'s jobs for every site from PostgreSQL at DATABASE_URL (run as many as you like)')
    .action(run('worker'));

  const sites = program.command('sites').description('the sites the Wix app serves (PostgreSQL at DATABASE_URL)');
  // The listing is the default, so `aboutmod sites --json` works; the options live on the subcommands only.
  common(sites.command('list', { isDefault: true }))
    .description('every site: status, scans, queue depth, open review items, errors')
    .action(run('sites'));
  for (const action of ['add', 'remove'] as const) {
    common(sites.command(action))
      .description(action === 'add' ? 'install a site by hand (no webhook) and start its first scan' : 'remove a site (its data is deleted after app.removalGraceSeconds)')
      .argument('<instance-id>', 'the site\'s Wix app instance id')
      .action(run(`sites-${action}`));
  }

  common(program.command('serve'), { json: false })
    .description('webhook receiver, scheduled scans, health check and the review page')
    .option('--port <n>', 'port to listen on (default: server.port from the config)')
    .option('--app', 'every site the Wix app is installed on (store.kind postgres; workers run the jobs)')
    .action(run('serve'));

  return program;
}

function common(cmd: Command, { json = true } = {}): Command {
  // ABOUTMOD_CONFIG stands in for --config (an env file can point every command at one site); empty is unset.
  cmd.addOption(new Option('--config <path>', 'config file (default: $ABOUTMOD_CONFIG, else the bundled config.json)').default(process.env.ABOUTMOD_CONFIG || undefined));
  if (json) cmd.option('--json', 'machine-readable output');
  return cmd;
}

type CommandModule = { default: (ctx: CliContext, args: string[], opts: Record<string, unknown>) => Promise<void> };

/** Wraps a command module: validate the config, then hand over positional args and options. */
function run(name: string) {
  return async (...received: unknown[]) => {
    const cmd = received.at(-1) as Command;
    const opts = cmd.opts() as CommonOptions & Record<string, unknown>;
    const ctx = createContext(opts);
    const mod = (await import(`./commands/${name}.js`)) as CommandModule;
    await mod.default(ctx, cmd.processedArgs.filter((a): a is string => typeof a === 'string'), opts);
  };
}
