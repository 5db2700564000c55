import { PledgeError } from '../errors.ts';
import type { JsonObject } from '../providers/types.ts';
import { tooLarge, type ProxyInput } from './proxy-io.ts';

/**
 * Read a JSON object body, refusing (413) as soon as the limit is passed: a declared
 * Content-Length over the limit is refused before any byte is read, and a body without one is
 * counted as it arrives (`ProxyInput.readBody`), so an oversized body is never buffered whole.
 */
export async function readJsonBody(req: ProxyInput, limit: number): Promise<JsonObject> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new PledgeError('unsupported_media_type', 'Content-Type must be application/json.');
  }
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const text = decodeUtf8(await req.readBody(limit));
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

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new PledgeError('invalid_json', 'The request body is not valid UTF-8.');
  }
}
