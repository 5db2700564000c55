import type { AuditSink } from '../audit/event.ts';
import type { AuditStore } from '../audit/store.ts';
import type { PolicyRegistry } from '../policy/registry.ts';
import type { ReviewStore } from '../review/store.ts';
import type { FailureLimiter } from '../staff/rate-limit.ts';
import type { StaffStore } from '../staff/types.ts';
import type { KeyStore } from '../tenancy/keys.ts';

export interface AdminOptions {
  /** Read side of the audit trail (list, scan, export, verify). */
  audit: AuditStore;
  /** Where staff actions are recorded (the same AuditWriter the pipeline uses), so they join the chain. */
  auditSink: AuditSink;
  reviews: ReviewStore;
  staff: StaffStore;
  /** Client keys; without it the /keys endpoints answer 404. */
  keys?: KeyStore;
  policies: Pick<PolicyRegistry, 'get' | 'getDefault' | 'names'>;
  /** The deployment's keyed HMAC (deps.pseudonymize): tenant pseudonyms, session and CSRF signatures. */
  pseudonymize: (raw: string) => Promise<string>;
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
