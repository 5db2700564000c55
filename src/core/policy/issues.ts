import type { z } from 'zod';
import {
  clauseSchema,
  customEntitySchema,
  decisionRuleSchema,
  limitsSchema,
  loggingSchema,
  noTrainingSchema,
  policyClauseSchema,
  policySchema,
  providerRuleSchema,
  providerTermsSchema,
  redactionSchema,
} from './schema.ts';
import { didYouMean } from './suggest.ts';

export type PathSegment = PropertyKey;

/** `redaction.entities[3]`, `providers.openai.terms`, `(root)`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_][\w:-]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out || '(root)';
}

/** A value from the policy file, short enough for one error line. */
export function showValue(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    s = typeof value;
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = typeof seg === 'symbol' ? undefined : String(seg);
    if (key === undefined || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

type Shape = z.ZodObject['shape'];
const keysOf = (schema: { shape: Shape }): string[] => Object.keys(schema.shape);

/** The keys an object at `path` may have, for "did you mean" on unknown keys. */
function knownKeysAt(path: readonly PathSegment[]): string[] {
  const p = path.map((s) => (typeof s === 'number' ? '[]' : String(s)));
  if (p.at(-1) === 'clause') return keysOf(clauseSchema);
  const [head, second, third] = p;
  switch (head) {
    case undefined:
      return keysOf(policySchema);
    case 'providers':
      return third === 'terms' ? keysOf(providerTermsSchema) : keysOf(providerRuleSchema);
    case 'redaction':
      return second === 'custom' ? keysOf(customEntitySchema) : keysOf(redactionSchema);
    case 'no_training':
      return keysOf(noTrainingSchema);
    case 'logging':
      return keysOf(loggingSchema);
    case 'decisions':
      return keysOf(decisionRuleSchema);
    case 'limits':
      return keysOf(limitsSchema);
    case 'clauses':
      return keysOf(policyClauseSchema);
    default:
      return [];
  }
}

/** One zod issue as `path: problem; fix` lines (unknown keys yield one line each). */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string[] {
  const at = formatPath(issue.path);
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(issue.path);
      return issue.keys.map((k) => {
        const hint = didYouMean(k, known) || (known.length ? `; allowed keys: ${known.join(', ')}` : '');
        return `${formatPath([...issue.path, k])}: unknown key ${JSON.stringify(k)}${hint}`;
      });
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      return [`${at}: ${showValue(value)} is not allowed${hint || `; use one of ${options.map((o) => JSON.stringify(o)).join(', ')}`}`];
    }
    case 'invalid_type':
      return value === undefined
        ? [`${at}: missing; add a ${issue.expected} here`]
        : [`${at}: expected ${issue.expected}, got ${showValue(value)}`];
    case 'invalid_union':
      if (issue.path.at(-1) === 'entities') return [`${at}: expected "all" or a list of entity names, got ${showValue(value)}`];
      return [`${at}: ${showValue(value)} does not match any allowed form`];
    case 'invalid_format':
      return issue.format === 'url'
        ? [`${at}: ${showValue(value)} is not a URL; use a full base URL such as https://eu.api.openai.com/v1`]
        : [`${at}: ${showValue(value)}: ${issue.message}`];
    default:
      return [`${at}: ${issue.message}${value === undefined ? '' : ` (got ${showValue(value)})`}`];
  }
}
