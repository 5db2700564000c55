import { toHex } from '../audit/chain.ts';

const encoder = new TextEncoder();

/** HMAC-SHA256 as lowercase hex, keyed once. Web Crypto only, so it runs in workerd and Node. */
export function createHmacHex(secret: string): (message: string) => Promise<string> {
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (message) => {
    const sig = await crypto.subtle.sign('HMAC', await key, encoder.encode(message));
    return toHex(new Uint8Array(sig));
  };
}
