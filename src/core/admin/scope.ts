import type { StaffPrincipal } from '../staff/types.ts';
import { inScope } from '../staff/types.ts';
import { tenantPseudonym } from '../staff/tenant-pseudonym.ts';

/**
 * `stored`: every stored tenant id the query covers; `tenants`: the same, one list per tenant. A
 * tenant is stored as its pseudonym (`t_…`), or as its name under a policy whose
 * `logging.pseudonymize` leaves `tenant` out, so each tenant is both.
 */
export type TenantScope =
  | { ok: true; stored: string[] | undefined; tenants?: string[][]; label?: string | undefined }
  | { ok: false; status: 400 | 404; code: string; message: string };

/**
 * Which stored tenant ids a query covers. `requested` is a tenant name (or a stored `t_…` id);
 * out-of-scope tenants look like tenants that do not exist (404), so nothing leaks.
 */
export async function resolveTenantScope(p: StaffPrincipal, pseudonymize: (raw: string) => Promise<string>, requested: string | undefined): Promise<TenantScope> {
  if (requested) {
    if (!/^[a-z0-9_][a-z0-9_-]{0,63}$/.test(requested)) return { ok: false, status: 400, code: 'invalid_tenant', message: 'tenant must be a tenant name' };
    const stored = requested.startsWith('t_') ? requested : await tenantPseudonym(pseudonymize, requested);
    if (!inScope(p, stored)) return { ok: false, status: 404, code: 'not_found', message: 'No such tenant.' };
    const name = requested.startsWith('t_') ? p.tenantNames.get(stored) : requested;
    const ids = name !== undefined && name !== stored ? [stored, name] : [stored];
    return { ok: true, stored: ids, tenants: [ids], label: p.tenantNames.get(stored) ?? requested };
  }
  const scope = p.scope;
  if (scope === '*') return { ok: true, stored: undefined };
  const tenants = [...scope].filter((t) => t.startsWith('t_')).map((t) => {
    const name = p.tenantNames.get(t);
    return name !== undefined && scope.has(name) ? [t, name] : [t];
  });
  return { ok: true, stored: tenants.flat(), tenants };
}

/** Tenant names a principal knows, for filters in the UI. */
export function tenantChoices(p: StaffPrincipal): string[] {
  return p.tenants === '*' ? [] : [...p.tenants];
}

export function tenantLabel(p: StaffPrincipal, stored: string): string {
  return p.tenantNames.get(stored) ?? stored;
}
