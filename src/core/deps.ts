import type { AuditSink } from './audit/event.ts';
import type { Logger } from './log/logger.ts';
import type { LoadedPolicy } from './policy/schema.ts';
import type { ProviderAdapter } from './providers/types.ts';
import type { Detect } from './redact/detector.ts';
import type { EntityType, RedactionMode } from './redact/entities.ts';
import type { ReviewSink } from './review/types.ts';
import type { UpstreamFetch } from './pipeline/forward.ts';

/** Who is calling, after authentication. */
export interface Tenant {
  /** Pseudonymous tenant id used in logs and audit. */
  id: string;
  policy: string;
  /** The provider credential Pledge holds for this tenant, if any. Else the client's key passes through. */
  upstreamCredential?: (provider: string) => string | undefined;
  /** True in local open mode: the presented key is the provider key. */
  passthrough: boolean;
}

export interface AuthFailure {
  /** Machine reason, counted as evidence: missing_key, unknown_key, revoked_key, policy_unavailable. */
  reason: string;
  /** Safe for the client: never contains the key. */
  message: string;
}

export interface ClientAuth {
  /** `presented` is whatever the client put where its SDK puts the API key. */
  resolve(presented: string | undefined): Promise<{ ok: true; tenant: Tenant } | ({ ok: false } & AuthFailure)>;
}

export interface PolicySource {
  get(name: string): LoadedPolicy | undefined;
}

export interface RedactionEngine {
  detect: Detect;
  modeOf: (type: EntityType) => RedactionMode;
}

export interface AuditWriter extends AuditSink {
  /** False when the store has failed and the queue is full: the proxy then fails closed. */
  healthy?(): boolean;
}

export interface Metrics {
  observeRequest(labels: { provider: string; endpoint: string; status: number }, totalMs: number, overheadMs: number): void;
  countRedactions(counts: Readonly<Record<string, number>>): void;
  countRefusal(reason: string): void;
}

/** Everything the core needs from its runtime, built once by each runtime entry. */
export interface Deps {
  adapters: readonly ProviderAdapter[];
  /** Upstream base URL by provider id. */
  upstreams: Readonly<Record<string, string>>;
  /** Per-upstream no-training options (compat upstreams), by provider id. */
  upstreamOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  policies: PolicySource;
  auth: ClientAuth;
  audit: AuditWriter;
  reviews: ReviewSink;
  logger: Logger;
  /** Upstream HTTP client; `globalThis.fetch` fits. */
  fetch: UpstreamFetch;
  /** Text to UTF-8 bytes, where the runtime has a faster way than `TextEncoder` (Node: `Buffer.from`). */
  encodeUtf8?: (text: string) => Uint8Array;
  now: () => number;
  pseudonymize: (raw: string) => Promise<string>;
  engineFor: (policy: LoadedPolicy) => RedactionEngine;
  metrics?: Metrics;
  /** Overrides the policy's upstream timeout (tests, operators). */
  upstreamTimeoutMs?: number;
  /**
   * Runs a task once the current response has been handed to the socket. A whole answer's audit
   * event, log line and metrics are written this way, off the client's latency (Node: setImmediate,
   * which runs after the write). Unset: the task runs at once, before the response is returned.
   */
  afterResponse?: (task: () => void) => void;
  /**
   * Told when a proxied request's record opens and when its audit event has been handed to the
   * writer: shutdown waits for the open ones before it closes the audit writer (Node's close()).
   */
  records?: { opened(): void; closed(): void };
}
