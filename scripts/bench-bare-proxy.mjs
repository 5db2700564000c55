/**
 * A bare forwarding proxy for `npm run bench`: node:http in, undici `request` out, JSON parsed
 * and re-serialised both ways, nothing else (no redaction, audit or log; event streams are piped through untouched). It shows what
 * one proxy hop costs on this machine, so Pledge's own work can be told apart from the hop.
 * Env: UPSTREAM (base URL; the path is appended as received).
 */
import http from 'node:http';
import { Agent, request } from 'undici';

const upstream = process.env.UPSTREAM;
const dispatcher = new Agent({ headersTimeout: 0 });
const server = http.createServer(async (req, res) => {
  try {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const r = await request(upstream + req.url, {
      method: 'POST', dispatcher, body,
      headers: Object.fromEntries(['content-type', 'authorization', 'x-api-key', 'anthropic-version', 'x-goog-api-key'].filter((h) => req.headers[h]).map((h) => [h, req.headers[h]])),
    });
    if (String(r.headers['content-type']).startsWith('text/event-stream')) {
      // Streams pass through chunk by chunk, untouched: the cost of the hop alone.
      res.writeHead(r.statusCode, { 'content-type': 'text/event-stream' });
      for await (const chunk of r.body) res.write(chunk);
      res.end();
      return;
    }
    const text = JSON.stringify(JSON.parse(await r.body.text()));
    res.writeHead(r.statusCode, { 'content-type': 'application/json' }).end(text);
  } catch {
    res.writeHead(502).end();
  }
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
