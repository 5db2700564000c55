/**
 * `pledge subject find <id> | erase <id>`: data-subject access and erasure through the pseudonym.
 * The raw identifier is never printed. Needs the same PLEDGE_SECRET as the server (environment or
 * the secret file next to PLEDGE_DB); PLEDGE_SECRET_PREVIOUS covers subjects from before a rotation.
 */
import { once } from 'node:events';
import type { CliIo } from '../io.ts';
import { formatRecord } from '../../core/audit/export.ts';
import { createPseudonymizer } from '../../core/audit/pseudonym.ts';
import { eraseSubject, findSubjectEvents } from '../../core/audit/subject.ts';
import { createSqliteAuditStore } from '../../runtime/node/sqlite/audit-store.ts';
import { openExistingDatabase, resolveDbPath } from '../../runtime/node/sqlite/db.ts';
import { loadOrCreateSecret, previousSecrets, secretPathFor } from '../../runtime/node/secret.ts';

const USAGE = 'usage: pledge subject find <raw id> | erase <raw id>   (events as JSON lines on stdout)\n';

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, raw, ...extra] = args;
  if ((sub !== 'find' && sub !== 'erase') || !raw || extra.length > 0) {
    io.stderr.write(USAGE);
    return sub === undefined ? 0 : 2;
  }
  if (raw.startsWith('tenant:')) {
    // The keys of tenant pseudonyms live under "tenant:<name>": erasing one would unlink a whole tenant.
    io.stderr.write('subject: an identifier starting with "tenant:" names a tenant\'s pseudonym key, not a data subject; refused\n');
    return 2;
  }
  const file = resolveDbPath(io.env, io.cwd);
  let secret: string;
  try {
    secret = loadOrCreateSecret(secretPathFor(file), { env: io.env, create: false, log: (m) => void io.stderr.write(`subject: ${m}\n`) });
  } catch (err) {
    io.stderr.write(`subject: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const db = openExistingDatabase(file);
  try {
    // An erased key is overwritten in the file, not only unlinked from it.
    db.exec('PRAGMA secure_delete = ON');
    const store = createSqliteAuditStore(db);
    const pseudonymizer = createPseudonymizer(secret, { subjectKeys: store.subjectKeys, previousSecrets: previousSecrets(io.env) });
    if (sub === 'erase') {
      const result = await eraseSubject(store, pseudonymizer, raw);
      // Older copies of the key's page in the write-ahead log go too.
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      io.stdout.write(result.erased ? `erased: ${result.events} events can no longer be linked to this identifier\n` : 'nothing to erase: no events are linked to this identifier\n');
      return 0;
    }
    let count = 0;
    for await (const record of findSubjectEvents(store, pseudonymizer, raw)) {
      count += 1;
      if (!io.stdout.write(formatRecord(record, 'jsonl'))) await once(io.stdout, 'drain');
    }
    io.stderr.write(`${count} events linked to this identifier\n`);
    return 0;
  } finally {
    db.close();
  }
}
