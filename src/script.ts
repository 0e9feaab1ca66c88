import { errorMessage } from './errors.js';

/**
 * Runs an npm script's main (`demo`, `bench`, `eval`, `train`): its number is the exit code; anything
 * it throws is one line on stderr, named after the script, and exit code 1.
 */
export function runScript(name: string, main: () => Promise<number | void> | number | void): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (typeof code === 'number') process.exitCode = code;
      },
      (err: unknown) => {
        console.error(`${name}: ${errorMessage(err)}`);
        process.exitCode = 1;
      },
    );
}
