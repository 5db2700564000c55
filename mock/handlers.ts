import { anthropicRoutes } from './anthropic.ts';
import { azureRoutes } from './azure.ts';
import { geminiRoutes } from './gemini.ts';
import { openrouterRoutes } from './openrouter.ts';
import type { MockHandler } from './types.ts';

/** Every provider's mock routes besides OpenAI's (which the server always serves under /v1). */
export function allMockHandlers(): MockHandler[] {
  return [anthropicRoutes(), geminiRoutes(), azureRoutes(), openrouterRoutes().handler];
}
