import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ReviewItem, ReviewStore } from '../../review/index.js';
import type { WixApi } from '../../wix/index.js';
import { authRoutes, DEFAULT_LOGIN_LIMIT, readSession, requireReviewer, type LoginLimit } from './auth-routes.js';
import { bulkRoutes } from './bulk-routes.js';
import { Nicknames } from './nicknames.js';
import {
  bindDeps, pageContext, reviewerOf, strictCookies, type CookiePolicy, type PageShared, type SiteDeps,
} from './page-context.js';
import { reviewRoutes } from './review-routes.js';
import { addSecurityHeaders } from './security-headers.js';
import { DEFAULT_SESSION_LIMITS, SessionStore, type Session, type SessionLimits } from './sessions.js';
import { staticAssets } from './static-assets.js';
import { messagePage } from './views/layout.js';

export interface ReviewPageOptions {
  store: ReviewStore;
  wix: WixApi;
  /** SESSION_SECRET: signs the session and CSRF cookies. */
  sessionSecret: string;
  /** REVIEW_TOKEN: a shared login for small sites; accounts in the store work either way. */
  reviewToken?: string;
  /** What a confirm writes over the placeholder (policy.confirmedPlaceholder), as `review confirm` does. */
  confirmedPlaceholder: string;
  /** Queue rows per page (25). */
  pageSize?: number;
  /** After a restore (the member's notice); a failure here never undoes the restore. */
  onRestored?: (item: ReviewItem) => Promise<void>;
  loginLimit?: LoginLimit;
  sessionLimits?: SessionLimits;
}

/**
 * The review page as one encapsulated Fastify plugin: GET / (to /review), GET/POST /login, POST /logout, GET /review,
 * GET /review/:id, POST /review/:id/restore|confirm, POST /review/bulk(/apply), /review-assets/*, /favicon.ico.
 * Cookies, form parsing, CSRF, rate limiting and security headers are registered inside it, so the
 * webhook endpoint and /healthz beside it are untouched. Register with `buildServer({ routes: [reviewPagePlugin(opts)] })`.
 */
export function reviewPagePlugin(options: ReviewPageOptions): FastifyPluginAsync {
  const site: SiteDeps = { store: options.store, wix: options.wix, nicknames: new Nicknames(options.wix), onRestored: options.onRestored };
  return reviewPageScope({
    sessionSecret: options.sessionSecret,
    confirmedPlaceholder: options.confirmedPlaceholder,
    pageSize: options.pageSize,
    sessionLimits: options.sessionLimits,
    tokenLogin: Boolean(options.reviewToken),
    cookies: strictCookies,
    site: async () => site,
    signIn: async (app, shared) => {
      await app.register(authRoutes, { deps: { ...shared, ...site }, reviewToken: options.reviewToken, limit: options.loginLimit ?? DEFAULT_LOGIN_LIMIT });
    },
  });
}

/** What differs between the one-site page and the app's page for many sites (src/server/app-mode). */
export interface ReviewPageScope {
  sessionSecret: string;
  confirmedPlaceholder: string;
  pageSize?: number;
  sessionLimits?: SessionLimits;
  tokenLogin: boolean;
  cookies: CookiePolicy;
  /** Origins allowed to frame the page (CSP frame-ancestors); none by default. */
  frameAncestors?: readonly string[];
  /** The site a session reads and acts on; undefined refuses the request (403): the site is gone. */
  site(session: Session): Promise<SiteDeps | undefined>;
  /** Registers the routes that create sessions (GET/POST /login, ...), inside the page's cookie and CSRF scope. */
  signIn(app: FastifyInstance, shared: PageShared): Promise<void>;
}

/** The review page's scope, with sign-in and the site of each session supplied by the caller. */
export function reviewPageScope(scope: ReviewPageScope): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    const shared: PageShared = {
      confirmedPlaceholder: scope.confirmedPlaceholder,
      sessions: new SessionStore(scope.sessionLimits ?? DEFAULT_SESSION_LIMITS),
      pageSize: scope.pageSize ?? 25,
      tokenLogin: scope.tokenLogin,
      cookies: scope.cookies,
    };
    await app.register(fastifyCookie, { secret: scope.sessionSecret });
    await app.register(fastifyFormbody, { bodyLimit: 1_000_000 });
    await app.register(fastifyCsrf, {
      cookieKey: 'aboutmod_csrf',
      // The secret cookie is signed and as strict as the session's (SameSite and Secure are set per
      // request by the cookie policy, see pageContext); forms carry tokens made from it.
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true },
    });
    await app.register(fastifyRateLimit, { global: false });
    addSecurityHeaders(app, scope.frameAncestors);
    readSession(app, shared);
    app.setErrorHandler(async (error: FastifyError, request, reply) => {
      const status = error.statusCode ?? 500;
      let title = 'Something went wrong';
      let message = 'The request failed; nothing more is known here. The server log has the details.';
      if (status === 429) {
        title = 'Too many attempts';
        message = `Too many sign-in attempts from this address. ${error.message.replace(/^Rate limit exceeded, retry in/, 'Try again in')}.`;
      } else if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
        title = 'Form expired';
        message = 'This form did not come from this page, or it expired. Go back, reload the page and try again.';
      } else if (status < 500) {
        title = 'Bad request';
        message = error.message;
      } else {
        request.log.error({ err: { name: error.name, message: error.message } }, 'review page: request failed');
      }
      return reply.code(status).type('text/html; charset=utf-8').send(String(messagePage(pageContext(shared, request, reply), title, message)));
    });

    await app.register(staticAssets);
    // The page is what a person opening the service's address wants; signed out, /review leads on to /login.
    app.get('/', async (_request, reply) => reply.redirect('/review', 302));
    await scope.signIn(app, shared);
    await app.register(async (reviewer) => {
      reviewer.addHook('onRequest', requireReviewer);
      // Every reviewer route reads its store through depsOf(request): the session's site, never another.
      reviewer.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const site = await scope.site(reviewerOf(request));
        if (site) return bindDeps(request, { ...shared, ...site });
        return reply.code(403).type('text/html; charset=utf-8').send(String(messagePage(pageContext(shared, request, reply), 'Not available',
          'aboutmod is no longer installed on this site.')));
      });
      await reviewer.register(reviewRoutes);
      await reviewer.register(bulkRoutes);
    });
  };
}
