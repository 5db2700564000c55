import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_LOWER_CODE, RUN_UPPER_BEFORE } from '../digit-runs.ts';
import { createCueMatcher } from '../context.ts';

/** RBI IFSC: 4-letter bank code, a literal 0, 6-character branch code. */
export const IFSC = /(?<![A-Za-z0-9\u00C0-\u024F_])[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9\u00C0-\u024F_])/y;
/** Four letters before a digit run that starts with the literal 0. */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_UPPER_BEFORE;
export const startAt: StartAtRun = (text, runs, r) => {
  const p = runs.start[r]!;
  if (p < 4 || text.charCodeAt(p) !== 48) return -1;
  const letter = text.charCodeAt(p - 1);
  return letter >= 65 && letter <= 90 ? p - 4 : -1;
};

/** The same shape in any case ("hdfc0001234", typed in lowercase chat): an IFSC only after an IFSC cue. */
export const IFSC_ANY_CASE = /(?<![A-Za-z0-9\u00C0-\u024F_])[A-Za-z]{4}0[A-Za-z0-9]{6}(?![A-Za-z0-9\u00C0-\u024F_])/y;
/** Four letters, the last lowercase (RUN_LOWER_CODE runs), before a digit run that starts with the literal 0. */
export const startAtAnyCase: StartAtRun = (text, runs, r) => {
  const p = runs.start[r]!;
  return p >= 4 && text.charCodeAt(p) === 48 ? p - 4 : -1;
};
const ifscCue = createCueMatcher(['ifsc', 'ifsc code', 'ifsc no'], [], 24);

export const inIfscRecognizer: Recognizer = {
  type: 'IN_IFSC',
  scan(text, out, index) {
    eachSpanAtDigitRuns(IFSC, text, index, startAt, (start, end) => {
      if (!/\d/.test(text.slice(start + 5, end)) && !/ifsc/i.test(text.slice(Math.max(0, start - 24), start))) return;
      out.add('IN_IFSC', start, end, 70);
    }, startFacts);
    eachSpanAtDigitRuns(IFSC_ANY_CASE, text, index, startAtAnyCase, (start, end) => {
      if (ifscCue(text, start) === 'positive') out.add('IN_IFSC', start, end, 70);
    }, RUN_LOWER_CODE);
  },
};
