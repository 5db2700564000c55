import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_PASSPORT_DIGITS } from '../digit-runs.ts';
import { createCueMatcher } from '../context.ts';

/**
 * Indian passport: one letter then seven digits, the first non-zero (e.g. J8369854). The shape is
 * shared with SKUs and booking codes, so it is taken only after a passport cue, as Presidio does.
 */
/** The number alone: a capital, then seven digits, the first not 0 (a table's passport cell is read with it too). */
export const PASSPORT_SHAPE = '[A-Z][1-9]\\d{2} ?\\d{4}';
export const PASSPORT = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F_\\-])${PASSPORT_SHAPE}(?![A-Za-z0-9\\u00C0-\\u024F_\\-])`, 'y');
/** A letter before a run of seven digits, or of three and a space, that starts 1–9. */
/** Digit-run facts (digit-runs.ts) of which every run `startAt` accepts has one. */
export const startFacts = RUN_PASSPORT_DIGITS;
export const startAt: StartAtRun = (text, runs, r) => {
  const p = runs.start[r]!;
  const shape = runs.length[r] === 7 || (runs.length[r] === 3 && runs.after[r] === 32);
  if (!shape || p < 1) return -1;
  const letter = text.charCodeAt(p - 1);
  return letter >= 65 && letter <= 90 && text.charCodeAt(p) !== 48 ? p - 1 : -1;
};
/** The word in the languages our customers write: "Reisepass W1234567", "passeport …", "nr paszportu …" (also a table column's label). */
export const PASSPORT_WORDS = ['passeport', 'reisepass', 'reisepassnummer', 'pasaporte', 'passaporte', 'passaporto', 'paszport', 'paszportu', 'paspoort'];
// "Photo ID (P5392927)": a KYC list's photo identity, in the passport's shape (a letter, then seven digits), is the passport.
// The window takes a sentence that names the passport before a name and a label ("Passport uploaded by SANTIAGO
// CRESPO ACEVEDO: no. A9735944"); a business word nearer the number still makes it a reference.
const cue = createCueMatcher(['passport', 'passport no', 'passport number', 'ppt', 'pp no', 'travel document', 'photo id', ...PASSPORT_WORDS],
  ['sku', 'order', 'item', 'pnr', 'booking', 'ref', 'ticket', 'invoice', 'tracking', 'awb', 'case'], 72);

export const inPassportRecognizer: Recognizer = {
  type: 'IN_PASSPORT',
  scan(text, out, index) {
    eachSpanAtDigitRuns(PASSPORT, text, index, startAt, (start, end) => {
      if (cue(text, start) !== 'positive') return;
      out.add('IN_PASSPORT', start, end, 60);
    }, startFacts);
  },
};
