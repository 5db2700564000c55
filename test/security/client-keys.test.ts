/**
 * Client keys through the real Node runtime (SQLite key store): missing, forged, revoked and
 * other-tenant keys on the proxy routes, and key-bound policy names that try path traversal.
 * (Admin tokens: missing, forged, expired, revoked and cross-tenant are in test/admin-api.test.ts.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicRoutes } from '../../mock/anthropic.ts';
import { startMockProvider, type MockProvider } from '../../mock/server.ts';
import { createClientKey, KEY_PREFIX } from '../../src/core/tenancy/keys.ts';
import { startNodePledge, type NodePledge } from '../../src/runtime/node/start.ts';
import { createSqliteKeyStore } from '../../src/runtime/node/sqlite/key-store.ts';
import { openDatabase } from '../../src/runtime/node/sqlite/db.ts';

let mock: MockProvider;
let pledge: NodePledge;
const logs: object[] = [];
const keys: Record<'acme' | 'globex' | 'revoked' | 'traversal', string> = { acme: '', globex: '', revoked: '', traversal: '' };
const UPSTREAM = { acme: 'sk-upstream-acme-0123456789', globex: 'sk-upstream-globex-0123456789' };

beforeAll(async () => {
  mock = await startMockProvider({ handlers: [anthropicRoutes()] });
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-keys-'));
  const dbFile = path.join(dir, 'pledge.db');
  const db = await openDatabase(dbFile);
  const store = createSqliteKeyStore(db);
  keys.acme = (await createClientKey(store, { tenant: 'acme', policy: 'default', credentialRef: 'OPENAI_KEY_ACME' })).key;
  keys.globex = (await createClientKey(store, { tenant: 'globex', policy: 'default', credentialRef: 'OPENAI_KEY_GLOBEX' })).key;
  const revoked = await createClientKey(store, { tenant: 'acme', policy: 'default', credentialRef: 'OPENAI_KEY_ACME' });
  keys.revoked = revoked.key;
  await store.revoke(revoked.record.id, new Date().toISOString());
  keys.traversal = (await createClientKey(store, { tenant: 'mallory', policy: '../../../../etc/passwd' })).key;
  db.close();
  const log = (o: object) => void logs.push(o);
  pledge = await startNodePledge({
    env: {
      PORT: '0', PLEDGE_DB: dbFile, PLEDGE_SECRET: 'keys-secret-0123456789abcdef',
      PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`, PLEDGE_ANTHROPIC_UPSTREAM: mock.url,
      OPENAI_KEY_ACME: UPSTREAM.acme, OPENAI_KEY_GLOBEX: UPSTREAM.globex,
    },
    logger: { info: log, warn: log, error: log },
  });
});
afterAll(async () => {
  await pledge?.close();
  await mock?.close();
});

const chat = (headers: Record<string, string>) =>
  fetch(`${pledge.url}/openai/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] }),
  });

async function refused(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { message: string; type: string; code: string } };
  expect(body.error.type).toBe(status === 401 ? 'authentication_error' : 'server_error');
  return JSON.stringify(body);
}

describe('client keys on proxy routes', () => {
  it('a missing key is 401 in the envelope, and nothing goes upstream', async () => {
    const before = mock.received.length;
    await refused(await chat({}), 401);
    await refused(await fetch(`${pledge.url}/anthropic/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 401).catch(() => undefined);
    expect(mock.received.length).toBe(before);
  });

  it('forged keys (random, one character off, a provider key, a key in the wrong header) are 401 and not echoed', async () => {
    const before = mock.received.length;
    const offByOne = keys.acme.slice(0, -1) + (keys.acme.endsWith('a') ? 'b' : 'a');
    const random = KEY_PREFIX + 'x'.repeat(keys.acme.length - KEY_PREFIX.length);
    for (const bearer of [offByOne, random, 'sk-proj-real-looking-provider-key', keys.acme.toUpperCase(), `${keys.acme}x`, keys.acme.slice(0, -1)]) {
      const text = await refused(await chat({ authorization: `Bearer ${bearer}` }), 401);
      expect(text).not.toContain(bearer.trim());
    }
    await refused(await chat({ 'x-api-key': keys.acme }), 401);
    expect(mock.received.length).toBe(before);
    expect(JSON.stringify(logs)).not.toContain(offByOne);
  });

  it('a revoked key is 401, says revoked, and nothing goes upstream', async () => {
    const before = mock.received.length;
    const text = await refused(await chat({ authorization: `Bearer ${keys.revoked}` }), 401);
    expect(text).toMatch(/revoked/i);
    expect(text).not.toContain(keys.revoked);
    expect(mock.received.length).toBe(before);
  });

  it("each key gets its own tenant's upstream credential, whatever headers try to switch tenant", async () => {
    // (OpenAI-Organization/-Project are forwarded on the OpenAI route by design; see SECURITY.md.)
    const tries: Record<string, string> = { 'x-pledge-tenant': 'globex', 'x-pledge-upstream-key': UPSTREAM.globex, 'x-tenant-id': 'globex', 'x-pledge-policy': 'open' };
    const acme = await chat({ authorization: `Bearer ${keys.acme}`, ...tries });
    expect(acme.status).toBe(200);
    const seenAcme = mock.received.at(-1)!;
    const globex = await chat({ authorization: `Bearer ${keys.globex}` });
    expect(globex.status).toBe(200);
    const seenGlobex = mock.received.at(-1)!;
    expect(seenAcme.headers.authorization).toBe(`Bearer ${UPSTREAM.acme}`);
    expect(seenGlobex.headers.authorization).toBe(`Bearer ${UPSTREAM.globex}`);
    for (const h of Object.keys(tries)) expect(seenAcme.headers[h]).toBeUndefined();
    // The client key itself never goes upstream.
    expect(JSON.stringify(mock.received)).not.toContain(keys.acme);
    const tenants = logs.filter((l): l is { msg: string; tenant: string } => (l as { msg?: string }).msg === 'request').slice(-2).map((l) => l.tenant);
    expect(tenants[0]).not.toBe(tenants[1]);
    expect(tenants.join()).not.toMatch(/acme|globex/);
  });

  it('a key bound to a path-traversal policy name is refused without reading any file', async () => {
    const before = mock.received.length;
    const res = await chat({ authorization: `Bearer ${keys.traversal}` });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const text = await res.text();
    expect(text).not.toMatch(/root:|etc\/passwd/);
    expect(mock.received.length).toBe(before);
  });
});
