import type { TextIndex } from '../digit-runs.ts';

/**
 * Shared scanner for `local@domain` shapes (emails and UPI IDs). It walks outwards from each
 * '@' with bounded loops instead of a regex, so runs of '@', dots or letters stay linear.
 */
export interface AtSpan {
  start: number;
  at: number;
  /** End of the domain part (exclusive), trailing dots and hyphens trimmed. */
  end: number;
}

const MAX_LOCAL = 64; // RFC 5321 §4.5.3.1.1
const MAX_DOMAIN = 253;

/** Classes of the ASCII code units: LOCAL for an address's local part, DOMAIN for its domain. */
const LOCAL = 1;
const DOMAIN = 2;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  CLASS[c] = (alnum || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 ? LOCAL : 0) | (alnum || c === 46 || c === 45 ? DOMAIN : 0);
}

/** A character of an address's local part: letters, digits and . _ % + - (also email-obfuscated.ts). */
export function isLocalChar(c: number): boolean {
  return c < 128 && (CLASS[c]! & LOCAL) !== 0;
}

/**
 * A code unit of a local part as the '@' scan walks back over it: the ASCII local characters, or a
 * letter, mark or digit beyond ASCII (RFC 6531 local parts: "müller.hans@…", "françois@…", an NFD
 * accent). Stopping at the first such letter left the start of the address, a person's name, in
 * clear text before the finding.
 */
function isLocalUnit(c: number): boolean {
  if (c < 128) return (CLASS[c]! & LOCAL) !== 0;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = localUnits.get(c);
  if (known === undefined) localUnits.set(c, (known = LETTER_MARK_DIGIT.test(String.fromCharCode(c))));
  return known;
}
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const localUnits = new Map<number, boolean>();

function isDomainChar(c: number): boolean {
  return c < 128 && (CLASS[c]! & DOMAIN) !== 0;
}

/** The spans of `text`, found once per detect call (kept on its TextIndex) for both detectors that read them. */
export function atSpansOf(text: string, index: TextIndex | undefined): readonly AtSpan[] {
  if (index !== undefined && index.atSpans !== undefined) return index.atSpans;
  const spans: AtSpan[] = [];
  const loose: number[] = [];
  scanAtSpans(text, (span) => spans.push(span), (at) => loose.push(at));
  if (index !== undefined) {
    index.atSpans = spans;
    index.looseAts = loose;
  }
  return spans;
}

/**
 * `onLoose(at)` for each '@' that starts no span. A space on either side of it leaves it none (an
 * empty local part or domain), so the '@' signs with a space beside them that email-obfuscated.ts
 * reads are among these, found without another search for every '@'.
 */
export function scanAtSpans(text: string, onSpan: (span: AtSpan) => void, onLoose?: (at: number) => void): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalUnit(text.charCodeAt(start - 1))) start--;
    // A local part longer than the RFC limit is not an address; neither is one glued to more of itself.
    const tooLong = start > 0 && isLocalUnit(text.charCodeAt(start - 1));
    while (start < at && text.charCodeAt(start) === 46) start++; // no leading dot
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    if (!tooLong && start < at && end > at + 1 && text.charCodeAt(at - 1) !== 46) onSpan({ start, at, end });
    else if (onLoose !== undefined) onLoose(at);
    at = text.indexOf('@', at + 1);
  }
}
