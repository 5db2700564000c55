import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMockHandlers } from '../mock/handlers.ts';
import { startMockProvider, type MockProvider } from '../mock/server.ts';

/**
 * The benchmarks' mock replays answers it has built (MOCK_REPLAY=1, mock/replay.ts). A replayed
 * answer must be the same bytes on the wire as a built one: status line, headers (but the Date
 * header's time), and body with its chunk framing, one chunk per event.
 */
let built: MockProvider;
let replaying: MockProvider;

beforeAll(async () => {
  built = await startMockProvider({ handlers: allMockHandlers(), record: false });
  process.env.MOCK_REPLAY = '1';
  try {
    replaying = await startMockProvider({ handlers: allMockHandlers(), record: false });
  } finally {
    delete process.env.MOCK_REPLAY;
  }
});
afterAll(async () => {
  await built.close();
  await replaying.close();
});

/** Whether `raw` holds a whole answer: its Content-Length body, or its chunked body's last chunk. */
function complete(raw: string): boolean {
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd === -1) return false;
  const length = /\r\ncontent-length: (\d+)/i.exec(raw.slice(0, headEnd));
  return length ? raw.length - headEnd - 4 >= Number(length[1]) : raw.endsWith('\r\n0\r\n\r\n');
}

/** One request on its own connection; the raw answer bytes, read until the answer is complete. */
function rawExchange(base: string, path: string, headers: Record<string, string>, body: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (d) => {
      chunks.push(d);
      const raw = Buffer.concat(chunks).toString('latin1');
      if (complete(raw)) {
        socket.destroy();
        resolve(raw);
      }
    });
    socket.on('error', reject);
    const head = [`POST ${path} HTTP/1.1`, 'host: mock', 'connection: close', 'content-type: application/json', `content-length: ${Buffer.byteLength(body)}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  });
}

const withoutDate = (raw: string) => raw.replace(/\r\ndate: [^\r]*/i, '\r\ndate: -');

const prompt = 'Call [PERSON_1] at [PHONE_NUMBER_1] about order 7342558667, please.';
const cases: { name: string; path: string; headers: Record<string, string>; body: Record<string, unknown> }[] = [
  { name: 'OpenAI chat', path: '/v1/chat/completions', headers: { authorization: 'Bearer sk' }, body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] } },
  { name: 'OpenAI chat stream', path: '/v1/chat/completions', headers: { authorization: 'Bearer sk' }, body: { model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: prompt }] } },
  { name: 'Anthropic stream', path: '/v1/messages', headers: { 'x-api-key': 'sk-ant', 'anthropic-version': '2023-06-01' }, body: { model: 'claude-sonnet-4-5', max_tokens: 64, stream: true, messages: [{ role: 'user', content: prompt }] } },
  { name: 'Gemini stream', path: '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', headers: { 'x-goog-api-key': 'AIza' }, body: { contents: [{ role: 'user', parts: [{ text: prompt }] }] } },
];

describe('mock replay (MOCK_REPLAY=1)', () => {
  for (const c of cases) {
    it(`${c.name}: a replayed answer is byte for byte the built one`, async () => {
      const body = JSON.stringify(c.body);
      const reference = await rawExchange(built.url, c.path, c.headers, body);
      const before = replaying.replayed;
      const first = await rawExchange(replaying.url, c.path, c.headers, body);
      const second = await rawExchange(replaying.url, c.path, c.headers, body);
      expect(replaying.replayed - before).toBe(1);
      expect(reference).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(withoutDate(first)).toBe(withoutDate(reference));
      expect(withoutDate(second)).toBe(withoutDate(reference));
      if (c.name.includes('stream')) {
        // Chunked, one chunk per event: at least as many chunk-size lines as events.
        expect(second).toMatch(/\r\ntransfer-encoding: chunked\r\n/i);
        const events = (second.match(/\bdata: /g) ?? []).length;
        expect(events).toBeGreaterThan(5);
        expect((second.match(/\r\n[0-9a-f]+\r\n/g) ?? []).length).toBeGreaterThanOrEqual(events);
        expect(second.endsWith('\r\n0\r\n\r\n')).toBe(true);
      }
    });
  }

  it('keys answers by body and credentials: a different prompt or key is built, not replayed', async () => {
    const c = cases[0]!;
    const body = JSON.stringify(c.body);
    await rawExchange(replaying.url, c.path, c.headers, body);
    const before = replaying.replayed;
    const other = await rawExchange(replaying.url, c.path, c.headers, JSON.stringify({ ...c.body, messages: [{ role: 'user', content: 'something else' }] }));
    expect(other).toContain('something else');
    const noKey = await rawExchange(replaying.url, '/v1/messages', {}, JSON.stringify(cases[2]!.body));
    expect(noKey).toMatch(/^HTTP\/1\.1 401/);
    expect(replaying.replayed).toBe(before);
  });

  it('never replays fault models', async () => {
    const body = JSON.stringify({ model: 'mock-error-429', messages: [{ role: 'user', content: 'x' }] });
    const before = replaying.replayed;
    for (let i = 0; i < 2; i++) expect(await rawExchange(replaying.url, '/v1/chat/completions', { authorization: 'Bearer sk' }, body)).toMatch(/^HTTP\/1\.1 429/);
    expect(replaying.replayed).toBe(before);
  });
});
