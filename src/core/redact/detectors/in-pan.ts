import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns, isAsciiLetter } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_LOWER_CODE, RUN_PAN_DIGITS } from '../digit-runs.ts';
import { createCueMatcher } from '../context.ts';

/**
 * Income-tax PAN: AAAAA9999A. The 4th letter is the holder type: P person, C company, H HUF,
 * F firm, A association, T trust, B body of individuals, L local authority, J artificial
 * juridical person, G government. The 5th is the initial of the surname or entity name.
 */
export const PAN = /(?<![A-Za-z0-9\u00C0-\u024F_])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9\u00C0-\u024F_])/y;
/** Five letters before a run of exactly four digits that a letter follows. */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_PAN_DIGITS;
export const startAt: StartAtRun = (text, runs, r) => {
  const p = runs.start[r]!;
  if (p < 5 || runs.length[r] !== 4 || runs.after[r]! < 65 || runs.after[r]! > 90) return -1;
  const letter = text.charCodeAt(p - 1);
  return letter >= 65 && letter <= 90 ? p - 5 : -1;
};

/**
 * The same shape in any case ("abcpk1234f", typed in lowercase chat): a PAN only after a PAN cue,
 * since a lowercase word of five letters, four digits and a letter is as often a code or a handle.
 */
export const PAN_ANY_CASE = /(?<![A-Za-z0-9\u00C0-\u024F_])[A-Za-z]{3}[ABCFGHJLPTabcfghjlpt][A-Za-z]\d{4}[A-Za-z](?![A-Za-z0-9\u00C0-\u024F_])/y;
/**
 * Five letters before a run of exactly four digits that a letter follows, the last of them
 * lowercase (RUN_LOWER_CODE runs: an all-capital PAN is the other pass's).
 */
export const startAtAnyCase: StartAtRun = (text, runs, r) => {
  const p = runs.start[r]!;
  if (p < 5 || runs.length[r] !== 4 || !isAsciiLetter(runs.after[r]!)) return -1;
  return HOLDER_TYPES.has(text.charCodeAt(p - 2) | 32) ? p - 5 : -1; // the 4th letter, in any case
};
/** a b c f g h j l p t, as lowercase code units. */
const HOLDER_TYPES = new Set([97, 98, 99, 102, 103, 104, 106, 108, 112, 116]);
const panCue = createCueMatcher(['pan', 'pan card', 'pan no', 'pan number', 'permanent account number'], [], 32);

export const inPanRecognizer: Recognizer = {
  type: 'IN_PAN',
  scan(text, out, index) {
    eachSpanAtDigitRuns(PAN, text, index, startAt, (start, end) => {
      out.add('IN_PAN', start, end, 70);
    }, startFacts);
    eachSpanAtDigitRuns(PAN_ANY_CASE, text, index, startAtAnyCase, (start, end) => {
      if (panCue(text, start) === 'positive') out.add('IN_PAN', start, end, 70);
    }, RUN_LOWER_CODE);
  },
};
