import type { RedactionEngine } from '../deps.ts';
import type { LoadedPolicy } from '../policy/schema.ts';
import { createDetector, createModeOf, detectorOptionsFromPolicy } from './engine.ts';

/**
 * One compiled engine per loaded policy, built on first use and dropped with the policy
 * (a reload makes new LoadedPolicy objects, so stale engines are collected).
 */
export function createEngineCache(): (loaded: LoadedPolicy) => RedactionEngine {
  const cache = new WeakMap<LoadedPolicy, RedactionEngine>();
  return (loaded) => {
    let engine = cache.get(loaded);
    if (!engine) {
      const redaction = loaded.policy.redaction;
      engine = { detect: createDetector(detectorOptionsFromPolicy(redaction)), modeOf: createModeOf(redaction) };
      cache.set(loaded, engine);
    }
    return engine;
  };
}
