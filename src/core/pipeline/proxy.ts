import type { Deps, Tenant } from '../deps.ts';
import { PledgeError, toPledgeError } from '../errors.ts';
import type { JsonObject, ProviderAdapter, RouteDef } from '../providers/types.ts';
import { createVault, type Vault } from '../redact/vault.ts';
import { tenantPseudonym } from '../staff/tenant-pseudonym.ts';
import { createDecisionTracker } from './decisions.ts';
import { forwardUpstream } from './forward.ts';
import { gateEndpoint, gateFallbackModels, gateModel, recordableModel } from './policy-gate.ts';
import type { ProxyInput, ProxyOutput } from './proxy-io.ts';
import { readJsonBody } from './read-body.ts';
import { redactRequestBody } from './redact-request.ts';
import { JsonTooDeepError, MAX_NESTING, nestingDepth } from './walk-json.ts';
import { finishRecord, newRecord, type RequestRecord } from './request-record.ts';
import { respondJson, respondStream } from './respond.ts';
import { upstreamUrl } from './upstream-url.ts';
import { buildUpstreamHeaders } from './upstream-headers.ts';

const REQUEST_ID_HEADER = 'x-pledge-request-id';
/**
 * A body nested too deeply for the walkers (they recurse, and so does JSON.stringify), or JSON text
 * in one of its strings (tool-call arguments) nested so, is the client's error, said plainly. Below
 * MAX_NESTING, a stack overflow stays an internal error.
 */
function tooDeep(err: unknown, body: JsonObject | undefined): PledgeError | undefined {
  const deep = err instanceof JsonTooDeepError || (err instanceof RangeError && body !== undefined && nestingDepth(body, MAX_NESTING) > MAX_NESTING);
  if (!deep) return undefined;
  return new PledgeError('invalid_json', `The request body nests arrays and objects more than ${MAX_NESTING} levels deep; nothing was sent upstream.`, 'json_too_deep');
}

/** A refusal or failure in the provider's own envelope. */
export function errorOutput(adapter: ProviderAdapter, err: PledgeError, requestId: string): ProxyOutput {
  const shape = adapter.error(err.status, err.message, `pledge_${err.reason}`);
  return { status: shape.status, headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: requestId }, body: JSON.stringify(shape.body) };
}

function matchRoute(adapter: ProviderAdapter, method: string, path: string): { route: RouteDef; match: RegExpExecArray } | undefined {
  for (const route of adapter.routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, match };
  }
  return undefined;
}

/**
 * The request path, one direction: authenticate → parse → policy gate → redact → no-training
 * → forward → restore → tag decisions → one audit event. Every failure becomes the provider's
 * own error envelope; nothing goes upstream unless redaction and the policy succeeded.
 */
export async function proxyRequest(deps: Deps, adapter: ProviderAdapter, req: ProxyInput, relPath: string, requestId: string): Promise<ProxyOutput> {
  // The route is logged as the mount point only: a client-chosen path never reaches a log line.
  const rec = newRecord(requestId, adapter.id, adapter.prefix, deps.now());
  deps.records?.opened();
  const url = req.url;
  let parsed: JsonObject | undefined;
  try {
    const found = matchRoute(adapter, req.method, relPath);
    if (!found) throw new PledgeError('not_found', `Unknown route: ${req.method} ${adapter.prefix}${relPath}`, 'unknown_route');
    const { route, match } = found;
    rec.endpoint = route.endpoint;
    const invalid = adapter.validate?.(url, req.headers);
    if (invalid) {
      rec.status = invalid.status;
      rec.outcome = 'refused';
      rec.refusal = 'invalid_request';
      finishRecord(deps, rec);
      return { status: invalid.status, headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: requestId }, body: JSON.stringify(invalid.body) };
    }

    const presented = adapter.readCredential(req.headers, url);
    const auth = await deps.auth.resolve(presented);
    if (!auth.ok) throw new PledgeError('unauthorized', `Pledge: ${auth.message}.`, auth.reason);
    const tenant = auth.tenant;
    const loaded = deps.policies.get(tenant.policy);
    if (!loaded) throw new PledgeError('internal', 'The tenant policy is not loaded; request refused.', 'policy_unavailable');
    rec.policy = loaded;
    const policy = loaded.policy;
    rec.tenant = policy.logging.pseudonymize.includes('tenant') ? await tenantPseudonym(deps.pseudonymize, tenant.id) : tenant.id;

    gateEndpoint(policy, adapter.id, route.endpoint);
    const body: JsonObject = route.body === 'json' ? await readJsonBody(req, policy.limits.max_body_bytes) : {};
    parsed = body;
    const model = route.modelOf(body, match);
    if (model !== undefined) rec.model = recordableModel(model, deps.engineFor(loaded));
    gateModel(policy, adapter.id, route.endpoint, model, route.body === 'json' ? body : undefined);
    // OpenRouter falls back along `models` when the first model fails: each one must pass the gate.
    if (route.body === 'json' && body.models !== undefined) gateFallbackModels(policy, adapter.id, route.endpoint, body.models);
    rec.stream = route.isStream(body, url, match);
    if (deps.audit.healthy && !deps.audit.healthy()) {
      throw new PledgeError('audit_unavailable', 'The audit trail is unavailable; request refused (fail closed).', 'audit_unavailable');
    }

    const vault = createVault();
    if (route.body === 'json') redactBody(deps, adapter, loaded, body, vault, rec);

    if (policy.no_training.enforce) {
      const nt = await adapter.noTraining(body, route, { pseudonymize: deps.pseudonymize, options: deps.upstreamOptions?.[adapter.id] ?? {} });
      rec.noTraining.push(...nt.actions);
      if (nt.user !== undefined) rec.user = nt.user;
    }
    return await forwardAndRespond(deps, adapter, { req, url, relPath, route, body, vault, tenant, rec, presented });
  } catch (err) {
    const deep = tooDeep(err, parsed);
    const e = deep ?? toPledgeError(err);
    if (!(err instanceof PledgeError) && !deep) deps.logger.error({ msg: 'internal_error', request_id: requestId, error: err instanceof Error ? err.name : 'unknown' });
    rec.status = e.status;
    rec.outcome = e.reason === 'client_abort' ? 'client_abort'
      : e.code === 'upstream_unreachable' || e.code === 'upstream_timeout' ? 'upstream_error' : e.status >= 500 ? 'error' : 'refused';
    rec.refusal = e.reason;
    finishRecord(deps, rec);
    return errorOutput(adapter, e, requestId);
  }
}

function redactBody(deps: Deps, adapter: ProviderAdapter, loaded: NonNullable<RequestRecord['policy']>, body: JsonObject, vault: Vault, rec: RequestRecord): void {
  const policy = loaded.policy;
  let nonText: number;
  try {
    nonText = redactRequestBody(body, adapter, deps.engineFor(loaded), vault).nonTextParts;
  } catch (err) {
    const deep = tooDeep(err, body);
    if (deep) throw deep;
    // Fail closed: a detector fault must never let text go upstream unredacted.
    throw new PledgeError('internal', 'Redaction failed; nothing was sent upstream.', 'redaction_failed');
  }
  Object.assign(rec.redactions, vault.counts);
  if (nonText > 0 && policy.redaction.non_text_parts === 'refuse') {
    throw new PledgeError('refused', 'Images, audio and documents are not scanned for personal data and are refused by policy.', 'non_text_part');
  }
  if (vault.blocked.length > 0) {
    throw new PledgeError('blocked_content', `The request contains ${vault.blocked.join(', ')}, which policy "${policy.name}" blocks.`, 'blocked_entity');
  }
}

interface Prepared {
  req: ProxyInput;
  url: URL;
  relPath: string;
  route: RouteDef;
  body: JsonObject;
  vault: Vault;
  tenant: Tenant;
  rec: RequestRecord;
  presented: string | undefined;
}

async function forwardAndRespond(deps: Deps, adapter: ProviderAdapter, p: Prepared): Promise<ProxyOutput> {
  const policy = p.rec.policy!.policy;
  // Open mode: the client's key is the provider key. Tenant keys: the credential Pledge holds,
  // or else the provider key the client passes in `x-pledge-upstream-key`.
  const credential = p.tenant.passthrough
    ? p.presented
    : (p.tenant.upstreamCredential?.(adapter.id) ?? p.req.headers.get('x-pledge-upstream-key') ?? undefined);
  const { headers, actions } = buildUpstreamHeaders(adapter, p.req.headers, credential, {
    contentUsage: policy.no_training.content_usage_header,
    hasBody: p.route.body === 'json',
  });
  p.rec.noTraining.push(...actions);
  const target = upstreamUrl(deps, adapter, policy, p.relPath, p.url);
  const timeoutMs = deps.upstreamTimeoutMs ?? policy.limits.upstream_timeout_ms;
  const init = p.route.body === 'json'
    ? { method: p.route.method, headers, body: JSON.stringify(p.body) }
    : { method: p.route.method, headers };
  const upstream = await forwardUpstream(deps.fetch, target, init, { timeoutMs, clientSignal: p.req.signal, now: deps.now });
  p.rec.upstreamMs = upstream.headersMs;
  p.rec.status = upstream.response.status;
  if (upstream.response.status >= 400) p.rec.outcome = 'upstream_error';
  const tracker = createDecisionTracker(deps, adapter, upstream.response.ok ? policy.decisions : [], p.rec, policy.limits.max_response_bytes);
  const isSse = (upstream.response.headers.get('content-type') ?? '').includes('text/event-stream');
  if (isSse && upstream.response.body) return respondStream(deps, adapter, p.vault, p.rec, upstream, tracker, p.req.signal);
  return respondJson(deps, adapter, p.vault, p.rec, upstream, tracker, p.req.signal);
}
