/**
 * An incremental, strict parser of HTTP/1.1 responses, as they arrive on an upstream socket.
 *
 * It frames what the upstream client needs and nothing more: the final status line and headers
 * (1xx interim answers are skipped), then the body by Content-Length, by chunked coding (chunk
 * extensions and trailers are read and dropped), or to the end of the connection. Anything it
 * cannot frame with certainty (obs-folded or malformed header lines, conflicting lengths, a bad
 * chunk) is an error: the caller fails the request and drops the connection, never guesses.
 */

export interface ResponseHead {
  status: number;
  /** Lower-case names; a repeated header's values are joined with `, ` (as `Headers` reads them). */
  headers: Map<string, string>;
}

export interface ResponseSink {
  onHead(head: ResponseHead): void;
  onBody(chunk: Buffer): void;
  /** The response is complete; `reusable` says whether the connection may carry another request. */
  onEnd(reusable: boolean): void;
}

export class ResponseParseError extends Error {
  override name = 'ResponseParseError';
}

/** The most a status line and headers (or a chunk-size line, or trailers) may take. */
export const MAX_HEAD_BYTES = 64 * 1024;
const MAX_CHUNK_LINE = 4096;

const enum State { Head, Length, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose, Done }

const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/;
/** An HTTP token (RFC 9110 §5.6.2): header names, methods. */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const CRLF_CRLF = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

export class ResponseParser {
  #state = State.Head;
  #pending: Buffer | undefined;
  #remaining = 0;
  #reusable = true;
  #reported = false;
  #holdAfterFirstBody = false;
  readonly #sink: ResponseSink;
  readonly #headRequest: boolean;

  /** `headRequest`: the request was HEAD, so the response has no body whatever its headers say. */
  constructor(sink: ResponseSink, opts: { headRequest?: boolean } = {}) {
    this.#sink = sink;
    this.#headRequest = opts.headRequest ?? false;
  }

  /**
   * After the head, stop once the first body bytes are out (`execute` then returns true, and the
   * rest waits for the next `execute`, with no bytes or more). For event streams: a burst of events
   * in one read is not all framed before the first one can go on.
   */
  holdAfterFirstBody(): void {
    this.#holdAfterFirstBody = true;
  }

  /** Bytes from the socket; true if some are held back (see `holdAfterFirstBody`). Throws ResponseParseError on a malformed response. */
  execute(data: Buffer): boolean {
    let buf = this.#pending ? (data.length === 0 ? this.#pending : Buffer.concat([this.#pending, data])) : data;
    this.#pending = undefined;
    let at = 0;
    while (at < buf.length && this.#state !== State.Done) {
      switch (this.#state) {
        case State.Head: {
          const end = buf.indexOf(CRLF_CRLF, at);
          if (end === -1) return this.#keep(buf, at, MAX_HEAD_BYTES, 'response head');
          if (end - at > MAX_HEAD_BYTES) throw new ResponseParseError('response head too large');
          this.#head(buf.toString('latin1', at, end));
          at = end + 4;
          break;
        }
        case State.Length: {
          at = this.#takeBody(buf, at);
          if (this.#remaining === 0) this.#finish();
          else if (this.#hold(buf, at)) return true;
          break;
        }
        case State.ChunkSize: {
          const next = readChunkSize(buf, at);
          if (next === -1) return this.#keep(buf, at, MAX_CHUNK_LINE, 'chunk size line');
          this.#remaining = chunkSizeRead;
          at = next;
          this.#state = this.#remaining === 0 ? State.Trailers : State.ChunkData;
          break;
        }
        case State.ChunkData: {
          at = this.#takeBody(buf, at);
          if (this.#remaining === 0) this.#state = State.ChunkDataEnd;
          if (this.#hold(buf, at)) return true;
          break;
        }
        case State.ChunkDataEnd: {
          if (buf.length - at < 2) return this.#keep(buf, at, 2, 'chunk end');
          if (buf[at] !== 0x0d || buf[at + 1] !== 0x0a) throw new ResponseParseError('chunk data not followed by CRLF');
          at += 2;
          this.#state = State.ChunkSize;
          break;
        }
        case State.Trailers: {
          const end = buf.indexOf(CRLF, at);
          if (end === -1) return this.#keep(buf, at, MAX_HEAD_BYTES, 'trailers');
          // Trailer fields are read and dropped; the empty line ends the message.
          if (end === at) this.#finish();
          at = end + 2;
          break;
        }
        case State.UntilClose:
          this.#sink.onBody(at === 0 ? buf : buf.subarray(at));
          return false;
      }
    }
    if (this.#state === State.Done && !this.#reported) {
      // Bytes after a complete response that nobody asked for: it stands, the connection is dropped.
      this.#reported = true;
      this.#sink.onEnd(this.#reusable && at === buf.length);
    }
    return false;
  }

  /** The body bytes at `at`, up to what remains of the body or chunk, to the sink; the index after them. */
  #takeBody(buf: Buffer, at: number): number {
    const take = Math.min(this.#remaining, buf.length - at);
    this.#sink.onBody(buf.subarray(at, at + take));
    this.#remaining -= take;
    return at + take;
  }

  #hold(buf: Buffer, at: number): boolean {
    if (!this.#holdAfterFirstBody) return false;
    this.#holdAfterFirstBody = false;
    if (at >= buf.length) return false;
    this.#pending = buf.subarray(at);
    return true;
  }

  /** The connection closed: ends a body read to the close; anything else unfinished is an error. */
  close(): void {
    // Bytes held back (holdAfterFirstBody) are framed first: they may complete the message.
    if (this.#pending && this.#state !== State.Head) this.execute(Buffer.alloc(0));
    if (this.#state === State.UntilClose) {
      this.#state = State.Done;
      this.#reported = true;
      this.#sink.onEnd(false);
      return;
    }
    if (this.#state !== State.Done) throw new ResponseParseError('connection closed before the response was complete');
  }

  #keep(buf: Buffer, at: number, limit: number, what: string): false {
    if (buf.length - at > limit) throw new ResponseParseError(`${what} too large`);
    this.#pending = buf.subarray(at);
    return false;
  }

  /** Parses one head; after a 1xx interim answer another head follows. */
  #head(text: string): void {
    const lines = text.split('\r\n');
    const status = STATUS_LINE.exec(lines[0]!);
    if (!status) throw new ResponseParseError('malformed status line');
    const code = Number(status[2]);
    const headers = new Map<string, string>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      if (colon <= 0) throw new ResponseParseError('malformed header line');
      const name = line.slice(0, colon);
      if (!TOKEN.test(name)) throw new ResponseParseError('malformed header name');
      const value = line.slice(colon + 1).trim();
      if (value.includes('\n') || value.includes('\r') || value.includes('\0')) throw new ResponseParseError('malformed header value');
      const key = name.toLowerCase();
      const prev = headers.get(key);
      headers.set(key, prev === undefined ? value : `${prev}, ${value}`);
    }
    if (code === 101) throw new ResponseParseError('unexpected protocol switch');
    if (code < 200) return;
    const connection = headers.get('connection')?.toLowerCase();
    this.#reusable = status[1] === '1' ? !hasToken(connection, 'close') : hasToken(connection, 'keep-alive');
    // Framed before the head is reported: an answer that cannot be framed fails the call itself.
    this.#frame(code, headers);
    this.#sink.onHead({ status: code, headers });
  }

  #frame(code: number, headers: Map<string, string>): void {
    if (this.#headRequest || code === 204 || code === 304) return this.#finish();
    const te = headers.get('transfer-encoding');
    if (te !== undefined) {
      // Transfer-Encoding overrides Content-Length (RFC 9112 §6.3); such a connection is not reused.
      if (headers.has('content-length')) this.#reusable = false;
      const codings = te.toLowerCase().split(',').map((c) => c.trim());
      if (codings[codings.length - 1] === 'chunked') {
        if (codings.length > 1) throw new ResponseParseError('unsupported transfer coding');
        this.#state = State.ChunkSize;
        return;
      }
      this.#reusable = false;
      this.#state = State.UntilClose;
      return;
    }
    const cl = headers.get('content-length');
    if (cl !== undefined) {
      // A repeated header arrives joined ("12, 12"): every copy must agree.
      const values = cl.split(',').map((v) => v.trim());
      if (!values.every((v) => /^\d{1,15}$/.test(v) && v === values[0])) throw new ResponseParseError('invalid content-length');
      this.#remaining = Number(values[0]);
      if (this.#remaining === 0) return this.#finish();
      this.#state = State.Length;
      return;
    }
    this.#reusable = false;
    this.#state = State.UntilClose;
  }

  /** The message is complete; `execute` reports it once it knows whether bytes follow. */
  #finish(): void {
    this.#state = State.Done;
  }
}

function hasToken(list: string | undefined, token: string): boolean {
  return list !== undefined && list.split(',').some((t) => t.trim() === token);
}

/** The size `readChunkSize` read last (parsing is synchronous, so one place serves every parser). */
let chunkSizeRead = 0;

/**
 * The chunk-size line at `at`: hex digits, then optional extensions (`;…`, read and dropped), then
 * CRLF. Returns the index after the line (the size in `chunkSizeRead`), or -1 if the line has not
 * all arrived. Read from the bytes: no string or regex per chunk.
 */
function readChunkSize(buf: Buffer, at: number): number {
  let size = 0;
  let i = at;
  for (; i < buf.length; i++) {
    const c = buf[i]!;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (digit === -1) break;
    if (i - at === 12) throw new ResponseParseError('chunk size too large');
    size = size * 16 + digit;
  }
  if (i === buf.length) return -1;
  if (i === at) throw new ResponseParseError('malformed chunk size');
  let end = i;
  if (buf[i] !== 0x0d) {
    // Extensions (or whitespace before them): up to the line's CRLF, with no bare CR or LF in them.
    if (buf[i] !== 0x3b && buf[i] !== 0x20 && buf[i] !== 0x09) throw new ResponseParseError('malformed chunk size');
    end = buf.indexOf(CRLF, i);
    if (end === -1) return -1;
    const lf = buf.indexOf(0x0a, i);
    const cr = buf.indexOf(0x0d, i);
    if (lf !== end + 1 || cr !== end) throw new ResponseParseError('malformed chunk extension');
  } else if (i + 1 === buf.length) return -1;
  if (buf[end + 1] !== 0x0a) throw new ResponseParseError('malformed chunk size');
  chunkSizeRead = size;
  return end + 2;
}
