import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERIFY_REUSE_MS } from '../src/core/admin/audit-actions.ts';
import { ADMIN_TOKEN, startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

describe('chain verification on demand', () => {
  let h: AdminHarness;
  beforeAll(async () => {
    h = await startAdminHarness();
  });
  afterAll(() => h.close());

  it('walks the chain once for concurrent requests and reuses the result briefly', async () => {
    let walks = 0;
    const scan = h.auditStore.scan.bind(h.auditStore);
    h.auditStore.scan = (...args: Parameters<typeof scan>) => {
      walks++;
      return scan(...args);
    };
    const verify = () => h.api('/audit/verify', { token: ADMIN_TOKEN }).then((r) => r.json() as Promise<{ ok: boolean }>);
    const results = await Promise.all([verify(), verify(), verify(), verify(), verify()]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(walks).toBe(1);
    await verify();
    expect(walks).toBe(1);
    h.clock.skew += VERIFY_REUSE_MS + 1;
    expect((await verify()).ok).toBe(true);
    expect(walks).toBe(2);
  });
});
