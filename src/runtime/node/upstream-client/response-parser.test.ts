import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseParser, type ResponseHead } from './response-parser.ts';

interface Parsed {
  heads: { status: number; headers: Record<string, string> }[];
  body: string;
  ended: boolean | undefined;
}

/** Feeds the pieces in order; returns what the sink saw, or the error's message. */
function parse(pieces: (string | Buffer)[], opts: { headRequest?: boolean; close?: boolean; hold?: boolean } = {}): Parsed | string {
  const seen: Parsed = { heads: [], body: '', ended: undefined };
  const body: Buffer[] = [];
  let heldOnce = false;
  const p = new ResponseParser({
    onHead: (h: ResponseHead) => {
      seen.heads.push({ status: h.status, headers: Object.fromEntries(h.headers) });
      if (opts.hold) p.holdAfterFirstBody();
    },
    onBody: (c) => body.push(Buffer.from(c)),
    onEnd: (reusable) => (seen.ended = reusable),
  }, opts);
  try {
    for (const piece of pieces) {
      if (p.execute(Buffer.isBuffer(piece) ? piece : Buffer.from(piece, 'latin1'))) {
        // Held after the first body bytes: nothing more until the next execute.
        if (heldOnce || body.length !== 1) throw new Error('held other than once, right after the first body bytes');
        heldOnce = true;
        p.execute(Buffer.alloc(0));
      }
    }
    if (opts.close) p.close();
  } catch (e) {
    return (e as Error).message;
  }
  seen.body = Buffer.concat(body).toString('utf8');
  return seen;
}

const ok = (headers: string, body = '') => `HTTP/1.1 200 OK\r\n${headers}\r\n${body}`;

describe('the upstream response parser', () => {
  it('reads status, headers (lower-case, repeats joined) and a Content-Length body', () => {
    expect(parse([ok('Content-Type: application/json\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nContent-Length: 11\r\n', '{"ok":true}')])).toEqual({
      heads: [{ status: 200, headers: { 'content-type': 'application/json', 'set-cookie': 'a=1, b=2', 'content-length': '11' } }],
      body: '{"ok":true}',
      ended: true,
    });
  });

  it('reads a chunked body, with chunk extensions and trailers dropped', () => {
    const wire = ok('Transfer-Encoding: chunked\r\n', '5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n');
    expect(parse([wire])).toMatchObject({ body: 'hello, world', ended: true });
  });

  it('gives the same result however the bytes are split', () => {
    const json = '{"answer":"héllo wörld ✓"}';
    const wires = [
      ok(`content-length: ${Buffer.byteLength(json)}\r\n`, json),
      ok('transfer-encoding: chunked\r\n', `${Buffer.byteLength(json).toString(16)}\r\n${json}\r\n0\r\n\r\n`),
      `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\n${ok('transfer-encoding: chunked\r\n', `3\r\n{"a\r\n${(Buffer.byteLength(json) - 3).toString(16)}\r\n${json.slice(3)}\r\n0\r\n\r\n`)}`,
    ].map((w) => Buffer.from(w, 'utf8'));
    for (const wire of wires) {
      const whole = parse([wire]);
      expect(whole).toMatchObject({ ended: true });
      fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: wire.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), wire.length];
        const pieces = at.slice(1).map((end, i) => wire.subarray(at[i], end));
        expect(parse(pieces)).toEqual(whole);
        expect(parse(pieces, { hold: true })).toEqual(whole);
      }), { numRuns: 300 });
    }
  });

  it('holds back what follows the first body bytes when asked (a burst of events), and frames it on the next call', () => {
    const events = ['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n'];
    const wire = ok('transfer-encoding: chunked\r\n', events.map((e) => `${e.length.toString(16)}\r\n${e}\r\n`).join('') + '0\r\n\r\n');
    const seen: string[] = [];
    let ended = false;
    const p = new ResponseParser({ onHead: () => p.holdAfterFirstBody(), onBody: (c) => seen.push(c.toString()), onEnd: () => (ended = true) });
    expect(p.execute(Buffer.from(wire))).toBe(true);
    expect([seen, ended]).toEqual([['data: 1\n\n'], false]);
    expect(p.execute(Buffer.alloc(0))).toBe(false);
    expect([seen, ended]).toEqual([events, true]);
    // Held bytes that complete the message count when the connection closes before the next call.
    const q = new ResponseParser({ onHead: () => q.holdAfterFirstBody(), onBody: () => {}, onEnd: () => (ended = false) });
    expect(q.execute(Buffer.from(wire))).toBe(true);
    q.close();
    expect(ended).toBe(false);
  });

  it('reads chunk extensions with whitespace before them, and refuses a bare CR or LF in one', () => {
    expect(parse([ok('transfer-encoding: chunked\r\n', '2 ;a="b c"\r\nok\r\n0\r\n\r\n')])).toMatchObject({ body: 'ok', ended: true });
    expect(parse([ok('transfer-encoding: chunked\r\n', '2;a\nb\r\nok\r\n0\r\n\r\n')])).toMatch(/chunk extension/);
    expect(parse([ok('transfer-encoding: chunked\r\n', '2\rx\r\nok\r\n0\r\n\r\n')])).toMatch(/chunk size/);
    expect(parse([ok('transfer-encoding: chunked\r\n', ' 2\r\nok\r\n0\r\n\r\n')])).toMatch(/chunk size/);
  });

  it('skips 1xx interim answers and reports only the final head', () => {
    const r = parse(['HTTP/1.1 100 Continue\r\n\r\n', ok('content-length: 2\r\n', 'ok')]);
    expect(r).toMatchObject({ heads: [{ status: 200 }], body: 'ok', ended: true });
  });

  it('ends without a body for HEAD, 204 and 304, whatever the length says', () => {
    expect(parse([ok('content-length: 50\r\n')], { headRequest: true })).toMatchObject({ body: '', ended: true });
    expect(parse(['HTTP/1.1 204 No Content\r\n\r\n'])).toMatchObject({ heads: [{ status: 204 }], ended: true });
    expect(parse(['HTTP/1.1 304 Not Modified\r\ncontent-length: 9\r\n\r\n'])).toMatchObject({ ended: true });
  });

  it('reads a body without length to the close, and does not reuse that connection', () => {
    expect(parse([ok('content-type: text/event-stream\r\n', 'data: 1\n\n'), 'data: 2\n\n'], { close: true })).toMatchObject({ body: 'data: 1\n\ndata: 2\n\n', ended: false });
  });

  it('says when the connection can carry another request', () => {
    expect(parse([ok('content-length: 0\r\nconnection: close\r\n')])).toMatchObject({ ended: false });
    expect(parse(['HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n'])).toMatchObject({ ended: false });
    expect(parse(['HTTP/1.0 200 OK\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n'])).toMatchObject({ ended: true });
    // Transfer-Encoding overrides Content-Length, and such a connection is dropped.
    expect(parse([ok('content-length: 3\r\ntransfer-encoding: chunked\r\n', '2\r\nok\r\n0\r\n\r\n')])).toMatchObject({ body: 'ok', ended: false });
    // Bytes after a complete answer: the answer stands, the connection is dropped.
    expect(parse([ok('content-length: 2\r\n', 'okGARBAGE')])).toMatchObject({ body: 'ok', ended: false });
  });

  it('refuses what it cannot frame with certainty', () => {
    const bad: [string[], RegExp][] = [
      [['HTTP/2 200\r\n\r\n'], /status line/],
      [['HTTP/1.1 20 OK\r\n\r\n'], /status line/],
      [[ok('bad header\r\n')], /header line/],
      [[ok('x-a: 1\r\n folded\r\n')], /header/],
      [[ok('bad name: 1\r\n')], /header name/],
      [[ok('content-length: 5\r\ncontent-length: 6\r\n', 'hello!')], /content-length/],
      [[ok('content-length: -1\r\n')], /content-length/],
      [[ok('transfer-encoding: chunked\r\n', 'zz\r\n')], /chunk size/],
      [[ok('transfer-encoding: chunked\r\n', '2\r\nokX\r\n')], /CRLF/],
      [[ok('transfer-encoding: gzip, chunked\r\n')], /transfer coding/],
      [['HTTP/1.1 101 Switching Protocols\r\n\r\n'], /protocol switch/],
      [[`HTTP/1.1 200 OK\r\nx: ${'a'.repeat(70_000)}`], /too large/],
      [[ok('transfer-encoding: chunked\r\n', `${'1'.repeat(5000)}`)], /too large/],
    ];
    for (const [pieces, message] of bad) expect(parse(pieces)).toMatch(message);
  });

  it('fails an answer cut short by the close', () => {
    expect(parse([ok('content-length: 10\r\n', 'short')], { close: true })).toMatch(/before the response was complete/);
    expect(parse([ok('transfer-encoding: chunked\r\n', '5\r\nhel')], { close: true })).toMatch(/before the response was complete/);
    expect(parse(['HTTP/1.1 200 OK\r\ncontent-'], { close: true })).toMatch(/before the response was complete/);
  });
});
