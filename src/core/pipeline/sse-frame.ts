/**
 * Finds the SSE events of a stream on its bytes, for the events providers send in one of two
 * shapes that eventsource-parser would read as exactly one event (and leave with nothing pending):
 *
 *   data: D EOL EOL
 *   event: N EOL data: D EOL EOL
 *
 * where EOL is LF or CRLF (the same in the whole event), N is not empty, and neither N nor D holds
 * a CR or LF. Anything else (comments, `id:` or `retry:` lines, several data lines, fields without
 * the space, a blank line of its own, a bare CR) is not framed here: the caller hands the rest of
 * the stream to the parser, which starts on an event boundary, as it would have.
 */

const LF = 10;
const CR = 13;
/** `data: ` */
const DATA = [100, 97, 116, 97, 58, 32] as const;
/** `event: ` */
const EVENT = [101, 118, 101, 110, 116, 58, 32] as const;

/** Where the last framed event's parts are: `[nameStart, nameEnd)` (both -1 without a name) and `[dataStart, dataEnd)`. */
export interface EventFrame {
  nameStart: number;
  nameEnd: number;
  dataStart: number;
  dataEnd: number;
  /** The event's lines end in CRLF (so its bytes are not what the restorer writes for it). */
  crlf: boolean;
  /**
   * The blank line's CR was the last byte there was: the event is whole (the parser ends it there
   * too), and an LF that comes first next is that CR's pair, to be skipped.
   */
  lfMayFollow: boolean;
}

/** More bytes are needed to tell. */
export const NEED_MORE = 0;
/** Not one of the framed shapes: the parser takes over here. */
export const NOT_FRAMED = -1;

/**
 * Frames the event starting at `pos` in `bytes`: its end (just past its blank line) with `frame`
 * filled, `NEED_MORE`, or `NOT_FRAMED`.
 */
export function frameEvent(bytes: Uint8Array, pos: number, frame: EventFrame): number {
  const n = bytes.length;
  let at = pos;
  frame.nameStart = -1;
  frame.nameEnd = -1;
  frame.lfMayFollow = false;
  if (at < n && bytes[at] === EVENT[0]) {
    const p = prefixAt(bytes, at, EVENT);
    if (p !== 1) return p === 0 ? NEED_MORE : NOT_FRAMED;
    const start = at + EVENT.length;
    const eol = lineEnd(bytes, start);
    if (eol <= 0) return eol;
    const end = eol >= LINE_CRLF ? eol - LINE_CRLF : eol;
    if (end === start) return NOT_FRAMED;
    frame.nameStart = start;
    frame.nameEnd = end;
    frame.crlf = eol >= LINE_CRLF;
    at = end + (frame.crlf ? 2 : 1);
  }
  const p = prefixAt(bytes, at, DATA);
  if (p !== 1) return p === 0 ? NEED_MORE : NOT_FRAMED;
  const start = at + DATA.length;
  const eol = lineEnd(bytes, start);
  if (eol <= 0) return eol;
  const crlf = eol >= LINE_CRLF;
  const end = crlf ? eol - LINE_CRLF : eol;
  if (frame.nameStart !== -1 && crlf !== frame.crlf) return NOT_FRAMED;
  frame.crlf = crlf;
  frame.dataStart = start;
  frame.dataEnd = end;
  // The blank line.
  const blank = end + (crlf ? 2 : 1);
  if (crlf) {
    if (blank + 1 >= n) return blank >= n ? NEED_MORE : bytes[blank] === CR ? blankCrAtEnd(frame, blank) : NOT_FRAMED;
    return bytes[blank] === CR && bytes[blank + 1] === LF ? blank + 2 : NOT_FRAMED;
  }
  if (blank >= n) return NEED_MORE;
  return bytes[blank] === LF ? blank + 1 : NOT_FRAMED;
}

/**
 * `frameEvent` on text whose code units are the stream's bytes one for one (an ASCII stretch of
 * it, decoded): the same answers at the same offsets, with the string's native searches. `firstCr`
 * holds the index of the first CR at or after some earlier position (or the text's length when
 * none), kept between calls on the same text so a window without CR looks for one once: pass
 * `{ at: -1 }` for new text.
 */
export function frameEventText(text: string, pos: number, frame: EventFrame, firstCr: { at: number }): number {
  const n = text.length;
  let at = pos;
  frame.nameStart = -1;
  frame.nameEnd = -1;
  frame.lfMayFollow = false;
  if (at < n && text.charCodeAt(at) === EVENT[0]) {
    const p = textPrefixAt(text, at, EVENT);
    if (p !== 1) return p === 0 ? NEED_MORE : NOT_FRAMED;
    const start = at + EVENT.length;
    const eol = textLineEnd(text, start, firstCr);
    if (eol <= 0) return eol;
    const end = eol >= LINE_CRLF ? eol - LINE_CRLF : eol;
    if (end === start) return NOT_FRAMED;
    frame.nameStart = start;
    frame.nameEnd = end;
    frame.crlf = eol >= LINE_CRLF;
    at = end + (frame.crlf ? 2 : 1);
  }
  const p = textPrefixAt(text, at, DATA);
  if (p !== 1) return p === 0 ? NEED_MORE : NOT_FRAMED;
  const start = at + DATA.length;
  const eol = textLineEnd(text, start, firstCr);
  if (eol <= 0) return eol;
  const crlf = eol >= LINE_CRLF;
  const end = crlf ? eol - LINE_CRLF : eol;
  if (frame.nameStart !== -1 && crlf !== frame.crlf) return NOT_FRAMED;
  frame.crlf = crlf;
  frame.dataStart = start;
  frame.dataEnd = end;
  const blank = end + (crlf ? 2 : 1);
  if (crlf) {
    if (blank + 1 >= n) return blank >= n ? NEED_MORE : text.charCodeAt(blank) === CR ? blankCrAtEnd(frame, blank) : NOT_FRAMED;
    return text.charCodeAt(blank) === CR && text.charCodeAt(blank + 1) === LF ? blank + 2 : NOT_FRAMED;
  }
  if (blank >= n) return NEED_MORE;
  return text.charCodeAt(blank) === LF ? blank + 1 : NOT_FRAMED;
}

function textPrefixAt(text: string, at: number, prefix: readonly number[]): number {
  const n = text.length;
  for (let i = 0; i < prefix.length; i++) {
    if (at + i >= n) return 0;
    if (text.charCodeAt(at + i) !== prefix[i]) return -1;
  }
  return 1;
}

function textLineEnd(text: string, start: number, firstCr: { at: number }): number {
  const lf = text.indexOf('\n', start);
  if (lf === -1) {
    const cr = text.indexOf('\r', start);
    return cr !== -1 && cr < text.length - 1 ? NOT_FRAMED : NEED_MORE;
  }
  if (firstCr.at < start) {
    const cr = text.indexOf('\r', start);
    firstCr.at = cr === -1 ? text.length : cr;
  }
  if (firstCr.at > lf) return lf;
  if (firstCr.at === lf - 1 && lf - 1 >= start) return lf - 1 + LINE_CRLF;
  return NOT_FRAMED;
}

function blankCrAtEnd(frame: EventFrame, blank: number): number {
  frame.lfMayFollow = true;
  return blank + 1;
}

/** 1 when `bytes` holds `prefix` at `at`, 0 when it holds only a part of it before its end, -1 otherwise. */
function prefixAt(bytes: Uint8Array, at: number, prefix: readonly number[]): number {
  const n = bytes.length;
  for (let i = 0; i < prefix.length; i++) {
    if (at + i >= n) return 0;
    if (bytes[at + i] !== prefix[i]) return -1;
  }
  return 1;
}

/** Added to a line's end when it ends in CRLF (so one number says both). */
const LINE_CRLF = 1 << 30;

/**
 * The end of the line starting at `start` (the index of its LF, or of its CR plus `LINE_CRLF`
 * when CRLF ends it), `NEED_MORE` when no LF has come yet, `NOT_FRAMED` when a bare CR ends it.
 */
function lineEnd(bytes: Uint8Array, start: number): number {
  const lf = bytes.indexOf(LF, start);
  if (lf === -1) {
    // A CR before the last byte is a line end of its own (the last may be the first half of a CRLF).
    const cr = bytes.indexOf(CR, start);
    return cr !== -1 && cr < bytes.length - 1 ? NOT_FRAMED : NEED_MORE;
  }
  // The line only (a typed array's indexOf has no end, and a read without CR would be scanned to its end).
  for (let i = start; i < lf; i++) {
    if (bytes[i] === CR) return i === lf - 1 ? i + LINE_CRLF : NOT_FRAMED;
  }
  return lf;
}
