import type { Recognizer } from '../recognizer.ts';
import { createCueMatcher } from '../context.ts';
import { atSpansOf } from './at-sign.ts';

/** Handles issued by NPCI-registered payment apps and banks (a UPI ID is `name@handle`, no TLD). */
const KNOWN_HANDLES = new Set([
  'ybl', 'ibl', 'axl', 'okaxis', 'okicici', 'oksbi', 'okhdfcbank', 'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi',
  'upi', 'apl', 'yapl', 'rapl', 'abfspay', 'axisbank', 'axis', 'icici', 'sbi', 'hdfcbank', 'hdfc', 'kotak', 'kmbl',
  'barodampay', 'pnb', 'freecharge', 'airtel', 'jio', 'yesbank', 'yesbankltd', 'idfcbank', 'idfcfirst', 'rbl',
  'federal', 'fbl', 'indus', 'kbl', 'aubank', 'dbs', 'hsbc', 'citi', 'sc', 'unionbank', 'uboi', 'cnrb', 'boi',
  'mahb', 'centralbank', 'indianbank', 'iob', 'ucobank', 'idbi', 'jupiteraxis', 'fam', 'slice', 'naviaxis',
  'waicici', 'wahdfcbank', 'waaxis', 'wasbi', 'postbank', 'ikwik', 'amazonpay', 'apay', 'timecosmos', 'superyes',
]);
const cue = createCueMatcher(['upi', 'vpa', 'gpay', 'phonepe', 'paytm', 'bhim', 'pay', 'payment', 'collect'], [], 48);

/** `/^[A-Za-z]{2,64}$/.test(text.slice(from, to))` without the slice. */
function asciiLetters(text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 64) return false;
  for (let i = from; i < to; i++) if (((text.charCodeAt(i) | 32) - 97) >>> 0 >= 26) return false;
  return true;
}

export const upiRecognizer: Recognizer = {
  type: 'IN_UPI_ID',
  scan(text, out, index) {
    for (const { start, at, end } of atSpansOf(text, index)) {
      if (!asciiLetters(text, at + 1, end)) continue; // a dot means an email domain
      if (at - start < 2) continue;
      if (!KNOWN_HANDLES.has(text.slice(at + 1, end).toLowerCase()) && cue(text, start) !== 'positive') continue;
      out.add('IN_UPI_ID', start, end, 75);
    }
  },
};
