/**
 * A policy whose `logging.pseudonymize` leaves `tenant` out stores the tenant's name, not its
 * pseudonym. Staff scoped to that tenant see those records in the lists, exports and queue, as
 * they could already open them one by one; another tenant's staff still see nothing of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReview } from '../src/core/review/store.contract.ts';
import { startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

let h: AdminHarness;
beforeAll(async () => {
  h = await startAdminHarness();
  await h.auditStore.append([
    { id: 'e1', ts: '2026-01-01T00:00:00.000Z', kind: 'request', tenant: 'acme', provider: 'openai' },
    { id: 'e2', ts: '2026-01-01T00:00:01.000Z', kind: 'request', tenant: await h.pseudonym('acme'), provider: 'openai' },
    { id: 'e3', ts: '2026-01-01T00:00:02.000Z', kind: 'request', tenant: 'globex', provider: 'openai' },
  ]);
  await h.reviewStore.create(sampleReview(1, { tenant: 'acme' }));
  await h.reviewStore.create(sampleReview(2, { tenant: 'globex' }));
});
afterAll(() => h.close());

const get = async <T>(path: string, token: string) => (await (await h.api(path, { token })).json()) as T;
const ids = (e: { event: { id: string } }[]) => e.map((r) => r.event.id).sort();

describe('staff scoped to a tenant stored under its name', () => {
  it('list its events under both forms, with and without ?tenant=', async () => {
    const acme = await h.token('auditor', ['acme']);
    expect(ids((await get<{ records: { event: { id: string } }[] }>('/audit', acme)).records)).toEqual(['e1', 'e2']);
    expect(ids((await get<{ records: { event: { id: string } }[] }>('/audit?tenant=acme', acme)).records)).toEqual(['e1', 'e2']);
    const exported = await (await h.api('/audit/export?format=jsonl&tenant=acme', { token: acme })).text();
    expect(exported.trim().split('\n').map((l) => (JSON.parse(l) as { event: { id: string } }).event.id).sort()).toEqual(['e1', 'e2']);
  });

  it('see its review items, and not another tenant\'s', async () => {
    const acme = await h.token('reviewer', ['acme']);
    expect((await get<{ items: { id: string }[] }>('/reviews', acme)).items.map((i) => i.id)).toEqual([sampleReview(1).id]);
    expect((await get<{ items: { id: string }[] }>('/reviews?tenant=acme', acme)).items.map((i) => i.id)).toEqual([sampleReview(1).id]);
    const globex = await h.token('reviewer', ['globex']);
    expect((await get<{ items: { id: string }[] }>('/reviews', globex)).items.map((i) => i.id)).toEqual([sampleReview(2).id]);
    expect(ids((await get<{ records: { event: { id: string } }[] }>('/audit', await h.token('auditor', ['globex']))).records)).toEqual(['e3']);
  });
});
