import { exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';

it('serves /healthz inside workerd', async () => {
  const res = await exports.default.fetch('https://pledge.test/healthz');
  expect(res.status).toBe(200);
  expect(res.headers.get('x-pledge-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
