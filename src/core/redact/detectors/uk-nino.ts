import type { Recognizer } from '../recognizer.ts';
import { eachMatch } from '../recognizer.ts';

/**
 * HMRC National Insurance number: two prefix letters (not D F I Q U V; second not O; not the
 * prefixes BG GB KN NK NT TN ZZ), six digits (often paired), suffix A–D.
 */
const NINO = /(?<![A-Za-z0-9\u00C0-\u024F_])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9\u00C0-\u024F_])/g;
const INVALID_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const ukNinoRecognizer: Recognizer = {
  type: 'UK_NINO',
  scan(text, out) {
    eachMatch(NINO, text, (m) => {
      if (INVALID_PREFIX.has(m[1]!)) return;
      out.push({ type: 'UK_NINO', start: m.index, end: m.index + m[0].length, priority: 70 });
    });
  },
};
