import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordSet } from './word-set.ts';

const WORDS = ['room', 'Hall', 'škoda', 'citroën', 'hündin', 'heißt', 'salón', 'à', 'de', 'del', 'Track', 'menú', 'cão'];

describe('WordSet', () => {
  const set = new WordSet(WORDS);
  const lower = new Set(WORDS.map((w) => w.toLowerCase()));
  const exact = new Set(WORDS);

  it('matches a range as the lowercased slice would, in any case', () => {
    const text = 'Room HALL Škoda CITROËN Hündin HEIßT Salón À del Track menú CÃO';
    for (const m of text.matchAll(/\S+/g)) expect(set.has(text, m.index, m.index + m[0].length), m[0]).toBe(true);
    expect(set.hasExact(text, 0, 4)).toBe(false); // "Room": the word is "room"
    expect(set.hasExact(text, text.indexOf('Track'), text.indexOf('Track') + 5)).toBe(true);
  });

  it('refuses other words, prefixes and longer words', () => {
    const text = 'rooms roo Halle skoda ciTroen del- de';
    expect(set.has(text, 0, 5)).toBe(false);
    expect(set.has(text, 6, 9)).toBe(false);
    expect(set.has(text, 10, 15)).toBe(false);
    expect(set.has(text, 16, 21)).toBe(false); // no accent folding: "skoda" is not "škoda"
    expect(set.has(text, 22, 29)).toBe(false);
    expect(set.has(text, 30, 34)).toBe(false);
    expect(set.has(text, 35, 37)).toBe(true);
    expect(set.has(text, 3, 3)).toBe(false);
  });

  it('agrees with Set.has over slices for any text and range', () => {
    const unit = fc.constantFrom(...'aAbBdDeEhHlLmMoOrRsStTkKüÜßšŠëËàÀçÇİıcC- \u212a\u0130'.split(''));
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), fc.nat(12), fc.nat(12), (units, i, j) => {
      const text = units.join('');
      const a = Math.min(i, j, text.length);
      const b = Math.min(Math.max(i, j), text.length);
      const slice = text.slice(a, b);
      expect(set.has(text, a, b)).toBe(lower.has(slice.toLowerCase()));
      expect(set.hasExact(text, a, b)).toBe(exact.has(slice));
    }), { numRuns: 3000 });
  });
});
