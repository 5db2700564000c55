/**
 * `pledge audit verify | export | purge`, against the SQLite file at PLEDGE_DB.
 * Exit codes: 0 ok, 1 chain broken / database unreadable, 2 usage.
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.ts';
import { exportEvents } from '../../core/audit/export.ts';
import type { ExportFormat } from '../../core/audit/export.ts';
import type { AuditFilter } from '../../core/audit/store.ts';
import { verifyChain } from '../../core/audit/verify.ts';
import { sha256HexSync } from '../../runtime/node/hash.ts';
import { columnMismatches, createSqliteAuditStore } from '../../runtime/node/sqlite/audit-store.ts';
import { integrityProblems, openExistingDatabase, resolveDbPath } from '../../runtime/node/sqlite/db.ts';
import { createSqliteSubjectKeyStore } from '../../runtime/node/sqlite/subject-key-store.ts';
import { loadOrCreateSecret, previousSecrets, secretPathFor } from '../../runtime/node/secret.ts';
import { createPseudonymizer } from '../../core/audit/pseudonym.ts';
import type { DatabaseSync } from 'node:sqlite';

const USAGE = `usage:
  pledge audit verify
  pledge audit export [--from ISO] [--to ISO] [--format jsonl|csv] [--tenant T] [--provider P] [--redacted]
  pledge audit purge --days N
database: PLEDGE_DB (default ./data/pledge.db)
`;

const say = (stream: NodeJS.WritableStream, line: string) => void stream.write(`${line}\n`);
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'verify') return await verify(io);
    if (sub === 'export') return await exportCommand(rest, io);
    if (sub === 'purge') return await purge(rest, io);
  } catch (err) {
    // Bad flags (node:util parseArgs throws a TypeError with an ERR_PARSE_ARGS_* code) are usage errors too.
    const badArgs = err instanceof TypeError && String((err as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
    if (err instanceof UsageError || badArgs) {
      say(io.stderr, `audit: ${message(err)}`);
      io.stderr.write(USAGE);
      return 2;
    }
    throw err;
  }
  io.stderr.write(USAGE);
  return sub === undefined || sub === 'help' ? 0 : 2;
}

class UsageError extends Error {}

async function verify(io: CliIo): Promise<number> {
  const file = resolveDbPath(io.env, io.cwd);
  let db;
  try {
    db = openExistingDatabase(file);
  } catch (err) {
    say(io.stderr, `audit verify: FAILED: cannot open ${file}: ${message(err)}`);
    return 1;
  }
  try {
    const problems = integrityProblems(db);
    if (problems.length > 0) {
      say(io.stderr, `audit verify: FAILED: database file is corrupted: ${problems.join('; ')}`);
      return 1;
    }
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_events'").get()) {
      say(io.stderr, `audit verify: FAILED: ${file} has no audit_events table`);
      return 1;
    }
    const store = createSqliteAuditStore(db);
    const checkpoint = await store.latestCheckpoint();
    const result = await verifyChain(store.scan(1000), checkpoint, { hash: sha256HexSync });
    if (!result.ok) {
      say(io.stdout, `audit chain BROKEN at seq ${result.seq}: ${result.fault} (${result.detail}); ${result.count} events verified before it`);
      return 1;
    }
    const mismatched = columnMismatches(db);
    if (mismatched.length > 0) {
      const where = mismatched.map((m) => `seq ${m.seq} (${m.columns.join(', ')})`).join('; ');
      say(io.stdout, `audit chain BROKEN: filter columns edited, not matching their hashed event, at ${where}; exports, subject lookups and tenant views select by them`);
      return 1;
    }
    const from = checkpoint ? `, continuing from the purge checkpoint at seq ${checkpoint.seq}` : '';
    const range = result.last ? ` (seq ${result.first}..${result.last.seq}), head ${result.last.hash}` : '';
    say(io.stdout, `audit chain ok: ${result.count} events${range}${from}`);
    return 0;
  } catch (err) {
    // Corruption SQLite only notices while reading pages surfaces here.
    say(io.stderr, `audit verify: FAILED: database could not be read: ${message(err)}`);
    return 1;
  } finally {
    db.close();
  }
}

/**
 * A date or an ISO instant. A bare date (YYYY-MM-DD) given as `--to` means the end of that day, as
 * in the admin API, so `--from 2026-01-01 --to 2026-12-31` covers the whole year.
 */
function isoOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && name === 'to') {
    const day = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(day.getTime())) throw new UsageError(`--${name} is not a date: ${value}`);
    return new Date(day.getTime() + 86_400_000).toISOString();
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--${name} is not a date: ${value}`);
  return date.toISOString();
}

/**
 * `--tenant acme` must find acme's events whether its policy stores the name or its pseudonym
 * (`t_…`, the default policies' choice). The pseudonym is looked up, never created: a tenant
 * never seen has none, and only the name is matched.
 */
async function storedTenantIds(name: string, dbFile: string, db: DatabaseSync, io: CliIo): Promise<string[]> {
  let secret: string;
  try {
    secret = loadOrCreateSecret(secretPathFor(dbFile), { env: io.env, create: false, log: () => {} });
  } catch {
    io.stderr.write('audit: no PLEDGE_SECRET and no secret file, so --tenant matches the stored id only\n');
    return [name];
  }
  const pseudonymizer = createPseudonymizer(secret, { subjectKeys: createSqliteSubjectKeyStore(db), previousSecrets: previousSecrets(io.env) });
  const found = await pseudonymizer.lookup(`tenant:${name}`);
  return found === undefined ? [name] : [name, `t_${found.slice(0, 16)}`];
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      tenant: { type: 'string' },
      provider: { type: 'string' },
      redacted: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.format !== 'jsonl' && values.format !== 'csv') throw new UsageError('--format must be jsonl or csv');
  const file = resolveDbPath(io.env, io.cwd);
  const db = openExistingDatabase(file);
  try {
    const filter: AuditFilter = {
      from: isoOption(values.from, 'from'),
      to: isoOption(values.to, 'to'),
      tenant: values.tenant === undefined ? undefined : await storedTenantIds(values.tenant, file, db, io),
      provider: values.provider,
      has_redactions: values.redacted,
    };
    const reader = exportEvents(createSqliteAuditStore(db), filter, values.format as ExportFormat).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (!io.stdout.write(next.value)) await once(io.stdout, 'drain');
    }
    return 0;
  } finally {
    db.close();
  }
}

async function purge(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { days: { type: 'string' } }, strict: true });
  const days = Number(values.days);
  // `--days ""` is not 0 (Number('') is): an empty value must never purge everything.
  if (values.days === undefined || !/^\d+$/.test(values.days.trim()) || !Number.isInteger(days) || days < 0) throw new UsageError('--days must be a whole number >= 0');
  const db = openExistingDatabase(resolveDbPath(io.env, io.cwd));
  try {
    const result = await createSqliteAuditStore(db).purgeOlderThan(days);
    say(io.stdout, result.checkpoint ? `purged ${result.purged} events; checkpoint at seq ${result.checkpoint.seq}` : 'nothing to purge');
    return 0;
  } finally {
    db.close();
  }
}
