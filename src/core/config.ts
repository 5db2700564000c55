import { z } from 'zod';
import { azureUpstreamBase } from './providers/azure/upstream-base.ts';
import { httpBaseUrl } from './util/http-base-url.ts';

/**
 * Environment → typed configuration, validated once at startup. Runtime entries pass their
 * env (process.env on Node, bindings on Workers); the core never reads process.env.
 */
const url = httpBaseUrl;

export const configSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.string().regex(/^\d{1,5}$/, 'must be a port number, 0-65535').transform(Number).pipe(z.number().int().max(65535, 'must be a port number, 0-65535')).default(8787),
  PLEDGE_DB: z.string().default('./data/pledge.db'),
  PLEDGE_POLICY: z.string().default('default'),
  PLEDGE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  PLEDGE_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PLEDGE_OPENAI_UPSTREAM: url.default('https://api.openai.com/v1'),
  PLEDGE_ANTHROPIC_UPSTREAM: url.default('https://api.anthropic.com'),
  PLEDGE_GEMINI_UPSTREAM: url.default('https://generativelanguage.googleapis.com'),
  PLEDGE_AZURE_UPSTREAM: url.optional(),
  /** JSON list of OpenAI-compatible upstreams: [{"name","baseUrl","credentialRef","noTraining"}]; see parseCompatUpstreams. */
  PLEDGE_COMPAT_UPSTREAMS: z.string().optional(),
  /** Optional: new review items are announced here (id, tenant, rule, tool; never arguments). */
  PLEDGE_REVIEW_WEBHOOK_URL: url.optional(),
  PLEDGE_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  PLEDGE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse the environment or throw one error that names every bad variable and why. */
export function parseConfig(env: Readonly<Record<string, unknown>>): Config {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const v = env[key];
    // Blank counts as unset (an empty or whitespace-only line in a compose or .env file).
    if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) picked[key] = v;
  }
  const r = configSchema.safeParse(picked);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Upstream base URL per built-in provider id. */
export function upstreamsFromConfig(config: Config): Record<string, string> {
  return {
    openai: config.PLEDGE_OPENAI_UPSTREAM,
    anthropic: config.PLEDGE_ANTHROPIC_UPSTREAM,
    gemini: config.PLEDGE_GEMINI_UPSTREAM,
    ...(config.PLEDGE_AZURE_UPSTREAM && { azure: azureUpstreamBase(config.PLEDGE_AZURE_UPSTREAM) }),
  };
}

/** OpenAI-compatible upstreams from PLEDGE_COMPAT_UPSTREAMS; throws ConfigError on a missing secret. */
export { parseCompatUpstreams, type CompatUpstream } from './providers/compat/config.ts';
