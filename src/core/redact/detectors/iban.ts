import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_LETTER_BEFORE_TWO } from '../digit-runs.ts';
import { ibanMod97ValidAt } from '../checksums.ts';

/** IBAN length per country (SWIFT IBAN registry). */
const LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
export const START = /(?<![A-Za-z0-9\u00C0-\u024F_])[A-Za-z]{2}\d{2}/y;
/** The country code: two letters before a run of two or more digits (the check digits). */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_LETTER_BEFORE_TWO;
export const startAt: StartAtRun = (text, runs, r) => {
  const p = runs.start[r]!;
  return runs.length[r]! >= 2 && p >= 2 && isAsciiLetter(text.charCodeAt(p - 1)) && isAsciiLetter(text.charCodeAt(p - 2)) ? p - 2 : -1;
};
/** IBAN length by country code, the two letters' A-Z indices as `a * 26 + b`; 0: no such country. */
const LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const [code, length] of Object.entries(LENGTHS)) LENGTH_BY_CODE[(code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65] = length;
/**
 * `startAt`, and the two letters are a country code of the registry: the regex is not tried where
 * its match would be dropped ("OD6041…" order numbers). That skip changes no later try: a START
 * match is four characters, and the next run's two letters start after the digits it covers.
 */
const countryStartAt: StartAtRun = (text, runs, r) => {
  const s = startAt(text, runs, r);
  return s !== -1 && LENGTH_BY_CODE[((text.charCodeAt(s) | 32) - 97) * 26 + (text.charCodeAt(s + 1) | 32) - 97] !== 0 ? s : -1;
};

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Read exactly the country's length in alphanumerics, allowing one space or hyphen between
 * characters (grouped "DE89 3704 0044 …" and compact forms), then require a boundary and mod 97.
 * Read in place: no match array and no string built per candidate.
 */
export const ibanRecognizer: Recognizer = {
  type: 'IBAN_CODE',
  scan(text, out, index) {
    eachSpanAtDigitRuns(START, text, index, countryStartAt, (start) => {
      // countryStartAt took only the registry's codes.
      const want = LENGTH_BY_CODE[((text.charCodeAt(start) | 32) - 97) * 26 + (text.charCodeAt(start + 1) | 32) - 97]!;
      let read = 0;
      let i = start;
      while (i < text.length && read < want) {
        const c = text.charCodeAt(i);
        if (isAlnum(c)) read++;
        else if ((c === 32 || c === 45) && read >= 4 && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1))) {
          // single separator between groups
        } else break;
        i++;
      }
      if (read !== want || (i < text.length && isAlnum(text.charCodeAt(i)))) return;
      if (!ibanMod97ValidAt(text, start, i)) return;
      out.add('IBAN_CODE', start, i, 90);
    }, startFacts);
  },
};
