import { Hono } from 'hono';
import { mountAuditApi } from './api-audit.ts';
import { mountKeyApi } from './api-keys.ts';
import { mountReviewApi } from './api-reviews.ts';
import { adminContext, apiAuth } from './auth.ts';
import { apiError } from './http.ts';
import type { AdminOptions } from './options.ts';
import { mountUi } from './ui/routes.tsx';

export type { AdminOptions } from './options.ts';

/**
 * The admin surface: JSON API under /admin/api (Bearer staff token) and the web UI under /admin
 * (session cookie, CSRF-protected forms). Mount with `createApp(deps, { extend: createAdmin(opts) })`.
 */
export function createAdmin(opts: AdminOptions): (app: Hono) => void {
  const ctx = adminContext(opts);
  return (app) => {
    const api = new Hono();
    api.use('*', async (c, next) => {
      await next();
      c.res.headers.set('cache-control', 'no-store');
      c.res.headers.set('x-content-type-options', 'nosniff');
    });
    api.use('*', apiAuth(ctx));
    // A change the audit trail cannot record is not made: refused before any handler writes.
    api.use('*', async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && opts.auditSink.healthy && !opts.auditSink.healthy()) {
        return apiError(c, 503, 'audit_unavailable', 'The audit trail is unavailable; the change was not made.');
      }
      await next();
    });
    mountReviewApi(api, ctx);
    mountAuditApi(api, ctx);
    mountKeyApi(api, ctx);
    api.all('*', (c) => apiError(c, 404, 'not_found', 'Unknown admin API route.'));
    api.onError((_err, c) => apiError(c, 500, 'internal', 'Internal error.'));
    app.route('/admin/api', api);
    mountUi(app, ctx);
  };
}
