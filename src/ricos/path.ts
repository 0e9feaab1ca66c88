/**
 * The JSON path of the value being read (`nodes[3].imageData.altText`), kept as a stack of keys and
 * indexes. The string form of each prefix is cached, so naming many segments under one node does not
 * rebuild the whole path each time.
 */
export class PathStack {
  private readonly parts: (string | number)[] = [];
  private readonly prefixes: string[] = [];
  /** How many entries of `prefixes` match `parts`. */
  private valid = 0;

  get length(): number {
    return this.parts.length;
  }

  push(...parts: (string | number)[]): void {
    for (const p of parts) this.parts.push(p);
  }

  pop(): void {
    this.parts.pop();
    if (this.valid > this.parts.length) this.valid = this.parts.length;
  }

  /** The path, with `extra` parts after it (not pushed). */
  toString(...extra: (string | number)[]): string {
    const parts = this.parts;
    const prefixes = this.prefixes;
    for (let i = this.valid; i < parts.length; i++) prefixes[i] = join(i ? prefixes[i - 1]! : '', parts[i]!);
    this.valid = parts.length;
    let path = parts.length ? prefixes[parts.length - 1]! : '';
    for (const p of extra) path = join(path, p);
    return path;
  }

  /** The path without its last `n` parts. */
  parent(n: number): string {
    const kept = this.parts.length - n;
    if (kept <= 0) return '';
    this.toString();
    return this.prefixes[kept - 1]!;
  }
}

function join(path: string, part: string | number): string {
  if (typeof part === 'number') return `${path}[${part}]`;
  return path ? `${path}.${part}` : part;
}
