import type { Deps } from '../deps.ts';
import type { DecisionRule } from '../policy/schema.ts';
import type { ProviderAdapter, ToolCallSnapshot } from '../providers/types.ts';
import { matchesAny } from '../policy/glob.ts';
import { matchDecision } from '../review/match-decision.ts';
import type { RequestRecord } from './request-record.ts';

interface Tagged {
  call: ToolCallSnapshot;
  rule: DecisionRule;
  reviewId: string;
}

/**
 * Tool calls one answer may carry when the policy has decision rules. Past it the answer is
 * refused (whole) or ended (streamed) rather than passed on with calls Pledge did not track: every
 * call must be checked against the rules, and tracking is per call. Models make a few per answer.
 */
export const MAX_TOOL_CALLS_PER_ANSWER = 256;
export const TOO_MANY_TOOL_CALLS = `The upstream answer holds more than ${MAX_TOOL_CALLS_PER_ANSWER} tool calls, more than Pledge checks for decision review in one answer`;

/**
 * Finds automated decisions among a response's tool calls and queues them for review.
 * In streams a call is tagged as soon as its name is complete (for rules without argument
 * conditions) or when its arguments are complete (for rules with conditions).
 *
 * A streamed call's arguments are held whole until then, up to `maxArgsChars` (the policy's
 * `limits.max_response_bytes`). Past that they are dropped as they come, and the call is tagged by
 * its name alone, under the first rule that names it, whatever that rule's conditions: what Pledge
 * could not read goes to a person.
 */
export function createDecisionTracker(deps: Deps, adapter: ProviderAdapter, rules: readonly DecisionRule[], rec: RequestRecord, maxArgsChars = Infinity) {
  const acc = new Map<string, ToolCallSnapshot>();
  const tagged = new Map<string, Tagged>();
  const newIds: string[] = [];
  /** Calls whose arguments grew past maxArgsChars. */
  const oversized = new Set<string>();
  const droppedArgs = JSON.stringify({ pledge: `arguments over ${maxArgsChars} characters were not kept` });
  let overflow = false;

  function tag(call: ToolCallSnapshot, argsComplete: boolean): void {
    if (tagged.has(call.key) || call.name === '') return;
    // Before its arguments are complete, a call is tagged early only when no rule with conditions
    // comes first for its tool: that rule may match once they are, as it does on a whole answer.
    if (!argsComplete && !oversized.has(call.key) && conditionalRuleFirst(call.name)) return;
    // Arguments not kept: the first rule naming the tool, whatever its conditions.
    const rule = oversized.has(call.key)
      ? rules.find((r) => matchesAny(call.name, r.tools))
      : matchDecision(rules, call.name, argsComplete ? call.args : undefined);
    if (!rule) return;
    const reviewId = crypto.randomUUID();
    tagged.set(call.key, { call, rule, reviewId });
    newIds.push(reviewId);
  }

  /** The first rule naming `tool` has conditions on the arguments. */
  function conditionalRuleFirst(tool: string): boolean {
    const first = rules.find((r) => matchesAny(tool, r.tools));
    return first !== undefined && first.when !== undefined;
  }

  async function persist(): Promise<string[]> {
    const ids: string[] = [];
    for (const { call, rule, reviewId } of tagged.values()) {
      await deps.reviews.create({
        id: reviewId,
        tenant: rec.tenant,
        request_id: rec.requestId,
        rule: rule.id,
        provider: rec.provider,
        tool: call.name,
        args: call.args,
        created_at: new Date(deps.now()).toISOString(),
        status: 'pending',
        ...(rule.clause && { clause: `${rule.clause.source}: ${rule.clause.quote}` }),
        ...(rec.model !== undefined && { model: rec.model }),
      });
      rec.decisions.push({ rule: rule.id, tool: call.name, review_id: reviewId });
      ids.push(reviewId);
    }
    return ids;
  }

  return {
    /** Non-streaming: every call is complete. Returns the review ids created. */
    async fromResponse(body: unknown): Promise<string[]> {
      if (rules.length === 0) return [];
      const calls = adapter.toolCalls.fromResponse(body);
      if (calls.length > MAX_TOOL_CALLS_PER_ANSWER) {
        overflow = true;
        return [];
      }
      for (const call of calls) tag(call, true);
      return persist();
    },
    onStreamEvent(event: unknown, final: boolean): void {
      if (rules.length === 0 || overflow) return;
      if (event !== undefined) adapter.toolCalls.fromStreamEvent(event, acc);
      if (acc.size > MAX_TOOL_CALLS_PER_ANSWER) {
        overflow = true;
        return;
      }
      for (const call of acc.values()) {
        if (call.args.length > maxArgsChars || oversized.has(call.key)) {
          oversized.add(call.key);
          call.args = droppedArgs;
        }
        if (call.nameComplete) tag(call, false);
        if (final) tag(call, true);
      }
    },
    /** The answer held more than MAX_TOOL_CALLS_PER_ANSWER tool calls: it must not be passed on (or on further). */
    get overflow(): boolean {
      return overflow;
    },
    /** Review ids tagged since the last call, for the stream to announce. */
    takeReviewIds(): string[] {
      return newIds.splice(0, newIds.length);
    },
    persist,
  };
}
