/** Letters that NFD does not decompose but that readers treat as accented forms. */
const FOLD: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

const NON_ASCII = /[^\x00-\x7f]/;

/** The folding of a lowercase string: typographic apostrophe normalised, accents removed, letters folded. */
function fold(lower: string): string {
  return lower
    .replace(/\u2019/g, "'")
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    // FOLD's letters (ł đ ø ß æ œ ı ð þ), escaped: see engine-bundle.test.ts.
    .replace(/[\u0142\u0111\u00f8\u00df\u00e6\u0153\u0131\u00f0\u00fe]/g, (c) => FOLD[c] ?? c);
}

/**
 * Folded forms of single code units in the Latin ranges, filled on first use. For text made of
 * ASCII, U+00C0–U+024F, U+0300–U+036F and ’ folding is per character (decompositions there are a
 * base letter and combining marks, which are all removed), so a word's key is the concatenation.
 */
const foldedUnits = new Map<number, string>();

function foldUnit(c: number): string {
  let f = foldedUnits.get(c);
  if (f === undefined) {
    f = c === 0x2019 ? "'" : foldLatin(String.fromCharCode(c).normalize('NFD'));
    foldedUnits.set(c, f);
  }
  return f;
}

/**
 * `fold` for one Latin code unit's NFD: its marks are all in U+0300–U+036F, so they are dropped by
 * range instead of compiling the Unicode-property regex on a Worker's first request (key.test.ts
 * checks every unit of the ranges against `fold`).
 */
function foldLatin(nfd: string): string {
  let out = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    const ch = nfd[i]!;
    out += FOLD[ch] ?? ch;
  }
  return out;
}

/** Lookup key for a name token: lowercase, accents folded, typographic apostrophe normalised. */
export function nameKey(token: string): string {
  return nameKeyOfLower(token.toLowerCase());
}

/** Same, for a token already lowercased with `toLowerCase()`. */
export function nameKeyOfLower(lower: string): string {
  // Fast path: plain ASCII needs no folding.
  if (!NON_ASCII.test(lower)) return lower;
  let out = '';
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) continue;
    if (!(c === 0x2019 || (c >= 0xc0 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f))) return fold(lower);
    out += lower.slice(copied, i) + foldUnit(c);
    copied = i + 1;
  }
  return out + lower.slice(copied);
}
