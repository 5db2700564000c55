import { describe, expect, it } from 'vitest';
import { setImmediate as nextCheck } from 'node:timers/promises';
import { createTurnCohort } from './turn-cohort.ts';

describe('turn cohort', () => {
  it('holds callbacks queued in one turn and runs them together, in order, in the next check phase', async () => {
    const together = createTurnCohort();
    const ran: string[] = [];
    together(() => ran.push('a'));
    together(() => ran.push('b'));
    await Promise.resolve(); // microtasks of this turn: not yet
    expect(ran).toEqual([]);
    together(() => ran.push('c'));
    await nextCheck();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('puts callbacks queued while a cohort runs into the next cohort', async () => {
    const together = createTurnCohort();
    const ran: string[] = [];
    together(() => {
      ran.push('first');
      together(() => ran.push('later'));
    });
    together(() => ran.push('second'));
    await nextCheck();
    expect(ran).toEqual(['first', 'second']);
    await nextCheck();
    expect(ran).toEqual(['first', 'second', 'later']);
  });
});
