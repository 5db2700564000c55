/** Check-digit algorithms used by the identifier detectors. All take already-normalised input. */

/** Luhn (ISO/IEC 7812-1) over a string of ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Verhoeff (1969) dihedral-group tables, as used by UIDAI for Aadhaar.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/**
 * `verhoeffValid(digitsOf(s.slice(start, end)))` without building the digit string: the ASCII
 * digits of s[start, end), other code units skipped (the Aadhaar detector's "2345 6789 0124").
 */
export function verhoeffValidSkipping(s: string, start = 0, end = s.length): boolean {
  let c = 0;
  let i = 0;
  for (let k = end - 1; k >= start; k--) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) continue;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
    i++;
  }
  return c === 0;
}

export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
  }
  return c === 0;
}

/** Verhoeff check digit to append to `digits` (used by tests and the corpus generator). */
export function verhoeffCheckDigit(digits: string): number {
  for (let d = 0; d <= 9; d++) if (verhoeffValid(digits + d)) return d;
  return 0;
}

/** ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanMod97Valid(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/**
 * `ibanMod97Valid` of the upper-cased alphanumerics of text[start, end), in place. Their first four
 * (country code and check digits, which go last) are text[start, start + 4) (the IBAN detector allows no separator before
 * the fourth).
 */
export function ibanMod97ValidAt(text: string, start: number, end: number): boolean {
  let rem = 0;
  for (let i = start + 4; i < end; i++) rem = mod97Step(rem, text.charCodeAt(i));
  for (let i = start; i < start + 4; i++) rem = mod97Step(rem, text.charCodeAt(i));
  return rem === 1;
}

/** One alphanumeric into the remainder (a letter counts as 10–35, two digits); separators are skipped. */
function mod97Step(rem: number, c: number): number {
  if (c >= 48 && c <= 57) return (rem * 10 + (c - 48)) % 97;
  const l = (c | 32) - 97;
  return l >= 0 && l < 26 ? (rem * 100 + l + 10) % 97 : rem;
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GSTIN check character: weighted base-36 sum of the first 14 characters (factors 1,2,1,2 …). */
export function gstinCheckChar(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = BASE36.indexOf(first14[i] ?? '');
    if (v < 0) return '';
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return BASE36[(36 - (sum % 36)) % 36]!;
}
