import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadPolicies, type PolicyRegistry, type PolicySource } from '../../core/policy/registry.ts';
import type { LoadedPolicy } from '../../core/policy/schema.ts';

const NAME_RE = /^[a-z0-9][a-z0-9_-]*$/;

export type PolicyRef = { ok: true; path: string } | { ok: false; error: string };

/**
 * PLEDGE_POLICY is either a policy name (a file under policies/) or a path to a .yaml file.
 * Anything else is refused, in particular `..` segments, so the variable cannot be used to read
 * arbitrary files (`../../etc/passwd`).
 */
export function resolvePolicyRef(value: string | undefined, opts: { policiesDir: string; cwd: string }): PolicyRef {
  const v = value === undefined || value === '' ? 'default' : value;
  const shown = JSON.stringify(v.length > 100 ? `${v.slice(0, 100)}…` : v);
  const refuse = (why: string): PolicyRef => ({
    ok: false,
    error: `PLEDGE_POLICY: ${shown} is refused: ${why}; use a policy name such as default (a file under ${opts.policiesDir}) or a path to a .yaml file`,
  });
  if (NAME_RE.test(v)) return { ok: true, path: path.join(opts.policiesDir, `${v}.yaml`) };
  if (/[\0\r\n]/.test(v)) return refuse('it contains control characters');
  if (v.split(/[\\/]/).includes('..')) return refuse("'..' is not allowed in a policy path");
  if (!/\.ya?ml$/i.test(v)) return refuse('it is neither a policy name (lowercase letters, digits, - and _) nor a .yaml file');
  return { ok: true, path: path.resolve(opts.cwd, v) };
}

export type ReloadResult = { ok: true; names: string[]; warnings: string[] } | { ok: false; errors: string[] };

export interface NodePolicyRegistry extends PolicyRegistry {
  /** Re-read every policy. On any error the previous set stays in force and the errors are returned. */
  reload(): Promise<ReloadResult>;
  /** Reload on SIGHUP and/or when a file under the policies directory changes. Returns a stop function. */
  watch(opts?: { signal?: boolean; files?: boolean; onReload?: (r: ReloadResult) => void }): () => void;
  /** Warnings from the last successful load (e.g. gemini without paid terms). */
  warnings(): string[];
}

export interface PolicyLoaderOptions {
  /** The PLEDGE_POLICY value. */
  policy?: string | undefined;
  /** Defaults to `<cwd>/policies`. */
  policiesDir?: string | undefined;
  cwd?: string | undefined;
}

interface Snapshot {
  policies: Map<string, LoadedPolicy>;
  fallback: LoadedPolicy;
  warnings: string[];
}

async function readSources(policiesDir: string, extra: string, cwd: string): Promise<PolicySource[]> {
  const entries = await readdir(policiesDir).catch(() => [] as string[]);
  const paths = entries.filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => path.join(policiesDir, f));
  if (!paths.includes(extra)) paths.push(extra);
  return Promise.all(
    paths.map(async (p) => ({ file: path.relative(cwd, p) || p, text: await readFile(p, 'utf8') })),
  );
}

async function loadSnapshot(policiesDir: string, ref: string, cwd: string): Promise<{ ok: true; snapshot: Snapshot } | { ok: false; errors: string[] }> {
  const info = await stat(ref).catch(() => undefined);
  if (!info?.isFile()) return { ok: false, errors: [`PLEDGE_POLICY: ${path.relative(cwd, ref) || ref} does not exist or is not a file`] };
  let sources: PolicySource[];
  try {
    sources = await readSources(policiesDir, ref, cwd);
  } catch (err) {
    return { ok: false, errors: [`cannot read policies: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const r = await loadPolicies(sources);
  if (!r.ok) return r;
  const refLabel = path.relative(cwd, ref) || ref;
  const fallback = [...r.policies.values()].find((p) => p.file === refLabel);
  if (!fallback) return { ok: false, errors: [`PLEDGE_POLICY: ${refLabel} did not load`] };
  return { ok: true, snapshot: { policies: r.policies, fallback, warnings: r.warnings } };
}

/**
 * Load every policy under policies/ (plus PLEDGE_POLICY if it is a path elsewhere). Throws when
 * the initial load fails: the proxy must not start without a valid policy.
 */
export async function createPolicyRegistry(opts: PolicyLoaderOptions = {}): Promise<NodePolicyRegistry> {
  const cwd = opts.cwd ?? process.cwd();
  const policiesDir = path.resolve(cwd, opts.policiesDir ?? 'policies');
  const ref = resolvePolicyRef(opts.policy, { policiesDir, cwd });
  if (!ref.ok) throw new Error(ref.error);
  const first = await loadSnapshot(policiesDir, ref.path, cwd);
  if (!first.ok) throw new Error(`policies failed to load:\n${first.errors.join('\n')}`);
  let current = first.snapshot;
  let pending: Promise<ReloadResult> = Promise.resolve({ ok: true, names: [], warnings: [] });

  const reloadOnce = async (): Promise<ReloadResult> => {
    const next = await loadSnapshot(policiesDir, ref.path, cwd);
    if (!next.ok) return next;
    current = next.snapshot; // one assignment: requests see the old set or the new one, never a mix
    return { ok: true, names: [...current.policies.keys()].sort(), warnings: current.warnings };
  };

  const registry: NodePolicyRegistry = {
    get: (name) => current.policies.get(name),
    getDefault: () => current.fallback,
    names: () => [...current.policies.keys()].sort(),
    warnings: () => [...current.warnings],
    // Serialized, so two quick reloads cannot finish out of order.
    reload: () => (pending = pending.then(reloadOnce, reloadOnce)),
    watch({ signal = true, files = true, onReload } = {}) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const trigger = () => {
        clearTimeout(timer);
        timer = setTimeout(() => void registry.reload().then((r) => onReload?.(r)), 100);
      };
      let watcher: FSWatcher | undefined;
      if (files) {
        try {
          watcher = fsWatch(policiesDir, trigger);
          watcher.on('error', () => watcher?.close());
        } catch {
          watcher = undefined; // no watch support (some containers): SIGHUP still works
        }
      }
      if (signal) process.on('SIGHUP', trigger);
      return () => {
        clearTimeout(timer);
        watcher?.close();
        if (signal) process.off('SIGHUP', trigger);
      };
    },
  };
  return registry;
}
