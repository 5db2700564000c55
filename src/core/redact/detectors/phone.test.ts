import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { findDigitRuns } from '../digit-runs.ts';
import { CANDIDATE, candidateEndAt, DATE_SHAPE, DOTTED_QUAD, INDIAN_MOBILE_INTL, isDottedQuad, isIndianMobileAt, NANP_INTL, nanpIntlValidity, phoneCuesWalkBackward, refusedBefore, startsWithDate } from './phone.ts';

describe('phone candidate shapes', () => {
  it('the hand-written date and dotted-quad tests agree with their regexes', () => {
    const rnd = seededRandom(5);
    const pieces = ['1', '12', '123', '2024', '12345', '.', '-', '/', ' ', '+', '(', ')', 'a', '0', '99', '10.0.0.1', '15-03-2024', '2024/3/15'];
    const differ: string[] = [];
    for (let k = 0; k < 60000; k++) {
      let t = '';
      for (let i = 1 + rnd(9); i > 0; i--) t += pieces[rnd(pieces.length)]!;
      if (startsWithDate(t) !== DATE_SHAPE.test(t) || isDottedQuad(t) !== DOTTED_QUAD.test(t)) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('the hand-written Indian mobile test agrees with the regexes it replaced', () => {
    const rnd = seededRandom(11);
    const national = /^0?[6-9]\d{4}[ \-]?\d{5}$|^0?[6-9]\d{9}$/;
    const pieces = ['0', '6', '9', '5', '98450', '12345', '1234', ' ', '-', '.', '+91', '+91 ', '+91-', '00', 'a', '(', '\u00a0'];
    const differ: string[] = [];
    for (let k = 0; k < 100000; k++) {
      let t = '';
      for (let i = 1 + rnd(7); i > 0; i--) t += pieces[rnd(pieces.length)]!;
      if (isIndianMobileAt(t, t.charCodeAt(0) === 48 ? 1 : 0) !== national.test(t)) differ.push(t);
      const intl = t.startsWith('+91') && isIndianMobileAt(t, t.charCodeAt(3) === 32 || t.charCodeAt(3) === 45 ? 4 : 3);
      if (t.startsWith('+91') && intl !== INDIAN_MOBILE_INTL.test(t)) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('the hand-written NANP test agrees with the regex and its N11 checks', () => {
    const rnd = seededRandom(31);
    // The pattern's parts in order, each slot with right and wrong fillers, so most strings come near the shape.
    const slots = [
      ['+1', '+1', '+1', '+2', '1', '+'],
      ['', ' ', '-', '.', '  ', '\u00a0', '/'],
      ['', '(', '((', ')'],
      ['415', '211', '911', '111', '015', '41', '4155', '4a5'],
      ['', ')', '))', '('],
      [' ', '-', '.', '', '  ', '_'],
      ['555', '811', '511', '155', '55', '5555'],
      [' ', '-', '.', '', '/'],
      ['0134', '2671', '013', '01345', '01a4', ''],
      ['', '', '', ' ', '5', 'x'],
    ];
    const differ: string[] = [];
    for (let k = 0; k < 100000; k++) {
      let t = '';
      for (const slot of slots) t += slot[rnd(slot.length)]!;
      const m = NANP_INTL.exec(t);
      const want = m === null ? -1 : m[1]!.endsWith('11') || m[2]!.endsWith('11') ? 0 : 1;
      if (nanpIntlValidity(t) !== want) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('the hand-written candidate matcher ends where the candidate regex does, at every position', () => {
    const rnd = seededRandom(23);
    const pieces = ['0', '00', '9', '98450', '12345', '1234567', ' ', '-', '.', '/', ':', '(', ')', '+', '+(', '\u00a0', 'a', 'Z', '_', '@', '\u00e9', '\u0250', '#', ','];
    const differ: string[] = [];
    for (let k = 0; k < 40000; k++) {
      let t = '';
      for (let i = 1 + rnd(14); i > 0; i--) t += pieces[rnd(pieces.length)]!;
      const runs = findDigitRuns(t);
      for (let at = 0, r = 0; at <= t.length; at++) {
        while (r < runs.count && runs.start[r]! + runs.length[r]! <= at) r++; // the first run that ends after `at`
        CANDIDATE.lastIndex = at;
        const want = CANDIDATE.test(t) ? CANDIDATE.lastIndex : -1;
        const got = at > 0 && refusedBefore(t.charCodeAt(at - 1)) ? -1 : candidateEndAt(t, runs, r, at);
        if (got !== want) differ.push(`${JSON.stringify(t)}@${at}: ${got} != ${want}`);
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('the hand-written lookbehind test refuses exactly the code units the candidate regex refuses', () => {
    const lookbehind = /[A-Za-z0-9\u00C0-\u024F_+@.\/-]/;
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (refusedBefore(c) !== lookbehind.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('phone cue lists', () => {
  it('keep the cue lookup walking back from the number (no cue starts inside another)', () => {
    expect(phoneCuesWalkBackward()).toBe(true);
  });
});
