import type { EntityType } from './entities.ts';
import type { Candidates } from './candidates.ts';
import { RUN_ANY, TextIndex } from './digit-runs.ts';
import type { DigitRuns } from './digit-runs.ts';

/**
 * One detector: scans the whole text once and pushes candidates. Must be pure and run in
 * linear time: every regex is bounded or anchored so no input can make it backtrack badly.
 */
export interface Recognizer {
  readonly type: EntityType;
  /** Adds its findings to `out`; `index` holds analyses shared with the other recognizers of this call (see digit-runs.ts). */
  scan(text: string, out: Candidates, index?: TextIndex): void;
}

/** Run a global regex over `text`, calling `onMatch` for each match (zero-length safe). */
export function eachMatch(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    onMatch(m);
  }
}

/**
 * Where a match may start, given digit run `r`: a position, or -1 when no match can start there.
 * Every match of the pattern must start at the position returned for some run (most patterns
 * start with their first digit run; "ABCPD1234E" five letters before it), and positions must
 * grow with `r`.
 */
export type StartAtRun = (text: string, runs: DigitRuns, r: number) => number;

/**
 * Same result as `eachMatch` with the global form of `sticky` (flag y), for patterns whose every
 * match starts where `startAt` says for some digit run: the regex is tried only there, in order,
 * never inside the previous match. `facts` (RUN_* bits of digit-runs.ts): `startAt` is called only
 * for runs with at least one of them, so every run it accepts must have one.
 */
export function eachMatchAtDigitRuns(
  sticky: RegExp,
  text: string,
  index: TextIndex | undefined,
  startAt: StartAtRun,
  onMatch: (m: RegExpExecArray) => void,
  facts: number = RUN_ANY,
): void {
  tryAtDigitRuns(text, index, startAt, facts, (start) => {
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null) return -1;
    onMatch(m);
    return start + m[0].length;
  });
}

/**
 * Same tries as `eachMatchAtDigitRuns`, for callers that need only where a match is: `onSpan(start,
 * end)`. Tried with `test` (whose fast path builds no match array or matched string; `lastIndex`
 * is the match's end), so a match costs no allocation.
 */
export function eachSpanAtDigitRuns(
  sticky: RegExp,
  text: string,
  index: TextIndex | undefined,
  startAt: StartAtRun,
  onSpan: (start: number, end: number) => void,
  facts: number = RUN_ANY,
): void {
  tryAtDigitRuns(text, index, startAt, facts, (start) => {
    sticky.lastIndex = start;
    if (!sticky.test(text)) return -1;
    const end = sticky.lastIndex;
    onSpan(start, end);
    return end;
  });
}

/** The run loop both share: `tryAt(start)` returns the match's end, or -1 for no match there. */
function tryAtDigitRuns(text: string, index: TextIndex | undefined, startAt: StartAtRun, facts: number, tryAt: (start: number) => number): void {
  const runs = (index ?? new TextIndex(text)).digitRuns();
  let from = 0;
  if (facts > 0 && (facts & (facts - 1)) === 0) {
    // One fact: only the runs that have it, in order (digit-runs.ts), the same runs the loop below would try.
    const b = 31 - Math.clz32(facts);
    const list = runs.factRuns;
    for (let k = runs.factStart[b]!, to = runs.factEnd[b]!; k < to; k++) {
      const start = startAt(text, runs, list[k]!);
      if (start < from) continue;
      const end = tryAt(start);
      if (end !== -1) from = end;
    }
    return;
  }
  const runFacts = runs.facts;
  for (let r = 0; r < runs.count; r++) {
    if ((runFacts[r]! & facts) === 0) continue; // a run without any fact a match needs: `startAt` would say -1
    const start = startAt(text, runs, r);
    if (start < from) continue;
    const end = tryAt(start);
    if (end !== -1) from = end;
  }
}

/** An ASCII letter, either case. */
export const isAsciiLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;

/** An ASCII digit. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A letter of the Latin scripts our customers write: ASCII or U+00C0–U+024F, not × or ÷. */
export const isLatinLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * Where the run of at most `max` ASCII letters that ends at `end` starts (`end` itself when there is
 * none): the word before a position, read back without a slice or a regex. No callback, so the walk
 * stays as cheap as a written-out loop on the phone detector's per-candidate paths.
 */
export function asciiWordStartBefore(text: string, end: number, max: number): number {
  let a = end;
  while (a > 0 && end - a < max && isAsciiLetter(text.charCodeAt(a - 1))) a--;
  return a;
}

/** The same over letters of the Latin scripts (`isLatinLetter`). */
export function latinWordStartBefore(text: string, end: number, max: number): number {
  let a = end;
  while (a > 0 && end - a < max && isLatinLetter(text.charCodeAt(a - 1))) a--;
  return a;
}

/** A capital letter: A–Z or a Latin-1 one (À–Þ, not ×). */
export const isCapitalLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** A lowercase letter: a–z or a Latin-1 one (ß–ÿ, not ÷). */
export const isLowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/**
 * `[A-Za-z0-9\u00C0-\u024F_]`, the class the identifier patterns' lookarounds refuse next to a
 * match: an identifier glued to one of these is part of a longer word or code.
 */
export const isIdWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || (c >= 0xc0 && c <= 0x24f);

/** A run's own start when `ok`, else -1. */
export const runStartIf = (ok: boolean, runs: DigitRuns, r: number): number => (ok ? runs.start[r]! : -1);

/** ASCII digits of a string, dropping separators. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}
