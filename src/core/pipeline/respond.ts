import type { Deps } from '../deps.ts';
import { PledgeError } from '../errors.ts';
import type { ProviderAdapter } from '../providers/types.ts';
import type { Vault } from '../redact/vault.ts';
import { TOO_MANY_TOOL_CALLS, type createDecisionTracker } from './decisions.ts';
import type { Forwarded, UpstreamResponse } from './forward.ts';
import type { ProxyOutput } from './proxy-io.ts';
import { finishRecord, type RequestRecord } from './request-record.ts';
import { restoreJsonBody } from './restore-json.ts';
import { sourceOf } from './byte-source.ts';
import { restoreSse, type StreamEnd } from './sse-restore.ts';
import { readWholeAnswer, ResponseTooLarge } from './whole-answer.ts';

type Tracker = ReturnType<typeof createDecisionTracker>;

/** Upstream response headers worth passing on; hop-by-hop, length, encoding and cookies are not. */
const PASS_RESPONSE_HEADERS = new Set([
  'content-type', 'retry-after', 'retry-after-ms', 'x-should-retry', 'x-request-id', 'request-id', 'openai-processing-ms', 'openai-version',
  'x-ratelimit-limit-requests', 'x-ratelimit-limit-tokens', 'x-ratelimit-remaining-requests',
  'x-ratelimit-remaining-tokens', 'x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens',
  'anthropic-ratelimit-requests-limit', 'anthropic-ratelimit-requests-remaining', 'anthropic-ratelimit-tokens-limit',
  'anthropic-ratelimit-tokens-remaining', 'anthropic-ratelimit-requests-reset', 'anthropic-ratelimit-tokens-reset',
  'anthropic-ratelimit-input-tokens-limit', 'anthropic-ratelimit-input-tokens-remaining', 'anthropic-ratelimit-input-tokens-reset',
  'anthropic-ratelimit-output-tokens-limit', 'anthropic-ratelimit-output-tokens-remaining', 'anthropic-ratelimit-output-tokens-reset',
  'apim-request-id', 'x-ms-region',
]);

/** What HTTP allows in a field value (RFC 9110 §5.5; Node refuses anything else when writing it). */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

function clientHeaders(upstream: UpstreamResponse, requestId: string): Record<string, string> {
  const h: Record<string, string> = {};
  // One pass over what upstream sent (a few headers) instead of a lookup per allowlisted name. A
  // value with a control character is dropped, not passed on: the runtime would refuse to write
  // it, and the answer would be lost over one header.
  upstream.headers.forEach((v, name) => {
    if (PASS_RESPONSE_HEADERS.has(name) && FIELD_VALUE.test(v)) h[name] = v;
  });
  h['x-pledge-request-id'] = requestId;
  return h;
}

/**
 * Whole (non-SSE) responses: tag decisions on the placeholder form, then restore. Upstream
 * error bodies are restored and passed to the client with their status, and never logged.
 */
export async function respondJson(deps: Deps, adapter: ProviderAdapter, vault: Vault, rec: RequestRecord, upstream: Forwarded, tracker: Tracker, clientSignal?: AbortSignal): Promise<ProxyOutput> {
  const res = upstream.response;
  const headers = clientHeaders(res, rec.requestId);
  const policy = rec.policy!.policy;
  /** A 502 in the provider's envelope instead of the answer, audited as an upstream error. */
  const notPassedOn = (refusal: string | undefined, message: string, code: string): ProxyOutput => {
    rec.outcome = 'upstream_error';
    rec.status = 502;
    if (refusal !== undefined) rec.refusal = refusal;
    finishRecord(deps, rec);
    const shape = adapter.error(502, message, code);
    headers['content-type'] = 'application/json';
    return { status: shape.status, headers, body: JSON.stringify(shape.body) };
  };
  let text: string;
  // A client that leaves while the answer is read stops the upstream read too (and shutdown, which
  // cuts clients, gets its audit events without waiting for upstream).
  const onClientAbort = () => upstream.abort();
  clientSignal?.addEventListener('abort', onClientAbort, { once: true });
  try {
    if (clientSignal?.aborted) upstream.abort();
    text = await readWholeAnswer(res, policy.limits.max_response_bytes);
  } catch (err) {
    // Audited as client_abort (proxyRequest), as when the client leaves before upstream answers.
    if (clientSignal?.aborted) throw new PledgeError('upstream_unreachable', 'The client closed the connection before the answer was complete.', 'client_abort');
    return err instanceof ResponseTooLarge
      ? notPassedOn('upstream_too_large', `The upstream answer exceeds the ${policy.limits.max_response_bytes} bytes policy "${policy.name}" allows (limits.max_response_bytes); it was not passed on.`, 'pledge_upstream_too_large')
      : notPassedOn(undefined, 'The upstream provider closed the connection before the response was complete.', 'pledge_upstream_reset');
  } finally {
    clientSignal?.removeEventListener('abort', onClientAbort);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined) {
    if (res.ok) {
      const usage = adapter.usage(parsed);
      if (usage) rec.tokens = usage;
      const ids = await tracker.fromResponse(parsed);
      if (tracker.overflow) return notPassedOn('too_many_tool_calls', `${TOO_MANY_TOOL_CALLS}; it was not passed on.`, 'pledge_too_many_tool_calls');
      if (ids.length > 0) {
        headers['x-pledge-review'] = 'required';
        headers['x-pledge-review-id'] = ids.join(',');
      }
    }
  }
  const out = restoreJsonBody(text, parsed, adapter, vault);
  // The record is finished after the response is written (ProxyOutput.afterWrite): it never alters it.
  return { status: res.status, headers, body: out, afterWrite: () => finishRecord(deps, rec) };
}

/**
 * SSE responses: restore across chunk boundaries, tag decisions as they arrive, audit at the end.
 * `clientSignal` (the client's request signal) also ends the record as `client_abort`: when the
 * client goes away, the upstream read may fail before the body's cancel arrives, and then neither
 * the cancel nor the flush path would run, losing the audit event.
 */
export function respondStream(deps: Deps, adapter: ProviderAdapter, vault: Vault, rec: RequestRecord, upstream: Forwarded, tracker: Tracker, clientSignal?: AbortSignal): ProxyOutput {
  const headers = clientHeaders(upstream.response, rec.requestId);
  headers['cache-control'] = 'no-cache';
  let upstreamFailed = false;
  let finished = false;
  const finish = (end: StreamEnd) => {
    if (finished) return;
    finished = true;
    clientSignal?.removeEventListener('abort', onClientAbort);
    if (end === 'client_abort') rec.outcome = 'client_abort';
    else if (end !== 'complete') rec.outcome = 'upstream_error';
    // Review items are stored at once (a client holding the tagged stream can look them up). The
    // restorer ends before the last bytes are written: the bookkeeping (audit event, log line,
    // metrics) waits until they are (Node: setImmediate), so it never delays the stream's end.
    const record = () => (deps.afterResponse ? deps.afterResponse(() => finishRecord(deps, rec)) : finishRecord(deps, rec));
    void tracker.persist().then(record, () => {
      rec.outcome = 'error';
      record();
    });
  };
  const onClientAbort = () => {
    upstream.abort();
    finish('client_abort');
  };
  if (clientSignal?.aborted) onClientAbort();
  else clientSignal?.addEventListener('abort', onClientAbort, { once: true });
  const body = restoreSse(sourceOf(upstream.response.body!), adapter, vault, {
    onEvent(event, _name, final) {
      if (event !== undefined) {
        const usage = adapter.usage(event);
        if (usage && (usage.input > 0 || usage.output > 0)) rec.tokens = mergeUsage(rec.tokens, usage);
      }
      tracker.onStreamEvent(event, final);
    },
    takeReviewIds: () => tracker.takeReviewIds(),
    stopReason: () => {
      if (!tracker.overflow) return undefined;
      rec.refusal = 'too_many_tool_calls';
      return `${TOO_MANY_TOOL_CALLS}; the stream was ended.`;
    },
    upstreamFailed: () => upstreamFailed,
    onEnd(end) {
      if (end !== 'complete') upstream.abort();
      finish(end);
    },
  }, {
    // A failed upstream read (reset mid-stream) ends the stream with the provider's error event.
    error: () => {
      upstreamFailed = true;
    },
    cancel: () => {
      upstream.abort();
      finish('client_abort');
    },
  }, { encode: deps.encodeUtf8, maxEventChars: rec.policy!.policy.limits.max_response_bytes });
  return { status: upstream.response.status, headers, body };
}

function mergeUsage(prev: RequestRecord['tokens'], next: { input: number; output: number }) {
  return { input: Math.max(prev?.input ?? 0, next.input), output: Math.max(prev?.output ?? 0, next.output) };
}
