import type { AuditEvent } from './event.ts';
import type { Pseudonymizer } from './pseudonym.ts';
import { iterateRecords } from './store.ts';
import type { AuditRecord, AuditStore } from './store.ts';

/** Data-subject access: every event whose `user` is this raw identifier's pseudonym. */
export async function* findSubjectEvents(store: AuditStore, pseudonymizer: Pseudonymizer, raw: string): AsyncGenerator<AuditRecord> {
  const user = await pseudonymizer.lookup(raw);
  if (user === undefined) return;
  yield* iterateRecords(store, { user });
}

export interface EraseResult {
  /** Whether a subject key existed (false: nothing was linked to this identifier). */
  erased: boolean;
  /** Events that were linked and no longer are. */
  events: number;
}

/**
 * Data-subject erasure: deletes the subject key so the stored pseudonym can no longer be derived
 * from the identifier. Events and the hash chain stay untouched (the chain only hashes the
 * pseudonym), so `verifyChain` still passes. The erasure itself is audited, without a target.
 */
export async function eraseSubject(store: AuditStore, pseudonymizer: Pseudonymizer, raw: string, actor = 'cli'): Promise<EraseResult> {
  let events = 0;
  for await (const _ of findSubjectEvents(store, pseudonymizer, raw)) events += 1;
  const erased = await pseudonymizer.forget(raw);
  if (erased) {
    const event: AuditEvent = { id: crypto.randomUUID(), ts: new Date().toISOString(), kind: 'staff', tenant: 'system', actor, action: 'subject.erase' };
    await store.append([event]);
  }
  return { erased, events };
}
