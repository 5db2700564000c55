/** Letters that NFD does not decompose but that readers treat as accented forms. */
const FOLD: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

/** Lookup key for a name token: lowercase, accents folded, typographic apostrophe normalised. */
export function nameKey(token: string): string {
  const lower = token.toLowerCase().replace(/’/g, "'");
  // Fast path: plain ASCII needs no folding.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđøßæœıðþ]/g, (c) => FOLD[c] ?? c);
}
