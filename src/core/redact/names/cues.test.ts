import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { TAIL_PATTERNS, tailMatches } from './cues.ts';
import type { Tail } from './cues.ts';

describe('cue tails', () => {
  it('the hand-written gap tests agree with the tail regexes', () => {
    const rnd = seededRandom(11);
    const chars = [' ', ' ', '\t', '.', ',', ':', ';', '!', '-', '–', '=', '\r', '\n', '\n', 'a', '\u00a0', '?', '—'];
    const differ: unknown[] = [];
    for (let k = 0; k < 40000; k++) {
      let gap = '';
      for (let i = rnd(7); i > 0; i--) gap += chars[rnd(chars.length)]!;
      const text = `x${gap}y`;
      for (const tail of Object.keys(TAIL_PATTERNS) as Tail[]) {
        if (tailMatches(tail, text, 1, 1 + gap.length) !== TAIL_PATTERNS[tail].test(gap)) differ.push({ tail, gap });
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
