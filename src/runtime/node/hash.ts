import { createHash } from 'node:crypto';

/** Synchronous SHA-256 hex: same bytes as the core's Web Crypto hash, without a thread-pool hop per record. */
export function sha256HexSync(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
