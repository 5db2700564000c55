import type { DatabaseSync } from 'node:sqlite';
import { createPseudonymizer } from '../core/audit/pseudonym.ts';
import { tenantPseudonym } from '../core/staff/tenant-pseudonym.ts';
import { loadOrCreateSecret, previousSecrets, secretPathFor } from '../runtime/node/secret.ts';
import { resolveDbPath } from '../runtime/node/sqlite/db.ts';
import { createSqliteAuditStore } from '../runtime/node/sqlite/audit-store.ts';
import { createSqliteSubjectKeyStore } from '../runtime/node/sqlite/subject-key-store.ts';
import type { CliIo } from './io.ts';

/**
 * Operator actions taken from the CLI (key changes) join the same hash chain as staff actions in
 * the admin UI: actor `cli`, the action, the id acted on, and the tenant's pseudonym.
 */
export async function recordCliStaffEvent(db: DatabaseSync, io: CliIo, e: { action: string; target: string; tenant: string }): Promise<void> {
  const dbPath = resolveDbPath(io.env, io.cwd);
  const secret = loadOrCreateSecret(secretPathFor(dbPath), { env: io.env, log: (m) => io.stderr.write(`pledge: ${m}\n`) });
  // The secrets from before a rotation too, as the server takes them: else the tenant's key filed
  // under an old secret is not found, and a new one splits the tenant's history in two.
  const pseudonymizer = createPseudonymizer(secret, { subjectKeys: createSqliteSubjectKeyStore(db), previousSecrets: previousSecrets(io.env) });
  const store = createSqliteAuditStore(db);
  await store.append([
    {
      id: crypto.randomUUID(), ts: new Date().toISOString(), kind: 'staff', actor: 'cli', action: e.action, target: e.target,
      tenant: await tenantPseudonym((raw) => pseudonymizer.pseudonymize(raw), e.tenant),
    },
  ]);
}
