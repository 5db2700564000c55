import type { EntityType, Finding } from './entities.ts';

/**
 * The seam the PII engine plugs into. A detector is pure: text in, findings out.
 * No I/O, no logging, no vault. Findings may overlap; `resolveOverlaps` picks winners.
 */
export interface DetectorOptions {
  /** Entities to look for (built-in and custom). */
  entities: readonly EntityType[];
  /** Custom regex entities from the policy. */
  custom: readonly { name: string; pattern: string; flags?: string }[];
  /** Terms never to redact, compared case-insensitively against the matched text. */
  allowTerms: readonly string[];
}

/**
 * What the caller knows about where the text stands. `field`: the JSON key whose value it is
 * (tool-call arguments, tool inputs): a value under a person-name key ("customer_name",
 * "firstName", "nombre") that looks like a name is a PERSON even when no name list has it.
 */
export interface DetectHint {
  field?: string;
}

export type Detect = (text: string, hint?: DetectHint) => Finding[];
