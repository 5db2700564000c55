import { createOpenAIAdapter } from '../openai/index.ts';
import type { ProviderAdapter } from '../types.ts';
import type { CompatUpstream } from './config.ts';
import { compatNoTraining } from './no-training.ts';

export { parseCompatUpstreams, type CompatUpstream } from './config.ts';

/**
 * One OpenAI-compatible upstream as an adapter: OpenAI's routes, text, stream and tool-call data
 * under `/compat/{name}/v1`, with the upstream's own no-training rewrites. When the upstream
 * declares a credential, Pledge sends that key upstream instead of whatever the client presented.
 */
export function createCompatAdapter(up: CompatUpstream): ProviderAdapter {
  const base = createOpenAIAdapter({ id: up.id, prefix: `/compat/${up.name}/v1` });
  return {
    ...base,
    // Only auth and idempotency: OpenAI organization and project ids are not for a third party.
    upstreamHeaders(incoming, credential) {
      const h: Record<string, string> = {};
      const key = up.credential ?? credential;
      if (key) h.authorization = `Bearer ${key}`;
      const idem = incoming.get('idempotency-key');
      if (idem !== null) h['idempotency-key'] = idem;
      return h;
    },
    noTraining: compatNoTraining(up.rewrites, up.force),
  };
}

/** What runtime entries merge into deps: adapters, upstream base URLs and per-upstream options. */
export interface CompatWiring {
  adapters: ProviderAdapter[];
  upstreams: Record<string, string>;
  upstreamOptions: Record<string, Record<string, unknown>>;
}

export function compatWiring(list: readonly CompatUpstream[]): CompatWiring {
  return {
    adapters: list.map(createCompatAdapter),
    upstreams: Object.fromEntries(list.map((u) => [u.id, u.baseUrl])),
    // Informational (admin and reports): the adapters already carry their rewrites.
    upstreamOptions: Object.fromEntries(list.map((u) => [u.id, { rewrites: u.rewrites.map((r) => ({ ...r })), force: u.force }])),
  };
}
