import { describe, expect, it } from 'vitest';
import { findDigitRuns, TextIndex } from './digit-runs.ts';
import type { DigitRuns } from './digit-runs.ts';
import { eachMatch, eachMatchAtDigitRuns } from './recognizer.ts';

const spans = (re: RegExp, text: string): string[] => {
  const out: string[] = [];
  eachMatch(re, text, (m) => out.push(`${m.index}:${m[0]}`));
  return out;
};
const spansAtRuns = (re: RegExp, text: string, canStart: (runs: DigitRuns, r: number) => boolean): string[] => {
  const out: string[] = [];
  eachMatchAtDigitRuns(re, text, new TextIndex(text), canStart, (m) => out.push(`${m.index}:${m[0]}`));
  return out;
};

/** Digit-led patterns of the detectors' shape, with the run conditions the detectors use. */
const CASES: [string, string, (runs: DigitRuns, r: number) => boolean][] = [
  ['card', String.raw`(?<![A-Za-z0-9\u00C0-\u024F_+\-.])(?<!\d[ \-])\d(?:[ \-]?\d){12,18}(?![A-Za-z0-9\u00C0-\u024F_\-]|\.\d)`, (runs, r) => runs.chain[r]! >= 13],
  ['ssn grouped', String.raw`(?<![A-Za-z0-9\u00C0-\u024F_+\-.\/])(?<!\d[ \-])(\d{3})([- ])(\d{2})\2(\d{4})(?![A-Za-z0-9\u00C0-\u024F_\-\/]|\.\d)`, (runs, r) => runs.length[r] === 3 && runs.chain[r]! >= 9],
  ['ipv4', String.raw`(?<![A-Za-z0-9\u00C0-\u024F_.:])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![A-Za-z0-9\u00C0-\u024F_]|\.\d)`, (runs, r) => runs.length[r]! <= 3 && runs.after[r] === 46],
];

function* texts(count: number): Generator<string> {
  let s = 7;
  const rnd = (n: number): number => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % n;
  };
  const seps = [' ', '-', '.', '', '  ', 'a', ':', '/', '\n'];
  for (let k = 0; k < count; k++) {
    let t = '';
    const groups = 1 + rnd(7);
    for (let g = 0; g < groups; g++) {
      const len = 1 + rnd(rnd(2) === 0 ? 4 : 10);
      for (let i = 0; i < len; i++) t += String(rnd(10));
      t += seps[rnd(seps.length)]!;
    }
    yield t;
  }
}

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

  it.each(CASES)('sticky tries at accepted runs find what a global scan finds (%s)', (_, source, canStart) => {
    const global = new RegExp(source, 'g');
    const sticky = new RegExp(source, 'y');
    for (const text of texts(20_000)) expect(spansAtRuns(sticky, text, canStart)).toEqual(spans(global, text));
  });
});
