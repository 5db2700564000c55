import type { EntityType, Finding } from './entities.ts';

/** A finding before overlap resolution. Higher `priority` wins a tie between equally long spans. */
export interface Candidate extends Finding {
  priority: number;
}

/**
 * One detector: scans the whole text once and pushes candidates. Must be pure and run in
 * linear time: every regex is bounded or anchored so no input can make it backtrack badly.
 */
export interface Recognizer {
  readonly type: EntityType;
  scan(text: string, out: Candidate[]): void;
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

/** ASCII digits of a string, dropping separators. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}
