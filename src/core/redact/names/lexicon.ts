import { TABLE_BASE64, TABLE_SALT, TABLE_SLOTS } from './gazetteer.ts';
import { hashes, lookupHashes } from './hash-table.ts';

export * from './flags.ts';
export { TABLE_SALT as LEXICON_SALT };

let table: string | undefined;

/** Decoded on first use (one native atob call), so policies without PERSON pay nothing. */
function getTable(): string {
  table ??= atob(TABLE_BASE64);
  return table;
}

/** Flags of a lookup key (lowercase, accents folded: see key.ts), 0 when the word is not in the lexicon. */
export function flagsOf(key: string): number {
  const [index, check] = hashes(key, TABLE_SALT);
  return lookupHashes(getTable(), TABLE_SLOTS, index, check);
}

/** Same, from hashes computed while scanning (see tokens.ts). */
export function flagsOfHashes(index: number, check: number): number {
  return lookupHashes(getTable(), TABLE_SLOTS, index >>> 0, check >>> 0);
}
