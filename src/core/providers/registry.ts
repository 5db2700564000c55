import { anthropicAdapter } from './anthropic/index.ts';
import { geminiAdapter } from './gemini/index.ts';
import { openaiAdapter } from './openai/index.ts';
import type { ProviderAdapter } from './types.ts';

/** The first-party providers every deployment serves. Configured upstreams (Azure, compat) are added at startup. */
export const builtinAdapters: readonly ProviderAdapter[] = [openaiAdapter, anthropicAdapter, geminiAdapter];
