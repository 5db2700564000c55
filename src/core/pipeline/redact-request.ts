import type { JsonObject, ProviderAdapter } from '../providers/types.ts';
import type { RedactionEngine } from '../deps.ts';
import { redactText } from '../redact/redact-text.ts';
import type { Vault } from '../redact/vault.ts';
import { lastKey, walkStrings } from './walk-json.ts';

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
  const redactString = (s: string, field?: string): string => redactText(s, engine.detect, vault, engine.modeOf, field);
  // Inside a tool's own data the key is a hint ("customer_name": see redact/name-fields.ts).
  const redactField = (s: string, path: readonly (string | number)[]): string => redactString(s, lastKey(path));
  const opts = {
    skipKeys,
    payloadKeys,
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
        return JSON.stringify(walkStrings(parsed, redactField));
      }
    }
    return inPayload(path, payloadKeys) ? redactField(value, path) : redactString(value);
  };
  walkStrings(body, visit, opts);
  // Second pass: a value found in one field (say, after "my name is") is replaced wherever else
  // it appears in the request, even where no detector fired on its own.
  if (vault.size > 0) {
    const known = (s: string): string => vault.applyKnown(s);
    walkStrings(body, (value, path) => {
      const key = lastKey(path);
      if (key !== undefined && jsonEncodedKeys.has(key)) {
        const parsed = tryParse(value);
        if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) return JSON.stringify(walkStrings(parsed, known));
      }
      return known(value);
    }, { skipKeys, payloadKeys, filter: (node: JsonObject) => (isNonTextPart(node) ? 'skip' : 'walk') });
  }
  return { nonTextParts };
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
