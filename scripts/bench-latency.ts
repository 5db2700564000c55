/** Sequential (concurrency 1) latency and time to first byte, so added latency is not queueing. */
export interface LatencyResult {
  p50: number;
  p99: number;
  ttfbP50: number;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

export async function measureLatency(url: string, body: unknown, headers: Record<string, string>, stream: boolean, n = 300): Promise<LatencyResult> {
  const total: number[] = [];
  const ttfb: number[] = [];
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  // Warm up for a second (at least 20 requests), so the JIT has optimised the hot path.
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 20 || performance.now() < warmUntil; i++) await (await fetch(url, init)).arrayBuffer();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, init);
    const reader = res.body!.getReader();
    let first = true;
    for (;;) {
      const { done, value } = await reader.read();
      if (first && value && value.byteLength > 0) {
        // First byte of the first SSE event that carries content, i.e. time to first token.
        ttfb.push(performance.now() - t0);
        first = false;
      }
      if (done) break;
    }
    total.push(performance.now() - t0);
  }
  return { p50: pct(total, 50), p99: pct(total, 99), ttfbP50: stream ? pct(ttfb, 50) : 0 };
}
