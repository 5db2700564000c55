/**
 * An upstream header on the pass-through list whose value holds a control character (\x01): Node
 * refuses to write such a value, so passing it on cost the whole answer (a 502 while the audit
 * event said 200). It is dropped instead: the client gets the answer, and the audit agrees.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, startHarness, type Harness } from './support/harness.ts';

let upstream: Server;
let h: Harness;
const BODY = '{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}';

beforeAll(async () => {
  upstream = createServer((s) => {
    s.once('data', () => {
      s.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: a\x01b\r\nopenai-version: 2020-10-01\r\ncontent-length: ${BODY.length}\r\nconnection: close\r\n\r\n${BODY}`);
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const a = upstream.address();
  const url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/v1`;
  h = await startHarness({ upstreams: () => ({ openai: url }) });
});
afterAll(async () => {
  await h.close();
  await new Promise((r) => upstream.close(r));
});

it('drops an upstream header value Node cannot write, and passes the answer on', async () => {
  const res = await fetch(`${h.pledge.url}/openai/v1/chat/completions`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-x' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBeNull();
  expect(res.headers.get('openai-version')).toBe('2020-10-01');
  expect(await res.text()).toBe(BODY);
  const id = res.headers.get('x-pledge-request-id');
  await eventually(() => expect(h.audit.find((e) => e.request_id === id)).toMatchObject({ status: 200, outcome: 'ok' }));
});
