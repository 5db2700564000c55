import type { RouteDef } from '../types.ts';

/**
 * Gemini's REST routes, relative to the `/gemini` prefix. The model is in the path:
 * `/v1beta/models/{model}:{method}` (@google/generative-ai) or `/v1/models/{model}:{method}`
 * (@google/genai). The model segment admits identifier characters only, so no URL, slash, `%`
 * or query can ride in it; `..` and other odd names are then refused by the policy gate.
 */
const method = (name: string, endpoint: string, stream = false): RouteDef => ({
  method: 'POST',
  pattern: new RegExp(`^/(v1beta|v1|v1alpha)/models/([\\w.-]{1,200}):${name}$`),
  endpoint,
  body: 'json',
  isStream: () => stream,
  modelOf: (_body, match) => match[2],
});

export const geminiRoutes: readonly RouteDef[] = [
  method('generateContent', 'generateContent'),
  method('streamGenerateContent', 'generateContent', true),
  method('countTokens', 'countTokens'),
  method('embedContent', 'embedContent'),
  // @google/genai's models.embedContent calls batchEmbedContents on the Gemini API.
  method('batchEmbedContents', 'embedContent'),
  // Creating a tuned model trains on the request's examples: routed so the policy can refuse it.
  { method: 'POST', pattern: /^\/(v1beta|v1)\/tunedModels$/, endpoint: 'tunedModels', body: 'json', isStream: () => false, modelOf: () => undefined },
];
