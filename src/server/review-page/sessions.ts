import { randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  /** The reviewer's name as it lands in item histories. */
  reviewer: string;
  /** The site (app instance id) the session may read and act on; unset for single-site serve. */
  site?: string;
  createdAt: number;
  lastSeenAt: number;
  /** One message for the next page shown (the outcome of a POST, after its redirect). */
  flash?: { kind: 'ok' | 'error'; text: string };
}

export interface SessionLimits {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out after this long regardless, so a stolen cookie does not live forever. */
  absoluteMs: number;
  /** Oldest sessions are dropped beyond this many, so a flood of logins cannot exhaust memory. */
  max: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 2 * 3_600_000, absoluteMs: 12 * 3_600_000, max: 1_000 };

/**
 * Server-side sessions in memory, keyed by a random 256-bit id that the (signed) cookie carries.
 * Chosen over stateless signed cookies because `aboutmod serve` is one process (the store is a
 * locked file) and memory makes logout real: the server forgets the session, so a copied cookie
 * dies with it. The cost, reviewers signing in again after a restart, is small.
 */
export class SessionStore {
  // A Map keeps insertion order, so the first entry is the oldest session.
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  create(reviewer: string, site?: string): Session {
    const at = this.now();
    const session: Session = { id: randomBytes(32).toString('base64url'), reviewer, site, createdAt: at, lastSeenAt: at };
    this.sessions.set(session.id, session);
    while (this.sessions.size > this.limits.max) this.sessions.delete(this.sessions.keys().next().value!);
    return session;
  }

  /** The live session for an id, touched; undefined (and forgotten) once idle or too old. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const at = this.now();
    if (at - session.lastSeenAt > this.limits.idleMs || at - session.createdAt > this.limits.absoluteMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeenAt = at;
    return session;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  /** Takes the pending message, so it shows once. */
  takeFlash(session: Session): Session['flash'] {
    const flash = session.flash;
    delete session.flash;
    return flash;
  }
}
