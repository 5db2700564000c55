import { AMBIGUOUS, COMMON, FIRST, flagsOf, flagsOfHashes, LAST, LEXICON_SALT, LOWER_UNSAFE, PLACE, PLAIN, STOP } from './lexicon.ts';
import { checkStep, INDEX_SEED, indexStep } from './hash-table.ts';
import { nameKeyOfLower } from './key.ts';
import { addDigitRun, beginDigitRuns, finishDigitRuns } from '../digit-runs.ts';
import type { DigitRuns, TextIndex } from '../digit-runs.ts';

/**
 * Tokens as parallel typed arrays (struct of arrays) in buffers reused across calls: the PERSON
 * pass allocates no object per word. Token `i` spans text[start[i], end[i]); `bits[i]` holds its
 * shape and lexicon facts (the T_* bits below); `key[i]` is its lowercase lookup key, filled for
 * words the rules read by name (cue words, prepositions, particles) and for words outside plain
 * ASCII, '' for other ASCII words (looked up by hash). `len[i]`: code units of the word without
 * a possessive "'s". Only valid until the next `tokenize` call.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  len: Int32Array;
  bits: Int32Array;
  key: string[];
}

/** Shape: "Ravi" (also "McAllister" and a one-letter capital), "RAVI", "ravi"; none of them: "iPhone". */
export const T_TITLE = 1;
export const T_UPPER = 2;
export const T_LOWER = 4;
export const T_FIRST = 8;
export const T_LAST = 16;
/** A name that is an everyday word ("Will", "Grant"). */
export const T_AMBIGUOUS = 32;
export const T_LOWER_UNSAFE = 64;
export const T_COMMON = 128;
export const T_STOP = 256;
/** "R." — a capital initial with its dot. */
export const T_INITIAL = 512;
/** de, van, von, da … inside "Juan de la Cruz". */
export const T_PARTICLE = 1024;
/** Street or place word ("Road", "Calle", "San"). */
export const T_PLACE = 2048;
/** Most words on this token's line are capitalised (a heading): capitals say nothing there. */
export const T_HEADING = 4096;
/**
 * Marks a caller gives keyed words (`tokenize`'s `marks`), so a rule that reads a few keys tests a bit
 * instead of looking the key up on every token: a relation's word, a cue phrase's last word, a
 * word the self-naming rules read ("here", "naam"), a preposition of place ("in", "near").
 */
export const T_MARK_RELATION = 8192;
export const T_MARK_CUE_END = 16384;
export const T_MARK_SELF = 32768;
export const T_MARK_PLACE_PREPOSITION = 65536;

type Shape = typeof T_TITLE | typeof T_UPPER | typeof T_LOWER | 0;

/** Buffers up to this many tokens are kept for the next call; a larger text gets its own. */
const RETAINED_CAPACITY = 1 << 15;
let shared: Tokens = allocate(1024);

function allocate(capacity: number): Tokens {
  return { count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), len: new Int32Array(capacity), bits: new Int32Array(capacity), key: new Array<string>(capacity).fill('') };
}

function grow(t: Tokens): Tokens {
  const bigger = allocate(t.start.length * 2);
  bigger.start.set(t.start);
  bigger.end.set(t.end);
  bigger.len.set(t.len);
  bigger.bits.set(t.bits);
  for (let i = 0; i < t.count; i++) bigger.key[i] = t.key[i]!;
  bigger.count = t.count;
  if (bigger.start.length <= RETAINED_CAPACITY) shared = bigger;
  return bigger;
}

export const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'du', 'le', 'y', 'bin', 'binti', 'al', 'el']);
/** Irish and Scottish surname shapes ("O'Malley", "McAllister", "MacLeod") are surnames even when unlisted. */
const LETTER = /[\p{L}\p{M}]/u;
/** Per-BMP-code-unit cache of "is a letter or mark": 0 unknown, 1 yes, 2 no. Filled lazily. */
const letterCache = new Uint8Array(65536);

export function isLetter(c: number): boolean {
  if (c < 128) return ((c | 32) - 97) >>> 0 < 26; // A-Z and a-z: OR 32 lowercases them, and only them land in a-z
  // Latin letters (U+00C0–U+024F but × and ÷) and combining marks: no Unicode regex for them (tokens.test.ts).
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and rare scripts end a word
  let v = letterCache[c]!;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = v;
  }
  return v === 1;
}

// Case tests by comparing case mappings: no Unicode regex per token (this loop is the hot path).
function shapeOf(word: string): Shape {
  const c = word[0]!;
  if (c !== c.toLowerCase()) {
    if (word.length === 1) return T_TITLE;
    const rest = word.slice(1);
    return rest === rest.toUpperCase() ? T_UPPER : T_TITLE;
  }
  return word === word.toLowerCase() ? T_LOWER : 0;
}

/**
 * The lowercase words the rules read by name (cue words, prepositions, particles), in a small
 * open-addressing table over the same hashes the scan computes, so a token's key is found without
 * slicing or lowercasing it (typed arrays: no Map lookups with heap-number keys in the hot loop).
 */
interface KeyTable {
  index: Int32Array;
  check: Int32Array;
  words: string[];
  kinds: Uint8Array;
  /** Per slot: the token bits its word is marked with (`tokenize`'s `marks`), or -1 before the slot is first met (`markOf`). */
  marks: Int32Array;
  /** The marks the table was built with. */
  marksFrom: Marks;
  mask: number;
  /**
   * A direct-mapped cache of what the scan looks up for an ASCII word, by its two hashes. Entry
   * `e` is cache[4e .. 4e + 4): the index hash, the check hash, the value and the token bits the
   * lexicon flags give (`wordBits(0, flags, false, false, false)`): 16 bytes on a 16-byte boundary,
   * one cache line per lookup. The value: the lexicon flags + 1 (bits 0–8) and 1 + the first slot
   * whose hashes equal the word's, whatever its letters (bits 9+; 0 when no kept word has these
   * hashes); 0: empty. One probe per word instead of the lexicon cache and the key table; a slot
   * found is still compared letter by letter.
   */
  cache: Int32Array;
}
const WORD_CACHE_BITS = 12;
const WORD_CACHE_MASK = (1 << WORD_CACHE_BITS) - 1;
/**
 * Kinds of a word in the key table: KEPT, a token even when it is an everyday lowercase word (the
 * rules read it: in `keep`, or a name particle, "María del Carmen"); PARTICLE, a name particle.
 */
const KEPT = 1;
const PARTICLE = 2;
/** The word "at", whose places the e-mail detector reads (`atWordStarts`). */
const AT_WORD = 4;
const keyTables = new WeakMap<ReadonlySet<string>, KeyTable>();
/** A caller's marks (T_MARK_*) for a token's key; read once per key-table slot, and for each word of the general path. */
export type Marks = (key: string) => number;
const NO_MARKS: Marks = () => 0;

function keyTableOf(keep: ReadonlySet<string>, marks: Marks): KeyTable {
  const cached = keyTables.get(keep);
  if (cached !== undefined && cached.marksFrom === marks) return cached;
  // Folded keys (cue words are stored folded, key.ts), ASCII or not: the folded path hashes a word's
  // folded units, so "меня" and "नमस्ते" are found as "senor" is. Read straight from the two sets, in
  // this order (keep's words, then the particles it lacks): a Worker's first request builds this table.
  let size = 64;
  while (size < (keep.size + PARTICLES.size) * 4) size *= 2;
  const table: KeyTable = {
    index: new Int32Array(size), check: new Int32Array(size), words: new Array<string>(size).fill(''), kinds: new Uint8Array(size),
    marks: new Int32Array(size).fill(-1), marksFrom: marks, mask: size - 1,
    cache: new Int32Array(4 << WORD_CACHE_BITS),
  };
  for (const word of keep) {
    if (word === '' || word !== word.toLowerCase()) continue;
    const particle = PARTICLES.has(word);
    addKey(table, word, KEPT | (particle ? PARTICLE : 0) | (word === 'at' ? AT_WORD : 0));
  }
  for (const word of PARTICLES) if (!keep.has(word)) addKey(table, word, KEPT | PARTICLE);
  keyTables.set(keep, table);
  return table;
}

/** Put `word` in the key table's first free slot of its probe chain, with its hashes and kind. */
function addKey(table: KeyTable, word: string, kind: number): void {
  let a = INDEX_SEED;
  let b = LEXICON_SALT;
  for (let i = 0; i < word.length; i++) {
    a = indexStep(a, word.charCodeAt(i));
    b = checkStep(b, word.charCodeAt(i));
  }
  let slot = a & table.mask;
  while (table.words[slot] !== '') slot = (slot + 1) & table.mask;
  table.index[slot] = a;
  table.check[slot] = b;
  table.words[slot] = word;
  table.kinds[slot] = kind;
}

/** The marks of the kept word in `slot`, asked of the caller the first time the slot is met (-1: not yet). */
function markOf(table: KeyTable, slot: number): number {
  const mark = table.marks[slot]!;
  return mark >= 0 ? mark : (table.marks[slot] = table.marksFrom(table.words[slot]!));
}

/**
 * Endings of abstract nouns in the languages our customers write ("verification", "Versicherung",
 * "cancelación", "Gesellschaft", "rozliczenie" aside): no name ends so, seven letters or more.
 */
const NOUN_ENDINGS = ['tion', 'sion', 'ción', 'cion', 'sión', 'ção', 'cao', 'zione', 'ment', 'ness', 'ship', 'ism', 'ung', 'ungen', 'heit', 'keit', 'schaft', 'ierung', 'heid', 'ość'];

/**
 * text[start, end) is a word the lexicon lacks that ends like an abstract noun, or its English
 * plural ("admissions", "payments"), or a long gerund: an everyday word, not a name.
 */
function nounShaped(text: string, start: number, end: number): boolean {
  if (end - start < 7) return false;
  const tail = text.slice(end - 7, end).toLowerCase();
  // The ending, or the ending then an English plural's "s" ("admissions"; "fitness" ends in "ness" itself).
  for (const e of NOUN_ENDINGS) if (tail.endsWith(e) || (end - start >= 8 && tail.endsWith(`${e}s`))) return true;
  // An English gerund or an "-ity" noun of nine letters or more ("onboarding", "feasibility"); shorter ones may be names ("Harding", "Felicity").
  // So is a Spanish, Portuguese or Italian verb's "we" form of as many ("Intentamos llamarle", "abbiamo"): "Ramos" is shorter.
  return end - start >= 9 && (tail.endsWith('ing') || tail.endsWith('ity') || tail.endsWith('amos') || tail.endsWith('emos') || tail.endsWith('imos') || tail.endsWith('iamo'));
}

/** Fill the word cache's entry at `ce` for the word text[start, end) with these hashes; returns its value. */
function fillCacheEntry(keys: KeyTable, ce: number, ha: number, hb: number, text: string, start: number, end: number): number {
  let flags = flagsOfHashes(ha, hb);
  // Not in the lexicon but shaped like an abstract noun: an everyday word ("driver verification:").
  if (flags === 0 && nounShaped(text, start, end)) flags = COMMON | PLAIN;
  const value = (flags + 1) | ((hashSlot(keys, ha, hb) + 1) << 9);
  const cache = keys.cache;
  cache[ce] = ha;
  cache[ce + 1] = hb;
  cache[ce + 2] = value;
  cache[ce + 3] = wordBits(0, flags, false, false, false);
  return value;
}

/** The first slot of the probe chain whose hashes are these, whatever its letters, or -1. */
function hashSlot(table: KeyTable, index: number, check: number): number {
  for (let slot = index & table.mask; ; slot = (slot + 1) & table.mask) {
    if (table.words[slot] === '') return -1;
    if (table.index[slot] === index && table.check[slot] === check) return slot;
  }
}

/** The kept word in `slot` equals text[start, end) ignoring ASCII case. */
function slotHolds(table: KeyTable, slot: number, text: string, start: number, end: number): boolean {
  const word = table.words[slot]!;
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The slot of the kept word with these hashes whose letters equal text[start, end) ignoring ASCII case, or -1. */
function keySlot(table: KeyTable, index: number, check: number, text: string, start: number, end: number): number {
  for (let slot = index & table.mask; ; slot = (slot + 1) & table.mask) {
    const word = table.words[slot]!;
    if (word === '') return -1;
    if (table.index[slot] !== index || table.check[slot] !== check || word.length !== end - start) continue;
    let i = 0;
    for (; i < word.length; i++) {
      const c = text.charCodeAt(start + i);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) break;
    }
    if (i === word.length) return slot;
  }
}

/** "O'Brien", "D'Souza", "McAllister", "MacLeod" (ASCII or typographic apostrophe). */
function celticAt(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if ((c0 !== 79 && c0 !== 68 && c0 !== 77) || end - start < 2) return false;
  const c1 = text.charCodeAt(start + 1);
  if (c0 !== 77) {
    if (c1 !== 39 && c1 !== 0x2019 || start + 2 >= end) return false;
    const c = text.charCodeAt(start + 2);
    return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
  }
  const at = c1 === 99 ? start + 2 : c1 === 97 && start + 2 < end && text.charCodeAt(start + 2) === 99 ? start + 3 : -1;
  if (at === -1 || at >= end) return false;
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/**
 * How the general path below treats one non-ASCII code unit of a word, for words it can take
 * without slicing: its key is `nameKeyOfLower(word.toLowerCase())`, which for these units is the
 * concatenation of each unit's own key (NFD and mark removal work per character, and their case
 * maps are one unit each way and free of context), so the word's key, hash and case are read unit by
 * unit. Filled on first sight of a unit from the same `toLowerCase`, `toUpperCase` and
 * `nameKeyOfLower` calls. Entry: U_KNOWN, plus U_GENERAL (the unit needs the general path: several
 * units either way, a title case, Σ whose lowercase depends on the word end), or the unit's key
 * (U_EMPTY for a mark the fold drops, else its one code unit) with U_UPPER / U_LOWER (neither:
 * caseless, as Devanagari).
 */
const U_KNOWN = 1 << 30;
const U_GENERAL = 1 << 29;
const U_EMPTY = 1 << 18;
const U_UPPER = 1 << 17;
const U_LOWER = 1 << 16;
let unitFolds: Int32Array | undefined;

function unitFold(c: number): number {
  const table = (unitFolds ??= new Int32Array(65536));
  let v = table[c]!;
  if (v === 0) table[c] = v = foldOfUnit(c);
  return v;
}

function foldOfUnit(c: number): number {
  if (c === 0x3a3) return U_KNOWN | U_GENERAL; // Σ: σ or ς, by what follows it
  const s = String.fromCharCode(c);
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (lower.length !== 1 || upper.length !== 1) return U_KNOWN | U_GENERAL;
  const isLower = s === lower && s !== upper;
  const isUpper = s === upper && s !== lower;
  if (!isLower && !isUpper && s !== lower) return U_KNOWN | U_GENERAL; // title case
  const key = nameKeyOfLower(lower);
  if (key.length > 1) return U_KNOWN | U_GENERAL;
  return U_KNOWN | (isUpper ? U_UPPER : 0) | (isLower ? U_LOWER : 0) | (key.length === 0 ? U_EMPTY : key.charCodeAt(0));
}

/** The key unit of a folded word's code unit ("’" as "'"), or -1 for one the fold drops. */
function keyUnitAt(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 39;
  const f = unitFold(c);
  return (f & U_EMPTY) !== 0 ? -1 : f & 0xffff;
}

/** The kept word `word` equals the key of text[start, end), `keyLen` units long. */
function keyEquals(word: string, text: string, start: number, end: number, keyLen: number): boolean {
  if (word.length !== keyLen) return false;
  let k = 0;
  for (let i = start; i < end; i++) {
    const u = keyUnitAt(text.charCodeAt(i));
    if (u === -1) continue;
    if (u !== word.charCodeAt(k++)) return false;
  }
  return true;
}

/** `keySlot` for a word with non-ASCII units: the slot of the kept word with these hashes equal to its key, or -1. */
function foldedKeySlot(table: KeyTable, first: number, index: number, check: number, text: string, start: number, end: number, keyLen: number): number {
  if (first !== -1 && keyEquals(table.words[first]!, text, start, end, keyLen)) return first;
  if (first === -1) return -1;
  for (let slot = index & table.mask; ; slot = (slot + 1) & table.mask) {
    const word = table.words[slot]!;
    if (word === '') return -1;
    if (table.index[slot] === index && table.check[slot] === check && keyEquals(word, text, start, end, keyLen)) return slot;
  }
}

/** Test-only: false sends the words of the folded path (see tokenize) down the general path (tokens.test.ts compares the two). */
let foldedPath = true;
export function useFoldedPath(on: boolean): void {
  foldedPath = on;
}

/** ASCII digit or underscore: letters glued to these are codes ("4ed2…", "user_ravi"), not names. */
function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}

/**
 * Words of letters with inner apostrophes or hyphens ("O'Brien", "Anna-Maria"), scanned by hand
 * (no match objects). Lowercase ASCII words are hashed while they are scanned, so the everyday
 * words no rule looks at are skipped without being sliced out of the text: the gap they leave
 * already breaks adjacency, which is all they would do. `keep` lists the lowercase words the
 * rules do read (cue words, place prepositions).
 */
export function tokenize(text: string, keep: ReadonlySet<string>, index?: TextIndex, marks: Marks = NO_MARKS): Tokens {
  shared.count = 0;
  lineCount = 0;
  atStarts = [];
  if (lineFirsts.length > RETAINED_CAPACITY) lineFirsts = new Int32Array(256);
  // Digit runs for the identifier detectors, recorded on the way (see digit-runs.ts) unless known.
  const runs = index !== undefined && index.wantsDigitRuns() ? beginDigitRuns() : undefined;
  const out = scanTokens(text, keyTableOf(keep, marks), shared, runs);
  if (runs !== undefined) index!.setDigitRuns(finishDigitRuns(scannedRuns!, text));
  scannedRuns = undefined;
  return out;
}

/**
 * The digit-run buffers `scanTokens` ended with (a run may have grown them). A module variable, not
 * a field or a call: see `scanTokens`.
 */
let scannedRuns: DigitRuns | undefined;

/**
 * `tokenize`'s pass over the text: nothing but the loop, which also marks the last line's heading
 * when it reaches the end of the text. The first long text has this loop compiled on stack (OSR)
 * while it is still being read, and that compiled loop is re-entered by later calls. Any call or
 * property access after the loop would have had no type feedback when it was compiled, and every
 * later call would leave the compiled code there (a soft deopt, ~30 calls in a row until the
 * function is compiled again as a whole): so after the loop there is only a module variable store
 * and the return.
 */
function scanTokens(text: string, keys: KeyTable, tokens: Tokens, digitRuns: DigitRuns | undefined): Tokens {
  let out = tokens;
  let runs = digitRuns;
  const cache = keys.cache;
  // Per line: words and Title Case words, to mark headings when the line ends.
  let lineWords = 0;
  let lineTitles = 0;
  let lineFirstToken = 0;
  const n = text.length;
  let i = 0;
  // Each code unit is read once: `c` is text[i] (-1 past the end), `prev` the code unit before it
  // (-1 at the start; any letter after a word, a digit after a run: only its class is read).
  let c = n > 0 ? text.charCodeAt(0) : -1;
  let prev = -1;
  for (;;) {
    if (!isLetter(c)) {
      // A line ends, or the text (c is -1 exactly when i reaches n): its heading mark and first token.
      if (c === 10 || i >= n) {
        closeLine(out, lineFirstToken, lineWords, lineTitles);
        if (i >= n) break;
        lineWords = 0;
        lineTitles = 0;
        lineFirstToken = out.count;
      } else if (runs !== undefined && c >= 48 && c <= 57) {
        const s = i;
        let d = -1;
        for (i++; i < n; i++) {
          d = text.charCodeAt(i);
          if (d < 48 || d > 57) break;
        }
        runs = addDigitRun(runs, s, i, i < n ? d : -1);
        prev = 48;
        c = i < n ? d : -1;
        continue;
      }
      prev = c;
      i++;
      c = i < n ? text.charCodeAt(i) : -1;
      continue;
    }
    const start = i;
    const before = prev;
    const first = c;
    // ASCII words (letters and inner apostrophes): hash the lowercased letters as we go (the
    // lexicon's key for them is the lowercased word) and read the shape from the case of the letters.
    let ascii = c < 128;
    let firstUpper = c >= 65 && c <= 90;
    let restUpper = false;
    let restLower = false;
    let ha = 0;
    let hb = 0;
    if (ascii) {
      // The usual word: ASCII letters only. A tight loop (one class test, the two hash steps and
      // an upper-case count per letter); a word that goes on past it (an apostrophe, a hyphen, a
      // letter outside ASCII) continues in the general loop below from the same state.
      const f = c | 32;
      ha = indexStep(INDEX_SEED, f);
      hb = checkStep(LEXICON_SALT, f);
      let uppers = 0;
      let j = i + 1;
      let d = j < n ? text.charCodeAt(j) : -1;
      while (((d | 32) - 97) >>> 0 < 26) {
        const g = d | 32;
        ha = indexStep(ha, g);
        hb = checkStep(hb, g);
        uppers += ((d >>> 5) & 1) ^ 1; // A-Z have bit 5 clear, a-z set
        j++;
        d = j < n ? text.charCodeAt(j) : -1;
      }
      if (!(d >= 128 ? isLetter(d) || (d === 0x2019 && continuesWord(text, j)) : (d === 39 || d === 45) && continuesWord(text, j))) {
        i = j;
        prev = 97;
        c = d;
        // Letters glued to digits or '_' are codes ("4ed2…", "user_ravi"), not names.
        if (isCodeChar(before) || isCodeChar(d)) continue;
        lineWords++;
        const len = j - start;
        const ci = (ha ^ (ha >>> WORD_CACHE_BITS)) & WORD_CACHE_MASK;
        const ce = ci << 2;
        let cached = cache[ce + 2]!;
        if (cached === 0 || cache[ce]! !== ha || cache[ce + 1]! !== hb) cached = fillCacheEntry(keys, ce, ha, hb, text, start, j);
        const flags = (cached & 511) - 1;
        const hs = (cached >>> 9) - 1;
        const slot = hs === -1 ? -1 : slotHolds(keys, hs, text, start, j) ? hs : keySlot(keys, ha, hb, text, start, j);
        const kind = slot === -1 ? 0 : keys.kinds[slot]!;
        if (out.count === out.start.length) out = grow(out);
        const shape: Shape = firstUpper ? (len === 1 || len - 1 > uppers ? T_TITLE : T_UPPER) : (uppers > 0 ? 0 : T_LOWER);
        if (shape === T_LOWER && (flags & PLAIN) !== 0) {
          // Everyday words no rule reads are skipped (see below).
          if ((kind & KEPT) !== 0) {
            const t = out.count++;
            out.start[t] = start;
            out.end[t] = j;
            out.len[t] = len;
            out.bits[t] = T_LOWER | T_COMMON | ((kind & PARTICLE) !== 0 ? T_PARTICLE : 0) | markOf(keys, slot);
            out.key[t] = keys.words[slot]!;
            if ((kind & AT_WORD) !== 0) atStarts.push(start);
          }
          continue;
        }
        if (shape === T_TITLE) lineTitles++;
        const initial = len === 1 && shape === T_TITLE && d === 46;
        const particle = (kind & PARTICLE) !== 0;
        if ((kind & AT_WORD) !== 0) atStarts.push(start); // written AT or At
        const t = out.count++;
        out.start[t] = start;
        out.end[t] = initial ? j + 1 : j;
        out.len[t] = len;
        out.key[t] = slot === -1 ? '' : keys.words[slot]!;
        // wordBits: its lexicon part from the word cache; O' D' Mc Mac (celtic) by the function.
        out.bits[t] = (shape === T_TITLE && (first === 79 || first === 68 || first === 77) && celticAt(text, start, j)
          ? wordBits(shape, flags, initial, true, particle)
          : shape | cache[ce + 3]! | (initial ? T_INITIAL : 0) | (particle ? T_PARTICLE : 0)) | (slot === -1 ? 0 : markOf(keys, slot));
        continue;
      }
      restUpper = uppers > 0;
      restLower = j - start - 1 > uppers;
      i = j - 1; // the general loop starts after the first letter; its state is the fast loop's
    }
    let hyphen = false;
    // The last step read an apostrophe and an 's': "Ravi's". Hash and case flags before that step (`p*`).
    let apostropheS = false;
    let pha = 0;
    let phb = 0;
    let pRestUpper = false;
    let pRestLower = false;
    // Non-ASCII units the general path folds one by one ("María", "Łukasz", "नमस्ते"): hashed by
    // their key units like ASCII letters (unitFold); `dropped` counts the marks the fold removes.
    let accented = false;
    let dropped = 0;
    if (!ascii) {
      const e = unitFold(c);
      if ((e & (U_GENERAL | U_EMPTY)) === 0) {
        ascii = true;
        accented = true;
        firstUpper = (e & U_UPPER) !== 0;
        const f0 = e & 0xffff;
        ha = indexStep(INDEX_SEED, f0);
        hb = checkStep(LEXICON_SALT, f0);
      }
    }
    let after = -1;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) {
        apostropheS = false;
        if (d >= 128) {
          if (ascii) {
            const e = unitFold(d);
            if ((e & U_GENERAL) !== 0) ascii = false;
            else {
              accented = true;
              if ((e & U_UPPER) !== 0) restUpper = true;
              else if ((e & U_LOWER) !== 0) restLower = true;
              if ((e & U_EMPTY) !== 0) dropped++;
              else {
                ha = indexStep(ha, e & 0xffff);
                hb = checkStep(hb, e & 0xffff);
              }
            }
          }
        } else if (ascii) {
          let f = d;
          if (d <= 90) { restUpper = true; f = d + 32; } else restLower = true;
          ha = indexStep(ha, f);
          hb = checkStep(hb, f);
        }
        i++;
        continue;
      }
      if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        if (isLetter(e)) {
          apostropheS = d !== 45 && (e === 115 || e === 83);
          if (ascii) {
            pha = ha;
            phb = hb;
            pRestUpper = restUpper;
            pRestLower = restLower;
            // "don’t", "O’Brien": the typographic apostrophe folds to "'" (key.ts), as a Latin letter does to ASCII.
            let g = d;
            if (d === 0x2019) { g = 39; accented = true; }
            const f = e < 128 ? (e <= 90 ? U_KNOWN | U_UPPER | (e + 32) : U_KNOWN | U_LOWER | e) : unitFold(e);
            if ((f & U_GENERAL) !== 0) ascii = false;
            else {
              if (e >= 128) accented = true;
              if (d === 45) hyphen = true;
              if ((f & U_UPPER) !== 0) restUpper = true;
              else if ((f & U_LOWER) !== 0) restLower = true;
              ha = indexStep(ha, g);
              hb = checkStep(hb, g);
              if ((f & U_EMPTY) !== 0) dropped++;
              else {
                ha = indexStep(ha, f & 0xffff);
                hb = checkStep(hb, f & 0xffff);
              }
            }
          }
          i += 2;
          continue;
        }
      }
      after = d;
      break;
    }
    prev = 97;
    c = after;
    // Letters glued to digits or '_' are codes ("4ed2…", "user_ravi"), not names.
    if (isCodeChar(before) || isCodeChar(after)) continue;
    lineWords++;
    let end = i;
    const possessive = end - start > 3 && apostropheS;
    if (possessive) end -= 2; // "Ravi's"
    if (out.count === out.start.length) out = grow(out);
    // Words with units unitFold maps ("María", "नमस्ते", "Иван"), words with "’" and possessives
    // ("Ravi's": the word without its "'s") took the general path below before: here they get the
    // same token from the same lookups (a key only when the rules read it, as for ASCII words), and
    // never the skip of everyday words.
    const folded = accented || possessive;
    // Hyphenated words with capitals or folded units: their parts are looked up too (hyphenParts).
    const split = hyphen && (folded || firstUpper || restUpper);
    if ((folded || split) && !foldedPath) ascii = false;
    if (ascii) {
      if (possessive) {
        ha = pha;
        hb = phb;
        restUpper = pRestUpper;
        restLower = pRestLower;
      }
      const ci = (ha ^ (ha >>> WORD_CACHE_BITS)) & WORD_CACHE_MASK;
      const ce = ci << 2;
      let cached = cache[ce + 2]!;
      if (cached === 0 || cache[ce]! !== ha || cache[ce + 1]! !== hb) cached = fillCacheEntry(keys, ce, ha, hb, text, start, end);
      const flags = (cached & 511) - 1;
      const shape: Shape = firstUpper
        ? (end - start === 1 || restLower ? T_TITLE : T_UPPER)
        : (restUpper ? 0 : T_LOWER);
      // No kept word has these hashes: not one. Else the first with them, if its letters are the
      // word's; else (another word with the same two hashes) the full probe.
      const hs = (cached >>> 9) - 1;
      const keyLen = end - start - dropped;
      const slot = accented ? foldedKeySlot(keys, hs, ha, hb, text, start, end, keyLen)
        : hs === -1 ? -1 : slotHolds(keys, hs, text, start, end) ? hs : keySlot(keys, ha, hb, text, start, end);
      const kind = slot === -1 ? 0 : keys.kinds[slot]!;
      if (shape === T_LOWER && (flags & PLAIN) !== 0 && !folded && !split) {
        // Everyday words no rule reads are skipped: the gap they leave already breaks adjacency.
        // Cue words ("to", "is", "from") are read by the rules but can be nothing else: a cheap token.
        if ((kind & KEPT) !== 0) {
          const t = out.count++;
          out.start[t] = start;
          out.end[t] = end;
          out.len[t] = end - start;
          out.bits[t] = T_LOWER | T_COMMON | ((kind & PARTICLE) !== 0 ? T_PARTICLE : 0) | markOf(keys, slot);
          out.key[t] = keys.words[slot]!;
        }
        continue;
      }
      if (shape === T_TITLE) lineTitles++;
      pushToken(out, text, start, end, first, possessive ? 39 : after, shape, slot === -1 ? '' : keys.words[slot]!, keyLen, flags, (kind & PARTICLE) !== 0,
        split ? hyphenParts(text, start, end) : NOT_SPLIT, slot === -1 ? 0 : markOf(keys, slot));
      continue;
    }
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    const shape: Shape = word === lower ? T_LOWER : shapeOf(word);
    if (shape === T_TITLE) lineTitles++;
    const key = ascii ? lower : nameKeyOfLower(lower);
    pushToken(out, text, start, end, first, possessive ? 39 : after, shape, key, key.length, key.indexOf('-') === -1 ? flagsOf(key) : -1, PARTICLES.has(key),
      NOT_SPLIT, keys.marksFrom(key));
  }
  scannedRuns = runs;
  return out;
}

/** An apostrophe or hyphen at text[i] joins the word before it to a letter after it ("O'Brien", "Anna-Maria"). */
function continuesWord(text: string, i: number): boolean {
  return i + 1 < text.length && isLetter(text.charCodeAt(i + 1));
}

/**
 * A line ends: if it has 5+ words, 75 %+ of them Title Case (not acronyms), it is a heading (capitals
 * say nothing there); its first token, if any, is recorded for `lineFirstTokens`.
 */
function closeLine(out: Tokens, from: number, words: number, titles: number): void {
  if (words >= 5 && titles / words >= 0.75) for (let t = from; t < out.count; t++) out.bits[t]! |= T_HEADING;
  if (from < out.count) {
    if (lineCount === lineFirsts.length) lineFirsts = growLines(lineFirsts);
    lineFirsts[lineCount++] = from;
  }
}

/**
 * The first token of each line that has one (in order), as the last `tokenize` call left them: `lineFirsts[0 ..
 * lineCount)`. Module variables like `scannedRuns` (see `scanTokens`); read with `lineFirstTokens`.
 */
let lineFirsts: Int32Array = new Int32Array(256);
let lineCount = 0;

function growLines(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Where the word "at" (any case, if `keep` holds it) starts in the last `tokenize` call's ASCII words, in order. */
let atStarts: number[] = [];
export function atWordStarts(): readonly number[] {
  return atStarts;
}

/** The first token of each line of the last `tokenize` call's text: indices `lines[0 .. count)`. */
export function lineFirstTokens(): { lines: Int32Array; count: number } {
  return { lines: lineFirsts, count: lineCount };
}

/**
 * What a hyphenated word's parts say (`pushToken`): some part a given name, some a surname, every
 * part ambiguous or no name, every part ambiguous or unsafe in lower case. NOT_SPLIT: one word.
 */
const NOT_SPLIT = -1;
const P_FIRST = 1;
const P_LAST = 2;
const P_ALL_AMBIGUOUS = 4;
const P_ALL_UNSAFE = 8;
/** The last part is a place word: "Karl-Marx-Straße". */
const P_LAST_PLACE = 16;

function addPart(parts: number, p: number): number {
  let out = (parts & ~P_LAST_PLACE) | ((p & FIRST) !== 0 ? P_FIRST : 0) | ((p & LAST) !== 0 ? P_LAST : 0) | ((p & PLACE) !== 0 ? P_LAST_PLACE : 0);
  if (!((p & AMBIGUOUS) !== 0 || (p & (FIRST | LAST)) === 0)) out &= ~P_ALL_AMBIGUOUS;
  if ((p & (AMBIGUOUS | LOWER_UNSAFE)) === 0) out &= ~P_ALL_UNSAFE;
  return out;
}

/** The parts of the hyphenated word text[start, end) (units of the folded path), from the key units' hashes. */
function hyphenParts(text: string, start: number, end: number): number {
  let parts = P_ALL_AMBIGUOUS | P_ALL_UNSAFE;
  let a = INDEX_SEED;
  let b = LEXICON_SALT;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) {
      parts = addPart(parts, flagsOfHashes(a, b));
      a = INDEX_SEED;
      b = LEXICON_SALT;
      continue;
    }
    const u = keyUnitAt(c);
    if (u === -1) continue;
    a = indexStep(a, u);
    b = checkStep(b, u);
  }
  return addPart(parts, flagsOfHashes(a, b));
}

/**
 * Add one token from its lexicon flags (-1: hyphenated, look the parts up). The caller made room.
 * `c0` is text[start], `next` text[wordEnd] (-1 at the end of the text); `mark`: the caller's marks for its key (T_MARK_*).
 */
function pushToken(out: Tokens, text: string, start: number, wordEnd: number, c0: number, next: number, shape: Shape, key: string, len: number, flags: number, particle: boolean, split = NOT_SPLIT, mark = 0): void {
  let end = wordEnd;
  const initial = end - start === 1 && shape === T_TITLE && next === 46;
  if (initial) end++;
  const celtic = shape === T_TITLE && (c0 === 79 || c0 === 68 || c0 === 77) && celticAt(text, start, wordEnd); // O' D' Mc Mac
  let f = flags;
  let parts = split;
  if (flags === -1) {
    parts = P_ALL_AMBIGUOUS | P_ALL_UNSAFE;
    for (const part of key.split('-')) parts = addPart(parts, flagsOf(part));
    f = flagsOf(key);
  }
  let bits: number;
  if (parts !== NOT_SPLIT) {
    // "Anna-Maria", "Kowalska-Nowak": a name if any part is one.
    const first = (parts & P_FIRST) !== 0;
    const last = (parts & P_LAST) !== 0 || celtic;
    const ambiguous = (parts & P_ALL_AMBIGUOUS) !== 0 && (first || last) && !celtic;
    const lowerUnsafe = (parts & P_ALL_UNSAFE) !== 0;
    bits = shape
      | (first ? T_FIRST : 0) | (last ? T_LAST : 0) | (ambiguous ? T_AMBIGUOUS : 0) | (lowerUnsafe ? T_LOWER_UNSAFE : 0)
      | (initial ? T_INITIAL : 0)
      | ((f & COMMON) !== 0 ? T_COMMON : 0)
      | ((f & STOP) !== 0 ? T_STOP : 0)
      | (particle ? T_PARTICLE : 0)
      | ((f & PLACE) !== 0 || (parts & P_LAST_PLACE) !== 0 ? T_PLACE : 0);
  } else {
    bits = wordBits(shape, f, initial, celtic, particle);
  }
  const t = out.count++;
  out.start[t] = start;
  out.end[t] = end;
  out.len[t] = len;
  out.key[t] = key;
  out.bits[t] = bits | mark;
}

/** A one-word token's bits from its shape and lexicon flags (`pushToken`, and the ASCII fast path in `tokenize`). */
function wordBits(shape: Shape, f: number, initial: boolean, celtic: boolean, particle: boolean): number {
  const first = (f & FIRST) !== 0;
  const last = (f & LAST) !== 0 || celtic;
  const name = first || last;
  return shape
    | (first ? T_FIRST : 0) | (last ? T_LAST : 0)
    | ((f & AMBIGUOUS) !== 0 && name && !celtic ? T_AMBIGUOUS : 0)
    | (name && (f & (AMBIGUOUS | LOWER_UNSAFE)) !== 0 ? T_LOWER_UNSAFE : 0)
    | (initial ? T_INITIAL : 0)
    | ((f & COMMON) !== 0 ? T_COMMON : 0)
    | ((f & STOP) !== 0 ? T_STOP : 0)
    | (particle ? T_PARTICLE : 0)
    | ((f & PLACE) !== 0 ? T_PLACE : 0);
}
