import { describe, expect, it } from 'vitest';
import type { Deps } from '../deps.ts';
import type { DecisionRule } from '../policy/schema.ts';
import { openaiAdapter } from '../providers/openai/index.ts';
import type { ReviewItem } from '../review/types.ts';
import { createDecisionTracker } from './decisions.ts';
import { newRecord } from './request-record.ts';

const rules: DecisionRule[] = [
  { id: 'vip_meetings', tools: ['schedule_meeting'], when: { tier: 'vip' } },
  { id: 'lead_routing', tools: ['route_lead'] },
];

/** OpenAI stream chunks of one tool call: its name, then its arguments in pieces. */
function toolCallEvents(name: string, args: string, piece = 50): unknown[] {
  const chunk = (fn: Record<string, string>, id?: string) => ({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, ...(id && { id, type: 'function' }), function: fn }] } }] });
  const events: unknown[] = [chunk({ name, arguments: '' }, 'call_1')];
  for (let i = 0; i < args.length; i += piece) events.push(chunk({ arguments: args.slice(i, i + piece) }));
  return events;
}

async function run(name: string, args: string, maxArgsChars?: number) {
  const reviews: ReviewItem[] = [];
  const deps = { reviews: { create: async (item: ReviewItem) => void reviews.push(item) }, now: () => 0 } as unknown as Deps;
  const tracker = createDecisionTracker(deps, openaiAdapter, rules, newRecord('r1', 'openai', '/openai', 0), maxArgsChars);
  for (const e of toolCallEvents(name, args)) tracker.onStreamEvent(e, false);
  tracker.onStreamEvent(undefined, true);
  await tracker.persist();
  return reviews;
}

describe('decision tracker: a streamed call’s arguments', () => {
  const vip = JSON.stringify({ tier: 'vip', notes: 'x'.repeat(400) });
  const regular = JSON.stringify({ tier: 'regular', notes: 'x'.repeat(400) });

  it('are read whole within the limit: the rule’s conditions decide', async () => {
    expect((await run('schedule_meeting', vip, 10_000)).map((r) => [r.rule, r.args])).toEqual([['vip_meetings', vip]]);
    expect(await run('schedule_meeting', regular, 10_000)).toEqual([]);
  });

  it('past the limit are dropped as they come, and the call goes to review by its name alone', async () => {
    const reviews = await run('schedule_meeting', regular, 100);
    expect(reviews.map((r) => [r.rule, r.tool])).toEqual([['vip_meetings', 'schedule_meeting']]);
    expect(reviews[0]!.args).toBe(JSON.stringify({ pledge: 'arguments over 100 characters were not kept' }));
  });

  it('past the limit, a tool no rule names is still not tagged', async () => {
    expect(await run('lookup_weather', regular, 100)).toEqual([]);
  });
});
