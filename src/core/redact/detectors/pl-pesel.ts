import type { Recognizer } from '../recognizer.ts';
import { isIdWordChar } from '../recognizer.ts';
import { createCueMatcher } from '../context.ts';
import { eachRunWith, RUN_PESEL_DIGITS, TextIndex } from '../digit-runs.ts';

/**
 * Polish PESEL: 11 digits, YYMMDD of birth (the month carries the century: +80 for the 1800s, +0,
 * +20, +40, +60 for the 1900s to the 2200s), a serial and a check digit (weights 1 3 7 9 1 3 7 9 1 3,
 * then 10 minus the sum's last digit). One 11-digit run in fifty passes the date and the check, and
 * such runs are common (phones with a trunk prefix, transaction ids), so it is taken only after a
 * PESEL cue, as Presidio's context words do.
 */
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** The check digit and the birth date of the 11 digits at text[p, p + 11). */
export function peselValidAt(text: string, p: number): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (text.charCodeAt(p + i) - 48) * WEIGHTS[i]!;
  if ((10 - (sum % 10)) % 10 !== text.charCodeAt(p + 10) - 48) return false;
  const d = (i: number): number => text.charCodeAt(p + i) - 48;
  const yy = d(0) * 10 + d(1);
  const mm = d(2) * 10 + d(3);
  const dd = d(4) * 10 + d(5);
  const century = mm > 80 ? 1800 : mm > 60 ? 2200 : mm > 40 ? 2100 : mm > 20 ? 2000 : 1900;
  const month = mm % 20;
  if (month < 1 || month > 12 || dd < 1) return false;
  const year = century + yy;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return dd <= days;
}

const cue = createCueMatcher(['pesel', 'nr pesel', 'numer pesel'], [], 32);

export const plPeselRecognizer: Recognizer = {
  type: 'PL_PESEL',
  scan(text, out, index) {
    const runs = (index ?? new TextIndex(text)).digitRuns();
    eachRunWith(runs, RUN_PESEL_DIGITS, (r) => {
      const p = runs.start[r]!;
      // A whole word: nothing of a word or code glued on either side.
      if ((p > 0 && isIdWordChar(text.charCodeAt(p - 1))) || isIdWordChar(runs.after[r]!)) return;
      if (peselValidAt(text, p) && cue(text, p) === 'positive') out.add('PL_PESEL', p, p + 11, 80);
    });
  },
};
