import { describe, expect, it } from 'vitest';
import { exportEvents, csvCell, CSV_COLUMNS } from './export.ts';
import { createMemoryAuditStore } from './memory-store.ts';
import type { AuditStore } from './store.ts';
import { sampleEvent } from './test-events.ts';

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function storeWith(n: number) {
  const store = createMemoryAuditStore();
  await store.append(Array.from({ length: n }, (_, i) => sampleEvent(i + 1)));
  return store;
}

describe('exportEvents', () => {
  it('writes one JSON line per matching record with its chain fields', async () => {
    const store = await storeWith(10);
    const out = await text(exportEvents(store, { tenant: 't_even', from: sampleEvent(3).ts }, 'jsonl', { pageSize: 2 }));
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { seq: number; hash: string; event: { tenant: string } });
    expect(lines.map((l) => l.seq)).toEqual([4, 6, 8, 10]);
    expect(lines[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(lines.every((l) => l.event.tenant === 't_even')).toBe(true);
  });

  it('writes CSV with a header, RFC 4180 quoting and a formula guard', async () => {
    const store = createMemoryAuditStore();
    await store.append([sampleEvent(1, { tenant: '=HYPERLINK("x")', model: 'a,b', no_training: ['store_false', 'user_pseudonymized'] })]);
    const [header, row] = (await text(exportEvents(store, {}, 'csv'))).split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain('"a,b"');
    expect(row).toContain('store_false;user_pseudonymized');
  });

  it('writes only a header for an empty CSV export and nothing for empty JSONL', async () => {
    const store = createMemoryAuditStore();
    expect(await text(exportEvents(store, {}, 'csv'))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(await text(exportEvents(store, {}, 'jsonl'))).toBe('');
  });

  it('reads the store one page per chunk pulled, never ahead of the consumer', async () => {
    const inner = await storeWith(2000);
    let pagesRead = 0;
    const store: AuditStore = { ...inner, list: (q) => ((pagesRead += 1), inner.list(q)) };
    const reader = exportEvents(store, {}, 'jsonl', { pageSize: 100 }).getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 10));
    expect(pagesRead).toBe(1);
    await reader.read();
    expect(pagesRead).toBe(2);
    await reader.cancel();
  });

  it('leaves empty cells for absent fields', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(200)).toBe('200');
    expect(csvCell('-1')).toBe("'-1");
  });
});
