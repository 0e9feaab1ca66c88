import type { FastifyInstance } from 'fastify';

/**
 * Stricter than default-src 'self': nothing is allowed unless named. Scripts and styles only from
 * our own files (no inline code, so injected markup could not run even if escaping failed); images
 * only from us, so a member's image URL is never fetched by the reviewer's browser (it is shown
 * as an address, opened on a deliberate click); no framing (clickjacking on the action buttons),
 * except by the origins `frameAncestors` names (the Wix dashboard, in app mode).
 */
export function contentSecurityPolicy(frameAncestors: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
    "base-uri 'none'",
  ].join('; ');
}

/** Headers on every response of the review page's scope (the webhook and /healthz are untouched). */
export function addSecurityHeaders(app: FastifyInstance, frameAncestors: readonly string[] = []): void {
  const csp = contentSecurityPolicy(frameAncestors);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    // Member links open with noreferrer too; this covers everything else.
    reply.header('referrer-policy', 'no-referrer');
    // X-Frame-Options cannot name an allowed framer; where one is allowed, the CSP alone decides.
    if (!frameAncestors.length) reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    // Pages hold member content and CSRF tokens: never kept by a shared machine's cache.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
