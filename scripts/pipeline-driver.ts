/**
 * Run by `npm run bench:pipeline` (scripts/bench-pipeline.ts bundles it, as `npm start` is
 * bundled, and runs it): Pledge's own work per request, without the HTTP hop.
 *
 * The real Node runtime (`startNodePledge`: SQLite audit trail on its append thread, pino log
 * line, metrics, the bench policy with every entity on) serves the bench's 2 KB OpenAI chat
 * request through the proxy router in this process, as the Node front door calls it
 * (src/runtime/node/proxy-listener.ts) with a plain input, no Web Request; the upstream is a stub that answers at once with
 * what the mock would (the redacted prompt echoed, 1 KB). So the CPU time per request is what
 * Pledge adds (parse, redact, no-training, restore, audit, log), apart from node:http and the
 * upstream client, which `npm run bench` measures with the rest (its "bare proxy" row).
 *
 *   PIPELINE_SECONDS (default 10) of measurement after 3 s of warm-up; PIPELINE_CONCURRENCY
 *   (default 50) requests in flight at a time (1: the wall time per request is the latency Pledge adds).
 * Output goes to stderr; the log lines (stdout) are dropped by the launcher.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { UpstreamFetch } from '../src/core/pipeline/forward.ts';
import type { ProxyInput } from '../src/core/pipeline/proxy-io.ts';
import { createProxyRouter } from '../src/core/proxy-router.ts';
import { startNodePledge } from '../src/runtime/node/start.ts';
import { crmPrompt } from './bench-prompts.ts';

const root = process.env.PLEDGE_ROOT ?? path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.PIPELINE_SECONDS ?? 10);
const dir = mkdtempSync(path.join(tmpdir(), 'pledge-pipeline-'));

const pledge = await startNodePledge({
  env: {
    PORT: '0', PLEDGE_DB: path.join(dir, 'bench.db'), PLEDGE_SECRET: 'bench-secret-0123456789',
    PLEDGE_OPENAI_UPSTREAM: 'http://127.0.0.1:9/v1', PLEDGE_POLICY: process.env.PIPELINE_POLICY ?? path.join(root, 'scripts', 'bench-policy.yaml'),
  },
});
const router = createProxyRouter(pledge.deps);

/** The mock's answer to a chat completion (mock/openai.ts with MOCK_ECHO_LIMIT=1024), without a socket. */
const stubUpstream: UpstreamFetch = async (_url, init) => {
  const sent = JSON.parse(init.body ?? '{}') as { messages: { content: string }[] };
  const prompt = sent.messages.at(-1)!.content;
  const text = JSON.stringify({
    id: 'chatcmpl-mock', object: 'chat.completion', created: 1767225600, model: 'gpt-4o-mini', system_fingerprint: 'fp_mock',
    choices: [{ index: 0, message: { role: 'assistant', content: `Echo: ${prompt.slice(0, 1024)}`, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 17, completion_tokens: 9, total_tokens: 26 },
  });
  return { status: 200, ok: true, headers: new Headers({ 'content-type': 'application/json' }), body: null, text: async () => text };
};
pledge.deps.fetch = stubUpstream;

const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a CRM assistant.' }, { role: 'user', content: crmPrompt(2048) }] });
const bytes = new TextEncoder().encode(body);
const url = `${pledge.url}/openai/v1/chat/completions`;
const headers = new Headers({ 'content-type': 'application/json', authorization: 'Bearer sk-bench', 'content-length': String(bytes.length) });
const adapter = router.adapterFor('/openai/v1/chat/completions')!;

async function once(): Promise<void> {
  const input: ProxyInput = { method: 'POST', url: new URL(url), headers, signal: new AbortController().signal, readBody: async () => bytes };
  const out = await router.handle(adapter, input, crypto.randomUUID());
  out.afterWrite?.(); // as the front door does once the answer is written
  if (out.status !== 200 || typeof out.body !== 'string' || out.body.includes('[PERSON_')) throw new Error(`unexpected answer: status ${out.status}`);
}

/** Requests in batches of PIPELINE_CONCURRENCY (default 50) in flight, for `ms`; returns requests done. */
const concurrency = Number(process.env.PIPELINE_CONCURRENCY ?? 50);
async function run(ms: number): Promise<number> {
  const until = performance.now() + ms;
  let n = 0;
  while (performance.now() < until) {
    await Promise.all(Array.from({ length: concurrency }, once));
    n += concurrency;
    // Let the after-response work (audit event, log line, metrics) run, as it would between requests.
    await new Promise((r) => setImmediate(r));
  }
  return n;
}

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
await run(3000);
await pledge.audit.drain();
const c0 = cpu();
const t0 = performance.now();
const n = await run(seconds * 1000);
await pledge.audit.drain();
const c1 = cpu();
const wall = performance.now() - t0;
process.stderr.write(
  `bench:pipeline: node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}; ${n} requests in ${(wall / 1000).toFixed(1)} s\n` +
    `CPU per request (all threads: pipeline, append thread, GC): ${((c1 - c0) / n).toFixed(0)} µs; wall per request ${((wall * 1000) / n).toFixed(0)} µs\n`,
);
await pledge.close();
