import { canonicalJson } from './canonical.ts';
import { auditEventSchema } from './event.ts';
import type { AuditEvent } from './event.ts';

/** prev_hash of the first record ever appended. */
export const GENESIS_HASH = '0'.repeat(64);

/** One stored audit record: the event plus its place in the hash chain. */
export interface AuditRecord {
  seq: number;
  event: AuditEvent;
  prev_hash: string;
  hash: string;
}

/** The chain position the next append continues from. */
export interface ChainHead {
  seq: number;
  hash: string;
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return toHex(new Uint8Array(digest));
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** hash = SHA-256 over canonical JSON of [prev_hash, seq, event]. Independent of PLEDGE_SECRET. */
export function hashRecord(prevHash: string, seq: number, event: unknown): Promise<string> {
  return sha256Hex(canonicalJson([prevHash, seq, event]));
}

/**
 * Validates events against the allowlist and links them after `head`. Pure apart from hashing;
 * every adapter appends through this so the chain is computed one way only.
 */
export async function sealEvents(head: ChainHead | undefined, events: readonly AuditEvent[]): Promise<AuditRecord[]> {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const records: AuditRecord[] = [];
  for (const raw of events) {
    const event = auditEventSchema.parse(raw);
    seq += 1;
    const hash = await hashRecord(prev, seq, event);
    records.push({ seq, event, prev_hash: prev, hash });
    prev = hash;
  }
  return records;
}

/** Sum of redaction counts > 0: the `has_redactions` filter. */
export function hasRedactions(event: AuditEvent): boolean {
  return Object.values(event.redactions ?? {}).some((n) => n > 0);
}
