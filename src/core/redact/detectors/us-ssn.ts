import type { Recognizer } from '../recognizer.ts';
import { eachMatchAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_LEN9, RUN_SSN_GROUPS, ssnGroupsAt } from '../digit-runs.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher } from '../context.ts';

/** AAA-GG-SSSS, or AAA GG SSSS; the nine-digit compact form only after an SSN cue. */
export const GROUPED = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(\d{3})([- ])(\d{2})\2(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)/y;
export const COMPACT = /(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(\d{3})(\d{2})(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)/y;
/** Grouped: runs of three, two and four digits joined by the same separator; compact: a run of exactly nine. */
export const groupedStart: StartAtRun = (_, runs, r) => runStartIf(ssnGroupsAt(runs, r), runs, r);
export const compactStart: StartAtRun = (_, runs, r) => runStartIf(runs.length[r] === 9, runs, r);
/** Digit-run facts (digit-runs.ts): every run `groupedStart` accepts has the first, `compactStart` the second. */
export const groupedFacts = RUN_SSN_GROUPS;
export const compactFacts = RUN_LEN9;
const SSN_CUES = ['ssn', 'social security', 'social security number', 'ss#', 'ss no'];
const cue = createCueMatcher(SSN_CUES, BUSINESS_NUMBER_CUES);
/** The SSN's own cues anywhere in the window, whatever business word stands nearer: "the SSN on the claim (233-39-1814)". */
const ssnNamed = createCueMatcher(SSN_CUES, []);

/**
 * SSA rules: area 000, 666 and 900–999 were never issued (900–999 are ITINs); group 00 and
 * serial 0000 never; 078-05-1120 and 219-09-9999 were published in advertising and are void.
 */
export function isIssuableSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  const all = area + group + serial;
  return all !== '078051120' && all !== '219099999' && all !== '123456789';
}

export const usSsnRecognizer: Recognizer = {
  type: 'US_SSN',
  scan(text, out, index) {
    eachMatchAtDigitRuns(GROUPED, text, index, groupedStart, (m) => {
      if (!isIssuableSsn(m[1]!, m[3]!, m[4]!) || (cue(text, m.index) === 'negative' && ssnNamed(text, m.index) !== 'positive')) return;
      out.add('US_SSN', m.index, m.index + m[0].length, 70);
    }, groupedFacts);
    eachMatchAtDigitRuns(COMPACT, text, index, compactStart, (m) => {
      if (!isIssuableSsn(m[1]!, m[2]!, m[3]!) || cue(text, m.index) !== 'positive') return;
      out.add('US_SSN', m.index, m.index + m[0].length, 70);
    }, compactFacts);
  },
};
