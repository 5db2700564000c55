import { buildComplianceReport, type ComplianceReport } from '../policy/compliance-report.ts';
import type { LoadedPolicy } from '../policy/schema.ts';
import { buildSubprocessorList, type SubprocessorRow } from '../policy/subprocessors.ts';
import type { StaffPrincipal } from '../staff/types.ts';
import type { AdminContext } from './auth.ts';
import { aggregateEvidence, type RedactionSeries } from './evidence.ts';
import { isoParam } from './http.ts';
import type { ActionResult } from './review-actions.ts';
import { resolveTenantScope } from './scope.ts';

export interface ComplianceView {
  report: ComplianceReport;
  series: RedactionSeries;
  subprocessors: SubprocessorRow[];
}

/** `?policy=` if given, else the policy of the tenant's newest active key, else the default policy. */
async function policyFor(ctx: AdminContext, tenant: string | undefined, requested: string | undefined): Promise<LoadedPolicy | undefined> {
  if (requested) return ctx.opts.policies.get(requested);
  if (tenant && ctx.opts.keys) {
    const key = (await ctx.opts.keys.list()).filter((k) => k.tenant === tenant && !k.revokedAt).at(-1);
    const found = key && ctx.opts.policies.get(key.policy);
    if (found) return found;
  }
  return ctx.opts.policies.getDefault();
}

/** Per-clause evidence for the principal's tenants (or one tenant) and period. */
export async function complianceFor(ctx: AdminContext, p: StaffPrincipal, q: Record<string, string | undefined>): Promise<ActionResult<ComplianceView>> {
  let from: string | undefined;
  let to: string | undefined;
  try {
    from = isoParam(q.from);
    to = isoParam(q.to, true);
  } catch (err) {
    return { ok: false, status: 400, code: 'invalid_query', message: err instanceof RangeError ? err.message : 'invalid query' };
  }
  if (q.policy !== undefined && !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(q.policy)) return { ok: false, status: 400, code: 'invalid_policy', message: 'policy must be a policy name' };
  const scope = await resolveTenantScope(p, ctx.opts.pseudonymize, q.tenant);
  if (!scope.ok) return scope;
  const loaded = await policyFor(ctx, q.tenant && !q.tenant.startsWith('t_') ? q.tenant : undefined, q.policy);
  if (!loaded) return { ok: false, status: 404, code: 'not_found', message: 'No such policy.' };
  const { counters, series } = await aggregateEvidence(ctx.opts.audit, ctx.opts.reviews, { tenants: scope.stored, from, to });
  const report = buildComplianceReport(loaded, counters, { ...(q.tenant && { tenant: q.tenant }), ...(from && { from }), ...(to && { to }) });
  return { ok: true, value: { report, series, subprocessors: buildSubprocessorList(loaded.policy, counters.requests_by_provider) } };
}
