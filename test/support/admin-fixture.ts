import { createAdmin } from '../../src/core/admin/index.ts';
import { createMemoryAuditStore } from '../../src/core/audit/memory-store.ts';
import type { AuditStore } from '../../src/core/audit/store.ts';
import { createAuditWriter, type AuditWriter } from '../../src/core/audit/writer.ts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createStaticPolicyRegistry, loadPolicies } from '../../src/core/policy/registry.ts';
import { createMemoryReviewStore } from '../../src/core/review/memory-store.ts';
import type { ReviewStore } from '../../src/core/review/store.ts';
import { createMemoryStaffStore } from '../../src/core/staff/memory-store.ts';
import { createFailureLimiter } from '../../src/core/staff/rate-limit.ts';
import { tenantPseudonym } from '../../src/core/staff/tenant-pseudonym.ts';
import { createStaffToken } from '../../src/core/staff/tokens.ts';
import type { Role, StaffStore } from '../../src/core/staff/types.ts';
import { createMemoryKeyStore } from '../../src/core/tenancy/memory-key-store.ts';
import { createHmacHex } from '../../src/core/util/hmac.ts';
import { startHarness, type Harness, type HarnessOptions } from './harness.ts';
import { adminSigner } from '../../src/core/admin/options.ts';

/** Every policy in policies/, as shipped. */
async function loadPolicyDir() {
  const dir = path.join(import.meta.dirname, '..', '..', 'policies');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));
  const r = await loadPolicies(await Promise.all(files.map(async (f) => ({ file: `policies/${f}`, text: await readFile(path.join(dir, f), 'utf8') }))));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return createStaticPolicyRegistry(r.policies, 'default');
}

export const ADMIN_TOKEN = 'bootstrap-admin-token-for-tests-0001';

export interface AdminHarness extends Harness {
  auditStore: AuditStore;
  writer: AuditWriter;
  reviewStore: ReviewStore;
  staff: StaffStore;
  /** Shifts the admin clock (token expiry) relative to real time. */
  clock: { skew: number };
  pseudonym(name: string): Promise<string>;
  token(role: Role, tenants: string[], days?: number): Promise<string>;
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
}

/**
 * Pledge + mock provider with the admin surface mounted, memory stores, and client keys that name
 * their tenant: an SDK key "acme-…" is tenant acme, anything else is tenant globex.
 */
export async function startAdminHarness(opts: { reviews?: ReviewStore; harness?: HarnessOptions; maxFailures?: number } = {}): Promise<AdminHarness> {
  const pseudonymize = createHmacHex('admin-test-secret');
  const auditStore = createMemoryAuditStore();
  const writer = createAuditWriter(auditStore, { flushIntervalMs: 1 });
  const reviewStore = opts.reviews ?? createMemoryReviewStore();
  const staff = createMemoryStaffStore();
  const clock = { skew: 0 };
  const policies = await loadPolicyDir();
  const extend = createAdmin({
    audit: auditStore, auditSink: writer, reviews: reviewStore, staff, keys: createMemoryKeyStore(), policies, pseudonymize,
    sign: adminSigner('admin-test-secret'),
    // The Node runtime's clock, fractional milliseconds included (sessions once broke on it).
    adminToken: ADMIN_TOKEN, now: () => performance.timeOrigin + performance.now() + clock.skew, limiter: createFailureLimiter({ max: opts.maxFailures ?? 50 }),
  });
  const h = await startHarness({
    ...opts.harness,
    app: { extend },
    deps: {
      audit: writer,
      reviews: reviewStore,
      pseudonymize,
      auth: {
        resolve: async (key) => ({ ok: true, tenant: { id: key?.startsWith('acme') ? 'acme' : 'globex', policy: 'default', passthrough: true } }),
      },
      ...opts.harness?.deps,
    },
  });
  return {
    ...h,
    auditStore, writer, reviewStore, staff, clock,
    pseudonym: (name) => tenantPseudonym(pseudonymize, name),
    token: async (role, tenants, days) => (await createStaffToken(staff, { name: `${role} of ${tenants.join('+')}`, role, tenants, ...(days && { expiresInDays: days }) }, 'stf_bootstrap', new Date(Date.now() + clock.skew))).token,
    api: (path, init = {}) => {
      const { token, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      if (rest.body !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${h.pledge.url}/admin/api${path}`, { ...rest, headers });
    },
  };
}
