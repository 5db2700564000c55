import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReview } from '../src/core/review/store.contract.ts';
import { ADMIN_TOKEN, startAdminHarness, type AdminHarness } from './support/admin-fixture.ts';

let h: AdminHarness;

beforeAll(async () => {
  h = await startAdminHarness();
  await h.reviewStore.create(sampleReview(1, { tenant: await h.pseudonym('acme') }));
  await h.reviewStore.create(sampleReview(2, { tenant: await h.pseudonym('globex') }));
  await h.reviewStore.create(sampleReview(3, { tenant: await h.pseudonym('acme') }));
});
afterAll(() => h.close());

/** A minimal browser: a cookie jar, no redirects followed, the CSRF token scraped from forms. */
class Browser {
  jar = new Map<string, string>();
  csrf = '';
  async get(path: string): Promise<Response> {
    const res = await fetch(`${h.pledge.url}${path}`, { headers: { cookie: this.cookie() }, redirect: 'manual' });
    this.keep(res);
    return res;
  }
  async page(path: string): Promise<{ status: number; html: string; res: Response }> {
    const res = await this.get(path);
    const html = await res.text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? this.csrf;
    return { status: res.status, html, res };
  }
  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${h.pledge.url}${path}`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams(form),
      headers: { cookie: this.cookie(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    this.keep(res);
    return res;
  }
  async signIn(token: string): Promise<Response> {
    await this.page('/admin/login');
    return this.post('/admin/login', { token, _csrf: this.csrf });
  }
  private cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=') as [string, string];
      if (/max-age=0/i.test(c) || v === '') this.jar.delete(k);
      else this.jar.set(k, v);
    }
  }
}

describe('admin UI', () => {
  it('sends a strict CSP, no scripts, and HttpOnly SameSite=Strict cookies', async () => {
    const b = new Browser();
    const { res, html } = await b.page('/admin/login');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script|style="/i);
    expect(html).toContain('<label class="field" for="token">');
    const login = await b.post('/admin/login', { token: await h.token('reviewer', ['acme']), _csrf: b.csrf });
    expect(login.status).toBe(303);
    const session = login.headers.getSetCookie().find((c) => c.startsWith('pledge_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect((await fetch(`${h.pledge.url}/admin/static/app.css`)).headers.get('content-type')).toContain('text/css');
  });

  it('signing out ends the session on the server too: a copied cookie stops working', async () => {
    const b = new Browser();
    expect((await b.signIn(await h.token('reviewer', ['acme']))).status).toBe(303);
    const copied = b.jar.get('pledge_session')!;
    expect((await b.get('/admin/reviews')).status).toBe(200);
    await b.page('/admin/reviews');
    expect((await b.post('/admin/logout', { _csrf: b.csrf })).status).toBe(303);
    const replay = await fetch(`${h.pledge.url}/admin/reviews`, { headers: { cookie: `pledge_session=${copied}; pledge_csrf=${b.jar.get('pledge_csrf') ?? ''}` }, redirect: 'manual' });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/admin/login');
  });

  it('redirects to sign-in without a session, and refuses a wrong or expired token', async () => {
    const b = new Browser();
    expect((await b.get('/admin/reviews')).headers.get('location')).toBe('/admin/login');
    expect((await b.signIn('pst_not-a-real-token')).status).toBe(403);
    expect((await b.get('/admin/reviews')).status).toBe(303);
    const soon = await h.token('reviewer', ['acme'], 1);
    h.clock.skew += 2 * 86_400_000;
    try {
      expect((await b.signIn(soon)).status).toBe(403);
    } finally {
      h.clock.skew -= 2 * 86_400_000;
    }
  });

  it('refuses a form POST without the CSRF token, with a forged one, or from another origin', async () => {
    const b = new Browser();
    await b.signIn(await h.token('reviewer', ['acme']));
    const id = sampleReview(1).id;
    expect((await b.post(`/admin/reviews/${id}/decide`, { decision: 'approve' })).status).toBe(403);
    expect((await b.post(`/admin/reviews/${id}/decide`, { decision: 'approve', _csrf: 'f'.repeat(40) })).status).toBe(403);
    await b.page('/admin/reviews');
    expect((await b.post(`/admin/reviews/${id}/decide`, { decision: 'approve', _csrf: b.csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await h.reviewStore.get(id))?.status).toBe('pending');
    const stranger = new Browser();
    expect((await stranger.post('/admin/login', { token: 'x' })).status).toBe(403);
  });

  it('filters the queue by "any" status: decided items show, and the choice stays selected', async () => {
    await h.reviewStore.create(sampleReview(41, { tenant: await h.pseudonym('acme'), status: 'approved' }));
    const b = new Browser();
    await b.signIn(await h.token('reviewer', ['acme']));
    const pending = await b.page('/admin/reviews');
    expect(pending.html).not.toContain(sampleReview(41).id);
    const any = await b.page('/admin/reviews?status=any');
    expect(any.status).toBe(200);
    expect(any.html).toContain(sampleReview(41).id);
    expect(any.html).toMatch(/<option value="any" selected/);
  });

  it('answers a form POST whose body is not the multipart it claims with a 400, not a 500', async () => {
    const res = await fetch(`${h.pledge.url}/admin/login`, {
      method: 'POST',
      headers: { cookie: `pledge_csrf=${'0123456789abcdef'.repeat(2)}`, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: 'this is not multipart',
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
  });

  it('works behind a TLS proxy that rewrites Host: Secure cookies, and the public Origin is accepted', async () => {
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'pledge.example.com' };
    const page = await fetch(`${h.pledge.url}/admin/login`, { headers: proxied, redirect: 'manual' });
    const html = await page.text();
    expect(page.headers.getSetCookie().find((c) => c.startsWith('pledge_csrf='))).toMatch(/Secure/);
    const seed = page.headers.getSetCookie().find((c) => c.startsWith('pledge_csrf='))!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const login = await fetch(`${h.pledge.url}/admin/login`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ token: ADMIN_TOKEN, _csrf: csrf }),
      headers: { ...proxied, cookie: seed, origin: 'https://pledge.example.com', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(login.status).toBe(303);
    expect(login.headers.getSetCookie().find((c) => c.startsWith('pledge_session='))).toMatch(/Secure/);
    // Another public origin is still refused.
    const evil = await fetch(`${h.pledge.url}/admin/login`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ token: ADMIN_TOKEN, _csrf: csrf }),
      headers: { ...proxied, cookie: seed, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(evil.status).toBe(403);
  });

  it("shows a reviewer only their tenant's items; another tenant's item is 404", async () => {
    const b = new Browser();
    await b.signIn(await h.token('reviewer', ['acme']));
    const { html } = await b.page('/admin/reviews');
    expect(html).toContain(sampleReview(1).id);
    expect(html).not.toContain(sampleReview(2).id);
    expect((await b.page(`/admin/reviews/${sampleReview(2).id}`)).status).toBe(404);
    await b.page(`/admin/reviews/${sampleReview(3).id}`);
    expect((await b.post(`/admin/reviews/${sampleReview(2).id}/decide`, { decision: 'approve', _csrf: b.csrf })).status).toBe(404);
    expect((await h.reviewStore.get(sampleReview(2).id))?.status).toBe('pending');
  });

  it('an auditor sees the queue but cannot decide', async () => {
    const b = new Browser();
    await b.signIn(await h.token('auditor', ['*']));
    const { html } = await b.page(`/admin/reviews/${sampleReview(1).id}`);
    expect(html).not.toContain('Approve');
    expect((await b.post(`/admin/reviews/${sampleReview(1).id}/decide`, { decision: 'approve', _csrf: b.csrf })).status).toBe(403);
  });

  it('escapes HTML and script in a note: it displays as text', async () => {
    const b = new Browser();
    await b.signIn(await h.token('reviewer', ['acme']));
    const id = sampleReview(3).id;
    await b.page(`/admin/reviews/${id}`);
    const note = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & done';
    const res = await b.post(`/admin/reviews/${id}/decide`, { decision: 'reject', note, _csrf: b.csrf });
    expect(res.status).toBe(303);
    const { html } = await b.page(res.headers.get('location')!);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &amp; done');
    expect(html).toContain('Rejected. The decision is in the audit trail.');
  });

  it('audit, compliance and chain pages render for an auditor; exports download', async () => {
    const b = new Browser();
    await b.signIn(await h.token('auditor', ['*']));
    await h.writer.drain();
    const audit = await b.page('/admin/audit?kind=staff');
    expect(audit.status).toBe(200);
    expect(audit.html).toContain('review.reject');
    const seq = /href="\/admin\/audit\/(\d+)"/.exec(audit.html)?.[1];
    expect((await b.page(`/admin/audit/${seq}`)).html).toContain('Previous hash');
    const compliance = await b.page('/admin/compliance?policy=allentics');
    expect(compliance.status).toBe(200);
    expect(compliance.html).toContain('Sub-processors');
    expect((await b.page('/admin/chain')).html).toContain('intact');
    const csv = await b.get('/admin/audit/export?format=csv');
    expect(csv.headers.get('content-disposition')).toContain('pledge-audit.csv');
    expect((await csv.text()).startsWith('seq,hash')).toBe(true);
  });
});
