import type { Recognizer } from '../recognizer.ts';
import { BUSINESS_NUMBER_CUES, createCueMatcher, EUROPEAN_BUSINESS_NUMBER_CUES } from '../context.ts';
import { TextIndex } from '../digit-runs.ts';

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

const isWordChar = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26 || (c >= 48 && c <= 57) || c === 95 || (c >= 0xc0 && c <= 0x24f);
const cue = createCueMatcher(['dni', 'nif', 'nie', 'documento'], [...BUSINESS_NUMBER_CUES, ...EUROPEAN_BUSINESS_NUMBER_CUES]);

export const esNifRecognizer: Recognizer = {
  type: 'ES_NIF',
  scan(text, out, index) {
    const runs = (index ?? new TextIndex(text)).digitRuns();
    for (let r = 0; r < runs.count; r++) {
      const length = runs.length[r]!;
      if (length !== 8 && length !== 7) continue;
      const p = runs.start[r]!;
      const end = p + length;
      // The letter: right after the digits, or after one '-' or space ("12345678-Z").
      const sep = runs.after[r]!;
      const letterAt = sep === 45 || sep === 32 ? end + 1 : end;
      const letter = text.charCodeAt(letterAt);
      if (letter < 65 || letter > 90 || (letterAt + 1 < text.length && isWordChar(text.charCodeAt(letterAt + 1)))) continue;
      let start = p;
      let lead = 0;
      if (length === 7) {
        // NIE: X, Y or Z right before the seven digits.
        const x = p > 0 ? text.charCodeAt(p - 1) : -1;
        if (x < 88 || x > 90) continue;
        lead = x - 88;
        start = p - 1;
      }
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      if (!controlMatches(text, p, end, lead, letterAt) || cue(text, start) === 'negative') continue;
      out.add('ES_NIF', start, letterAt + 1, 75);
    }
  },
};
