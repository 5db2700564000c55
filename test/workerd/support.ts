import { env, exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { AuditRecord } from '../../src/core/audit/chain.ts';
import { STORE_NAME } from '../../src/runtime/worker/store/pledge-store.ts';
import { remoteStore } from '../../src/runtime/worker/store/store-client.ts';

export const EMAIL = 'sneha.rao+crm@example.co.in';
export const PROMPT = `Please follow up with ${EMAIL} about the renewal; cc ${EMAIL}.`;
export const BASE = 'https://pledge.test';

/**
 * SDKs get this as their `fetch`: every call goes into the Worker's own fetch handler. Like the
 * network, the body is sent to the end even if the client stops reading (SDKs cancel right after
 * `[DONE]`, which in-process would look like a client abort).
 */
export const viaWorker: typeof fetch = async (input, init) => {
  const res = await exports.default.fetch(new Request(input, init));
  if (!res.body) return res;
  const source = res.body.getReader();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const sink = writable.getWriter();
  void (async () => {
    let open = true;
    for (;;) {
      const { done, value } = await source.read();
      if (done) break;
      // After the client cancels, keep draining, as the runtime keeps writing to a socket.
      if (open) await sink.write(value).catch(() => (open = false));
    }
    if (open) await sink.close().catch(() => {});
  })();
  return new Response(readable, res);
};

export interface Received {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  raw: string;
}

/** What the mock provider (Node, globalSetup) has received so far. */
export async function received(): Promise<Received[]> {
  const res = await fetch(env.INSPECT_URL);
  return ((await res.json()) as { received: Received[] }).received;
}

/** Requests that came through Pledge (it adds Content-Usage), as opposed to direct baselines. */
export const throughPledge = (all: Received[]) => all.filter((r) => r.headers['content-usage'] !== undefined);

export async function lastReceived(): Promise<Received> {
  return (await received()).at(-1)!;
}

/** The Worker's one PledgeStore object, as the Worker reaches it. */
export const storeStub = () => env.PLEDGE_STORE.get(env.PLEDGE_STORE.idFromName(STORE_NAME));

/** The audit record of one request, once its waitUntil write has landed in the Durable Object. */
export async function auditFor(requestId: string | null, ms = 3000): Promise<AuditRecord> {
  expect(requestId).toBeTruthy();
  const audit = remoteStore(storeStub, 'audit');
  const until = Date.now() + ms;
  for (;;) {
    const page = await audit.list({ order: 'desc', limit: 200 });
    const hit = page.records.find((r) => r.event.request_id === requestId);
    if (hit) return hit;
    if (Date.now() > until) throw new Error(`no audit event for ${requestId}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
