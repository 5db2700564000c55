/**
 * Runs callbacks queued during one event-loop turn together, in the check phase that follows it
 * (`setImmediate`), in the order they were queued.
 *
 * Why: under load, one poll phase delivers the last bytes of many request bodies. Handled as each
 * arrives, every request's redaction runs between other requests' HTTP parsing and socket writes,
 * and finds the PII engine's code and tables evicted from the CPU caches (its cold call costs
 * several times its warm one: src/core/redact/README.md, "the cold call"). Released together, the
 * requests' pipelines run back to back, so all but the first find the engine warm. A request
 * waits at most until the end of the current turn; alone, it waits one `setImmediate`.
 */
export function createTurnCohort(): (run: () => void) => void {
  const queued: (() => void)[] = [];
  const release = (): void => {
    const n = queued.length;
    let i = 0;
    try {
      for (; i < n; i++) queued[i]!();
    } finally {
      // Callbacks are not expected to throw; if one does, the rest still get a turn.
      queued.splice(0, Math.min(i + 1, n));
      if (queued.length > 0) setImmediate(release);
    }
  };
  return (run) => {
    if (queued.push(run) === 1) setImmediate(release);
  };
}
