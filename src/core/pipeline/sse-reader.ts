import { concatBytes, type ByteRead, type ByteSource } from './byte-source.ts';
import { frameEvent, frameEventText, NEED_MORE, NOT_FRAMED, type EventFrame } from './sse-frame.ts';
import type { SseOutput } from './sse-output.ts';
import { MAX_PIECE_BYTES, pieceEnd } from './utf8-pieces.ts';

/** The restorer's core (sse-restore.ts): events in, restored SSE out, into the reader's `SseOutput`. */
export interface SseCore {
  /** Text of the stream, parsed (eventsource-parser) and restored. */
  feed(text: string): void;
  /**
   * One event framed on the bytes (sse-frame.ts), as the parser would have given it. `passOn`
   * writes the event's own bytes: called instead of writing `serialize(name, data)` when the event
   * goes on unchanged.
   */
  event(name: string | undefined, data: string, passOn: (() => void) | undefined): void;
  /** Ends the parser's check for a leading byte-order mark (the stream did not start with one), so events framed on the bytes may come first. */
  prime(): void;
  /** The upstream ended (after `tail`, the decoder's last text): flush, and end the stream properly. */
  finish(tail: string): void;
  readonly failed: boolean;
}

/** An event not framed yet may grow to this before the parser takes the stream over (it reads long lines in pieces). */
const MAX_FRAMED_EVENT = MAX_PIECE_BYTES * 4;
const NOT_ASCII = /[^\x00-\x7f]/;
/** A read this small that ends on an event's end is fed to the parser as text. */
const SMALL_READ = 1024;

/** Whether the bytes end with an empty line (so the parser has ended the event before it, and holds nothing). */
function endsWithBlankLine(b: Uint8Array): boolean {
  const n = b.length;
  if (n < 2 || b[n - 1] !== 10) return false;
  const before = b[n - 2];
  return before === 10 || (before === 13 && n >= 3 && (b[n - 3] === 10 || b[n - 3] === 13));
}

/** Bytes decoded at once when framing: most are ASCII, framed on the text and cut from it without decoding each event. */
const WINDOW = 8 * 1024;
/** Output handed on in one read at most (about). */
const MAX_OUT = MAX_PIECE_BYTES * 4;

/** End of the first complete SSE event in `text` (after its blank line), or -1. */
function firstEventEnd(text: string): number {
  const m = /\r\n\r\n|\n\n|\r\r/.exec(text);
  return m ? m.index + m[0].length : -1;
}

/**
 * Lets the consumer write what was just enqueued before more work is done: a macrotask, so the
 * microtasks that carry the chunk to the client socket run first. Web-standard (Node, workerd).
 */
function yieldToConsumer(): Promise<void> {
  return new Promise((resolve) => {
    // Where the runtime has setImmediate (Node), it is that macrotask at a fraction of a
    // MessageChannel's cost (a channel is two native ports, made and closed per stream).
    const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
    if (typeof immediate === 'function') {
      immediate(resolve);
      return;
    }
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

const DATA_PREFIX = new TextEncoder().encode('data: ');
const EVENT_PREFIX = new TextEncoder().encode('event: ');
const LF = new TextEncoder().encode('\n');
const BLANK = new TextEncoder().encode('\n\n');

/**
 * Reads upstream and restores, as `restoreSse` describes. Two ways of reading:
 * - On the bytes (while the stream's events have the shapes sse-frame.ts frames, which is all of
 *   what OpenAI, Anthropic and Gemini send): each event's name and data are decoded alone and given
 *   to the core; an event the core passes on unchanged goes out as its upstream bytes (LF events;
 *   a CRLF event's name and data ranges between `event: `/`data: ` and LF), never encoded again.
 * - As text (from the first event that is not framed, or a stream that starts with a non-ASCII
 *   byte, such as a byte-order mark): reads decoded in pieces (utf8-pieces.ts) and fed to the
 *   parser. `byteFraming: false` (tests) reads the whole stream this way.
 * Both give the same bytes for the same upstream bytes, however they are cut into reads.
 */
export function readRestored(
  upstream: ByteSource,
  core: SseCore,
  out: SseOutput,
  on: { error(): void; cancel(): void },
  encode: (text: string) => Uint8Array,
  byteFraming: boolean,
  maxEventBytes = Infinity,
): ByteSource {
  // An event longer than this goes to the parser, which holds at most `maxEventBytes` of it (sse-restore.ts).
  const maxFramed = Math.min(MAX_FRAMED_EVENT, maxEventBytes);
  // Pieces are decoded one-shot (utf8-pieces.ts); only the stream's first may start with a
  // byte-order mark, which the first decoder drops as a streaming decoder would.
  const firstDecoder = new TextDecoder();
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let decodedAny = false;
  /** Bytes read and not decoded yet: the rest of a long read, or a character cut short at the end of the last. */
  let queued: Uint8Array | undefined;
  let rest = '';
  let sentAny = false;
  let yieldFirst = true;
  /** Nothing more to give: the stream ended, failed, or the client went away. */
  let ended = false;
  const DONE: ByteRead = { done: true };
  /** Until the first bytes are seen: whether to read on the bytes (undefined: not known yet). */
  let onBytes: boolean | undefined = byteFraming ? undefined : false;

  function decodePiece(bytes: Uint8Array): string {
    if (decodedAny) return decoder.decode(bytes);
    if (bytes.length === 0) return '';
    decodedAny = true;
    return firstDecoder.decode(bytes);
  }

  /** The outputs of one read's pieces, as one chunk: one write downstream instead of one per piece. */
  const joined = (parts: Uint8Array[], size: number): ByteRead => ({ done: false, value: concatBytes(parts, size) });

  function failed(): void {
    ended = true;
    void upstream.cancel().catch(() => {});
  }

  /**
   * Text through the parser, and what came of it as bytes: `same` itself when restore changed
   * nothing and `same` holds exactly the bytes of `text` (most reads of a model's stream: one event,
   * no placeholder), so they go on as they came instead of being encoded again; undefined when
   * nothing came out.
   */
  function restoreText(text: string, same: Uint8Array | undefined): Uint8Array | undefined {
    core.feed(text);
    const produced = out.takeText();
    if (core.failed) failed();
    if (produced === '') return undefined;
    return same !== undefined && produced === text ? same : encode(produced);
  }

  async function readText(): Promise<ByteRead> {
    const parts: Uint8Array[] = [];
    let size = 0;
    while (!ended) {
      let text: string;
      /** The piece's bytes, when `text` is exactly what they encode. */
      let same: Uint8Array | undefined;
      if (rest !== '') {
        // The first event was just handed on: let it reach the socket before the rest of that
        // read is processed.
        if (yieldFirst) {
          yieldFirst = false;
          await yieldToConsumer();
          if (ended) break;
        }
        text = rest;
        rest = '';
      } else {
        let end = queued === undefined ? 0 : pieceEnd(queued);
        if (end === 0) {
          // What is ready goes on before waiting for upstream.
          if (parts.length > 0) return joined(parts, size);
          // Nothing whole is queued: read on.
          let r: ByteRead;
          try {
            r = await upstream.read();
          } catch {
            if (ended) break;
            on.error();
            r = DONE;
          }
          if (ended) break;
          if (r.done) {
            ended = true;
            // A character still cut short at the end is a decoding error, as a streaming decoder's flush reports it.
            core.finish(queued === undefined ? '' : decodePiece(queued));
            queued = undefined;
            const text = out.takeText();
            return text !== '' ? { done: false, value: encode(text) } : DONE;
          }
          queued = queued === undefined || queued.length === 0 ? r.value : concatBytes([queued, r.value]);
          end = pieceEnd(queued);
          if (end === 0) continue;
        }
        const bytes = end === queued!.length ? queued! : queued!.subarray(0, end);
        queued = end === queued!.length ? undefined : queued!.subarray(end);
        const bom = !decodedAny && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        text = decodePiece(bytes);
        const cut = sentAny ? -1 : firstEventEnd(text);
        if (cut > 0 && cut < text.length) {
          rest = text.slice(cut);
          text = text.slice(0, cut);
        } else if (!bom && !text.includes('\uFFFD')) {
          // (A U+FFFD may be the decoder's replacement of invalid bytes: those are re-encoded.)
          same = bytes;
        }
      }
      const bytes = restoreText(text, same);
      if (bytes !== undefined) {
        sentAny = true;
        parts.push(bytes);
        size += bytes.length;
        // The first event goes on its own (time to first token); the pieces of one read together.
        if (rest !== '' || ended || size >= MAX_OUT) return joined(parts, size);
      }
    }
    return parts.length > 0 ? joined(parts, size) : DONE;
  }

  // Reading on the bytes: `buf[pos…]` is not framed yet.
  let buf: Uint8Array = new Uint8Array(0);
  let pos = 0;
  const frame: EventFrame = { nameStart: -1, nameEnd: -1, dataStart: 0, dataEnd: 0, crlf: false, lfMayFollow: false };
  /** The last event ended at a CR that was the last byte read: an LF that comes first is its pair. */
  let skipLf = false;
  /** The first event has gone out on its own: let it reach the socket before framing the rest. */
  let yieldNext = false;
  /**
   * `buf[winStart, winEnd)` decoded, ending at a line's end: `win` when it is ASCII (one code unit
   * per byte, so the text's offsets are the bytes'), undefined when not (each event is decoded alone).
   */
  let win: string | undefined;
  let winStart = 0;
  let winEnd = 0;
  const winCr = { at: -1 };

  function openWindow(): void {
    win = undefined;
    winStart = pos;
    winEnd = pos;
    winCr.at = -1;
    const last = Math.min(buf.length, pos + WINDOW) - 1;
    // (A read of whole events ends at a line's end.)
    const lf = buf[last] === 10 ? last : buf.lastIndexOf(10, last);
    if (lf < pos) return;
    winEnd = lf + 1;
    const text = decoder.decode(buf.subarray(pos, winEnd));
    // One unit per byte and no replacement character: every byte was ASCII.
    if (text.length === winEnd - pos && !text.includes('\uFFFD')) {
      win = text;
      return;
    }
    // The lines before the first other character are ASCII (units and bytes still one for one);
    // the line that holds it is framed on the bytes, and a window opens after it.
    const other = NOT_ASCII.exec(text)!.index;
    const before = text.lastIndexOf('\n', other);
    if (before !== -1) {
      win = text.slice(0, before + 1);
      winEnd = pos + before + 1;
      return;
    }
    const after = buf.indexOf(10, pos + other);
    winEnd = after === -1 ? buf.length : after + 1;
  }

  /** The last event name (most events repeat the one before). */
  let lastName: string | undefined;

  /** The framed event's own bytes, written in place of its text (LF lines), or its parts in the restorer's form (CRLF lines). */
  const passOn = () => {
    if (!frame.crlf) {
      out.bytes(buf, frame.nameStart === -1 ? frame.dataStart - DATA_PREFIX.length : frame.nameStart - EVENT_PREFIX.length, frame.dataEnd + 2);
      return;
    }
    if (frame.nameStart !== -1) {
      out.bytes(EVENT_PREFIX, 0, EVENT_PREFIX.length);
      out.bytes(buf, frame.nameStart, frame.nameEnd);
      out.bytes(LF, 0, 1);
    }
    out.bytes(DATA_PREFIX, 0, DATA_PREFIX.length);
    out.bytes(buf, frame.dataStart, frame.dataEnd);
    out.bytes(BLANK, 0, 2);
  };

  /** Whether `text[start, end)` is `lastName` (so the same string, whose hash is known, is used again). */
  function sameName(text: string, start: number, end: number): boolean {
    if (lastName === undefined || lastName.length !== end - start) return false;
    for (let i = 0; i < lastName.length; i++) if (lastName.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** The name at `buf[start, end)`: `lastName` again when its bytes are that ASCII name's. */
  function nameOf(start: number, end: number): string {
    if (lastName !== undefined && lastName.length === end - start) {
      let same = true;
      for (let i = 0; i < lastName.length; i++) {
        const b = buf[start + i]!;
        if (b >= 0x80 || b !== lastName.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return lastName;
    }
    lastName = decoder.decode(buf.subarray(start, end));
    return lastName;
  }

  /** Hands what is not framed to the parser, for the rest of the stream. */
  function toText(): void {
    onBytes = false;
    if (pos < buf.length) queued = buf.subarray(pos);
    buf = new Uint8Array(0);
    pos = 0;
  }

  function taken(): ByteRead {
    const value = out.takeBytes();
    if (value === undefined) return DONE;
    sentAny = true;
    return { done: false, value };
  }

  async function readBytes(): Promise<ByteRead> {
    if (yieldNext) {
      yieldNext = false;
      if (pos < buf.length) {
        await yieldToConsumer();
        if (ended) return DONE;
      }
    }
    for (;;) {
      if (ended) return DONE;
      while (pos < buf.length) {
        if (skipLf) {
          skipLf = false;
          if (buf[pos] === 10 && ++pos === buf.length) break;
        }
        if (pos >= winEnd) openWindow();
        let end = NEED_MORE;
        let name: string | undefined;
        let data = '';
        let asIs = true;
        if (win !== undefined) {
          end = frameEventText(win, pos - winStart, frame, winCr);
          if (end > 0) {
            if (frame.nameStart !== -1) {
              name = sameName(win, frame.nameStart, frame.nameEnd) ? lastName : (lastName = win.slice(frame.nameStart, frame.nameEnd));
              frame.nameStart += winStart;
              frame.nameEnd += winStart;
            }
            data = win.slice(frame.dataStart, frame.dataEnd);
            frame.dataStart += winStart;
            frame.dataEnd += winStart;
            end += winStart;
          }
        }
        // Not ASCII, or an event that goes on past the window: framed on the bytes, and decoded alone.
        if (win === undefined || (end === NEED_MORE && winEnd < buf.length)) {
          end = frameEvent(buf, pos, frame);
          if (end > 0) {
            name = frame.nameStart === -1 ? undefined : nameOf(frame.nameStart, frame.nameEnd);
            data = frame.dataEnd > frame.dataStart ? decoder.decode(buf.subarray(frame.dataStart, frame.dataEnd)) : '';
            // Invalid bytes (decoded as U+FFFD) go out as the text's encoding, as they did through the parser.
            asIs = !data.includes('\uFFFD') && (name === undefined || !name.includes('\uFFFD'));
          }
        }
        if (end === NEED_MORE) break;
        if (end === NOT_FRAMED) {
          toText();
          return out.size > 0 ? taken() : readText();
        }
        core.event(name, data, asIs ? passOn : undefined);
        pos = end;
        skipLf = frame.lfMayFollow;
        if (core.failed) {
          failed();
          return taken();
        }
        if (!sentAny && out.size > 0) {
          // The first event goes on its own (time to first token).
          yieldNext = true;
          return taken();
        }
        if (out.size >= MAX_OUT) return taken();
      }
      if (out.size > 0) return taken();
      if (buf.length - pos > maxFramed) {
        toText();
        return readText();
      }
      let r: ByteRead;
      try {
        r = await upstream.read();
      } catch {
        if (ended) return DONE;
        on.error();
        r = DONE;
      }
      if (ended) return DONE;
      if (r.done) {
        ended = true;
        // The parser is on an event boundary: what is left is read as text, as it would have been.
        core.finish(pos < buf.length ? decoder.decode(buf.subarray(pos)) : '');
        buf = new Uint8Array(0);
        return taken();
      }
      const value = r.value;
      if (value.length === 0) continue;
      if (onBytes === undefined) {
        // A stream that does not start with ASCII (a byte-order mark, or text the parser's own mark
        // check could read as one) is read as text throughout.
        if (value[0]! >= 0x80) {
          onBytes = false;
          queued = value;
          return readText();
        }
        onBytes = true;
        decodedAny = true;
        core.prime();
      }
      if (sentAny && pos >= buf.length && value.length <= SMALL_READ && endsWithBlankLine(value)) {
        // A small read of whole events (a model writing token by token): fed to the parser as
        // text, which leaves it on an event boundary (cheaper than framing for a read this size).
        skipLf = false;
        const text = decoder.decode(value);
        // (A U+FFFD may be the decoder's replacement of invalid bytes: those are re-encoded.)
        const bytes = restoreText(text, text.includes('\uFFFD') ? undefined : value);
        if (bytes !== undefined) return { done: false, value: bytes };
        continue;
      }
      buf = pos >= buf.length ? value : concatBytes([buf.subarray(pos), value]);
      pos = 0;
      win = undefined;
      winStart = 0;
      winEnd = 0;
    }
  }

  return {
    read: () => (onBytes === false ? readText() : readBytes()),
    cancel(reason) {
      if (ended) return Promise.resolve();
      ended = true;
      on.cancel();
      return upstream.cancel(reason).catch(() => {});
    },
  };
}
