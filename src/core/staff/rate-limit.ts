/**
 * Counts failed sign-ins per client in a fixed window. In memory: per process on Node, per
 * isolate on Workers (put Cloudflare's rate limiting in front for a global limit).
 */
export interface FailureLimiter {
  /** True when this client may try again now. */
  allowed(client: string, now: number): boolean;
  fail(client: string, now: number): void;
  reset(client: string): void;
}

export function createFailureLimiter(opts: { max?: number; windowMs?: number; maxClients?: number } = {}): FailureLimiter {
  const max = opts.max ?? 10;
  const windowMs = opts.windowMs ?? 15 * 60_000;
  const maxClients = opts.maxClients ?? 10_000;
  const entries = new Map<string, { count: number; start: number }>();
  const current = (client: string, now: number) => {
    const e = entries.get(client);
    if (e && now - e.start >= windowMs) {
      entries.delete(client);
      return undefined;
    }
    return e;
  };
  return {
    allowed: (client, now) => (current(client, now)?.count ?? 0) < max,
    fail(client, now) {
      const e = current(client, now);
      if (e) e.count += 1;
      else {
        if (entries.size >= maxClients) {
          const oldest = entries.keys().next().value;
          if (oldest !== undefined) entries.delete(oldest);
        }
        entries.set(client, { count: 1, start: now });
      }
    },
    reset: (client) => void entries.delete(client),
  };
}
