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

export type Detect = (text: string) => Finding[];
