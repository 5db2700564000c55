import { decodeCursor, type AuditQuery } from './store.ts';

/** A value bound to a `?` in the SQL both SQLite adapters run (node:sqlite and Durable Objects). */
export type SqlValue = string | number | null;

/**
 * The WHERE clause for an audit query over `audit_events` (migrations/0001_audit.sql). Shared by
 * every SQL adapter, since they run the same schema.
 */
export function buildAuditWhere(query: AuditQuery): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const add = (clause: string, value: SqlValue) => {
    clauses.push(clause);
    params.push(value);
  };
  if (typeof query.tenant === 'string') add('tenant = ?', query.tenant);
  else if (query.tenant !== undefined) {
    // An empty list matches nothing.
    clauses.push(query.tenant.length === 0 ? '0' : `tenant IN (${query.tenant.map(() => '?').join(', ')})`);
    params.push(...query.tenant);
  }
  if (query.provider !== undefined) add('provider = ?', query.provider);
  if (query.user !== undefined) add('user_pseudonym = ?', query.user);
  if (query.kind !== undefined) add('kind = ?', query.kind);
  if (query.has_redactions !== undefined) add('redacted = ?', query.has_redactions ? 1 : 0);
  // `+ts` keeps the planner on the seq order (a ts-index plan would sort the whole range per page).
  if (query.from !== undefined) add('+ts >= ?', query.from);
  if (query.to !== undefined) add('+ts < ?', query.to);
  const after = decodeCursor(query.cursor);
  const desc = query.order === 'desc';
  if (after !== undefined) add(desc ? 'seq < ?' : 'seq > ?', after);
  else if (!desc && query.from !== undefined) add('seq >= coalesce((SELECT MIN(seq) FROM audit_events WHERE ts >= ?), 0)', query.from);
  else if (desc && query.to !== undefined) add('seq <= coalesce((SELECT MAX(seq) FROM audit_events WHERE ts < ?), 0)', query.to);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
