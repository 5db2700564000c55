import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createPseudonymizer } from '../core/audit/pseudonym.ts';
import { tenantPseudonym } from '../core/staff/tenant-pseudonym.ts';
import { loadOrCreateSecret, secretPathFor } from '../runtime/node/secret.ts';
import { createSqliteAuditStore } from '../runtime/node/sqlite/audit-store.ts';
import { createSqliteSubjectKeyStore } from '../runtime/node/sqlite/subject-key-store.ts';
import type { CliIo } from './io.ts';

/**
 * Operator actions taken from the CLI (key changes) join the same hash chain as staff actions in
 * the admin UI: actor `cli`, the action, the id acted on, and the tenant's pseudonym.
 */
export async function recordCliStaffEvent(db: DatabaseSync, io: CliIo, e: { action: string; target: string; tenant: string }): Promise<void> {
  const dbPath = path.resolve(io.cwd, io.env.PLEDGE_DB ?? './data/pledge.db');
  const secret = loadOrCreateSecret(secretPathFor(dbPath), { env: io.env, log: (m) => io.stderr.write(`pledge: ${m}\n`) });
  const pseudonymizer = createPseudonymizer(secret, { subjectKeys: createSqliteSubjectKeyStore(db) });
  const store = createSqliteAuditStore(db);
  await store.append([
    {
      id: crypto.randomUUID(), ts: new Date().toISOString(), kind: 'staff', actor: 'cli', action: e.action, target: e.target,
      tenant: await tenantPseudonym((raw) => pseudonymizer.pseudonymize(raw), e.tenant),
    },
  ]);
}
