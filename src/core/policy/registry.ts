import { parsePolicy } from './parse.ts';
import type { LoadedPolicy } from './schema.ts';

/** The policies a running proxy knows, by name. Swapped whole on reload, never half-loaded. */
export interface PolicyRegistry {
  /** The policy with this name (policies/<name>.yaml), or undefined. */
  get(name: string): LoadedPolicy | undefined;
  /** The policy used in local open mode and for keys that name no policy (PLEDGE_POLICY). */
  getDefault(): LoadedPolicy;
  names(): string[];
}

export type LoadResult = { ok: true; policies: Map<string, LoadedPolicy>; warnings: string[] } | { ok: false; errors: string[] };

export interface PolicySource {
  /** Label used in messages, e.g. policies/acme.yaml. */
  file: string;
  text: string;
}

/** Parse every source; all must pass and names must be unique, or nothing is returned. */
export async function loadPolicies(sources: readonly PolicySource[]): Promise<LoadResult> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const policies = new Map<string, LoadedPolicy>();
  for (const { file, text } of sources) {
    const r = await parsePolicy(text, file);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    warnings.push(...r.warnings);
    const clash = policies.get(r.value.policy.name);
    if (clash) errors.push(`${file}: name: "${r.value.policy.name}" is already used by ${clash.file}`);
    else policies.set(r.value.policy.name, r.value);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policies, warnings };
}

/** A registry over a fixed map, e.g. policies bundled into a Worker at build time. */
export function createStaticPolicyRegistry(policies: Map<string, LoadedPolicy>, defaultName: string): PolicyRegistry {
  const fallback = policies.get(defaultName);
  if (!fallback) throw new Error(`policy "${defaultName}" is not among the loaded policies (${[...policies.keys()].join(', ')})`);
  return {
    get: (name) => policies.get(name),
    getDefault: () => fallback,
    names: () => [...policies.keys()].sort(),
  };
}

/** Workers: build the registry from the bundled YAML texts (src/generated/policies.ts). */
export async function loadBundledPolicyRegistry(sources: Readonly<Record<string, string>>, defaultName = 'default'): Promise<PolicyRegistry> {
  const r = await loadPolicies(Object.entries(sources).map(([name, text]) => ({ file: `policies/${name}.yaml`, text })));
  if (!r.ok) throw new Error(`bundled policies are invalid:\n${r.errors.join('\n')}`);
  return createStaticPolicyRegistry(r.policies, defaultName);
}
