import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER_COALESCE_MS } from './coalescing-response.ts';
import { serveApp, type RunningServer } from './serve.ts';

const run = promisify(execFile);

/**
 * Raw bytes as a client's socket receives them, each read with the time it arrived. The client is
 * another process: in this one, its reads would wait for the server's turn of the event loop to end
 * and so merge whatever the server wrote in that turn.
 */
const CLIENT = `
const { connect } = require('node:net');
const [port, path] = process.argv.slice(1);
const t0 = performance.now();
const reads = [];
const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET ' + path + ' HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n'));
socket.on('data', (d) => reads.push({ at: performance.now() - t0, text: d.toString('latin1') }));
socket.on('end', () => process.stdout.write(JSON.stringify(reads)));
`;

async function rawGet(url: string, path: string): Promise<{ reads: { at: number; text: string }[] }> {
  const { stdout } = await run(process.execPath, ['-e', CLIENT, new URL(url).port, path]);
  return { reads: JSON.parse(stdout) as { at: number; text: string }[] };
}

const sse = (first: () => Promise<void>) =>
  new ReadableStream<Uint8Array>({
    async start(controller) {
      await first();
      controller.enqueue(new TextEncoder().encode('data: one\n\n'));
      controller.close();
    },
  });

describe('streamed responses on Node', () => {
  let server: RunningServer | undefined;
  afterEach(async () => server?.close());

  it('sends the status line, headers and first event in one write when the event is ready', async () => {
    const app = new Hono().get('/s', () => new Response(sse(async () => {}), { headers: { 'content-type': 'text/event-stream' } }));
    server = await serveApp(app, { host: '127.0.0.1', port: 0 });
    const { reads } = await rawGet(server.url, '/s');
    expect(reads[0]!.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(reads[0]!.text).toContain('content-type: text/event-stream');
    // The first read holds the event too: no separate packet for the headers.
    expect(reads[0]!.text).toContain('data: one');
  });

  it('still sends the headers on their own when the first event is slow', async () => {
    const slowMs = 1_000;
    const app = new Hono().get('/s', () => new Response(sse(() => new Promise((r) => setTimeout(r, slowMs))), { headers: { 'content-type': 'text/event-stream' } }));
    server = await serveApp(app, { host: '127.0.0.1', port: 0 });
    const { reads } = await rawGet(server.url, '/s');
    expect(reads[0]!.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(reads[0]!.text).not.toContain('data: one');
    // The headers went out after the coalescing delay, well before the event.
    expect(reads[0]!.at).toBeLessThan(slowMs - 400);
    expect(reads[0]!.at).toBeGreaterThanOrEqual(HEADER_COALESCE_MS - 5);
    expect(reads.map((r) => r.text).join('')).toContain('data: one');
  });
});
