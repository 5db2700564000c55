import type { ErrorShape } from '../types.ts';

/** Anthropic's error `type` for an HTTP status; the SDK maps the status to its typed errors. */
export function anthropicErrorType(status: number): string {
  switch (status) {
    case 401: return 'authentication_error';
    case 403: return 'permission_error';
    case 404: return 'not_found_error';
    case 413: return 'request_too_large';
    case 429: return 'rate_limit_error';
    case 529: return 'overloaded_error';
    default: return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

/**
 * `{"type":"error","error":{"type","message","details":{"error_code"}}}`. The SDK exposes
 * `details.error_code` as `errorCode` and treats codes it does not know (`pledge_*`) as the bare type.
 */
export function anthropicError(status: number, message: string, code: string): ErrorShape {
  return { status, body: { type: 'error', error: { type: anthropicErrorType(status), message, details: { error_code: code } } } };
}

/** Mid-stream failure: the SDK raises an APIError on `event: error`. */
export function anthropicErrorEvent(message: string): string {
  return `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'api_error', message } })}\n\n`;
}
