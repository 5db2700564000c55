import type { JsonObject } from '../types.ts';

/** Where text lives in OpenAI-shaped requests and responses, as data. */
export const openaiText = {
  skipKeys: new Set([
    'model', 'role', 'type', 'id', 'user', 'safety_identifier', 'tool_call_id', 'call_id', 'item_id', 'object', 'finish_reason',
    'tool_choice', 'encoding_format', 'response_format', 'reasoning_effort', 'service_tier', 'modalities',
    'previous_response_id', 'truncation', 'include', 'stop', 'status', 'system_fingerprint', 'logprobs',
  ]),
  jsonEncodedKeys: new Set(['arguments']),
  payloadKeys: new Set<string>(),
  /** The developer's own maps: request `metadata` and a stored prompt's `variables`. */
  mapKeys: new Set(['metadata', 'variables']),
  isNonTextPart(node: JsonObject): boolean {
    const t = node.type;
    return (
      t === 'image_url' || t === 'input_image' || t === 'input_audio' || t === 'input_file' || t === 'file' ||
      t === 'image' || t === 'audio' || t === 'computer_screenshot' || t === 'image_generation_call'
    );
  },
};
