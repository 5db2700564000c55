import { describe, expect, it } from 'vitest';
import { checkApiVersion, isSupportedApiVersion } from './api-version.ts';
import { azureAdapter } from './index.ts';

const route = (method: string, path: string) => {
  for (const r of azureAdapter.routes) {
    const m = r.method === method ? r.pattern.exec(path) : null;
    if (m) return { endpoint: r.endpoint, model: r.modelOf({ model: 'body-model' }, m) };
  }
  return undefined;
};

describe('azure api-version', () => {
  it('accepts dated and -preview versions from 2022-12-01 on, and nothing else', () => {
    for (const v of ['2022-12-01', '2024-10-21', '2025-04-01-preview', '2024-02-29']) expect(isSupportedApiVersion(v), v).toBe(true);
    for (const v of ['', 'preview', '2022-11-30', '2024-02-30', '2024-1-01', '2024-10-21-beta', ' 2024-10-21']) expect(isSupportedApiVersion(v), v).toBe(false);
  });

  it('requires a version on the deployments form but not on /openai/v1, where preview and latest are accepted', () => {
    const url = (q: string) => new URL(`http://p/azure/x${q}`);
    expect(checkApiVersion(url(''), false)?.status).toBe(400);
    expect(checkApiVersion(url(''), true)).toBeNull();
    expect(checkApiVersion(url('?api-version=preview'), true)).toBeNull();
    expect(checkApiVersion(url('?api-version=preview'), false)?.status).toBe(400);
    expect(checkApiVersion(url('?api-version=2024-10-21'), false)).toBeNull();
  });
});

describe('azure routes', () => {
  it('uses the deployment as the model on the deployments form and body.model elsewhere', () => {
    expect(route('POST', '/openai/deployments/gpt-4o/chat/completions')).toEqual({ endpoint: 'chat.completions', model: 'gpt-4o' });
    expect(route('POST', '/openai/deployments/emb/embeddings')).toEqual({ endpoint: 'embeddings', model: 'emb' });
    expect(route('POST', '/openai/deployments/gpt-4o/responses')).toEqual({ endpoint: 'responses', model: 'gpt-4o' });
    expect(route('POST', '/openai/responses')).toEqual({ endpoint: 'responses', model: 'body-model' });
    expect(route('POST', '/openai/v1/chat/completions')).toEqual({ endpoint: 'chat.completions', model: 'body-model' });
    expect(route('GET', '/openai/v1/models')?.endpoint).toBe('models');
    expect(route('POST', '/openai/v1/fine_tuning/jobs')?.endpoint).toBe('fine_tuning.jobs');
    expect(route('POST', '/openai/chat/completions')).toBeUndefined();
    expect(route('POST', '/openai/deployments/a/b/chat/completions')).toBeUndefined();
  });

  it('reads api-key or a bearer token and forwards the same kind', () => {
    const req = (h: Record<string, string>) => new Headers(h);
    expect(azureAdapter.readCredential(req({ 'api-key': 'k1' }), new URL('http://p'))).toBe('k1');
    expect(azureAdapter.readCredential(req({ authorization: 'Bearer t1' }), new URL('http://p'))).toBe('t1');
    expect(azureAdapter.upstreamHeaders(new Headers({ 'api-key': 'k1' }), 'k1')).toEqual({ 'api-key': 'k1' });
    const bearer = azureAdapter.upstreamHeaders(new Headers({ authorization: 'Bearer t1' }), 't1');
    expect(bearer).toEqual({ authorization: 'Bearer t1' });
  });

  it("answers in Azure's error envelope", () => {
    expect(azureAdapter.error(403, 'no', 'pledge_refused')).toEqual({ status: 403, body: { error: { code: 'pledge_refused', message: 'no' } } });
  });
});
