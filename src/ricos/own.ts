/**
 * `table[key]` when `table` itself holds `key`. Keys come from member documents, so a plain lookup
 * would find Object.prototype's members (`constructor`, `toString`, `__proto__`...) and take them for
 * schema entries, hiding whatever the member stored under that name.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
