/** Staff roles. `admin` manages keys, staff and tenants; `auditor` reads and exports the audit trail; `reviewer` works the queue. */
export const ROLES = ['admin', 'auditor', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'audit.read'
  | 'audit.export'
  | 'audit.verify'
  | 'compliance.read'
  | 'reviews.read'
  | 'reviews.decide'
  | 'keys.manage'
  | 'staff.manage';

/** Reviewers see the audit log too, so they can find their own decisions in the chain. */
export const PERMISSIONS = {
  admin: ['audit.read', 'audit.export', 'audit.verify', 'compliance.read', 'reviews.read', 'reviews.decide', 'keys.manage', 'staff.manage'],
  auditor: ['audit.read', 'audit.export', 'audit.verify', 'compliance.read', 'reviews.read'],
  reviewer: ['audit.read', 'reviews.read', 'reviews.decide'],
} as const satisfies Record<Role, readonly Permission[]>;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

/** A staff member. Only the SHA-256 of their token is stored. */
export interface StaffRecord {
  id: string;
  /** Display label, e.g. "Priya (compliance)". Not used for access decisions. */
  name: string;
  role: Role;
  /** Tenant names (as in client keys), or `['*']` for every tenant. */
  tenants: string[];
  created_at: string;
  expires_at: string;
  revoked_at?: string | undefined;
  created_by: string;
  /** `pst_…a1b2`, to recognise a token in listings. Not a secret. */
  hint: string;
}

export interface StaffStore {
  findByHash(hash: string): Promise<(StaffRecord & { hash: string }) | null>;
  get(id: string): Promise<StaffRecord | null>;
  insert(record: StaffRecord & { hash: string }): Promise<void>;
  list(): Promise<StaffRecord[]>;
  revoke(id: string, at: string): Promise<boolean>;
}

/** Who is acting, after authentication. `tenants` are resolved to stored pseudonyms too. */
export interface StaffPrincipal {
  id: string;
  name: string;
  role: Role;
  /** Tenant names, or '*' for all. */
  tenants: string[] | '*';
  /** Stored tenant ids this principal may see (pseudonym and raw name of each), or '*'. */
  scope: Set<string> | '*';
  /** name by stored id, to show tenant names in the UI. */
  tenantNames: Map<string, string>;
  expires_at?: string;
}

export function inScope(p: StaffPrincipal, storedTenant: string): boolean {
  return p.scope === '*' || p.scope.has(storedTenant);
}
