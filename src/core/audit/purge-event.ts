import type { AuditEvent } from './event.ts';
import type { AuditCheckpoint } from './store.ts';

/**
 * The staff event a purge appends in the same transaction as its checkpoint, so the checkpoint
 * itself is committed to by the chain (target = "seq:hash" of the last purged record).
 */
export function purgeEvent(checkpoint: AuditCheckpoint): AuditEvent {
  return {
    id: crypto.randomUUID(),
    ts: checkpoint.created_at,
    kind: 'staff',
    tenant: 'system',
    actor: 'system:retention',
    action: 'audit.purge',
    target: `${checkpoint.seq}:${checkpoint.hash}`,
  };
}
