/**
 * The Node runtime's own configuration, end to end: health and metrics routes, the upstream
 * timeout variable, the review webhook, and the refusal to bind a public address in open mode.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../mock/server.ts';
import { cookieJar } from './support/cookie-jar.ts';
import { startNodePledge, type NodePledge } from '../src/runtime/node/start.ts';
import { expectRejection } from './support/rejection.ts';

const ADMIN_TOKEN = 'node-admin-token-0123456789';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let mock: MockProvider;
let webhook: Server;
const hooks: unknown[] = [];
let hookUrl = '';

const baseEnv = (extra: Record<string, string> = {}) => ({
  PORT: '0',
  PLEDGE_DB: path.join(mkdtempSync(path.join(tmpdir(), 'pledge-node-config-')), 'pledge.db'),
  PLEDGE_SECRET: 'node-config-secret-0123456789',
  PLEDGE_OPENAI_UPSTREAM: `${mock.url}/v1`,
  ...extra,
});

const chat = (url: string, body: object) =>
  fetch(`${url}/openai/v1/chat/completions`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-client' }, body: JSON.stringify(body),
  });

beforeAll(async () => {
  mock = await startMockProvider();
  webhook = createServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += d.toString()));
    req.on('end', () => {
      hooks.push(JSON.parse(text));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => webhook.listen(0, '127.0.0.1', r));
  const addr = webhook.address();
  hookUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/hook`;
});

afterAll(async () => {
  await mock.close();
  await new Promise((r) => webhook.close(r));
});

describe('Node runtime configuration', () => {
  let pledge: NodePledge;
  beforeAll(async () => {
    pledge = await startNodePledge({
      env: baseEnv({ PLEDGE_UPSTREAM_TIMEOUT_MS: '300', PLEDGE_REVIEW_WEBHOOK_URL: hookUrl, PLEDGE_ADMIN_TOKEN: ADMIN_TOKEN }),
      logger: quiet,
    });
  });
  afterAll(async () => pledge.close());

  it('serves /healthz with a request id', async () => {
    const res = await fetch(`${pledge.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts requests and redactions in GET /metrics (Prometheus text)', async () => {
    const res = await chat(pledge.url, { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Write to priya.sharma@acmecorp.in' }] });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const metrics = await fetch(`${pledge.url}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(/pledge_requests_total\{provider="openai",route="chat\.completions",status="200"\} [1-9]/);
    expect(text).toMatch(/pledge_redactions_total\{entity="EMAIL_ADDRESS"\} [1-9]/);
    expect(text).not.toContain('priya');
  });

  it('reports the process memory in GET /metrics: resident set, V8 heap used and total, external', async () => {
    const text = await (await fetch(`${pledge.url}/metrics`)).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
    expect(text).toContain('# TYPE process_resident_memory_bytes gauge');
    // The child is a whole Node process: tens of MB resident, a heap in use below its size.
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(20 * 2 ** 20);
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(1 * 2 ** 20);
    expect(value('nodejs_heap_size_used_bytes')).toBeLessThanOrEqual(value('nodejs_heap_size_total_bytes'));
    expect(value('nodejs_external_memory_bytes')).toBeGreaterThan(0);
  });

  it('signs a staff member in to the web UI with the Node clock, and the session cookie works', async () => {
    const { keep, header: cookie } = cookieJar();
    const login = await fetch(`${pledge.url}/admin/login`, { redirect: 'manual' });
    keep(login);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())?.[1] ?? '';
    const signedIn = await fetch(`${pledge.url}/admin/login`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ token: ADMIN_TOKEN, _csrf: csrf }),
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(signedIn.status).toBe(303);
    keep(signedIn);
    const reviews = await fetch(`${pledge.url}/admin/reviews`, { headers: { cookie: cookie() }, redirect: 'manual' });
    expect(reviews.status).toBe(200);

    // Signing out is kept in the database: another process on the same file (a restart, a second
    // instance) refuses a copy of the cookie too. Only a hash of the cookie is stored.
    const copied = cookie();
    const page = await (await fetch(`${pledge.url}/admin/reviews`, { headers: { cookie: copied } })).text();
    const formCsrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const out = await fetch(`${pledge.url}/admin/logout`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ _csrf: formCsrf }),
      headers: { cookie: copied, 'content-type': 'application/x-www-form-urlencoded', origin: pledge.url },
    });
    expect(out.status).toBe(303);
    const second = await startNodePledge({ env: { ...baseEnv({ PLEDGE_ADMIN_TOKEN: ADMIN_TOKEN }), PLEDGE_DB: pledge.config.PLEDGE_DB }, logger: quiet });
    try {
      const replay = await fetch(`${second.url}/admin/reviews`, { headers: { cookie: copied }, redirect: 'manual' });
      expect(replay.status).toBe(303);
      expect(replay.headers.get('location')).toBe('/admin/login');
    } finally {
      await second.close();
    }
    const db = new DatabaseSync(pledge.config.PLEDGE_DB, { readOnly: true });
    const stored = db.prepare('SELECT hash FROM signed_out_sessions').all().map((r) => String(r.hash));
    db.close();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(copied).not.toContain(stored[0]);
  });

  it('serves the sign-in page to anonymous visitors without writing to the database', async () => {
    const db = new DatabaseSync(pledge.config.PLEDGE_DB, { readOnly: true });
    const rows = () => Number((db.prepare('SELECT count(*) AS n FROM subject_keys').get() as { n: number }).n);
    const before = rows();
    for (let i = 0; i < 20; i++) await (await fetch(`${pledge.url}/admin/login`)).arrayBuffer();
    expect(rows()).toBe(before);
    db.close();
  });

  it('answers 404, not 500, for audit event 0', async () => {
    const res = await fetch(`${pledge.url}/admin/api/audit/0`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(404);
  });

  it('rate-limits failed staff sign-ins by TCP peer: a forged cf-connecting-ip does not reset the count (after the other admin tests)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${pledge.url}/admin/api/staff`, { headers: { authorization: 'Bearer stf_wrong_token_0123456789abcdef', 'cf-connecting-ip': `203.0.113.${i}` } });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('answers 504 in the OpenAI envelope once PLEDGE_UPSTREAM_TIMEOUT_MS passes without upstream headers', async () => {
    const t0 = performance.now();
    const res = await chat(pledge.url, { model: 'mock-slow-3000', messages: [{ role: 'user', content: 'hi' }] });
    const took = performance.now() - t0;
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('pledge_upstream_timeout');
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(2500);
  });

  it('announces a new review item to PLEDGE_REVIEW_WEBHOOK_URL with ids only', async () => {
    const res = await chat(pledge.url, {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Route the lead Priya Sharma, +91 98765 43210, to sales.' }],
      tools: [{ type: 'function', function: { name: 'route_lead', parameters: { type: 'object', properties: {} } } }],
    });
    expect(res.headers.get('x-pledge-review')).toBe('required');
    const id = res.headers.get('x-pledge-review-id');
    await res.arrayBuffer();
    for (let i = 0; i < 50 && hooks.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(hooks).toContainEqual({ id, tenant: expect.any(String), rule: 'route_lead', tool: 'route_lead' });
    expect(JSON.stringify(hooks)).not.toMatch(/Priya|98765/);
  });
});

describe('a start that fails', () => {
  it.each([
    ['a policy that does not load', { PLEDGE_POLICY: '/nonexistent/policy.yaml' }, /policies failed to load/],
    ['open mode on a public address', { HOST: '0.0.0.0' }, /Refusing to bind/],
  ])('(%s) closes the audit thread and the database it opened', async (_label, extra, why) => {
    const count = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort' || r === 'Worker').length;
    const before = count();
    const env = baseEnv(extra);
    await expectRejection(startNodePledge({ env, logger: quiet }), why);
    for (let i = 0; i < 50 && count() > before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(count()).toBe(before);
    // Closed: the file opens again with nothing holding it.
    const db = new DatabaseSync(env.PLEDGE_DB);
    expect(db.prepare('SELECT count(*) AS n FROM audit_events').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('binding a public address', () => {
  it('refuses to start in open mode (no client keys) on a non-loopback HOST', async () => {
    await expectRejection(startNodePledge({ env: baseEnv({ HOST: '0.0.0.0' }), logger: quiet }), /Refusing to bind 0\.0\.0\.0 in local open mode/);
  });

  it('starts there when PLEDGE_ALLOW_OPEN_MODE=1 says so', async () => {
    const pledge = await startNodePledge({ env: baseEnv({ HOST: '0.0.0.0', PLEDGE_ALLOW_OPEN_MODE: '1' }), logger: quiet });
    try {
      expect(pledge.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
      expect((await fetch(`http://127.0.0.1:${new URL(pledge.url).port}/healthz`)).status).toBe(200);
    } finally {
      await pledge.close();
    }
  });
});

describe('PLEDGE_DB=:memory:', () => {
  it('keeps the database in memory: no file is created in the working directory, and requests are audited', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'pledge-memory-db-'));
    const pledge = await startNodePledge({ env: baseEnv({ PLEDGE_DB: ':memory:', PLEDGE_ADMIN_TOKEN: ADMIN_TOKEN, PLEDGE_POLICY: path.resolve('policies/default.yaml') }), cwd, logger: quiet });
    try {
      const res = await chat(pledge.url, { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Call Priya Sharma on +91 98765 43210.' }] });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      await pledge.audit.drain(5000);
      const list = await fetch(`${pledge.url}/admin/api/audit`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(list.status).toBe(200);
      const { records } = (await list.json()) as { records: { event: { outcome: string; redactions: Record<string, number> } }[] };
      expect(records).toHaveLength(1);
      expect(records[0]!.event).toMatchObject({ outcome: 'ok', redactions: { PERSON: 1, PHONE_NUMBER: 1 } });
    } finally {
      await pledge.close();
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('without PLEDGE_SECRET makes a key for the run instead of writing pledge.secret anywhere', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'pledge-memory-db-'));
    const before = readdirSync(process.cwd());
    const env = { ...baseEnv({ PLEDGE_DB: ':memory:', PLEDGE_POLICY: path.resolve('policies/default.yaml') }), PLEDGE_SECRET: '' };
    const warnings: unknown[] = [];
    const pledge = await startNodePledge({ env, cwd, logger: { ...quiet, warn: (o: unknown) => warnings.push(o) } });
    try {
      expect((await chat(pledge.url, { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })).status).toBe(200);
    } finally {
      await pledge.close();
    }
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(process.cwd())).toEqual(before);
    expect(JSON.stringify(warnings)).toContain('made for this run only');
  });
});
