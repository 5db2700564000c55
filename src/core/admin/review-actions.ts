import type { Context } from 'hono';
import { NOTE_MAX, type ReviewDecision, type ReviewQuery } from '../review/store.ts';
import type { ReviewItem } from '../review/types.ts';
import { inScope, type StaffPrincipal } from '../staff/types.ts';
import type { AdminContext } from './auth.ts';
import { intParam, isoParam } from './http.ts';
import { resolveTenantScope } from './scope.ts';

export type ActionResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 404 | 409 | 503; code: string; message: string };

const STATUSES = ['pending', 'approved', 'rejected'] as const;

/** Query parameters → a scoped review query. Shared by the JSON API and the UI. */
export async function reviewQuery(ctx: AdminContext, p: StaffPrincipal, q: Record<string, string | undefined>): Promise<ActionResult<ReviewQuery>> {
  try {
    const scope = await resolveTenantScope(p, ctx.opts.pseudonymize, q.tenant);
    if (!scope.ok) return scope;
    const status = q.status || undefined;
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) return { ok: false, status: 400, code: 'invalid_status', message: 'status must be pending, approved or rejected' };
    if (q.tool && q.tool.length > 128) return { ok: false, status: 400, code: 'invalid_tool', message: 'tool is too long' };
    const from = isoParam(q.from);
    const to = isoParam(q.to, true);
    const limit = intParam(q.limit);
    return {
      ok: true,
      value: {
        ...(scope.stored && { tenants: scope.stored }),
        ...(status && { status: status as ReviewItem['status'] }),
        ...(q.tool && { tool: q.tool }),
        ...(from && { from }),
        ...(to && { to }),
        ...(limit !== undefined && { limit }),
        ...(q.cursor && { cursor: q.cursor }),
      },
    };
  } catch (err) {
    return { ok: false, status: 400, code: 'invalid_query', message: err instanceof RangeError ? err.message : 'invalid query' };
  }
}

/** The item if it exists and is in the principal's scope; another tenant's item is a plain 404. */
export async function scopedItem(ctx: AdminContext, p: StaffPrincipal, id: string): Promise<ActionResult<ReviewItem>> {
  const item = id.length <= 100 ? await ctx.opts.reviews.get(id) : undefined;
  if (!item || !inScope(p, item.tenant)) return { ok: false, status: 404, code: 'not_found', message: 'No such review item.' };
  return { ok: true, value: item };
}

/** Approve or reject; the decision and reviewer (never the note) become a staff audit event. */
export async function decideItem(ctx: AdminContext, c: Context, id: string, decision: ReviewDecision, note: unknown): Promise<ActionResult<ReviewItem>> {
  const p = c.get('staff');
  if (note !== undefined && typeof note !== 'string') return { ok: false, status: 400, code: 'invalid_note', message: 'note must be text' };
  if (typeof note === 'string' && note.length > NOTE_MAX) return { ok: false, status: 400, code: 'invalid_note', message: `note must be at most ${NOTE_MAX} characters` };
  const found = await scopedItem(ctx, p, id);
  if (!found.ok) return found;
  // A decision the audit trail cannot record is not made (the web form comes here too).
  if (ctx.opts.auditSink.healthy && !ctx.opts.auditSink.healthy()) return { ok: false, status: 503, code: 'audit_unavailable', message: 'The audit trail is unavailable; the decision was not saved.' };
  const at = new Date(ctx.opts.now()).toISOString();
  const r = await ctx.opts.reviews.decide(id, { decision, reviewer: p.id, at, ...(typeof note === 'string' && note.trim() !== '' && { note: note.trim() }) });
  if (!r.ok) {
    return r.reason === 'not_found'
      ? { ok: false, status: 404, code: 'not_found', message: 'No such review item.' }
      : { ok: false, status: 409, code: 'already_decided', message: 'This item has already been decided.' };
  }
  ctx.record(c, `review.${decision}`, id, found.value.tenant);
  return { ok: true, value: r.item };
}
