import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The store holds personal data: owner-only file and directory. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

let tempCounter = 0;

/** Creates the store's directory (owner-only) when missing. */
export async function ensureDir(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: DIR_MODE });
}

/**
 * Replaces `path` with `data` so that a crash at any instant leaves either the old or the new file,
 * and a returned promise means the new file survives a power cut: temp file in the same directory
 * (rename is atomic only within a file system), fsync, rename, fsync of the directory (makes the
 * rename itself durable; lowdb's steno writer skips both fsyncs).
 */
export async function writeFileDurably(path: string, data: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  const fh = await open(tmp, 'wx', FILE_MODE);
  try {
    try {
      await fh.writeFile(data, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await syncDir(dirname(path));
}

export async function syncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

/**
 * Deletes what killed writers left beside `path`: temp files (they may hold personal data) and lock
 * candidates (`<path>.lock.<pid>.<n>`). Only those of processes that are gone: a live writer's are in use.
 */
export async function removeStaleTemps(path: string): Promise<void> {
  // Temp files of the snapshot and of its sibling logs (`review.journal.jsonl`...) share the stem.
  const stem = escapeRegExp(basename(path).replace(/\.json$/, ''));
  const temp = new RegExp(`^(?:\\.${stem}\\.\\S*?(\\d+)\\.\\d+\\.tmp|${escapeRegExp(basename(path))}\\.lock\\.(\\d+)\\.\\d+)$`);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const match = temp.exec(name);
    const pid = match ? Number(match[1] ?? match[2]) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await unlink(join(dirname(path), name)).catch(() => {});
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
