import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createApp, type AppOptions } from '../../core/app.ts';
import { createProxyRouter } from '../../core/proxy-router.ts';
import { createAuditWriter, type AuditWriter } from '../../core/audit/writer.ts';
import { createPseudonymizer } from '../../core/audit/pseudonym.ts';
import { parseConfig, type Config } from '../../core/config.ts';
import type { Deps } from '../../core/deps.ts';
import type { Logger } from '../../core/log/logger.ts';
import { providersFromConfig } from '../../core/providers/registry.ts';
import { createEngineCache } from '../../core/redact/policy-engine.ts';
import { createKeyClientAuth } from '../../core/tenancy/client-auth.ts';
import { createAdmin } from '../../core/admin/index.ts';
import { adminSigner } from '../../core/admin/options.ts';
import { socketClientId } from '../../core/admin/http.ts';
import { createPipelineMetrics } from '../../core/metrics/pipeline.ts';
import { mountMetrics } from '../../core/metrics/route.ts';
import { withReviewWebhook } from '../../core/review/webhook.ts';
import { createNodeLogger } from './logger.ts';
import { registerProcessMetrics } from './process-metrics.ts';
import { createPolicyRegistry, type NodePolicyRegistry } from './policy-loader.ts';
import { startRetentionTimer } from './retention.ts';
import { previousSecrets, loadOrCreateSecret, secretPathFor } from './secret.ts';
import { serveApp, type RunningServer } from './serve.ts';
import { createUpstreamClient } from './upstream-client/upstream-client.ts';
import { sha256HexSync } from './hash.ts';
import { startAuditAppendThread } from './sqlite/audit-append-thread.ts';
import { createSqliteAuditStore } from './sqlite/audit-store.ts';
import { openDatabase } from './sqlite/db.ts';
import { createSqliteKeyStore } from './sqlite/key-store.ts';
import { createSqliteReviewStore } from './sqlite/review-store.ts';
import { createSqliteStaffStore } from './sqlite/staff-store.ts';
import { createSqliteSignOutStore } from './sqlite/sign-out-store.ts';
import { createSqliteSubjectKeyStore } from './sqlite/subject-key-store.ts';

export interface NodePledge {
  url: string;
  config: Config;
  deps: Deps;
  policies: NodePolicyRegistry;
  audit: AuditWriter;
  server: RunningServer;
  /**
   * Graceful shutdown: stop accepting, give in-flight requests `graceMs` (default 0: cut them),
   * drain the audit queue, close the database.
   */
  close(opts?: { graceMs?: number }): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  logger?: Logger;
  app?: AppOptions;
  /** Reload policies on SIGHUP and file changes (the CLI entry turns this on). */
  watchPolicies?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Build the Node runtime's deps from the environment and serve the app. */
export async function startNodePledge(opts: StartOptions = {}): Promise<NodePledge> {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const config = parseConfig(env);
  // Upstream URLs and credential references are resolved here, at startup: a reference to a
  // missing secret stops the process instead of failing requests later.
  const providers = providersFromConfig(config, (name) => env[name]);
  const logger = opts.logger ?? createNodeLogger(config.PLEDGE_LOG_LEVEL);
  // `:memory:` is SQLite's in-memory database, not a file name to resolve against the cwd.
  const dbPath = config.PLEDGE_DB === ':memory:' ? ':memory:' : path.resolve(cwd, config.PLEDGE_DB);
  const db = await openDatabase(dbPath);
  // Whatever fails from here closes what was opened (the audit thread would keep the process alive).
  const opened: { appender?: { close(): Promise<void> }; stop: (() => void)[] } = { stop: [] };
  try {
    const store = createSqliteAuditStore(db);
    // Appends (hashing, insert, fsync) run on a worker thread so they never stall requests; an
    // in-memory database cannot be shared with a thread, so it appends in place.
    const appender = dbPath === ':memory:' ? undefined : await startAuditAppendThread(dbPath);
    opened.appender = appender;
    const audit = createAuditWriter(appender ?? store, { onError: () => logger.error({ msg: 'audit_store_failing' }) });
    // In memory nothing is kept, the secret included: no file is written beside a database that has none.
    const secret = dbPath === ':memory:' && !env.PLEDGE_SECRET?.trim()
      ? runSecret(logger)
      : loadOrCreateSecret(secretPathFor(dbPath), { env, log: (m) => logger.warn({ msg: m }) });
    const pseudonymizer = createPseudonymizer(secret, { subjectKeys: createSqliteSubjectKeyStore(db), previousSecrets: previousSecrets(env) });
    const policies = await createPolicyRegistry({ policy: config.PLEDGE_POLICY, cwd });
    for (const w of policies.warnings()) logger.warn({ msg: 'policy_warning', warning: w });
    const keys = createSqliteKeyStore(db);
    if ((await keys.countKeys()) === 0 && !LOOPBACK.test(config.HOST) && env.PLEDGE_ALLOW_OPEN_MODE !== '1') {
      throw new Error(
        `Refusing to bind ${config.HOST} in local open mode (no client keys exist, so any caller could use it). ` +
          'Create a key with `npx pledge keys create --tenant NAME --policy NAME`, bind 127.0.0.1, or set PLEDGE_ALLOW_OPEN_MODE=1.',
      );
    }
    const reviewStore = createSqliteReviewStore(db);
    const reviews = config.PLEDGE_REVIEW_WEBHOOK_URL
      ? withReviewWebhook(reviewStore, {
          url: config.PLEDGE_REVIEW_WEBHOOK_URL,
          fetch: globalThis.fetch.bind(globalThis),
          onError: (info) => logger.warn({ msg: 'review_webhook_failed', ...info }),
        })
      : reviewStore;
    const metrics = createPipelineMetrics();
    registerProcessMetrics(metrics.prometheus.registry);
    const records = createRecordCounter();
    const upstreamClient = createUpstreamClient();
    const deps: Deps = {
      adapters: providers.adapters,
      upstreams: providers.upstreams,
      upstreamOptions: providers.upstreamOptions,
      policies,
      auth: createKeyClientAuth({ keys, policies, readSecret: (name) => env[name], hashKey: sha256HexSync }),
      audit,
      reviews,
      metrics,
      logger,
      fetch: upstreamClient,
      // Pooled for small outputs; TextEncoder allocates an ArrayBuffer per call (sse-restore.ts).
      encodeUtf8: (text) => Buffer.from(text, 'utf8'),
      now: () => performance.timeOrigin + performance.now(),
      pseudonymize: (raw) => pseudonymizer.pseudonymize(raw),
      engineFor: createEngineCache(),
      afterResponse: (task) => setImmediate(task),
      records,
      ...(config.PLEDGE_UPSTREAM_TIMEOUT_MS !== undefined && { upstreamTimeoutMs: config.PLEDGE_UPSTREAM_TIMEOUT_MS }),
    };
    const stopWatch = opts.watchPolicies
      ? policies.watch({
          onReload: (r) => {
            if (r.ok) audit.record({ id: crypto.randomUUID(), ts: new Date().toISOString(), kind: 'staff', tenant: 'system', actor: 'system', action: 'policy.reload' });
            logger.info({ msg: 'policy_reload', ok: r.ok, ...(r.ok ? { policies: r.names } : { errors: r.errors.length }) });
          },
        })
      : () => {};
    opened.stop.push(stopWatch);
    const retention = startRetentionTimer({
      store,
      days: () => policies.getDefault().policy.logging.retention_days,
      onPurge: (r) => logger.info({ msg: 'retention_purge', ...r }),
      onError: () => logger.error({ msg: 'retention_purge_failed' }),
    });
    opened.stop.push(() => retention.stop());
    const admin = createAdmin({
      audit: store, auditSink: audit, reviews: reviewStore, staff: createSqliteStaffStore(db), signOuts: createSqliteSignOutStore(db), keys, policies,
      pseudonymize: deps.pseudonymize, sign: adminSigner(secret, config.PLEDGE_ADMIN_TOKEN), // Sign-in limits key on the TCP peer, not cf-connecting-ip: on Node any client can send that header.
      clientId: socketClientId, adminToken: config.PLEDGE_ADMIN_TOKEN, now: deps.now,
    });
    const extend: AppOptions['extend'] = (app) => {
      mountMetrics(app, metrics.prometheus, { audit: () => audit.backlog, review: async () => (await reviewStore.count({ status: 'pending' })).pending });
      admin(app);
      opts.app?.extend?.(app);
    };
    const server = await serveApp(createApp(deps, { extend }), { host: config.HOST, port: config.PORT, proxy: createProxyRouter(deps) });
    return {
      url: server.url, config, deps, policies, audit, server,
      async close(closeOpts = {}) {
        stopWatch();
        retention.stop();
        await server.close(closeOpts.graceMs ?? 0);
        // Requests cut by the close (a stream, an answer still being read) end their records a few
        // turns later (the upstream abort, then setImmediate): their audit events go in before the
        // writer closes.
        if (!(await records.settled(10_000))) logger.error({ msg: 'records_open_at_shutdown', open: records.open });
        await audit.close(10_000).catch(() => logger.error({ msg: 'audit_drain_timeout' }));
        await appender?.close();
        db.close();
        // Idle upstream connections go now, not when their keep-alive runs out.
        upstreamClient.close();
      },
    };
  } catch (err) {
    for (const stop of opened.stop) stop();
    await opened.appender?.close().catch(() => {});
    if (db.isOpen) db.close();
    throw err;
  }
}

/** Proxied requests whose audit event is not yet handed to the writer (Deps.records). */
function createRecordCounter() {
  let open = 0;
  let waiters: (() => void)[] = [];
  return {
    get open() {
      return open;
    },
    opened() {
      open++;
    },
    closed() {
      open = Math.max(0, open - 1);
      if (open === 0) for (const w of waiters.splice(0)) w();
    },
    /** Resolves true once none is open, false after `ms`. */
    settled(ms: number): Promise<boolean> {
      if (open === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, ms);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(done);
      });
    },
  };
}

/** A pseudonym key for this run only (PLEDGE_DB=:memory: without PLEDGE_SECRET). */
function runSecret(logger: Logger): string {
  logger.warn({ msg: 'PLEDGE_DB is :memory: and PLEDGE_SECRET is unset: pseudonyms use a key made for this run only' });
  return randomBytes(32).toString('base64url');
}
