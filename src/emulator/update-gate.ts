/**
 * Holds the next N About updates, unapplied, until released: lets a test stop a client exactly between
 * sending its PATCH and Wix applying it, where another process's moves are most dangerous.
 */
export class UpdateGate {
  private armed = 0;
  private readonly held: Array<() => void> = [];

  /** The next `count` updates wait at the gate. */
  hold(count: number): { armed: number } {
    this.armed += count;
    return { armed: this.armed };
  }

  /** Awaited by an update before it is applied. */
  async pass(): Promise<void> {
    if (this.armed <= 0) return;
    this.armed--;
    await new Promise<void>((resolve) => this.held.push(resolve));
  }

  /** Lets every held update go on (in arrival order) and disarms the rest. */
  release(): { released: number } {
    this.armed = 0;
    const waiting = this.held.splice(0);
    waiting.forEach((resolve) => resolve());
    return { released: waiting.length };
  }

  get status(): { armed: number; waiting: number } {
    return { armed: this.armed, waiting: this.held.length };
  }
}
