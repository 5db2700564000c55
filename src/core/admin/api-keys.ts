import type { Context, Hono } from 'hono';
import { tenantPseudonym } from '../staff/tenant-pseudonym.ts';
import { canGrant, createStaffToken } from '../staff/tokens.ts';
import type { Role } from '../staff/types.ts';
import { createClientKey } from '../tenancy/keys.ts';
import type { AdminContext } from './auth.ts';
import { requireApi } from './auth.ts';
import { apiError } from './http.ts';

async function jsonBody(req: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const v: unknown = await req.json();
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Client keys and staff tokens: admin only, within the admin's tenant scope. */
export function mountKeyApi(api: Hono, ctx: AdminContext): void {
  const stored = (name: string) => tenantPseudonym(ctx.opts.pseudonymize, name);
  const grants = (c: Context, tenants: string[]) => canGrant(c.get('staff'), tenants);

  api.post('/keys', requireApi('keys.manage'), async (c) => {
    const keys = ctx.opts.keys;
    if (!keys) return apiError(c, 404, 'not_found', 'Client keys are not configured here.');
    const body = await jsonBody(c.req.raw);
    const tenant = str(body?.tenant);
    const policy = str(body?.policy);
    if (!tenant || !policy) return apiError(c, 400, 'invalid_request', 'Body must be JSON {"tenant", "policy", "credential_ref"?}.');
    if (!grants(c, [tenant])) return apiError(c, 404, 'not_found', 'No such tenant.');
    // A credential name reads any secret of the deployment (another tenant's provider key too):
    // only staff over all tenants may bind one to a key.
    if (body?.credential_ref !== undefined && c.get('staff').tenants !== '*') {
      return apiError(c, 403, 'forbidden', 'Only an admin over all tenants may set credential_ref; ask one, or create the key without it.');
    }
    if (!ctx.opts.policies.get(policy)) return apiError(c, 400, 'unknown_policy', `Policy "${policy.slice(0, 64)}" is not loaded (${ctx.opts.policies.names().join(', ')}).`);
    try {
      const { key, record } = await createClientKey(keys, { tenant, policy, credentialRef: str(body?.credential_ref) }, new Date(ctx.opts.now()));
      ctx.record(c, 'key.create', record.id, await stored(tenant));
      return c.json({ key, ...record }, 201);
    } catch (err) {
      return apiError(c, 400, 'invalid_request', err instanceof Error ? err.message : 'invalid request');
    }
  });

  api.get('/keys', requireApi('keys.manage'), async (c) => {
    const list = ctx.opts.keys ? await ctx.opts.keys.list() : [];
    return c.json({ keys: list.filter((k) => grants(c, [k.tenant])) });
  });

  api.delete('/keys/:id', requireApi('keys.manage'), async (c) => {
    const id = c.req.param('id');
    const key = ctx.opts.keys ? (await ctx.opts.keys.list()).find((k) => k.id === id) : undefined;
    if (!key || !grants(c, [key.tenant])) return apiError(c, 404, 'not_found', 'No such key.');
    if (!(await ctx.opts.keys!.revoke(id, new Date(ctx.opts.now()).toISOString()))) return apiError(c, 409, 'already_revoked', 'The key is already revoked.');
    ctx.record(c, 'key.revoke', id, await stored(key.tenant));
    return c.json({ id, revoked: true });
  });

  api.post('/staff', requireApi('staff.manage'), async (c) => {
    const body = await jsonBody(c.req.raw);
    const tenants = Array.isArray(body?.tenants) ? body.tenants.filter((t): t is string => typeof t === 'string') : [];
    if (!grants(c, tenants)) return apiError(c, 403, 'forbidden', 'You can only grant tenants in your own scope.');
    const days = body?.expires_in_days;
    try {
      const input = { name: str(body?.name) ?? '', role: (str(body?.role) ?? '') as Role, tenants, ...(typeof days === 'number' && { expiresInDays: days }) };
      const { token, record } = await createStaffToken(ctx.opts.staff, input, c.get('staff').id, new Date(ctx.opts.now()));
      for (const t of tenants) ctx.record(c, 'staff.create', record.id, t === '*' ? '*' : await stored(t));
      return c.json({ token, ...record }, 201);
    } catch (err) {
      return apiError(c, 400, 'invalid_request', err instanceof RangeError ? err.message : 'invalid request');
    }
  });

  api.get('/staff', requireApi('staff.manage'), async (c) => {
    const list = await ctx.opts.staff.list();
    return c.json({ staff: list.filter((s) => grants(c, s.tenants)) });
  });

  api.delete('/staff/:id', requireApi('staff.manage'), async (c) => {
    const s = await ctx.opts.staff.get(c.req.param('id'));
    if (!s || !grants(c, s.tenants)) return apiError(c, 404, 'not_found', 'No such staff member.');
    if (!(await ctx.opts.staff.revoke(s.id, new Date(ctx.opts.now()).toISOString()))) return apiError(c, 409, 'already_revoked', 'Already revoked.');
    for (const t of s.tenants) ctx.record(c, 'staff.revoke', s.id, t === '*' ? '*' : await stored(t));
    return c.json({ id: s.id, revoked: true });
  });
}
