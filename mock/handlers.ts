import { anthropicRoutes } from './anthropic.ts';
import { geminiRoutes } from './gemini.ts';
import type { MockHandler } from './types.ts';

/** Every provider's mock routes besides OpenAI's (which the server always serves under /v1). */
export function allMockHandlers(): MockHandler[] {
  return [anthropicRoutes(), geminiRoutes()];
}
