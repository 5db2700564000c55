import { describe, expect, it } from 'vitest';
import { migrate, sortMigrations } from './migrations.ts';
import type { Migration, MigrationTarget } from './migrations.ts';

function fakeTarget(initial: string[] = []): MigrationTarget & { log: string[] } {
  const log = [...initial];
  return { log, applied: async () => [...log], apply: async (m) => void log.push(m.name) };
}

describe('migrate', () => {
  const m = (name: string): Migration => ({ name, sql: '' });

  it('applies pending migrations in numeric order and skips applied ones', async () => {
    const target = fakeTarget(['0001_audit.sql']);
    const applied = await migrate(target, [m('0020_reviews.sql'), m('0001_audit.sql'), m('0010_keys.sql')]);
    expect(applied).toEqual(['0010_keys.sql', '0020_reviews.sql']);
    expect(await migrate(target, [m('0001_audit.sql'), m('0010_keys.sql'), m('0020_reviews.sql')])).toEqual([]);
  });

  it('rejects badly named or duplicate-numbered files', () => {
    expect(() => sortMigrations([m('audit.sql')])).toThrow(/0001_name/);
    expect(() => sortMigrations([m('0001_a.sql'), m('0001_b.sql')])).toThrow(/share number 0001/);
  });
});
