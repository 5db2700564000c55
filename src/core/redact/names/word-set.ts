/**
 * A set of words tested against a range of the text in place: `has(text, a, b)` is
 * `set.has(text.slice(a, b).toLowerCase())` and `hasExact` is `set.has(text.slice(a, b))`, with no
 * string made. The PERSON findings' own tests (not-persons.ts, not-persons-around.ts) read the
 * words around every finding; a slice and a hash per word cost more than all their other reading
 * together (~100 ns a finding for the room test alone, 2026-11-28).
 *
 * Words are kept by length and first code unit (lowercased for `has`), and compared unit by unit.
 */

/** The lowercase of one UTF-16 code unit as `toLowerCase` gives it, or -1 where that is not one unit (U+0130 İ). */
const LOWER = new Int32Array(0x250);
for (let c = 0; c < LOWER.length; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : -1;
}

function lowerUnit(c: number): number {
  if (c < 0x250) return LOWER[c]!;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : -1;
}

/** First units are bucketed by their low 6 bits within a length; a bucket holds the words to compare. */
const BUCKET_BITS = 6;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

export class WordSet {
  /** [length][first unit & mask]: the words (as given) of that length and first unit. */
  readonly #exact: (string[] | undefined)[][] = [];
  /** The same over the words lowercased, for `has`. */
  readonly #lower: (string[] | undefined)[][] = [];
  readonly maxLength: number;

  constructor(words: Iterable<string>) {
    let max = 0;
    for (const w of words) {
      if (w.length === 0) continue;
      add(this.#exact, w);
      add(this.#lower, w.toLowerCase());
      max = Math.max(max, w.length, w.toLowerCase().length);
    }
    this.maxLength = max;
  }

  /** text[a, b), lowercased, is one of the words lowercased. */
  has(text: string, a: number, b: number): boolean {
    const byFirst = this.#lower[b - a];
    if (byFirst === undefined || a >= b) return false;
    const first = lowerUnit(text.charCodeAt(a));
    const bucket = byFirst[first & BUCKET_MASK];
    if (bucket === undefined) return false;
    for (let k = 0; k < bucket.length; k++) {
      const w = bucket[k]!;
      if (w.charCodeAt(0) !== first) continue;
      let i = 1;
      while (i < w.length && lowerUnit(text.charCodeAt(a + i)) === w.charCodeAt(i)) i++;
      if (i === w.length) return true;
    }
    return false;
  }

  /** text[a, b) is one of the words, in the same case. */
  hasExact(text: string, a: number, b: number): boolean {
    const byFirst = this.#exact[b - a];
    if (byFirst === undefined || a >= b) return false;
    const first = text.charCodeAt(a);
    const bucket = byFirst[first & BUCKET_MASK];
    if (bucket === undefined) return false;
    for (let k = 0; k < bucket.length; k++) {
      const w = bucket[k]!;
      if (w.charCodeAt(0) !== first) continue;
      let i = 1;
      while (i < w.length && text.charCodeAt(a + i) === w.charCodeAt(i)) i++;
      if (i === w.length) return true;
    }
    return false;
  }
}

function add(table: (string[] | undefined)[][], w: string): void {
  const byFirst = (table[w.length] ??= []);
  const bucket = (byFirst[w.charCodeAt(0) & BUCKET_MASK] ??= []);
  if (!bucket.includes(w)) bucket.push(w);
}
