import type { Hono } from 'hono';
import { createAdmin } from '../../core/admin/index.ts';
import { adminSigner } from '../../core/admin/options.ts';
import { createApp, type AppOptions } from '../../core/app.ts';
import { createPseudonymizer, parsePreviousSecrets } from '../../core/audit/pseudonym.ts';
import type { AuditStore } from '../../core/audit/store.ts';
import { createKeyClientAuth } from '../../core/tenancy/client-auth.ts';
import { ConfigError } from '../../core/config.ts';
import { withReviewWebhook } from '../../core/review/webhook.ts';
import type { ClientAuth, Deps } from '../../core/deps.ts';
import type { Logger } from '../../core/log/logger.ts';
import { loadBundledPolicyRegistry, type PolicyRegistry } from '../../core/policy/registry.ts';
import { providersFromConfig, type ProviderWiring } from '../../core/providers/registry.ts';
import { createEngineCache } from '../../core/redact/policy-engine.ts';
import { POLICY_SOURCES } from '../../generated/policies.ts';
import { createWaitUntilAuditWriter, type WaitUntilAuditWriter } from './audit-sink.ts';
import { checkWorkerEnv, type WorkerConfig } from './env.ts';
import { createWorkerLogger } from './logger.ts';
import { cacheKeyStore } from './store/cached-keys.ts';
import { STORE_NAME } from './store/pledge-store.ts';
import { createDurableAuditStore, remoteStore, type PledgeStoreStub } from './store/store-client.ts';

export interface WorkerPledge {
  app: Hono;
  config: WorkerConfig;
  deps: Deps;
  audit: WaitUntilAuditWriter;
  store: AuditStore;
  policies: PolicyRegistry;
  logger: Logger;
}

export type Boot = { ok: true; pledge: WorkerPledge } | { ok: false; problems: string[] };

export interface BootOptions {
  waitUntil: (promise: Promise<unknown>) => void;
  logger?: Logger;
  app?: AppOptions;
  /** Upstream fetch (default: the runtime's); the CPU budget test answers in memory. */
  fetch?: typeof fetch;
}

/**
 * A stub per call: workerd ties I/O objects to the request that made them, and the deps outlive
 * any one request. `idFromName` always names the same single instance.
 */
const stubOf = (env: Env): (() => PledgeStoreStub) => () => env.PLEDGE_STORE.get(env.PLEDGE_STORE.idFromName(STORE_NAME));

/** Open mode on the public internet is opt-in: with no client keys, refuse unless allowed. */
function guardOpenMode(auth: ClientAuth, allowed: boolean): ClientAuth {
  if (allowed) return auth;
  return {
    async resolve(presented) {
      const r = await auth.resolve(presented);
      if (r.ok && r.tenant.passthrough) {
        return { ok: false, reason: 'open_mode_disabled', message: 'no client keys exist and PLEDGE_ALLOW_OPEN_MODE is not "1"; create a client key (docs/DEPLOY-WORKERS.md)' };
      }
      return r;
    },
  };
}

/** Build the Worker's deps from its bindings. Never throws for configuration: returns the problems. */
export async function bootWorker(env: Env, opts: BootOptions): Promise<Boot> {
  const raw = env as unknown as Record<string, unknown>;
  const checked = checkWorkerEnv(raw);
  if (!checked.ok) return checked;
  const config = checked.config;
  const logger = opts.logger ?? createWorkerLogger(config.PLEDGE_LOG_LEVEL);
  let policies: PolicyRegistry;
  try {
    policies = await loadBundledPolicyRegistry(POLICY_SOURCES, config.PLEDGE_POLICY);
  } catch (err) {
    return { ok: false, problems: [`PLEDGE_POLICY: ${err instanceof Error ? err.message.split('\n')[0] : 'bundled policies are invalid'}`] };
  }
  const stub = stubOf(env);
  const store = createDurableAuditStore(stub);
  const audit = createWaitUntilAuditWriter(store, { waitUntil: opts.waitUntil, onError: () => logger.error({ msg: 'audit_store_failing' }) });
  const pseudonymizer = createPseudonymizer(config.PLEDGE_SECRET, {
    subjectKeys: store.subjectKeys,
    previousSecrets: parsePreviousSecrets(typeof raw.PLEDGE_SECRET_PREVIOUS === 'string' ? raw.PLEDGE_SECRET_PREVIOUS : undefined),
  });
  const keys = cacheKeyStore(remoteStore(stub, 'keys'));
  const reviewStore = remoteStore(stub, 'reviews');
  // As on Node: new review items are announced to PLEDGE_REVIEW_WEBHOOK_URL (ids only), kept alive by waitUntil.
  const reviews = config.PLEDGE_REVIEW_WEBHOOK_URL
    ? withReviewWebhook(reviewStore, {
        url: config.PLEDGE_REVIEW_WEBHOOK_URL,
        fetch: (input, init) => fetch(input, init),
        waitUntil: opts.waitUntil,
        onError: (info) => logger.warn({ msg: 'review_webhook_failed', ...info }),
      })
    : reviewStore;
  const readSecret = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : undefined);
  // Azure (PLEDGE_AZURE_UPSTREAM) and OpenAI-compatible upstreams (PLEDGE_COMPAT_UPSTREAMS), as on Node.
  let providers: ProviderWiring;
  try {
    providers = providersFromConfig(config, readSecret);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    // Its first line is a heading; each following line names one variable and what is wrong.
    const lines = err.message.split('\n').map((line) => line.trim()).filter(Boolean);
    return { ok: false, problems: lines.length > 1 ? lines.slice(1) : lines };
  }
  const deps: Deps = {
    adapters: providers.adapters,
    upstreams: providers.upstreams,
    upstreamOptions: providers.upstreamOptions,
    policies,
    auth: guardOpenMode(createKeyClientAuth({ keys, policies, readSecret }), raw.PLEDGE_ALLOW_OPEN_MODE === '1'),
    audit,
    reviews,
    logger,
    fetch: opts.fetch ?? ((input, init) => fetch(input, init)),
    now: () => Date.now(),
    pseudonymize: (value) => pseudonymizer.pseudonymize(value),
    engineFor: createEngineCache(),
    ...(config.PLEDGE_UPSTREAM_TIMEOUT_MS !== undefined && { upstreamTimeoutMs: config.PLEDGE_UPSTREAM_TIMEOUT_MS }),
  };
  const admin = createAdmin({
    audit: store, auditSink: audit, reviews, staff: remoteStore(stub, 'staff'), signOuts: remoteStore(stub, 'signOuts'), keys, policies,
    pseudonymize: deps.pseudonymize, sign: adminSigner(config.PLEDGE_SECRET, config.PLEDGE_ADMIN_TOKEN), adminToken: config.PLEDGE_ADMIN_TOKEN, now: deps.now,
  });
  const extend: AppOptions['extend'] = (app) => {
    admin(app);
    opts.app?.extend?.(app);
  };
  return { ok: true, pledge: { app: createApp(deps, { extend }), config, deps, audit, store, policies, logger } };
}
