import type { JsonObject } from '../types.ts';

/**
 * Where text lives in Anthropic requests and responses, as data. Text is in `system` (string or
 * blocks), `messages[].content` (string or blocks), `tool_result.content` and `tool_use.input`
 * (an object, walked value by value). Tool `name`s are structural. `user_id` is skipped because no-training pseudonymizes it.
 * `signature` (thinking) and `data` (base64 sources, redacted thinking) are opaque and must
 * reach upstream byte for byte.
 */
export const anthropicText = {
  skipKeys: new Set([
    'model', 'role', 'type', 'id', 'name', 'tool_use_id', 'user_id', 'stop_reason', 'stop_sequence', 'stop_sequences',
    'signature', 'data', 'media_type', 'cache_control', 'tool_choice', 'service_tier', 'container',
    'anthropic_version', 'file_id',
  ]),
  jsonEncodedKeys: new Set<string>(),
  payloadKeys: new Set(['input']),
  /** Images, documents (PDF, URL and file sources) and uploaded files are never scanned. */
  isNonTextPart(node: JsonObject): boolean {
    const t = node.type;
    return t === 'image' || t === 'document' || t === 'container_upload';
  },
};
