/**
 * The name lexicon as one open-addressing hash table packed in a string: no Set of 20k strings to
 * build at start-up (that cost ~15 ms of a Worker's cold start), and lookups that can hash a word
 * while scanning it, without slicing it out of the text.
 *
 * Slot = 5 bytes: a 32-bit check hash (big-endian) and a flags byte (0 = empty). The slot index
 * comes from a second, independent hash; a lookup compares the check hash of the slots it probes,
 * so a false hit needs a 32-bit collision inside one probe chain.
 */
export const SLOT_BYTES = 5;

/** FNV-1a over UTF-16 code units, seeded: picks the slot. */
export const indexStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
export const INDEX_SEED = 0x811c9dc5;
/** A multiply-xorshift hash over the same code units: the stored check value. */
export const checkStep = (h: number, c: number): number => {
  const x = Math.imul(h ^ c, 0x5bd1e995);
  return x ^ (x >>> 15);
};

export function hashes(key: string, salt: number): [number, number] {
  let a = INDEX_SEED;
  let b = salt | 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = indexStep(a, c);
    b = checkStep(b, c);
  }
  return [a >>> 0, b >>> 0];
}

/** Build the packed table (build time). Returns the bytes as a Latin-1 string. */
export function packTable(entries: ReadonlyMap<string, number>, slots: number, salt: number): string {
  const bytes = new Uint8Array(slots * SLOT_BYTES);
  for (const [key, flags] of entries) {
    if (flags === 0 || flags > 255) throw new Error(`bad flags for ${key}`);
    const [index, check] = hashes(key, salt);
    let i = index % slots;
    while (bytes[i * SLOT_BYTES + 4] !== 0) i = (i + 1) % slots;
    const o = i * SLOT_BYTES;
    bytes[o] = check >>> 24;
    bytes[o + 1] = (check >>> 16) & 255;
    bytes[o + 2] = (check >>> 8) & 255;
    bytes[o + 3] = check & 255;
    bytes[o + 4] = flags;
  }
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

/** Flags stored for the key with these hashes, or 0. `table` is the Latin-1 string from packTable. */
export function lookupHashes(table: string, slots: number, index: number, check: number): number {
  let i = index % slots;
  for (;;) {
    const o = i * SLOT_BYTES;
    const flags = table.charCodeAt(o + 4);
    if (flags === 0) return 0;
    const c = ((table.charCodeAt(o) << 24) | (table.charCodeAt(o + 1) << 16) | (table.charCodeAt(o + 2) << 8) | table.charCodeAt(o + 3)) >>> 0;
    if (c === check) return flags;
    i = i + 1 === slots ? 0 : i + 1;
  }
}

/** Base64 digit values by character code (-1 for the others, '=' among them). */
const BASE64_DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_DIGITS['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Byte `k` of the bytes that `b64` (standard base64) encodes, read in place. */
function byteAt(b64: string, k: number): number {
  const q = (k / 3) | 0;
  const g = q * 4;
  const r = k - q * 3;
  if (r === 0) return (BASE64_DIGITS[b64.charCodeAt(g)]! << 2) | (BASE64_DIGITS[b64.charCodeAt(g + 1)]! >> 4);
  if (r === 1) return ((BASE64_DIGITS[b64.charCodeAt(g + 1)]! & 15) << 4) | (BASE64_DIGITS[b64.charCodeAt(g + 2)]! >> 2);
  return ((BASE64_DIGITS[b64.charCodeAt(g + 2)]! & 3) << 6) | BASE64_DIGITS[b64.charCodeAt(g + 3)]!;
}

/** `lookupHashes` on the table as shipped, base64, read in place without decoding it first. */
export function lookupHashesBase64(b64: string, slots: number, index: number, check: number): number {
  let i = index % slots;
  for (;;) {
    const o = i * SLOT_BYTES;
    const flags = byteAt(b64, o + 4);
    if (flags === 0) return 0;
    const c = ((byteAt(b64, o) << 24) | (byteAt(b64, o + 1) << 16) | (byteAt(b64, o + 2) << 8) | byteAt(b64, o + 3)) >>> 0;
    if (c === check) return flags;
    i = i + 1 === slots ? 0 : i + 1;
  }
}
