import { JobError } from '../errors.js';
import { buildProgram } from './index.js';
import { reportError } from './exit.js';
import { boundHeapGrowth } from './heap-growth.js';

boundHeapGrowth();

// A reader that stops early (`aboutmod review list --json | head -1`) closes the pipe: the output is no
// longer wanted, so the command ends quietly and successfully, as a Unix tool stopped by SIGPIPE does
// (Node ignores SIGPIPE and would otherwise die of the unhandled 'error' with a stack trace). The store
// is built to survive a process ending at any instant, so stopping here loses nothing.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  process.exit(err.code === 'EPIPE' ? 0 : reportError(new JobError(`cannot write the output (${err.code ?? err.message})`)));
});
// With stderr gone there is nowhere left to say anything.
process.stderr.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err);
}
