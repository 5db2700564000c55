import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { StaffPrincipal } from '../staff/types.ts';

declare module 'hono' {
  interface ContextVariableMap {
    staff: StaffPrincipal;
  }
}

/** Every admin API error: `{error: {message, code}}`. Messages never carry content or secrets. */
export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json({ error: { message, code } }, status);
}

/** The TCP peer on Node (@hono/node-server passes the IncomingMessage as `env.incoming`). Memory only, never logged. */
export function socketClientId(_req: Request, env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** cf-connecting-ip on Workers, else the socket address. Memory only, never logged. */
export function defaultClientId(req: Request, env: unknown): string {
  return req.headers.get('cf-connecting-ip') ?? socketClientId(req, env);
}

export function bearer(req: Request): string | undefined {
  const h = req.headers.get('authorization');
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

/** Accepts YYYY-MM-DD or a full ISO instant; returns a normalised ISO string or undefined. */
export function isoParam(v: string | undefined, endOfDay = false): string | undefined {
  if (!v) return undefined;
  if (!ISO.test(v) || Number.isNaN(Date.parse(v))) throw new RangeError('dates must be YYYY-MM-DD or ISO 8601 UTC');
  const iso = v.length === 10 ? new Date(Date.parse(v) + (endOfDay ? 86_400_000 : 0)).toISOString() : new Date(v).toISOString();
  // Stored times compare as strings: an end past year 9999 ("+010000-…" from 9999-12-31 plus a
  // day) would sort before every one of them and empty the range. It stays within 9999.
  return iso.startsWith('+') ? '9999-12-31T23:59:59.999Z' : iso;
}

export function intParam(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (!/^\d{1,6}$/.test(v)) throw new RangeError('limit must be a positive integer');
  return Number(v);
}
