import { hash } from 'node:crypto';

/**
 * Synchronous SHA-256 hex: same bytes as the core's Web Crypto hash, without a thread-pool hop per
 * record. `crypto.hash` is the one-shot form (no Hash object per call).
 */
export function sha256HexSync(text: string): string {
  return hash('sha256', text, 'hex');
}
