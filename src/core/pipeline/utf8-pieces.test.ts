import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './byte-source.ts';
import { pieceEnd } from './utf8-pieces.ts';

/** Decode reads as the restorer does: pieces of at most `max` bytes, a cut-short character held for the next read. */
function decodeInPieces(reads: Uint8Array[], max: number): string {
  const first = new TextDecoder();
  const rest = new TextDecoder('utf-8', { ignoreBOM: true });
  let started = false;
  const decode = (b: Uint8Array) => {
    if (started) return rest.decode(b);
    if (b.length === 0) return '';
    started = true;
    return first.decode(b);
  };
  let out = '';
  let queued: Uint8Array | undefined;
  for (const r of reads) {
    queued = queued === undefined || queued.length === 0 ? r : concatBytes([queued, r]);
    for (let end = pieceEnd(queued, max); end > 0; end = pieceEnd(queued, max)) {
      expect(end).toBeLessThanOrEqual(max);
      out += decode(queued.subarray(0, end));
      queued = queued.subarray(end);
    }
  }
  return out + (queued === undefined ? '' : decode(queued));
}

/** Bytes that are mostly UTF-8 of mixed widths, with stray, truncated and invalid sequences mixed in. */
const bytesArb = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map((s) => [...new TextEncoder().encode(s)]) },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom([0xef, 0xbb, 0xbf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xed, 0xa0, 0x80]) },
  ),
  { maxLength: 60 },
).map((parts) => Uint8Array.from(parts.flat()));

function cutAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of at) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('utf8 pieces', () => {
  it('decoding the pieces of any reads gives what one streaming decode of the whole gives, errors and a leading BOM included', () => {
    fc.assert(
      fc.property(bytesArb, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 4, max: 40 }), (bytes, cuts, max) => {
        expect(decodeInPieces(cutAt(bytes, cuts), max)).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('holds back a character cut short at the end of a read, and only that', () => {
    const rupee = new TextEncoder().encode('a₹'); // 61 e2 82 b9
    expect(pieceEnd(rupee.subarray(0, 3))).toBe(1);
    expect(pieceEnd(rupee.subarray(0, 2))).toBe(1);
    expect(pieceEnd(rupee)).toBe(4);
    expect(pieceEnd(rupee.subarray(1, 3))).toBe(0);
    // A byte that cannot start a sequence is an error on its own: nothing to wait for.
    expect(pieceEnd(Uint8Array.of(0x61, 0xff))).toBe(2);
  });

  it('never cuts a character when a long read is split, and keeps pieces at most the given size', () => {
    const text = '₹😀é'.repeat(3000);
    const bytes = new TextEncoder().encode(text);
    let out = '';
    let at = 0;
    while (at < bytes.length) {
      const end = pieceEnd(bytes.subarray(at), 16 * 1024);
      if (bytes.length - at > 16 * 1024) expect(end).toBeGreaterThan(16 * 1024 - 4);
      expect(end).toBeLessThanOrEqual(16 * 1024);
      out += new TextDecoder().decode(bytes.subarray(at, at + end));
      at += end;
    }
    expect(out).toBe(text);
  });
});
