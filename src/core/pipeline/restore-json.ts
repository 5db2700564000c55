import type { ProviderAdapter } from '../providers/types.ts';
import type { Vault } from '../redact/vault.ts';
import { lastKey, walkStrings } from './walk-json.ts';

/**
 * Restore placeholders in a whole JSON value in place. Strings under JSON-encoded keys
 * (tool-call arguments) get JSON-escaped values so the arguments stay valid JSON.
 */
export function restoreJsonValue(value: unknown, adapter: ProviderAdapter, vault: Vault): unknown {
  const { jsonEncodedKeys } = adapter.text;
  return walkStrings(value, (s, path) => {
    if (!s.includes('[')) return s;
    const key = lastKey(path);
    return key !== undefined && jsonEncodedKeys.has(key) ? vault.restoreJsonEscaped(s) : vault.restore(s);
  });
}

/**
 * Restore a whole JSON response body. Bytes pass through untouched when this request vaulted
 * nothing or the body holds no `[`, so the client gets exactly what upstream sent.
 */
export function restoreJsonText(text: string, adapter: ProviderAdapter, vault: Vault): string {
  if (vault.size === 0 || !text.includes('[')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return vault.restore(text);
  }
  return JSON.stringify(restoreJsonValue(parsed, adapter, vault));
}
