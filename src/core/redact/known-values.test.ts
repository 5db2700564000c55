import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVault } from './vault.ts';
import { indexKnownValues, replaceKnownValues } from './known-values.ts';

/** The rule as one regex (how applyKnown found values before): the reference the scan must equal. */
function byRegex(text: string, values: readonly string[], replacementOf: (v: string) => string | undefined): string {
  const kept = values.filter((v) => v.length >= 3);
  if (kept.length === 0) return text;
  const alt = [...kept].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alt})(?![\\p{L}\\p{N}_])`, 'gu');
  return text.replace(re, (m) => replacementOf(m) ?? m);
}

const pseudo = () => 'pseudonymize' as const;

describe('replaceKnownValues', () => {
  it('replaces bounded occurrences only, the longest value first', () => {
    const index = indexKnownValues(['Rao', 'Sneha Rao', 'a@b.co', '+91 98765 43210']);
    const mark = (v: string) => `<${v}>`;
    expect(replaceKnownValues('Sneha Rao and Rao; Raoul, xRao, Rao_1, Rao2 (+91 98765 43210) x+91 98765 43210 a@b.co.', index, mark))
      .toBe('<Sneha Rao> and <Rao>; Raoul, xRao, Rao_1, Rao2 (<+91 98765 43210>) x+91 98765 43210 <a@b.co>.');
  });

  it('reads word characters by code point: accents, Devanagari digits, and letters outside the BMP', () => {
    const index = indexKnownValues(['Ravi', 'Zoë']);
    const mark = (v: string) => `<${v}>`;
    // 𝐀 (U+1D400) is a letter: "𝐀Ravi" is one word. 😀 is not: "😀Ravi" starts a new one. '९' is a digit.
    expect(replaceKnownValues('éRavi 𝐀Ravi 😀Ravi Ravi९ Ravi. Zoë!', index, mark)).toBe('éRavi 𝐀Ravi 😀<Ravi> Ravi९ <Ravi>. <Zoë>!');
  });

  it('returns the same string when nothing matches', () => {
    const text = 'nothing to see here';
    expect(replaceKnownValues(text, indexKnownValues(['Sneha']), () => 'x')).toBe(text);
  });

  it('equals the regex on any text made of values, their pieces, word and non-word characters', () => {
    const valuePool = ['Ravi', 'Ravi Kumar', 'Kumar', 'ravi@acme.in', '+91 98765 43210', '98765', 'Zoë', 'Ann', 'Anna', 'Ann-Marie', '😀ab', 'a😀b', 'ab\ud83d', '\ude00ab'];
    const piece = fc.oneof(
      fc.constantFrom(...valuePool),
      fc.constantFrom(' ', '.', ',', '_', 'x', '9', 'é', '😀', '𝐀', '\ud800', '\udc00', '-', '@', '[', 'ी'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(fc.property(fc.subarray(valuePool, { minLength: 1 }), fc.array(piece, { maxLength: 16 }), (values, pieces) => {
      const text = pieces.join('');
      const mark = (v: string) => `<${values.indexOf(v)}>`;
      expect(replaceKnownValues(text, indexKnownValues(values), mark)).toBe(byRegex(text, values, mark));
    }), { numRuns: 3000 });
  });

  it('equals the regex on random values and texts over a small alphabet', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '.', '1', 'é', '😀', '\udc00', '\ud83d', '\ude00');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(word, { maxLength: 12 }), (values, pieces) => {
      const text = pieces.join('');
      const mark = (v: string) => `<${v.length}>`;
      expect(replaceKnownValues(text, indexKnownValues(values), mark)).toBe(byRegex(text, values, mark));
    }), { numRuns: 3000 });
  });
});

describe('vault.applyKnown on a large request', () => {
  it('stays linear in the number of known values: 20,000 distinct e-mail addresses in 1 MB', () => {
    const vault = createVault();
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(`Write to user${i}@example${i % 97}.com about order ${1000 + i}.`);
    const text = lines.join(' ');
    // Vault every address, as the first pass would.
    const findings = [];
    for (let at = text.indexOf('user'); at !== -1; at = text.indexOf('user', at + 1)) findings.push({ type: 'EMAIL_ADDRESS' as const, start: at, end: text.indexOf(' about', at) });
    const redacted = vault.apply(text, findings, pseudo);
    const again = `${redacted} and once more user19999@example${19999 % 97}.com`;
    const t0 = performance.now();
    const out = vault.applyKnown(again);
    const ms = performance.now() - t0;
    expect(out.endsWith('and once more [EMAIL_ADDRESS_20000]')).toBe(true);
    expect(out.startsWith(redacted)).toBe(true);
    // Values × length (the regex and the substring test per value) took seconds here; one pass takes milliseconds.
    expect(ms).toBeLessThan(1_500);
  });
});
