import type { ProviderAdapter } from '../types.ts';
import { geminiError } from './errors.ts';
import { geminiNoTraining } from './no-training.ts';
import { geminiRoutes } from './routes.ts';
import { geminiStream } from './stream.ts';
import { geminiText } from './text.ts';
import { geminiToolCallsFromResponse, geminiToolCallsFromStreamEvent, geminiUsage } from './tool-calls.ts';

/** `x-goog-api-key`, or the `?key=` query parameter (moved to the header upstream, never forwarded). */
export function readGeminiKey(req: Request, url: URL): string | undefined {
  return req.headers.get('x-goog-api-key') || url.searchParams.get('key') || undefined;
}

export const geminiAdapter: ProviderAdapter = {
  id: 'gemini',
  prefix: '/gemini',
  routes: geminiRoutes,
  readCredential: readGeminiKey,
  upstreamHeaders(_incoming, credential) {
    const h = new Headers();
    if (credential) h.set('x-goog-api-key', credential);
    return h;
  },
  secretQueryParams: ['key'],
  text: geminiText,
  stream: geminiStream,
  noTraining: geminiNoTraining,
  error: geminiError,
  toolCalls: { fromResponse: geminiToolCallsFromResponse, fromStreamEvent: geminiToolCallsFromStreamEvent },
  usage: geminiUsage,
};
