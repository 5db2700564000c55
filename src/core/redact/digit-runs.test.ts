import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random.ts';
import { findDigitRuns, TextIndex } from './digit-runs.ts';
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
      for (let b = 0; b < 12; b++) {
        const expected = Array.from({ length: runs.count }, (_, r) => r).filter((r) => (runs.facts[r]! & (1 << b)) !== 0);
        expect(Array.from(runs.factRuns.subarray(runs.factStart[b], runs.factEnd[b])), text).toEqual(expected);
      }
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
