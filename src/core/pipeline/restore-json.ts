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
    const raw = vault.restore(text);
    if (raw === text) return text;
    // Placeholders hold none of these characters, so equal counts mean no value put back has one.
    if (escapeSensitive(raw) === escapeSensitive(text)) return raw;
  }
  return JSON.stringify(restoreJsonValue(parsed, adapter, vault));
}

/**
 * How many characters of `s` JSON.stringify would escape or that must not stand alone: quote,
 * backslash, control characters, and surrogate halves (counted even when paired: a value with an
 * emoji simply takes the walk).
 */
function escapeSensitive(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || (c >= 0xd800 && c <= 0xdfff)) n++;
  }
  return n;
}
