import type { JsonObject, ProviderAdapter } from '../providers/types.ts';
import type { RedactionEngine } from '../deps.ts';
import { redactText } from '../redact/redact-text.ts';
import type { Vault } from '../redact/vault.ts';
import { JsonTooDeepError, lastKey, MAX_NESTING, nestingDepth, walkStrings } from './walk-json.ts';

/**
 * Redact every text field the adapter knows into the request's vault. JSON-encoded strings
 * (tool-call arguments in history) are parsed, redacted value by value, and re-serialized,
 * so a value is found whatever its JSON escaping.
 */
export function redactRequestBody(
  body: JsonObject,
  adapter: ProviderAdapter,
  engine: RedactionEngine,
  vault: Vault,
): { nonTextParts: number } {
  let nonTextParts = 0;
  const { skipKeys, jsonEncodedKeys, payloadKeys, isNonTextPart } = adapter.text;
  const mapKeys = adapter.text.mapKeys;
  const redactString = (s: string, field?: string): string => redactText(s, engine.detect, vault, engine.modeOf, field);
  // Inside a tool's own data the key is a hint ("customer_name": see redact/name-fields.ts).
  const redactField = (s: string, path: readonly (string | number)[]): string => redactString(s, lastKey(path));
  const opts = {
    skipKeys,
    payloadKeys,
    mapKeys,
    filter: (node: JsonObject) => {
      if (isNonTextPart(node)) {
        nonTextParts++;
        return 'skip' as const;
      }
      return 'walk' as const;
    },
  };
  const visit = (value: string, path: readonly (string | number)[]): string => {
    const key = lastKey(path);
    if (key !== undefined && jsonEncodedKeys.has(key)) {
      const parsed = tryParse(value);
      if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) {
        // Tool-call arguments are the developer's own JSON: every key in them is scanned.
        return JSON.stringify(walkStrings(guardDepth(parsed), redactField));
      }
    }
    // JSON text with \u escapes (a tool result from Python's json.dumps: "Jos\u00e9") hides its
    // values from the detectors: its values are scanned as they read, and it is re-serialized only
    // when one of them was replaced.
    const rewritten = rewriteEscapedJson(value, redactField);
    if (rewritten !== undefined) return rewritten;
    return inPayload(path, payloadKeys) || inMap(path, mapKeys) ? redactField(value, path) : redactString(value);
  };
  walkStrings(body, visit, opts);
  // Second pass: a value found in one field (say, after "my name is") is replaced wherever else
  // it appears in the request, even where no detector fired on its own.
  if (vault.size > 0 || vault.maskedSize > 0) {
    const known = (s: string): string => vault.applyKnown(s);
    walkStrings(body, (value, path) => {
      const key = lastKey(path);
      if (key !== undefined && jsonEncodedKeys.has(key)) {
        const parsed = tryParse(value);
        if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) return JSON.stringify(walkStrings(parsed, known));
      }
      return rewriteEscapedJson(value, known) ?? known(value);
    }, { skipKeys, payloadKeys, mapKeys, filter: (node: JsonObject) => (isNonTextPart(node) ? 'skip' : 'walk') });
  }
  return { nonTextParts };
}

/** The value is a direct entry of a developer map (OpenAI `metadata`, `variables`): its key is a hint. */
function inMap(path: readonly (string | number)[], mapKeys: ReadonlySet<string> | undefined): boolean {
  if (mapKeys === undefined || path.length < 2) return false;
  const parent = path[path.length - 2];
  return typeof parent === 'string' && mapKeys.has(parent);
}

/**
 * JSON text with `\u` escapes (an object or array) with `rewrite` applied to its values as they
 * read, re-serialized; undefined when `text` is not such JSON or no value changed (left byte for byte).
 */
function rewriteEscapedJson(text: string, rewrite: (value: string, path: readonly (string | number)[]) => string): string | undefined {
  if (!text.includes('\\u')) return undefined;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 123 && c !== 91) return undefined; // { or [
  const parsed = tryParse(text);
  if (parsed === null || typeof parsed !== 'object') return undefined;
  let changed = false;
  walkStrings(guardDepth(parsed), (s, p) => {
    const out = rewrite(s, p);
    if (out !== s) changed = true;
    return out;
  });
  return changed ? JSON.stringify(parsed) : undefined;
}

/** JSON text inside a string nested deeper than the walkers can go: refused (400), as a deep body is. */
function guardDepth<T>(parsed: T): T {
  if (nestingDepth(parsed, MAX_NESTING) > MAX_NESTING) throw new JsonTooDeepError();
  return parsed;
}

/** The path runs through a payload key (a tool's input or arguments, or its result). */
function inPayload(path: readonly (string | number)[], payloadKeys: ReadonlySet<string>): boolean {
  if (payloadKeys.size === 0) return false;
  for (const k of path) if (typeof k === 'string' && payloadKeys.has(k)) return true;
  return false;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
