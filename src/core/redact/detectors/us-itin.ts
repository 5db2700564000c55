import type { Recognizer } from '../recognizer.ts';
import { eachMatchAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_LEN9, RUN_SSN_GROUPS, ssnGroupsAt } from '../digit-runs.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher } from '../context.ts';

/** IRS ITIN: 9XX-GG-XXXX with group 50–65, 70–88, 90–92 or 94–99. Compact form only after a cue. */
export const GROUPED = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(9\d{2})([- ])(\d{2})\2(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)/y;
export const COMPACT = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(9\d{2})(\d{2})(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)/y;
/** Grouped: runs of three, two and four digits joined by the same separator; compact: a run of exactly nine. */
export const groupedStart: StartAtRun = (_, runs, r) => runStartIf(ssnGroupsAt(runs, r), runs, r);
export const compactStart: StartAtRun = (_, runs, r) => runStartIf(runs.length[r] === 9, runs, r);
/** Digit-run facts (digit-runs.ts): every run `groupedStart` accepts has the first, `compactStart` the second. */
export const groupedFacts = RUN_SSN_GROUPS;
export const compactFacts = RUN_LEN9;
const cue = createCueMatcher(['itin', 'taxpayer', 'tin', 'tax id', 'w-7', 'w7'], BUSINESS_NUMBER_CUES);

export function isItinGroup(group: string): boolean {
  const g = Number(group);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export const usItinRecognizer: Recognizer = {
  type: 'US_ITIN',
  scan(text, out, index) {
    eachMatchAtDigitRuns(GROUPED, text, index, groupedStart, (m) => {
      if (!isItinGroup(m[3]!) || cue(text, m.index) === 'negative') return;
      out.add('US_ITIN', m.index, m.index + m[0].length, 72);
    }, groupedFacts);
    eachMatchAtDigitRuns(COMPACT, text, index, compactStart, (m) => {
      if (!isItinGroup(m[2]!) || cue(text, m.index) !== 'positive') return;
      out.add('US_ITIN', m.index, m.index + m[0].length, 72);
    }, compactFacts);
  },
};
