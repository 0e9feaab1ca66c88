/** Revisions are uint64 decimal strings (Wix); anything else never counts as newer. */
export function isNewerRevision(a: string, b: string): boolean {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return false;
  return BigInt(a) > BigInt(b);
}

/** The revision an update at `revision` produces: Wix adds one per update. */
export function nextRevision(revision: string): string {
  return (BigInt(revision) + 1n).toString();
}

/** The newest revision among `revisions` (ignoring absent and malformed ones). */
export function newestRevision(revisions: ReadonlyArray<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const r of revisions) {
    if (r !== undefined && /^\d+$/.test(r) && (newest === undefined || isNewerRevision(r, newest))) newest = r;
  }
  return newest;
}
