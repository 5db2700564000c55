import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { nameKey } from './key.ts';

const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };
/** The whole-string folding the per-character fast path must equal. */
function reference(token: string): string {
  const lower = token.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.replace(/’/g, "'").normalize('NFD').replace(/\p{M}+/gu, '').replace(/[łđøßæœıðþ]/g, (c) => FOLD[c] ?? c);
}

describe('nameKey', () => {
  it('folds names to lowercase ASCII keys', () => {
    expect(['Łukasz', 'José', 'O’Brien', 'Wiśniewski', 'STRAßE', 'Ærø'].map(nameKey)).toEqual(['lukasz', 'jose', "o'brien", 'wisniewski', 'strasse', 'aero']);
  });

  it('equals whole-string folding for every BMP code unit inside a word, and for mixed words', () => {
    for (let c = 0x80; c < 0xd800; c++) {
      const word = `a${String.fromCharCode(c)}b`;
      if (nameKey(word) !== reference(word)) expect(`${c.toString(16)} ${nameKey(word)}`).toBe(`${c.toString(16)} ${reference(word)}`);
    }
    const pool = ['a', 'Z', "'", '’', '-', 'é', 'Ł', 'ß', 'İ', 'ı', 'Ǆ', '\u0301', '\u0327', 'ŉ', 'ǰ', 'Σ', 'ς', 'ẞ', 'ö', 'Ø', 'ſ', 'ﬀ', '\u0345'];
    const rnd = seededRandom(5);
    for (let k = 0; k < 20_000; k++) {
      let word = '';
      for (let i = 1 + rnd(8); i > 0; i--) word += pool[rnd(pool.length)]!;
      expect(nameKey(word)).toBe(reference(word));
    }
  });
});
