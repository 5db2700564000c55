/**
 * Property tests on the whole request path, every route: arbitrary bodies never crash the proxy
 * (always a response, errors in the provider's envelope, never a 500), and personal values hidden
 * in random JSON structures never reach the upstream.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, type MockHandler } from '../../mock/types.ts';
import type { RedactionEngine } from '../../src/core/deps.ts';
import { parsePolicy } from '../../src/core/policy/parse.ts';
import { azureAdapter } from '../../src/core/providers/azure/index.ts';
import { builtinAdapters } from '../../src/core/providers/registry.ts';
import { createEngineCache } from '../../src/core/redact/policy-engine.ts';
import { startHarness, type Harness } from '../support/harness.ts';
import { jsonWithPii, PII_VALUES, textWithPii } from './pii.ts';

/** The upstream: records every body and answers it back (so restore walks arbitrary JSON too). */
const sinkRaw: string[] = [];
const sink: MockHandler = (req, res) => {
  if (!req.path.startsWith('/sink')) return false;
  sinkRaw.push(req.raw);
  sendJson(res, 200, req.body ?? {});
  return true;
};

type Obj = Record<string, unknown>;
interface Route {
  name: string;
  path: string;
  headers: Record<string, string>;
  /** Put a random tree where this route's text lives, plus random extra top-level fields. */
  shape(tree: unknown, extra: Obj): Obj;
  envelope(body: unknown): boolean;
}
const o = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const openaiEnvelope = (b: unknown) => typeof o(o(b).error).message === 'string';
const anthropicEnvelope = (b: unknown) => o(b).type === 'error' && typeof o(o(b).error).message === 'string';
const geminiEnvelope = (b: unknown) => typeof o(o(b).error).code === 'number' && typeof o(o(b).error).message === 'string';
const oa = { authorization: 'Bearer sk-fuzz' };
const an = { 'x-api-key': 'sk-ant-fuzz', 'anthropic-version': '2023-06-01' };
const ge = { 'x-goog-api-key': 'AIza-fuzz' };
const az = { 'api-key': 'azure-fuzz' };

const ROUTES: Route[] = [
  { name: 'openai chat', path: '/openai/v1/chat/completions', headers: oa, envelope: openaiEnvelope, shape: (t, x) => ({ ...x, model: 'gpt-4o-mini', messages: [{ role: 'user', content: t }, { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: JSON.stringify({ t }) } }] }] }) },
  { name: 'openai chat stream', path: '/openai/v1/chat/completions', headers: oa, envelope: openaiEnvelope, shape: (t, x) => ({ ...x, model: 'gpt-4o-mini', stream: true, messages: [{ role: 'system', content: t }] }) },
  { name: 'openai responses', path: '/openai/v1/responses', headers: oa, envelope: openaiEnvelope, shape: (t, x) => ({ ...x, model: 'gpt-4.1', input: [{ role: 'user', content: t }], instructions: t }) },
  { name: 'openai embeddings', path: '/openai/v1/embeddings', headers: oa, envelope: openaiEnvelope, shape: (t, x) => ({ ...x, model: 'text-embedding-3-small', input: t }) },
  { name: 'anthropic messages', path: '/anthropic/v1/messages', headers: an, envelope: anthropicEnvelope, shape: (t, x) => ({ ...x, model: 'claude-sonnet-4-5', max_tokens: 16, system: t, messages: [{ role: 'user', content: t }] }) },
  { name: 'anthropic count_tokens', path: '/anthropic/v1/messages/count_tokens', headers: an, envelope: anthropicEnvelope, shape: (t, x) => ({ ...x, model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: [{ type: 'text', text: t }] }] }) },
  { name: 'gemini generate', path: '/gemini/v1beta/models/gemini-2.5-flash:generateContent', headers: ge, envelope: geminiEnvelope, shape: (t, x) => ({ ...x, contents: [{ role: 'user', parts: [{ text: t }] }], systemInstruction: { parts: [{ text: t }] } }) },
  { name: 'gemini stream', path: '/gemini/v1/models/gemini-2.5-flash:streamGenerateContent?alt=sse', headers: ge, envelope: geminiEnvelope, shape: (t, x) => ({ ...x, contents: [{ parts: [{ functionResponse: { name: 'f', response: { t } } }] }] }) },
  { name: 'gemini countTokens', path: '/gemini/v1beta/models/gemini-2.5-flash:countTokens', headers: ge, envelope: geminiEnvelope, shape: (t, x) => ({ ...x, contents: [{ parts: [{ text: t }] }] }) },
  { name: 'gemini embedContent', path: '/gemini/v1beta/models/text-embedding-004:embedContent', headers: ge, envelope: geminiEnvelope, shape: (t, x) => ({ ...x, content: { parts: [{ text: t }] } }) },
  { name: 'azure chat', path: '/azure/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21', headers: az, envelope: openaiEnvelope, shape: (t, x) => ({ ...x, messages: [{ role: 'user', content: t }] }) },
];

const adapters = [...builtinAdapters, azureAdapter];
const structuralKeys = new Set(adapters.flatMap((a) => [...a.text.skipKeys]));
let h: Harness;
let engine: RedactionEngine;

/**
 * Leaks of detected values, string by string: every value the engine detects in a string of the
 * client's body (scanned whole, as Pledge scans it) must be absent from the string at the same
 * path in the body the upstream got. (Per string; the per-request rule is checked
 * separately on the corpus values.)
 */
function leaks(sentBody: unknown, upstreamBody: unknown): string[] {
  const out: string[] = [];
  const jsonKeys = new Set(adapters.flatMap((a) => [...a.text.jsonEncodedKeys]));
  const walk = (v: unknown, up: unknown, key: string | undefined, at: string): void => {
    if (typeof v === 'string') {
      if (typeof up !== 'string') return; // dropped or rewritten by a no-training rule
      // Like Pledge: JSON text under a JSON-encoded key (tool-call arguments) is scanned value by value.
      if (key !== undefined && jsonKeys.has(key)) {
        try {
          const inner: unknown = JSON.parse(v);
          if (inner !== null && typeof inner === 'object') return walk(inner, JSON.parse(up), undefined, at);
        } catch {
          // not JSON text: scanned whole
        }
      }
      for (const f of engine.detect(v)) {
        const value = v.slice(f.start, f.end);
        if (f.type !== 'PERSON' && up.includes(value)) out.push(`${at}: ${f.type} ${value}`);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, Array.isArray(up) ? up[i] : undefined, key, `${at}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, up !== null && typeof up === 'object' ? (up as Obj)[k] : undefined, k, `${at}.${k}`);
    }
  };
  walk(sentBody, upstreamBody, undefined, '$');
  return out;
}

/** The corpus values the engine detects somewhere in the body's strings. */
function detectedPii(body: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const f of engine.detect(v)) {
        const value = v.slice(f.start, f.end);
        if ((PII_VALUES as readonly string[]).includes(value)) out.add(value);
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(body);
  return out;
}

beforeAll(async () => {
  const yaml = readFileSync(path.join(import.meta.dirname, '..', '..', 'policies', 'default.yaml'), 'utf8')
    .replace('providers:\n', "providers:\n  azure:\n    models: ['*']\n    endpoints: ['*']\n");
  const parsed = await parsePolicy(yaml, 'policies/default.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  engine = createEngineCache()(parsed.value);
  h = await startHarness({
    adapters,
    policy: parsed.value,
    mockHandlers: [sink],
    upstreams: (u) => ({ openai: `${u}/sink/v1`, anthropic: `${u}/sink`, gemini: `${u}/sink`, azure: `${u}/sink` }),
    deps: { engineFor: createEngineCache() },
  });
});
afterAll(() => h.close());

const post = (r: Route, body: string) =>
  fetch(h.pledge.url + r.path, { method: 'POST', headers: { 'content-type': 'application/json', ...r.headers }, body });

describe('proxy fuzzing', () => {
  it('arbitrary bodies on every route: always a response, errors in the provider envelope, never a 500', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('', '{', '{"model":', '[]', 'null', '{"messages":"x"}', '{"contents":[null]}', '{"messages":[{"content":[{"type":"text"}]}]}', '\uFEFF{}', '{"__proto__":{"x":1}}'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), body, async (route, text) => {
        const res = await post(route, text);
        const raw = await res.text();
        expect(res.status, `${route.name} ${text}`).not.toBe(500);
        expect(res.headers.get('x-pledge-request-id')).toBeTruthy();
        if (res.status >= 400) expect(route.envelope(JSON.parse(raw)), `${route.name} ${raw}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary route-shaped bodies with personal values in random positions: none reaches upstream, all come back restored', async () => {
    sinkRaw.length = 0;
    const extra = fc.dictionary(
      fc.string({ maxLength: 8 }).filter((k) => !structuralKeys.has(k) && !['model', 'stream', 'messages', 'contents', '__proto__'].includes(k)),
      jsonWithPii(structuralKeys),
      { maxKeys: 3 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.oneof(textWithPii, jsonWithPii(structuralKeys)), extra, async (route, tree, x) => {
        const before = sinkRaw.length;
        const body = route.shape(tree, x);
        const res = await post(route, JSON.stringify(body));
        const raw = await res.text();
        expect(res.status, `${route.name}: ${raw.slice(0, 300)}`).toBeLessThan(500);
        const anywhere = detectedPii(body);
        for (const sent of sinkRaw.slice(before)) {
          expect(leaks(body, JSON.parse(sent)), route.name).toEqual([]);
          // One value, one placeholder across the request: detected anywhere, absent everywhere.
          for (const v of anywhere) expect(sent, `${route.name} sent ${v} upstream`).not.toContain(v);
        }
        // The sink echoes the body: the client gets its own values back, no placeholder left.
        if (res.status === 200) expect(raw).not.toMatch(/\[(EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD|IN_AADHAAR|IN_PAN|IP_ADDRESS)_\d+\]/);
      }),
      { numRuns: 200 },
    );
    // The property ran against real traffic: most requests went upstream, carrying placeholders.
    expect(sinkRaw.length).toBeGreaterThan(150);
    expect(sinkRaw.filter((r) => /\[(EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD|IN_AADHAAR|IN_PAN|IP_ADDRESS)_\d+\]/.test(r)).length).toBeGreaterThan(100);
  });

  // A context guard may skip one occurrence of a value (`v: <ip>` reads as a version); the value,
  // vaulted from another field of the same request, is still replaced there (commit ee4fe1f).
  it('a value detected in one place is replaced everywhere in the request', async () => {
    const before = sinkRaw.length;
    const res = await post(ROUTES[0]!, JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'ip 198.51.100.42' }, { role: 'user', content: 'v: 198.51.100.42' }] }));
    expect(res.status).toBe(200);
    expect(sinkRaw.slice(before).join('')).not.toContain('198.51.100.42');
  });
});
