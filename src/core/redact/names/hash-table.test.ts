import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { hashes, lookupHashes, lookupHashesBase64, packTable } from './hash-table.ts';

describe('the packed name table', () => {
  it('reads the same flags from the shipped base64 as from the decoded bytes, for present and absent keys', () => {
    const rnd = seededRandom(5);
    const word = (): string => Array.from({ length: 2 + rnd(9) }, () => String.fromCharCode(97 + rnd(26))).join('');
    const entries = new Map<string, number>();
    while (entries.size < 3000) entries.set(word(), 1 + rnd(255));
    // Slot counts that put slots at every offset within a base64 group of three bytes.
    for (const slots of [4001, 4500, 6007]) {
      const latin1 = packTable(entries, slots, 7);
      const b64 = btoa(latin1);
      const keys = [...entries.keys(), ...Array.from({ length: 3000 }, word)];
      const lookup = (read: (a: number, b: number) => number) => keys.map((k) => { const [a, b] = hashes(k, 7); return read(a, b); });
      const inPlace = lookup((a, b) => lookupHashesBase64(b64, slots, a, b));
      expect(inPlace).toEqual(lookup((a, b) => lookupHashes(latin1, slots, a, b)));
      expect(inPlace.slice(0, entries.size)).toEqual([...entries.values()]);
    }
  });
});
