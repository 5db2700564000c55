import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { canonicalJson } from '../../core/audit/canonical.ts';
import { sampleEvent } from '../../core/audit/test-events.ts';
import { openSqliteAuditStore } from '../../runtime/node/sqlite/audit-store.ts';
import { run } from './audit.ts';
import { memoryIo, tempDbPath } from './cli-test-support.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

it('exports 50,000 events with a flat heap (retained memory does not grow with the export)', async () => {
  const file = tempDbPath();
  const store = await openSqliteAuditStore(file);
  const total = 50_000;
  // Seeded in SQL for speed: export reads rows, it does not re-check the chain.
  const template = canonicalJson(sampleEvent(1, { id: 'EVT' }));
  store.db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO audit_events (seq, ts, kind, tenant, provider, event, prev_hash, hash)
     SELECT i, '2025-01-01T00:00:00.000Z', 'request', 't', 'openai', replace(?, '"EVT"', '"evt_' || i || '"'), ?, ? FROM n`,
  ).run(total, template, 'a'.repeat(64), 'b'.repeat(64));
  await store.close();

  let bytes = 0;
  let lines = 0;
  let chunks = 0;
  const samples: number[] = [];
  const { io } = memoryIo({ PLEDGE_DB: file }, (chunk) => {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines += 1;
    // Sample retained heap every ~20 pages; an export that buffered would grow linearly.
    if (++chunks % 20 === 0) samples.push(retainedHeap());
  });
  const before = retainedHeap();
  expect(await run(['export'], io)).toBe(0);

  expect(lines).toBe(total);
  expect(bytes).toBeGreaterThan(15_000_000);
  const growth = Math.max(...samples) - before;
  // Everything exported is > 15 MB of text; a constant-memory export retains a page or two.
  expect(growth).toBeLessThan(bytes / 4);
  expect(growth).toBeLessThan(5_000_000);
}, 60_000);
