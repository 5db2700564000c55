import type { ErrorShape } from '../types.ts';

/** google.rpc status names for HTTP statuses, as the Gemini API uses them. */
export function geminiStatus(status: number): string {
  switch (status) {
    case 401: return 'UNAUTHENTICATED';
    case 403: return 'PERMISSION_DENIED';
    case 404: return 'NOT_FOUND';
    case 409: return 'ABORTED';
    case 429: return 'RESOURCE_EXHAUSTED';
    case 499: return 'CANCELLED';
    case 501: return 'UNIMPLEMENTED';
    case 502: case 503: return 'UNAVAILABLE';
    case 504: return 'DEADLINE_EXCEEDED';
    default: return status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT';
  }
}

/** `{"error":{"code","message","status","details"}}`; Pledge's reason rides in an ErrorInfo detail. */
export function geminiError(status: number, message: string, code: string): ErrorShape {
  return {
    status,
    body: {
      error: {
        code: status, message, status: geminiStatus(status),
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: code, domain: 'pledge' }],
      },
    },
  };
}

/**
 * Mid-stream failure: the error chunk Gemini itself sends (@google/genai raises ApiError on it),
 * then an unterminated `data:` line, because @google/generative-ai ignores error chunks and
 * would otherwise return a silently truncated answer; it raises on the unfinished line.
 */
export function geminiErrorEvent(message: string): string {
  return `data: ${JSON.stringify({ error: { code: 500, message, status: 'INTERNAL' } })}\n\ndata:`;
}
