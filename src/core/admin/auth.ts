import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { createFailureLimiter } from '../staff/rate-limit.ts';
import { readSession, SESSION_COOKIE, sessionExpiry } from '../staff/session.ts';
import { createMemorySignOutStore, sessionHash, type SignOutStore } from '../staff/sign-outs.ts';
import { authenticateStaff, principalById, type StaffAuthDeps } from '../staff/tokens.ts';
import { can, type Permission } from '../staff/types.ts';
import { apiError, bearer, defaultClientId } from './http.ts';
import type { AdminOptions } from './options.ts';
import type { VerifyResult } from '../audit/verify.ts';

export interface AdminContext {
  opts: AdminOptions;
  authDeps: StaffAuthDeps;
  limiter: NonNullable<AdminOptions['limiter']>;
  clientOf(c: Context): string;
  /** A staff action as an audit event in the chain. Never carries a note or other free text. */
  record(c: Context, action: string, target: string, tenant: string): void;
  /** The chain walk in flight or last finished (audit-actions.ts verifyAudit). */
  lastVerify?: { result: Promise<VerifyResult>; finishedAt?: number };
  /**
   * Session cookies signed out before their expiry: a copied cookie stops working at sign-out.
   * In the deployment's database when the runtime gives one (every process and isolate), else
   * in this process's memory.
   */
  signOuts: SignOutStore;
}

/**
 * Remember a signed-out session cookie until its own expiry. Only a cookie this deployment signed
 * and that is still valid is stored (by hash): anyone can post to the sign-out form.
 */
export async function signOut(ctx: AdminContext, cookie: string | undefined): Promise<void> {
  const now = ctx.opts.now();
  const exp = cookie ? sessionExpiry(cookie) : undefined;
  if (!cookie || exp === undefined || exp <= now) return;
  if ((await readSession(ctx.opts.sign, cookie, now)) === undefined) return;
  await ctx.signOuts.add(await sessionHash(cookie), exp, now);
}

export function adminContext(opts: AdminOptions): AdminContext {
  const authDeps: StaffAuthDeps = { store: opts.staff, adminToken: opts.adminToken, pseudonymize: opts.pseudonymize, now: opts.now };
  const clientId = opts.clientId ?? defaultClientId;
  return {
    opts,
    authDeps,
    limiter: opts.limiter ?? createFailureLimiter(),
    signOuts: opts.signOuts ?? createMemorySignOutStore(),
    clientOf: (c) => clientId(c.req.raw, c.env),
    record(c, action, target, tenant) {
      opts.auditSink.record({
        id: crypto.randomUUID(),
        ts: new Date(opts.now()).toISOString(),
        kind: 'staff',
        request_id: c.get('requestId'),
        tenant,
        actor: c.get('staff').id,
        action,
        target,
      });
    },
  };
}

/** JSON API: Bearer staff token. Failed attempts are rate-limited per client. */
export function apiAuth(ctx: AdminContext): MiddlewareHandler {
  return async (c, next) => {
    const client = ctx.clientOf(c);
    const now = ctx.opts.now();
    if (!ctx.limiter.allowed(client, now)) return apiError(c, 429, 'rate_limited', 'Too many failed sign-in attempts; try again later.');
    const principal = await authenticateStaff(ctx.authDeps, bearer(c.req.raw));
    if (!principal) {
      ctx.limiter.fail(client, now);
      return apiError(c, 401, 'unauthorized', 'A valid staff token is required (Authorization: Bearer …).');
    }
    c.set('staff', principal);
    await next();
  };
}

/** UI: signed session cookie; anything else goes to the sign-in page. */
export function uiAuth(ctx: AdminContext): MiddlewareHandler {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const now = ctx.opts.now();
    const id = await readSession(ctx.opts.sign, cookie, now);
    const signedOut = id !== undefined && (await ctx.signOuts.has(await sessionHash(cookie!), now));
    const principal = id && !signedOut ? await principalById(ctx.authDeps, id) : null;
    if (!principal) return c.redirect('/admin/login', 303);
    c.set('staff', principal);
    await next();
  };
}

export function requireApi(permission: Permission): MiddlewareHandler {
  return async (c, next) => {
    if (!can(c.get('staff').role, permission)) return apiError(c, 403, 'forbidden', `Your role cannot do this (needs ${permission}).`);
    await next();
  };
}
