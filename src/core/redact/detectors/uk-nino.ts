import type { Recognizer } from '../recognizer.ts';
import { eachMatchAtDigitRuns } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_NINO_DIGITS } from '../digit-runs.ts';

/**
 * HMRC National Insurance number: two prefix letters (not D F I Q U V; second not O; not the
 * prefixes BG GB KN NK NT TN ZZ), six digits (often paired), suffix A–D.
 */
export const NINO = /(?<![A-Za-z0-9\u00C0-\u024F_])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9\u00C0-\u024F_])/y;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_NINO_DIGITS;
/**
 * The two prefix letters, and a space if one, before the first digit run. That run holds two,
 * four or six digits ("AB123456C", "AB 12 34 56 C"): the pattern reads digits in pairs with
 * optional spaces between, so a run of any other length ("OD604144192208", an order) cannot match.
 */
export const startAt: StartAtRun = (text, runs, r) => {
  const length = runs.length[r]!;
  if (length !== 2 && length !== 4 && length !== 6) return -1;
  const p = runs.start[r]!;
  if (p < 2) return -1;
  const s = text.charCodeAt(p - 1) === 32 ? p - 3 : p - 2;
  return s >= 0 && isCapital(text.charCodeAt(s)) && isCapital(text.charCodeAt(s + 1)) ? s : -1;
};
const INVALID_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const ukNinoRecognizer: Recognizer = {
  type: 'UK_NINO',
  scan(text, out, index) {
    eachMatchAtDigitRuns(NINO, text, index, startAt, (m) => {
      if (INVALID_PREFIX.has(m[1]!)) return;
      out.add('UK_NINO', m.index, m.index + m[0].length, 70);
    }, startFacts);
  },
};
