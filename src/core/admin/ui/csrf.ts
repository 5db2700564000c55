import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { checkCsrf, CSRF_COOKIE, csrfToken, newCsrfSeed } from '../../staff/session.ts';
import type { AdminContext } from '../auth.ts';

declare module 'hono' {
  interface ContextVariableMap {
    csrf: string;
    form: Record<string, string>;
  }
}

/**
 * Secure cookies when the page was served over https: directly, or by a TLS-terminating proxy in
 * front (`X-Forwarded-Proto: https`). A client that sends the header over plain http only makes its
 * own cookie Secure, which its browser then will not send back: nothing to gain.
 */
export const isSecure = (ctx: AdminContext, c: Context) =>
  ctx.opts.secureCookies ?? (new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');

const MAX_FORM_BYTES = 16_384;

/**
 * Signed double-submit: a random seed in an HttpOnly SameSite=Strict cookie, and its HMAC in every
 * form. A POST without a matching pair, or from another origin, is refused before any handler runs.
 */
export function csrf(ctx: AdminContext): MiddlewareHandler {
  return async (c, next) => {
    let seed = getCookie(c, CSRF_COOKIE);
    if (!seed || !/^[0-9a-f]{32}$/.test(seed)) {
      if (c.req.method === 'POST') return forbidden(c);
      seed = newCsrfSeed();
      setCookie(c, CSRF_COOKIE, seed, { path: '/admin', httpOnly: true, sameSite: 'Strict', secure: isSecure(ctx, c) });
    }
    c.set('csrf', await csrfToken(ctx.opts.sign, seed));
    if (c.req.method === 'POST') {
      // Defence in depth beside the token: refuse what the browser says came from elsewhere.
      if (c.req.header('sec-fetch-site') === 'cross-site') return forbidden(c);
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && !sameHost(origin, c.req.url) && !sameForwardedHost(origin, c.req.header('x-forwarded-host'))) return forbidden(c);
      if (Number(c.req.header('content-length') ?? 0) > MAX_FORM_BYTES) return c.text('Form too large.', 413);
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return forbidden(c);
      let body: Awaited<ReturnType<typeof c.req.parseBody>>;
      try {
        body = await c.req.parseBody();
      } catch {
        // A body that is not the form its content type says (a broken multipart): refused, not a 500.
        return c.text('The form could not be read.', 400);
      }
      const form: Record<string, string> = {};
      for (const [k, v] of Object.entries(body)) if (typeof v === 'string') form[k] = v;
      if (!(await checkCsrf(ctx.opts.sign, seed, form._csrf))) return forbidden(c);
      c.set('form', form);
    }
    await next();
  };
}

function sameHost(origin: string, url: string): boolean {
  try {
    return new URL(origin).host === new URL(url).host;
  } catch {
    return false;
  }
}

/**
 * Behind a proxy that rewrites Host, the browser's Origin names the public host, which the proxy
 * passes as X-Forwarded-Host. A cross-site form cannot set that header, and the signed CSRF token
 * is still required, so accepting it keeps the check meaningful.
 */
function sameForwardedHost(origin: string, forwarded: string | undefined): boolean {
  const host = forwarded?.split(',')[0]?.trim();
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function forbidden(c: Context): Response {
  return c.html('<!doctype html><title>Forbidden</title><p>This form has expired or did not come from this site. Go back, reload the page and try again.</p>', 403);
}

/** Strict CSP: no scripts at all, styles only from /admin/static/app.css. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('content-security-policy', "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    h.set('x-frame-options', 'DENY');
    h.set('referrer-policy', 'same-origin');
    h.set('x-content-type-options', 'nosniff');
    if (!h.has('cache-control')) h.set('cache-control', 'no-store');
  };
}
