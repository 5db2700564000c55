import type { IncomingHeaders, ProviderAdapter } from '../types.ts';
import { geminiError } from './errors.ts';
import { geminiNoTraining } from './no-training.ts';
import { geminiRoutes } from './routes.ts';
import { geminiStream } from './stream.ts';
import { geminiText } from './text.ts';
import { geminiToolCallsFromResponse, geminiToolCallsFromStreamEvent, geminiUsage } from './tool-calls.ts';

/** `x-goog-api-key`, or the `?key=` query parameter (moved to the header upstream, never forwarded). */
export function readGeminiKey(headers: IncomingHeaders, url: URL): string | undefined {
  return headers.get('x-goog-api-key') || url.searchParams.get('key') || undefined;
}

export const geminiAdapter: ProviderAdapter = {
  id: 'gemini',
  prefix: '/gemini',
  routes: geminiRoutes,
  readCredential: readGeminiKey,
  upstreamHeaders(_incoming, credential): Record<string, string> {
    return credential ? { 'x-goog-api-key': credential } : {};
  },
  secretQueryParams: ['key'],
  text: geminiText,
  stream: geminiStream,
  noTraining: geminiNoTraining,
  error: geminiError,
  toolCalls: { fromResponse: geminiToolCallsFromResponse, fromStreamEvent: geminiToolCallsFromStreamEvent },
  usage: geminiUsage,
};
