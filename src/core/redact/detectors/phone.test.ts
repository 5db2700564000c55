import { describe, expect, it } from 'vitest';
import { DATE_SHAPE, DOTTED_QUAD, isDottedQuad, startsWithDate } from './phone.ts';

describe('phone candidate shapes', () => {
  it('the hand-written date and dotted-quad tests agree with their regexes', () => {
    let s = 5;
    const rnd = (n: number): number => {
      s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return s % n;
    };
    const pieces = ['1', '12', '123', '2024', '12345', '.', '-', '/', ' ', '+', '(', ')', 'a', '0', '99', '10.0.0.1', '15-03-2024', '2024/3/15'];
    const differ: string[] = [];
    for (let k = 0; k < 60000; k++) {
      let t = '';
      for (let i = 1 + rnd(9); i > 0; i--) t += pieces[rnd(pieces.length)]!;
      if (startsWithDate(t) !== DATE_SHAPE.test(t) || isDottedQuad(t) !== DOTTED_QUAD.test(t)) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
