import type { Candidates } from '../candidates.ts';
import { COMMON, flagsOf, PLAIN, STOP } from '../names/lexicon.ts';
import { isLocalChar } from './at-sign.ts';
import type { AtSpan } from './at-sign.ts';

/**
 * Addresses written to dodge scrapers, as people do in chats and forms:
 * - a bracketed "at": "ravi[at]gmail.com", "ravi (at) gmail (dot) com", "RAVI {AT} GMAIL.COM";
 * - the words "at" and "dot": "ravi at gmail dot com", "kanti dot suthar at outlook dot com";
 * - the word "at" before a plain domain or a mail provider's name: "tapan1 at ziggo.nl",
 *   "puneet11 at yahoo", when the part before "at" is not an everyday word ("us at acme.com",
 *   "meet at gmail" are not addresses);
 * - a space around "@", or a dot written out after it: "ravi @ gmail.com", "arya58@ gmx.de",
 *   "ravi@gmail[dot]com".
 * The word "dot" needs a common top-level domain after it ("look at this dot matrix" is no address).
 *
 * Found from cheap scans: indexOf for the brackets and the '@' signs; for the word "at", the places
 * the PERSON tokenizer found it (TextIndex.atWords), or one regex when PERSON is off. Every later
 * step is a bounded walk or a sticky regex at one position, so the whole is linear.
 */

/**
 * The word "at" between spaces, lowercase or uppercase, before a domain label and a dot of either
 * kind ("at 9:15", "at the door" fail here, in the regex). Bracketed forms are found with indexOf:
 * cheaper than a regex class.
 */
const AT_WORD = / (?:at|AT) (?=[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]| dot | DOT |[[({<]))| (?:at|AT) (?=(?:gmail|yahoo|hotmail|outlook|rediffmail|icloud|protonmail|ymail|aol|gmx|zoho|GMAIL|YAHOO|HOTMAIL|OUTLOOK)(?![A-Za-z0-9@-]|\.[A-Za-z0-9]))/g;

/** Mail providers whose bare name after the word "at" ends an address ("puneet11 at yahoo"). */
const PROVIDERS = new Set(['gmail', 'yahoo', 'hotmail', 'outlook', 'rediffmail', 'icloud', 'protonmail', 'ymail', 'aol', 'gmx', 'zoho']);

/** A domain label, then a dot marker or a real dot; the top-level domain last (sticky, at one position). */
const OBFUSCATED_DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?: ?[[({<] ?(?:dot|DOT|Dot) ?[\])}>] ?| (?:dot|DOT) |\.)){1,8}([A-Za-z]{2,24})(?![A-Za-z0-9-])/y;
/** A dot written out, bracketed or as a word. */
const DOT_MARKER = /[[({<] ?dot ?[\])}>]| dot /i;

/** Top-level domains the plain-word form accepts. */
const COMMON_TLDS = new Set(['com', 'net', 'org', 'in', 'co', 'io', 'ai', 'me', 'us', 'uk', 'es', 'pl', 'de', 'fr', 'it', 'nl', 'pt', 'eu', 'edu', 'gov', 'info', 'biz']);

/**
 * The local part text[start, end) could only be an address's: it has a digit or one of . _ + - %, or
 * it is not an everyday word ("tapan1", "kanti.suthar", "ravi"; not "us", "look", "meet", "stay").
 */
function addressLikeLocal(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 95 || c === 43 || c === 45 || c === 37) return true;
  }
  return (flagsOf(text.slice(start, end).toLowerCase()) & (COMMON | STOP | PLAIN)) === 0;
}

const MAX_LOCAL = 64;


/** Start of the local part that ends at `end` (exclusive), or -1 when there is none (or it is glued to more of itself). */
function localStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
  if (s > 0 && isLocalChar(text.charCodeAt(s - 1))) return -1;
  while (s < end && text.charCodeAt(s) === 46) s++; // no leading dot
  if (s === end || text.charCodeAt(end - 1) === 46) return -1;
  return s;
}

/**
 * End of an address's domain from `from`, or -1. `spelled`: the "at" was not a plain "@" (an '@'
 * with plain dots is an ordinary address, email.ts has it). `commonTld`: the top-level domain must
 * be a common one (after the word "at" with "dot" spelt out, or after " @" with no space behind it).
 */
function domainEnd(text: string, from: number, spelled: boolean, commonTld: boolean): number {
  OBFUSCATED_DOMAIN.lastIndex = from;
  const m = OBFUSCATED_DOMAIN.exec(text);
  if (m === null) return -1;
  const domain = m[0];
  const dotSpelled = DOT_MARKER.test(domain);
  if (!spelled && !dotSpelled) return -1;
  if (!dotSpelled && domain.indexOf('.') === -1) return -1;
  if (commonTld && !COMMON_TLDS.has(m[1]!.toLowerCase())) return -1;
  return from + domain.length;
}

const isOpening = (c: number): boolean => c === 91 || c === 40 || c === 123 || c === 60; // [ ( { <

/** A dot marker may start at `i`: an opening bracket, or a space before "dot" or a bracket. */
function dotMarkerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isOpening(c)) return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(i + 1);
  return isOpening(d) || ((d | 32) === 100 && (text.charCodeAt(i + 2) | 32) === 111 && (text.charCodeAt(i + 3) | 32) === 116);
}

/** Letters, digits and hyphens from `from`: where a domain label starting there ends. */
function labelEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45)) break;
  }
  return i;
}

/** Closing bracket of any kind: ] ) } >. */
const isClosing = (c: number): boolean => c === 93 || c === 41 || c === 125 || c === 62;

/** End of a bracketed "at" that opens at `p` ("[at]", "( AT )"), or -1. */
function bracketedAtEnd(text: string, p: number): number {
  let q = p + 1;
  if (text.charCodeAt(q) === 32) q++;
  if ((text.charCodeAt(q) | 32) !== 97 || (text.charCodeAt(q + 1) | 32) !== 116) return -1;
  q += 2;
  if (text.charCodeAt(q) === 32) q++;
  return isClosing(text.charCodeAt(q)) ? q + 1 : -1;
}

/** Where the local part ending at `end` starts, "dot" words in it included ("kanti dot suthar"); -1 if none. */
function spelledLocalStart(text: string, end: number): number {
  let s = localStart(text, end);
  for (let k = 0; k < 4 && s >= 6; k++) {
    if (text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s - 5) !== 32 || (text.charCodeAt(s - 4) | 32) !== 100
      || (text.charCodeAt(s - 3) | 32) !== 111 || (text.charCodeAt(s - 2) | 32) !== 116) break;
    const before = localStart(text, s - 5);
    if (before === -1) break;
    s = before;
  }
  return s;
}

/**
 * An address around the "at" marker text[markerStart, markerEnd), if there is one. `plainAt`: the
 * marker is the bare word "at". `commonTld`: see domainEnd.
 */
function addAround(text: string, out: Candidates, markerStart: number, markerEnd: number, plainAt: boolean, commonTld = false): void {
  // Cheap refusals first ("at 9:15 pm", "at the door"): a label, then a dot of either kind.
  const afterLabel = labelEnd(text, markerEnd);
  if (afterLabel === markerEnd) return;
  const dotNext = text.charCodeAt(afterLabel) === 46 || dotMarkerAt(text, afterLabel);
  const provider = plainAt && PROVIDERS.has(text.slice(markerEnd, afterLabel).toLowerCase());
  if (!dotNext && !provider) return;
  const start = spelledLocalStart(text, markerStart);
  if (start === -1) return;
  if (plainAt && !addressLikeLocal(text, start, markerStart)) return;
  let end = dotNext ? domainEnd(text, markerEnd, true, commonTld || (plainAt && dotMarkerAt(text, afterLabel))) : -1;
  if (end === -1 && provider) end = afterLabel; // "puneet11 at yahoo": the provider's name ends the address
  if (end !== -1) out.add('EMAIL_ADDRESS', start, end, 80);
}

/** The word "at" between spaces at `p` (lowercase or uppercase), before what AT_WORD's lookahead asks for. */
function atWordAt(text: string, p: number): boolean {
  if (p < 1 || text.charCodeAt(p - 1) !== 32 || text.charCodeAt(p + 2) !== 32) return false;
  const a = text.charCodeAt(p);
  const t = text.charCodeAt(p + 1);
  if (!((a === 97 && t === 116) || (a === 65 && t === 84))) return false;
  AT_LOOKAHEAD.lastIndex = p - 1;
  return AT_LOOKAHEAD.test(text);
}
/** AT_WORD at one position (sticky). */
const AT_LOOKAHEAD = new RegExp(AT_WORD.source, 'y');

/**
 * `atWords`: where the word "at" starts, from the PERSON tokenizer (TextIndex.atWords); without it
 * the text is searched with AT_WORD. Both give the same markers (email-obfuscated.test.ts).
 * `looseAts`: the '@' signs that start no span (TextIndex.looseAts, at-sign.ts), among which are all
 * with a space beside them; without them every '@' is looked at.
 */
export function scanObfuscatedEmails(text: string, out: Candidates, atSpans: readonly AtSpan[], atWords?: readonly number[], looseAts?: readonly number[]): void {
  for (const opening of '[({<') {
    for (let p = text.indexOf(opening); p !== -1; p = text.indexOf(opening, p + 1)) {
      const q = bracketedAtEnd(text, p);
      if (q === -1) continue;
      // One space may stand on each side: "ravi [at] gmail.com".
      addAround(text, out, p > 0 && text.charCodeAt(p - 1) === 32 ? p - 1 : p, text.charCodeAt(q) === 32 ? q + 1 : q, false);
    }
  }
  if (atWords !== undefined) {
    let searchFrom = 0; // as the regex resumes after its last match
    for (const p of atWords) {
      if (p - 1 < searchFrom || !atWordAt(text, p)) continue;
      addAround(text, out, p - 1, p + 3, true);
      searchFrom = p + 3;
    }
  } else {
    AT_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AT_WORD.exec(text)) !== null) addAround(text, out, m.index, m.index + 4, true);
  }
  // '@' with a dot spelt out after it: an ordinary-looking span whose domain stops at a dot marker.
  for (const span of atSpans) {
    if (!dotMarkerAt(text, span.end)) continue;
    const end = domainEnd(text, span.at + 1, false, false);
    if (end !== -1) out.add('EMAIL_ADDRESS', span.start, end, 80);
  }
  // '@' with a space on one side or both: "ravi @ gmail.com", "arya58@ gmx.de", "ravi @gmail.com" (a
  // handle can follow " @", so there the top-level domain must be a common one: not "ping @rahul.verma").
  if (looseAts !== undefined) for (const at of looseAts) addAroundSpacedAt(text, out, at);
  else for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) addAroundSpacedAt(text, out, at);
}

function addAroundSpacedAt(text: string, out: Candidates, at: number): void {
  const spaceBefore = at > 0 && text.charCodeAt(at - 1) === 32;
  const spaceAfter = text.charCodeAt(at + 1) === 32;
  if (spaceBefore || spaceAfter) addAround(text, out, spaceBefore ? at - 1 : at, spaceAfter ? at + 2 : at + 1, false, !spaceAfter);
}
