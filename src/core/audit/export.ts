import { canonicalJson } from './canonical.ts';
import type { AuditRecord, AuditFilter, AuditStore } from './store.ts';

export type ExportFormat = 'jsonl' | 'csv';

export const CSV_COLUMNS = [
  'seq', 'hash', 'id', 'ts', 'kind', 'request_id', 'tenant', 'user', 'provider', 'model', 'endpoint', 'stream',
  'status', 'outcome', 'refusal', 'latency_ms', 'upstream_latency_ms', 'tokens_input', 'tokens_output',
  'redactions', 'no_training', 'terms', 'policy_name', 'policy_version', 'decisions', 'actor', 'action', 'target',
] as const;

type Cell = string | number | boolean | undefined;

function csvRow(record: AuditRecord): Cell[] {
  const e = record.event;
  const pairs = (o: Record<string, number | boolean> | undefined) => (o ? Object.entries(o).map(([k, v]) => `${k}=${v}`).join(';') : undefined);
  const columns: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    seq: record.seq, hash: record.hash, id: e.id, ts: e.ts, kind: e.kind, request_id: e.request_id, tenant: e.tenant,
    user: e.user, provider: e.provider, model: e.model, endpoint: e.endpoint, stream: e.stream, status: e.status,
    outcome: e.outcome, refusal: e.refusal, latency_ms: e.latency_ms, upstream_latency_ms: e.upstream_latency_ms,
    tokens_input: e.tokens?.input, tokens_output: e.tokens?.output, redactions: pairs(e.redactions),
    no_training: e.no_training?.join(';'), terms: pairs(e.terms), policy_name: e.policy?.name,
    policy_version: e.policy?.version, decisions: e.decisions?.map((d) => `${d.rule}:${d.tool}:${d.review_id}`).join(';'),
    actor: e.actor, action: e.action, target: e.target,
  };
  return CSV_COLUMNS.map((c) => columns[c]);
}

/** RFC 4180 quoting, plus a leading `'` on text that a spreadsheet would run as a formula. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatRecord(record: AuditRecord, format: ExportFormat): string {
  if (format === 'csv') return `${csvRow(record).map(csvCell).join(',')}\r\n`;
  return `${canonicalJson({ seq: record.seq, prev_hash: record.prev_hash, hash: record.hash, event: record.event })}\n`;
}

/**
 * Streams matching records oldest first. Pull-based: one store page is read per chunk the
 * consumer asks for, so memory stays at about one page whatever the size of the export.
 * Shared by `pledge audit export` and the admin API.
 */
export function exportEvents(store: AuditStore, filter: AuditFilter, format: ExportFormat, opts: { pageSize?: number } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pageSize = opts.pageSize ?? 500;
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started && format === 'csv') controller.enqueue(encoder.encode(`${CSV_COLUMNS.join(',')}\r\n`));
        if (started && cursor === undefined) return controller.close();
        started = true;
        const page = await store.list({ ...filter, cursor, limit: pageSize, order: 'asc' });
        cursor = page.next_cursor;
        if (page.records.length > 0) controller.enqueue(encoder.encode(page.records.map((r) => formatRecord(r, format)).join('')));
        if (cursor === undefined) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
