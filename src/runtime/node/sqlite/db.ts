import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from '../../../core/store/migrations.ts';
// The SQL files under /migrations, as generated text (scripts/bundle-migrations.mjs; `npm test` checks it is current).
import { MIGRATIONS } from '../../../generated/migrations.ts';
import type { Migration, MigrationTarget } from '../../../core/store/migrations.ts';

/** Runs a function in a write transaction (BEGIN IMMEDIATE takes the write lock up front). */
export function inTransaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw err;
  }
}

export function sqliteMigrationTarget(db: DatabaseSync): MigrationTarget {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  return {
    applied: async () => db.prepare('SELECT name FROM schema_migrations').all().map((row) => String(row.name)),
    apply: async (migration) => {
      inTransaction(db, () => {
        // Another process may have applied it since `applied()` was read.
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE name = ?').get(migration.name)) return;
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(migration.name, new Date().toISOString());
      });
    },
  };
}

export interface OpenDatabaseOptions {
  migrations?: Migration[];
  /** Skip migrations (read-only tools such as `audit verify` must not change the file). */
  migrate?: boolean;
}

/**
 * Opens (creating if needed) the single-file database: WAL so readers never block the writer,
 * synchronous=FULL so a committed audit batch survives power loss, busy_timeout so the CLI and
 * the server can share the file.
 */
export async function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Promise<DatabaseSync> {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    // Deleted content is overwritten, not only unlinked: an erased subject key or a purged event
    // does not stay readable in the file's free pages.
    db.exec('PRAGMA secure_delete = ON');
    if (opts.migrate !== false) await migrate(sqliteMigrationTarget(db), opts.migrations ?? MIGRATIONS);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** PLEDGE_DB (default ./data/pledge.db), resolved against `cwd`. */
export function resolveDbPath(env: Record<string, string | undefined>, cwd: string): string {
  return path.resolve(cwd, env.PLEDGE_DB || './data/pledge.db');
}

/**
 * Opens an existing database for inspection without changing it (no migrations, no journal mode
 * switch). Throws if the file is missing, or is not a readable SQLite database.
 */
export function openExistingDatabase(file: string): DatabaseSync {
  if (!existsSync(file)) throw new Error(`no database at ${file}`);
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** SQLite's own structural check: `[]` when sound, otherwise its first problems. */
export function integrityProblems(db: DatabaseSync, max = 5): string[] {
  const rows = db.prepare(`PRAGMA quick_check(${Math.trunc(max)})`).all();
  const messages = rows.map((r) => String(Object.values(r)[0]));
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}
