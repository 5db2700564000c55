import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random.ts';
import {
  findDigitRuns, RUN_AADHAAR_DIGITS, RUN_CHAIN13, RUN_DOTTED_QUAD, RUN_JOINED, RUN_LEN9, RUN_LETTER_BEFORE_TWO,
  RUN_LOWER_CODE, RUN_NIF_DIGITS, RUN_NINO_DIGITS, RUN_PAN_DIGITS, RUN_PASSPORT_DIGITS, RUN_PESEL_DIGITS, RUN_SSN_GROUPS, RUN_TWO_THEN_UPPER, RUN_UPPER_BEFORE, TextIndex,
} from './digit-runs.ts';
import type { DigitRuns } from './digit-runs.ts';
import { tokenize } from './names/tokens.ts';

describe('digit runs', () => {
  it('records each run of ASCII digits, the code unit after it and the digits of its chain', () => {
    const runs = findDigitRuns('ab 4111 1111-1111 x12.5 7');
    const rows = Array.from({ length: runs.count }, (_, r) => [runs.start[r], runs.length[r], runs.after[r], runs.chain[r]]);
    expect(rows).toEqual([[3, 4, 32, 12], [8, 4, 45, 8], [13, 4, 32, 4], [19, 2, 46, 2], [22, 1, 32, 2], [24, 1, -1, 1]]);
  });

  it('lists the runs with each fact, in order, as the facts say', () => {
    const rnd = seededRandom(5);
    const pieces = ['12', '4111', '123', '123456789', '1234', ' ', '-', '.', 'A', 'AB ', 'ab', 'Z', '\n', '+91 ', 'hdfc', '0001', 'f', '/', '=', '12345678'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = rnd(40); i >= 0; i--) text += pieces[rnd(pieces.length)]!;
      const runs = findDigitRuns(text);
      for (let b = 0; b < 15; b++) {
        const expected = Array.from({ length: runs.count }, (_, r) => r).filter((r) => (runs.facts[r]! & (1 << b)) !== 0);
        expect(Array.from(runs.factRuns.subarray(runs.factStart[b], runs.factEnd[b])), text).toEqual(expected);
      }
    }
  });

  it('gives each run the facts their definitions say', () => {
    const upper = (c: number): boolean => c >= 65 && c <= 90;
    const lower = (c: number): boolean => c >= 97 && c <= 122;
    /** Runs r .. r + 3 have one to three digits each, and each of the first three is followed by a dot and the next run. */
    const dottedQuad = (runs: DigitRuns, r: number): boolean => {
      if (r + 3 >= runs.count) return false;
      for (let k = r; k <= r + 3; k++) if (runs.length[k]! > 3) return false;
      for (let k = r; k < r + 3; k++) if (runs.after[k] !== 46 || runs.start[k + 1] !== runs.start[k]! + runs.length[k]! + 1) return false;
      return true;
    };
    // Each RUN_* fact written out plainly, from the run's text.
    const factsOf = (text: string, runs: DigitRuns, r: number): number => {
      const p = runs.start[r]!;
      const length = runs.length[r]!;
      const chain = runs.chain[r]!;
      const sep = runs.after[r]!;
      const before = p > 0 ? text.charCodeAt(p - 1) : -1;
      return (upper(before) ? RUN_UPPER_BEFORE : 0) | ((upper(before) || lower(before)) && length >= 2 ? RUN_LETTER_BEFORE_TWO : 0)
        | ((upper(before) || (before === 32 && p > 1 && upper(text.charCodeAt(p - 2)))) && [2, 4, 6].includes(length) ? RUN_NINO_DIGITS : 0)
        | (length === 2 && upper(sep) ? RUN_TWO_THEN_UPPER : 0) | (dottedQuad(runs, r) ? RUN_DOTTED_QUAD : 0)
        | (upper(before) && length === 4 ? RUN_PAN_DIGITS : 0) | (upper(before) && (length === 3 || length === 7) ? RUN_PASSPORT_DIGITS : 0)
        | (chain === 12 && (length === 4 || length === 12) ? RUN_AADHAAR_DIGITS : 0) | (chain >= 13 ? RUN_CHAIN13 : 0)
        | (/^\d{3}([ -])\d{2}\1\d{4}(?!\d)/.test(text.slice(p)) ? RUN_SSN_GROUPS : 0)
        | (length === 9 ? RUN_LEN9 : 0)
        | (lower(before) && ((length === 4 && (upper(sep) || lower(sep))) || text[p] === '0') ? RUN_LOWER_CODE : 0)
        | (length >= 8 && length <= 15 && ('/=+.'.includes(text[p - 1] ?? 'x') || sep === 47) ? RUN_JOINED : 0)
        | (length === 8 || (length === 7 && upper(before)) ? RUN_NIF_DIGITS : 0) | (length === 11 ? RUN_PESEL_DIGITS : 0);
    };
    const rnd = seededRandom(11);
    const pieces = ['1', '12', '123', '1234', '0001', '1234567', '12345678', '123456789', '12345678901', '1234567890123456', ' ', '-', '.', '/', '=', '+', 'A', 'Z ', 'a', 'z', 'é', 'Ω', '\n', '@', '10.0.0.1', '1.2.3', '.255.1', 'AB ', 'Q', '27', '123456', '123-45-6789', '12 3456', '45-'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = rnd(30); i >= 0; i--) text += pieces[rnd(pieces.length)]!;
      const runs = findDigitRuns(text);
      for (let r = 0; r < runs.count; r++) expect(runs.facts[r], `${text} run ${r}`).toBe(factsOf(text, runs, r));
    }
  });

  it('finds no runs in text without digits', () => {
    expect(findDigitRuns('').count).toBe(0);
    expect(findDigitRuns('no digits here').count).toBe(0);
  });

  it('the PERSON tokenizer records the same runs during its pass', () => {
    const rows = (runs: DigitRuns): number[][] => Array.from({ length: runs.count }, (_, r) => [runs.start[r]!, runs.length[r]!, runs.after[r]!, runs.chain[r]!, runs.facts[r]!]);
    const rnd = seededRandom(3);
    const pieces = ['Ravi', 'kumar', "O'Brien", 'Anna-Maria', 'José', '12', '4111', ' ', '-', '.', '\n', 'x9', '9x', 'ab12cd', '+91 ', '😀', 'नमस्ते', "'s", '_'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = rnd(12); i >= 0; i--) text += pieces[rnd(pieces.length)]!;
      const index = new TextIndex(text);
      tokenize(text, new Set(), index);
      const fromTokenizer = rows(index.digitRuns());
      expect(fromTokenizer).toEqual(rows(findDigitRuns(text)));
    }
  });
});
