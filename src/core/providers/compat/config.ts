import { z } from 'zod';
import { ConfigError } from '../../config.ts';
import { httpBaseUrl } from '../../util/http-base-url.ts';

/**
 * OpenAI-compatible upstreams declared in configuration (PLEDGE_COMPAT_UPSTREAMS), e.g.
 *
 *   [{"name":"openrouter","baseUrl":"https://openrouter.ai/api/v1","credentialRef":"OPENROUTER_API_KEY","noTraining":"openrouter"},
 *    {"name":"vllm","baseUrl":"http://10.0.0.5:8000/v1"}]
 *
 * Each is served at `/compat/{name}/v1` with provider id `compat:{name}`. `credentialRef` names a
 * secret (env var or Worker secret) holding the upstream key; without it the client's key (or the
 * tenant's credential) passes through. `noTraining` is a preset name or
 * `{ preset?, rewrites?: [{ path, value, name?, endpoints? }], force? }`: body rewrites applied on
 * every request while the policy enforces no-training. `force` (default true) overrides a client
 * that asks for something else, e.g. OpenRouter `data_collection: "allow"`; each override is
 * recorded as `<name>_overridden`.
 */

const SEGMENT = /^[A-Za-z_][\w-]*$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const segment = z.string().regex(SEGMENT, 'use a plain JSON key').refine((s) => !FORBIDDEN.has(s), 'reserved key');

export const rewriteSchema = z
  .object({
    /** JSON path of the field to set, e.g. ["provider","data_collection"]. */
    path: z.array(segment).min(1).max(4),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    /** Base of the audit action names: `<name>_set`, `<name>_overridden`, `<name>_client_kept`. */
    name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'use lowercase letters, digits and _').optional(),
    /** Endpoints the rewrite applies to (default: every endpoint with a JSON body). */
    endpoints: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type RewriteInput = z.infer<typeof rewriteSchema>;

export interface BodyRewrite {
  path: readonly string[];
  value: string | number | boolean | null;
  name: string;
  endpoints?: readonly string[];
}

/** Presets as data. Add a row to support another upstream's no-training switch. */
export const NO_TRAINING_PRESETS = {
  none: [],
  /** OpenRouter provider routing: only providers that do not collect data, and only ZDR endpoints. */
  openrouter: [
    { path: ['provider', 'data_collection'], value: 'deny', name: 'data_collection' },
    { path: ['provider', 'zdr'], value: true, name: 'zdr' },
  ],
  /** Servers that implement OpenAI's stored completions (`store`). */
  openai: [{ path: ['store'], value: false, name: 'store', endpoints: ['chat.completions', 'responses'] }],
} as const satisfies Record<string, readonly BodyRewrite[]>;

const presetName = z.enum(Object.keys(NO_TRAINING_PRESETS) as [keyof typeof NO_TRAINING_PRESETS, ...(keyof typeof NO_TRAINING_PRESETS)[]]);

const noTrainingSchema = z.union([
  presetName,
  z.object({ preset: presetName.optional(), rewrites: z.array(rewriteSchema).optional(), force: z.boolean().optional() }).strict(),
]);

export const COMPAT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const upstreamSchema = z
  .object({
    name: z.string().regex(COMPAT_NAME, 'use lowercase letters, digits, - and _ (the URL is /compat/{name}/v1)'),
    baseUrl: httpBaseUrl,
    credentialRef: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of a secret, e.g. OPENROUTER_API_KEY').optional(),
    noTraining: noTrainingSchema.default('none'),
  })
  .strict();

export const compatUpstreamsSchema = z.array(upstreamSchema).max(50);

export interface CompatUpstream {
  name: string;
  /** Provider id in policies and audit: `compat:<name>`. */
  id: string;
  baseUrl: string;
  /** The resolved secret (never logged), when the upstream declares a credentialRef. */
  credential?: string;
  rewrites: readonly BodyRewrite[];
  /** Override client values that differ from the rewrite (default true). */
  force: boolean;
}

function resolveRewrites(nt: z.infer<typeof noTrainingSchema>): { rewrites: BodyRewrite[]; force: boolean } {
  const spec = typeof nt === 'string' ? { preset: nt } : nt;
  const preset: readonly BodyRewrite[] = spec.preset ? NO_TRAINING_PRESETS[spec.preset] : [];
  const custom = (spec.rewrites ?? []).map((r) => ({ ...r, name: r.name ?? r.path.join('_').toLowerCase() }));
  return { rewrites: [...preset, ...custom], force: spec.force ?? true };
}

const where = (i: number, name?: string) => `PLEDGE_COMPAT_UPSTREAMS[${i}]${name ? ` (${JSON.stringify(name)})` : ''}`;

/**
 * Parse and resolve the declared upstreams, once at startup. Throws a ConfigError naming the
 * entry and the fix: bad JSON, a bad field, a duplicate name, or a credentialRef whose secret is
 * not set (so the failure is at startup, not a 500 at request time). Secret values never appear
 * in messages.
 */
export function parseCompatUpstreams(json: string | undefined, readSecret: (name: string) => string | undefined): CompatUpstream[] {
  if (json === undefined || json.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError('Invalid configuration:\n  PLEDGE_COMPAT_UPSTREAMS: not valid JSON; expected a list like [{"name":"openrouter","baseUrl":"https://openrouter.ai/api/v1","credentialRef":"OPENROUTER_API_KEY","noTraining":"openrouter"}]');
  }
  const parsed = compatUpstreamsSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const [idx, ...rest] = i.path;
      const at = typeof idx === 'number' ? `${where(idx)}${rest.length ? `.${rest.join('.')}` : ''}` : 'PLEDGE_COMPAT_UPSTREAMS';
      return `  ${at}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const seen = new Set<string>();
  const errors: string[] = [];
  const out: CompatUpstream[] = [];
  parsed.data.forEach((u, i) => {
    if (seen.has(u.name)) errors.push(`  ${where(i, u.name)}.name: declared twice; each upstream needs its own name`);
    seen.add(u.name);
    let credential: string | undefined;
    if (u.credentialRef !== undefined) {
      credential = readSecret(u.credentialRef);
      if (credential === undefined || credential === '') {
        errors.push(
          `  ${where(i, u.name)}.credentialRef: the secret ${u.credentialRef} is not set; set it (environment variable, or \`wrangler secret put ${u.credentialRef}\` on Workers) or remove credentialRef to pass the client's key through`,
        );
      }
    }
    const { rewrites, force } = resolveRewrites(u.noTraining);
    out.push({ name: u.name, id: `compat:${u.name}`, baseUrl: u.baseUrl, rewrites, force, ...(credential && { credential }) });
  });
  if (errors.length > 0) throw new ConfigError(`Invalid configuration:\n${errors.join('\n')}`);
  return out;
}
