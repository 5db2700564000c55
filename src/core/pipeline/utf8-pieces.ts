/**
 * Upstream bytes cut into pieces that decode on their own: each piece ends at a character
 * boundary, so decoding the pieces one by one (without `{ stream: true }`) gives exactly the text
 * of decoding the whole byte stream, replacement characters included (a sequence cut short at the
 * end of a read waits for the next read; a byte that no sequence can take is an error wherever the
 * cut falls).
 *
 * Why pieces, and why small ones: a decoded string of more than 64K UTF-16 units of text outside
 * Latin-1 (one "₹" in a read is enough) is over 128 KB, and V8 allocates such strings in its
 * large-object space. Decoding a 66 KB read with non-Latin-1 text took ~530 µs on Node 24 against
 * ~11 µs for 33 KB (docs/PROFILE.md, tenth round), and every string made from it (events, output)
 * pays again. Streaming decode (`{ stream: true }`) is also ~5× slower than one-shot decode on
 * small reads with such text.
 */

/** Longest piece, in bytes: its text stays well under V8's large-object size. */
export const MAX_PIECE_BYTES = 16 * 1024;

/** Bytes in the UTF-8 sequence that `lead` starts; 1 for ASCII and for bytes that cannot start one (an error on their own). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/**
 * Where the next piece of `bytes` ends: at most `max` bytes, at a point where no character is cut.
 * `final`: nothing more comes after `bytes` in this read's queue, so a sequence still open at its
 * end is left for the next read (0 when `bytes` is only that). Not `final`: the cut is moved back
 * to the start of the character that `max` falls in.
 */
export function pieceEnd(bytes: Uint8Array, max: number = MAX_PIECE_BYTES): number {
  const n = bytes.length;
  if (n > max) {
    // Back to the first byte of the character at `max`; past three continuation bytes, they are
    // stray (no sequence is longer than four), and any cut between them is safe.
    for (let i = max; i > max - 4 && i > 0; i--) if (!isContinuation(bytes[i]!)) return i;
    return max;
  }
  // The end of what was read: hold back a sequence that is still open.
  for (let d = 1; d <= 3 && d <= n; d++) {
    const b = bytes[n - d]!;
    if (isContinuation(b)) continue;
    return sequenceLength(b) > d ? n - d : n;
  }
  return n;
}
