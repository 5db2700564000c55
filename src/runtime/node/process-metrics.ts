import type { Registry } from '../../core/metrics/registry.ts';

/**
 * The Node process's memory, read at scrape time (Prometheus' usual names), so an operator can
 * tell a growing JavaScript heap (a leak) from resident memory the allocator or SQLite hold.
 */
export function registerProcessMetrics(registry: Registry): void {
  let read: { at: number; usage: NodeJS.MemoryUsage } | undefined;
  // One process.memoryUsage() per scrape, shared by the gauges.
  const usage = (): NodeJS.MemoryUsage => {
    const now = Date.now();
    if (read === undefined || now - read.at > 100) read = { at: now, usage: process.memoryUsage() };
    return read.usage;
  };
  registry.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.').collect(() => usage().rss);
  registry.gauge('nodejs_heap_size_total_bytes', 'V8 heap size in bytes.').collect(() => usage().heapTotal);
  registry.gauge('nodejs_heap_size_used_bytes', 'V8 heap in use, in bytes.').collect(() => usage().heapUsed);
  registry.gauge('nodejs_external_memory_bytes', 'Memory of C++ objects bound to JavaScript objects (buffers included), in bytes.').collect(() => usage().external);
}
