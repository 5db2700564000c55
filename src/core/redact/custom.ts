import type { Recognizer } from './recognizer.ts';
import { eachMatch } from './recognizer.ts';

const NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Whether a group repeated more than once holds something repeated itself, at any depth: (a+)+,
 * (\d*)*, (x+){2,}, ((a+))+, ((a)+)+, (?:(a+))+ all backtrack exponentially on a near-match. A small
 * scan of the pattern: escapes and character classes are single atoms; each open group remembers
 * whether anything inside it is repeated.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  const n = pattern.length;
  /** Per open group (the whole pattern at the bottom): something inside it repeats. */
  const stack: boolean[] = [false];
  /** Length of a quantifier at `j`, negative when it allows at most one (`?`, `{0,1}`), 0 if none. */
  const quantifierAt = (j: number): number => {
    const c = pattern[j];
    if (c === '+' || c === '*') return 1;
    if (c === '?') return -1;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(j, j + 24));
      if (m) {
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        return max > 1 ? m[0].length : -m[0].length;
      }
    }
    return 0;
  };
  /** After an atom or a group at `i`: its quantifier, if any, is skipped; returns [next i, repeats]. */
  const quantified = (i: number): [number, boolean] => {
    const q = quantifierAt(i);
    if (q === 0) return [i, false];
    let j = i + Math.abs(q);
    if (pattern[j] === '?') j++; // lazy
    return [j, q > 0];
  };
  let i = 0;
  while (i < n) {
    const c = pattern[i];
    if (c === '(') {
      stack.push(false);
      i++;
      if (pattern[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (pattern[i] === '<' && pattern[i + 1] !== '=' && pattern[i + 1] !== '!') {
          const end = pattern.indexOf('>', i);
          i = end === -1 ? n : end + 1;
        } else if (pattern[i] === '<') i += 2;
        else i++;
      }
      continue;
    }
    if (c === ')') {
      const inner = stack.length > 1 ? stack.pop()! : false;
      const [next, repeats] = quantified(i + 1);
      if (repeats && inner) return true;
      stack[stack.length - 1] = stack[stack.length - 1]! || inner || repeats;
      i = next;
      continue;
    }
    if (c === '|') {
      i++;
      continue;
    }
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < n && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
    } else i++;
    const [next, repeats] = quantified(i);
    if (repeats) stack[stack.length - 1] = true;
    i = next;
  }
  return false;
}

/**
 * Compile a policy's custom regex entity once. Throws an Error that names the entity (never the
 * text being scanned) when the pattern is invalid or has a shape known to backtrack badly.
 */
export function compileCustomEntity(entity: { name: string; pattern: string; flags?: string }): Recognizer {
  const { name, pattern } = entity;
  const flags = entity.flags ?? '';
  if (!NAME.test(name)) throw new Error(`custom entity "${name}": name must be UPPER_SNAKE_CASE, e.g. EMPLOYEE_ID`);
  if (!/^[imsu]*$/.test(flags)) throw new Error(`custom entity ${name}: flags may only contain i, m, s, u`);
  if (hasNestedQuantifier(pattern)) {
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
