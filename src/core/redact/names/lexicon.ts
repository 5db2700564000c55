import { TABLE_BASE64, TABLE_SALT, TABLE_SLOTS } from './gazetteer.ts';
import { hashes, SLOT_BYTES } from './hash-table.ts';

export * from './flags.ts';
export { TABLE_SALT as LEXICON_SALT };

/**
 * The packed table unpacked into typed arrays on first use (one native atob, one pass over 28k
 * slots, well under a millisecond), so policies without PERSON pay nothing and a probe is two
 * array reads instead of five charCodeAt calls.
 */
let checks: Uint32Array | undefined;
let slotFlags: Uint8Array | undefined;

/**
 * A small direct-mapped cache of recent lookups (check hash and flags by the low bits of the index
 * hash). Everyday words repeat, so most lookups end here instead of in a probe chain spread over
 * 140 KB. The lexicon never changes, so entries never go stale.
 */
const CACHE_BITS = 12;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const cacheIndex = new Int32Array(1 << CACHE_BITS);
const cacheCheck = new Int32Array(1 << CACHE_BITS);
/** flags + 1, so 0 means an empty entry. */
const cacheFlags = new Uint16Array(1 << CACHE_BITS);

function unpack(): void {
  const table = atob(TABLE_BASE64);
  checks = new Uint32Array(TABLE_SLOTS);
  slotFlags = new Uint8Array(TABLE_SLOTS);
  for (let i = 0, o = 0; i < TABLE_SLOTS; i++, o += SLOT_BYTES) {
    checks[i] = ((table.charCodeAt(o) << 24) | (table.charCodeAt(o + 1) << 16) | (table.charCodeAt(o + 2) << 8) | table.charCodeAt(o + 3)) >>> 0;
    slotFlags[i] = table.charCodeAt(o + 4);
  }
}

/** Flags of a lookup key (lowercase, accents folded: see key.ts), 0 when the word is not in the lexicon. */
export function flagsOf(key: string): number {
  const [index, check] = hashes(key, TABLE_SALT);
  return flagsOfHashes(index, check);
}

/** Same, from hashes computed while scanning (see tokens.ts). Same probe order as hash-table.ts. */
export function flagsOfHashes(index: number, check: number): number {
  const c = (index ^ (index >>> CACHE_BITS)) & CACHE_MASK;
  if (cacheFlags[c] !== 0 && cacheIndex[c] === (index | 0) && cacheCheck[c] === (check | 0)) return cacheFlags[c]! - 1;
  if (checks === undefined) unpack();
  const ch = checks!;
  const fl = slotFlags!;
  const want = check >>> 0;
  let i = (index >>> 0) % TABLE_SLOTS;
  let flags = 0;
  for (;;) {
    const f = fl[i]!;
    if (f === 0) break;
    if (ch[i] === want) { flags = f; break; }
    i = i + 1 === TABLE_SLOTS ? 0 : i + 1;
  }
  cacheIndex[c] = index | 0;
  cacheCheck[c] = check | 0;
  cacheFlags[c] = flags + 1;
  return flags;
}
