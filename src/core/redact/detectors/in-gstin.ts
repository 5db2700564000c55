import type { Recognizer } from '../recognizer.ts';
import { eachMatchAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_TWO_THEN_UPPER } from '../digit-runs.ts';
import { gstinCheckChar } from '../checksums.ts';

/**
 * GSTIN: 2-digit state code, the holder's PAN, entity number (1–9, A–Z), 'Z', check character
 * (base-36 weighted sum). State codes 01–38, 97 (other territory) and 99 (centre jurisdiction).
 */
export const GSTIN = /(?<![A-Za-z0-9\u00C0-\u024F_])(\d{2})[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Za-z0-9\u00C0-\u024F_])/y;
/** The state code: a run of exactly two digits (a letter follows). */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_TWO_THEN_UPPER;
export const startAt: StartAtRun = (_, runs, r) => runStartIf(runs.length[r] === 2 && runs.after[r]! >= 65 && runs.after[r]! <= 90, runs, r);

function validState(code: string): boolean {
  const n = Number(code);
  return (n >= 1 && n <= 38) || n === 97 || n === 99;
}

export const inGstinRecognizer: Recognizer = {
  type: 'IN_GSTIN',
  scan(text, out, index) {
    eachMatchAtDigitRuns(GSTIN, text, index, startAt, (m) => {
      if (!validState(m[1]!) || gstinCheckChar(m[0].slice(0, 14)) !== m[0][14]) return;
      out.add('IN_GSTIN', m.index, m.index + m[0].length, 90);
    }, startFacts);
  },
};
