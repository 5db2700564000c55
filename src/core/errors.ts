/**
 * The one error type. Expected outcomes (policy refusals, bad input) are thrown as PledgeError
 * from the boundary helpers and turned into the provider's own envelope in one place. Messages
 * are written for the client and never carry content, keys or upstream bodies.
 */
export type ErrorCode =
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'body_too_large'
  | 'not_found'
  | 'unauthorized'
  | 'refused'
  | 'blocked_content'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'audit_unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  unsupported_media_type: 415,
  body_too_large: 413,
  not_found: 404,
  unauthorized: 401,
  refused: 403,
  blocked_content: 400,
  upstream_unreachable: 502,
  upstream_timeout: 504,
  audit_unavailable: 503,
  internal: 500,
};

export class PledgeError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine reason recorded in audit and metrics, e.g. `model_not_allowed`. */
    readonly reason: string = code,
  ) {
    super(message);
    this.name = 'PledgeError';
    this.status = STATUS[code];
  }
}

/** Anything that is not a PledgeError becomes a generic 500: no internals leave the process. */
export function toPledgeError(err: unknown): PledgeError {
  if (err instanceof PledgeError) return err;
  return new PledgeError('internal', 'Pledge could not process this request; nothing was sent upstream.', 'internal');
}
