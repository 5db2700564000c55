import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import worker from '../../src/runtime/worker/index.ts';
import { remoteStore } from '../../src/runtime/worker/store/store-client.ts';
import { cookieJar } from '../support/cookie-jar.ts';
import { BASE } from './support.ts';

it('the Durable Object keeps signed-out sessions until they would have expired', async () => {
  const id = env.PLEDGE_STORE.newUniqueId();
  const signOuts = remoteStore(() => env.PLEDGE_STORE.get(id), 'signOuts');
  const now = Date.now();
  expect(await signOuts.has('a'.repeat(64), now)).toBe(false);
  await signOuts.add('a'.repeat(64), now + 60_000, now);
  expect(await signOuts.has('a'.repeat(64), now)).toBe(true);
  expect(await signOuts.has('a'.repeat(64), now + 60_001)).toBe(false);
  // Rows past their time are purged when another sign-out is stored.
  await signOuts.add('b'.repeat(64), now + 120_000, now + 61_000);
  expect(await signOuts.has('b'.repeat(64), now + 61_000)).toBe(true);
});

it('signing out in one isolate ends the session in every isolate: a copied cookie is refused elsewhere', async () => {
  // Two env objects boot two isolates' worth of state (admin context, memory), sharing the Durable Object.
  const isolate = (): typeof fetch => {
    const own = { ...env } as Env;
    return (input, init) => worker.fetch(new Request(input, init) as Request<unknown, IncomingRequestCfProperties>, own, createExecutionContext());
  };
  const first = isolate();
  const second = isolate();
  const { keep, header: cookie } = cookieJar();
  const form = async (fetcher: typeof fetch, path: string, body: Record<string, string>) =>
    fetcher(`${BASE}${path}`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams(body),
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', origin: BASE },
    });
  const login = await first(`${BASE}/admin/login`, { redirect: 'manual' });
  keep(login);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())?.[1] ?? '';
  const signedIn = await form(first, '/admin/login', { token: env.PLEDGE_ADMIN_TOKEN, _csrf: csrf });
  expect(signedIn.status).toBe(303);
  keep(signedIn);
  const copied = cookie();
  expect((await second(`${BASE}/admin/reviews`, { headers: { cookie: copied }, redirect: 'manual' })).status).toBe(200);

  expect((await form(first, '/admin/logout', { _csrf: csrf })).status).toBe(303);
  const replay = await second(`${BASE}/admin/reviews`, { headers: { cookie: copied }, redirect: 'manual' });
  expect(replay.status).toBe(303);
  expect(replay.headers.get('location')).toBe('/admin/login');
});
