import type { Role, StaffRecord } from './types.ts';

/** A staff row (migrations/0021_staff.sql; node:sqlite or Durable Object SQLite) as a StaffRecord. */
export function staffFromRow(row: Readonly<Record<string, unknown>>): StaffRecord {
  const tenants: unknown = JSON.parse(String(row.tenants));
  return {
    id: String(row.id),
    name: String(row.name),
    role: String(row.role) as Role,
    tenants: Array.isArray(tenants) ? tenants.map(String) : [],
    hint: String(row.hint),
    created_at: String(row.created_at),
    created_by: String(row.created_by),
    expires_at: String(row.expires_at),
    revoked_at: typeof row.revoked_at === 'string' ? row.revoked_at : undefined,
  };
}
