import type { Recognizer } from './recognizer.ts';
import { eachMatch } from './recognizer.ts';

const NAME = /^[A-Z][A-Z0-9_]*$/;
/** A quantified group that is itself quantified — (a+)+, (\d*)*, (x+){2,} — backtracks exponentially. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;

/**
 * Compile a policy's custom regex entity once. Throws an Error that names the entity (never the
 * text being scanned) when the pattern is invalid or has a shape known to backtrack badly.
 */
export function compileCustomEntity(entity: { name: string; pattern: string; flags?: string }): Recognizer {
  const { name, pattern } = entity;
  const flags = entity.flags ?? '';
  if (!NAME.test(name)) throw new Error(`custom entity "${name}": name must be UPPER_SNAKE_CASE, e.g. EMPLOYEE_ID`);
  if (!/^[imsu]*$/.test(flags)) throw new Error(`custom entity ${name}: flags may only contain i, m, s, u`);
  if (NESTED_QUANTIFIER.test(pattern)) {
    throw new Error(`custom entity ${name}: pattern has a nested quantifier such as (a+)+, which can hang on some input; rewrite it without one`);
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern, `${flags}g`);
  } catch (err) {
    throw new Error(`custom entity ${name}: invalid regular expression: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (re.test('')) throw new Error(`custom entity ${name}: pattern matches the empty string; it must match at least one character`);
  return {
    type: name,
    scan(text, out) {
      eachMatch(re, text, (m) => out.add(name, m.index, m.index + m[0].length, 95));
    },
  };
}
