/**
 * A bare forwarding proxy for `npm run bench`: node:http in, undici `request` out, JSON parsed
 * and re-serialised both ways, nothing else (no redaction, audit, log or streaming). It shows what
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
      headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
    });
    const text = JSON.stringify(JSON.parse(await r.body.text()));
    res.writeHead(r.statusCode, { 'content-type': 'application/json' }).end(text);
  } catch {
    res.writeHead(502).end();
  }
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
