import { describe, expect, it } from 'vitest';
import type { Finding } from './entities.ts';
import { Candidates } from './candidates.ts';
import { resolveOverlaps } from './overlaps.ts';

/** The rule written plainly: per cluster, a stable sort best first, then keep what overlaps nothing kept. */
interface Candidate extends Finding {
  priority: number;
}

function reference(candidates: readonly Candidate[]): Finding[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length;) {
    let end = sorted[i]!.end;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start < end) end = Math.max(end, sorted[j++]!.end);
    const ranked = sorted.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of ranked) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    for (const c of kept.sort((a, b) => a.start - b.start)) out.push({ type: c.type, start: c.start, end: c.end });
    i = j;
  }
  return out;
}

describe('resolveOverlaps', () => {
  it('keeps the same findings as the plain rule, for clusters of every size and with ties', () => {
    let seed = 7;
    const rnd = (n: number): number => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * n);
    const types = ['PERSON', 'EMAIL_ADDRESS', 'IN_PAN', 'IN_GSTIN'] as const;
    for (let round = 0; round < 3000; round++) {
      const count = 1 + rnd(round % 10 === 0 ? 80 : 12);
      const span = 5 + rnd(round % 2 === 0 ? 15 : 60);
      const candidates: Candidate[] = [];
      for (let k = 0; k < count; k++) {
        const start = rnd(span);
        candidates.push({ type: types[rnd(types.length)]!, start, end: start + 1 + rnd(round % 2 === 0 ? 3 : 8), priority: rnd(2) });
      }
      const expected = reference(candidates);
      const added = new Candidates();
      for (const c of candidates) added.add(c.type, c.start, c.end, c.priority);
      expect(resolveOverlaps(added)).toEqual(expected);
    }
  });
});
