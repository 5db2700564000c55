import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEvent } from '../../src/core/audit/event.ts';
import { createApp, type AppOptions } from '../../src/core/app.ts';
import { createProxyRouter } from '../../src/core/proxy-router.ts';
import type { Deps, RedactionEngine } from '../../src/core/deps.ts';
import { parsePolicy } from '../../src/core/policy/parse.ts';
import type { LoadedPolicy } from '../../src/core/policy/schema.ts';
import { openaiAdapter } from '../../src/core/providers/openai/index.ts';
import type { ProviderAdapter } from '../../src/core/providers/types.ts';
import type { ReviewItem } from '../../src/core/review/types.ts';
import { createHmacHex } from '../../src/core/util/hmac.ts';
import { createUpstreamClient } from '../../src/runtime/node/upstream-client/upstream-client.ts';
import { serveApp, type RunningServer, type ServeTimeouts } from '../../src/runtime/node/serve.ts';
import { startMockProvider, type MockProvider } from '../../mock/server.ts';
import type { MockHandler } from '../../mock/types.ts';
import { basicEngine } from './basic-engine.ts';

export interface Harness {
  mock: MockProvider;
  pledge: RunningServer;
  audit: AuditEvent[];
  reviews: ReviewItem[];
  logs: object[];
  deps: Deps;
  close(): Promise<void>;
}

export async function loadPolicyFile(name: string): Promise<LoadedPolicy> {
  const file = path.join(import.meta.dirname, '..', '..', 'policies', `${name}.yaml`);
  const r = await parsePolicy(await readFile(file, 'utf8'), `policies/${name}.yaml`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

export interface HarnessOptions {
  adapters?: ProviderAdapter[];
  mockHandlers?: MockHandler[];
  policy?: LoadedPolicy;
  engine?: RedactionEngine;
  upstreams?: (mockUrl: string) => Record<string, string>;
  deps?: Partial<Deps>;
  app?: AppOptions;
  /** Serve proxied requests through the Node front door, as `npm start` does (default true). */
  frontDoor?: boolean;
  timeouts?: ServeTimeouts;
}

/** Mock provider + Pledge on loopback, with in-memory audit, reviews and logs to assert on. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const mock = await startMockProvider({ handlers: opts.mockHandlers ?? [] });
  const policy = opts.policy ?? (await loadPolicyFile('default'));
  const audit: AuditEvent[] = [];
  const reviews: ReviewItem[] = [];
  const logs: object[] = [];
  const log = (o: object) => logs.push(o);
  const deps: Deps = {
    adapters: opts.adapters ?? [openaiAdapter],
    upstreams: opts.upstreams?.(mock.url) ?? { openai: `${mock.url}/v1` },
    policies: { get: (name) => (name === policy.policy.name ? policy : undefined) },
    auth: { resolve: async () => ({ ok: true, tenant: { id: 'local', policy: policy.policy.name, passthrough: true } }) },
    audit: { record: (e) => audit.push(e) },
    reviews: { create: async (item) => void reviews.push(item) },
    logger: { info: log, warn: log, error: log },
    fetch: createUpstreamClient(),
    now: () => performance.timeOrigin + performance.now(),
    pseudonymize: createHmacHex('test-secret'),
    engineFor: () => opts.engine ?? basicEngine,
    afterResponse: (task) => setImmediate(task),
    ...opts.deps,
  };
  // As `npm start` serves: proxied requests through the Node front door, the rest through the app.
  const pledge = await serveApp(createApp(deps, opts.app), { host: '127.0.0.1', port: 0, ...(opts.timeouts && { timeouts: opts.timeouts }), ...(opts.frontDoor !== false && { proxy: createProxyRouter(deps) }) });
  return {
    mock, pledge, audit, reviews, logs, deps,
    async close() {
      await pledge.close();
      await mock.close();
    },
  };
}

/**
 * Let bookkeeping deferred past a response's last write (`deps.afterResponse`, a setImmediate)
 * run, so counts read next do not miss an earlier request's audit event.
 */
export function settled(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

/** Wait until `check` passes (for audit events written after a stream ends). */
export async function eventually(check: () => void, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
