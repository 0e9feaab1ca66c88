import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashPassword, verifyPassword } from '../../review/index.js';
import { bindSession, field, pageContext, SESSION_COOKIE, sessionOf, type PageDeps, type PageShared } from './page-context.js';
import { loginPage } from './views/login.js';

export interface LoginLimit {
  /** Login attempts per address per window (the rest get 429 until the window ends). */
  max: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMIT: LoginLimit = { max: 10, windowMs: 15 * 60_000 };

/** Same rule as `review add-reviewer`, so a token login's name reads like an account's in the history. */
const NAME = /^[A-Za-z0-9._@-]{1,64}$/;

/** The session cookie's fixed attributes; SameSite and Secure come from the page's CookiePolicy. */
export const SESSION_COOKIE_OPTIONS = { path: '/', httpOnly: true, signed: true } as const;

/** Where to go after signing in: only a path of this page, so the login form cannot redirect elsewhere. */
export function safeNext(next: string | undefined): string {
  return next && /^\/review(?:[/?][^\\\s]*)?$/.test(next) && !next.startsWith('//') ? next : '/review';
}

/** Resolves the session cookie for every request in the scope (pages decide what a missing one means). */
export function readSession(app: FastifyInstance, deps: PageShared): void {
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const { valid, value } = reply.unsignCookie(raw);
    const session = valid ? deps.sessions.get(value ?? undefined) : undefined;
    if (session) bindSession(request, session);
  });
}

/**
 * For the reviewer-only routes: a page request without a session goes to the login page (and comes
 * back); anything else (a POST) is refused with 401 before its body is even parsed.
 */
export async function requireReviewer(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (sessionOf(request)) return;
  if (request.method === 'GET' || request.method === 'HEAD') {
    return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
  }
  return reply.code(401).type('text/plain; charset=utf-8').send('Sign in first: this action needs a reviewer session.\n');
}

/**
 * GET/POST /login and POST /logout. Accounts (`review add-reviewer`) are checked against their
 * scrypt hash; REVIEW_TOKEN, when set, lets a small site's reviewers sign in with a name of their
 * choice (recorded as "NAME (token)", and never an account's name). An unknown name still costs one
 * scrypt, so timing does not reveal which names exist.
 */
export async function authRoutes(app: FastifyInstance, opts: { deps: PageDeps; reviewToken?: string; limit: LoginLimit }): Promise<void> {
  const { deps, reviewToken, limit } = opts;
  const decoy = await hashPassword(randomBytes(16).toString('base64url'));
  const tokenDigest = reviewToken ? digest(reviewToken) : undefined;

  app.get('/login', async (request, reply) => {
    const next = safeNext((request.query as Record<string, unknown>).next as string | undefined);
    if (sessionOf(request)) return reply.redirect(next, 303);
    return reply.type('text/html; charset=utf-8').send(String(loginPage(pageContext(deps, request, reply), { next, tokenLogin: deps.tokenLogin })));
  });

  app.post('/login', {
    config: { rateLimit: { max: limit.max, timeWindow: limit.windowMs } },
    preHandler: app.csrfProtection,
  }, async (request, reply) => {
    const name = (field(request.body, 'name') ?? '').trim();
    const password = field(request.body, 'password') ?? '';
    const next = safeNext(field(request.body, 'next'));
    const reviewer = await signIn(name, password);
    if (!reviewer) {
      request.log.warn({ reviewLogin: 'refused' }, 'review page: sign-in refused');
      return reply.code(401).type('text/html; charset=utf-8').send(String(loginPage(pageContext(deps, request, reply), {
        next, tokenLogin: deps.tokenLogin, name: NAME.test(name) ? name : '', error: 'Wrong name or password.',
      })));
    }
    // A fresh id at every sign-in: a session id planted before login is worth nothing after it.
    const old = sessionOf(request);
    if (old) deps.sessions.delete(old.id);
    const session = deps.sessions.create(reviewer);
    request.log.info({ reviewer }, 'review page: signed in');
    return reply.setCookie(SESSION_COOKIE, session.id, { ...SESSION_COOKIE_OPTIONS, ...deps.cookies(request) }).redirect(next, 303);
  });

  logoutRoute(app, deps);

  async function signIn(name: string, password: string): Promise<string | undefined> {
    if (!NAME.test(name) || password.length === 0 || password.length > 1024) return undefined;
    const account = await deps.store.getReviewer(name);
    if (account) return (await verifyPassword(password, account.passwordHash)) ? name : undefined;
    await verifyPassword(password, decoy);
    if (tokenDigest && timingSafeEqual(digest(password), tokenDigest)) return `${name} (token)`;
    return undefined;
  }
}

/** POST /logout: the server forgets the session, so a copied cookie dies with it. */
export function logoutRoute(app: FastifyInstance, deps: PageShared): void {
  app.post('/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
    const session = sessionOf(request);
    if (session) deps.sessions.delete(session.id);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).redirect('/login', 303);
  });
}

/** Fixed-length digests, so comparing a guess with the token takes the same time whatever its length. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
