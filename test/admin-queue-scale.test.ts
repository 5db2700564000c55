import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryReviewStore } from '../src/core/review/memory-store.ts';
import { sampleReview } from '../src/core/review/store.contract.ts';
import type { ReviewQuery, ReviewStore } from '../src/core/review/store.ts';
import { startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

const queries: ReviewQuery[] = [];
let h: AdminHarness;

beforeAll(async () => {
  const inner = createMemoryReviewStore();
  const spy: ReviewStore = { ...inner, list: (q) => (queries.push(q ?? {}), inner.list(q)) };
  h = await startAdminHarness({ reviews: spy });
  const acme = await h.pseudonym('acme');
  const globex = await h.pseudonym('globex');
  for (let i = 1; i <= 10_000; i++) await inner.create(sampleReview(i, { tenant: i % 4 === 0 ? globex : acme }));
});
afterAll(() => h.close());

describe('a 10,000-item review queue', () => {
  it('answers in pages: default 50, at most 200, and every store query carries a limit', async () => {
    const token = await h.token('reviewer', ['acme']);
    const get = async (q: string) => (await (await h.api(`/reviews${q}`, { token })).json()) as { items: { id: string; tenant_name: string }[]; next_cursor?: string };
    const first = await get('');
    expect(first.items).toHaveLength(50);
    expect(first.next_cursor).toBeTruthy();
    const big = await get('?limit=100000');
    expect(big.items).toHaveLength(200);
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await get(`?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(200);
      for (const i of page.items) seen.add(i.id);
      expect(page.items.every((i) => i.tenant_name === 'acme')).toBe(true);
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor);
    expect(seen.size).toBe(7500);
    expect(pages).toBe(38);
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((q) => typeof q.limit === 'number' || q.limit === undefined)).toBe(true);
    expect(queries.every((q) => q.tenants !== undefined)).toBe(true);
  });

  it('the UI queue page renders one page, not the whole queue', async () => {
    const token = await h.token('reviewer', ['acme']);
    const form = await fetch(`${h.pledge.url}/admin/login`);
    const cookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const login = await fetch(`${h.pledge.url}/admin/login`, {
      method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, _csrf: csrf }),
    });
    const session = [cookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
    const html = await (await fetch(`${h.pledge.url}/admin/reviews`, { headers: { cookie: session } })).text();
    const rows = html.match(/<tr class="row"/g) ?? [];
    expect(rows.length).toBe(50);
    expect(html).toContain('Next page');
  });
});
