import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../src/core/audit/chain.ts';
import { sampleReview } from '../src/core/review/store.contract.ts';
import { eventually } from './support/harness.ts';
import { ADMIN_TOKEN, startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

let h: AdminHarness;
let tA = '';
let tB = '';
const tools = [{ type: 'function' as const, function: { name: 'route_lead', parameters: { type: 'object', properties: {} } } }];
const EMAIL = 'maya.iyer@example.com';

beforeAll(async () => {
  h = await startAdminHarness({ maxFailures: 5 });
  tA = await h.pseudonym('acme');
  tB = await h.pseudonym('globex');
  for (let i = 1; i <= 6; i++) await h.reviewStore.create(sampleReview(i, { tenant: i % 2 ? tA : tB }));
});
afterAll(() => h.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } });

describe('admin API: authentication', () => {
  it('refuses a missing, forged or expired token with a JSON error, and a revoked one', async () => {
    expect(await json(await h.api('/reviews'))).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    const real = await h.token('reviewer', ['acme'], 1);
    const forged = `${real.slice(0, -2)}${real.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await h.api('/reviews', { token: forged })).status).toBe(401);
    expect((await h.api('/reviews', { token: 'pst_short' })).status).toBe(401);
    expect((await h.api('/reviews', { token: real })).status).toBe(200);
    h.clock.skew += 2 * 86_400_000;
    try {
      const expired = await json(await h.api('/reviews', { token: real }));
      expect(expired).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      expect(JSON.stringify(expired.body)).not.toContain(real);
    } finally {
      h.clock.skew -= 2 * 86_400_000;
    }
  });

  it('the bootstrap admin creates staff tokens within scope; the token is shown once', async () => {
    const created = await json(await h.api('/staff', { method: 'POST', token: ADMIN_TOKEN, body: JSON.stringify({ name: 'Rita', role: 'reviewer', tenants: ['acme'], expires_in_days: 7 }) }));
    expect(created).toMatchObject({ status: 201, body: { role: 'reviewer', tenants: ['acme'] } });
    const token = String(created.body.token);
    expect((await h.api('/reviews', { token })).status).toBe(200);
    const listed = await json(await h.api('/staff', { token: ADMIN_TOKEN }));
    expect(JSON.stringify(listed.body)).not.toContain(token.slice(4));
    const scopedAdmin = await h.token('admin', ['acme']);
    const widen = await h.api('/staff', { method: 'POST', token: scopedAdmin, body: JSON.stringify({ name: 'X', role: 'admin', tenants: ['*'] }) });
    expect(widen.status).toBe(403);
    expect((await h.api('/staff', { method: 'POST', token: await h.token('reviewer', ['*']), body: '{}' })).status).toBe(403);
  });

  it('manages client keys (admin only)', async () => {
    const made = await json(await h.api('/keys', { method: 'POST', token: ADMIN_TOKEN, body: JSON.stringify({ tenant: 'acme', policy: 'allentics' }) }));
    expect(made).toMatchObject({ status: 201, body: { tenant: 'acme', policy: 'allentics' } });
    expect(String(made.body.key)).toMatch(/^pk_live_/);
    const list = await json(await h.api('/keys', { token: ADMIN_TOKEN }));
    expect(JSON.stringify(list.body)).not.toContain(String(made.body.key));
    const globexAdmin = await h.token('admin', ['globex']);
    expect((await h.api(`/keys/${String(made.body.id)}`, { method: 'DELETE', token: globexAdmin })).status).toBe(404);
    expect((await h.api(`/keys/${String(made.body.id)}`, { method: 'DELETE', token: ADMIN_TOKEN })).status).toBe(200);
    expect((await h.api('/keys', { token: await h.token('auditor', ['*']) })).status).toBe(403);
    expect((await h.api('/keys', { method: 'POST', token: ADMIN_TOKEN, body: JSON.stringify({ tenant: 'acme', policy: 'nope' }) })).status).toBe(400);
  });

  it("binds a provider credential to a key only for an admin over all tenants, and never one of Pledge's own settings", async () => {
    const acmeAdmin = await h.token('admin', ['acme']);
    // A tenant-scoped admin could otherwise point its key at another tenant's held credential.
    const scoped = await json(await h.api('/keys', { method: 'POST', token: acmeAdmin, body: JSON.stringify({ tenant: 'acme', policy: 'allentics', credential_ref: 'OPENAI_KEY_GLOBEX' }) }));
    expect(scoped).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await h.api('/keys', { method: 'POST', token: acmeAdmin, body: JSON.stringify({ tenant: 'acme', policy: 'allentics' }) })).status).toBe(201);
    for (const ref of ['PLEDGE_ADMIN_TOKEN', 'PLEDGE_SECRET', 'openai=OPENAI_KEY_ACME,anthropic=PLEDGE_SECRET']) {
      const res = await json(await h.api('/keys', { method: 'POST', token: ADMIN_TOKEN, body: JSON.stringify({ tenant: 'acme', policy: 'allentics', credential_ref: ref }) }));
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    }
    const held = await json(await h.api('/keys', { method: 'POST', token: ADMIN_TOKEN, body: JSON.stringify({ tenant: 'acme', policy: 'allentics', credential_ref: 'OPENAI_KEY_ACME' }) }));
    expect(held.status).toBe(201);
  });
});

describe('admin API: date filters', () => {
  it('takes a "to" date as far as 9999-12-31 as "until forever", not as an empty range', async () => {
    const token = await h.token('auditor', ['*']);
    const all = await json(await h.api('/reviews?status=pending&limit=200', { token }));
    const until = await json(await h.api('/reviews?status=pending&limit=200&to=9999-12-31', { token }));
    expect((all.body.items as unknown[]).length).toBeGreaterThan(0);
    expect((until.body.items as unknown[]).length).toBe((all.body.items as unknown[]).length);
  });
});

describe('admin API: reviews and tenant isolation', () => {
  it("a reviewer of tenant A sees only A's items and gets 404 on B's", async () => {
    const token = await h.token('reviewer', ['acme']);
    const list = await json(await h.api('/reviews?limit=100', { token }));
    const items = list.body.items as { tenant: string; tenant_name: string }[];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((i) => i.tenant === tA && i.tenant_name === 'acme')).toBe(true);
    const bItem = sampleReview(2).id;
    expect(await json(await h.api(`/reviews/${bItem}`, { token }))).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await h.api(`/reviews/${bItem}/approve`, { method: 'POST', token, body: '{}' })).status).toBe(404);
    expect((await h.api('/reviews?tenant=globex', { token })).status).toBe(404);
    expect((await h.api('/reviews/rv_does_not_exist', { token })).status).toBe(404);
    expect((await h.api(`/reviews/${bItem}`, { token: ADMIN_TOKEN })).status).toBe(200);
  });

  it('an auditor cannot approve', async () => {
    const token = await h.token('auditor', ['*']);
    expect(await json(await h.api(`/reviews/${sampleReview(1).id}/approve`, { method: 'POST', token, body: '{}' }))).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await h.api(`/reviews/${sampleReview(1).id}`, { token })).status).toBe(200);
  });

  it('approve: the reviewer and decision join the audit chain, the note does not; a second decision is 409', async () => {
    const token = await h.token('reviewer', ['acme']);
    const id = sampleReview(3).id;
    const note = '<script>alert("x")</script> ok to route';
    const r = await json(await h.api(`/reviews/${id}/approve`, { method: 'POST', token, body: JSON.stringify({ note }) }));
    expect(r).toMatchObject({ status: 200, body: { id, status: 'approved', note } });
    await h.writer.drain();
    const staff = (await h.auditStore.list({ kind: 'staff', limit: 1000 })).records.map((x) => x.event);
    const event = staff.find((e) => e.target === id && e.action === 'review.approve');
    expect(event).toMatchObject({ kind: 'staff', tenant: tA, actor: r.body.decided_by });
    expect(JSON.stringify(staff)).not.toContain('alert');
    expect((await h.api(`/reviews/${id}/reject`, { method: 'POST', token, body: '{}' })).status).toBe(409);
    expect((await h.api(`/reviews/${sampleReview(5).id}/reject`, { method: 'POST', token, body: 'not json' })).status).toBe(400);
    const verify = await json(await h.api('/audit/verify', { token: ADMIN_TOKEN }));
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('filters by status and tool, and rejects bad filters with JSON errors', async () => {
    const token = await h.token('auditor', ['*']);
    const approved = await json(await h.api('/reviews?status=approved', { token }));
    expect((approved.body.items as { status: string }[]).every((i) => i.status === 'approved')).toBe(true);
    const tool = await json(await h.api('/reviews?tool=schedule_meeting', { token }));
    expect((tool.body.items as { tool: string }[]).every((i) => i.tool === 'schedule_meeting')).toBe(true);
    for (const q of ['status=maybe', 'from=yesterday', 'cursor=%21%21', 'limit=-1']) {
      const bad = await json(await h.api(`/reviews?${q}`, { token }));
      expect(bad.status).toBe(400);
      expect(bad.body.error?.code).toBeTruthy();
    }
  });
});

describe('admin API: audit, compliance and sub-processors from real SDK traffic', () => {
  beforeAll(async () => {
    const client = new OpenAI({ apiKey: 'acme-sdk-key', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Route the lead ${EMAIL}` }], tools });
    const other = new OpenAI({ apiKey: 'globex-sdk-key', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
    await other.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] });
    await eventually(() => expect(h.writer.backlog).toBe(0));
    await h.writer.drain();
  });

  it('lists, filters and shows audit events within scope only', async () => {
    const token = await h.token('auditor', ['acme']);
    const page = await json(await h.api('/audit?has_redactions=true&provider=openai', { token }));
    const records = page.body.records as AuditRecord[];
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.event.tenant === tA && (r.event.redactions?.EMAIL_ADDRESS ?? 0) > 0)).toBe(true);
    expect((await h.api(`/audit/${records[0]!.seq}`, { token })).status).toBe(200);
    const all = (await h.auditStore.list({ tenant: tB, limit: 10 })).records;
    expect((await h.api(`/audit/${all[0]!.seq}`, { token })).status).toBe(404);
    expect((await h.api('/audit?tenant=globex', { token })).status).toBe(404);
    expect(JSON.stringify(page.body)).not.toContain(EMAIL);
  });

  it('exports jsonl and csv as streams, scoped to the tenant', async () => {
    const token = await h.token('auditor', ['acme']);
    const jsonl = await h.api('/audit/export?format=jsonl', { token });
    expect(jsonl.headers.get('content-type')).toContain('ndjson');
    const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.event.tenant === tA)).toBe(true);
    const csv = await (await h.api('/audit/export?format=csv', { token })).text();
    expect(csv.split('\r\n')[0]).toMatch(/^seq,hash,id,ts/);
    expect((await h.api('/audit/export?format=xml', { token })).status).toBe(400);
    expect((await h.api('/audit/export', { token: await h.token('reviewer', ['acme']) })).status).toBe(403);
  });

  it('reports compliance per clause with counters, and sub-processors with traffic', async () => {
    const token = await h.token('auditor', ['acme']);
    const report = await json(await h.api('/compliance?tenant=acme&policy=allentics', { token }));
    expect(report.status).toBe(200);
    const totals = report.body.totals as { requests: number; redactions: Record<string, number>; decisions: { queued: number } };
    expect(totals.requests).toBe(1);
    expect(totals.redactions.EMAIL_ADDRESS).toBe(1);
    expect(totals.decisions.queued).toBeGreaterThanOrEqual(1);
    expect((report.body.rows as unknown[]).length).toBeGreaterThan(0);
    const subs = await json(await h.api('/subprocessors?tenant=acme', { token }));
    const openai = (subs.body.subprocessors as { provider: string; requests: number; allowed: boolean }[]).find((s) => s.provider === 'openai');
    expect(openai).toMatchObject({ allowed: true, requests: 1 });
    expect((await h.api('/compliance?tenant=globex', { token })).status).toBe(404);
    expect((await h.api('/compliance', { token: await h.token('reviewer', ['acme']) })).status).toBe(403);
  });

  it('the SDK call through Pledge queued a review item with placeholders, for its own tenant only', async () => {
    const token = await h.token('reviewer', ['acme']);
    const list = await json(await h.api('/reviews?tool=route_lead&status=pending', { token }));
    const live = (list.body.items as { provider: string; args: string; tenant: string }[]).find((i) => i.provider === 'openai' && i.args.includes('[EMAIL_ADDRESS_1]'));
    expect(live).toBeDefined();
    expect(live!.args).not.toContain(EMAIL);
  });
});

describe('admin API: rate limiting', () => {
  it('refuses further attempts from a client after repeated failures', async () => {
    const limited = await startAdminHarness({ maxFailures: 3 });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.api('/reviews', { token: `pst_${'x'.repeat(43)}` })).status).toBe(401);
      const blocked = await json(await limited.api('/reviews', { token: ADMIN_TOKEN }));
      expect(blocked).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    } finally {
      await limited.close();
    }
  });
});
