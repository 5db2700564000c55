/**
 * A tiny migration runner shared by every SQL adapter (node:sqlite now, D1 later). The numbered
 * files in /migrations are the source of truth: Node reads them from disk, a Worker bundle
 * imports them as text (wrangler `Text` rule for `**\/*.sql`) and passes the same `{name, sql}`
 * list. Numbers: 0001-0009 audit, 0010+ keys, 0020+ reviews/staff.
 */
export interface Migration {
  /** File name, e.g. `0001_audit.sql`. Applied in numeric order. */
  name: string;
  sql: string;
}

/** What a database must offer the runner. `apply` runs the SQL and records the name atomically. */
export interface MigrationTarget {
  applied(): Promise<string[]>;
  apply(migration: Migration): Promise<void>;
}

const NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

export function sortMigrations(migrations: readonly Migration[]): Migration[] {
  const seen = new Map<string, string>();
  for (const m of migrations) {
    const number = NAME.exec(m.name)?.[1];
    if (number === undefined) throw new Error(`migration name must look like 0001_name.sql: ${m.name}`);
    const other = seen.get(number);
    if (other !== undefined) throw new Error(`two migrations share number ${number}: ${other}, ${m.name}`);
    seen.set(number, m.name);
  }
  return [...migrations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Applies pending migrations in order; returns the names it applied. */
export async function migrate(target: MigrationTarget, migrations: readonly Migration[]): Promise<string[]> {
  const done = new Set(await target.applied());
  const applied: string[] = [];
  for (const migration of sortMigrations(migrations)) {
    if (done.has(migration.name)) continue;
    await target.apply(migration);
    applied.push(migration.name);
  }
  return applied;
}
