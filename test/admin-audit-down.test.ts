import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReview } from '../src/core/review/store.contract.ts';
import { ADMIN_TOKEN, startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

/** A change the audit trail cannot record is not made: no decision or key without its audit event. */
describe('admin changes while the audit trail is unavailable', () => {
  let h: AdminHarness;
  beforeAll(async () => {
    h = await startAdminHarness();
    await h.reviewStore.create(sampleReview(1, { tenant: await h.pseudonym('acme') }));
  });
  afterAll(() => h.close());

  it('refuses review decisions and new keys with 503, changes nothing, and still serves reads', async () => {
    const id = sampleReview(1).id;
    const healthy = h.writer.healthy;
    h.writer.healthy = () => false;
    try {
      const decide = await h.api(`/reviews/${id}/approve`, { method: 'POST', token: ADMIN_TOKEN, body: '{}' });
      expect(decide.status).toBe(503);
      expect(((await decide.json()) as { error: { code: string } }).error.code).toBe('audit_unavailable');
      const key = await h.api('/keys', { method: 'POST', token: ADMIN_TOKEN, body: JSON.stringify({ tenant: 'acme', policy: 'default' }) });
      expect(key.status).toBe(503);
      expect((await h.api(`/reviews/${id}`, { token: ADMIN_TOKEN })).status).toBe(200);
      expect((await h.reviewStore.get(id))?.status).toBe('pending');
      expect(((await (await h.api('/keys', { token: ADMIN_TOKEN })).json()) as { keys: unknown[] }).keys).toHaveLength(0);
    } finally {
      h.writer.healthy = healthy;
    }
    expect((await h.api(`/reviews/${id}/approve`, { method: 'POST', token: ADMIN_TOKEN, body: '{}' })).status).toBe(200);
  });
});
