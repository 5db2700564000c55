import { sha256Hex } from './tokens.ts';

/**
 * Session cookies signed out before their expiry, by SHA-256 of the cookie (never the cookie).
 * Kept in the deployment's database, so every process (Node) and every isolate (Workers) refuses a
 * copied cookie once its owner has signed out; rows go when the cookie would have expired.
 */
export interface SignOutStore {
  /** Remember `hash` as signed out until `until` (epoch ms); drops rows already past their time. */
  add(hash: string, until: number, now: number): Promise<void>;
  /** Whether `hash` was signed out and would still be valid at `now`. */
  has(hash: string, now: number): Promise<boolean>;
}

/** In memory, bounded: for tests and for a runtime without a database. */
export function createMemorySignOutStore(max = 10_000): SignOutStore {
  const until = new Map<string, number>();
  return {
    async add(hash, exp, now) {
      if (until.size >= max) for (const [h, t] of until) if (t <= now) until.delete(h);
      if (until.size >= max) until.delete(until.keys().next().value!);
      until.set(hash, exp);
    },
    async has(hash, now) {
      return (until.get(hash) ?? 0) > now;
    },
  };
}

/** SHA-256 (hex) of a session cookie: the form a sign-out is stored in. */
export const sessionHash = (cookie: string): Promise<string> => sha256Hex(`pledge:session:${cookie}`);
