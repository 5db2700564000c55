import type { KeyRecord } from './keys.ts';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A client_keys row (migrations/0010_keys.sql; node:sqlite or Durable Object SQLite) as a KeyRecord. */
export function keyFromRow(row: Readonly<Record<string, unknown>>): KeyRecord {
  return {
    id: String(row.id),
    tenant: String(row.tenant),
    policy: String(row.policy),
    credentialRef: text(row.credential_ref),
    hint: String(row.hint),
    createdAt: String(row.created_at),
    revokedAt: text(row.revoked_at),
  };
}
