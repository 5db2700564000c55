import type { Hono } from 'hono';
import { exportEvents } from '../audit/export.ts';
import type { AdminContext } from './auth.ts';
import { requireApi } from './auth.ts';
import { auditQuery, auditRecord, verifyAudit } from './audit-actions.ts';
import { complianceFor } from './compliance-actions.ts';
import { apiError } from './http.ts';

export const EXPORT_TYPES = { jsonl: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export function mountAuditApi(api: Hono, ctx: AdminContext): void {
  api.get('/audit', requireApi('audit.read'), async (c) => {
    const q = await auditQuery(ctx, c.get('staff'), c.req.query());
    if (!q.ok) return apiError(c, q.status, q.code, q.message);
    const page = await ctx.opts.audit.list(q.value);
    return c.json({ records: page.records, ...(page.next_cursor && { next_cursor: page.next_cursor }) });
  });

  api.get('/audit/export', requireApi('audit.export'), async (c) => {
    const format = c.req.query('format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') return apiError(c, 400, 'invalid_format', 'format must be jsonl or csv');
    const q = await auditQuery(ctx, c.get('staff'), c.req.query());
    if (!q.ok) return apiError(c, q.status, q.code, q.message);
    const { cursor: _c, limit: _l, order: _o, ...filter } = q.value;
    ctx.record(c, 'audit.export', format, typeof filter.tenant === 'string' ? filter.tenant : '*');
    return new Response(exportEvents(ctx.opts.audit, filter, format), {
      headers: { 'content-type': EXPORT_TYPES[format], 'content-disposition': `attachment; filename="pledge-audit.${format}"`, 'cache-control': 'no-store' },
    });
  });

  // The chain spans every tenant: staff scoped to some tenants learn only whether it holds.
  api.get('/audit/verify', requireApi('audit.verify'), async (c) => {
    const result = await verifyAudit(ctx);
    if (c.get('staff').tenants === '*') return c.json(result);
    return c.json(result.ok ? { ok: true } : { ok: false, fault: result.fault });
  });

  api.get('/audit/:seq', requireApi('audit.read'), async (c) => {
    const r = await auditRecord(ctx, c.get('staff'), c.req.param('seq'));
    return r.ok ? c.json(r.value) : apiError(c, r.status, r.code, r.message);
  });

  api.get('/compliance', requireApi('compliance.read'), async (c) => {
    const r = await complianceFor(ctx, c.get('staff'), c.req.query());
    return r.ok ? c.json({ ...r.value.report, redactions_by_day: r.value.series.days }) : apiError(c, r.status, r.code, r.message);
  });

  api.get('/subprocessors', requireApi('compliance.read'), async (c) => {
    const r = await complianceFor(ctx, c.get('staff'), c.req.query());
    if (!r.ok) return apiError(c, r.status, r.code, r.message);
    return c.json({ policy: r.value.report.policy, period: r.value.report.period, subprocessors: r.value.subprocessors });
  });
}
