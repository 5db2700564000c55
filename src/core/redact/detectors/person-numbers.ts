import type { Candidates } from '../candidates.ts';
import { BUSINESS_CUE_WORDS } from '../context.ts';
import type { DigitRuns } from '../digit-runs.ts';
import { lineFirstTokens, T_COMMON, T_LAST, T_LOWER, T_LOWER_UNSAFE, T_PARTICLE, T_PLACE, T_TITLE } from '../names/tokens.ts';
import type { Tokens } from '../names/tokens.ts';
import { startsWithDate } from './phone.ts';
import { adjacent, CAPITAL, isBlankAt, isLowerAscii, known, MAX_NAME_TOKENS, nameish, plainLower, push, stopped, strong, surnameOnly } from './person-words.ts';

/**
 * PERSON passes that read where a name stands rather than the name itself: beside a phone number
 * ("Tel. 692 312 459 (Sher)", "Vasanti +34 699 829 080 will collect", "1) Ana Patil 702-583-6435"),
 * after a chat export's timestamp ("[10:30:45] balgopal:"; a speaker without one is read in pass 1's
 * runs, person-run-context.ts) and last in a chat message ("… se karunga. Somu"). All are driven by
 * what is few in a text (digit runs, lines, the last token), not by every token.
 */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Characters inside a written phone number between digit runs. */
const phoneGlue = (c: number): boolean => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43;

/** A phone-like number ends at `end`: seven digits or more, with the spaces, dashes, dots and brackets phones are written with. */
function phoneLikeBefore(text: string, end: number): boolean {
  if (end === 0 || !isDigit(text.charCodeAt(end - 1))) return false;
  let digits = 0;
  let p = end - 1;
  for (; p >= 0 && end - p <= 24; p--) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) digits++;
    else if (!phoneGlue(c)) break;
  }
  return digits >= 7 && !DATE_AT_END.test(text.slice(p + 1, end));
}

/** "2024-03-15", "15.03.2024", "15-03-24" at the end of a number's text: a date, not a phone. */
const DATE_AT_END = /(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})$/;

/**
 * Whose number it is, written beside it: "Tel. 692 312 459 (Sher)", "98450 12345 - Ravi Kumar.",
 * "tel. 787 781 048 — Concepción", "+44 7911 716846 Menka – call after 6", "pls save my no 72726
 * 12948 - chapal", and before it at a line's start (namesBeforeNumbers). A phone-like number
 * (seven digits or more, not a date) and a word that is not an everyday, stop or place word;
 * capitalised, or lowercase where the name ends its line. Driven by the digit runs, which are few.
 */
export function namesBesideNumbers(text: string, t: Tokens, runs: DigitRuns, out: Candidates): void {
  for (let r = 0; r < runs.count; r++) {
    const a = runs.after[r]!;
    if (a === 32 || a === 40) nameAfterNumber(text, t, runs.start[r]! + runs.length[r]!, a, out);
    else if (a === 41 && runs.length[r]! <= 2) nameAfterListMarker(text, t, runs.start[r]!, runs.start[r]! + runs.length[r]!, out);
  }
  namesBeforeNumbers(text, t, out);
}

const isPhoneDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;
/** A word that may be a name here: not a stop, everyday (unless a known name) or place word. */
function nameLike(b: number): boolean {
  return !stopped(b) && ((b & T_COMMON) === 0 || known(b)) && (b & T_PLACE) === 0;
}
const endsLine = (c: number): boolean => c === -1 || c === 10 || c === 13;
const charAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

function nameAfterNumber(text: string, t: Tokens, end: number, a: number, out: Candidates): void {
  let q: number; // where the name starts
  let form: 'paren' | 'dash' | 'space';
  const c = text.charCodeAt(end + 1);
  if (a === 40) { q = end + 1; form = 'paren'; }
  else if (c === 40) { q = end + 2; form = 'paren'; }
  else if (isPhoneDash(c) && text.charCodeAt(end + 2) === 32) { q = end + 3; form = 'dash'; }
  else { q = end + 1; form = 'space'; }
  // Cheap refusals first: most numbers are followed by a space and a lowercase word or nothing.
  const first = charAt(text, q);
  if (form === 'space' ? !isUpperLetter(first) : !(isUpperLetter(first) || isLowerAscii(first) || first >= 0xc0)) return;
  const i = tokenAt(t, q);
  if (i === -1) return;
  const b = t.bits[i]!;
  const lower = (b & T_TITLE) === 0;
  if ((lower && (form === 'space' || !plainLower(t, i))) || !nameLike(b)) return;
  let j = i;
  while (j + 1 < t.count && j - i + 1 < MAX_NAME_TOKENS && adjacent(text, t, j, j + 1) && (lower ? plainLower(t, j + 1) : nameish(t, j + 1))) j++;
  const after = charAt(text, t.end[j]!);
  let ok: boolean;
  if (form === 'paren') ok = after === 41;
  else if (lower) ok = endsLine(after);
  else if (form === 'dash') ok = endsLine(after) || after === 46 || after === 44 || after === 59;
  else ok = endsLine(after) || after === 44 || (after === 32 && isPhoneDash(charAt(text, t.end[j]! + 1)));
  if (ok && phoneLikeBefore(text, end)) push(out, text, t, i, j);
}

const isUpperLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/**
 * Names before a phone number at a line's start: "Vasanti +34 699 829 080 will collect",
 * "vidhya +33 6 89 17 68 86". Driven by the lines (few): up to MAX_NAME_TOKENS words at the start
 * of each, then a number of nine digits or more, which ends the line or is followed by a lowercase
 * word; not a label ("Dossier 490494255: …", "passport 12199940"). In lowercase only listed names.
 */
function namesBeforeNumbers(text: string, t: Tokens, out: Candidates): void {
  const { lines, count } = lineFirstTokens();
  for (let k = 0; k < count; k++) {
    nameBeforeNumberOnLine(text, t, lines[k]!, out);
    speakerAfterTimestamp(text, t, lines[k]!, out);
  }
}

/**
 * A chat export's speaker after its timestamp: "[10:30:45] balgopal: on it", "[9:15 pm] Devdan:
 * can someone …". The line starts with '[', the name (up to three words, no everyday or place
 * word unless listed) follows "] " and ends at a ':'. Token `i` is the line's first token.
 */
function speakerAfterTimestamp(text: string, t: Tokens, i: number, out: Candidates): void {
  let a = -1;
  for (let k = i; k < t.count && k <= i + 1; k++) {
    const s = t.start[k]!;
    if (s >= 2 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 93) { a = k; break; }
  }
  if (a === -1) return;
  // The '[' within 24 code units before (a bounded walk: many lines of "x] y" stay linear).
  let open = t.start[a]! - 2;
  while (open >= 0 && t.start[a]! - open <= 24 && text.charCodeAt(open) !== 91) open--;
  if (open < 0 || t.start[a]! - open > 24 || (open > 0 && text.charCodeAt(open - 1) !== 10)) return;
  let j = a;
  while (j + 1 < t.count && j - a + 1 < 3 && adjacent(text, t, j, j + 1)) j++;
  while (j >= a && text.charCodeAt(t.end[j]!) !== 58) j--;
  if (j < a) return;
  for (let k = a; k <= j; k++) {
    const b = t.bits[k]!;
    if (!nameLike(b) || ((b & T_TITLE) === 0 && !plainLower(t, k) && !known(b))) return;
  }
  push(out, text, t, a, j);
}

/**
 * "Leads to call today: 1) Siddhi Prajapat 702-583-6435 2) Sumitra …": an item of a numbered list
 * ("1) ", after a blank or at a line's start) starts like a line.
 */
function nameAfterListMarker(text: string, t: Tokens, start: number, end: number, out: Candidates): void {
  if (text.charCodeAt(end + 1) !== 32 || (start > 0 && !isBlankAt(text, start - 1) && text.charCodeAt(start - 1) !== 10)) return;
  const i = tokenAt(t, end + 2);
  if (i !== -1) nameBeforeNumberOnLine(text, t, i, out, true);
}

/**
 * Token `i` is its line's first token (or a list item's, `item`): it starts the line (after
 * blanks) and is followed by a name and a number.
 */
function nameBeforeNumberOnLine(text: string, t: Tokens, i: number, out: Candidates, item = false): void {
  let s = t.start[i]!;
  while (s > 0 && isBlankAt(text, s - 1)) s--;
  if (!item && s > 0 && text.charCodeAt(s - 1) !== 10) return;
  const lower = (t.bits[i]! & T_TITLE) === 0;
  for (let j = i; j < t.count && j - i < MAX_NAME_TOKENS; j++) {
    if (j > i && !adjacent(text, t, j - 1, j)) return;
    const b = t.bits[j]!;
    // Lowercase, a listed given name first ("passport 12199940" is a label and its number), then
    // surnames, listed or not ("suma kaul", "lucas cruz pulido"), and particles between them
    // ("maría del carmen paz romero").
    if (j > i && lower && isLowerParticle(t, j)) continue;
    if (lower ? !lowerNamePart(t, j, j === i) : !nameLike(b) || (b & CAPITAL) === 0) return;
    let p = t.end[j]! + 1;
    if (text.charCodeAt(p - 1) !== 32 || p >= text.length) return;
    const c = text.charCodeAt(p);
    if (c === 43 || c === 40) p++; // "+34 …", "(305) …"
    if (!isDigit(text.charCodeAt(p))) continue;
    const numberEnd = phoneLikeEnd(text, p, 9);
    if (numberEnd === -1) return;
    // The number ends its line, or a lowercase word follows ("… will collect"), or in a list the next item ("… 2) …").
    const next = charAt(text, numberEnd);
    if (!(endsLine(next) || (next === 32 && (isLowerAscii(charAt(text, numberEnd + 1)) || (item && isDigit(charAt(text, numberEnd + 1))))))) return;
    if (j === i && BUSINESS_CUE_WORDS.has(text.slice(t.start[i]!, t.end[i]!).toLowerCase())) return;
    push(out, text, t, i, j);
    return;
  }
}

/**
 * A lowercase word of a name: the first a listed given name that is no everyday word ("suma"), the
 * next a listed surname (a town only if it is no given name or word), even one that is also a word ("cruz", "luna"), or an unlisted word of
 * three letters or more that is no everyday word ("kaul", "somayaji").
 */
export function lowerNamePart(t: Tokens, k: number, first: boolean): boolean {
  const b = t.bits[k]!;
  if (stopped(b)) return false;
  if ((b & T_PLACE) !== 0) return !first && surnameOnly(b); // "alberto mojica ponce"
  if (first) return plainLower(t, k) && strong(b);
  return plainLower(t, k) || ((b & (T_LAST | T_LOWER)) === (T_LAST | T_LOWER) && (b & T_LOWER_UNSAFE) === 0);
}

/**
 * The end of a phone-like number that starts at `start` (`minDigits` digits or more, with the
 * characters phones are written with; not a date, phone.ts's `startsWithDate`), or -1.
 */
function phoneLikeEnd(text: string, start: number, minDigits: number): number {
  let digits = 0;
  let p = start;
  let lastDigit = start;
  for (; p < text.length && p - start <= 24; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) {
      digits++;
      lastDigit = p + 1;
    } else if (!phoneGlue(c) || (c === 32 && listMarkerAt(text, p + 1))) break;
  }
  return digits >= minDigits && !startsWithDate(text.slice(start, p)) ? lastDigit : -1;
}


/** "2) " at `p`: the next item of a numbered list, not more of a number. */
function listMarkerAt(text: string, p: number): boolean {
  if (!isDigit(charAt(text, p))) return false;
  const q = isDigit(charAt(text, p + 1)) ? p + 2 : p + 1;
  return charAt(text, q) === 41 && charAt(text, q + 1) === 32;
}

/**
 * A name signing off a chat message, last in the text: "… se karunga. Somu", "… before Diwali? -
 * clara". A listed name after a sentence's end or a dash, or one or two lowercase words after a
 * dash; nothing after them but blanks, punctuation or emoji.
 */
export function signOffAtEnd(text: string, t: Tokens, out: Candidates): void {
  const j = t.count - 1;
  if (j < 1) return;
  for (let p = t.end[j]!; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || (c < 0x2000 && isLetterCode(c))) return;
  }
  const lower = (t.bits[j]! & T_TITLE) === 0;
  let i = j;
  if (lower) {
    // Lowercase: up to MAX_NAME_TOKENS words, surnames and particles among them ("- marisol
    // delagarza espinosa de los monteros", "- arturo farías nieves"), the first a plain word.
    if (!lowerNamePart(t, j, false)) return;
    let words = 1;
    while (i > 0 && words < MAX_NAME_TOKENS && adjacent(text, t, i - 1, i) && (isLowerParticle(t, i - 1) || lowerNamePart(t, i - 1, false))) {
      i--;
      if (!isLowerParticle(t, i)) words++;
    }
    while (i < j && isLowerParticle(t, i)) i++;
    if (!nameLike(t.bits[i]!) || !plainLower(t, i)) return;
  } else {
    if (i > 0 && adjacent(text, t, i - 1, i) && nameish(t, i - 1)) i--;
    for (let k = i; k <= j; k++) if (!nameLike(t.bits[k]!) || (t.bits[k]! & T_TITLE) === 0) return;
  }
  // What comes before: ". ", "! ", "? " (capitalised only) or " - ", " – ".
  const s = t.start[i]!;
  if (s < 3 || text.charCodeAt(s - 1) !== 32) return;
  const m = text.charCodeAt(s - 2);
  const dash = isPhoneDash(m) && text.charCodeAt(s - 3) === 32;
  // After a sentence's end only a listed name ("Order shipped. Tracking" is no sign-off); after a
  // dash a listed name or a lowercase word ("… - Processed" is a status).
  if (!dash && (lower || !(m === 46 || m === 33 || m === 63))) return;
  // "… przy ul. Józefa Piłsudskiego.": the '.' of a place's abbreviation ends no sentence.
  if (m === 46 && i > 0 && t.end[i - 1] === s - 2 && (t.bits[i - 1]! & T_PLACE) !== 0) return;
  if (!lower && !strong(t.bits[i]!)) return;
  push(out, text, t, i, j);
}

const isLowerParticle = (t: Tokens, k: number): boolean => (t.bits[k]! & (T_PARTICLE | T_LOWER)) === (T_PARTICLE | T_LOWER);

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

/** The token that starts at `pos` (binary search; tokens are in text order), or -1. */
function tokenAt(t: Tokens, pos: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = t.start[mid]!;
    if (s === pos) return mid;
    if (s < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

