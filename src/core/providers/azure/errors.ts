import type { ErrorShape } from '../types.ts';

/**
 * Azure OpenAI's error envelope, `{"error":{"code","message"}}`. The openai SDK picks its typed
 * error (BadRequestError, AuthenticationError …) from the status and reads `code` and `message`.
 */
export function azureError(status: number, message: string, code: string): ErrorShape {
  return { status, body: { error: { code, message } } };
}

/** Mid-stream failure: the SDK raises an APIError when a chunk carries `error`. */
export function azureErrorEvent(message: string): string {
  return `data: ${JSON.stringify({ error: { code: 'pledge_stream_error', message } })}\n\n`;
}
