import { describe, expect, it } from 'vitest';
import { ScorerOutcomes } from '../../src/worker/index.js';

const run = (outcomes: Array<string | null>, window?: number) => {
  const tally = new ScorerOutcomes(window);
  for (const o of outcomes) tally.record(o);
  return tally.availability();
};
const ok = (n: number) => Array<null>(n).fill(null);
const down = (n: number, message = 'openai: moderation: timed out') => Array<string>(n).fill(message);

describe('when the scorer counts as unavailable', () => {
  it('nothing scored is not an outage; every attempt failing is, even one, whatever the messages', () => {
    expect(run([]).unavailable).toBe(false);
    expect(run(down(1)).unavailable).toBe(true);
    expect(run(['a', 'b']).unavailable).toBe(true);
  });

  it('one message in at least half the attempts and at least 3 times is an outage; fewer, or scattered, is not', () => {
    expect(run([...down(3), ...ok(3)])).toMatchObject({ attempts: 6, failures: 3, unavailable: true, commonError: { message: 'openai: moderation: timed out', count: 3 } });
    expect(run([...down(3), ...ok(4)]).unavailable).toBe(false);
    expect(run([...down(2), ...ok(2)]).unavailable).toBe(false);
    expect(run([...down(2, 'x'), ...down(2, 'y'), ...ok(1)]).unavailable).toBe(false);
  });

  it('a window judges only the latest calls: a recovered scorer is available again; totals keep counting', () => {
    const tally = new ScorerOutcomes(4);
    for (const o of [...down(4), ...ok(4)]) tally.record(o);
    expect(tally.availability()).toMatchObject({ attempts: 4, failures: 0, unavailable: false, commonError: null });
    expect(tally.total).toEqual({ attempts: 8, failures: 4 });
    expect(tally.lastError?.message).toBe('openai: moderation: timed out');
    expect(tally.lastCallFailed).toBe(false);
  });
});
