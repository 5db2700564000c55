import { upstreamsFromConfig, type Config } from '../config.ts';
import { anthropicAdapter } from './anthropic/index.ts';
import { azureAdapter } from './azure/index.ts';
import { compatWiring, parseCompatUpstreams } from './compat/index.ts';
import { geminiAdapter } from './gemini/index.ts';
import { openaiAdapter } from './openai/index.ts';
import type { ProviderAdapter } from './types.ts';

/** The first-party providers every deployment serves. Configured upstreams (Azure, compat) are added at startup. */
export const builtinAdapters: readonly ProviderAdapter[] = [openaiAdapter, anthropicAdapter, geminiAdapter];

/** Everything provider-related that runtime entries put into deps, built once from configuration. */
export interface ProviderWiring {
  adapters: readonly ProviderAdapter[];
  upstreams: Record<string, string>;
  upstreamOptions: Record<string, Record<string, unknown>>;
}

/**
 * Built-in adapters, plus Azure when PLEDGE_AZURE_UPSTREAM is set, plus one adapter per upstream
 * declared in PLEDGE_COMPAT_UPSTREAMS. Throws ConfigError (at startup) on a bad declaration or a
 * credentialRef whose secret `readSecret` cannot find.
 */
export function providersFromConfig(config: Config, readSecret: (name: string) => string | undefined): ProviderWiring {
  const compat = compatWiring(parseCompatUpstreams(config.PLEDGE_COMPAT_UPSTREAMS, readSecret));
  return {
    adapters: [...builtinAdapters, ...(config.PLEDGE_AZURE_UPSTREAM ? [azureAdapter] : []), ...compat.adapters],
    upstreams: { ...upstreamsFromConfig(config), ...compat.upstreams },
    upstreamOptions: compat.upstreamOptions,
  };
}
