import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { exportEvents } from '../../audit/export.ts';
import { issueSession, SESSION_COOKIE, SESSION_TTL_MS } from '../../staff/session.ts';
import { authenticateStaff } from '../../staff/tokens.ts';
import { can, type Permission } from '../../staff/types.ts';
import { EXPORT_TYPES } from '../api-audit.ts';
import { auditQuery, auditRecord, verifyAudit } from '../audit-actions.ts';
import type { AdminContext } from '../auth.ts';
import { signOut, uiAuth } from '../auth.ts';
import { complianceFor } from '../compliance-actions.ts';
import { decideItem, reviewQuery, scopedItem } from '../review-actions.ts';
import { AuditDetail, AuditPage, ChainPage } from './audit-page.tsx';
import { CompliancePage } from './compliance-page.tsx';
import { APP_CSS } from './css.ts';
import { csrf, isSecure, securityHeaders } from './csrf.ts';
import { LoginPage } from './login-page.tsx';
import { ReviewDetail, ReviewsPage } from './reviews-page.tsx';

const render = (c: Context, node: unknown, status: 200 | 400 | 403 | 404 | 409 | 429 | 503 = 200) => c.html(`<!doctype html>${String(node)}`, status);

const notFound = (c: Context) => c.html('<!doctype html><title>Not found</title><link rel="stylesheet" href="/admin/static/app.css"><main class="login"><div class="card"><h1>Not found</h1><p><a href="/admin">Back</a></p></div></main>', 404);

function gate(c: Context, p: Permission): Response | undefined {
  return can(c.get('staff').role, p) ? undefined : c.html('<!doctype html><title>Forbidden</title><p>Your role cannot open this page. <a href="/admin">Back</a></p>', 403);
}

/** Query parameters, with empty values dropped. */
const params = (c: Context) => Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== '')) as Record<string, string>;

export function mountUi(app: Hono, ctx: AdminContext): void {
  app.get('/admin/static/app.css', (c) => c.body(APP_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' }));
  app.use('/admin', securityHeaders(), csrf(ctx));
  app.use('/admin/*', async (c, next) => (new URL(c.req.url).pathname.startsWith('/admin/api/') ? next() : securityHeaders()(c, next)));
  app.use('/admin/*', async (c, next) => (new URL(c.req.url).pathname.startsWith('/admin/api/') ? next() : csrf(ctx)(c, next)));

  app.get('/admin/login', (c) => render(c, <LoginPage csrf={c.get('csrf')} />));
  app.post('/admin/login', async (c) => {
    const client = ctx.clientOf(c);
    const now = ctx.opts.now();
    if (!ctx.limiter.allowed(client, now)) return render(c, <LoginPage csrf={c.get('csrf')} error="Too many failed attempts. Wait a few minutes and try again." />, 429);
    const principal = await authenticateStaff(ctx.authDeps, c.get('form').token?.trim());
    if (!principal) {
      ctx.limiter.fail(client, now);
      return render(c, <LoginPage csrf={c.get('csrf')} error="That token is not valid, or it has expired." />, 403);
    }
    const session = await issueSession(ctx.opts.sign, principal.id, now, Math.min(SESSION_TTL_MS, principal.expires_at ? Date.parse(principal.expires_at) - now : SESSION_TTL_MS));
    setCookie(c, SESSION_COOKIE, session.value, { path: '/admin', httpOnly: true, sameSite: 'Strict', secure: isSecure(ctx, c), expires: session.expires });
    return c.redirect(can(principal.role, 'reviews.decide') ? '/admin/reviews' : '/admin/audit', 303);
  });
  app.post('/admin/logout', async (c) => {
    // The cookie is cleared even when the database cannot take the sign-out right now (then a
    // copy of it works until it expires, as it would have without server-side sign-out).
    await signOut(ctx, getCookie(c, SESSION_COOKIE)).catch(() => undefined);
    deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
    return c.redirect('/admin/login', 303);
  });

  for (const path of ['/admin', '/admin/reviews', '/admin/reviews/*', '/admin/audit', '/admin/audit/*', '/admin/compliance', '/admin/chain']) app.use(path, uiAuth(ctx));

  app.get('/admin', (c) => c.redirect(can(c.get('staff').role, 'reviews.decide') ? '/admin/reviews' : '/admin/audit', 303));

  app.get('/admin/reviews', async (c) => {
    const q = params(c);
    q.status ??= 'pending';
    // "any" is a status filter of its own: it stays in the form and the page links, and only the
    // query leaves status out.
    const { status, ...rest } = q;
    const staff = c.get('staff');
    const query = await reviewQuery(ctx, staff, status === 'any' ? rest : q);
    const page = query.ok ? await ctx.opts.reviews.list(query.value).catch(() => ({ items: [] })) : { items: [] };
    return render(c, <ReviewsPage staff={staff} csrf={c.get('csrf')} page={page} q={q} error={query.ok ? undefined : query.message} />, query.ok ? 200 : query.status);
  });
  app.get('/admin/reviews/:id', async (c) => {
    const r = await scopedItem(ctx, c.get('staff'), c.req.param('id'));
    if (!r.ok) return notFound(c);
    const done = c.req.query('done');
    return render(c, <ReviewDetail staff={c.get('staff')} csrf={c.get('csrf')} item={r.value} done={done === 'approve' ? 'Approved. The decision is in the audit trail.' : done === 'reject' ? 'Rejected. The decision is in the audit trail.' : undefined} />);
  });
  app.post('/admin/reviews/:id/decide', async (c) => {
    const denied = gate(c, 'reviews.decide');
    if (denied) return denied;
    const form = c.get('form');
    const decision = form.decision === 'approve' || form.decision === 'reject' ? form.decision : undefined;
    const id = c.req.param('id');
    const r = decision ? await decideItem(ctx, c, id, decision, form.note ?? '') : ({ ok: false, status: 400, code: 'invalid', message: 'Choose approve or reject.' } as const);
    if (r.ok) return c.redirect(`/admin/reviews/${encodeURIComponent(id)}?done=${decision}`, 303);
    if (r.status === 404) return notFound(c);
    const item = await scopedItem(ctx, c.get('staff'), id);
    return item.ok ? render(c, <ReviewDetail staff={c.get('staff')} csrf={c.get('csrf')} item={item.value} error={r.message} />, r.status) : notFound(c);
  });

  app.get('/admin/audit', async (c) => {
    const denied = gate(c, 'audit.read');
    if (denied) return denied;
    const staff = c.get('staff');
    const q = params(c);
    if (!q.tenant && staff.tenants !== '*' && staff.tenants[0]) q.tenant = staff.tenants[0];
    const query = await auditQuery(ctx, staff, q, { defaultTenant: true });
    const page = query.ok ? await ctx.opts.audit.list(query.value) : { records: [] };
    return render(c, <AuditPage staff={staff} csrf={c.get('csrf')} records={page.records} next={'next_cursor' in page ? page.next_cursor : undefined} q={q} error={query.ok ? undefined : query.message} />, query.ok ? 200 : query.status);
  });
  app.get('/admin/audit/export', async (c) => {
    const denied = gate(c, 'audit.export');
    if (denied) return denied;
    const staff = c.get('staff');
    const q = params(c);
    if (!q.tenant && staff.tenants !== '*' && staff.tenants[0]) q.tenant = staff.tenants[0];
    const format = q.format === 'csv' ? 'csv' : 'jsonl';
    const query = await auditQuery(ctx, staff, q, { defaultTenant: true });
    if (!query.ok) return notFound(c);
    const { cursor: _c, limit: _l, order: _o, ...filter } = query.value;
    ctx.record(c, 'audit.export', format, typeof filter.tenant === 'string' ? filter.tenant : '*');
    return new Response(exportEvents(ctx.opts.audit, filter, format), { headers: { 'content-type': EXPORT_TYPES[format], 'content-disposition': `attachment; filename="pledge-audit.${format}"`, 'cache-control': 'no-store' } });
  });
  app.get('/admin/audit/:seq', async (c) => {
    const denied = gate(c, 'audit.read');
    if (denied) return denied;
    const r = await auditRecord(ctx, c.get('staff'), c.req.param('seq'));
    return r.ok ? render(c, <AuditDetail staff={c.get('staff')} csrf={c.get('csrf')} record={r.value} />) : notFound(c);
  });

  app.get('/admin/compliance', async (c) => {
    const denied = gate(c, 'compliance.read');
    if (denied) return denied;
    const q = params(c);
    const r = await complianceFor(ctx, c.get('staff'), q);
    return render(c, <CompliancePage staff={c.get('staff')} csrf={c.get('csrf')} q={q} policies={ctx.opts.policies.names()} view={r.ok ? r.value : undefined} error={r.ok ? undefined : r.message} />, r.ok ? 200 : r.status);
  });

  app.get('/admin/chain', async (c) => {
    const denied = gate(c, 'audit.verify');
    if (denied) return denied;
    const result = await verifyAudit(ctx);
    return render(c, <ChainPage staff={c.get('staff')} csrf={c.get('csrf')} result={result} checkedAt={new Date(ctx.opts.now()).toISOString().slice(0, 19).replace('T', ' ')} />);
  });
}
