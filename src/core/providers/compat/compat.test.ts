import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import type { RouteDef } from '../types.ts';
import { parseCompatUpstreams } from './config.ts';
import { compatWiring, createCompatAdapter } from './index.ts';
import { applyRewrite } from './no-training.ts';

const secrets: Record<string, string> = { OPENROUTER_API_KEY: 'sk-or-secret-value' };
const readSecret = (name: string) => secrets[name];
const OPENROUTER = { name: 'openrouter', baseUrl: 'https://openrouter.ai/api/v1', credentialRef: 'OPENROUTER_API_KEY', noTraining: 'openrouter' };
const parse = (list: unknown) => parseCompatUpstreams(JSON.stringify(list), readSecret);
const chat = { endpoint: 'chat.completions', body: 'json' } as RouteDef;
const ctx = { pseudonymize: async (s: string) => `p_${s.length}`, options: {} };

describe('parseCompatUpstreams', () => {
  it('resolves presets, ids and credentials; no declaration means no upstreams', () => {
    const [or, vllm] = parse([OPENROUTER, { name: 'vllm', baseUrl: 'http://10.0.0.5:8000/v1' }]);
    expect(or).toMatchObject({ id: 'compat:openrouter', credential: 'sk-or-secret-value', force: true });
    expect(or!.rewrites.map((r) => r.name)).toEqual(['data_collection', 'zdr']);
    expect(vllm).toMatchObject({ id: 'compat:vllm', rewrites: [] });
    expect(vllm!.credential).toBeUndefined();
    expect(parseCompatUpstreams(undefined, readSecret)).toEqual([]);
    expect(parseCompatUpstreams('  ', readSecret)).toEqual([]);
  });

  it('a credentialRef naming a missing secret is a startup error that names the entry and the fix', () => {
    const run = () => parse([{ ...OPENROUTER, credentialRef: 'GROQ_API_KEY', name: 'groq' }]);
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(/PLEDGE_COMPAT_UPSTREAMS\[0\] \("groq"\)\.credentialRef: the secret GROQ_API_KEY is not set/);
  });

  it('rejects bad JSON, names, URLs, duplicate names, unknown presets and prototype keys, without echoing secrets', () => {
    expect(() => parseCompatUpstreams('[{', readSecret)).toThrow(/not valid JSON/);
    expect(() => parse([{ ...OPENROUTER, name: '../x' }])).toThrow(/\[0\]\.name/);
    expect(() => parse([{ ...OPENROUTER, baseUrl: 'file:///etc/passwd' }])).toThrow(/baseUrl: must be an http\(s\) URL/);
    expect(() => parse([OPENROUTER, OPENROUTER])).toThrow(/\[1\] \("openrouter"\)\.name: declared twice/);
    expect(() => parse([{ ...OPENROUTER, noTraining: 'maybe' }])).toThrow(/noTraining/);
    expect(() => parse([{ ...OPENROUTER, noTraining: { rewrites: [{ path: ['__proto__', 'x'], value: 1 }] } }])).toThrow(/reserved key/);
    expect(() => parse([{ ...OPENROUTER, credentialRef: 'sk-live-123' }])).toThrow(/name of a secret/);
    try {
      parse([{ ...OPENROUTER, name: 'BAD' }]);
    } catch (e) {
      expect(String(e)).not.toContain('sk-or-secret-value');
    }
  });

  it('custom rewrites add to a preset, and force:false keeps client values', () => {
    const [u] = parse([{ ...OPENROUTER, noTraining: { preset: 'openrouter', rewrites: [{ path: ['provider', 'allow_fallbacks'], value: false }], force: false } }]);
    expect(u!.rewrites.map((r) => r.name)).toEqual(['data_collection', 'zdr', 'provider_allow_fallbacks']);
    expect(u!.force).toBe(false);
  });
});

describe('compat no-training rewrites', () => {
  const [or] = parse([OPENROUTER]);
  const adapter = createCompatAdapter(or!);

  it('injects provider.data_collection=deny and zdr=true, keeping other routing preferences', async () => {
    const body: Record<string, unknown> = { model: 'openai/gpt-4o', provider: { order: ['azure'] }, user: 'alice' };
    const r = await adapter.noTraining(body, chat, ctx);
    expect(body.provider).toEqual({ order: ['azure'], data_collection: 'deny', zdr: true });
    expect(r.actions).toEqual(['data_collection_set', 'zdr_set', 'user_pseudonymized']);
    expect(body.user).toBe('p_5');
  });

  it('overrides a client that asks for data_collection=allow and counts it', async () => {
    const body: Record<string, unknown> = { provider: { data_collection: 'allow', zdr: true } };
    expect((await adapter.noTraining(body, chat, ctx)).actions).toEqual(['data_collection_overridden']);
    expect(body.provider).toEqual({ data_collection: 'deny', zdr: true });
    const odd: Record<string, unknown> = { provider: 'anything' };
    expect((await adapter.noTraining(odd, chat, ctx)).actions).toEqual(['data_collection_overridden', 'zdr_set']);
  });

  it('with force:false the client value is kept and recorded', () => {
    const body = { provider: { data_collection: 'allow' } };
    expect(applyRewrite(body, { path: ['provider', 'data_collection'], value: 'deny', name: 'data_collection' }, false)).toBe('data_collection_client_kept');
    expect(body.provider.data_collection).toBe('allow');
  });

  it('routes and wiring: /compat/{name}/v1, compat:<name>, the declared key replaces the client key', () => {
    expect(adapter.prefix).toBe('/compat/openrouter/v1');
    expect(adapter.id).toBe('compat:openrouter');
    const h = adapter.upstreamHeaders(new Headers({ 'openai-organization': 'org-1', 'idempotency-key': 'i1' }), 'client-key');
    expect(h).toEqual({ authorization: 'Bearer sk-or-secret-value', 'idempotency-key': 'i1' });
    const w = compatWiring([or!]);
    expect(w.upstreams).toEqual({ 'compat:openrouter': 'https://openrouter.ai/api/v1' });
    expect(w.adapters.map((a) => a.id)).toEqual(['compat:openrouter']);
    expect(JSON.stringify(w.upstreamOptions)).not.toContain('sk-or-secret-value');
  });
});

describe('providersFromConfig', () => {
  it('adds Azure when its upstream is set and one adapter per declared compat upstream', async () => {
    const { parseConfig } = await import('../../config.ts');
    const { providersFromConfig } = await import('../registry.ts');
    const config = parseConfig({ PLEDGE_AZURE_UPSTREAM: 'https://res.openai.azure.com/openai/', PLEDGE_COMPAT_UPSTREAMS: JSON.stringify([OPENROUTER]) });
    const w = providersFromConfig(config, readSecret);
    expect(w.adapters.map((a) => a.id)).toEqual(expect.arrayContaining(['openai', 'azure', 'compat:openrouter']));
    expect(w.upstreams).toMatchObject({ azure: 'https://res.openai.azure.com', 'compat:openrouter': 'https://openrouter.ai/api/v1' });
    expect(providersFromConfig(parseConfig({}), readSecret).adapters.map((a) => a.id)).not.toContain('azure');
    expect(() => providersFromConfig(config, () => undefined)).toThrow(/OPENROUTER_API_KEY is not set/);
  });
});
