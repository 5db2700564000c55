import { PledgeError } from '../errors.ts';
import type { JsonObject } from '../providers/types.ts';

/**
 * Read a JSON object body, refusing (413) as soon as the limit is passed: a declared
 * Content-Length over the limit is refused before any byte is read, and a chunked body is
 * counted as it streams, so an oversized body is never buffered whole.
 */
export async function readJsonBody(req: Request, limit: number): Promise<JsonObject> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new PledgeError('unsupported_media_type', 'Content-Type must be application/json.');
  }
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    throw new PledgeError('body_too_large', `Request body exceeds the ${limit}-byte limit.`);
  }
  // A declared length bounds the body (HTTP servers refuse more), so it is read in one call, which
  // on Node skips the web-stream machinery; a chunked body is counted as it streams.
  const text = Number.isFinite(declared) ? decodeUtf8(new Uint8Array(await req.arrayBuffer())) : await readTextLimited(req.body, limit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PledgeError('invalid_json', 'The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new PledgeError('invalid_json', 'The request body must be a JSON object.');
  }
  return parsed as JsonObject;
}

async function readTextLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new PledgeError('body_too_large', `Request body exceeds the ${limit}-byte limit.`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return decodeUtf8(all);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new PledgeError('invalid_json', 'The request body is not valid UTF-8.');
  }
}
