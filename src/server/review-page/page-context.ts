import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReviewItem, ReviewStore } from '../../review/index.js';
import type { WixApi } from '../../wix/index.js';
import type { Nicknames } from './nicknames.js';
import type { Session, SessionStore } from './sessions.js';
import type { PageContext } from './views/layout.js';

/** One site's queue: what a signed-in reviewer's requests read and act on. */
export interface SiteDeps {
  store: ReviewStore;
  wix: WixApi;
  nicknames: Nicknames;
  /** After a restore: the member's "your About is back" notice, as `review restore` sends it. */
  onRestored?: (item: ReviewItem) => Promise<void>;
}

/** Attributes of the session and CSRF cookies for one request (Secure follows viaTls). */
export interface CookiePolicy {
  (request: FastifyRequest): { sameSite: 'strict' | 'lax' | 'none'; secure: boolean; partitioned?: boolean };
}

/** What the review page's routes share whatever the site, built once per plugin instance. */
export interface PageShared {
  /** policy.confirmedPlaceholder: the final words a confirm writes. */
  confirmedPlaceholder: string;
  sessions: SessionStore;
  pageSize: number;
  /** REVIEW_TOKEN is set: the login page says how to use it. */
  tokenLogin: boolean;
  cookies: CookiePolicy;
}

/** Everything a reviewer route needs: the shared parts and the session's site. */
export type PageDeps = PageShared & SiteDeps;

/** Strict cookies, Secure over TLS: the page is opened on its own, never inside another site's frame. */
export const strictCookies: CookiePolicy = (request) => ({ sameSite: 'strict', secure: viaTls(request) });

export const SESSION_COOKIE = 'aboutmod_session';

/** The session each request resolved to (set by the auth hook; a WeakMap keeps Fastify's types untouched). */
const bound = new WeakMap<FastifyRequest, Session>();
/** The site deps of a signed-in request (set by the reviewer scope's hook from its session). */
const scoped = new WeakMap<FastifyRequest, PageDeps>();

export function bindDeps(request: FastifyRequest, deps: PageDeps): void {
  scoped.set(request, deps);
}

/** The deps of the request's site; only called behind the reviewer scope's hook, so missing ones are a bug. */
export function depsOf(request: FastifyRequest): PageDeps {
  const deps = scoped.get(request);
  if (!deps) throw new Error('review page: route reached without its site');
  return deps;
}

export function bindSession(request: FastifyRequest, session: Session): void {
  bound.set(request, session);
}

export function sessionOf(request: FastifyRequest): Session | undefined {
  return bound.get(request);
}

/** The signed-in reviewer; only called behind the auth hook, so a missing session is a bug. */
export function reviewerOf(request: FastifyRequest): Session {
  const session = bound.get(request);
  if (!session) throw new Error('review page: route reached without a session');
  return session;
}

/**
 * Whether the reviewer's browser reached us over TLS: directly, or through a TLS-terminating proxy
 * that says so in X-Forwarded-Proto. Trusting the header without trustProxy is safe for this one
 * use: a client that lies only gets Secure cookies its plain-http requests will not carry back.
 */
export function viaTls(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  return request.protocol === 'https' || (typeof forwarded === 'string' && forwarded.split(',')[0]!.trim() === 'https');
}

/** The common page context: who is signed in, a CSRF token for the page's forms, and the pending message. */
export function pageContext(deps: PageShared, request: FastifyRequest, reply: FastifyReply): PageContext {
  const session = bound.get(request);
  return { reviewer: session?.reviewer, csrf: reply.generateCsrf(deps.cookies(request)), flash: session ? deps.sessions.takeFlash(session) : undefined };
}

/** Form fields arrive as a string, an array (repeated names) or not at all. */
export function field(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

export function fieldList(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A reviewer's note: trimmed, at most 2000 characters (the inputs say so too), empty -> none. */
export function noteOf(body: unknown): string | undefined {
  const note = field(body, 'note')?.trim().slice(0, 2000);
  return note ? note : undefined;
}
