import type { IncomingHeaders, ProviderAdapter } from '../types.ts';
import { openaiError } from './errors.ts';
import { openaiNoTraining } from './no-training.ts';
import { openaiRoutes } from './routes.ts';
import { openaiStream } from './stream.ts';
import { openaiText } from './text.ts';
import { openaiToolCallsFromResponse, openaiToolCallsFromStreamEvent, openaiUsage } from './tool-calls.ts';

/** Client headers forwarded upstream; everything else (IPs, cookies, forwarding) is dropped. */
const PASS_HEADERS = ['openai-organization', 'openai-project', 'openai-beta', 'idempotency-key'];

export function readBearer(headers: IncomingHeaders): string | undefined {
  const auth = headers.get('authorization');
  if (!auth) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  return m?.[1];
}

export function createOpenAIAdapter(opts: { id?: string; prefix?: string } = {}): ProviderAdapter {
  return {
    id: opts.id ?? 'openai',
    prefix: opts.prefix ?? '/openai/v1',
    routes: openaiRoutes,
    readCredential: (headers) => readBearer(headers),
    upstreamHeaders(incoming, credential) {
      const h: Record<string, string> = {};
      for (const name of PASS_HEADERS) {
        const v = incoming.get(name);
        if (v !== null) h[name] = v;
      }
      if (credential) h.authorization = `Bearer ${credential}`;
      return h;
    },
    secretQueryParams: [],
    text: openaiText,
    stream: openaiStream,
    noTraining: openaiNoTraining,
    error: openaiError,
    toolCalls: { fromResponse: openaiToolCallsFromResponse, fromStreamEvent: openaiToolCallsFromStreamEvent },
    usage: openaiUsage,
  };
}

export const openaiAdapter = createOpenAIAdapter();
