/**
 * Memoises what is made per site (its store, Wix client, nickname cache) for the `max` most recently
 * used sites: a busy service serves many sites without opening them on every request, and a
 * thousand sites' caches are not all held at once. A failed make is forgotten, so the next call retries.
 */
export function perSite<T>(make: (site: string) => Promise<T>, max = 500): (site: string) => Promise<T> {
  // A Map keeps insertion order: re-inserting on use makes the first entry the least recently used.
  const made = new Map<string, Promise<T>>();
  return (site) => {
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
}
