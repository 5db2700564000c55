import type { DecisionRule } from '../policy/schema.ts';
import { globToRegExp, matchesAny } from '../policy/glob.ts';

function parseArgs(args: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(args);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** True when every `when` condition holds: strings glob-match, numbers and booleans are equal. */
function conditionsHold(when: DecisionRule['when'], args: string | undefined): boolean {
  if (!when) return true;
  const parsed = args === undefined ? undefined : parseArgs(args);
  if (!parsed) return false;
  return Object.entries(when).every(([key, expected]) => {
    const actual = parsed[key];
    if (typeof expected === 'string') return typeof actual === 'string' && globToRegExp(expected).test(actual);
    return actual === expected;
  });
}

/**
 * The first rule that names this tool. With `args` undefined (a stream still arriving), only
 * rules without argument conditions can match.
 */
export function matchDecision(rules: readonly DecisionRule[], tool: string, args: string | undefined): DecisionRule | undefined {
  for (const rule of rules) {
    if (!matchesAny(tool, rule.tools)) continue;
    if (args === undefined && rule.when) continue;
    if (conditionsHold(rule.when, args)) return rule;
  }
  return undefined;
}

export function describeClause(rule: DecisionRule): string | undefined {
  return rule.clause ? `${rule.clause.source}` : undefined;
}
