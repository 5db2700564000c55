import { migrate, type Migration, type MigrationTarget } from '../../../core/store/migrations.ts';

/** What the stores need from a Durable Object's storage: its SQLite and synchronous transactions. */
export interface SqlDatabase {
  readonly sql: SqlStorage;
  transactionSync<T>(fn: () => T): T;
}

export type Row = Record<string, SqlStorageValue>;

export const all = (db: SqlDatabase, query: string, ...params: unknown[]): Row[] => db.sql.exec<Row>(query, ...params).toArray();
export const first = (db: SqlDatabase, query: string, ...params: unknown[]): Row | undefined => all(db, query, ...params)[0];
export const run = (db: SqlDatabase, query: string, ...params: unknown[]): number => db.sql.exec(query, ...params).rowsWritten;

/**
 * The same numbered files as Node (migrations/*.sql, bundled by scripts/bundle-migrations.mjs),
 * recorded in the same `schema_migrations` table. A Durable Object runs this in its constructor
 * under blockConcurrencyWhile, so no request sees a half-migrated schema.
 */
export function sqlMigrationTarget(db: SqlDatabase): MigrationTarget {
  db.sql.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  return {
    applied: async () => all(db, 'SELECT name FROM schema_migrations').map((r) => String(r.name)),
    apply: async (m) =>
      db.transactionSync(() => {
        db.sql.exec(m.sql);
        db.sql.exec('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)', m.name, new Date().toISOString());
      }),
  };
}

export const migrateSql = (db: SqlDatabase, migrations: readonly Migration[]): Promise<string[]> => migrate(sqlMigrationTarget(db), migrations);
