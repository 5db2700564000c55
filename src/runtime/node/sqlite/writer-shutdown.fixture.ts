/**
 * Child process for writer-shutdown.test.ts: records audit events as fast as it can until
 * SIGTERM, then drains the writer the way the server does and reports how many it accepted.
 */
import { createAuditWriter } from '../../../core/audit/writer.ts';
import { sampleEvent } from '../../../core/audit/test-events.ts';
import { openSqliteAuditStore } from './audit-store.ts';

const store = await openSqliteAuditStore(process.argv[2]!);
const writer = createAuditWriter(store, { flushIntervalMs: 20, maxBatch: 100 });
let accepted = 0;
let stopping = false;
const produce = () => {
  if (stopping) return;
  for (let i = 0; i < 20; i += 1) {
    accepted += 1;
    writer.record(sampleEvent(accepted));
  }
  if (accepted === 200) process.stdout.write('ready\n');
  setTimeout(produce, 1);
};
process.on('SIGTERM', () => {
  stopping = true;
  void writer
    .close(10_000)
    .then(() => store.close())
    .then(() => {
      process.stdout.write(`accepted ${accepted}\n`);
      process.exit(0);
    });
});
produce();
