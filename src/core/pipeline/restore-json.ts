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
 * Restore a whole JSON response body, given its text and its parse (`undefined` when it is not
 * JSON). Bytes pass through untouched when this request vaulted nothing or no placeholder is in
 * the body. When every value put back reads the same JSON-escaped (no quote, backslash, control
 * character or surrogate: names, emails, phones, card numbers), the placeholders are replaced in the text
 * itself, which is right at any depth, tool-call arguments included, and keeps upstream's bytes
 * and formatting. Otherwise the parsed value is walked and re-serialised.
 */
export function restoreJsonBody(text: string, parsed: unknown, adapter: ProviderAdapter, vault: Vault): string {
  if (vault.size === 0 || !text.includes('[')) return text;
  if (parsed === undefined) return vault.restore(text);
  // A `\u` escape could spell part of a placeholder, which only the parse sees.
  if (!text.includes('\\u')) {
    const raw = vault.restoreInJsonText(text);
    if (raw !== undefined) return raw;
  }
  return JSON.stringify(restoreJsonValue(parsed, adapter, vault));
}
