import type { Recognizer } from '../recognizer.ts';
import { atSpansOf } from './at-sign.ts';

/** Domain: labels of letters, digits and hyphens, ending in a letter TLD of 2+ characters. */
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export const emailRecognizer: Recognizer = {
  type: 'EMAIL_ADDRESS',
  scan(text, out, index) {
    for (const { start, at, end } of atSpansOf(text, index)) {
      const domain = text.slice(at + 1, end);
      if (!domain.includes('.') || !DOMAIN.test(domain)) continue;
      if (text.slice(start, at).includes('..')) continue;
      out.push({ type: 'EMAIL_ADDRESS', start, end, priority: 80 });
    }
  },
};
