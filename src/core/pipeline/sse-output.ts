/**
 * The restorer's output between two downstream writes: text it wrote (restored or new events) and
 * byte ranges of the upstream's own bytes (events it passed on as they came, which are never
 * decoded into output text nor encoded again). Ranges of the same bytes that follow each other
 * are kept as one.
 */
export interface SseOutput {
  text(s: string): void;
  /** `bytes[start, end)`, which must not change until `take` (upstream reads are not reused). */
  bytes(bytes: Uint8Array, start: number, end: number): void;
  /** Bytes given so far (the text not yet encoded counted as its length). */
  readonly size: number;
  /** Whether only text was given since the last take. */
  readonly onlyText: boolean;
  /** The text given since the last take (when `onlyText`). */
  takeText(): string;
  /** All of it as one array, or undefined when empty. */
  takeBytes(): Uint8Array | undefined;
}

/**
 * Output arrays are cut from a shared slab, as Node's Buffer pool does: making an ArrayBuffer per
 * read costs more than the copy on a stream's small reads. Each array is handed on once and its
 * place is never written again (a new slab is made when one is used up).
 */
const SLAB_BYTES = 64 * 1024;
let slab = new Uint8Array(0);
let slabUsed = 0;

function allocate(size: number): Uint8Array {
  if (size > SLAB_BYTES / 8) return new Uint8Array(size);
  if (slabUsed + size > slab.length) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + size);
  // Kept 8-aligned, as Node's pool is.
  slabUsed += (size + 7) & ~7;
  return out;
}

export function createSseOutput(encode: (text: string) => Uint8Array): SseOutput {
  let pending = '';
  const sources: Uint8Array[] = [];
  /** `[start, end)` per entry of `sources`. */
  const bounds: number[] = [];
  let byteSize = 0;

  function encodePending(): void {
    if (pending === '') return;
    const b = encode(pending);
    pending = '';
    sources.push(b);
    bounds.push(0, b.length);
    byteSize += b.length;
  }

  return {
    text(s) {
      pending += s;
    },
    bytes(bytes, start, end) {
      if (end <= start) return;
      encodePending();
      const last = sources.length - 1;
      if (last >= 0 && sources[last] === bytes && bounds[2 * last + 1] === start) bounds[2 * last + 1] = end;
      else {
        sources.push(bytes);
        bounds.push(start, end);
      }
      byteSize += end - start;
    },
    get size() {
      return byteSize + pending.length;
    },
    get onlyText() {
      return sources.length === 0;
    },
    takeText() {
      const s = pending;
      pending = '';
      return s;
    },
    takeBytes() {
      encodePending();
      const count = sources.length;
      if (count === 0) return undefined;
      let out: Uint8Array;
      if (count === 1) {
        const src = sources[0]!;
        out = bounds[0] === 0 && bounds[1] === src.length ? src : src.subarray(bounds[0], bounds[1]);
      } else {
        out = allocate(byteSize);
        let at = 0;
        for (let i = 0; i < count; i++) {
          const src = sources[i]!;
          const start = bounds[2 * i]!;
          const end = bounds[2 * i + 1]!;
          // Short ranges (the `data: ` around a CRLF event's data) copied by hand: a subarray costs more.
          if (end - start <= 16) for (let j = start; j < end; j++) out[at++] = src[j]!;
          else {
            out.set(start === 0 && end === src.length ? src : src.subarray(start, end), at);
            at += end - start;
          }
        }
      }
      sources.length = 0;
      bounds.length = 0;
      byteSize = 0;
      return out;
    },
  };
}
