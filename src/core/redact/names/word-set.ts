/**
 * A set of words tested against a range of the text in place: `has(text, a, b)` is
 * `set.has(text.slice(a, b).toLowerCase())` and `hasExact` is `set.has(text.slice(a, b))`, with no
 * string made. The PERSON findings' own tests (not-persons.ts, not-persons-around.ts) read the
 * words around every finding; a slice and a hash per word cost more than all their other reading
 * together (~100 ns a finding for the room test alone, 2026-11-28).
 *
 * Words are kept by length and first code unit (lowercased for `has`), and compared unit by unit.
 */

/** Lowercase units as `toLowerCase` gives them, filled on first use (0: not yet; -1: not one unit, as U+0130 İ). */
const LOWER = new Int32Array(0x250);

function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0x250) {
    const known = LOWER[c]!;
    if (known !== 0) return known;
    return (LOWER[c] = lowerOfUnit(c));
  }
  return lowerOfUnit(c);
}

function lowerOfUnit(c: number): number {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : -1;
}

/** First units are bucketed by their low 6 bits within a length; a bucket holds the words to compare. */
const BUCKET_BITS = 6;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/** [length][first unit & mask]: the words of that length and first unit. */
type Buckets = (string[] | undefined)[][];

/**
 * The tables are built on a set's first test, not at import: some twenty sets are made at start-up,
 * and most of them are never read on a cold process's first call (building them all took ~1.5 ms).
 */
export class WordSet {
  readonly #words: readonly string[];
  #exact: Buckets | undefined;
  #lower: Buckets | undefined;

  constructor(words: readonly string[] | ReadonlySet<string>) {
    this.#words = Array.isArray(words) ? words : [...words];
  }

  /** text[a, b), lowercased, is one of the words lowercased. */
  has(text: string, a: number, b: number): boolean {
    return find((this.#lower ??= buckets(this.#words, true)), text, a, b, true);
  }

  /** text[a, b) is one of the words, in the same case. */
  hasExact(text: string, a: number, b: number): boolean {
    return find((this.#exact ??= buckets(this.#words, false)), text, a, b, false);
  }
}

/** text[a, b) (its units lowercased when `lower`) is a word of the table. */
function find(table: Buckets, text: string, a: number, b: number, lower: boolean): boolean {
  const byFirst = table[b - a];
  if (byFirst === undefined || a >= b) return false;
  const first = lower ? lowerUnit(text.charCodeAt(a)) : text.charCodeAt(a);
  const bucket = byFirst[first & BUCKET_MASK];
  if (bucket === undefined) return false;
  for (let k = 0; k < bucket.length; k++) {
    const w = bucket[k]!;
    if (w.charCodeAt(0) !== first) continue;
    let i = 1;
    while (i < w.length && (lower ? lowerUnit(text.charCodeAt(a + i)) : text.charCodeAt(a + i)) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}

function buckets(words: readonly string[], lower: boolean): Buckets {
  const table: Buckets = [];
  for (const word of words) {
    const w = lower ? word.toLowerCase() : word;
    if (w.length === 0) continue;
    const byFirst = (table[w.length] ??= []);
    (byFirst[w.charCodeAt(0) & BUCKET_MASK] ??= []).push(w);
  }
  return table;
}
