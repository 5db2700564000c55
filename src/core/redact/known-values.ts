/**
 * Finding a request's known values again (the vault's `applyKnown`) in one pass over the text.
 *
 * The rule is the one a single regex states: an alternation of the values, longest first, each
 * bounded by non-word characters, `/(?<![\p{L}\p{N}_])(?:v1|v2|…)(?![\p{L}\p{N}_])/gu`. That regex
 * (and a substring test per value before it) costs values × text length: a 1 MB request with 18k
 * distinct e-mail addresses took 3.3 s of CPU, all of it in that check. Here the text is read
 * once: at each code point that follows a non-word one, the first three code units are hashed
 * into a bit set of the values' first three; only a set bit leads to a lookup of the values that
 * start with those three units, longest first. known-values.test.ts compares it with the regex.
 */

/** Values indexed by their first three code units (every known value has at least three). */
export interface KnownValueIndex {
  /** Bit set over `headHash` of each value's first three code units. */
  bits: Uint8Array;
  /** First three code units -> the values that start with them. */
  byHead: Map<string, HeadBucket>;
}

/**
 * The values that share a head. Many may (a thousand "+91 …" numbers, "user…@" addresses), so a
 * position is tested with one set lookup per distinct length among them, longest first, never
 * value by value.
 */
interface HeadBucket {
  lengths: number[];
  values: Set<string>;
}

export const MIN_KNOWN_LENGTH = 3;
const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;

function headHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - HASH_BITS);
}

export function indexKnownValues(values: readonly string[]): KnownValueIndex {
  const bits = new Uint8Array((HASH_MASK + 1) >>> 3);
  const byHead = new Map<string, HeadBucket>();
  for (const v of values) {
    if (v.length < MIN_KNOWN_LENGTH) continue;
    const head = v.slice(0, MIN_KNOWN_LENGTH);
    let bucket = byHead.get(head);
    if (bucket === undefined) {
      byHead.set(head, (bucket = { lengths: [], values: new Set() }));
      const h = headHash(v.charCodeAt(0), v.charCodeAt(1), v.charCodeAt(2));
      bits[h >>> 3]! |= 1 << (h & 7);
    }
    if (!bucket.lengths.includes(v.length)) bucket.lengths.push(v.length);
    bucket.values.add(v);
  }
  // Longest first, as the regex alternation was sorted (two values of one length cannot both match at one place).
  for (const bucket of byHead.values()) if (bucket.lengths.length > 1) bucket.lengths.sort((a, b) => b - a);
  return { bits, byHead };
}

const WORD = /[\p{L}\p{N}_]/u;
/** Per BMP code unit: 0 not yet known, 1 word character (`\p{L}`, `\p{N}` or `_`), 2 not. */
const wordUnits = new Uint8Array(65536);

/** ASCII word characters: 0-9, A-Z, a-z and '_'. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || ((c | 32) - 97) >>> 0 < 26 || c === 95 ? 1 : 0;

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  if (cp > 0xffff) return WORD.test(String.fromCodePoint(cp));
  let v = wordUnits[cp]!;
  if (v === 0) wordUnits[cp] = v = WORD.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point that ends just before `i` is a word character (false at the start). */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return isWordCodePoint(text.codePointAt(i - 2)!);
  return isWordCodePoint(c);
}

/** Whether the code point that starts at `i` is a word character (false at the end). */
function wordAt(text: string, i: number): boolean {
  return i < text.length && isWordCodePoint(text.codePointAt(i)!);
}

/** The longest indexed value at `i` that ends before a non-word code point, or ''. */
function valueAt(text: string, i: number, bucket: HeadBucket): string {
  for (const length of bucket.lengths) {
    const end = i + length;
    // A match ends on a code point too: never between the halves of a pair.
    if (end > text.length || wordAt(text, end) || (isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1)))) continue;
    const candidate = text.slice(i, end);
    if (bucket.values.has(candidate)) return candidate;
  }
  return '';
}

/**
 * `text` with every bounded occurrence of an indexed value replaced by `replacementOf(value)`
 * (the value itself when that is undefined), scanning left to right without overlaps; `text`
 * itself when nothing was replaced. Positions advance by code point (a match never starts inside
 * a surrogate pair, as with the regex's `u` flag), and only one after a non-word code point is
 * hashed.
 */
export function replaceKnownValues(
  text: string,
  index: KnownValueIndex,
  replacementOf: (value: string) => string | undefined,
  /** A match to leave as it is (the vault: one that is the inside of a placeholder it issued). */
  keep?: (text: string, start: number, end: number) => boolean,
): string {
  const last = text.length - MIN_KNOWN_LENGTH;
  const bits = index.bits;
  let out = '';
  let copied = 0;
  let prevWord = false;
  let i = 0;
  while (i <= last) {
    const a = text.charCodeAt(i);
    if (!prevWord) {
      const h = headHash(a, text.charCodeAt(i + 1), text.charCodeAt(i + 2));
      if ((bits[h >>> 3]! & (1 << (h & 7))) !== 0) {
        const bucket = index.byHead.get(text.slice(i, i + MIN_KNOWN_LENGTH));
        const matched = bucket === undefined ? '' : valueAt(text, i, bucket);
        if (matched !== '' && !(keep !== undefined && keep(text, i, i + matched.length))) {
          out += text.slice(copied, i) + (replacementOf(matched) ?? matched);
          i += matched.length;
          copied = i;
          prevWord = wordBefore(text, i);
          continue;
        }
      }
    }
    if (a < 128) {
      prevWord = ASCII_WORD[a] === 1;
      i++;
      // The rest of an ASCII word: no match starts inside it.
      if (prevWord) {
        let c = text.charCodeAt(i);
        while (c < 128 && ASCII_WORD[c] === 1 && i <= last) c = text.charCodeAt(++i);
      }
    } else if (isHigh(a) && isLow(text.charCodeAt(i + 1))) {
      // i + 1 < text.length here (i <= length - 3).
      prevWord = isWordCodePoint(text.codePointAt(i)!);
      i += 2;
    } else {
      prevWord = isWordCodePoint(a);
      i++;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
