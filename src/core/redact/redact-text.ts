import type { Detect } from './detector.ts';
import type { EntityType, RedactionMode } from './entities.ts';
import type { Vault } from './vault.ts';

/** Redact one string into the request's vault. Pure apart from the vault it is given. `field`: see DetectHint. */
export function redactText(
  text: string,
  detect: Detect,
  vault: Vault,
  modeOf: (type: EntityType) => RedactionMode,
  field?: string,
): string {
  if (text.length === 0) return text;
  return vault.apply(text, field === undefined ? detect(text) : detect(text, { field }), modeOf);
}
