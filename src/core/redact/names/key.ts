/** Letters that NFD does not decompose but that readers treat as accented forms. */
const FOLD: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

const NON_ASCII = /[^\x00-\x7f]/;

/** Lookup key for a name token: lowercase, accents folded, typographic apostrophe normalised. */
export function nameKey(token: string): string {
  const lower = token.toLowerCase();
  // Fast path: plain ASCII needs no folding.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđøßæœıðþ]/g, (c) => FOLD[c] ?? c);
}
