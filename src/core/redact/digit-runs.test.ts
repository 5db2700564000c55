import { describe, expect, it } from 'vitest';
import { findDigitRuns } from './digit-runs.ts';

describe('digit runs', () => {
  it('records each run of ASCII digits, the code unit after it and the digits of its chain', () => {
    const runs = findDigitRuns('ab 4111 1111-1111 x12.5 7');
    const rows = Array.from({ length: runs.count }, (_, r) => [runs.start[r], runs.length[r], runs.after[r], runs.chain[r]]);
    expect(rows).toEqual([[3, 4, 32, 12], [8, 4, 45, 8], [13, 4, 32, 4], [19, 2, 46, 2], [22, 1, 32, 2], [24, 1, -1, 1]]);
  });

  it('finds no runs in text without digits', () => {
    expect(findDigitRuns('').count).toBe(0);
    expect(findDigitRuns('no digits here').count).toBe(0);
  });
});
