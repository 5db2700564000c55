import type { Recognizer } from '../recognizer.ts';
import { isIdWordChar } from '../recognizer.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher, EUROPEAN_BUSINESS_NUMBER_CUES } from '../context.ts';
import { eachRunWith, RUN_NIF_DIGITS, TextIndex } from '../digit-runs.ts';

/**
 * Spanish identity numbers: the DNI (NIF of a person), eight digits and a control letter, and the
 * NIE of a foreign resident, X, Y or Z, seven digits and the letter. The letter is
 * "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23] (X, Y, Z count as 0, 1, 2): one code in 23 passes by
 * chance, so a business word right before vetoes ("pedido 48392019B").
 */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The control letter at `letterAt` for the digits text[from, to) and the NIE's leading value. */
function controlMatches(text: string, from: number, to: number, lead: number, letterAt: number): boolean {
  let n = lead;
  for (let i = from; i < to; i++) n = (n * 10 + (text.charCodeAt(i) - 48)) % 23;
  return LETTERS.charCodeAt(n) === text.charCodeAt(letterAt);
}

const cue = createCueMatcher(['dni', 'nif', 'nie', 'documento'], [...BUSINESS_NUMBER_CUES, ...EUROPEAN_BUSINESS_NUMBER_CUES]);

export const esNifRecognizer: Recognizer = {
  type: 'ES_NIF',
  scan(text, out, index) {
    const runs = (index ?? new TextIndex(text)).digitRuns();
    eachRunWith(runs, RUN_NIF_DIGITS, (r) => {
      const length = runs.length[r]!;
      const p = runs.start[r]!;
      const end = p + length;
      // The letter: right after the digits, or after one '-' or space ("12345678-Z").
      const sep = runs.after[r]!;
      const letterAt = sep === 45 || sep === 32 ? end + 1 : end;
      const letter = text.charCodeAt(letterAt);
      if (letter < 65 || letter > 90 || (letterAt + 1 < text.length && isIdWordChar(text.charCodeAt(letterAt + 1)))) return;
      // The NIE: X, Y or Z right before the seven digits.
      const x = length === 7 && p > 0 ? text.charCodeAt(p - 1) : -1;
      if (length === 7 && (x < 88 || x > 90)) return;
      const start = length === 7 ? p - 1 : p;
      if (start > 0 && isIdWordChar(text.charCodeAt(start - 1))) return;
      if (!controlMatches(text, p, end, length === 7 ? x - 88 : 0, letterAt) || cue(text, start) === 'negative') return;
      out.add('ES_NIF', start, letterAt + 1, 75);
    });
  },
};
