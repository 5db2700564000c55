import { describe, expect, it } from 'vitest';
import { isLetter } from './tokens.ts';

describe('isLetter', () => {
  it('agrees with \\p{L}|\\p{M} on every code unit outside the surrogates', () => {
    const letter = /[\p{L}\p{M}]/u;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isLetter(c) !== letter.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('a letter iff \\p{L} or \\p{M}');
    }
  });
});
