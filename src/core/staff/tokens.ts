import { timingSafeEqual } from '../tenancy/keys.ts';
import { tenantPseudonym } from './tenant-pseudonym.ts';
import { ROLES, type Role, type StaffPrincipal, type StaffRecord, type StaffStore } from './types.ts';
import { TENANT_RE, TENANT_RULE } from '../tenancy/keys.ts';

export const STAFF_TOKEN_PREFIX = 'pst_';
const TOKEN_RE = /^pst_[A-Za-z0-9_-]{43}$/;
export const BOOTSTRAP_ID = 'stf_bootstrap';

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(text: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

export interface NewStaff {
  name: string;
  role: Role;
  tenants: string[];
  /** Days until the token expires (1..365, default 90). */
  expiresInDays?: number;
}

export function validateNewStaff(input: NewStaff): string | null {
  if (typeof input.name !== 'string' || input.name.trim() === '' || input.name.length > 80) return 'name must be 1..80 characters';
  if (!ROLES.includes(input.role)) return `role must be one of ${ROLES.join(', ')}`;
  if (!Array.isArray(input.tenants) || input.tenants.length === 0) return "tenants must list tenant names, or ['*']";
  if (input.tenants.includes('*') && input.tenants.length > 1) return "use ['*'] alone for every tenant";
  const bad = input.tenants.find((t) => t !== '*' && !TENANT_RE.test(t));
  if (bad !== undefined) return `tenant ${JSON.stringify(bad.slice(0, 40))} must be ${TENANT_RULE}`;
  const days = input.expiresInDays ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > 365) return 'expires_in_days must be an integer from 1 to 365';
  return null;
}

/** Creates a staff member; returns the token, which exists only in this return value. */
export async function createStaffToken(store: StaffStore, input: NewStaff, createdBy: string, now: Date): Promise<{ token: string; record: StaffRecord }> {
  const problem = validateNewStaff(input);
  if (problem) throw new RangeError(problem);
  const token = STAFF_TOKEN_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
  const record: StaffRecord = {
    id: `stf_${hex(crypto.getRandomValues(new Uint8Array(8)))}`,
    name: input.name.trim(),
    role: input.role,
    tenants: [...input.tenants],
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + (input.expiresInDays ?? 90) * 86_400_000).toISOString(),
    created_by: createdBy,
    hint: `${STAFF_TOKEN_PREFIX}…${token.slice(-4)}`,
  };
  await store.insert({ ...record, hash: await sha256Hex(token) });
  return { token, record };
}

export interface StaffAuthDeps {
  store: StaffStore;
  /** PLEDGE_ADMIN_TOKEN: the bootstrap admin (every tenant). Unset: no bootstrap admin. */
  adminToken?: string | undefined;
  pseudonymize: (raw: string) => Promise<string>;
  now: () => number;
}

/** Builds the principal for a record: tenant names resolved to the ids audit events store. */
export async function principalFor(deps: Pick<StaffAuthDeps, 'pseudonymize'>, r: Pick<StaffRecord, 'id' | 'name' | 'role' | 'tenants'> & { expires_at?: string }): Promise<StaffPrincipal> {
  const all = r.tenants.includes('*');
  const tenantNames = new Map<string, string>();
  for (const name of all ? [] : r.tenants) {
    tenantNames.set(await tenantPseudonym(deps.pseudonymize, name), name);
    tenantNames.set(name, name);
  }
  return {
    id: r.id, name: r.name, role: r.role,
    tenants: all ? '*' : [...r.tenants],
    scope: all ? '*' : new Set(tenantNames.keys()),
    tenantNames,
    ...(r.expires_at !== undefined && { expires_at: r.expires_at }),
  };
}

/**
 * A presented token → principal, or null (unknown, malformed, expired or revoked: one answer for
 * all, so a caller learns nothing). Lookups are by hash; comparisons are constant-time.
 */
export async function authenticateStaff(deps: StaffAuthDeps, token: string | undefined): Promise<StaffPrincipal | null> {
  if (!token || token.length > 512) return null;
  const hash = await sha256Hex(token);
  if (deps.adminToken && deps.adminToken.length >= 16 && timingSafeEqual(hash, await sha256Hex(deps.adminToken))) {
    return principalFor(deps, { id: BOOTSTRAP_ID, name: 'Bootstrap admin', role: 'admin', tenants: ['*'] });
  }
  if (!TOKEN_RE.test(token)) return null;
  const found = await deps.store.findByHash(hash);
  if (!found || !timingSafeEqual(found.hash, hash)) return null;
  if (found.revoked_at || Date.parse(found.expires_at) <= deps.now()) return null;
  return principalFor(deps, found);
}

/** Resolves a principal by id (sessions carry the id, not the token). */
export async function principalById(deps: StaffAuthDeps, id: string): Promise<StaffPrincipal | null> {
  if (id === BOOTSTRAP_ID) return deps.adminToken ? principalFor(deps, { id, name: 'Bootstrap admin', role: 'admin', tenants: ['*'] }) : null;
  const found = await deps.store.get(id);
  if (!found || found.revoked_at || Date.parse(found.expires_at) <= deps.now()) return null;
  return principalFor(deps, found);
}

/** An admin can grant only tenants in their own scope, and '*' only when they have it. */
export function canGrant(p: StaffPrincipal, tenants: readonly string[]): boolean {
  if (p.tenants === '*') return true;
  const mine = p.tenants;
  return tenants.every((t) => t !== '*' && mine.includes(t));
}
