import { hasRedactions } from './chain.ts';
import type { AuditEvent } from './event.ts';

/** A stored row's filter columns: copies of event fields that lists, exports and purges select by. */
export interface FilterColumns {
  ts: unknown;
  kind: unknown;
  tenant: unknown;
  provider: unknown;
  user_pseudonym: unknown;
  redacted: unknown;
}

/**
 * The filter columns of a stored row that differ from the event they copy, read from the event
 * text as JSON.parse reads it (which is what the hash covers: SQLite's json_extract would take the
 * first of two equal keys). Undefined when the text is not JSON (the chain check reports that).
 */
export function editedFilterColumns(row: FilterColumns, eventText: string): string[] | undefined {
  let e: Partial<AuditEvent>;
  try {
    e = JSON.parse(eventText) as Partial<AuditEvent>;
  } catch {
    return undefined;
  }
  const columns: string[] = [];
  if (row.ts !== (e.ts ?? null)) columns.push('ts');
  if (row.kind !== (e.kind ?? null)) columns.push('kind');
  if (row.tenant !== (e.tenant ?? null)) columns.push('tenant');
  if (row.provider !== (e.provider ?? null)) columns.push('provider');
  if (row.user_pseudonym !== (e.user ?? null)) columns.push('user');
  if (Number(row.redacted) !== (hasRedactions(e as AuditEvent) ? 1 : 0)) columns.push('redacted');
  return columns;
}
