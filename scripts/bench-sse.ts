/**
 * `npm run bench:sse`: CPU cost of restoring a streamed answer (src/core/pipeline/sse-restore.ts),
 * in this process, without sockets: steadier than `npm run bench` on a shared machine.
 *
 * Each provider's stream is taken once from the mock (MOCK_ECHO_LIMIT=1024, like the bench: about
 * 250 events of 4 characters, echoing the redacted 2 KB CRM prompt, so placeholders are split
 * across events), then replayed through the restorer with the hooks respond.ts installs
 * (usage, tool-call accumulation): byte source in and out (`restoreSse`, as the Node runtime runs
 * it), or, for a baseline without it, web streams in and out (`restoreSseBody`). Three chunkings: the whole answer in one read (a fast
 * upstream), 4 KB reads (cut anywhere, even inside a character) and one event per read (a model
 * writing token by token).
 * Prints CPU µs per stream and per event (median of BENCH_SSE_ROUNDS, default 5) and a digest of
 * the restored output, which must not change when the restorer is optimised.
 *
 *   BENCH_SSE_STREAMS (default 400 per round), BENCH_SSE_ROUNDS (default 5),
 *   BENCH_SSE_BASELINE: path of another sse-restore.ts (e.g. the last commit's, its imports made
 *   absolute) measured in alternate rounds in the same process, for an A/B comparison.
 */
import { createHash } from 'node:crypto';
import { crmPrompt } from './bench-prompts.ts';

process.env.MOCK_ECHO_LIMIT ??= '1024';
const { startMockProvider } = await import('../mock/server.ts');
const { allMockHandlers } = await import('../mock/handlers.ts');
const { builtinAdapters } = await import('../src/core/providers/registry.ts');
const { loadPolicies } = await import('../src/core/policy/registry.ts');
const { createEngineCache } = await import('../src/core/redact/policy-engine.ts');
const { createVault } = await import('../src/core/redact/vault.ts');
const { redactRequestBody } = await import('../src/core/pipeline/redact-request.ts');
type SseModule = typeof import('../src/core/pipeline/sse-restore.ts');
/** Byte sources in and out, as the Node runtime runs it; a build without `restoreSse` is run between web streams, as Node ran it then. */
const current = (await import('../src/core/pipeline/sse-restore.ts')) as Partial<SseModule> & Pick<SseModule, 'restoreSseBody'>;
const baseline = process.env.BENCH_SSE_BASELINE ? ((await import(process.env.BENCH_SSE_BASELINE)) as typeof current) : undefined;
type Restore = typeof current;
const { readFileSync } = await import('node:fs');
type Adapter = (typeof builtinAdapters)[number];
type ToolAcc = Parameters<Adapter['toolCalls']['fromStreamEvent']>[1];

const streamsPerRound = Number(process.env.BENCH_SSE_STREAMS ?? 400);
const rounds = Number(process.env.BENCH_SSE_ROUNDS ?? 5);

const policyText = readFileSync(new URL('./bench-policy.yaml', import.meta.url), 'utf8');
const loaded = await loadPolicies([{ file: 'scripts/bench-policy.yaml', text: policyText }]);
if (!loaded.ok) throw new Error(loaded.errors.join('; '));
const engine = createEngineCache()([...loaded.policies.values()][0]!);

const adapterOf = (id: string) => builtinAdapters.find((a) => a.id === id)!;
const text = crmPrompt(2048);
const cases: { name: string; adapter: Adapter; path: string; headers: Record<string, string>; body: () => Record<string, unknown> }[] = [
  { name: 'openai', adapter: adapterOf('openai'), path: '/v1/chat/completions', headers: { authorization: 'Bearer sk' },
    body: () => ({ model: 'gpt-4o-mini', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: text }] }) },
  { name: 'anthropic', adapter: adapterOf('anthropic'), path: '/v1/messages', headers: { 'x-api-key': 'sk', 'anthropic-version': '2023-06-01' },
    body: () => ({ model: 'claude-sonnet-4-5', max_tokens: 256, stream: true, messages: [{ role: 'user', content: text }] }) },
  { name: 'gemini', adapter: adapterOf('gemini'), path: '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', headers: { 'x-goog-api-key': 'k' },
    body: () => ({ contents: [{ role: 'user', parts: [{ text }] }] }) },
];

/** Split a byte stream into its SSE events (blank-line separated), one per read. */
function perEvent(all: Uint8Array): Uint8Array[] {
  const s = new TextDecoder().decode(all);
  const out: Uint8Array[] = [];
  const re = /\r\n\r\n|\n\n|\r\r/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(new TextEncoder().encode(s.slice(last, m.index + m[0].length)));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(new TextEncoder().encode(s.slice(last)));
  return out;
}

function replaySource(chunks: readonly Uint8Array[]) {
  let i = 0;
  return {
    read: async () => (i < chunks.length ? { done: false as const, value: chunks[i++]! } : { done: true as const }),
    cancel: async () => {},
  };
}

function replay(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else c.close();
    },
  }, { highWaterMark: 0 });
}

async function restoreOnce(impl: Restore, adapter: Adapter, vault: ReturnType<typeof createVault>, chunks: readonly Uint8Array[], keep: boolean): Promise<string> {
  const acc: ToolAcc = new Map();
  let tokens = 0;
  const hooks = {
    onEvent(event: unknown) {
      if (event === undefined) return;
      const u = adapter.usage(event);
      if (u) tokens = Math.max(tokens, u.output);
      adapter.toolCalls.fromStreamEvent(event, acc);
    },
    upstreamFailed: () => false,
    takeReviewIds: () => [],
    onEnd: () => {},
  };
  const on = { error: () => {}, cancel: () => {} };
  const nodeEncode = (text: string): Uint8Array => Buffer.from(text, 'utf8');
  // As the Node runtime runs it: its encoder (start.ts `encodeUtf8`); a build without the option ignores it.
  const reader = impl.restoreSse ? impl.restoreSse(replaySource(chunks), adapter, vault, hooks, on, { encode: nodeEncode }) : impl.restoreSseBody(replay(chunks), adapter, vault, hooks, on).getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (keep) parts.push(value);
  }
  return keep ? Buffer.concat(parts).toString('utf8') : '';
}

const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const mock = await startMockProvider({ handlers: allMockHandlers(), record: false });
try {
  for (const c of cases) {
    const vault = createVault();
    const body = c.body();
    redactRequestBody(body, c.adapter, engine, vault);
    const res = await fetch(mock.url + c.path, { method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, body: JSON.stringify(body) });
    const all = new Uint8Array(await res.arrayBuffer());
    const events = perEvent(all);
    const slices: Uint8Array[] = [];
    for (let i = 0; i < all.length; i += 4096) slices.push(all.subarray(i, i + 4096));
    for (const [label, chunks] of [['one read', [all]], ['4 KB reads', slices], ['event per read', events]] as [string, Uint8Array[]][]) {
      const impls = baseline ? ([['current', current], ['baseline', baseline]] as const) : ([['current', current]] as const);
      const perStream = new Map<string, number[]>();
      const digests: string[] = [];
      for (const [name, impl] of impls) {
        const restored = await restoreOnce(impl, c.adapter, vault, chunks, true);
        digests.push(`${createHash('sha256').update(restored).digest('hex').slice(0, 12)} (${restored.length} chars)`);
        for (let i = 0; i < 50; i++) await restoreOnce(impl, c.adapter, vault, chunks, false); // warm-up
        perStream.set(name, []);
      }
      for (let r = 0; r < rounds; r++) {
        for (const [name, impl] of impls) {
          const t0 = cpuUs();
          for (let i = 0; i < streamsPerRound; i++) await restoreOnce(impl, c.adapter, vault, chunks, false);
          perStream.get(name)!.push((cpuUs() - t0) / streamsPerRound);
        }
      }
      const us = median(perStream.get('current')!);
      const base = baseline ? median(perStream.get('baseline')!) : undefined;
      console.log(`${c.name.padEnd(10)} ${label.padEnd(15)} ${String(chunks.length).padStart(4)} reads ${String(events.length).padStart(4)} events  ${us.toFixed(0).padStart(5)} µs/stream  ${(us / events.length).toFixed(2).padStart(6)} µs/event` +
        (base !== undefined ? `  baseline ${base.toFixed(0).padStart(5)} µs/stream (${((100 * (us - base)) / base).toFixed(0)}%)` : '') +
        `  output ${digests.join(digests.length > 1 && digests[0] === digests[1] ? ' = ' : ' ≠ ')}`);
    }
  }
} finally {
  await mock.close();
}
