import type { AuditSink } from '../audit/event.ts';
import type { AuditStore } from '../audit/store.ts';
import type { PolicyRegistry } from '../policy/registry.ts';
import type { ReviewStore } from '../review/store.ts';
import type { FailureLimiter } from '../staff/rate-limit.ts';
import type { SignOutStore } from '../staff/sign-outs.ts';
import type { StaffStore } from '../staff/types.ts';
import type { KeyStore } from '../tenancy/keys.ts';
import { createHmacHex } from '../util/hmac.ts';

/**
 * The admin's `sign`: an HMAC of the deployment secret, domain-separated from pseudonyms. The
 * bootstrap token is part of what is signed, so rotating PLEDGE_ADMIN_TOKEN (or the secret) ends
 * every UI session and form token at once.
 */
export function adminSigner(secret: string, adminToken?: string): (message: string) => Promise<string> {
  const hmac = createHmacHex(secret);
  const generation = adminToken ?? '';
  return (message) => hmac(`pledge:admin-sign:v1:${generation.length}:${generation}:${message}`);
}

export interface AdminOptions {
  /** Read side of the audit trail (list, scan, export, verify). */
  audit: AuditStore;
  /** Where staff actions are recorded (the same AuditWriter the pipeline uses), so they join the chain. */
  auditSink: AuditSink;
  reviews: ReviewStore;
  staff: StaffStore;
  /**
   * Signed-out session cookies, in the deployment's database so that every process and isolate
   * refuses a copy (default: this process's memory only).
   */
  signOuts?: SignOutStore;
  /** Client keys; without it the /keys endpoints answer 404. */
  keys?: KeyStore;
  policies: Pick<PolicyRegistry, 'get' | 'getDefault' | 'names'>;
  /** The deployment's pseudonymizer (deps.pseudonymize): tenant pseudonyms. */
  pseudonymize: (raw: string) => Promise<string>;
  /**
   * A plain HMAC keyed by the deployment secret, for session and CSRF signatures. Not the
   * pseudonymizer: that one files an erasable subject key per new input, so signing with it made
   * every anonymous page load write a row.
   */
  sign: (message: string) => Promise<string>;
  /** PLEDGE_ADMIN_TOKEN (at least 16 characters), the bootstrap admin. */
  adminToken?: string | undefined;
  now: () => number;
  /** Failed sign-in attempts per client (default: 10 per 15 minutes, in memory). */
  limiter?: FailureLimiter;
  /** Identifies a client for rate limiting (default: cf-connecting-ip, else the socket address). */
  clientId?: (req: Request, env: unknown) => string;
  /** Force the Secure cookie flag (default: when the request URL is https). */
  secureCookies?: boolean;
}
