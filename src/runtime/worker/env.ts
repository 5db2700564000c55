import { ConfigError, parseConfig, type Config } from '../../core/config.ts';

export type WorkerConfig = Config & { PLEDGE_SECRET: string; PLEDGE_ADMIN_TOKEN: string };
export type EnvCheck = { ok: true; config: WorkerConfig } | { ok: false; problems: string[] };

const SECRETS = ['PLEDGE_SECRET', 'PLEDGE_ADMIN_TOKEN'] as const;

const isNamespace = (v: unknown): boolean => typeof v === 'object' && v !== null && typeof (v as { idFromName?: unknown }).idFromName === 'function';

/**
 * Checks the Worker's bindings before anything serves traffic. Every problem is named (never a
 * value), with the command that fixes it, so `wrangler tail` or the 503 body says what to do.
 */
export function checkWorkerEnv(env: Readonly<Record<string, unknown>>): EnvCheck {
  const problems: string[] = [];
  for (const name of SECRETS) {
    const v = env[name];
    if (typeof v !== 'string' || v === '') problems.push(`secret ${name} is not set (npx wrangler secret put ${name})`);
  }
  if (!isNamespace(env.PLEDGE_STORE)) problems.push('Durable Object binding PLEDGE_STORE is missing (see [[durable_objects.bindings]] in wrangler.toml)');
  let config: Config | undefined;
  try {
    config = parseConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.message.split('\n').slice(1).map((line) => line.trim()));
  }
  if (problems.length > 0 || !config) return { ok: false, problems };
  return { ok: true, config: config as WorkerConfig };
}

export const misconfiguredMessage = (problems: readonly string[]) => `Pledge is not configured, so it serves nothing: ${problems.join('; ')}.`;
