import type { Recognizer } from '../recognizer.ts';
import { atSpansOf } from './at-sign.ts';
import { scanObfuscatedEmails } from './email-obfuscated.ts';

/** Domain: labels of letters, digits and hyphens, ending in a letter TLD of 2+ characters. */
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** A '.' in text[from, to) (`text.slice(from, to).includes('.')` without the slice). */
function hasDot(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** ".." in text[from, to). */
function hasDoubleDot(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46) return true;
  return false;
}

export const emailRecognizer: Recognizer = {
  type: 'EMAIL_ADDRESS',
  scan(text, out, index) {
    const spans = atSpansOf(text, index);
    for (const { start, at, end } of spans) {
      if (!hasDot(text, at + 1, end) || !DOMAIN.test(text.slice(at + 1, end))) continue;
      if (hasDoubleDot(text, start, at)) continue;
      out.add('EMAIL_ADDRESS', start, end, 80);
    }
    scanObfuscatedEmails(text, out, spans, index?.atWords, index?.looseAts);
  },
};
