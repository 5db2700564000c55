import type { ErrorShape } from '../types.ts';
import { azureError } from './errors.ts';

/**
 * Azure OpenAI API versions: a date, optionally `-preview` (`2024-10-21`, `2025-04-01-preview`).
 * The openai SDK's AzureOpenAI has no default and sends whatever the caller sets, so we accept
 * any well-formed version from the first data-plane release (2022-12-01) on, and let Azure itself
 * say whether it still serves that version. The `/openai/v1` form needs no version (Azure's v1
 * API is unversioned); when one is given there it must be a dated version, `preview` or `latest`.
 */
const DATED = /^(\d{4})-(\d{2})-(\d{2})(?:-preview)?$/;
const V1_ALIASES: ReadonlySet<string> = new Set(['preview', 'latest']);
const FIRST = '2022-12-01';

export function isSupportedApiVersion(version: string): boolean {
  const m = DATED.exec(version);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real && `${m[1]}-${m[2]}-${m[3]}` >= FIRST;
}

/** Azure's own 400 for a missing or unsupported `api-version`, or null when the request may proceed. */
export function checkApiVersion(url: URL, v1Form: boolean): ErrorShape | null {
  const all = url.searchParams.getAll('api-version');
  if (all.length === 0) {
    if (v1Form) return null;
    return azureError(400, "Missing required query parameter 'api-version'. Use e.g. ?api-version=2024-10-21.", 'MissingApiVersionParameter');
  }
  const v = all[0]!;
  const ok = all.length === 1 && (isSupportedApiVersion(v) || (v1Form && V1_ALIASES.has(v)));
  if (ok) return null;
  const shown = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v.replace(/[^\x20-\x7e]/g, '?'));
  return azureError(400, `API version not supported: ${shown}. Use a dated version such as 2024-10-21 or 2025-04-01-preview.`, 'UnsupportedApiVersion');
}
