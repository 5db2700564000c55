import type { Recognizer } from '../recognizer.ts';
import { eachMatch } from '../recognizer.ts';
import { createCueMatcher } from '../context.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4 = new RegExp(`(?<![\\p{L}\\p{N}_.:])${OCTET}(?:\\.${OCTET}){3}(?![\\p{L}\\p{N}_]|\\.\\d)`, 'gu');
/** IPv6 candidates: hex groups and colons (bounded), optional dotted IPv4 tail and %zone. */
const V6 = /(?<![\p{L}\p{N}_:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,8}(?:\.\d{1,3}){0,3}(?:%[\p{L}\p{N}_.\-]{1,32})?/gu;
const V4_FULL = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HEX = /^[0-9A-Fa-f]{1,4}$/;
/** "v1.2.3.4", "version 10.0.0.1" and "build 4.2.1.9" are versions, not addresses. */
const versionCue = createCueMatcher([], ['v', 'ver', 'version', 'build', 'release', 'firmware', 'fw', 'app', 'sdk'], 16);

/** RFC 4291 §2.2 text forms: eight groups, or fewer with exactly one "::", optional IPv4 tail. */
export function isIPv6(s: string): boolean {
  const zone = s.indexOf('%');
  let addr = zone === -1 ? s : s.slice(0, zone);
  const lastColon = addr.lastIndexOf(':');
  const tail = addr.slice(lastColon + 1);
  if (tail.includes('.')) {
    // An embedded IPv4 address stands for the last two 16-bit groups.
    if (!V4_FULL.test(tail)) return false;
    addr = addr.slice(0, lastColon + 1) + '0:0';
  }
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const parts = (h: string): string[] => (h === '' ? [] : h.split(':'));
  if (halves.length === 1) {
    const p = parts(addr);
    return p.length === 8 && p.every((g) => HEX.test(g));
  }
  const all = [...parts(halves[0]!), ...parts(halves[1]!)];
  return all.length > 0 && all.length < 8 && all.every((g) => HEX.test(g));
}

export const ipRecognizer: Recognizer = {
  type: 'IP_ADDRESS',
  scan(text, out) {
    eachMatch(V4, text, (m) => {
      if (text[m.index - 1] === 'v' || text[m.index - 1] === 'V') return;
      if (versionCue(text, m.index) === 'negative') return;
      out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, priority: 50 });
    });
    if (!text.includes(':')) return;
    eachMatch(V6, text, (m) => {
      let s = m[0];
      // Trim punctuation that can end a sentence but not an address ("… at fe80::1." ).
      while (s.endsWith('.') || (s.endsWith(':') && !s.endsWith('::'))) s = s.slice(0, -1);
      if (!s.includes('::') && s.split(':').length < 8) return; // times, MACs, ratios
      if (!isIPv6(s)) return;
      out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + s.length, priority: 55 });
    });
  },
};
