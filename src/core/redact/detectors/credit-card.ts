import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_CHAIN13 } from '../digit-runs.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher } from '../context.ts';

/** 13–19 digits, optionally grouped by single spaces or hyphens (4-4-4-4, 4-6-5 …); tried at digit runs (sticky). */
export const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.])(?<!\d[ \-])\d(?:[ \-]?\d){12,18}(?![A-Za-z0-9\u00C0-\u024F_\-]|\.\d)/y;
/** A match's 13+ digits lie in one chain of runs joined by single spaces or hyphens. */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_CHAIN13;
export const startAt: StartAtRun = (_, runs, r) => runStartIf(runs.chain[r]! >= 13, runs, r);
const cue = createCueMatcher(
  ['card', 'cc', 'visa', 'mastercard', 'amex', 'rupay', 'debit', 'credit', 'pan'],
  BUSINESS_NUMBER_CUES.filter((w) => w !== 'account'),
);

/**
 * 13–19 digits, an issuer's first digit (Visa 4, Mastercard 2/5, Amex/Diners/JCB 3,
 * Discover/RuPay/Maestro/UnionPay 6, RuPay 8) and Luhn (ISO/IEC 7812-1), over the ASCII digits of
 * `raw` (separators skipped) in one pass from the right, without building the digit string.
 */
export function cardDigitsValid(s: string, start = 0, end = s.length): boolean {
  let sum = 0;
  let double = false;
  let count = 0;
  let first = -1;
  for (let i = end - 1; i >= start; i--) {
    let d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    first = d;
    count++;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return count >= 13 && count <= 19 && (first === 2 || first === 3 || first === 4 || first === 5 || first === 6 || first === 8) && sum % 10 === 0;
}

/** The last ' ' or '-' in text[start, end), or -1 (`Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('-'))` on the slice, offset by start). */
function lastSeparator(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 45) return i;
  }
  return -1;
}

export const creditCardRecognizer: Recognizer = {
  type: 'CREDIT_CARD',
  scan(text, out, index) {
    eachSpanAtDigitRuns(CANDIDATE, text, index, startAt, (start, matchEnd) => {
      let end = matchEnd;
      // A card followed by another number ("4111 1111 1111 1111 12/27") — try without trailing groups.
      while (!cardDigitsValid(text, start, end)) {
        const cut = lastSeparator(text, start, end);
        if (cut - start < 12) return;
        end = cut;
      }
      if (cue(text, start) === 'negative') return;
      out.add('CREDIT_CARD', start, end, 85);
    }, startFacts);
  },
};
