/** What perSite makes: the memoised maker, and a way to drop a site (removed and purged) at once. */
export interface PerSite<T> {
  (site: string): Promise<T>;
  forget(site: string): void;
}

/**
 * Memoises what is made per site (its store, Wix client, nickname cache) for the `max` most recently
 * used sites: a busy service or worker serves many sites without opening them on every request or
 * job, and a thousand sites' caches are not all held at once. A failed make is forgotten, so the next
 * call retries.
 */
export function perSite<T>(make: (site: string) => Promise<T>, max = 500): PerSite<T> {
  // A Map keeps insertion order: re-inserting on use makes the first entry the least recently used.
  const made = new Map<string, Promise<T>>();
  const get = (site: string) => {
    let entry = made.get(site);
    if (entry) made.delete(site);
    else entry = make(site).catch((err: unknown) => {
      if (made.get(site) === entry) made.delete(site);
      throw err;
    });
    made.set(site, entry);
    if (made.size > max) made.delete(made.keys().next().value!);
    return entry;
  };
  return Object.assign(get, { forget: (site: string) => void made.delete(site) });
}
