import { describe, expect, it } from 'vitest';
import { EventOrder } from '../../src/server/event-order.js';
import { PendingEvents } from '../../src/server/pending-events.js';
import type { AboutEvent } from '../../src/server/verify-webhook.js';

const event = (slug: AboutEvent['slug'], over: Partial<AboutEvent> = {}): AboutEvent => ({
  kind: 'about', eventId: `e-${slug}`, eventType: `wix.members.about.v2.member_about_${slug}`, slug, aboutId: 'a1',
  entity: slug === 'deleted' ? undefined : { id: 'a1', revision: '5' }, ...over,
});

describe('EventOrder', () => {
  it('an event older than one accepted for the same About is stale; other Abouts and missing sequences are not', () => {
    const order = new EventOrder();
    order.accept('a1', 7n);
    expect(order.isStale('a1', 6n)).toBe(true);
    expect(order.isStale('a1', 7n)).toBe(false);
    expect(order.isStale('a1', 8n)).toBe(false);
    expect(order.isStale('a2', 1n)).toBe(false);
    expect(order.isStale('a1', undefined)).toBe(false);
    order.accept('a1', 3n);
    expect(order.isStale('a1', 6n)).toBe(true);
  });

  it('stays bounded, forgetting the About least recently advanced', () => {
    const order = new EventOrder(2);
    order.accept('a1', 5n);
    order.accept('a2', 5n);
    order.accept('a1', 6n);
    order.accept('a3', 5n);
    expect(order.isStale('a2', 1n)).toBe(false);
    expect(order.isStale('a1', 1n)).toBe(true);
    expect(order.isStale('a3', 1n)).toBe(true);
  });
});

describe('PendingEvents', () => {
  it('a lone event is handed over as it came, once', () => {
    const pending = new PendingEvents();
    pending.put(event('updated'));
    expect(pending.take('a1')).toEqual(event('updated'));
    expect(pending.take('a1')).toBeUndefined();
  });

  it('two updates waiting together become a plain rescan without an event revision (no own-write shortcut)', () => {
    const pending = new PendingEvents();
    pending.put(event('updated', { entity: { id: 'a1', revision: '6' } }));
    pending.put(event('updated', { eventId: 'e2', entity: { id: 'a1', revision: '7' } }));
    expect(pending.take('a1')).toMatchObject({ slug: 'updated', eventId: 'e2', entity: undefined });
  });

  it('a delete wins over updates in either order', () => {
    const pending = new PendingEvents();
    pending.put(event('updated'));
    pending.put(event('deleted'));
    expect(pending.take('a1')?.slug).toBe('deleted');
    pending.put(event('deleted'));
    pending.put(event('updated'));
    expect(pending.take('a1')?.slug).toBe('deleted');
  });
});
