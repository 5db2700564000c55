import { anthropicAdapter } from './anthropic/index.ts';
import { geminiAdapter } from './gemini/index.ts';
import { openaiAdapter } from './openai/index.ts';
import type { ProviderAdapter } from './types.ts';

/** The providers Pledge serves out of the box. Runtime entries pass these to `createApp` via deps. */
export const builtinAdapters: readonly ProviderAdapter[] = [openaiAdapter, anthropicAdapter, geminiAdapter];
