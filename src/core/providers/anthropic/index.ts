import type { IncomingHeaders, ProviderAdapter } from '../types.ts';
import { anthropicError } from './errors.ts';
import { anthropicNoTraining } from './no-training.ts';
import { anthropicRoutes } from './routes.ts';
import { anthropicStream } from './stream.ts';
import { anthropicText } from './text.ts';
import { anthropicToolCallsFromResponse, anthropicToolCallsFromStreamEvent, anthropicUsage } from './tool-calls.ts';

/** Client headers forwarded upstream; everything else (IPs, cookies, forwarding) is dropped. */
const PASS_HEADERS = ['anthropic-version', 'anthropic-beta', 'idempotency-key'];

/** `x-api-key`, or `Authorization: Bearer` (what @anthropic-ai/sdk 1.x sends). */
export function readAnthropicKey(headers: IncomingHeaders): string | undefined {
  const key = headers.get('x-api-key');
  if (key) return key;
  const m = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '');
  return m?.[1];
}

export const anthropicAdapter: ProviderAdapter = {
  id: 'anthropic',
  prefix: '/anthropic',
  routes: anthropicRoutes,
  readCredential: (headers) => readAnthropicKey(headers),
  upstreamHeaders(incoming, credential) {
    const h: Record<string, string> = {};
    for (const name of PASS_HEADERS) {
      const v = incoming.get(name);
      if (v !== null) h[name] = v;
    }
    // API keys go as x-api-key; OAuth access tokens are only accepted as a bearer token.
    if (credential?.startsWith('sk-ant-oat')) h.authorization = `Bearer ${credential}`;
    else if (credential) h['x-api-key'] = credential;
    return h;
  },
  secretQueryParams: [],
  text: anthropicText,
  stream: anthropicStream,
  noTraining: anthropicNoTraining,
  error: anthropicError,
  toolCalls: { fromResponse: anthropicToolCallsFromResponse, fromStreamEvent: anthropicToolCallsFromStreamEvent },
  usage: anthropicUsage,
};
