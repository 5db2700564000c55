import type { JsonObject } from '../types.ts';

/**
 * Where text lives in Gemini requests and responses, as data: `contents[].parts[].text`,
 * `systemInstruction.parts[].text`, `functionCall.args` and `functionResponse.response`
 * (objects, walked value by value). Enum-like and structural keys are skipped, as is the
 * opaque `thoughtSignature`, which must reach upstream byte for byte.
 */
export const geminiText = {
  // Gemini's REST API takes each field in lowerCamelCase or in snake_case (the proto's own names,
  // which Google's curl examples use): both spellings are listed.
  skipKeys: new Set([
    'model', 'role', 'name', 'id', 'mimeType', 'thoughtSignature', 'finishReason', 'taskType', 'responseMimeType',
    'cachedContent', 'category', 'threshold', 'mode', 'allowedFunctionNames', 'modelVersion', 'responseId', 'type',
    'format', 'responseModalities', 'mediaResolution', 'thinkingLevel', 'fileUri',
    'mime_type', 'thought_signature', 'finish_reason', 'task_type', 'response_mime_type', 'cached_content',
    'allowed_function_names', 'model_version', 'response_id', 'response_modalities', 'media_resolution', 'thinking_level', 'file_uri',
  ]),
  jsonEncodedKeys: new Set<string>(),
  payloadKeys: new Set(['args', 'response']),
  /** Parts carrying inline bytes or file references (images, audio, video, PDFs) are not scanned. */
  isNonTextPart(node: JsonObject): boolean {
    return node.inlineData !== undefined || node.fileData !== undefined || node.inline_data !== undefined || node.file_data !== undefined;
  },
};
