/** Bits of a lexicon word's flags byte (names/gazetteer.ts). */
export const FIRST = 1;
export const LAST = 2;
/** A name that is an everyday word ("Will", "Grant"): alone it needs a cue or a neighbour. */
export const AMBIGUOUS = 4;
/** A name that is a dictionary word: in lowercase text it needs a cue. */
export const LOWER_UNSAFE = 8;
/** A frequent English word; it ends a name. */
export const COMMON = 16;
/** Never a name by itself in chat and business text (sir, team, months, company suffixes …). */
export const STOP = 32;
/**
 * A street, place or business word: capitalised words beside it are a place or a business ("Iyer
 * Alley", "Zara Logistics"). Also a surname that is a town's name ("Burgos"): alone it names the town.
 */
export const PLACE = 64;
/** A frequent word that is none of the above: the tokenizer may skip it. */
export const PLAIN = 128;
