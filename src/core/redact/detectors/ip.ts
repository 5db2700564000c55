import type { Recognizer } from '../recognizer.ts';
import { eachSpanAtDigitRuns, runStartIf } from '../recognizer.ts';
import type { StartAtRun } from '../recognizer.ts';
import { RUN_DOTTED_QUAD } from '../digit-runs.ts';
import type { DigitRuns } from '../digit-runs.ts';
import { createCueMatcher } from '../context.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
export const V4 = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F_.:])${OCTET}(?:\\.${OCTET}){3}(?![A-Za-z0-9\\u00C0-\\u024F_]|\\.\\d)`, 'y');
/** Digit-run facts (digit-runs.ts) of which every run `v4Start` accepts has one. */
export const v4Facts = RUN_DOTTED_QUAD;
/**
 * V4 can match only where four runs of one to three digits are joined by single dots: each octet
 * is a whole run (a dot follows the first three; the lookarounds refuse a digit before the first
 * and after the last). finishDigitRuns marks those runs (RUN_DOTTED_QUAD), so only they are tried;
 * the rule is kept here too, as the start rule every fact must cover (digit-anchored.test.ts).
 */
function dottedQuadAt(runs: DigitRuns, r: number): boolean {
  if (r + 3 >= runs.count) return false;
  for (let k = r; k < r + 3; k++) {
    if (runs.length[k]! > 3 || runs.after[k] !== 46 || runs.start[k + 1] !== runs.start[k]! + runs.length[k]! + 1) return false;
  }
  return runs.length[r + 3]! <= 3;
}
export const v4Start: StartAtRun = (_, runs, r) => runStartIf(dottedQuadAt(runs, r), runs, r);
/** IPv6 candidates, matched only where a "::" or a hex:hex pair shows (found by indexOf, see below). */
const V6 = /(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,8}(?:\.\d{1,3}){0,3}(?:%[A-Za-z0-9_.\-]{1,32})?/y;
/** [0-9A-Fa-f:] */
const isHexOrColon = (c: number): boolean => (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** [A-Za-z0-9\u00C0-\u024F_.] */
const isWordOrDot = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 95 || c === 46;
const V4_FULL = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
/**
 * "v1.2.3.4", "version 10.0.0.1" and "build 4.2.1.9" are versions, not addresses; a label for an
 * address after the version word still names one ("complained via app (IP 219.2.22.252)").
 */
const versionCue = createCueMatcher(['ip', 'ipv4', 'ip address', 'ip addr', 'ip-adresse', 'adresse ip', 'dirección ip', 'direccion ip', 'indirizzo ip', 'endereço ip', 'endereco ip', 'adres ip'],
  ['v', 'ver', 'version', 'build', 'release', 'firmware', 'fw', 'app', 'sdk'], 16);

/** text[a, b) holds "::" or seven colons: `s.includes('::') || colons(s) >= 7` in place. */
function compressedOrEightGroups(text: string, a: number, b: number): boolean {
  let colons = 0;
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    if (i > a && text.charCodeAt(i - 1) === 58) return true;
    colons++;
  }
  return colons >= 7;
}

/**
 * RFC 4291 §2.2 text forms: eight groups, or fewer with exactly one "::", optional IPv4 tail.
 * Groups are counted and checked in place (no split, no regex per group); ip.test.ts compares
 * this with the split-based definition.
 */
export function isIPv6(s: string): boolean {
  const zone = s.indexOf('%');
  let addr = zone === -1 ? s : s.slice(0, zone);
  const lastColon = addr.lastIndexOf(':');
  if (addr.indexOf('.', lastColon + 1) !== -1) {
    // An embedded IPv4 address stands for the last two 16-bit groups.
    if (!V4_FULL.test(addr.slice(lastColon + 1))) return false;
    addr = addr.slice(0, lastColon + 1) + '0:0';
  }
  const gap = addr.indexOf('::');
  if (gap === -1) return hexGroups(addr, 0, addr.length) === 8;
  if (addr.indexOf('::', gap + 2) !== -1) return false;
  const before = hexGroups(addr, 0, gap);
  const after = hexGroups(addr, gap + 2, addr.length);
  return before !== -1 && after !== -1 && before + after > 0 && before + after < 8;
}

/** Groups of s[a, b) split at ':' (0 when empty), or -1 when one is not 1–4 hex digits. */
function hexGroups(s: string, a: number, b: number): number {
  if (a === b) return 0;
  let groups = 1;
  let len = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) {
      if (len === 0) return -1;
      groups++;
      len = 0;
    } else if (isHex(c) && len < 4) len++;
    else return -1;
  }
  return len === 0 ? -1 : groups;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export const ipRecognizer: Recognizer = {
  type: 'IP_ADDRESS',
  scan(text, out, index) {
    eachSpanAtDigitRuns(V4, text, index, v4Start, (start, end) => {
      if (text[start - 1] === 'v' || text[start - 1] === 'V') return;
      if (versionCue(text, start) === 'negative') return;
      out.add('IP_ADDRESS', start, end, 50);
    }, v4Facts);
    // IPv6: walk from each ':' back to where the address could start, then match once, sticky.
    let from = 0;
    let colon = text.indexOf(':');
    while (colon !== -1) {
      let start = colon;
      while (start > 0 && colon - start < 40 && isHexOrColon(text.charCodeAt(start - 1))) start--;
      if (start < from) start = from;
      V6.lastIndex = start;
      // Glued to a word, a number or a dot ("v1.2:3", "x::"): not an address start. `test`, not
      // `exec`: the match is read in place (most are times such as "10:30"), sliced only to be checked.
      if (!(start > 0 && isWordOrDot(text.charCodeAt(start - 1))) && V6.test(text)) {
        const matchEnd = V6.lastIndex;
        // Trim punctuation that can end a sentence but not an address ("… at fe80::1.").
        let end = matchEnd;
        while (end > start && (text.charCodeAt(end - 1) === 46 || (text.charCodeAt(end - 1) === 58 && !(end - start >= 2 && text.charCodeAt(end - 2) === 58)))) end--;
        if (compressedOrEightGroups(text, start, end)) {
          const s = text.slice(start, end);
          if (isIPv6(s)) out.add('IP_ADDRESS', start, end, 55);
        }
        from = start + Math.max(matchEnd - start, 1);
      } else from = colon + 1;
      colon = text.indexOf(':', Math.max(from, colon + 1));
    }
  },
};
