import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { logoutRoute, SESSION_COOKIE_OPTIONS } from '../review-page/auth-routes.js';
import { pageContext, SESSION_COOKIE, sessionOf, viaTls, type CookiePolicy, type SiteDeps } from '../review-page/page-context.js';
import { reviewPageScope } from '../review-page/plugin.js';
import { DEFAULT_SESSION_LIMITS } from '../review-page/sessions.js';
import { messagePage } from '../review-page/views/layout.js';
import { InstanceRejected, verifyAppInstance } from './app-instance.js';
import type { AppSites } from './types.js';

/** Where Wix shows an app's dashboard page (its iframe's parent): the only pages allowed to frame it. */
export const WIX_DASHBOARD_ORIGINS = ['https://manage.wix.com', 'https://*.wix.com'] as const;

/**
 * The page lives in Wix's dashboard iframe, a third-party context: its cookies must be SameSite=None,
 * which browsers take only with Secure (HTTPS), and Partitioned (CHIPS) so browsers that block
 * third-party cookies keep them for this embedding. Over plain HTTP (a local run, opened directly,
 * never framed by Wix, which needs HTTPS) they are Lax.
 */
export const embeddedCookies: CookiePolicy = (request) =>
  (viaTls(request) ? { sameSite: 'none', secure: true, partitioned: true } : { sameSite: 'lax', secure: false });

export interface DashboardOptions {
  /** SESSION_SECRET: signs the session and CSRF cookies. */
  sessionSecret: string;
  /** WIX_APP_SECRET: the key of the `instance` parameter's signature. */
  appSecret: string;
  confirmedPlaceholder: string;
  sites: Pick<AppSites, 'get'>;
  /** A site's store, Wix client, nicknames and restore notice (memoised by the caller). */
  siteDeps(site: string): Promise<SiteDeps>;
  pageSize?: number;
  /** How old a signed instance may be (INSTANCE_MAX_AGE_MS). */
  instanceMaxAgeMs?: number;
}

/** Many sites' reviewers, one process: more sessions than one site's page keeps. */
const APP_SESSION_LIMITS = { ...DEFAULT_SESSION_LIMITS, max: 20_000 };

/**
 * The app's dashboard page: Wix opens GET /dashboard?instance=<signed instance>; a verified instance
 * of an installed site signs the Wix user in with a session bound to that site, and the review page
 * (src/server/review-page) shows that site's queue only: every reviewer route reads the store of the
 * session's site, so another site's item ids are simply not found. There is no password login.
 */
export function dashboardPlugin(opts: DashboardOptions): FastifyPluginAsync {
  return reviewPageScope({
    sessionSecret: opts.sessionSecret,
    confirmedPlaceholder: opts.confirmedPlaceholder,
    pageSize: opts.pageSize,
    sessionLimits: APP_SESSION_LIMITS,
    tokenLogin: false,
    cookies: embeddedCookies,
    frameAncestors: WIX_DASHBOARD_ORIGINS,
    // Checked on every request: a site removed since sign-in is refused at once.
    site: async (session) => (session.site && (await opts.sites.get(session.site))?.status === 'active' ? opts.siteDeps(session.site) : undefined),
    signIn: async (app, shared) => {
      const refuse = (status: number, text: string) => (request: FastifyRequest, reply: FastifyReply) =>
        reply.code(status).type('text/html; charset=utf-8').send(String(messagePage(pageContext(shared, request, reply), 'Open aboutmod from Wix', text)));
      const notSignedIn = refuse(401, 'Open aboutmod from your site\'s dashboard in Wix: it signs you in to your site\'s review queue.');
      const notInstalled = refuse(403, 'aboutmod is not installed on this site.');

      app.get('/dashboard', async (request, reply) => {
        let instance;
        try {
          instance = verifyAppInstance((request.query as Record<string, unknown>).instance, opts.appSecret, new Date(), opts.instanceMaxAgeMs);
        } catch (err) {
          if (!(err instanceof InstanceRejected)) throw err;
          request.log.warn({ dashboard: 'refused', reason: err.reason }, 'dashboard: instance refused');
          return notSignedIn(request, reply);
        }
        const { instanceId, uid, permissions } = instance;
        if (!uid) {
          request.log.warn({ dashboard: 'refused', reason: 'no uid', instanceId }, 'dashboard: instance refused');
          return notSignedIn(request, reply);
        }
        if ((await opts.sites.get(instanceId))?.status !== 'active') {
          request.log.warn({ dashboard: 'refused', reason: 'site not installed', instanceId }, 'dashboard: instance refused');
          return notInstalled(request, reply);
        }
        // A fresh session at every opening: one planted before is worth nothing, and the site is the instance's.
        const old = sessionOf(request);
        if (old) shared.sessions.delete(old.id);
        const session = shared.sessions.create(`${uid} (Wix)`, instanceId);
        request.log.info({ instanceId, uid, permissions }, 'dashboard: signed in');
        return reply.setCookie(SESSION_COOKIE, session.id, { ...SESSION_COOKIE_OPTIONS, ...shared.cookies(request) }).redirect('/review', 303);
      });
      app.get('/login', async (request, reply) => notSignedIn(request, reply));
      logoutRoute(app, shared);
    },
  });
}
