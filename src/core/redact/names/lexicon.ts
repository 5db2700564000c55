import { AMBIGUOUS_NAMES, COMMON_NAMES, FIRST_NAMES, LAST_NAMES, LOWERCASE_UNSAFE, PLAIN_WORDS } from './gazetteer.ts';
import { PLACE_WORDS, STOP_WORDS } from './word-lists.ts';

export interface Lexicon {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  /** Names that are everyday words ("Will", "Grant"): alone they need a cue or a neighbour. */
  ambiguous: ReadonlySet<string>;
  /** Names that are dictionary words: in lowercase text they need a cue. */
  lowerUnsafe: ReadonlySet<string>;
  /** Frequent English words; they end a name. */
  common: { has(word: string): boolean };
  /** Words that are never a name by themselves in chat and business text. */
  stop: ReadonlySet<string>;
  /** Street and place words; capitalised words beside them are a place. */
  place: ReadonlySet<string>;
  /** Frequent words that are not names, stop or place words (split at build time): the tokenizer may skip them. */
  plain: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

/**
 * Built on first use, so policies without PERSON pay nothing. Sets are built by the native
 * Set constructor from split strings: a few ms, where a JS loop over 20k words would cost
 * several times that before the JIT warms up.
 */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const first = new Set(FIRST_NAMES.split('|'));
  const last = new Set(LAST_NAMES.split('|'));
  const stop = new Set(STOP_WORDS.split(/\s+/));
  const place = new Set(PLACE_WORDS.split(/\s+/));
  const plain = new Set(PLAIN_WORDS.split('|'));
  const commonNames = new Set(COMMON_NAMES.split('|'));
  cached = {
    first,
    last,
    ambiguous: new Set(AMBIGUOUS_NAMES.split('|')),
    lowerUnsafe: new Set(LOWERCASE_UNSAFE.split('|')),
    common: { has: (w: string) => plain.has(w) || commonNames.has(w) },
    stop,
    place,
    plain,
  };
  return cached;
}
