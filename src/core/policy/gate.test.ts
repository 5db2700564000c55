import { describe, expect, it } from 'vitest';
import { checkBodySize, checkRequest, isTrainingEndpoint, TRAINING_ENDPOINTS } from './gate.ts';
import { matchesGlob } from './glob.ts';
import { policySchema, type Policy } from './schema.ts';
import { attestedTerms, isAttested } from './terms.ts';

const policy = (providers: Record<string, unknown>, extra: Record<string, unknown> = {}): Policy =>
  policySchema.parse({ name: 'acme', providers, ...extra });

describe('glob', () => {
  it('matches whole names with * and ?', () => {
    expect(matchesGlob('gpt-4o-mini', 'gpt-*')).toBe(true);
    expect(matchesGlob('xgpt-4o', 'gpt-*')).toBe(false);
    expect(matchesGlob('o3', 'o?')).toBe(true);
    expect(matchesGlob('chat.completions', 'chat.*')).toBe(true);
    expect(matchesGlob('chatXcompletions', 'chat.completions')).toBe(false);
    expect(matchesGlob('a(b)+c', 'a(b)+c')).toBe(true);
  });
});

describe('checkRequest', () => {
  const p = policy({
    openai: { models: ['gpt-*'], endpoints: ['chat.completions', 'embeddings', 'fine_tuning.*', 'files.*'] },
    anthropic: { allow: false },
    gemini: { require_attested_terms: true },
  });

  it('lets an allowed provider, model and endpoint through', () => {
    expect(checkRequest(p, { provider: 'openai', model: 'gpt-4o', endpoint: 'chat.completions' })).toBeNull();
  });

  it('refuses providers that are absent or disallowed', () => {
    expect(checkRequest(p, { provider: 'azure', model: 'gpt-4o', endpoint: 'chat.completions' })?.reason).toBe('provider_not_allowed');
    expect(checkRequest(p, { provider: 'anthropic', model: 'claude-x', endpoint: 'messages' })?.reason).toBe('provider_not_allowed');
    expect(checkRequest(p, { provider: '__proto__', endpoint: 'x' })?.reason).toBe('provider_not_allowed');
  });

  it('refuses models and endpoints outside the globs', () => {
    const m = checkRequest(p, { provider: 'openai', model: 'o3', endpoint: 'chat.completions' });
    expect(m).toEqual({ reason: 'model_not_allowed', message: 'model "o3" is not allowed for openai under policy "acme"' });
    expect(checkRequest(p, { provider: 'openai', model: 'gpt-4o', endpoint: 'responses' })?.reason).toBe('endpoint_not_allowed');
  });

  it('skips the model check for routes without a model', () => {
    expect(checkRequest(p, { provider: 'openai', endpoint: 'embeddings' })).toBeNull();
  });

  it('refuses training endpoints even when the allowlist names them', () => {
    for (const endpoint of ['fine_tuning.jobs', 'files.fine_tune']) {
      const r = checkRequest(p, { provider: 'openai', model: 'gpt-4o', endpoint });
      expect(r?.reason).toBe('training_endpoint');
      expect(r?.message).toContain('train on customer content');
    }
    const open = policy({ openai: {} }, { no_training: { refuse_training_endpoints: false } });
    expect(checkRequest(open, { provider: 'openai', model: 'gpt-4o', endpoint: 'fine_tuning.jobs' })).toBeNull();
  });

  it('refuses a provider whose required terms are not attested', () => {
    const r = checkRequest(p, { provider: 'gemini', model: 'gemini-2.5-pro', endpoint: 'generateContent' });
    expect(r?.reason).toBe('terms_not_attested');
    expect(r?.message).toContain('paid_tier');
    const paid = policy({ gemini: { require_attested_terms: true, terms: { paid_tier: true } } });
    expect(checkRequest(paid, { provider: 'gemini', model: 'gemini-2.5-pro', endpoint: 'generateContent' })).toBeNull();
  });

  it('keeps client-chosen names short and printable in messages', () => {
    const r = checkRequest(p, { provider: 'openai', model: `gpt\n${'x'.repeat(500)}`, endpoint: 'chat.completions' });
    expect(r?.reason).toBe('model_not_allowed');
    expect(r?.message.length).toBeLessThan(200);
    expect(r?.message).not.toContain('\n');
  });
});

describe('training endpoints', () => {
  it('recognises the exported names and their children', () => {
    for (const e of TRAINING_ENDPOINTS) expect(isTrainingEndpoint(e)).toBe(true);
    expect(isTrainingEndpoint('fine_tuning.jobs.cancel')).toBe(true);
    expect(isTrainingEndpoint('tunedModels:generateContent')).toBe(true);
    expect(isTrainingEndpoint('files')).toBe(false);
    expect(isTrainingEndpoint('chat.completions')).toBe(false);
  });
});

describe('attested terms', () => {
  it('needs paid_tier for gemini, zdr or dpa for openai/anthropic, modified abuse monitoring for azure', () => {
    const p = policy({
      gemini: { terms: { dpa: true } },
      openai: { terms: { dpa: true } },
      anthropic: { terms: { zdr: true } },
      azure: { terms: { dpa: true } },
      'compat:vllm': { terms: { zdr: true } },
    });
    expect(isAttested(p, 'gemini')).toBe(false);
    expect(isAttested(p, 'openai')).toBe(true);
    expect(isAttested(p, 'anthropic')).toBe(true);
    expect(isAttested(p, 'azure')).toBe(false);
    expect(isAttested(p, 'compat:vllm')).toBe(true);
    expect(isAttested(p, 'missing')).toBe(false);
    expect(attestedTerms(p, 'gemini')).toEqual({ zdr: false, paid_tier: false, modified_abuse_monitoring: false, dpa: true });
  });
});

describe('checkBodySize', () => {
  it('refuses bodies over the limit', () => {
    const p = policy({ openai: {} }, { limits: { max_body_bytes: 10 } });
    expect(checkBodySize(p, 10)).toBeNull();
    expect(checkBodySize(p, 11)?.reason).toBe('body_too_large');
  });
});
