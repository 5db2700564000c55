import type { ReviewSink } from './types.ts';

export interface ReviewWebhookOptions {
  /** Where new items are announced (POST JSON `{id, tenant, rule, tool}`; never the arguments). */
  url: string;
  fetch: typeof fetch;
  timeoutMs?: number;
  /** Workers: keep the isolate alive until the POST finishes (`ctx.waitUntil`). */
  waitUntil?: (p: Promise<unknown>) => void;
  /** Called with a status or error name only, never a body. */
  onError?: (info: { status?: number; error?: string }) => void;
}

/**
 * Wraps a sink so each new item is also announced to a webhook. The POST is fire-and-forget: a
 * slow, failing or unreachable webhook never delays or fails the proxied request.
 */
export function withReviewWebhook<S extends ReviewSink>(sink: S, opts: ReviewWebhookOptions): S {
  const announce = async (payload: { id: string; tenant: string; rule: string; tool: string }) => {
    try {
      const res = await opts.fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
      });
      if (!res.ok) opts.onError?.({ status: res.status });
      await res.body?.cancel();
    } catch (err) {
      opts.onError?.({ error: err instanceof Error ? err.name : 'unknown' });
    }
  };
  const wrapped = Object.create(sink) as S;
  wrapped.create = async (item) => {
    await sink.create(item);
    const p = announce({ id: item.id, tenant: item.tenant, rule: item.rule, tool: item.tool });
    opts.waitUntil?.(p);
  };
  return wrapped;
}
