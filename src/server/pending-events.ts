import type { AboutEvent } from './verify-webhook.js';

/**
 * The event each About's waiting queue task will act on. The WorkQueue coalesces tasks for one About
 * that have not started, so several events can share one task; this keeps what they jointly ask for:
 * a delete outranks updates (the About is gone), and two updates merge into a plain rescan with no
 * event revision (only a lone event may be recognised as our own write by its revision).
 */
export class PendingEvents {
  private readonly byAbout = new Map<string, AboutEvent>();

  put(event: AboutEvent): void {
    const waiting = this.byAbout.get(event.aboutId);
    this.byAbout.set(event.aboutId, waiting ? merge(waiting, event) : event);
  }

  /** Called by the task when it starts: later events for the About start a new task. */
  take(aboutId: string): AboutEvent | undefined {
    const event = this.byAbout.get(aboutId);
    this.byAbout.delete(aboutId);
    return event;
  }
}

function merge(waiting: AboutEvent, next: AboutEvent): AboutEvent {
  if (waiting.slug === 'deleted') return waiting;
  if (next.slug === 'deleted') return next;
  return { ...next, entity: undefined };
}
