import { describe, expect, it } from 'vitest';
import { isLetter, tokenize } from './tokens.ts';

describe('isLetter', () => {
  it('agrees with \\p{L}|\\p{M} on every code unit outside the surrogates', () => {
    const letter = /[\p{L}\p{M}]/u;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isLetter(c) !== letter.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('a letter iff \\p{L} or \\p{M}');
    }
  });
});

describe('accented words', () => {
  // A possessive takes the general path (slice, toLowerCase, nameKeyOfLower, flagsOf) and yields the
  // word without its "'s", so "María's" gives the token the accented path must give "María".
  const KEEP = new Set(['hi', 'de']);
  const tokenOf = (text: string, at: number): string => {
    const t = tokenize(text, KEEP);
    for (let i = 0; i < t.count; i++) if (t.start[i] === at) return JSON.stringify([t.end[i], t.len[i], t.bits[i], t.key[i]]);
    return 'none';
  };
  it('gives every Latin letter the general path\'s token, in every case and position', () => {
    const words: string[] = ['María', 'González', 'Łukasz', 'Wójcik', 'Zoë', 'DÍAZ', 'señor', 'dé', 'Dé', 'Ávila', 'Muñoz'];
    for (let c = 0xc0; c <= 0x24f; c++) {
      if (!isLetter(c)) continue;
      const x = String.fromCharCode(c);
      words.push(`${x}ab`, `Ab${x}d`, `AB${x}`, `ab${x}`, `${x}${x}${x}`, `O'${x}ab`, `${x}a${x}`);
    }
    for (const w of words) {
      for (const text of [`hi ${w} x`, `Hi ${w.toUpperCase()} x`, `hi ${w.toLowerCase()} x`]) {
        const word = text.slice(3, text.length - 2);
        if (!/[^\x00-\x7f]/.test(word)) continue; // ASCII words keep only the keys the rules read (a separate path)
        expect(tokenOf(`hi ${word} x`, 3), word).toBe(tokenOf(`hi ${word}'s x`, 3));
      }
    }
  });
});
