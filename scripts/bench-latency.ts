/**
 * Sequential (concurrency 1) latency and time to first byte, so added latency is not queueing.
 * Targets are measured interleaved, in blocks of BLOCK requests each in turn, so drift in the
 * machine's load (this VM is shared) falls on every target alike instead of on whichever ran
 * last. The first WARM requests of a block are not counted: they find the target's process cold
 * (idle while the other targets ran), which would measure the VM's wake-up, not the proxy.
 */
export interface LatencyResult {
  p50: number;
  p99: number;
  ttfbP50: number;
}

export interface LatencyTarget {
  name: string;
  url: string;
  headers: Record<string, string>;
}

const BLOCK = 25;
const WARM = 5;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function once(url: string, init: RequestInit): Promise<{ total: number; ttfb: number }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const reader = res.body!.getReader();
  let ttfb = NaN;
  for (;;) {
    const { done, value } = await reader.read();
    // First byte of the first SSE event that carries content, i.e. time to first token.
    if (Number.isNaN(ttfb) && value && value.byteLength > 0) ttfb = performance.now() - t0;
    if (done) break;
  }
  return { total: performance.now() - t0, ttfb };
}

export async function measureLatency(targets: LatencyTarget[], body: unknown, stream: boolean, n = 300): Promise<Map<string, LatencyResult>> {
  const inits = targets.map((t) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body: JSON.stringify(body) }));
  // Warm up each target on its own for BENCH_LATENCY_WARMUP seconds (default 3; at least 20
  // requests), so the JIT has compiled its hot path: the measure is a running server's steady state.
  // Taken in turn, a slow target (Portkey, ~33 ms a request) left the others ~100 requests each, and
  // V8 was still compiling Pledge's engine in the measured blocks (~0.6 ms of a second core per
  // request over its first ~1,000: docs/BENCHMARKS.md, 2026-11-28).
  const warmMs = 1000 * Number(process.env.BENCH_LATENCY_WARMUP ?? 3);
  for (let k = 0; k < targets.length; k++) {
    const warmUntil = performance.now() + warmMs;
    for (let i = 0; i < 20 || performance.now() < warmUntil; i++) await once(targets[k]!.url, inits[k]!);
  }
  const total = targets.map(() => [] as number[]);
  const ttfb = targets.map(() => [] as number[]);
  for (let done = 0; done < n; done += BLOCK - WARM) {
    for (let k = 0; k < targets.length; k++) {
      for (let i = 0; i < BLOCK; i++) {
        const r = await once(targets[k]!.url, inits[k]!);
        if (i < WARM) continue;
        total[k]!.push(r.total);
        ttfb[k]!.push(r.ttfb);
      }
    }
  }
  return new Map(targets.map((t, k) => [t.name, { p50: pct(total[k]!, 50), p99: pct(total[k]!, 99), ttfbP50: stream ? pct(ttfb[k]!, 50) : 0 }]));
}
