import { buildProgram } from './index.js';
import { reportError } from './exit.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err);
}
