/**
 * Per-About order of webhook events (Wix delivers unordered: a retried event can arrive after a newer
 * one). Remembers the highest entityEventSequence accepted per About, in memory and bounded: losing it
 * on restart only costs a redundant rescan, since a rescan always reads the About's current state.
 */
export class EventOrder {
  private readonly last = new Map<string, bigint>();

  constructor(private readonly maxEntries = 100_000) {}

  /** True when `sequence` is older than one already accepted for this About (the event is stale). */
  isStale(aboutId: string, sequence: bigint | undefined): boolean {
    if (sequence === undefined) return false;
    const seen = this.last.get(aboutId);
    return seen !== undefined && sequence < seen;
  }

  accept(aboutId: string, sequence: bigint | undefined): void {
    if (sequence === undefined) return;
    const seen = this.last.get(aboutId);
    if (seen !== undefined && seen >= sequence) return;
    // Delete first so the Map's insertion order stays "least recently advanced first" for eviction.
    this.last.delete(aboutId);
    this.last.set(aboutId, sequence);
    if (this.last.size > this.maxEntries) this.last.delete(this.last.keys().next().value!);
  }
}
