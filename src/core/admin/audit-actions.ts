import type { AuditRecord } from '../audit/chain.ts';
import type { AuditQuery } from '../audit/store.ts';
import { verifyChain, type VerifyResult } from '../audit/verify.ts';
import { inScope, type StaffPrincipal } from '../staff/types.ts';
import type { AdminContext } from './auth.ts';
import { intParam, isoParam } from './http.ts';
import type { ActionResult } from './review-actions.ts';
import { resolveTenantScope } from './scope.ts';

/**
 * Query parameters → one audit query. The audit store filters on one tenant at a time, so staff
 * scoped to several tenants pick one (the UI defaults to their first).
 */
export async function auditQuery(ctx: AdminContext, p: StaffPrincipal, q: Record<string, string | undefined>, opts: { defaultTenant?: boolean } = {}): Promise<ActionResult<AuditQuery>> {
  try {
    const scope = await resolveTenantScope(p, ctx.opts.pseudonymize, q.tenant);
    if (!scope.ok) return scope;
    // One tenant's stored ids (its pseudonym, and its name where a policy stores names).
    let tenant: string[] | undefined;
    if (scope.tenants) {
      if (scope.tenants.length === 0) return { ok: false, status: 404, code: 'not_found', message: 'No such tenant.' };
      if (scope.tenants.length > 1 && !opts.defaultTenant) return { ok: false, status: 400, code: 'tenant_required', message: 'You are scoped to several tenants; pass ?tenant=<name>.' };
      tenant = scope.tenants[0];
    }
    const provider = q.provider || undefined;
    if (provider !== undefined && !/^[a-z0-9:_-]{1,64}$/.test(provider)) return { ok: false, status: 400, code: 'invalid_provider', message: 'provider must be a provider id' };
    const redactions = q.has_redactions;
    if (redactions && !['true', 'false'].includes(redactions)) return { ok: false, status: 400, code: 'invalid_query', message: 'has_redactions must be true or false' };
    const kind = q.kind || undefined;
    if (kind !== undefined && kind !== 'request' && kind !== 'staff') return { ok: false, status: 400, code: 'invalid_query', message: 'kind must be request or staff' };
    const from = isoParam(q.from);
    const to = isoParam(q.to, true);
    const limit = intParam(q.limit);
    if (q.cursor && !/^\d{1,15}$/.test(q.cursor)) return { ok: false, status: 400, code: 'invalid_cursor', message: 'The cursor is not valid.' };
    return {
      ok: true,
      value: {
        ...(tenant && { tenant }),
        ...(provider && { provider }),
        ...(kind && { kind }),
        ...(redactions && { has_redactions: redactions === 'true' }),
        ...(from && { from }),
        ...(to && { to }),
        limit: Math.min(limit ?? 50, 500),
        ...(q.cursor && { cursor: q.cursor }),
        order: 'desc',
      },
    };
  } catch (err) {
    return { ok: false, status: 400, code: 'invalid_query', message: err instanceof RangeError ? err.message : 'invalid query' };
  }
}

/** One record by seq, if it is in the principal's scope. */
export async function auditRecord(ctx: AdminContext, p: StaffPrincipal, seqText: string): Promise<ActionResult<AuditRecord>> {
  // Sequence numbers start at 1: 0 (whose cursor would be -1) is no event.
  if (!/^\d{1,15}$/.test(seqText) || Number(seqText) < 1) return { ok: false, status: 404, code: 'not_found', message: 'No such audit event.' };
  const seq = Number(seqText);
  const page = await ctx.opts.audit.list({ cursor: String(seq - 1), limit: 1, order: 'asc' });
  const rec = page.records[0];
  if (!rec || rec.seq !== seq || !inScope(p, rec.event.tenant)) return { ok: false, status: 404, code: 'not_found', message: 'No such audit event.' };
  return { ok: true, value: rec };
}

/** How long a finished walk of the chain answers later requests (the page and the API). */
export const VERIFY_REUSE_MS = 10_000;

/**
 * Walks the whole chain (constant memory). One walk at a time: requests that arrive while a walk
 * runs, or within VERIFY_REUSE_MS of its end, get its result, so repeated requests (a refreshing
 * page, a script) cannot keep the store busy walking a long chain over and over.
 */
export async function verifyAudit(ctx: AdminContext): Promise<VerifyResult> {
  const last = ctx.lastVerify;
  if (last && (last.finishedAt === undefined || ctx.opts.now() - last.finishedAt < VERIFY_REUSE_MS)) return last.result;
  const entry: NonNullable<AdminContext['lastVerify']> = {
    result: (async (): Promise<VerifyResult> => {
      const audit = ctx.opts.audit;
      const chain = await verifyChain(audit.scan(500), await audit.latestCheckpoint());
      if (!chain.ok || !audit.columnMismatches) return chain;
      // The hashed events hold, but a filter column edited beside one hides it from tenant views,
      // exports and purges: as broken as an edited event (`pledge audit verify` says the same).
      const edited = await audit.columnMismatches(1);
      if (edited.length === 0) return chain;
      return { ok: false, seq: edited[0]!.seq, fault: 'edited', detail: `filter columns edited (${edited[0]!.columns.join(', ')}), not matching the hashed event`, count: chain.count };
    })(),
  };
  ctx.lastVerify = entry;
  entry.result.then(
    () => void (entry.finishedAt = ctx.opts.now()),
    () => void (ctx.lastVerify === entry && (ctx.lastVerify = undefined)),
  );
  return entry.result;
}
