import type { z } from 'zod';
import type { redactionSchema } from '../policy/schema.ts';
import type { DetectorOptions } from './detector.ts';
import type { EntityType, RedactionMode } from './entities.ts';
import { ENTITY_TYPES } from './entities.ts';

type Redaction = z.infer<typeof redactionSchema>;

/** Every built-in entity, no custom patterns, no allow-list. */
export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = Object.freeze({
  entities: ENTITY_TYPES,
  custom: [],
  allowTerms: [],
});

/**
 * Map a policy's `redaction` section to detector options. Custom entities are enabled by being
 * declared. An entity name that is neither built-in nor declared throws, so a typo ("EMAIL")
 * cannot silently turn redaction off (fail closed).
 */
export function detectorOptionsFromPolicy(redaction: Pick<Redaction, 'entities' | 'custom' | 'allow_terms'>): DetectorOptions {
  const customNames = new Set(redaction.custom.map((c) => c.name));
  let entities: EntityType[];
  if (redaction.entities === 'all') entities = [...ENTITY_TYPES];
  else {
    const known = new Set<string>(ENTITY_TYPES);
    for (const e of redaction.entities) {
      if (!known.has(e) && !customNames.has(e)) {
        throw new Error(`redaction.entities: unknown entity "${e}"; use one of ${ENTITY_TYPES.join(', ')} or declare it under redaction.custom`);
      }
    }
    entities = redaction.entities.filter((e) => known.has(e));
  }
  return {
    entities,
    custom: redaction.custom.map((c) => (c.flags === undefined ? { name: c.name, pattern: c.pattern } : { name: c.name, pattern: c.pattern, flags: c.flags })),
    allowTerms: [...redaction.allow_terms],
  };
}

/** Mode per entity: the policy's `modes` entry, else `default_mode`. */
export function createModeOf(redaction: Pick<Redaction, 'default_mode' | 'modes'>): (type: EntityType) => RedactionMode {
  const modes = new Map(Object.entries(redaction.modes));
  const fallback = redaction.default_mode;
  return function modeOf(type) {
    return modes.get(type) ?? fallback;
  };
}

/** One-shot form of createModeOf. */
export function modeOf(redaction: Pick<Redaction, 'default_mode' | 'modes'>, type: EntityType): RedactionMode {
  return redaction.modes[type] ?? redaction.default_mode;
}
