import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removeStaleTemps, writeFileDurably } from './durable-file.js';
import { StoreCorrupt, StoreUnavailable } from './errors.js';
import { RESTORE_ADVICE } from './store-shape.js';

/**
 * The store's files, and how it knows it existed. Its first write creates the journal, then the
 * snapshot; neither is deleted afterwards (a fold renames new ones over them) and every later write
 * comes after both exist. So at any instant, crash or not:
 * - a snapshot without its journal is damage (the journal is older than any snapshot);
 * - no snapshot is damage when the journal holds lines or a verdict log exists (both come after it);
 * - no snapshot beside an empty journal alone is a first write cut short: a new, empty store.
 * No file at all is a new store. (A whole folder deleted looks new too: nothing is left to tell.)
 */
export interface StoreFiles {
  snapshot: string;
  journal: string;
  verdicts: string;
}

/** Under the lock, before a process's first write: stale temp files go, and a new store gets its journal, then its snapshot. */
export async function prepareFirstWrite(files: StoreFiles, emptySnapshot: string): Promise<void> {
  // A damaged store is reported, never written over.
  await assertStoreWhole(files);
  await removeStaleTemps(files.snapshot);
  if (await exists(files.snapshot)) return;
  // New, or its first write was cut short (an empty journal alone).
  await writeFileDurably(files.journal, '');
  await writeFileDurably(files.snapshot, emptySnapshot);
}

/** Throws StoreCorrupt naming the missing file when the store was written before and a file is gone. */
export async function assertStoreWhole(files: StoreFiles): Promise<void> {
  // In this order, so another process's first write between two looks is never taken for damage: a
  // snapshot seen means its journal was there before; lines or verdicts seen mean the snapshot was.
  const snapshotBefore = await size(files.snapshot);
  const journal = await size(files.journal);
  const verdicts = await size(files.verdicts);
  const snapshot = snapshotBefore ?? (await size(files.snapshot));
  if (snapshot === undefined && (journal || verdicts !== undefined)) {
    const witness = journal ? files.journal : files.verdicts;
    throw new StoreCorrupt(`review store ${files.snapshot} is missing, though ${witness} shows it was written before: ${RESTORE_ADVICE}`);
  }
  if (snapshotBefore !== undefined && journal === undefined) {
    throw new StoreCorrupt(`review journal ${files.journal} is missing beside ${files.snapshot}: changes since the last fold may be lost; `
      + 'restore it from a backup, or create it empty to go on from the snapshot alone');
  }
}

async function size(path: string): Promise<number | undefined> {
  return (await stat(path).catch(() => undefined))?.size;
}

async function exists(path: string): Promise<boolean> {
  return (await size(path)) !== undefined;
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
