import type { Hono } from 'hono';
import type { AdminContext } from './auth.ts';
import { requireApi } from './auth.ts';
import { apiError } from './http.ts';
import { decideItem, reviewQuery, scopedItem } from './review-actions.ts';
import { tenantLabel } from './scope.ts';
import type { ReviewItem } from '../review/types.ts';
import type { StaffPrincipal } from '../staff/types.ts';

const view = (p: StaffPrincipal, item: ReviewItem) => ({ ...item, tenant_name: tenantLabel(p, item.tenant) });

export function mountReviewApi(api: Hono, ctx: AdminContext): void {
  api.get('/reviews', requireApi('reviews.read'), async (c) => {
    const p = c.get('staff');
    const q = await reviewQuery(ctx, p, c.req.query());
    if (!q.ok) return apiError(c, q.status, q.code, q.message);
    try {
      const page = await ctx.opts.reviews.list(q.value);
      return c.json({ items: page.items.map((i) => view(p, i)), ...(page.next_cursor && { next_cursor: page.next_cursor }) });
    } catch (err) {
      if (err instanceof RangeError) return apiError(c, 400, 'invalid_cursor', 'The cursor is not valid.');
      throw err;
    }
  });

  api.get('/reviews/:id', requireApi('reviews.read'), async (c) => {
    const r = await scopedItem(ctx, c.get('staff'), c.req.param('id'));
    return r.ok ? c.json(view(c.get('staff'), r.value)) : apiError(c, r.status, r.code, r.message);
  });

  for (const decision of ['approve', 'reject'] as const) {
    api.post(`/reviews/:id/${decision}`, requireApi('reviews.decide'), async (c) => {
      let body: unknown = {};
      const text = await c.req.text();
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          return apiError(c, 400, 'invalid_json', 'The body must be JSON: {"note": "…"}.');
        }
      }
      const note = body !== null && typeof body === 'object' ? (body as { note?: unknown }).note : undefined;
      const r = await decideItem(ctx, c, c.req.param('id'), decision, note);
      return r.ok ? c.json(view(c.get('staff'), r.value)) : apiError(c, r.status, r.code, r.message);
    });
  }
}
