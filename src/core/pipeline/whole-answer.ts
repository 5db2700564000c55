import { readAllWithin, sourceOf } from './byte-source.ts';
import type { UpstreamResponse } from './forward.ts';

/** A whole upstream answer over the policy's `limits.max_response_bytes`. */
export class ResponseTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upstream answer exceeds ${maxBytes} bytes.`);
    this.name = 'ResponseTooLarge';
  }
}

/**
 * A whole (non-streamed) upstream answer as text, holding at most `maxBytes` of it: a declared
 * length over that is refused before reading, and a body that grows past it is cancelled as soon
 * as it does (the upstream is released; nothing more is buffered). Rejects with ResponseTooLarge
 * then, and as `text()` does when the body fails. Decoded as `Response.text()` decodes (UTF-8, a
 * leading byte-order mark dropped, invalid bytes replaced).
 */
export async function readWholeAnswer(res: UpstreamResponse, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    if (res.body !== null) await sourceOf(res.body).cancel().catch(() => {});
    throw new ResponseTooLarge(maxBytes);
  }
  // The Node client counts as it buffers (and gives one string without a copy per chunk).
  if (res.textWithin) return res.textWithin(maxBytes);
  if (res.body === null) return res.text();
  return new TextDecoder().decode(await readAllWithin(sourceOf(res.body), maxBytes, () => new ResponseTooLarge(maxBytes)));
}
