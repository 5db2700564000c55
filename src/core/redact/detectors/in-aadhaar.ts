import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_AADHAAR_DIGITS } from '../digit-runs.ts';
import { verhoeffValidSkipping } from '../checksums.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher, EUROPEAN_BUSINESS_NUMBER_CUES, pairFirstStart } from '../context.ts';

/** UIDAI: 12 digits, first 2–9, Verhoeff check digit; written compact or as 4-4-4 groups. */
export const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])[2-9]\d{3}([ \-]?)\d{4}\1\d{4}(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d|[ \-]\d)/y;
/**
 * 12 digits in one chain of runs, exactly (the lookahead refuses a digit or "[ -]digit" after them):
 * a run of four starting 4-4-4 groups, or a compact run of twelve.
 */
export const startAt: StartAtRun = (_, runs, r) => runStartIf(runs.chain[r] === 12 && (runs.length[r] === 4 || runs.length[r] === 12), runs, r);
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_AADHAAR_DIGITS;
/**
 * Words after which a 12-digit number is a payment's or a parcel's reference, not an Aadhaar number,
 * besides the business cues: "UTR of the original payment 451060903770", "Track: 239802598740".
 */
const NOT_AADHAAR_CUES = ['payment', 'payments', 'track'];
const cue = createCueMatcher(['aadhaar', 'aadhar', 'adhaar', 'uid', 'uidai', 'आधार'], [...BUSINESS_NUMBER_CUES, ...EUROPEAN_BUSINESS_NUMBER_CUES, ...NOT_AADHAAR_CUES]);

export const inAadhaarRecognizer: Recognizer = {
  type: 'IN_AADHAAR',
  scan(text, out, index) {
    eachSpanAtDigitRuns(CANDIDATE, text, index, startAt, (start, end) => {
      if (!verhoeffValidSkipping(text, start, end) || cue(text, start) === 'negative') return;
      // The second of a pair takes the pair's label: "(UTR 626863926034 and 303891378360)".
      const first = pairFirstStart(text, start);
      if (first !== -1 && cue(text, first) === 'negative') return;
      out.add('IN_AADHAAR', start, end, 85);
    }, startFacts);
  },
};
