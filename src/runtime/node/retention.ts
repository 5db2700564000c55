import type { AuditStore, PurgeResult } from '../../core/audit/store.ts';

export interface RetentionTimerOptions {
  store: AuditStore;
  /** Retention in days; a function so a policy reload takes effect on the next run. */
  days: number | (() => number);
  /** Default every 6 hours; the first run happens right after start. */
  intervalMs?: number;
  onPurge?: (result: PurgeResult) => void;
  onError?: (err: unknown) => void;
}

/** Node's retention driver (Workers use a cron trigger calling `store.purgeOlderThan`). */
export function startRetentionTimer(opts: RetentionTimerOptions): { stop(): void; runNow(): Promise<PurgeResult | undefined> } {
  let running: Promise<PurgeResult | undefined> | undefined;
  const runNow = () => {
    running ??= (async () => {
      // Settle after `running` is assigned, even when days() or the purge throws at once: its
      // `finally` must clear the run that is in flight, not one that was never set.
      await null;
      try {
        const days = typeof opts.days === 'function' ? opts.days() : opts.days;
        const result = await opts.store.purgeOlderThan(days);
        opts.onPurge?.(result);
        return result;
      } catch (err) {
        opts.onError?.(err);
        return undefined;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const first = setTimeout(() => void runNow(), 0);
  const interval = setInterval(() => void runNow(), opts.intervalMs ?? 6 * 3_600_000);
  first.unref();
  interval.unref();
  return {
    runNow,
    stop() {
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}
