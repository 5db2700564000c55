import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.ts';
import { CUE_INDEX_JSON, CUE_WORDS_JSON } from './cue-index.ts';
import { cueIndex } from './cue-phrases.ts';
import { CUE_WORDS, TAIL_PATTERNS, tailMatches } from './cues.ts';
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

describe('the cue index', () => {
  it('ships the index generated from the phrases as written (run `npm run build:names` after editing cue-phrases.ts)', () => {
    const { byLast, words } = cueIndex();
    expect(JSON.parse(CUE_INDEX_JSON)).toEqual(byLast);
    expect(JSON.parse(CUE_WORDS_JSON)).toEqual(words);
  });

  it('keys phrases by their folded last word, longest first', () => {
    const { byLast } = cueIndex();
    expect(byLast['senor']?.map((p) => p.words)).toContainEqual(['senor']);
    const is = byLast['is']!.map((p) => p.words.length);
    expect(is).toEqual([...is].sort((a, b) => b - a));
    expect(CUE_WORDS.has('llamo')).toBe(true);
    expect(CUE_WORDS.has('señor')).toBe(false);
  });
});
