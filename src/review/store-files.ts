import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removeStaleTemps, writeFileDurably } from './durable-file.js';
import { StoreCorrupt, StoreUnavailable } from './errors.js';
import { acquireLock } from './file-lock.js';
import { RESTORE_ADVICE } from './store-shape.js';

/**
 * The store's files, and how it knows it existed. Its first write creates the snapshot and the journal
 * together, and neither is ever deleted afterwards (a fold renames new ones over them), so from then
 * on each shows the other was there: a missing one is damage to report, never an empty queue to show.
 * A store with no file at all is new. (A whole folder deleted looks new too: nothing is left to tell.)
 */
export interface StoreFiles {
  snapshot: string;
  journal: string;
  verdicts: string;
}

/** Under the lock, before a process's first write: stale temp files go, and a new store gets its snapshot and journal. */
export async function prepareFirstWrite(files: StoreFiles, emptySnapshot: string): Promise<void> {
  await removeStaleTemps(files.snapshot);
  const present = await Promise.all([files.snapshot, files.journal, files.verdicts].map(exists));
  if (present.some(Boolean)) return;
  await writeFileDurably(files.snapshot, emptySnapshot);
  await writeFileDurably(files.journal, '');
}

/**
 * Throws StoreCorrupt naming the missing file when the store was written before and a file is gone.
 * Another process's first write creates the two files one after the other, so an unlocked reader that
 * sees one without the other looks again once it holds the lock; `locked`: the caller holds it already.
 */
export async function assertStoreWhole(files: StoreFiles, lockPath: string, locked: boolean): Promise<void> {
  let missing = await missingFile(files);
  if (missing && !locked) {
    // Cannot take the lock (a read-only or full disk): what is missing now is what gets reported.
    const release = await acquireLock(lockPath, 5_000).catch(() => undefined);
    try {
      missing = await missingFile(files);
    } finally {
      await release?.();
    }
  }
  if (missing) throw new StoreCorrupt(missing);
}

async function missingFile(files: StoreFiles): Promise<string | undefined> {
  const [snapshot, journal, verdicts] = await Promise.all([files.snapshot, files.journal, files.verdicts].map(exists));
  if (!snapshot && (journal || verdicts)) {
    return `review store ${files.snapshot} is missing, though ${journal ? files.journal : files.verdicts} shows it was written before: ${RESTORE_ADVICE}`;
  }
  if (snapshot && !journal) {
    return `review journal ${files.journal} is missing beside ${files.snapshot}: changes since the last fold may be lost; `
      + 'restore it from a backup, or create it empty to go on from the snapshot alone';
  }
  return undefined;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** A failed write as the one line its owner can act on: a full disk is named, permissions point at the folder. */
export async function storeWriteError(path: string, err: unknown): Promise<StoreUnavailable> {
  const code = (err as NodeJS.ErrnoException).code;
  const dir = dirname(path);
  let message: string;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    message = `disk full: cannot write review store ${path} (${await diskOf(dir)}); free space and retry`;
  } else if (code === 'EROFS') {
    message = `review store ${path}: the file system is read-only (${await diskOf(dir)}); put the store on a writable disk (store.path)`;
  } else if (code === 'EACCES' || code === 'EPERM') {
    message = `review store ${path}: cannot write (${code}); the user running aboutmod must own ${dir}`;
  } else {
    message = `review store ${path}: cannot write (${code ?? (err as Error).message})`;
  }
  return new StoreUnavailable(message, { cause: err });
}

/** The file system holding `dir`, as its mount point and type (Linux), for a message about that disk. */
async function diskOf(dir: string): Promise<string> {
  const where = await realpath(dir).catch(() => dir);
  const mounts = await readFile('/proc/self/mounts', 'utf8').catch(() => '');
  let best: { at: string; type: string } | undefined;
  for (const line of mounts.split('\n')) {
    const [, rawAt, type] = line.split(' ');
    if (!rawAt || !type) continue;
    // Spaces and the like in mount points are written as octal escapes (\040).
    const at = rawAt.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
    const holds = at === '/' || where === at || where.startsWith(`${at}/`);
    if (holds && (!best || at.length >= best.at.length)) best = { at, type };
  }
  return best ? `the ${best.type} file system mounted at ${best.at}` : `the disk holding ${dir}`;
}
