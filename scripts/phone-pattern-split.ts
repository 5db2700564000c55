/**
 * Build-time helper for scripts/build-phone-metadata.ts: split a long libphonenumber pattern into
 * alternatives, each with the set of digits its match can start with, so the run time compiles
 * only the alternatives for a number's first digit. `^(?:A|B)$` matches exactly when `^(?:A)$` or
 * `^(?:B)$` does, and an alternative that cannot start with the number's first digit cannot match,
 * so the split is exact as long as each digit set is a superset; wherever the pattern's syntax is
 * not the plain subset handled here, the set is all ten digits.
 */
const ALL = 0x3ff;

/** Split at top-level '|' (outside groups and classes). */
export function splitAlternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(p.slice(from, i)); from = i + 1; }
  }
  out.push(p.slice(from));
  return out;
}

/** Index of the ')' closing the group that opens at `open`, or -1. */
function closingParen(p: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A quantifier right after index `at` that allows zero repetitions, or any we do not handle. */
function unsafeQuantifierAt(p: string, at: number): boolean {
  const c = p[at];
  if (c === '?' || c === '*') return true;
  if (c === '+') return false;
  if (c === '{') return /^\{0[,}]/.test(p.slice(at));
  return false;
}

/** Digits (bit mask) a match of alternative `a` can start with; ALL when unsure. */
export function firstDigits(a: string): number {
  if (a === '') return ALL;
  const c = a[0]!;
  if (c >= '0' && c <= '9') return unsafeQuantifierAt(a, 1) ? ALL : 1 << (c.charCodeAt(0) - 48);
  if (a.startsWith('\\d')) return ALL;
  if (c === '[') {
    const end = a.indexOf(']', 1);
    if (end === -1 || a[1] === '^' || unsafeQuantifierAt(a, end + 1)) return ALL;
    const body = a.slice(1, end);
    let mask = 0;
    for (let i = 0; i < body.length; i++) {
      const from = body[i]!;
      if (body[i + 1] === '-' && i + 2 < body.length) {
        const to = body[i + 2]!;
        if (!/[0-9]/.test(from) || !/[0-9]/.test(to)) return ALL;
        for (let d = from.charCodeAt(0); d <= to.charCodeAt(0); d++) mask |= 1 << (d - 48);
        i += 2;
      } else if (/[0-9]/.test(from)) mask |= 1 << (from.charCodeAt(0) - 48);
      else return ALL;
    }
    return mask;
  }
  if (a.startsWith('(?:')) {
    const close = closingParen(a, 0);
    if (close === -1 || unsafeQuantifierAt(a, close + 1)) return ALL;
    let mask = 0;
    for (const alt of splitAlternatives(a.slice(3, close))) mask |= firstDigits(alt);
    return mask;
  }
  return ALL;
}

/**
 * Alternatives of `pattern` with their first-digit masks. A top-level alternative that starts with
 * a group (no quantifier after it) is split one level further: "(?:1X|2Y)Z" gives "(?:1X)Z", "(?:2Y)Z".
 */
export function splitByFirstDigit(pattern: string): [string, number][] {
  const out: [string, number][] = [];
  for (const alt of splitAlternatives(pattern)) {
    const close = alt.startsWith('(?:') ? closingParen(alt, 0) : -1;
    const quantified = close !== -1 && /^[?*+{]/.test(alt.slice(close + 1));
    if (close === -1 || quantified) {
      out.push([alt, firstDigits(alt)]);
      continue;
    }
    const rest = alt.slice(close + 1);
    for (const inner of splitAlternatives(alt.slice(3, close))) out.push([`(?:${inner})${rest}`, firstDigits(inner)]);
  }
  return out;
}
