import { canonicalJson } from './canonical.ts';
import { parseAuditEvent } from './event.ts';
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

/**
 * SHA-256 of a string as lowercase hex. Defaults to Web Crypto; a runtime adapter may pass a
 * synchronous native one (same result, far less overhead per record on Node).
 */
export type HashText = (text: string) => string | Promise<string>;

/** hash = SHA-256 over canonical JSON of [prev_hash, seq, event]. Independent of PLEDGE_SECRET. */
export async function hashRecord(prevHash: string, seq: number, event: unknown, hash: HashText = sha256Hex): Promise<string> {
  return hash(canonicalJson([prevHash, seq, event]));
}

/**
 * Validates events against the allowlist and links them after `head`. Pure apart from hashing;
 * every adapter appends through this so the chain is computed one way only.
 */
export async function sealEvents(head: ChainHead | undefined, events: readonly AuditEvent[], hashText: HashText = sha256Hex): Promise<AuditRecord[]> {
  return (await sealEventsWithText(head, events, hashText)).records;
}

/**
 * `sealEvents`, plus each event's canonical JSON (what a store keeps as the event's text). The
 * hashed text `canonicalJson([prev_hash, seq, event])` is built around it, so each event is
 * serialised once.
 */
export async function sealEventsWithText(
  head: ChainHead | undefined,
  events: readonly AuditEvent[],
  hashText: HashText = sha256Hex,
): Promise<{ records: AuditRecord[]; texts: string[] }> {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const records: AuditRecord[] = [];
  const texts: string[] = [];
  for (const raw of events) {
    const event = parseAuditEvent(raw);
    seq += 1;
    const text = canonicalJson(event);
    // = canonicalJson([prev, seq, event]): a string and an integer serialise the same way in both.
    const out = hashText(`[${JSON.stringify(prev)},${seq},${text}]`);
    const hash = typeof out === 'string' ? out : await out;
    records.push({ seq, event, prev_hash: prev, hash });
    texts.push(text);
    prev = hash;
  }
  return { records, texts };
}

/** Sum of redaction counts > 0: the `has_redactions` filter. */
export function hasRedactions(event: AuditEvent): boolean {
  return Object.values(event.redactions ?? {}).some((n) => n > 0);
}
