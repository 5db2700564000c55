import type { Candidates } from '../candidates.ts';
import { isLocalChar } from './at-sign.ts';
import { isBlank } from '../names/cues.ts';
import { T_AMBIGUOUS, T_COMMON, T_FIRST, T_INITIAL, T_LAST, T_LOWER, T_STOP, T_TITLE, T_UPPER } from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';

/**
 * What the PERSON passes ask of a token (person.ts, person-numbers.ts). Tokens are indices into
 * typed arrays (names/tokens.ts); `b` below is a token's bits.
 */
export const MAX_NAME_TOKENS = 4;
export const KNOWN = T_FIRST | T_LAST;
export const CAPITAL = T_TITLE | T_UPPER;

export const known = (b: number): boolean => (b & KNOWN) !== 0;
/** A surname that is not also an everyday or ambiguous word ("Partida", not "Hills"). */
export const surnameOnly = (b: number): boolean => (b & (T_LAST | T_COMMON | T_AMBIGUOUS)) === T_LAST;
/** A stop word, unless written as an initial: "I" is the pronoun, "I." in "I. K. Gujral" an initial. */
export const stopped = (b: number): boolean => (b & (T_STOP | T_INITIAL)) === T_STOP;
export const strong = (b: number): boolean => (b & KNOWN) !== 0 && (b & (T_AMBIGUOUS | T_STOP)) === 0;
/** Could be part of a capitalised name. */
export function nameish(t: Tokens, i: number): boolean {
  const b = t.bits[i]!;
  return !stopped(b) && ((b & (T_INITIAL | T_TITLE)) !== 0 || ((b & T_UPPER) !== 0 && t.len[i]! > 2)) && ((b & KNOWN) !== 0 || (b & T_COMMON) === 0);
}

/** Tokens `a` and `b` are separated by one space (or nothing after an initial "R."). */
export function adjacent(text: string, t: Tokens, a: number, b: number): boolean {
  const end = t.end[a]!;
  const gap = t.start[b]! - end;
  if (gap === 1) {
    const c = text.charCodeAt(end);
    return c === 32 || c === 0xa0;
  }
  return gap === 0 && (t.bits[a]! & T_INITIAL) !== 0;
}

export function push(out: Candidates, text: string, t: Tokens, a: number, b: number): void {
  // "… Menéndez BENITO.TREVINO@YAHOO.CO.IN": a last word that starts an e-mail address is the address's.
  if (b > a && startsEmail(text, t.end[b]!)) b--;
  out.add('PERSON', t.start[a]!, t.end[b]!, 10);
}

/** At `p`, a '.', '_', '-' or '+', then more of an e-mail's local part (at-sign.ts) and its '@', within 64 code units. */
function startsEmail(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c !== 46 && c !== 95 && c !== 45 && c !== 43) return false;
  const limit = Math.min(text.length, p + 64);
  while (p < limit && isLocalChar(text.charCodeAt(p))) p++;
  return p < limit && text.charCodeAt(p) === 64;
}

export const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** A lowercase word of three letters or more that is no everyday or stop word. */
export const plainLower = (t: Tokens, i: number): boolean => (t.bits[i]! & (T_LOWER | T_COMMON | T_STOP)) === T_LOWER && t.len[i]! >= 3;

export const isBlankAt = (text: string, i: number): boolean => isBlank(text.charCodeAt(i));
