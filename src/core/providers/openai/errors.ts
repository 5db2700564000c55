import type { ErrorShape } from '../types.ts';

/** OpenAI's error envelope: the SDK maps status to its typed errors (BadRequestError …). */
export function openaiError(status: number, message: string, code: string): ErrorShape {
  const type = status === 401 ? 'authentication_error' : status === 429 ? 'rate_limit_error'
    : status >= 500 ? 'server_error' : 'invalid_request_error';
  return { status, body: { error: { message, type, param: null, code } } };
}

/** Mid-stream failure: the SDK raises an APIError when a chunk carries `error`. */
export function openaiErrorEvent(message: string): string {
  return `data: ${JSON.stringify({ error: { message, type: 'server_error', param: null, code: 'pledge_stream_error' } })}\n\n`;
}
