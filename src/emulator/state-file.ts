import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { errorMessage, UsageError } from '../errors.js';
import type { EmulatorCredentials } from './auth.js';
import { aboutJson, type EmulatorStore, type StoredMember } from './store.js';

/** What --state-file keeps across restarts: the site (abouts, members) and its credentials. */
interface StateFile {
  version: 1;
  credentials: EmulatorCredentials;
  eventSequence: number;
  members: StoredMember[];
  abouts: { id: string; memberId: string; revision: string; content: unknown }[];
}

export interface LoadedState {
  credentials: EmulatorCredentials;
  eventSequence: number;
}

/** Loads the state file into an empty store; undefined when the file does not exist yet. */
export function loadState(path: string, store: EmulatorStore): LoadedState | undefined {
  if (!existsSync(path)) return undefined;
  let state: StateFile;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as StateFile;
    if (state.version !== 1 || !Array.isArray(state.abouts) || !Array.isArray(state.members)) throw new Error('unknown layout');
  } catch (err) {
    throw new UsageError(`--state-file ${path}: not an emulator state file (${errorMessage(err)})`);
  }
  for (const m of state.members) store.addMember(m);
  for (const a of state.abouts) store.create({ id: a.id, memberId: a.memberId, content: a.content, revision: Number(a.revision) });
  return { credentials: state.credentials, eventSequence: state.eventSequence };
}

/** Writes atomically (temp file + rename), so a kill mid-write leaves the previous state intact. A path that cannot be written is a UsageError. */
export function saveState(path: string, store: EmulatorStore, extra: LoadedState): void {
  const abouts = store.all().map(aboutJson);
  const head = JSON.stringify({ version: 1, credentials: extra.credentials, eventSequence: extra.eventSequence, members: [...store.members.values()] });
  const tmp = `${path}.tmp`;
  try {
    writeFileSync(tmp, `${head.slice(0, -1)},"abouts":[\n${abouts.join(',\n')}\n]}\n`, { mode: 0o600 });
    renameSync(tmp, path);
  } catch (err) {
    throw new UsageError(`--state-file ${path}: cannot write the file (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`);
  }
}
