import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from '../../../core/store/migrations.ts';
import type { Migration, MigrationTarget } from '../../../core/store/migrations.ts';

/** The repository's /migrations folder (the SQL files are the source of truth). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../migrations/', import.meta.url));

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name), 'utf8') }));
}

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
    if (opts.migrate !== false) await migrate(sqliteMigrationTarget(db), opts.migrations ?? loadMigrations());
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
