import { openaiNoTraining } from '../openai/no-training.ts';
import { openaiStream } from '../openai/stream.ts';
import { openaiText } from '../openai/text.ts';
import { openaiToolCallsFromResponse, openaiToolCallsFromStreamEvent, openaiUsage } from '../openai/tool-calls.ts';
import { readBearer } from '../openai/index.ts';
import type { ProviderAdapter } from '../types.ts';
import { checkApiVersion } from './api-version.ts';
import { azureUpstreamBase } from './upstream-base.ts';
import { azureError, azureErrorEvent } from './errors.ts';
import { azureRoutes, isV1Path } from './routes.ts';

/**
 * Azure OpenAI: OpenAI's wire format behind Azure's paths, `api-version` and auth headers.
 * Clients point the AzureOpenAI SDK's `endpoint` at `http://HOST:PORT/azure`; the upstream is the
 * resource endpoint from PLEDGE_AZURE_UPSTREAM (e.g. https://my-resource.openai.azure.com), and the
 * path after `/azure` is forwarded unchanged with its `api-version`.
 *
 * No-training: `store:false` is forced and chat `metadata` dropped (OpenAI's rewrites; Azure does
 * not train on prompts but stored completions are kept). Azure's abuse-monitoring retention has no
 * per-request switch: the policy's attested `modified_abuse_monitoring` term is recorded in every
 * audit event, and requests without it count as unattested in the compliance report.
 */
const BEARER = /^Bearer\s+\S+$/i;

export function createAzureAdapter(opts: { id?: string; prefix?: string } = {}): ProviderAdapter {
  const prefix = opts.prefix ?? '/azure';
  return {
    id: opts.id ?? 'azure',
    prefix,
    routes: azureRoutes,
    /** `api-key` (key auth) or `Authorization: Bearer` (Entra ID token). */
    readCredential: (headers) => headers.get('api-key') ?? readBearer(headers),
    /** Forward the credential as the kind the client used: an Entra token stays a bearer token. */
    upstreamHeaders(incoming, credential): Record<string, string> {
      if (!credential) return {};
      // An Entra token stays a bearer token; a key goes as `api-key`.
      if (!incoming.has('api-key') && BEARER.test(incoming.get('authorization') ?? '')) return { authorization: `Bearer ${credential}` };
      return { 'api-key': credential };
    },
    secretQueryParams: [],
    upstreamBase: azureUpstreamBase,
    validate: (url) => checkApiVersion(url, isV1Path(url.pathname.slice(prefix.length))),
    text: openaiText,
    stream: { ...openaiStream, errorEvent: azureErrorEvent },
    noTraining: openaiNoTraining,
    error: azureError,
    toolCalls: { fromResponse: openaiToolCallsFromResponse, fromStreamEvent: openaiToolCallsFromStreamEvent },
    usage: openaiUsage,
  };
}

export const azureAdapter = createAzureAdapter();
