import { TABLE_BASE64, TABLE_SALT, TABLE_SLOTS } from './gazetteer.ts';
import { hashes, lookupHashes, lookupHashesBase64 } from './hash-table.ts';

export * from './flags.ts';
export { TABLE_SALT as LEXICON_SALT };

let table: string | undefined;
/**
 * Lookups before the table is decoded: the first ones read the shipped base64 in place, so a
 * Worker's first request does not wait for `atob` over 200 KB (~1.5 ms under Node, whose `atob` is
 * slow); after DECODE_AFTER lookups the table is decoded once, and lookups read plain bytes.
 */
let inPlace = 0;
const DECODE_AFTER = 2048;

/**
 * A small direct-mapped cache of recent lookups (index hash, check hash and flags, slotted by the
 * low bits of the check hash). Everyday words repeat, so most lookups end here instead of in a probe chain spread over
 * 140 KB. The lexicon never changes, so entries never go stale.
 */
const CACHE_BITS = 12;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const cacheIndex = new Int32Array(1 << CACHE_BITS);
const cacheCheck = new Int32Array(1 << CACHE_BITS);
/** flags + 1, so 0 means an empty entry. */
const cacheFlags = new Uint16Array(1 << CACHE_BITS);

/** Flags of a lookup key (lowercase, accents folded: see key.ts), 0 when the word is not in the lexicon. */
export function flagsOf(key: string): number {
  const [index, check] = hashes(key, TABLE_SALT);
  return flagsOfHashes(index, check);
}

/** Same, from hashes computed while scanning (see tokens.ts). Same probe order as hash-table.ts. */
export function flagsOfHashes(index: number, check: number): number {
  // Slot by the check hash: the tokenizer's word cache (tokens.ts), which calls this on a miss, is
  // slotted by the index hash, so two words that take each other's slot there do not here too.
  const c = (check ^ (check >>> CACHE_BITS)) & CACHE_MASK;
  if (cacheFlags[c] !== 0 && cacheIndex[c] === (index | 0) && cacheCheck[c] === (check | 0)) return cacheFlags[c]! - 1;
  if (table === undefined && ++inPlace > DECODE_AFTER) table = atob(TABLE_BASE64);
  const flags = table === undefined
    ? lookupHashesBase64(TABLE_BASE64, TABLE_SLOTS, index >>> 0, check >>> 0)
    : lookupHashes(table, TABLE_SLOTS, index >>> 0, check >>> 0);
  cacheIndex[c] = index | 0;
  cacheCheck[c] = check | 0;
  cacheFlags[c] = flags + 1;
  return flags;
}
